// provenance: which articles in a story rewrite which. For each pair sharing text or structure:
// near-duplicate (a syndicated copy), paraphrase (a rewrite in other words, sentence by
// sentence, as seed 001 rewrites 000) or shared-source (a few sentences word for word, as from
// one wire copy or statement); with aligned sentence pairs, what the rewrite changed, and a
// direction only where publish time or one article extending the other shows it.
import { publishedInstant } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import { spanOf } from "../domain/span.js";
import type { AlignedPair, Derivation, DerivationRelation } from "../domain/story.js";
import { ALIGN_MIN, align, monotonePath, sentenceVectors, type SentenceVectors } from "./align.js";
import { sentenceChanges, type NameCache } from "./changes.js";
import { candidatePairs } from "./pairs.js";
import { derivationFinding } from "./summary.js";

/** Seeds: 000–001 coverage 0.23 and path 0.57; every other pair ≤ 0.09 and ≤ 0.33. */
const PARAPHRASE_COVERAGE = 0.15;
const PARAPHRASE_PATH = 0.4;
/** Word 3-shingle overlap of a syndicated copy (Jaccard, or containment of the shorter). */
const NEAR_DUPLICATE = 0.6;
/** Sentences this alike are the same sentence, give or take a word. */
const VERBATIM = 0.75;
const SHARED_SOURCE_MIN = 2;
/**
 * A rewrite follows its source over several sentences: one shared sentence between two short
 * briefs ("Police said 23 passengers were killed …") is two outlets reporting one fact, and
 * counting them as one witness would silence the sources that disagree with them.
 */
const PARAPHRASE_MIN_PAIRS = 2;

export function findProvenance(docs: readonly Doc[]): { derivations: Derivation[]; findings: FindingDraft[] } {
  const derivations: Derivation[] = [];
  const findings: FindingDraft[] = [];
  if (docs.length < 2) return { derivations, findings };
  const vectors = sentenceVectors(docs);
  const shingleIds: ShingleIds = { words: new Map(), shingles: new Map(), seenIn: new Int32Array(4096), texts: 0 };
  const shingles = docs.map((d) => shingleSet(d.article.text, shingleIds));
  const found: Found[] = [];
  for (const [i, j] of candidatePairs(docs)) {
    const f = derive(vectors[i]!, vectors[j]!, shingles[i]!, shingles[j]!);
    if (f) found.push(f);
  }
  // A farm's hundreds of near-copies would bury the report: every derivation stays in provenance,
  // but only the strongest carry aligned sentences and a finding of their own. What each aligned
  // pair changed is worked out only for the pairs shown.
  found.sort((x, y) => y.score - x.score);
  const names: NameCache = new Map();
  found.forEach((f, rank) => {
    if (rank < MAX_DETAILED) {
      const d = detail(f, f.pairs.length, names);
      derivations.push(d);
      findings.push(derivationFinding(d, f.from.doc, f.to.doc));
    } else {
      derivations.push(detail(f, 2, names));
    }
  });
  return { derivations, findings };
}

/** Derivations per story shown in full (aligned sentences, a finding); the rest are listed briefly. */
export const MAX_DETAILED = 40;

/** A derivation before its aligned pairs are spelled out: sentence indices into `from` and `to`. */
interface Found {
  readonly from: SentenceVectors;
  readonly to: SentenceVectors;
  readonly relation: DerivationRelation;
  /** Rounded, as reported; found derivations are ranked by it. */
  readonly score: number;
  readonly pairs: readonly { readonly from: number; readonly to: number; readonly score: number }[];
  readonly dir: { readonly known: boolean; readonly basis: string };
}

function derive(a: SentenceVectors, b: SentenceVectors, sa: Int32Array, sb: Int32Array): Found | null {
  const nearDup = shingleOverlap(sa, sb);
  const path = monotonePath(a, b);
  const shorter = Math.max(1, Math.min(a.vectors.length, b.vectors.length));
  const pathRatio = path.length / shorter;
  let relation: DerivationRelation;
  let score: number;
  let pairs: { a: number; b: number; score: number }[];
  // A near-copy needs only its path; one-to-one alignment is for telling rewrites apart.
  const al = nearDup >= NEAR_DUPLICATE ? null : align(a, b);
  if (al === null) {
    relation = "near-duplicate"; score = nearDup; pairs = path;
  } else if (al.coverage >= PARAPHRASE_COVERAGE && pathRatio >= PARAPHRASE_PATH && path.filter((p) => p.score >= ALIGN_MIN).length >= PARAPHRASE_MIN_PAIRS) {
    relation = "paraphrase"; score = (al.coverage + pathRatio) / 2; pairs = path;
  } else {
    const verbatim = al.pairs.filter((p) => p.score >= VERBATIM && !mostlyQuote(a.doc, a.sentences[p.a]!) && !mostlyQuote(b.doc, b.sentences[p.b]!));
    if (verbatim.length < SHARED_SOURCE_MIN) return null;
    relation = "shared-source"; score = verbatim.length / shorter; pairs = [...verbatim].sort((x, y) => x.a - y.a);
  }
  const dir = direction(a, b, path);
  return {
    from: dir.aFirst ? a : b, to: dir.aFirst ? b : a, relation, score: round(score),
    pairs: pairs.map((p) => (dir.aFirst ? { from: p.a, to: p.b, score: p.score } : { from: p.b, to: p.a, score: p.score })), dir,
  };
}

