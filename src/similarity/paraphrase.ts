// Sentence-level paraphrase score without model weights: eight lexical features combined by a
// logistic regression whose weights were fitted on the tune fold of MRPC dev
// (`npx tsx eval/paraphrase.ts --train` rewrites weights.ts). The eight were kept by greedy
// forward selection from 34 candidates (content-word dice and containment, BLEU 1–4 both ways,
// character 3/4/5-gram dice, LCS, length, name and quote mismatch, weighted overlap, ...) on
// cross-validated tune-fold accuracy + F1; the rest added nothing once these were in.
// "Amrozi accused his brother ... of deliberately distorting his evidence" and its reordered
// rewrite score high; "sold it for $2.5 billion in 1998" against "for $1.8 billion in 1998"
// is pulled down by the number that changed.
import { matchTerms, normalizeNumber, stem, type MatchTerm } from "./tokens.js";
import { PARAPHRASE_BIAS, PARAPHRASE_THRESHOLD, PARAPHRASE_WEIGHTS } from "./weights.js";

export const FEATURE_NAMES = [
  "unigram-precision-min", "longest-run", "char4-x-lcs", "number-unmatched-ratio", "char3-dice",
  "word-edit", "negation-mismatch", "number-same-set",
] as const;

const WORD = /\p{L}[\p{L}\p{M}'’\-]*|\d+(?:[.,]\d+)*|[$%£€]/gu;

// Spellings MRPC rewrites swap freely: "5 percent" / "5 pct" / "5%", "$1 million" / "$1 mln".
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["%", "percent"], ["pct", "percent"], ["per-cent", "percent"], ["mln", "million"], ["bln", "billion"],
  ["nearly", "almost"], ["about", "around"], ["approximately", "around"], ["roughly", "around"], ["announced", "said"],
  ["added", "said"], ["told", "said"], ["says", "said"], ["stated", "said"], ["big", "large"],
  ["purchase", "buy"], ["purchased", "bought"], ["acquire", "buy"], ["acquired", "bought"],
  ["shares", "stock"], ["stocks", "stock"], ["rose", "gained"], ["climbed", "gained"], ["jumped", "gained"],
  ["fell", "dropped"], ["declined", "dropped"], ["slipped", "dropped"], ["lost", "dropped"],
  ["ceo", "chief"], ["firm", "company"], ["corp", "company"], ["inc", "company"], ["co", "company"],
]);

const NEGATION = /\b(?:not|no|never|n't|neither|nor|none|cannot|without|denied|denies|refused)\b|n't\b/i;

function words(s: string): string[] {
  return [...s.matchAll(WORD)].map((m) => {
    if (/^\d/.test(m[0])) return normalizeNumber(m[0]);
    const w = m[0].toLowerCase().replace(/’/g, "'");
    const syn = SYNONYMS.get(w) ?? w;
    return stem(syn.replace(/'s$/, ""));
  });
}

function dice<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  return (2 * clipped(a, b)) / (a.length + b.length);
}

/** How many items of `b` find a partner in `a`, each item of `a` used once. */
function clipped<T>(a: readonly T[], b: readonly T[]): number {
  const count = new Map<T, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let inter = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) { inter++; count.set(x, c - 1); }
  }
  return inter;
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

/** Longest run of words the two sentences share verbatim. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  for (const x of a) {
    const cur = new Int32Array(b.length + 1);
    for (let j = 0; j < b.length; j++) if (x === b[j]) { cur[j + 1] = prev[j]! + 1; best = Math.max(best, cur[j + 1]!); }
    prev = cur;
  }
  return best;
}

/** Word-level Levenshtein distance over the longer length. */
function wordEdit(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    const cur = [i + 1];
    for (let j = 0; j < b.length; j++) cur.push(Math.min(prev[j + 1]! + 1, cur[j]! + 1, prev[j]! + (a[i] === b[j] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

function numbers(ts: readonly MatchTerm[]): Set<string> {
  return new Set(ts.filter((t) => t.kind === "number").map((t) => t.term));
}

/** Of the words each sentence has, the share the other one also has: the smaller of the two. */
function unigramPrecision(wa: readonly string[], wb: readonly string[]): number {
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length ? 1 : 0;
  const inter = clipped(wa, wb);
  return Math.min(inter / wa.length, inter / wb.length);
}

/** The feature vector the logistic regression reads, in FEATURE_NAMES order. */
export function paraphraseFeatures(a: string, b: string): number[] {
  const ta = matchTerms(a), tb = matchTerms(b);
  const wa = words(a), wb = words(b);
  // "$2.5 billion" against "$1.8 billion": a number on one side only is a changed fact.
  const numsA = numbers(ta), numsB = numbers(tb);
  let numOnly = 0;
  for (const x of numsA) if (!numsB.has(x)) numOnly++;
  for (const x of numsB) if (!numsA.has(x)) numOnly++;
  const lcsMin = lcs(wa, wb) / Math.max(1, Math.min(wa.length, wb.length));
  return [
    unigramPrecision(wa, wb),
    Math.min(1, longestRun(wa, wb) / 10),
    dice(charGrams(a, 4), charGrams(b, 4)) * lcsMin,
    numOnly / Math.max(1, numsA.size + numsB.size),
    dice(charGrams(a, 3), charGrams(b, 3)),
    wordEdit(wa, wb),
    NEGATION.test(a) !== NEGATION.test(b) ? 1 : 0,
    numsA.size > 0 && numOnly === 0 ? 1 : 0,
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
