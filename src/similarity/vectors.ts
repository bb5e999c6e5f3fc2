// Sparse tf-idf vectors and cosine similarity over matching terms. The idf table is built from
// whatever collection the caller compares within (a story's sentences, a corpus of articles),
// so a word common in that collection ("prisoner" in a story about a swap) weighs little.

export type SparseVector = ReadonlyMap<string, number>;

/** Document frequencies, added to one document (a set of terms) at a time. */
export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(docTerms: Iterable<string>): void {
    this.n++;
    for (const t of new Set(docTerms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  get documents(): number {
    return this.n;
  }

  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Smoothed idf: ln((N + 1) / (df + 1)) + 1, so an unseen term weighs most and none weighs zero. */
  weight(term: string): number {
    return Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }
}

/** Term counts → tf-idf weights (sublinear tf: 1 + ln tf), L2-normalized. */
export function tfidf(docTerms: readonly string[], idf: Idf | null, boost?: (term: string) => number): SparseVector {
  const tf = new Map<string, number>();
  for (const t of docTerms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * (idf ? idf.weight(t) : 1) * (boost ? boost(t) : 1);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine of two L2-normalized sparse vectors (iterates the smaller one). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}
