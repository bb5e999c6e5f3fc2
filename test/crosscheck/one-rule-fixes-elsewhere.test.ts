// Issue 17: fixes made in one rule and missing in another. Amounts written in two currencies are one
// amount converted, not a dispute, in the main contradiction rule too; a market sentence that names its
// traded thing by a ticker ("<XYZ.TO> fell 2.1 percent", "(NYSE: XYZ) rose") is a market moment.
// In wordings and events of their own, negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("two currencies are not two values", () => {
  it("an award in dollars against the same award in euros", () => {
    expect(loud([
      "Court records show the tenant's family had earlier sued the landlord twice, winning a $48,000 award in one case.",
      "Court records show that the tenant's family had earlier sued the landlord twice, winning a €41,000 award in one case.",
    ])).toHaveLength(0);
  });
  it("the same award in one currency with two values stays loud", () => {
    expect(loud([
      "Court records show the tenant's family had earlier sued the landlord twice, winning a $48,000 award in one case.",
      "Court records show that the tenant's family had earlier sued the landlord twice, winning a $81,000 award in one case.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a ticker names a traded thing", () => {
  it("two moves of shares named by their tickers", () => {
    expect(loud([
      "Weighing on the index, Harbour Pulp <HPL.TO> fell 2.1 percent to C$18.40 and Kestrel Air <KAI.TO> dropped 1.2 percent to C$7.05 on the day.",
      "Dragging the index lower, Harbour Pulp <HPL.TO> fell 3 percent to C$18.22 and Kestrel Air <KAI.TO> dropped 1.6 percent to C$7.01 on the day.",
    ])).toHaveLength(0);
  });
  it("a company named by its exchange and ticker whose revenue differs stays loud", () => {
    expect(loud([
      "Harbour Pulp (NYSE: HPL) said quarterly revenue fell 12 percent to $410 million from a year earlier.",
      "Harbour Pulp (NYSE: HPL) said quarterly revenue fell 19 percent to $370 million from a year earlier.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("two days that both articles give are not a dispute over one day", () => {
  it("two readings on two days, each article giving both", () => {
    expect(loud([
      "The reservoir level came down to 41 percent on 11 May from 63 percent on 4 May, the water board said.",
      "The water board said the reservoir level, which was 63 percent on 4 May, came down to 41 percent on 11 May.",
    ])).toHaveLength(0);
  });
  it("one day against another, each article giving only its own, stays loud", () => {
    expect(loud([
      "The reservoir pumping station reopened on 4 May after repairs, the water board said.",
      "The water board said the reservoir pumping station reopened on 11 May after repairs.",
    ]).length).toBeGreaterThan(0);
  });
});
