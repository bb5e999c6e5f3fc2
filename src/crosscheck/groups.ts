// Groups the quantity claims of one slot into sets of mutually compatible values. One group means
// the sources agree; several groups mean they contradict each other.
import type { QuantityClaim } from "../domain/claim.js";
import type { StoryContext } from "../domain/context.js";
import { isPeopleClass } from "../claims/slots.js";
import { withParts, type QuantitySlot } from "../domain/slot.js";
import { comparable, overlaps } from "./values.js";
import { witnesses, type Witnesses } from "./witnesses.js";

export interface ValueGroup {
  readonly claims: readonly QuantityClaim[];
  readonly articleIds: readonly string[];
  readonly witnesses: number;
}

export interface SlotGroups {
  /** The slot the claims are compared under (comparisonSlots). */
  readonly slot: QuantitySlot;
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
export function differentDays(a: QuantityClaim, b: QuantityClaim): boolean {
  return a.value.day !== null && b.value.day !== null && a.value.day !== b.value.day;
}

/**
 * The slot a claim is compared under. A generic count ("390 individuals", "over 500 Ukrainians")
 * joins the one specific kind of people the story counts in the same slot ("390 Ukrainian
 * prisoners"); with several kinds (soldiers and civilians) it stays generic, compared only with
 * other generic counts.
 */
export function comparisonSlots(claims: readonly QuantityClaim[]): (c: QuantityClaim) => QuantitySlot {
  const specific = new Map<string, Set<string>>();
  // The slot with any counted noun, as a map key.
  const rest = (p: QuantitySlot) => `${p.unit}:${p.side}:*:${p.pred}:${p.scope}`;
  for (const c of claims) {
    const p = c.slot;
    if (p.noun !== "people" && isPeopleClass(p.noun)) specific.set(rest(p), new Set([...(specific.get(rest(p)) ?? []), p.noun]));
  }
  const slot = new Map<QuantityClaim, QuantitySlot>();
  for (const c of claims) {
    const p = c.slot;
    // An age is compared by surname ("person=slaight~jaxon" with "person=slaight"); first names tell people apart later.
    // "The 41-year-old" given to the article's main person is compared with that person's named ages.
    if (p.unit === "age") { slot.set(c, withParts(p, { noun: p.noun.replace(/~[^:]*/, "").replace(/^main=/, "person=") })); continue; }
    const kinds = specific.get(rest(p));
    slot.set(c, p.noun === "people" && kinds?.size === 1 ? withParts(p, { noun: [...kinds][0]! }) : p);
  }
  // A figure with no predicate ("21 offices worldwide") joins the one predicated slot counting the
  // same noun ("350 employees with 13 offices" → office:employed); compared loosely, so never above low.
  const unpredicated = (c: QuantityClaim) => { const p = slot.get(c)!; return `${p.unit}:${p.side}:${p.noun}:${p.scope}`; };
  const predicated = new Map<string, Map<string, QuantitySlot>>();
  const nouns = new Map<string, Set<string | null>>();
  for (const c of claims) {
    const k = slot.get(c)!;
    if (k.pred === "-" || k.noun === "-") continue;
    const u = unpredicated(c);
    predicated.set(u, (predicated.get(u) ?? new Map<string, QuantitySlot>()).set(k.key, k));
    nouns.set(k.key, new Set([...(nouns.get(k.key) ?? []), c.value.noun]));
  }
  for (const c of claims) {
    if (slot.get(c)!.pred !== "-") continue;
    const slots = predicated.get(unpredicated(c));
    const only = slots?.size === 1 ? [...slots.values()][0]! : null;
    if (only !== null && nouns.get(only.key)?.has(c.value.noun)) slot.set(c, only);
  }
  return (c) => slot.get(c) ?? c.slot;
}

/**
 * slotGroups of a story's quantity claims (in claim order) weighed by the witnesses of its docs and
 * derivations, worked out once per story: contradiction and corroboration both group the same claims.
 * Everything it reads comes from `ctx`, the key it is kept under.
 */
const OF_STORY = new WeakMap<StoryContext, SlotGroups[]>();
export function storySlotGroups(ctx: StoryContext): SlotGroups[] {
  let known = OF_STORY.get(ctx);
  if (!known) {
    const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
    known = slotGroups(quantities, witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations));
    OF_STORY.set(ctx, known);
  }
  return known;
}

export function slotGroups(claims: readonly QuantityClaim[], w: Witnesses): SlotGroups[] {
  const perParty = new Set(claims.filter((c) => c.value.perParty).map((c) => c.value.number));
  const slotOf = comparisonSlots(claims);
  const bySlot = new Map<string, { readonly slot: QuantitySlot; readonly claims: QuantityClaim[] }>();
  for (const c of claims) {
    const s = slotOf(c);
    const entry = bySlot.get(s.key);
    if (entry) entry.claims.push(c);
    else bySlot.set(s.key, { slot: s, claims: [c] });
  }
  const out: SlotGroups[] = [];
  for (const { slot, claims: cs } of bySlot.values()) {
    if (new Set(cs.map((c) => c.articleId)).size < 2) continue;
    // Some pair must be comparable, not just one with the first claim ("five young men" opening a
    // slot of "1,000 people" polled must not hide the polls).
    if (!cs.some((a, i) => cs.some((b, j) => j > i && comparable(a, b, slotOf)))) continue;
    // Greedy grouping, narrowest claims first: a claim joins the first group all of whose members
    // it agrees with. A wide claim ("at least three") thus joins a group instead of chaining
    // incompatible values (5 and 8) into one. Groups are by value: figures of different days are
    // kept apart here ("151 people tonight" is no restatement of "five young men on Saturday") and
    // spared by the rules that compare groups.
    const agree = (a: QuantityClaim, b: QuantityClaim) => overlaps(a, b) || perPartyCompatible(a, b, perParty);
    const width = (c: QuantityClaim) => (c.value.high ?? Infinity) - (c.value.low ?? -Infinity);
    const comps = new Map<number, QuantityClaim[]>();
    for (const c of [...cs].sort((a, b) => width(a) - width(b) || a.value.number - b.value.number)) {
      const hit = [...comps.values()].find((g) => g.every((m) => agree(m, c)));
      if (hit) hit.push(c);
      else comps.set(comps.size, [c]);
    }
    const groups = [...comps.values()].map((g) => {
      const ids = [...new Set(g.map((c) => c.articleId))];
      return { claims: g, articleIds: ids, witnesses: w.count(ids) };
    });
    groups.sort((a, b) => b.witnesses - a.witnesses || b.articleIds.length - a.articleIds.length || a.claims[0]!.value.number - b.claims[0]!.value.number);
    out.push({ slot, groups });
  }
  return out;
}

/** The first name an age claim's owner goes by, or null ("person=slaight~jaxon" → "jaxon"). */
export function firstName(c: QuantityClaim): string | null {
  return /~([^:]+)/.exec(c.slot.noun)?.[1] ?? null;
}

/** Two ages of people who share a surname but not a first name ("Jaxon Slaight, 6" / "Joseph Slaight, 8"; "Chris" and "Christopher" are one). */
export function otherNamesake(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = firstName(a), y = firstName(b);
  if (x === null || y === null) return false;
  // "Mr. Ortiz" / "Mrs. Ortiz": a title's sex ("(m)", "(f)") tells two people apart only from the other sex's title.
  const tx = /^\([mf]\)$/.test(x), ty = /^\([mf]\)$/.test(y);
  if (tx || ty) return tx && ty && x !== y;
  return !x.startsWith(y) && !y.startsWith(x);
}
