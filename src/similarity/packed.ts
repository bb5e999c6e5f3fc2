// Compact term-count vectors for large collections: terms interned to integer ids, counts kept
// in typed arrays sorted by id, so 100k articles fit in memory and cosine is a merge join.

/** Interns terms to dense integer ids and keeps their document frequency. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private df = new Int32Array(1024);
  /** Per id, its count in the document being added (zero between documents). */
  private counts = new Int32Array(1024);
  private docs = 0;

  /** Counts of each term in `terms`, as sorted ids and counts; updates document frequencies. */
  addDocument(terms: readonly string[]): PackedCounts {
    const seen: number[] = [];
    for (const t of terms) {
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(t, id);
        if (id >= this.df.length) {
          this.df = grow(this.df);
          this.counts = grow(this.counts);
        }
      }
      if (this.counts[id]!++ === 0) seen.push(id);
    }
    this.docs++;
    const ids = Uint32Array.from(seen).sort();
    const tf = new Float32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      tf[k] = this.counts[id]!;
      this.counts[id] = 0;
      this.df[id]!++;
    }
    return { ids, tf };
  }

  /** The id of `term`, or undefined when no document had it. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  get documents(): number {
    return this.docs;
  }

  frequency(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Smoothed idf, as in vectors.ts: ln((N + 1) / (df + 1)) + 1. */
  idf(id: number): number {
    return Math.log((this.docs + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

export interface PackedCounts {
  readonly ids: Uint32Array;
  readonly tf: Float32Array;
}

/** L2-normalized tf-idf weights aligned with `counts.ids` (sublinear tf). */
export function packedWeights(counts: PackedCounts, idf: (id: number) => number): Float32Array {
  const w = new Float32Array(counts.ids.length);
  let norm = 0;
  for (let k = 0; k < w.length; k++) {
    const v = (1 + Math.log(counts.tf[k] ?? 1)) * idf(counts.ids[k] ?? 0);
    w[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < w.length; k++) w[k] = (w[k] ?? 0) / norm;
  return w;
}

/** Cosine of two normalized packed vectors: a merge join over the sorted ids. */
export function packedCosine(aIds: Uint32Array, aW: Float32Array, bIds: Uint32Array, bW: Float32Array): number {
  let i = 0, j = 0, dot = 0;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!, y = bIds[j]!;
    if (x === y) dot += aW[i++]! * bW[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
