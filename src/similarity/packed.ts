// Compact term-count vectors for large collections: terms interned to integer ids, counts kept
// in typed arrays sorted by id, so 100k articles fit in memory and cosine is a merge join.

/**
 * Every term this process has met, numbered once (a "global id"), so that a vocabulary interns a
 * document's terms with integer lookups instead of string hashing: the store builds two small
 * indexes for every article it places, over the same neighbours again and again, and hashing
 * their words each time cost more than clustering them. Replaced by a fresh one when it grows
 * past LEXICON_LIMIT terms (a long-running worker meets new names every day); vocabularies keep
 * the one they were made with.
 */
class Lexicon {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  id(t: string): number {
    let g = this.ids.get(t);
    if (g === undefined) {
      g = this.terms.length;
      this.ids.set(t, g);
      this.terms.push(t);
    }
    return g;
  }
}

const LEXICON_LIMIT = 1 << 19;
let lexicon = new Lexicon();

/**
 * A document's terms as addDocument reads them: each distinct term once, in order of first
 * occurrence, as global ids of `lexicon`, with its count. Kept per terms array (an article's
 * arrays are read again for every placement near it).
 */
interface Counted {
  readonly lexicon: Lexicon;
  readonly gids: Int32Array;
  readonly counts: Int32Array;
}
const countedTerms = new WeakMap<readonly string[], Counted>();

function counted(terms: readonly string[], lex: Lexicon): Counted {
  const c = countedTerms.get(terms);
  if (c && c.lexicon === lex) return c;
  const at = new Map<string, number>();
  const gids: number[] = [], n: number[] = [];
  for (const t of terms) {
    const k = at.get(t);
    if (k === undefined) { at.set(t, gids.length); gids.push(lex.id(t)); n.push(1); } else n[k]!++;
  }
  const made = { lexicon: lex, gids: Int32Array.from(gids), counts: Int32Array.from(n) };
  // A vocabulary made with an older lexicon does not replace what the current one keeps.
  if (lex === lexicon) countedTerms.set(terms, made);
  return made;
}

/** Non-negative integer keys to numbers, by open addressing (no strings, no boxing); -1 for a missing key. */
export class IntTable {
  private keys = new Int32Array(256).fill(-1);
  private values = new Float64Array(256);
  private size = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h]!;
      if (k === key) return this.values[h]!;
      if (k === -1) return -1;
    }
  }

  /** Sets a key not yet in the table. */
  add(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.rehash();
    this.place(key, value);
    this.size++;
  }

  private place(key: number, value: number): void {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[h] !== -1) h = (h + 1) & mask;
    this.keys[h] = key;
    this.values[h] = value;
  }

  private rehash(): void {
    const keys = this.keys, values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Float64Array(keys.length * 2);
    for (let h = 0; h < keys.length; h++) if (keys[h]! >= 0) this.place(keys[h]!, values[h]!);
  }
}

/**
 * Interns terms to dense integer ids and keeps their document frequency. A vocabulary made
 * `shared` interns through the process's lexicon and keeps each terms array's counts: for the
 * many small indexes over the same articles the store builds. One large index that reads each
 * article once (analyze) interns by string, which is cheaper there. Both give the same ids.
 */
export class Vocabulary {
  /** Shared: the lexicon, and global id → id here (-1: none). */
  private readonly lexicon: Lexicon | null;
  private readonly byGlobal = new IntTable();
  /** Not shared: term → id. */
  private readonly byTerm = new Map<string, number>();
  /** The term of each id, and (shared) its global id. */
  private readonly names: string[] = [];
  private readonly gids: number[] = [];
  private df = new Int32Array(1024);
  /** Per id, its count in the document being added (zero between documents). */
  private counts = new Int32Array(1024);
  private docs = 0;

  constructor(shared = false) {
    if (shared && lexicon.terms.length > LEXICON_LIMIT) lexicon = new Lexicon();
    this.lexicon = shared ? lexicon : null;
  }

  /**
   * Counts of each term in `terms`, as sorted ids and counts; updates document frequencies. A new
   * term gets the next id in order of first occurrence. In a shared vocabulary `terms` is taken as
   * unchanging: its counts are kept with the array.
   */
  addDocument(terms: readonly string[]): PackedCounts {
    let ids: Uint32Array;
    if (this.lexicon) {
      const lex = this.lexicon;
      const { gids, counts } = counted(terms, lex);
      ids = new Uint32Array(gids.length);
      for (let k = 0; k < gids.length; k++) {
        const g = gids[k]!;
        let id = this.byGlobal.get(g);
        if (id < 0) {
          id = this.newId(lex.terms[g]!);
          this.byGlobal.add(g, id);
          this.gids.push(g);
        }
        ids[k] = id;
        this.counts[id] = counts[k]!;
      }
    } else {
      const seen: number[] = [];
      for (const t of terms) {
        let id = this.byTerm.get(t);
        if (id === undefined) {
          id = this.newId(t);
          this.byTerm.set(t, id);
        }
        if (this.counts[id]!++ === 0) seen.push(id);
      }
      ids = Uint32Array.from(seen);
    }
    this.docs++;
    ids.sort();
    const tf = new Uint16Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      tf[k] = Math.min(this.counts[id]!, MAX_TF);
      this.counts[id] = 0;
      this.df[id]!++;
    }
    return { ids, tf };
  }

  private newId(term: string): number {
    const id = this.names.length;
    this.names.push(term);
    if (id >= this.df.length) {
      this.df = grow(this.df);
      this.counts = grow(this.counts);
    }
    return id;
  }

  /** Terms interned so far (ids are 0 .. size - 1). */
  get size(): number {
    return this.names.length;
  }

  /** The term of an id. */
  term(id: number): string {
    return this.names[id]!;
  }

  /** A shared vocabulary's id of a term in the process's lexicon: the same term in every vocabulary made with it. */
  globalId(id: number): number {
    return this.gids[id]!;
  }

  /** The id of `term`, or undefined when no document had it. */
  idOf(term: string): number | undefined {
    if (!this.lexicon) return this.byTerm.get(term);
    const g = this.lexicon.ids.get(term);
    if (g === undefined) return undefined;
    const id = this.byGlobal.get(g);
    return id < 0 ? undefined : id;
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
  /** Counts, at most MAX_TF: two bytes a term (the story index keeps 15M of them at 100k articles). */
  readonly tf: Uint16Array;
}

/** A term counted more often in one document counts this often (1 + ln 65535 ≈ 12.1: no real article gets there). */
export const MAX_TF = 65_535;

/** 1 + ln(tf) for the counts most terms have, worked out once. */
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, n) => 1 + Math.log(n));
export const sublinear = (tf: number) => (tf < 64 && Number.isInteger(tf) ? SUBLINEAR[tf]! : 1 + Math.log(tf));

/** L2-normalized tf-idf weights aligned with `counts.ids` (sublinear tf). */
export function packedWeights(counts: PackedCounts, idf: (id: number) => number): Float32Array {
  return packedWeightsInto(counts, idf, new Float32Array(counts.ids.length));
}

/** packedWeights() written into the first counts.ids.length places of `w` (a reused scratch array); returns `w`. */
export function packedWeightsInto(counts: PackedCounts, idf: (id: number) => number, w: Float32Array): Float32Array {
  const n = counts.ids.length;
  let norm = 0;
  for (let k = 0; k < n; k++) {
    const v = sublinear(counts.tf[k] ?? 1) * idf(counts.ids[k] ?? 0);
    w[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < n; k++) w[k] = (w[k] ?? 0) / norm;
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
