// Sums read where no sum is told (issue 17, PolNeAR tune): a breakdown of the parts' own people after them ("56
// passengers and 10 crew, among them 30 citizens of …") is a subgroup, not their total; a run whose first count is
// itself a total ("16,389 total subsidiaries and 2,836 tax-haven subsidiaries") is a total and a subset, no parts.
// A total told before its parts, or labelled as the total after them, is still checked.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import { arithmetic } from "../../src/crosscheck/rules/arithmetic.js";
import { emptyKb } from "../../src/kb/load.js";
import { docOf } from "../helpers.js";

const flagged = (text: string) => {
  const docs = [docOf(text)];
  const claims = docs.flatMap(extractClaims);
  return arithmetic({ docs, claims, derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() })
    .filter((f) => f.severity !== "info").map((f) => f.actual ?? "");
};

describe("a subgroup after the parts is no total", () => {
  it("'… and 9 crew, among them 40 children' / ', including 12 girls' is no sum", () => {
    expect(flagged("The ferry carried 212 passengers and 9 crew members, among them 40 children and 3 infants.")).toEqual([]);
    expect(flagged("The bus carried 30 pupils and 2 teachers, including 12 girls.")).toEqual([]);
  });
  it("a total before its parts is still checked", () => {
    expect(flagged("A total of 50 people were hurt, 30 passengers and 25 crew members.")).toHaveLength(1);
    expect(flagged("Rescuers found 12 people, including 9 survivors and 5 bodies.")).toHaveLength(1);
  });
});

describe("a run that opens with a total is no list of parts", () => {
  it("'3,200 total branches and 410 rural branches …, but 2,950 total branches' is no sum", () => {
    expect(flagged("The 14 banks listed 3,200 total branches and 410 rural branches in March, but only 2,950 total branches and 380 rural branches in June.")).toEqual([]);
  });
  it("parts of a total told as one are still checked", () => {
    expect(flagged("The clinic saw 230 patients in total, 120 men and 95 women.")).toEqual(["120 + 95 = 215"]);
  });
});
