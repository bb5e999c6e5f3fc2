// crosscheck/corroboration: the same slot with compatible values in independent articles.
// Articles linked by a derivation count once, and the finding says so.
import type { QuantityClaim } from "../../domain/claim.js";
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { storySlotGroups } from "../groups.js";
import { slotPhrase } from "../values.js";
import { witnesses } from "../witnesses.js";
import { spanPerArticle } from "./contradiction.js";

export function corroboration(ctx: StoryContext): FindingDraft[] {
  const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  const ids = ctx.docs.map((d) => d.article.id);
  const w = witnesses(ids, ctx.derivations);
  const label = (id: string) => `“${ctx.docs.find((d) => d.article.id === id)?.article.title.slice(0, 40) ?? id}”`;
  const out: FindingDraft[] = [];
  for (const { slot, groups } of storySlotGroups(ctx)) {
    const g = groups[0];
    if (!g || g.articleIds.length < 2) continue;
    const what = slotPhrase(slot);
    const values = [...new Set(g.claims.map((c) => `“${c.span.text}”`))].slice(0, 3).join(", ");
    const linked = w.note(g.articleIds, label);
    const head = g.witnesses >= 2
      ? `${g.witnesses} independent sources agree on ${what}: ${values}.`
      : `${g.articleIds.length} articles give ${what} as ${values}, but they are one source.`;
    out.push({
      rule: "crosscheck/corroboration", type: "corroboration", severity: "info",
      summary: linked ? `${head} (${linked}, so they count once.)` : head,
      articleIds: g.articleIds, claimIds: g.claims.map((c) => c.id),
      evidence: spanPerArticle([...g.claims].sort((a, b) => ids.indexOf(a.articleId) - ids.indexOf(b.articleId) || a.span.start - b.span.start)),
    });
  }
  return out;
}
