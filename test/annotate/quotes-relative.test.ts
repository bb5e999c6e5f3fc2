// A pronoun that is the subject of a relative clause does not point back to the clause's head: in
// "He faulted the deal signed by President Hale, who he noted was “…”", "he" is not Hale. Look-alikes:
// "who said" (the head speaks), and a pronoun after a relative clause that has no pronoun subject.
// Wordings written for these tests (a water deal, a county fair).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("'X, who he noted was “…”': the pronoun is not X", () => {
  it("the pronoun keeps pointing back to the speaker of the paragraph before", () => {
    expect(speakers("Carl Reid spoke for an hour in Fresno.\n\nHe lambasted the water deal negotiated by President Hale, who he noted was \"in his last year in office.\"")).toEqual(["Carl Reid"]);
    expect(speakers("Carl Reid spoke for an hour in Fresno. At times, he drew cheers.\n\nHe lambasted the water deal negotiated by President Tom Hale, who he noted was \"in his last year in office.\"")).toEqual(["Carl Reid"]);
  });
  it("'whom she called “…”'", () => {
    expect(speakers("Ana Ortiz opened the county fair on Saturday.\n\nShe mocked the plan drawn up by Mayor Lisa Hale, whom she called “the fair's worst friend.”")).toEqual(["Ana Ortiz"]);
  });
});

describe("look-alikes", () => {
  it("'X, who said …': X speaks", () => {
    expect(speakers("Carl Reid spoke for an hour in Fresno. At times, he drew cheers.\n\nHe thanked Gov. Tom Hale, who said the deal was “a good start.”")).toEqual(["Tom Hale"]);
  });
  it("a relative clause with no pronoun subject leaves 'he' to its antecedent", () => {
    expect(speakers("Tom Hale, who chairs the water board, spoke on Monday. “The deal is a good start,” he said.")).toEqual(["Tom Hale"]);
  });
});
