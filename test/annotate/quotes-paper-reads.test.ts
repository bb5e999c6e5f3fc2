// A paper reads out the words after it (issue 20; probe batch 19's "The statement from the Norwegian Red Cross read:",
// read after its final run): the paper's issuer speaks, named in the subject ("from", "by", "issued by") or in a sentence
// before ("X issued a statement … The statement read:"). "read" after a person stays no cue before a quote; a sign
// or a banner that reads something has no speaker. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker);

describe("a paper that reads", () => {
  it("names its issuer after 'from'", () => {
    // (The entity step may keep the place apart: "Port Authority" is enough to name the body.)
    expect(speakers("A notice from the Lisbon Port Authority read: “All ferries to Barreiro are cancelled until noon.”")[0]).toMatch(/Port Authority$/);
  });
  it("names its issuer after 'issued by'", () => {
    expect(speakers("The statement issued by Meteo-France reads, “Red alert for the Var and the Alpes-Maritimes.”")).toEqual(["Meteo-France"]);
  });
  it("points back to who issued it", () => {
    expect(speakers("The Andean Mining Union released a letter on Friday. The letter read: “We will not return underground until the shafts are inspected.”")).toEqual(["Andean Mining Union"]);
  });
  it("a sign that reads something has no speaker", () => {
    expect(speakers("A hand-painted sign on the gate reads: “No entry after dark.”")).toEqual([null]);
  });
  it("a person who read something is not thereby the speaker of the next quote", () => {
    expect(speakers("Judge Ana Costa read the verdict. “The defendant acted alone,” the prosecutor, Rui Matos, told reporters.")).toEqual(["Rui Matos"]);
  });
});
