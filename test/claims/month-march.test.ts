// "March" inside a sentence is the month, not a march: a figure near it is no crowd that attended (issue 17).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";

const preds = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.value.number}:${c.slot.pred}`);

describe("the month March", () => {
  it("is no predicate for a figure beside it", () => {
    expect(preds("Food prices in Peru were 6.2% higher in March than a year before.")).toEqual(["6.2:-"]);
    expect(preds("Since March 3, the clinic has treated 140 patients.")).not.toContain("140:attended");
  });
  it("people who marched still attended", () => {
    expect(preds("About 8,000 people marched through Lima on Saturday.")).toEqual(["8000:attended"]);
  });
});
