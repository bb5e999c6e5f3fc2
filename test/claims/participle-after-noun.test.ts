// Issue 17: what happened to the counted people when a participle describes them first. In "Twelve
// climbers stranded on the ridge were airlifted to safety" the climbers were evacuated: "stranded" only
// says which climbers. A participle that itself tells the harm ("Five people injured in the blast were
// taken to hospital") still gives the harm.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { findingsOf } from "../crosscheck/torture.js";

const preds = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.value.number}:${c.slot.pred}`);

describe("a participle right after the counted noun", () => {
  it("is passed over for the clause's own verb", () => {
    expect(preds("Twelve climbers stranded on the ridge above Zermatt were airlifted to safety on Sunday.")).toEqual(["12:evacuated"]);
    expect(preds("Seven sailors seized by pirates off Somalia were released on Tuesday.")).toEqual(["7:released"]);
  });
  it("gives the harm when the participle tells it", () => {
    expect(preds("Five people injured in the blast were taken to hospital.")).toEqual(["5:injured"]);
  });
  it("lets two outlets' counts of the freed be compared", () => {
    const loud = findingsOf([
      "Seven sailors seized by pirates off Somalia were released on Tuesday, the shipping company said.",
      "The shipping company said 17 sailors held by pirates off Somalia were released on Tuesday.",
    ]).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));
    expect(loud).toHaveLength(1);
  });
});
