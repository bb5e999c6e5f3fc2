// A claim's slot: what the claim is about, normalized so comparable claims share it. Built once where
// the claim is made (claims/), read by its parts (crosscheck/), and written to the report as its key.
// The browser loads this module too (as /domain/slot.js, see web/assets.ts): no imports.

/** The slot of a date, role, quote or event claim: its key alone ("role:blinken", "date:weekday"). */
export interface KeySlot {
  /** Stable and unique per slot: equal keys are one slot. The report writes this string as the claim's `slot`. */
  readonly key: string;
}

/** The slot of a quantity: what makes two numbers comparable. Key: "unit:side:noun:pred:scope". */
export interface QuantitySlot extends KeySlot {
  /** The kind of number: "count", "money", "percent", "distance", "age", "duration", … */
  readonly unit: string;
  /** Whose figure it is (a country: "Ukraine"), or "-". */
  readonly side: string;
  /** The counted thing's class ("people", "prisoner", "length", "prison-term", "person=smith~john", "role=woman"), or "-". */
  readonly noun: string;
  /** The predicate class ("killed", "released", "sentenced", …), or "-". */
  readonly pred: string;
  /** The time scope: "now", "cumulative", "earlier", "part", "y2014", or "any" (an age). */
  readonly scope: string;
}

export type QuantitySlotParts = Omit<QuantitySlot, "key">;

/** A quantity slot from its parts, with its key. */
export function quantitySlot(unit: string, side: string, noun: string, pred: string, scope: string): QuantitySlot {
  return { key: [unit, side, noun, pred, scope].join(":"), unit, side, noun, pred, scope };
}

/** The slot with some parts changed (and its key to match). */
export function withParts(slot: QuantitySlot, parts: Partial<QuantitySlotParts>): QuantitySlot {
  const p = { ...slot, ...parts };
  return quantitySlot(p.unit, p.side, p.noun, p.pred, p.scope);
}

/**
 * The parts of a quantity slot from its key, for readers of a report (the report carries the key
 * only, DESIGN.md). The analysis itself never needs this: its claims carry their parts.
 */
export function quantitySlotOfKey(key: string): QuantitySlot {
  const [unit = "-", side = "-", noun = "-", pred = "-", scope = "now"] = key.split(":");
  return { key, unit, side, noun, pred, scope };
}
