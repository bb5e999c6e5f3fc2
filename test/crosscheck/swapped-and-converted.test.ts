// The same sentence told twice with its values in another order or another currency (issue 17, real
// multi-outlet news): two places named in the other order, two figures given "respectively" in one
// and one by one in the other, prices in pounds against the same prices in dollars. None is a
// dispute. A name or a figure that really differs, beside them, stays flagged. Written before the
// rule, in wordings and events of their own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("values in another order", () => {
  it("is quiet on two places named in the other order", () => {
    expect(loud([
      "The mayor regretted that neither minister attended this year's summit in Ghent or last year's in Porto.",
      "The mayor regretted that neither minister attended the 2024 summit in Porto or the 2025 summit in Ghent.",
    ])).toHaveLength(0);
  });
  it("flags a place that differs in the same sentence", () => {
    expect(loud([
      "The mayor regretted that neither minister attended this year's summit in Ghent, the organisers said.",
      "The mayor regretted that neither minister attended this year's summit in Leuven, the organisers said.",
    ])).toHaveLength(1);
  });
  it("is quiet on figures given 'respectively' in one and one by one in the other", () => {
    expect(loud([
      "Gifts after the floods helped push up donations to food banks and large animal shelters by 12 percent and 31.5 percent, respectively.",
      "Gifts after the floods helped push up donations to food banks by 12 percent and to large animal shelters by 31.5 percent.",
    ])).toHaveLength(0);
  });
  it("flags a figure that differs in the same list", () => {
    expect(loud([
      "Gifts after the floods helped push up donations to food banks and large animal shelters by 12 percent and 31.5 percent, respectively.",
      "Gifts after the floods helped push up donations to food banks and large animal shelters by 12 percent and 13.5 percent, respectively.",
    ])).toHaveLength(1);
  });
});

describe("prices in two currencies", () => {
  it("is quiet on the same prices in pounds and in dollars", () => {
    expect(loud([
      "The new tablet is listed at £449.99 while the keyboard cover that goes with it is priced at £129.99.",
      "The new tablet is listed at $579 while the keyboard cover that goes with it is priced at $169.",
    ])).toHaveLength(0);
  });
  it("flags prices that differ in one currency", () => {
    expect(loud([
      "The new tablet is listed at $579 while the keyboard cover that goes with it is priced at $169.",
      "The new tablet is listed at $799 while the keyboard cover that goes with it is priced at $169.",
    ])).toHaveLength(1);
  });
});
