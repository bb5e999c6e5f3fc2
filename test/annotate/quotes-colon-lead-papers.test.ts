// A paragraph ending in a colon that brings in a paper ("Here is the full statement from …:", "… 's remarks in
// full:") gives the quote paragraph after it to the paper's issuer; a call to the reader opening the lead ("Read
// the statement below:", "Watch:") names nobody. Wordings written for these tests (a zoo, a water board), not
// taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");
const QUOTE = "“The two tigers were moved to a larger enclosure after the inspection in March.”";

describe("a lead naming a paper and its issuer, then the quote paragraph", () => {
  it("'the full statement from X:' and 'X's remarks in full:'", () => {
    expect(speakers(`The zoo closed on Sunday.\n\nHere is the full statement from Director Halvard Moen:\n\n${QUOTE}`)).toEqual(["Halvard Moen"]);
    expect(speakers(`The zoo closed on Sunday.\n\nHalvard Moen's remarks in full:\n\n${QUOTE}`)).toEqual(["Halvard Moen"]);
  });
  it("a reader's call before the issuer: 'Read the letter from X below:'", () => {
    expect(speakers(`The zoo closed on Sunday.\n\nRead the letter from Director Halvard Moen below:\n\n${QUOTE}`)).toEqual(["Halvard Moen"]);
  });
});

describe("look-alikes: a call to the reader names nobody", () => {
  it("'Read the statement below:', 'Watch:'", () => {
    expect(speakers(`The zoo closed on Sunday.\n\nRead the statement below:\n\n${QUOTE}`)).toEqual(["-"]);
    expect(speakers(`The zoo closed on Sunday.\n\nWatch:\n\n${QUOTE}`)).toEqual(["-"]);
  });
});
