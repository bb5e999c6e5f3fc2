// crosscheck/contradiction: the same slot with incompatible values in different articles.
// Interval-aware: "nearly 800" and "390 + 390" agree; "over 500 Ukrainians returned" and
// "390 returned" do not. An odd value is compared with the value of another group stated in the
// most similar words, else with the one most independent sources support; each odd value is one
// finding, with evidence in every article involved.
import type { QuantityClaim } from "../../domain/claim.js";
import type { Evidence } from "../../domain/span.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../pipeline/context.js";
import { differentDays, slotGroups, type ValueGroup } from "../groups.js";
import { contexts, contextSimilarity, otherPeople, type Contexts } from "../context.js";
import { gap, interval, overlaps, says, slotParts, slotPhrase } from "../values.js";
import { witnesses } from "../witnesses.js";

export function contradiction(ctx: StoryContext): FindingDraft[] {
  const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const out: FindingDraft[] = [];
  const contextOf = contexts(ctx.docs);
  const texts = new Map(ctx.docs.map((d) => [d.article.id, d.article.text]));
  const text = (c: QuantityClaim) => texts.get(c.articleId) ?? "";
  const sided = new Set(quantities.map((c) => slotParts(c.slot)).filter((p) => p.side !== "-").map((p) => `${p.unit}:${p.noun}:${p.pred}:${p.scope}`));
  for (const { slot, groups } of slotGroups(quantities, w)) {
    if (groups.length < 2) continue;
    // A figure with no side in a story whose figures have sides may be either side's or the total: unsure, so silent.
    const p = slotParts(slot);
    if (p.side === "-" && sided.has(`${p.unit}:${p.noun}:${p.pred}:${p.scope}`)) continue;
    const [major, ...minors] = groups as [ValueGroup, ...ValueGroup[]];
    const pairsSeen = new Set<string>();
    // Weakest first: an odd figure is compared with figures at least as well supported as itself.
    for (const minor of [...minors].sort((a, b) => a.witnesses - b.witnesses)) {
      const candidates = groups.filter((g) => g !== minor && (g === major || g.witnesses >= minor.witnesses));
      const pick = references(minor.claims, candidates, major, contextOf).find(({ m, ref }) =>
        // Greedy groups may leave two agreeing figures apart ("about 100" and "at least 70").
        !overlaps(m, ref) && !differentDays(m, ref)
        // "two women and a man" against "three bank workers": a part of the figure, not another figure.
        && !partOf(m, quantities, text(m), ref)
        // Without a predicate, figures far apart ("two civilians" freed in one swap, "120 civilians" in
        // another) are more likely different things than one thing misreported: stay silent.
        && !(looseSlot(m, ref) && Math.max(m.value.number, ref.value.number) > 5 * Math.max(1, Math.min(m.value.number, ref.value.number))));
      if (!pick) continue;
      const { ref, group } = pick;
      const pairKey = [groups.indexOf(minor), groups.indexOf(group)].sort().join("-");
      if (pairsSeen.has(pairKey)) continue;
      pairsSeen.add(pairKey);
      // An article that states both values is usually hedging or updating ("5 killed … the toll rose
      // to 7"); when it is the only one with the odd value, say so, but only as a weak signal.
      const mixed = minor.articleIds.every((id) => group.articleIds.includes(id));
      const own = mixed ? minor.articleIds : minor.articleIds.filter((id) => !group.articleIds.includes(id));
      const mine = minor.claims.filter((c) => own.includes(c.articleId));
      const m = own.includes(pick.m.articleId) ? pick.m : mine[0]!;
      const tie = group.witnesses === minor.witnesses || (group === major && minors.some((x) => x.witnesses === major.witnesses));
      const distance = gap(m, ref);
      const loose = looseSlot(m, ref);
      // Without a predicate the slot is a guess, unless the words around both figures say they are one
      // figure restated ("spending 11 seasons in Philadelphia" / "spent 18 seasons in Philadelphia").
      const restated = contextSimilarity(contextOf, m, ref) >= RESTATED && !otherPeople(contextOf, m, ref);
      const severity: Severity = mixed ? "low" : loose ? (restated ? "medium" : "low") : tie ? "medium"
        : group.witnesses >= 2 && distance >= 0.1 && Math.min(m.value.number, ref.value.number) > 1 ? "high"
        : distance >= 0.05 ? "medium" : "low";
      const evidence = [...spanPerArticle(mine.map((c) => (c.articleId === m.articleId ? m : c))), ...spanPerArticle(group.claims.map((c) => (c.articleId === ref.articleId ? ref : c)))];
      const what = slotPhrase(slot);
      const summary = mixed
        ? `One article gives both ${says(m)} and ${says(group.claims.find((c) => c.articleId === m.articleId) ?? ref)} for ${what}; ${group.witnesses === 1 ? "another source says" : `${group.witnesses} independent sources say`} ${ref.value.number.toLocaleString("en-US")} (${says(ref)}).`
        : tie
        ? `Sources disagree on ${what}: ${own.length === 1 ? "one article says" : `${own.length} articles say`} ${says(m)}, ${group.articleIds.length === 1 ? "another says" : `${group.articleIds.length} others say`} ${says(ref)}.`
        : `${own.length === 1 ? "One article says" : `${own.length} articles say`} ${says(m)} for ${what}; ${group.witnesses === 1 ? "another source says" : `${group.witnesses} independent sources say`} ${ref.value.number.toLocaleString("en-US")} (${says(ref)}).`;
      out.push({
        rule: "crosscheck/contradiction", type: "contradiction", severity, summary,
        articleIds: [...new Set([...own, ...group.articleIds])], claimIds: [...minor.claims, ...group.claims].map((c) => c.id),
        actual: m.span.text, expected: ref.span.text, evidence,
      });
    }
  }
  return out;
}

