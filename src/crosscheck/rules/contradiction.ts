// crosscheck/contradiction: the same slot with incompatible values in different articles.
// Interval-aware: "nearly 800" and "390 + 390" agree; "over 500 Ukrainians returned" and
// "390 returned" do not. The side most independent sources support is the reference; each other
// value is one finding, with evidence in every article involved.
import type { QuantityClaim } from "../../domain/claim.js";
import type { Evidence } from "../../domain/span.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../pipeline/context.js";
import { slotGroups, type ValueGroup } from "../groups.js";
import { gap, says, slotParts, slotPhrase } from "../values.js";
import { witnesses } from "../witnesses.js";

export function contradiction(ctx: StoryContext): FindingDraft[] {
  const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const out: FindingDraft[] = [];
  const sided = new Set(quantities.map((c) => slotParts(c.slot)).filter((p) => p.side !== "-").map((p) => `${p.unit}:${p.noun}:${p.pred}:${p.scope}`));
  for (const { slot, groups } of slotGroups(quantities, w)) {
    if (groups.length < 2) continue;
    // A figure with no side in a story whose figures have sides may be either side's or the total: unsure, so silent.
    const p = slotParts(slot);
    if (p.side === "-" && sided.has(`${p.unit}:${p.noun}:${p.pred}:${p.scope}`)) continue;
    const [major, ...minors] = groups as [ValueGroup, ...ValueGroup[]];
    const tie = minors.some((m) => m.witnesses === major.witnesses);
    for (const minor of minors) {
      // An article that states both values is hedging, not contradicting.
      const own = minor.articleIds.filter((id) => !major.articleIds.includes(id));
      if (own.length === 0) continue;
      const m = minor.claims.find((c) => own.includes(c.articleId))!;
      const ref = major.claims[0]!;
      const distance = gap(m, ref);
      const loose = slotParts(slot).pred === "-";
      // Without a predicate, figures far apart ("two civilians" freed in one swap, "120 civilians" in
      // another) are more likely different things than one thing misreported: stay silent.
      if (loose && Math.max(m.value.number, ref.value.number) > 5 * Math.max(1, Math.min(m.value.number, ref.value.number))) continue;
      const severity: Severity = loose ? "low" : tie ? "medium"
        : major.witnesses >= 2 && distance >= 0.1 ? "high"
        : distance >= 0.05 ? "medium" : "low";
      const evidence = [...spanPerArticle(minor.claims.filter((c) => own.includes(c.articleId))), ...spanPerArticle(major.claims)];
      const what = slotPhrase(slot);
      const summary = tie
        ? `Sources disagree on ${what}: ${own.length === 1 ? "one article says" : `${own.length} articles say`} ${says(m)}, ${major.articleIds.length === 1 ? "another says" : `${major.articleIds.length} others say`} ${says(ref)}.`
        : `${own.length === 1 ? "One article says" : `${own.length} articles say`} ${says(m)} for ${what}; ${major.witnesses === 1 ? "another source says" : `${major.witnesses} independent sources say`} ${ref.value.number.toLocaleString("en-US")} (${says(ref)}).`;
      out.push({
        rule: "crosscheck/contradiction", type: "contradiction", severity, summary,
        articleIds: [...own, ...major.articleIds], claimIds: [...minor.claims, ...major.claims].map((c) => c.id),
        actual: m.span.text, expected: ref.span.text, evidence,
      });
    }
  }
  return out;
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
