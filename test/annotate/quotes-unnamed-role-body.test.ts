// A spokesperson or an office holder named by role only speaks for the body or place the role is of, in every
// language the same way: "a spokesman for Iberia" → Iberia, "the mayor of Cologne" → Cologne, and now "sagte ein
// Sprecher der Wasserwerke" → Wasserwerke (not the title "Sprecher der Wasserwerke"), "said a spokeswoman for the
// airport" after the quote as before it → airport, the noun of a public body the text never names (as "the
// coastguard said" is). A generic noun ("the company") any body of the story could be stays nobody. Wordings
// written for these tests (waterworks, a ferry port), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a German role with no name speaks as the body it is of", () => {
  it("'ein Sprecher der …', 'die Bürgermeisterin von …'", () => {
    expect(speakers("„Das Wasser ist wieder trinkbar“, sagte ein Sprecher der Wasserwerke Leipzig am Freitag.")).toEqual(["Wasserwerke Leipzig"]);
    expect(speakers("„Der Hafen bleibt bis Montag zu“, sagte die Bürgermeisterin von Kiel.")).toEqual(["Kiel"]);
  });
  it("look-alike: a role with a name after it is the named person", () => {
    expect(speakers("„Das Wasser ist wieder trinkbar“, sagte ein Sprecher der Wasserwerke Leipzig, Tobias Brandt.")).toEqual(["Tobias Brandt"]);
  });
});

describe("'said a spokeswoman for the airport' after the quote, as before it", () => {
  it("the noun of a public body the text never names", () => {
    expect(speakers("“The ferries will sail again on Sunday,” said a spokeswoman for the port.")).toEqual(["port"]);
  });
  it("the body named before, when there is one", () => {
    expect(speakers("Harwich International Port closed its terminal on Friday. “The ferries will sail again on Sunday,” said a spokeswoman for the port.")).toEqual(["Harwich International Port"]);
  });
  it("look-alikes: a generic noun is nobody; a name in apposition is the person", () => {
    expect(speakers("“The ferries will sail again on Sunday,” said a spokeswoman for the company.")).toEqual(["-"]);
    expect(speakers("“The ferries will sail again on Sunday,” said a spokeswoman for the port, Lena Hoff.")).toEqual(["Lena Hoff"]);
  });
});
