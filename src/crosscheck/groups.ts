// Groups the quantity claims of one slot into sets of mutually compatible values. One group means
// the sources agree; several groups mean they contradict each other.
import type { QuantityClaim } from "../domain/claim.js";
import { comparable, overlaps } from "./values.js";
import type { Witnesses } from "./witnesses.js";

export interface ValueGroup {
  readonly claims: readonly QuantityClaim[];
  readonly articleIds: readonly string[];
  readonly witnesses: number;
}

export interface SlotGroups {
  readonly slot: string;
  readonly groups: readonly ValueGroup[];
}

/**
 * "1,000 prisoners" and "a total of 2,000 prisoners" agree when the story also says
 * "1,000 from each country": a per-party figure doubled is the total.
 */
function perPartyCompatible(a: QuantityClaim, b: QuantityClaim, perParty: ReadonlySet<number>): boolean {
  const [x, y] = a.value.number <= b.value.number ? [a, b] : [b, a];
  return y.value.number === 2 * x.value.number && perParty.has(x.value.number);
}

/** Figures pinned to different days ("5 on Monday", "9 on Tuesday") may both be right. */
function differentDays(a: QuantityClaim, b: QuantityClaim): boolean {
  return a.value.day !== null && b.value.day !== null && a.value.day !== b.value.day;
}

export function slotGroups(claims: readonly QuantityClaim[], w: Witnesses): SlotGroups[] {
  const perParty = new Set(claims.filter((c) => c.value.perParty).map((c) => c.value.number));
  const bySlot = new Map<string, QuantityClaim[]>();
  for (const c of claims) bySlot.set(c.slot, [...(bySlot.get(c.slot) ?? []), c]);
  const out: SlotGroups[] = [];
  for (const [slot, cs] of bySlot) {
    if (new Set(cs.map((c) => c.articleId)).size < 2) continue;
    const first = cs[0]!;
    if (!cs.some((c) => c !== first && comparable(first, c))) continue;
    // Union claims whose intervals meet; groups are the components.
    const parent = cs.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++)
        if (overlaps(cs[i]!, cs[j]!) || perPartyCompatible(cs[i]!, cs[j]!, perParty) || differentDays(cs[i]!, cs[j]!)) parent[find(i)] = find(j);
    const comps = new Map<number, QuantityClaim[]>();
    cs.forEach((c, i) => comps.set(find(i), [...(comps.get(find(i)) ?? []), c]));
    const groups = [...comps.values()].map((g) => {
      const ids = [...new Set(g.map((c) => c.articleId))];
      return { claims: g, articleIds: ids, witnesses: w.count(ids) };
    });
    groups.sort((a, b) => b.witnesses - a.witnesses || b.articleIds.length - a.articleIds.length || a.claims[0]!.value.number - b.claims[0]!.value.number);
    out.push({ slot, groups });
  }
  return out;
}
