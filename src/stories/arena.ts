// Flat storage for the story index: at 100k articles, a few typed arrays per article (ids,
// counts, weights) and one JS array per posting list cost more in object headers and GC work
// than in data. Here every article's vectors live in three shared growing arrays, addressed by
// offset, and posting lists are linked cells in two more.
import { packedWeights, sublinear, type PackedCounts } from "../similarity/packed.js";

/** Term-count vectors of many articles, back to back: article k's terms are at [start, start + length). */
export class VectorArena {
  // Small at first, doubled as needed: the store builds two small indexes per article it places,
  // where zeroing 64k-entry arrays cost more than the clustering itself.
  ids = new Uint32Array(1 << 12);
  tf = new Uint16Array(1 << 12);
  /** Weights with the idf of the moment each vector was added (for candidate scoring). */
  weights = new Float32Array(1 << 12);
  length = 0;

  /** Appends `counts` with `weights` (aligned with counts.ids); returns its start offset. */
  append(counts: PackedCounts, weights: Float32Array): number {
    const start = this.length, n = counts.ids.length;
    if (start + n > this.ids.length) this.grow(start + n);
    this.ids.set(counts.ids, start);
    this.tf.set(counts.tf, start);
    this.weights.set(weights, start);
    this.length += n;
    return start;
  }

  /** A view of one vector's ids and counts (no copy). */
  view(start: number, n: number): PackedCounts {
    return { ids: this.ids.subarray(start, start + n), tf: this.tf.subarray(start, start + n) };
  }

  /** How often the vector at [start, start + n) holds term `id` (0 when it does not). */
  count(start: number, n: number, id: number): number {
    let lo = start, hi = start + n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1, v = this.ids[mid]!;
      if (v === id) return this.tf[mid]!;
      if (v < id) lo = mid + 1; else hi = mid - 1;
    }
    return 0;
  }

  /**
   * The norm of every listed vector weighed anew with `idf` (by term id): with it, dotWeighed reads the
   * vector's new weights as packedWeights would make them, without an arena-sized array of them.
   */
  norms(starts: readonly number[], lengths: readonly number[], idf: Float64Array): Float64Array {
    const out = new Float64Array(starts.length);
    for (let k = 0; k < starts.length; k++) {
      let norm = 0;
      for (let x = starts[k]!, end = x + lengths[k]!; x < end; x++) {
        const v = sublinear(this.tf[x]!) * idf[this.ids[x]!]!;
        norm += v * v;
      }
      out[k] = Math.sqrt(norm);
    }
    return out;
  }

  private grow(min: number): void {
    let size = this.ids.length * 2;
    while (size < min) size *= 2;
    const ids = new Uint32Array(size), tf = new Uint16Array(size), weights = new Float32Array(size);
    ids.set(this.ids); tf.set(this.tf); weights.set(this.weights);
    this.ids = ids; this.tf = tf; this.weights = weights;
  }
}

