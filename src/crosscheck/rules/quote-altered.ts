// crosscheck/quote-altered: the same quote carried by two articles with a different name or number
// inside it ("the rescue was led by Sgt. Miller" vs "… by Sgt. Müller"). A quote is a verbatim
// record; a changed name or figure in it misleads, unless the change is only spelling of case.
import type { QuoteClaim } from "../../domain/claim.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../pipeline/context.js";
import { indexQuotes, quoteWords, similarPairs } from "../quote-index.js";
import { witnesses } from "../witnesses.js";

const significant = (w: string) => /\d/.test(w) || /^\p{Lu}/u.test(w);

/** The words of a quote its twin lacks. */
const replaced = (text: string, other: ReadonlySet<string>) => quoteWords(text).filter((x) => !other.has(x.toLowerCase()));

/** A capitalized word inside a sentence of the quote ("avoid the Kowalski Street area"), not one opening it. */
function midName(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  for (const m of text.matchAll(new RegExp(`(?<=\\S\\s+)${word}\\b`, "gu"))) {
    if (!/[.!?"“”:]\s*$/u.test(text.slice(0, m.index))) return true;
  }
  return false;
}

export function quoteAltered(ctx: StoryContext): FindingDraft[] {
  const quotes = ctx.claims.filter((c): c is QuoteClaim => c.kind === "quote" && c.value.text.split(/\s+/).length >= 5);
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const out: FindingDraft[] = [];
  const indexed = indexQuotes(quotes);
  for (const [i, j, jaccard] of similarPairs(indexed, 0.6)) {
    if (jaccard === 1) continue;
    const a = indexed[i]!.claim, b = indexed[j]!.claim;
    if (a.articleId === b.articleId) continue;
    const setA = indexed[i]!.words, setB = indexed[j]!.words;
    const onlyA = quoteWords(a.value.text).filter((x) => !setB.has(x.toLowerCase()) && significant(x));
    const onlyB = quoteWords(b.value.text).filter((x) => !setA.has(x.toLowerCase()) && significant(x));
    // One name may replace plain words ("the Kowalski Street area" / "the high street area"); a capital
    // that only opens a sentence ("They", "This") is no name.
    const loose = (onlyA.length === 0) !== (onlyB.length === 0);
    if (onlyA.length === 0 && onlyB.length === 1 && midName(b.value.text, onlyB[0]!)) onlyA.push(...replaced(a.value.text, setB));
    if (onlyB.length === 0 && onlyA.length === 1 && midName(a.value.text, onlyA[0]!)) onlyB.push(...replaced(b.value.text, setA));
    if (onlyA.length === 0 || onlyB.length === 0 || (loose && (onlyA.length > 2 || onlyB.length > 2))) continue; // words added or dropped, nothing replaced
    // Which version do more independent sources carry?
    const carriers = (only: string[]) => quotes.filter((o) => only.every((x) => o.value.text.includes(x))).map((o) => o.articleId);
    const na = w.count(carriers(onlyA)), nb = w.count(carriers(onlyB));
    const [odd, usual, oddWords, usualWords] = na < nb ? [a, b, onlyA, onlyB] : [b, a, onlyB, onlyA];
    const severity: Severity = Math.max(na, nb) >= 2 && na !== nb && !loose ? "high" : "medium";
    out.push({
      rule: "crosscheck/quote-altered", type: "contradiction", severity,
      summary: `The same quote${odd.value.speaker ? ` from ${odd.value.speaker}` : ""} reads differently: one article has “${oddWords.join(" ")}” where ${na === nb ? "another has" : "other sources have"} “${usualWords.join(" ")}”.`,
      articleIds: [odd.articleId, usual.articleId], claimIds: [odd.id, usual.id],
      actual: oddWords.join(" "), expected: usualWords.join(" "),
      evidence: [odd, usual].map((q) => ({ articleId: q.articleId, start: q.span.start, end: q.span.end, text: q.span.text })),
    });
  }
  return out;
}
