// The words around a figure, to tell which of several figures in a slot two articles state about the
// same thing: "Klitschko landed 178 punches to just 30 for Rahman" and "… landing 268 of 369
// punches thrown while Rahman connected on just 30" share "land", "punch", "rahman", "30"; "he
// landed one punch in the sixth" shares far less. A slot such as "seasons" or "punches" holds many
// figures of one story; their words, not their order of appearance, say which ones to compare.
import type { QuantityClaim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";

/** Content words on each side of the number, within its sentence. */
const WINDOW = 10;

const STOP = new Set(("a an the and or but of to in on at by for with from as is are was were be been has have had it its this that these those " +
  "he she they we his her their them him who which what than then there also said says say not no after before about over more").split(" "));

export type Contexts = (c: QuantityClaim) => ReadonlySet<string>;

/** Lemmas (and numbers as written) near each claim, computed once per article on first use. */
export function contexts(docs: readonly Doc[]): Contexts {
  const byArticle = new Map(docs.map((d) => [d.article.id, d]));
  const cache = new Map<string, ReadonlySet<string>>();
  const done = new Set<string>();
  return (c) => {
    const key = `${c.articleId}:${c.span.start}`;
    if (!done.has(c.articleId)) {
      done.add(c.articleId);
      const doc = byArticle.get(c.articleId);
      if (doc) fill(doc, cache);
    }
    return cache.get(key) ?? new Set();
  };
}

function fill(doc: Doc, cache: Map<string, ReadonlySet<string>>): void {
  const toks = doc.tokens;
  for (const q of doc.quantities) {
    const at = firstAtOrAfter(toks, q.numberSpan.start);
    if (at < 0) continue;
    const words = new Set<string>();
    const sentence = toks[at]!.sentence;
    for (let k = Math.max(0, at - WINDOW); k <= Math.min(toks.length - 1, at + WINDOW); k++) {
      const t = toks[k]!;
      if (t.sentence !== sentence || (t.start >= q.numberSpan.start && t.end <= q.numberSpan.end)) continue;
      if (t.kind === "number") words.add(t.lower);
      else if (t.kind === "word" && t.lower.length > 1 && !STOP.has(t.lower)) words.add(t.lemma);
    }
    cache.set(`${doc.article.id}:${q.span.start}`, words);
  }
}

/** Index of the first token starting at or after pos (tokens are in text order). */
function firstAtOrAfter(toks: Doc["tokens"], pos: number): number {
  let lo = 0, hi = toks.length - 1, ans = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.start >= pos) { ans = mid; hi = mid - 1; } else lo = mid + 1; }
  return ans;
}

/** Jaccard overlap of two claims' surrounding words (0 … 1). */
export function contextSimilarity(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): number {
  const x = ctx(a), y = ctx(b);
  let s = 0;
  for (const w of x) if (y.has(w)) s++;
  return s / Math.max(1, x.size + y.size - s);
}
