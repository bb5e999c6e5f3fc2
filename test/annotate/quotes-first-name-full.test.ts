// A speaker written by the first name alone ("“…,” Marta added") whom the text named in full before is given by
// the full name, so other articles' quotes can be matched to it; a surname alone stays as written, and a first
// name two people share, or one that is someone's surname, stays too. Wordings written for these tests (a ferry,
// a bakery), not taken from any eval set. Also: a person named by a tie to someone ("said X's colleague, Y") is Y.
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

describe("a person named by a tie to someone, then the name in apposition after the cue", () => {
  it("'said Marta Kowalczyk's colleague, Jan Wrona': the colleague, not the possessor", () => {
    expect(speakers("“Flour costs twice what it did,” said Marta Kowalczyk's colleague, Jan Wrona.")).toEqual(["Jan Wrona"]);
    expect(speakers("“Flour costs twice what it did,” said her longtime rival, Jan Wrona.")).toEqual(["Jan Wrona"]);
  });
  it("any noun for someone after a possessive: 'said X's nanny, Y', 'said her bodyguard, Y'", () => {
    expect(speakers("“Flour costs twice what it did,” said Marta Kowalczyk's flatmate, Jan Wrona.")).toEqual(["Jan Wrona"]);
    expect(speakers("“Flour costs twice what it did,” said her bodyguard, Jan Wrona.")).toEqual(["Jan Wrona"]);
  });
  it("'said the witness, Jan Wrona': any noun for someone before a full name", () => {
    expect(speakers("“Flour costs twice what it did,” said the plaintiff, Jan Wrona.")).toEqual(["Jan Wrona"]);
  });
  it("look-alike: a place in apposition is nobody ('said the city, New York')", () => {
    expect(speakers("“Flour costs twice what it did,” said the city, New York.")).toEqual(["-"]);
  });
  it("look-alike: a paper after the possessive is the possessor's ('said X's statement, issued Monday')", () => {
    expect(speakers("“Flour costs twice what it did,” said Marta Kowalczyk's statement, issued Monday.")).toEqual(["Marta Kowalczyk"]);
  });
  it("look-alike: the possessor speaks when no name follows the tie", () => {
    expect(speakers("“Flour costs twice what it did,” Marta Kowalczyk told her colleague on Monday.")).toEqual(["Marta Kowalczyk"]);
  });
});
