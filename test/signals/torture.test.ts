// The torture sets (test/signals/torture): every phenomenon's rule finds at least 90 % of the
// positives of each batch, and no look-alike negative gets a medium or high finding of that rule.
// Batch A built the rules; batch B was run once before fixes, batch C written after them
// (figures in torture/run.ts output). The test keeps all three from regressing.
import { describe, expect, it } from "vitest";
import { runBatch, runBatchC, SETS } from "./torture/run.js";

describe("torture sets", () => {
  for (const set of SETS) {
    for (const batch of ["A", "B", "C"] as const) {
      it(`${set.phenomenon}, batch ${batch}: ≥ 90 % found, no medium/high on negatives`, () => {
        const r = batch === "C" ? runBatchC(set) : runBatch(set, batch);
        expect(r.total).toBeGreaterThan(0);
        expect(r.missed).toEqual([]);
        expect(r.detected / r.total).toBeGreaterThanOrEqual(0.9);
        expect(r.falseAlarms).toEqual([]);
      });
    }
  }
});