/** Cosine of two normalized vectors of one arena (a merge join over sorted ids); weights may come from different weighings. */
export function arenaCosine(
  ids: Uint32Array,
  aw: Float32Array, a: number, an: number,
  bw: Float32Array, b: number, bn: number,
): number {
  let i = a, j = b, dot = 0;
  const ae = a + an, be = b + bn;
  while (i < ae && j < be) {
    const x = ids[i]!, y = ids[j]!;
    if (x === y) dot += aw[i++]! * bw[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/**
 * One vector scored against many (an added article against its candidates, a group member against
 * the rest): its weights spread over a dense array by term id, so each dot product is one pass over
 * the other vector instead of a merge join of both. The sum adds the same products in the same
 * (ascending id) order as arenaCosine, plus exact zeros for the other vector's terms this one
 * lacks, so every score is bit for bit arenaCosine's. All zero between load() and clear().
 */
export class DenseVector {
  private values = new Float32Array(1024);

  /** Spreads the vector at [start, start + n) of `ids` with weights `w`. */
  load(ids: Uint32Array, w: Float32Array, start: number, n: number): void {
    let max = 0;
    for (let x = start; x < start + n; x++) if (ids[x]! > max) max = ids[x]!;
    if (max >= this.values.length) {
      let size = this.values.length * 2;
      while (size <= max) size *= 2;
      this.values = new Float32Array(size);
    }
    const v = this.values;
    for (let x = start; x < start + n; x++) v[ids[x]!] = w[x]!;
  }

  /** Dot product of the loaded vector with the one at [start, start + n) of `ids` weighed by `w`. */
  dot(ids: Uint32Array, w: Float32Array, start: number, n: number): number {
    const v = this.values;
    let dot = 0;
    for (let x = start, end = start + n; x < end; x++) {
      const id = ids[x]!;
      // Ids past the array are terms the loaded vector lacks.
      if (id < v.length) dot += v[id]! * w[x]!;
    }
    return dot;
  }

  /**
   * dot() with the other vector's weights made as packedWeights makes them from its counts `tf`, `idf` by
   * term id and its `norm` (VectorArena.norms): each weight rounded to float32 once as it is stored, then
   * once more divided by the norm, so every product, and the sum, is bit for bit dot()'s over those weights.
   */
  dotWeighed(ids: Uint32Array, tf: Uint16Array, start: number, n: number, idf: Float64Array, norm: number): number {
    const v = this.values;
    let dot = 0;
    for (let x = start, end = start + n; x < end; x++) {
      const id = ids[x]!;
      if (id >= v.length) continue;
      const raw = Math.fround(sublinear(tf[x]!) * idf[id]!);
      dot += v[id]! * (norm > 0 ? Math.fround(raw / norm) : raw);
    }
    return dot;
  }

  /** Back to all zero (the same ids as load()). */
  clear(ids: Uint32Array, start: number, n: number): void {
    const v = this.values;
    for (let x = start; x < start + n; x++) v[ids[x]!] = 0;
  }
}

/** Posting lists of dense feature ids, each capped: linked cells, newest first. */
export class Postings {
  private head = new Int32Array(1024).fill(-1);
  private size = new Uint16Array(1024);
  private item = new Int32Array(1 << 12);
  private next = new Int32Array(1 << 12);
  private used = 0;

  private readonly max: number;

  constructor(max: number) {
    this.max = Math.min(max, 65_535);
  }

  /** Adds article `i` to `feature`'s list unless the list is full. */
  put(feature: number, i: number): void {
    if (feature >= this.head.length) {
      let n = this.head.length * 2;
      while (n <= feature) n *= 2;
      const head = new Int32Array(n).fill(-1), size = new Uint16Array(n);
      head.set(this.head); size.set(this.size);
      this.head = head; this.size = size;
    }
    if (this.size[feature]! >= this.max) return;
    if (this.used === this.item.length) {
      const item = new Int32Array(this.used * 2), next = new Int32Array(this.used * 2);
      item.set(this.item); next.set(this.next);
      this.item = item; this.next = next;
    }
    this.item[this.used] = i;
    this.next[this.used] = this.head[feature]!;
    this.head[feature] = this.used++;
    this.size[feature]!++;
  }

  /**
   * Adds `weight` to the vote of every article on `feature`'s list, and lists in `touched` the
   * ones whose vote was zero before (forEach with the voting inlined: no callback per article).
   */
  vote(feature: number, weight: number, votes: Float64Array, touched: number[]): void {
    if (feature >= this.head.length) return;
    const item = this.item, next = this.next;
    for (let c = this.head[feature]!; c >= 0; c = next[c]!) {
      const j = item[c]!;
      if (votes[j] === 0) touched.push(j);
      votes[j] = votes[j]! + weight;
    }
  }

  /** Calls `fn` with every article on `feature`'s list. */
  forEach(feature: number, fn: (i: number) => void): void {
    if (feature >= this.head.length) return;
    for (let c = this.head[feature]!; c >= 0; c = this.next[c]!) fn(this.item[c]!);
  }
}
