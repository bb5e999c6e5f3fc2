// A husband's and a wife's ages are two people's (issue 17, "different people"): a surname alone after a title that
// tells the person's sex ("Mr. Haddad" / "Mrs. Haddad") keys an age apart from the other sex's title, never from a first
// name. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("titles tell people apart", () => {
  it("Mr. and Mrs. of one surname are two people", () => {
    expect(loud([
      "Mr. Haddad, 71, was pulled from the flooded basement in Tripoli on Monday.",
      "Mrs. Haddad, 66, waited for rescuers on the roof of the house in Tripoli on Monday.",
    ])).toEqual([]);
  });
  it("one title's two ages still disagree, told without the mark", () => {
    const found = loud([
      "Ms. Haddad, 66, waited for rescuers on the roof of the house in Tripoli on Monday.",
      "Ms. Haddad, 56, waited for rescuers on the roof of the house in Tripoli on Monday.",
    ]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.summary).toContain("the age of Haddad");
    expect(found[0]!.summary).not.toMatch(/\(f\)/i);
  });
});
