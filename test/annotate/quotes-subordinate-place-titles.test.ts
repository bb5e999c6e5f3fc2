// (1) A quote that is the object of a cue in a clause opening the sentence with "while", "although", "after" …
// is that clause's speaker's, when the main clause's verb after the quote has an object of its own: "While
// Ola Rask called the levy “theft,” Ines Moll said it was “overdue.”" (2) "the Kerala senator said": a place
// the gazetteer lacks describes the speaker when the text names it as a place, so the description points back
// to the person rather than standing as a name. Wordings written for these tests (a fishing levy, a dam, a
// provincial senate), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a quote inside a clause that opens the sentence is that clause's speaker's", () => {
  it("'While X called …, Y said it was …' and 'After X described … as …, Y replied that …'", () => {
    expect(speakers("While Ola Rask called the fishing levy “plain theft,” Ines Moll said it was “twenty years overdue.”")).toEqual(["Ola Rask", "Ines Moll"]);
    expect(speakers("After Ola Rask described the dam as “a monument to waste,” Ines Moll replied that it had “paid for itself twice.”")).toEqual(["Ola Rask", "Ines Moll"]);
  });
});

describe("look-alikes: the main clause's verb whose object is the quote", () => {
  it("'…,” Y said.' closes on the quote: Y's", () => {
    expect(speakers("While the levy was debated, “nobody asked the fishermen,” Ines Moll said.")).toEqual(["Ines Moll"]);
  });
  it("a clause with no cue of its own before the quote", () => {
    expect(speakers("Although Ola Rask voted for the levy, “it will empty the harbour,” Ines Moll said on Monday.")).toEqual(["Ines Moll"]);
  });
});

describe("'the <place> senator said' with a place the gazetteer lacks", () => {
  it("points back to the person when the text names the place as one", () => {
    expect(speakers("Senator Tanvi Kulkarni flew home to Goa after the vote. “The mining ban stays,” the Goa senator said.")).toEqual(["Tanvi Kulkarni"]);
  });
  it("look-alike: a person's name before the noun is no place ('the Kulkarni aide')", () => {
    expect(speakers("Senator Tanvi Kulkarni flew home to Goa after the vote. “The mining ban stays,” the Kulkarni aide said.")).not.toEqual(["Tanvi Kulkarni"]);
  });
});
