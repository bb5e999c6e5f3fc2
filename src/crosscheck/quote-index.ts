// Finds quotes that share most of their words, without comparing every pair: an inverted index
// from word to quotes, skipping words so common they say nothing (they appear in many quotes).
import type { QuoteClaim } from "../domain/claim.js";

export interface IndexedQuote {
  readonly claim: QuoteClaim;
  readonly words: ReadonlySet<string>;
}

/** Words with possessives and edge punctuation removed: "HP's" and "HP" are the same word here. */
export function quoteWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []).map((w) => w.replace(/['’]s$/u, "").replace(/[.,]+$/, ""));
}

export function indexQuotes(quotes: readonly QuoteClaim[]): IndexedQuote[] {
  return quotes.map((claim) => ({ claim, words: new Set(quoteWords(claim.value.text).map((w) => w.toLowerCase())) }));
}

/** Pairs (i < j) whose word sets have Jaccard similarity ≥ min (quotes, or sentences). */
export function similarPairs(qs: readonly { readonly words: ReadonlySet<string> }[], min: number): [number, number, number][] {
  const postings = new Map<string, number[]>();
  qs.forEach((q, i) => { for (const w of q.words) { const l = postings.get(w); if (l) l.push(i); else postings.set(w, [i]); } });
  // Words in more lines than this are too common to find partners by (and would make the search
  // quadratic in a story of hundreds of near-copies); capped so the work stays near-linear.
  const common = Math.max(50, Math.min(qs.length / 4, 200));
  const shared = new Map<number, number>();
  const out: [number, number, number][] = [];
  qs.forEach((q, i) => {
    shared.clear();
    for (const w of q.words) {
      const list = postings.get(w)!;
      if (list.length > common) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const other = qs[j]!;
      // Recount exactly: the skipped common words count too.
      let s = 0;
      if (n / Math.min(q.words.size, other.words.size) < min / 2) continue;
      for (const w of q.words) if (other.words.has(w)) s++;
      const jaccard = s / (q.words.size + other.words.size - s);
      if (jaccard >= min) out.push([i, j, jaccard]);
    }
  });
  return out;
}
