// crosscheck/quote-altered: the same quote carried by two articles with a different name or number
// inside it ("the rescue was led by Sgt. Miller" vs "… by Sgt. Müller"). A quote is a verbatim
// record; a changed name or figure in it misleads, unless the change is only spelling of case.
import type { QuoteClaim } from "../../domain/claim.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../pipeline/context.js";
import { witnesses } from "../witnesses.js";

/** Words with possessives and edge punctuation removed: "HP's" and "HP" are the same word here. */
const tokens = (t: string) => (t.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []).map((w) => w.replace(/['’]s$/u, "").replace(/[.,]+$/, ""));
const significant = (w: string) => /\d/.test(w) || /^\p{Lu}/u.test(w);

export function quoteAltered(ctx: StoryContext): FindingDraft[] {
  const quotes = ctx.claims.filter((c): c is QuoteClaim => c.kind === "quote" && c.value.text.split(/\s+/).length >= 5);
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (const a of quotes) {
    const ta = tokens(a.value.text);
    const setA = new Set(ta.map((x) => x.toLowerCase()));
    for (const b of quotes) {
      if (b.articleId === a.articleId || a.id >= b.id) continue;
      const tb = tokens(b.value.text);
      const setB = new Set(tb.map((x) => x.toLowerCase()));
      let shared = 0;
      for (const x of setA) if (setB.has(x)) shared++;
      const jaccard = shared / (setA.size + setB.size - shared);
      if (jaccard < 0.6 || jaccard === 1) continue;
      const onlyA = ta.filter((x) => !setB.has(x.toLowerCase()) && significant(x));
      const onlyB = tb.filter((x) => !setA.has(x.toLowerCase()) && significant(x));
      if (onlyA.length === 0 || onlyB.length === 0) continue; // words added or dropped, nothing replaced
      const key = [a.id, b.id].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      // Which version do more independent sources carry?
      const carriers = (q: QuoteClaim, only: string[]) => quotes.filter((o) => only.every((x) => o.value.text.includes(x))).map((o) => o.articleId);
      const na = w.count(carriers(a, onlyA)), nb = w.count(carriers(b, onlyB));
      const [odd, usual, oddWords, usualWords] = na < nb ? [a, b, onlyA, onlyB] : [b, a, onlyB, onlyA];
      const severity: Severity = Math.max(na, nb) >= 2 && na !== nb ? "high" : "medium";
      out.push({
        rule: "crosscheck/quote-altered", type: "contradiction", severity,
        summary: `The same quote${odd.value.speaker ? ` from ${odd.value.speaker}` : ""} reads differently: one article has “${oddWords.join(" ")}” where ${na === nb ? "another has" : "other sources have"} “${usualWords.join(" ")}”.`,
        articleIds: [odd.articleId, usual.articleId], claimIds: [odd.id, usual.id],
        actual: oddWords.join(" "), expected: usualWords.join(" "),
        evidence: [odd, usual].map((q) => ({ articleId: q.articleId, start: q.span.start, end: q.span.end, text: q.span.text })),
      });
    }
  }
  return out;
}
