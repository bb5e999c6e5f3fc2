// A quantity claim's slot is built once, with its parts and a stable key: the analysis reads the
// parts, the report writes the key (the contract keeps `slot` a string), and the slot survives
// being passed between threads. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import { toReportClaim, type QuantityClaim } from "../../src/domain/claim.js";
import { quantitySlot, quantitySlotOfKey, withParts } from "../../src/domain/slot.js";
import { articleOf, docOf } from "../helpers.js";
import { analyzeAll } from "../server/helpers.js";

const quantities = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity");

describe("quantity slot", () => {
  it("keys a slot by its parts, and reads the parts back from a report's key", () => {
    const s = quantitySlot("count", "Chile", "miner", "rescued", "now");
    expect(s).toEqual({ key: "count:Chile:miner:rescued:now", unit: "count", side: "Chile", noun: "miner", pred: "rescued", scope: "now" });
    expect(quantitySlotOfKey(s.key)).toEqual(s);
    expect(withParts(s, { noun: "people" })).toEqual(quantitySlot("count", "Chile", "people", "rescued", "now"));
  });

  it("gives each quantity claim its parts and the key they make", () => {
    const [c] = quantities("Firefighters said 14 hikers were injured on the trail.");
    expect(c?.slot.pred).toBe("injured");
    expect(c?.slot.key).toBe([c!.slot.unit, c!.slot.side, c!.slot.noun, c!.slot.pred, c!.slot.scope].join(":"));
  });

  it("survives a structured clone (what worker threads post)", () => {
    const [c] = quantities("The ferry carried 212 passengers when it ran aground.");
    const copy = structuredClone(c!);
    expect(copy.slot).toEqual(c!.slot);
    expect(copy.slot.noun).toBe(c!.slot.noun);
  });

  it("is written to the report as its key, every other field in place", () => {
    const [c] = quantities("Organisers said 3,000 runners finished the marathon.");
    const r = toReportClaim(c!);
    expect(r.slot).toBe(c!.slot.key);
    expect(Object.keys(r)).toEqual(Object.keys(c!));
    expect({ ...r, slot: c!.slot }).toEqual(c);
  });

  it("leaves the report's claims with string slots, the keys of the claims' slots", () => {
    const texts = ["Rescuers pulled 33 miners from the collapsed shaft on Tuesday.", "All 33 miners were pulled from the shaft, rescuers said."];
    const report = analyzeAll(texts.map((t, i) => articleOf(t, { id: `m${i}` })));
    const slots = report.stories.flatMap((s) => s.claims.filter((c) => c.kind === "quantity").map((c) => c.slot));
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect(typeof s).toBe("string");
    expect(slots).toContain(quantities(texts[0]!)[0]!.slot.key);
  });
});