/** The derivation with (at most) its first `upTo` aligned pairs spelled out: spans and what each changed. */
function detail(f: Found, upTo: number, names: NameCache): Derivation {
  const { from, to } = f;
  const aligned: AlignedPair[] = f.pairs.slice(0, upTo).map((p) => {
    const fs = from.sentences[p.from]!, ts = to.sentences[p.to]!;
    const fromSpan = spanOf(from.doc.article.text, fs.start, fs.end);
    const toSpan = spanOf(to.doc.article.text, ts.start, ts.end);
    return { from: fromSpan, to: toSpan, score: round(p.score), changes: sentenceChanges(from.doc, fromSpan, to.doc, toSpan, names) };
  });
  return {
    from: from.doc.article.id, to: to.doc.article.id, relation: f.relation, score: f.score, alignedSentences: f.pairs.length,
    direction: f.dir.known ? "known" : "unknown", directionBasis: f.dir.basis, pairs: aligned,
  };
}

/** Who came first: publish time; else one article repeating the other whole and adding to it. */
function direction(a: SentenceVectors, b: SentenceVectors, path: readonly { a: number; b: number }[]): { aFirst: boolean; known: boolean; basis: string } {
  const pa = a.doc.article.publishedAt, pb = b.doc.article.publishedAt;
  const ta = pa ? publishedInstant(pa) : NaN, tb = pb ? publishedInstant(pb) : NaN;
  if (pa && pb && ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return { aFirst: ta < tb, known: true, basis: `published ${ta < tb ? pa : pb}, before the other (${ta < tb ? pb : pa})` };
  const na = a.vectors.length, nb = b.vectors.length;
  // "one adds what the other lacks": all of the shorter is in the longer, which goes on for more.
  const coveredShort = path.length / Math.max(1, Math.min(na, nb));
  if (coveredShort >= 0.9 && Math.abs(na - nb) >= 2) {
    const aFirst = na < nb;
    return { aFirst, known: true, basis: `the later article repeats all ${Math.min(na, nb)} sentences of the earlier one and adds ${Math.abs(na - nb)} more` };
  }
  const aFirst = a.doc.article.id < b.doc.article.id;
  return { aFirst, known: false, basis: pa && pb ? "both carry the same publish time and neither contains the other" : "the articles carry no publish times and neither contains the other" };
}

function mostlyQuote(doc: Doc, s: { start: number; end: number }): boolean {
  let quoted = 0;
  for (const q of doc.quotes) if (q.span.start >= s.start && q.span.end <= s.end) quoted += q.span.end - q.span.start;
  return quoted >= 0.6 * (s.end - s.start);
}

/** Word and shingle ids, interned per story. */
interface ShingleIds {
  readonly words: Map<string, number>;
  readonly shingles: Map<number | string, number>;
  /** Per shingle id, the last text it was found in (to keep each once per text). */
  seenIn: Int32Array;
  texts: number;
}

/** Word ids below this make a shingle key exact as one number (3 × 17 bits < 2^53). */
const WORD_ID_LIMIT = 1 << 17;

/** The article's distinct word 3-shingles, as ids (interned per story) in increasing order. */
function shingleSet(text: string, ids: ShingleIds): Int32Array {
  const w = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => {
    let id = ids.words.get(word);
    if (id === undefined) { id = ids.words.size; ids.words.set(word, id); }
    return id;
  });
  const out: number[] = [];
  const mark = ++ids.texts;
  for (let i = 0; i + 3 <= w.length; i++) {
    const a = w[i]!, b = w[i + 1]!, c = w[i + 2]!;
    const key = a < WORD_ID_LIMIT && b < WORD_ID_LIMIT && c < WORD_ID_LIMIT ? (a * WORD_ID_LIMIT + b) * WORD_ID_LIMIT + c : `${a} ${b} ${c}`;
    let id = ids.shingles.get(key);
    if (id === undefined) {
      id = ids.shingles.size;
      ids.shingles.set(key, id);
      if (id >= ids.seenIn.length) { const grown = new Int32Array(ids.seenIn.length * 2); grown.set(ids.seenIn); ids.seenIn = grown; }
    }
    if (ids.seenIn[id] === mark) continue;
    ids.seenIn[id] = mark;
    out.push(id);
  }
  return Int32Array.from(out).sort();
}

/** Max of Jaccard and containment of the smaller shingle set in the larger. */
function shingleOverlap(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { inter++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  const small = Math.min(a.length, b.length);
  // Containment alone would call a one-paragraph brief a copy of any long piece quoting it.
  const containment = small >= 30 ? inter / small : 0;
  return Math.max(inter / (a.length + b.length - inter), containment);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