/** Share of surrounding words two figures must have in common to be compared as one figure. */
const SAME_WORDS = 0.2;
/** … and to be taken as one figure restated, which makes a figure with no predicate worth a medium finding (tune fold). */
const RESTATED = 0.4;

const looseSlot = (a: QuantityClaim, b: QuantityClaim) => slotParts(a.slot).pred === "-" || slotParts(b.slot).pred === "-";

interface Reference { readonly m: QuantityClaim; readonly ref: QuantityClaim; readonly group: ValueGroup }

/**
 * What to compare the odd figures with, best first: the figure of another group stated in the most
 * similar words (the same counted noun counts for a little more: "a man and two women" restates
 * "two women", not "at least three people"), then the majority's figure.
 */
function references(mine: readonly QuantityClaim[], others: readonly ValueGroup[], major: ValueGroup, contextOf: Contexts): Reference[] {
  let best: Reference | null = null;
  let score = SAME_WORDS;
  const states = new Set(mine.map((c) => c.articleId));
  for (const a of mine) for (const g of others) for (const b of g.claims) {
    // An article that also states the odd value ("down almost five points … with his 5.8 points")
    // does not disagree with it: 5.8 is another figure there.
    if (states.has(b.articleId)) continue;
    const s = contextSimilarity(contextOf, a, b) + (a.value.noun !== null && a.value.noun === b.value.noun ? 0.1 : 0);
    if (s > score || (s === score && best !== null && g === major)) { score = s; best = { m: a, ref: b, group: g }; }
  }
  const m = mine.find((c) => !major.articleIds.includes(c.articleId)) ?? mine[0]!;
  const fallback = { m, ref: major.claims.find((c) => c.articleId !== m.articleId) ?? major.claims[0]!, group: major };
  return best ? [best, fallback] : [fallback];
}

const ONE_PERSON = "(?:a|an|one)\\s+(?:[a-z-]+\\s+)?(?:man|woman|boy|girl|child|person|officer|soldier|worker|civilian)";
const AND_ONE_AFTER = new RegExp(`^\\s*,?\\s*and\\s+${ONE_PERSON}\\b`, "i");
const ONE_AND_BEFORE = new RegExp(`\\b${ONE_PERSON}\\s*,?\\s*and\\s*$`, "i");
const JOIN = /^\s*(?:,\s*)?(?:and\s+)?$/;

/**
 * Whether a count is one conjunct of a list whose sum the reference allows: "two women and one man"
 * (2 + 1) or "a man and two women" (1 + 2) against "three bank workers". The sum is the arithmetic
 * rule's business; the part alone contradicts nothing.
 */
export function partOf(m: QuantityClaim, all: readonly QuantityClaim[], text: string, ref: QuantityClaim): boolean {
  let sum = m.value.number, parts = 1;
  let start = m.span.start, end = m.span.end;
  const mine = all.filter((c) => c.articleId === m.articleId && c.value.unit === m.value.unit).sort((a, b) => a.span.start - b.span.start);
  for (const c of mine) if (c.span.start >= end && JOIN.test(text.slice(end, c.span.start))) { sum += c.value.number; parts++; end = c.span.end; }
  for (const c of [...mine].reverse()) if (c.span.end <= start && JOIN.test(text.slice(c.span.end, start))) { sum += c.value.number; parts++; start = c.span.start; }
  if (AND_ONE_AFTER.test(text.slice(end, end + 40))) { sum++; parts++; }
  if (ONE_AND_BEFORE.test(text.slice(Math.max(0, start - 40), start))) { sum++; parts++; }
  const [lo, hi] = interval(ref);
  return parts > 1 && sum >= lo && sum <= hi;
}

/** The first claim span in each article, as evidence. */
export function spanPerArticle(claims: readonly QuantityClaim[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const c of claims) {
    if (seen.has(c.articleId)) continue;
    seen.add(c.articleId);
    out.push({ articleId: c.articleId, start: c.span.start, end: c.span.end, text: c.span.text });
  }
  return out;
}
