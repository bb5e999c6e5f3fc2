// Sentence alignment between two articles of a story: tf-idf vectors per sentence, with idf over
// every sentence of the story, so the words the whole story shares ("prisoner", "exchange")
// weigh little and a sentence is matched by what is particular to it. On the seeds, 001 rewrites
// 000 in other words (word 3-shingle Jaccard only 0.016), yet a share of sentences whose best match
// is ≥ 0.30, both ways, separates the pair from every other (LIBRARIES.md: 0.24 vs ≤ 0.09).
import type { Doc, Sentence } from "../domain/doc.js";
import { terms } from "../similarity/tokens.js";
import { Idf, tfidf, type SparseVector } from "../similarity/vectors.js";

/** A sentence's best match must reach this to count as aligned (LIBRARIES.md measured 0.30). */
export const ALIGN_MIN = 0.3;
/** Sentences with fewer content terms are datelines, bylines and "Share this" lines: skipped. */
const MIN_TERMS = 4;

export interface SentenceVectors {
  readonly doc: Doc;
  readonly sentences: readonly Sentence[];
  readonly vectors: readonly SparseVector[];
}

/** Vectors for each (long enough) sentence of each doc, with idf over all of the docs' sentences. */
export function sentenceVectors(docs: readonly Doc[]): SentenceVectors[] {
  const idf = new Idf();
  const perDoc = docs.map((d) => {
    const kept = d.sentences.map((s) => ({ s, t: terms(s.text) })).filter((x) => x.t.length >= MIN_TERMS);
    for (const x of kept) idf.add(x.t);
    return { doc: d, kept };
  });
  return perDoc.map(({ doc, kept }) => ({ doc, sentences: kept.map((x) => x.s), vectors: kept.map((x) => tfidf(x.t, idf)) }));
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
 * Every sentence pair's cosine, as a row-major na × nb matrix, through an inverted index over B's
 * terms: the work is proportional to the terms the two articles share, not to na × nb map lookups.
 * The last pair's matrix is kept, since align() and monotonePath() ask for the same pair in turn.
 */
let lastPair: { a: SentenceVectors; b: SentenceVectors; sim: Float64Array } | null = null;
export function similarityMatrix(a: SentenceVectors, b: SentenceVectors): Float64Array {
  if (lastPair && lastPair.a === a && lastPair.b === b) return lastPair.sim;
  const na = a.vectors.length, nb = b.vectors.length;
  const sim = new Float64Array(na * nb);
  const postings = new Map<string, { j: number; w: number }[]>();
  b.vectors.forEach((v, j) => { for (const [t, w] of v) { const l = postings.get(t); if (l) l.push({ j, w }); else postings.set(t, [{ j, w }]); } });
  a.vectors.forEach((v, i) => {
    const row = i * nb;
    for (const [t, w] of v) {
      const l = postings.get(t);
      if (l) for (const p of l) sim[row + p.j]! += w * p.w;
    }
  });
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
