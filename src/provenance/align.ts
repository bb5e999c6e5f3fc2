// Sentence alignment between two articles of a story: tf-idf vectors per sentence, with idf over
// every sentence of the story, so the words the whole story shares ("prisoner", "exchange")
// weigh little and a sentence is matched by what is particular to it. On the seeds, 001 rewrites
// 000 in other words (word 3-shingle Jaccard only 0.016), yet a share of sentences whose best match
// is ≥ 0.30, both ways, separates the pair from every other (LIBRARIES.md: 0.24 vs ≤ 0.09).
import type { Doc, Sentence } from "../domain/doc.js";
import { terms } from "../similarity/tokens.js";

/** A sentence's best match must reach this to count as aligned (LIBRARIES.md measured 0.30). */
export const ALIGN_MIN = 0.3;
/** Sentences with fewer content terms are datelines, bylines and "Share this" lines: skipped. */
const MIN_TERMS = 4;

/**
 * Page furniture and wire boilerplate: two articles that share only these share a website or a
 * wire's house style, not a text ("You must enter the characters …", "Reporting by …; Editing by
 * …", "All rights reserved"). Never aligned, so they never make a derivation.
 */
export const BOILERPLATE = /\b(you must enter the characters|a friend wanted you to see|share this (article|story)|sign up for|subscribe to|newsletter|copyright|all rights reserved|click here|follow us on|download (our|the) app|this material may not be|reporting by|editing by|writing by|additional reporting|contributed to this report|comments are closed|enable javascript|cookies|terms of (use|service)|privacy policy|advertisement|sponsored content|recommended for you|read more:|more stories|related stories|please log in|log in to comment|report a typo|get breaking news|watch the video|photo gallery|\(c\) \d{4}|©)/i;

/**
 * A sentence's tf-idf vector (sublinear tf, smoothed idf, L2-normalized, as similarity/vectors.ts),
 * with terms as ids interned per story, in the order they first occur in the sentence.
 */
export interface TermVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export interface SentenceVectors {
  readonly doc: Doc;
  readonly sentences: readonly Sentence[];
  readonly vectors: readonly TermVector[];
}

/** Vectors for each (long enough) sentence of each doc, with idf over all of the docs' sentences. */
export function sentenceVectors(docs: readonly Doc[]): SentenceVectors[] {
  const ids = new Map<string, number>();
  let df = new Int32Array(1024);
  let n = 0;
  const perDoc = docs.map((d) => {
    const kept: { s: Sentence; t: number[] }[] = [];
    for (const s of d.sentences) {
      const ts = terms(s.text);
      if (ts.length < MIN_TERMS || BOILERPLATE.test(s.text)) continue;
      const t = ts.map((term) => {
        let id = ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
          if (id >= df.length) { const grown = new Int32Array(df.length * 2); grown.set(df); df = grown; }
        }
        return id;
      });
      n++;
      for (const id of new Set(t)) df[id]!++;
      kept.push({ s, t });
    }
    return { doc: d, kept };
  });
  const idf = (id: number) => Math.log((n + 1) / (df[id]! + 1)) + 1;
  return perDoc.map(({ doc, kept }) => ({ doc, sentences: kept.map((x) => x.s), vectors: kept.map((x) => tfidf(x.t, idf)) }));
}

