// provenance: which articles in a story rewrite which. For each pair sharing text or structure:
// near-duplicate (a syndicated copy), paraphrase (a rewrite in other words, sentence by
// sentence, as seed 001 rewrites 000) or shared-source (a few sentences word for word, as from
// one wire copy or statement); with aligned sentence pairs, what the rewrite changed, and a
// direction only where publish time or one article extending the other shows it.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import { spanOf } from "../domain/span.js";
import type { AlignedPair, Derivation, DerivationRelation } from "../domain/story.js";
import { align, monotonePath, sentenceVectors, type SentenceVectors } from "./align.js";
import { sentenceChanges } from "./changes.js";
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

export function findProvenance(docs: readonly Doc[]): { derivations: Derivation[]; findings: FindingDraft[] } {
  const derivations: Derivation[] = [];
  const findings: FindingDraft[] = [];
  if (docs.length < 2) return { derivations, findings };
  const vectors = sentenceVectors(docs);
  const shingles = docs.map((d) => shingleSet(d.article.text));
  const found: { d: Derivation; from: Doc; to: Doc }[] = [];
  for (const [i, j] of candidatePairs(docs)) {
    const d = derive(vectors[i]!, vectors[j]!, shingles[i]!, shingles[j]!);
    if (!d) continue;
    const [from, to] = docs[i]!.article.id === d.from ? [docs[i]!, docs[j]!] : [docs[j]!, docs[i]!];
    found.push({ d, from, to });
  }
  // A farm's hundreds of near-copies would bury the report: every derivation stays in provenance,
  // but only the strongest carry aligned sentences and a finding of their own.
  found.sort((x, y) => y.d.score - x.d.score);
  found.forEach(({ d, from, to }, rank) => {
    if (rank < MAX_DETAILED) {
      derivations.push(d);
      findings.push(derivationFinding(d, from, to));
    } else {
      derivations.push({ ...d, pairs: d.pairs.slice(0, 2) });
    }
  });
  return { derivations, findings };
}

/** Derivations per story shown in full (aligned sentences, a finding); the rest are listed briefly. */
export const MAX_DETAILED = 40;

function derive(a: SentenceVectors, b: SentenceVectors, sa: Set<string>, sb: Set<string>): Derivation | null {
  const nearDup = shingleOverlap(sa, sb);
  const al = align(a, b);
  const path = monotonePath(a, b);
  const shorter = Math.max(1, Math.min(a.vectors.length, b.vectors.length));
  const pathRatio = path.length / shorter;
  let relation: DerivationRelation;
  let score: number;
  let pairs: { a: number; b: number; score: number }[];
  if (nearDup >= NEAR_DUPLICATE) {
    relation = "near-duplicate"; score = nearDup; pairs = path;
  } else if (al.coverage >= PARAPHRASE_COVERAGE && pathRatio >= PARAPHRASE_PATH) {
    relation = "paraphrase"; score = (al.coverage + pathRatio) / 2; pairs = path;
  } else {
    const verbatim = al.pairs.filter((p) => p.score >= VERBATIM && !mostlyQuote(a.doc, a.sentences[p.a]!) && !mostlyQuote(b.doc, b.sentences[p.b]!));
    if (verbatim.length < SHARED_SOURCE_MIN) return null;
    relation = "shared-source"; score = verbatim.length / shorter; pairs = [...verbatim].sort((x, y) => x.a - y.a);
  }
  const dir = direction(a, b, path);
  const [from, to] = dir.aFirst ? [a, b] : [b, a];
  const aligned: AlignedPair[] = pairs.map((p) => {
    const fs = (dir.aFirst ? a : b).sentences[dir.aFirst ? p.a : p.b]!;
    const ts = (dir.aFirst ? b : a).sentences[dir.aFirst ? p.b : p.a]!;
    const fromSpan = spanOf(from.doc.article.text, fs.start, fs.end);
    const toSpan = spanOf(to.doc.article.text, ts.start, ts.end);
    return { from: fromSpan, to: toSpan, score: round(p.score), changes: sentenceChanges(from.doc, fromSpan, to.doc, toSpan) };
  });
  return {
    from: from.doc.article.id, to: to.doc.article.id, relation, score: round(score), alignedSentences: aligned.length,
    direction: dir.known ? "known" : "unknown", directionBasis: dir.basis, pairs: aligned,
  };
}

/** Who came first: publish time; else one article repeating the other whole and adding to it. */
function direction(a: SentenceVectors, b: SentenceVectors, path: readonly { a: number; b: number }[]): { aFirst: boolean; known: boolean; basis: string } {
  const pa = a.doc.article.publishedAt, pb = b.doc.article.publishedAt;
  if (pa && pb && pa !== pb) return { aFirst: pa < pb, known: true, basis: `published ${pa < pb ? pa : pb}, before the other (${pa < pb ? pb : pa})` };
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

function shingleSet(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Max of Jaccard and containment of the smaller shingle set in the larger. */
function shingleOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  // Containment alone would call a one-paragraph brief a copy of any long piece quoting it.
  const containment = small.size >= 30 ? inter / small.size : 0;
  return Math.max(inter / (a.size + b.size - inter), containment);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
