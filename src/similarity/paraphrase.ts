// Sentence-level paraphrase score without model weights: lexical features (word and n-gram
// overlap, character n-grams, numbers and names that differ, length) combined by a small
// logistic regression whose weights were fitted on the tune fold of MRPC dev
// (eval/paraphrase.ts --train prints them). "Amrozi accused his brother ... of deliberately
// distorting his evidence" and its reordered rewrite score high; "sold it for $2.5 billion in
// 1998" against "for $1.8 billion in 1998" is pulled down by the number that changed.
import { matchTerms, normalizeNumber } from "./tokens.js";
import { PARAPHRASE_BIAS, PARAPHRASE_THRESHOLD, PARAPHRASE_WEIGHTS } from "./weights.js";

export const FEATURE_NAMES = [
  "content-dice", "content-containment", "bigram-dice", "trigram-dice", "char4-dice", "length-ratio",
  "number-mismatch", "number-shared", "name-mismatch", "lcs-ratio", "length-diff",
] as const;

const WORD = /\p{L}[\p{L}\p{M}'’\-]*|\d+(?:[.,]\d+)*|[$%£€]/gu;

function words(s: string): string[] {
  return [...s.matchAll(WORD)].map((m) => (/^\d/.test(m[0]) ? normalizeNumber(m[0]) : m[0].toLowerCase()));
}

function dice<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const count = new Map<T, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let inter = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) { inter++; count.set(x, c - 1); }
  }
  return (2 * inter) / (a.length + b.length);
}

function grams(ws: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(" "));
  return out;
}

function charGrams(s: string, n: number): string[] {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  const out: string[] = [];
  for (let i = 0; i + n <= t.length; i++) out.push(t.slice(i, i + n));
  return out;
}

function lcs(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  for (const x of a) {
    const cur = new Int32Array(b.length + 1);
    for (let j = 0; j < b.length; j++) cur[j + 1] = x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/** The feature vector the logistic regression reads, in FEATURE_NAMES order. */
export function paraphraseFeatures(a: string, b: string): number[] {
  const ta = matchTerms(a), tb = matchTerms(b);
  const ca = ta.map((t) => t.term), cb = tb.map((t) => t.term);
  const setA = new Set(ca), setB = new Set(cb);
  let shared = 0;
  for (const t of setA) if (setB.has(t)) shared++;
  const containment = shared / Math.max(1, Math.min(setA.size, setB.size));
  const wa = words(a), wb = words(b);
  const numsA = new Set(ta.filter((t) => t.kind === "number").map((t) => t.term));
  const numsB = new Set(tb.filter((t) => t.kind === "number").map((t) => t.term));
  let numShared = 0, numOnly = 0;
  for (const x of numsA) (numsB.has(x) ? numShared++ : numOnly++);
  for (const x of numsB) if (!numsA.has(x)) numOnly++;
  const namesA = new Set(ta.filter((t) => t.kind === "name").map((t) => t.term));
  const namesB = new Set(tb.filter((t) => t.kind === "name").map((t) => t.term));
  let nameOnly = 0;
  // A name counts as missing only when the other sentence lacks the word in any case.
  for (const x of namesA) if (!setB.has(x)) nameOnly++;
  for (const x of namesB) if (!setA.has(x)) nameOnly++;
  const la = wa.length, lb = wb.length;
  return [
    dice(ca, cb),
    containment,
    dice(grams(wa, 2), grams(wb, 2)),
    dice(grams(wa, 3), grams(wb, 3)),
    dice(charGrams(a, 4), charGrams(b, 4)),
    Math.min(la, lb) / Math.max(1, la, lb),
    numOnly > 0 ? 1 : 0,
    numShared > 0 ? 1 : 0,
    nameOnly / Math.max(1, namesA.size + namesB.size),
    lcs(wa, wb) / Math.max(1, Math.min(la, lb)),
    Math.min(1, Math.abs(la - lb) / 20),
  ];
}

/** Logistic score in [0, 1] from features and weights. */
export function logistic(features: readonly number[], weights: readonly number[], bias: number): number {
  let z = bias;
  features.forEach((x, i) => { z += x * (weights[i] ?? 0); });
  return 1 / (1 + Math.exp(-z));
}

/** How likely `b` says what `a` says, in other words or the same: 0 (unrelated) to 1 (same sentence). */
export function sentenceSimilarity(a: string, b: string): number {
  if (a.trim() === b.trim()) return 1;
  return logistic(paraphraseFeatures(a, b), PARAPHRASE_WEIGHTS, PARAPHRASE_BIAS);
}

/** True when the two sentences read as paraphrases (threshold chosen on MRPC dev, tune fold). */
export function isParaphrase(a: string, b: string): boolean {
  return sentenceSimilarity(a, b) >= PARAPHRASE_THRESHOLD;
}