function tfidf(t: readonly number[], idf: (id: number) => number): TermVector {
  const tf = new Map<number, number>();
  for (const id of t) tf.set(id, (tf.get(id) ?? 0) + 1);
  const ids = new Int32Array(tf.size), weights = new Float64Array(tf.size);
  let k = 0, norm = 0;
  for (const [id, c] of tf) {
    const w = (1 + Math.log(c)) * idf(id);
    ids[k] = id;
    weights[k++] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { ids, weights };
}

export interface Alignment {
  /** One-to-one aligned sentence pairs (index into each side's sentences), best first. */
  readonly pairs: readonly { readonly a: number; readonly b: number; readonly score: number }[];
  /** Share of sentences, both sides together, whose best match reaches ALIGN_MIN. */
  readonly coverage: number;
  /** Share of A's sentences aligned one-to-one; same for B. */
  readonly coveredA: number;
  readonly coveredB: number;
  /** Mean score of the aligned pairs. */
  readonly meanScore: number;
}

/**
 * Every sentence pair's cosine, as a row-major na × nb matrix: each of B's sentences is spread
 * into a dense scratch row over the story's term ids, and each of A's sentences sums its products
 * against it in A's term order. The last pair's matrix is kept, since align() and monotonePath()
 * ask for the same pair in turn.
 */
let lastPair: { a: SentenceVectors; b: SentenceVectors; sim: Float64Array } | null = null;
let scratch = new Float64Array(1024);
export function similarityMatrix(a: SentenceVectors, b: SentenceVectors): Float64Array {
  if (lastPair && lastPair.a === a && lastPair.b === b) return lastPair.sim;
  const na = a.vectors.length, nb = b.vectors.length;
  const sim = new Float64Array(na * nb);
  for (let j = 0; j < nb; j++) {
    const vb = b.vectors[j]!;
    for (let k = 0; k < vb.ids.length; k++) {
      const id = vb.ids[k]!;
      if (id >= scratch.length) { const grown = new Float64Array(Math.max(id + 1, scratch.length * 2)); grown.set(scratch); scratch = grown; }
      scratch[id] = vb.weights[k]!;
    }
    for (let i = 0; i < na; i++) {
      const va = a.vectors[i]!;
      let dot = 0;
      for (let k = 0; k < va.ids.length; k++) {
        const w = scratch[va.ids[k]!];
        if (w !== undefined && w !== 0) dot += va.weights[k]! * w;
      }
      sim[i * nb + j] = dot;
    }
    for (let k = 0; k < vb.ids.length; k++) scratch[vb.ids[k]!] = 0;
  }
  lastPair = { a, b, sim };
  return sim;
}

export function align(a: SentenceVectors, b: SentenceVectors): Alignment {
  const na = a.vectors.length, nb = b.vectors.length;
  const all: { a: number; b: number; score: number }[] = [];
  const bestA = new Float64Array(na), bestB = new Float64Array(nb);
  const sim = similarityMatrix(a, b);
  for (let i = 0; i < na; i++)
    for (let j = 0; j < nb; j++) {
      const s = sim[i * nb + j]!;
      if (s > bestA[i]!) bestA[i] = s;
      if (s > bestB[j]!) bestB[j] = s;
      if (s >= ALIGN_MIN) all.push({ a: i, b: j, score: s });
    }
  all.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>(), usedB = new Set<number>();
  const pairs: { a: number; b: number; score: number }[] = [];
  for (const p of all) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue;
    usedA.add(p.a);
    usedB.add(p.b);
    pairs.push(p);
  }
  const hits = [...bestA].filter((s) => s >= ALIGN_MIN).length + [...bestB].filter((s) => s >= ALIGN_MIN).length;
  return {
    pairs,
    coverage: na + nb > 0 ? hits / (na + nb) : 0,
    coveredA: na > 0 ? pairs.length / na : 0,
    coveredB: nb > 0 ? pairs.length / nb : 0,
    meanScore: pairs.length ? pairs.reduce((s, p) => s + p.score, 0) / pairs.length : 0,
  };
}

/** A sentence pair on a monotone path must reach this: a rewrite keeps the order of its source. */
export const PATH_MIN = 0.12;

/**
 * The best order-preserving chain of sentence pairs (each gaining score − PATH_MIN): a rewrite
 * "sentence by sentence" walks its source in order, so its pairs lie on one increasing path even
 * when single scores are low (seeds 000 → 001: 0.45, 0.24, 0.14, 0.44, 0.17, 0.29, ...).
 */
export function monotonePath(a: SentenceVectors, b: SentenceVectors): { a: number; b: number; score: number }[] {
  const na = a.vectors.length, nb = b.vectors.length;
  if (na === 0 || nb === 0) return [];
  const best = new Float64Array((na + 1) * (nb + 1));
  const move = new Int8Array((na + 1) * (nb + 1));
  const sim = similarityMatrix(a, b);
  const at = (i: number, j: number) => i * (nb + 1) + j;
  for (let i = 1; i <= na; i++)
    for (let j = 1; j <= nb; j++) {
      const s = sim[(i - 1) * nb + (j - 1)]!;
      let v = best[at(i - 1, j)]!, m = 1;
      if (best[at(i, j - 1)]! > v) { v = best[at(i, j - 1)]!; m = 2; }
      if (s >= PATH_MIN && best[at(i - 1, j - 1)]! + (s - PATH_MIN) > v) { v = best[at(i - 1, j - 1)]! + (s - PATH_MIN); m = 3; }
      best[at(i, j)] = v;
      move[at(i, j)] = m;
    }
  const path: { a: number; b: number; score: number }[] = [];
  for (let i = na, j = nb; i > 0 && j > 0;) {
    const m = move[at(i, j)];
    if (m === 3) { path.push({ a: i - 1, b: j - 1, score: sim[(i - 1) * nb + (j - 1)]! }); i--; j--; }
    else if (m === 1) i--;
    else j--;
  }
  return path.reverse();
}
