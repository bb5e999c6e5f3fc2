// A speaker written by the first name alone ("“…,” Marta added") whom the text named in full before is given by
// the full name, so other articles' quotes can be matched to it; a surname alone stays as written, and a first
// name two people share, or one that is someone's surname, stays too. Wordings written for these tests (a ferry,
// a bakery), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a first name alone, after the full name", () => {
  it("gives the full name", () => {
    expect(speakers("Marta Kowalczyk has run the bakery for thirty years. “Flour costs twice what it did,” Marta said.")).toEqual(["Marta Kowalczyk"]);
  });
});

describe("look-alikes", () => {
  it("a first name two people share stays as written", () => {
    expect(speakers("Marta Kowalczyk and Marta Nowicka run the bakery. “Flour costs twice what it did,” Marta said.")).toEqual(["Marta"]);
  });
  it("a surname alone stays as written", () => {
    expect(speakers("Marta Kowalczyk has run the bakery for thirty years. “Flour costs twice what it did,” Kowalczyk said.")).toEqual(["Kowalczyk"]);
  });
});
