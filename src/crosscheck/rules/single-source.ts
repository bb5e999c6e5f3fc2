// crosscheck/single-source: a quote, or a specific figure, that only one independent source in
// the story carries — with what would corroborate it. Derived articles count as one source.
import type { QuantityClaim, QuoteClaim } from "../../domain/claim.js";
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { slotPhrase } from "../values.js";
import { indexQuotes, similarPairs } from "../quote-index.js";
import { witnesses } from "../witnesses.js";


export function singleSource(ctx: StoryContext): FindingDraft[] {
  if (ctx.docs.length < 2) return [];
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const out: FindingDraft[] = [];
  const quotes = ctx.claims.filter((c): c is QuoteClaim => c.kind === "quote");
  // A quote is carried elsewhere when another source has a quote sharing a third of their words
  // together, or one that is most of it or holds most of it (a trimmed or a longer version).
  const indexed = indexQuotes(quotes);
  const carried = new Set<number>();
  // Articles of the same witness (copies, rewrites) that carry the quote too, per quote.
  const copies = new Map<number, Set<string>>();
  const copy = (i: number, j: number) => {
    const s = copies.get(i) ?? new Set<string>();
    s.add(indexed[j]!.claim.articleId);
    copies.set(i, s);
  };
  const mark = (i: number, j: number) => {
    const a = indexed[i]!.claim.articleId, b = indexed[j]!.claim.articleId;
    if (w.of(a) !== w.of(b)) { carried.add(i); carried.add(j); } else if (a !== b) { copy(i, j); copy(j, i); }
  };
  for (const [i, j] of similarPairs(indexed, 0.35)) mark(i, j);
  for (const [i, j] of similarPairs(indexed, 0.8, "containment")) {
    if (Math.min(indexed[i]!.words.size, indexed[j]!.words.size) >= 5) mark(i, j);
  }
  const lowered = new Map(ctx.docs.map((d) => [d.article.id, d.article.text.toLowerCase()]));
  // Which witnesses name someone, per name (looked up once per name, not once per quote).
  const naming = new Map<string, Set<string>>();
  const namedBy = (name: string) => {
    let s = naming.get(name);
    if (!s) { s = new Set(ctx.docs.filter((d) => lowered.get(d.article.id)!.includes(name)).map((d) => w.of(d.article.id))); naming.set(name, s); }
    return s;
  };
  for (const [qi, q] of quotes.entries()) {
    if (q.value.text.split(/\s+/).length < 6) continue;
    if (carried.has(qi)) continue;
    const lastName = q.value.speaker?.split(/\s+/).pop()?.toLowerCase() ?? null;
    const speakerNamedElsewhere = lastName !== null && [...namedBy(lastName)].some((g) => g !== w.of(q.articleId));
    const who = q.value.speaker ? `${q.value.speaker}` : "an unnamed speaker";
    const copiedBy = copies.get(qi)?.size ?? 0;
    // Other articles carry it, but they copy or rewrite one another: one source, not none elsewhere.
    const rest = copiedBy > 0
      ? `; the ${copiedBy + 1} articles that carry it copy or rewrite one another`
      : `; no other article in this story carries the quote${speakerNamedElsewhere ? "" : q.value.speaker ? " or even names the speaker" : ""}`;
    out.push({
      rule: "crosscheck/single-source-quote", type: "single-source", severity: q.value.speaker && !speakerNamedElsewhere ? "medium" : "low",
      summary: `Only one ${copiedBy > 0 ? "independent " : ""}source quotes ${who} (“${clip(q.value.text, 60)}”)${rest}. Look for the original statement or a second outlet.`,
      articleIds: [q.articleId], claimIds: [q.id],
      evidence: [{ articleId: q.articleId, start: q.span.start, end: q.span.end, text: q.span.text }],
    });
  }
  // Specific figures about the event that only one source gives (only in stories with several sources).
  if (w.count(ctx.docs.map((d) => d.article.id)) >= 3) {
    const qs = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity" && c.value.unit === "count");
    const bySlot = new Map<string, QuantityClaim[]>();
    for (const c of qs) bySlot.set(c.slot.key, [...(bySlot.get(c.slot.key) ?? []), c]);
    for (const cs of bySlot.values()) {
      const slot = cs[0]!.slot;
      if (slot.noun !== "people" || slot.pred === "-" || slot.scope !== "now") continue;
      if (w.count(cs.map((c) => c.articleId)) !== 1) continue;
      const c = cs[0]!;
      out.push({
        rule: "crosscheck/single-source-figure", type: "single-source", severity: "info",
        summary: `Only one source gives ${slotPhrase(slot)}: “${c.span.text}”. A second, independent report would corroborate it.`,
        articleIds: [c.articleId], claimIds: cs.map((x) => x.id),
        evidence: [{ articleId: c.articleId, start: c.span.start, end: c.span.end, text: c.span.text }],
      });
    }
  }
  return out;
}

const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
