// Judged findings (eval/judged/<dataset>.jsonl, format in eval/judged/README.md): matching a new
// report's findings to judged ones, and the precision tallies. Pure: no file or pipeline access.
//
// A finding is identified by what it points at, not by how it is worded: dataset, story, type and
// the set of (article source id, evidence text) pairs. Summaries, rule names, severities and
// finding ids change with every rule edit and are deliberately left out of the key. Evidence text
// is compared after whitespace/case/quote folding and clipped to the 300 characters a judgement
// stores. When a rule edit widens or trims a span a little, the exact key misses; a fallback then
// accepts a judged finding of the same dataset/story/type over the same sources whose spans
// overlap (one contains the other, or most of their words are shared), pair by pair.

export type Verdict = "true" | "defensible" | "false";
export type Fold = "tune" | "report";

export interface EvidenceRef {
  /** The article's id in the eval set (its `id` field), not the content-hash article id. */
  readonly source: string;
  readonly text: string;
}

/** What the pipeline found, reduced to what matching and judging need. */
export interface FindingRef {
  readonly dataset: string;
  readonly story: string;
  readonly fold: Fold;
  readonly type: string;
  readonly rule?: string;
  readonly severity: string;
  readonly summary: string;
  readonly evidence: readonly EvidenceRef[];
  /**
   * Single-source findings: the quote's speaker as the claim names it (null = unnamed). A verdict on such a
   * finding judges the attribution too, so it applies only to the same speaker.
   */
  readonly speaker?: string | null;
}

export interface Judged extends FindingRef {
  readonly verdict: Verdict;
  readonly reason: string;
  readonly judgedAt: string;
  /**
   * The verdict judges the summary's wording (a misattributed speaker, a miscounted summary), not only the
   * evidence: it holds only while the summary reads the same; a reworded finding comes back unjudged.
   */
  readonly dependsOnSummary?: boolean;
}

export const MAX_EVIDENCE = 300;
export const VERDICTS: readonly Verdict[] = ["true", "defensible", "false"];

/** Whitespace, case, curly quotes and dashes folded; clipped to the stored length. */
export function foldText(text: string): string {
  return text.slice(0, MAX_EVIDENCE)
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, "\"")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ").trim().toLowerCase();
}

/** The exact key: dataset, story, type and the sorted evidence pairs. */
export function findingKey(f: Pick<FindingRef, "dataset" | "story" | "type" | "evidence">): string {
  const pairs = [...new Set(f.evidence.map((e) => `${e.source}\u0001${foldText(e.text)}`))].sort();
  return [f.dataset, f.story, f.type, ...pairs].join("\u0000");
}

const words = (s: string) => new Set(foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Two spans of one article that are the same evidence after a small edit. */
export function spansAlike(a: string, b: string): boolean {
  const x = foldText(a), y = foldText(b);
  if (x === y) return true;
  if (x.length >= 8 && y.length >= 8 && (x.includes(y) || y.includes(x))) return true;
  const wa = words(a), wb = words(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= 0.7;
}

/** Same sources (as a multiset) and a one-to-one pairing of alike spans. */
export function evidenceAlike(a: readonly EvidenceRef[], b: readonly EvidenceRef[]): boolean {
  if (a.length !== b.length) return false;
  const used = new Set<number>();
  for (const e of a) {
    const k = b.findIndex((o, i) => !used.has(i) && o.source === e.source && spansAlike(e.text, o.text));
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}

export interface JudgedIndex {
  /** key → every judgement of that key, in file order (a later one wins among those that apply). */
  readonly exact: Map<string, Judged[]>;
  /** dataset\0story\0type → judged findings, for the fallback. */
  readonly byStoryType: Map<string, Judged[]>;
}

const speakerOf = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();

/** Two judgements of the same finding: the later replaces the earlier (re-judging appends a line). */
const sameFinding = (a: Judged, b: Judged) => findingKey(a) === findingKey(b) && speakerOf(a.speaker) === speakerOf(b.speaker)
  && (a.speaker === undefined) === (b.speaker === undefined) && !!a.dependsOnSummary === !!b.dependsOnSummary
  && (!a.dependsOnSummary || a.summary === b.summary);

export function indexJudged(judged: readonly Judged[]): JudgedIndex {
  const exact = new Map<string, Judged[]>(), byStoryType = new Map<string, Judged[]>();
  for (const j of judged) {
    const key = findingKey(j);
    exact.set(key, [...(exact.get(key) ?? []).filter((o) => !sameFinding(o, j)), j]);
    const k = [j.dataset, j.story, j.type].join("\u0000");
    byStoryType.set(k, [...(byStoryType.get(k) ?? []).filter((o) => !sameFinding(o, j)), j]);
  }
  return { exact, byStoryType };
}

/** How many distinct findings the index holds judgements for. */
export function judgedCount(index: JudgedIndex): number {
  let n = 0;
  for (const js of index.exact.values()) n += js.length;
  return n;
}

export type Match = { readonly judged: Judged; readonly how: "exact" | "overlap" } | null;

const sameWords = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
/**
 * A judgement about the wording applies only to the same wording; one about an attributed quote only to the
 * same speaker.
 */
const applies = (j: Judged, f: FindingRef) => (!j.dependsOnSummary || sameWords(j.summary, f.summary))
  && (j.speaker === undefined || speakerOf(j.speaker) === speakerOf(f.speaker));

export function matchFinding(f: FindingRef, index: JudgedIndex): Match {
  const hits = (index.exact.get(findingKey(f)) ?? []).filter((j) => applies(j, f));
  if (hits.length) return { judged: hits[hits.length - 1]!, how: "exact" };
  const near = (index.byStoryType.get([f.dataset, f.story, f.type].join("\u0000")) ?? []).filter((j) => applies(j, f) && evidenceAlike(f.evidence, j.evidence));
  // Ambiguous fallbacks (two judged findings alike with different verdicts) stay unjudged.
  if (near.length === 0 || new Set(near.map((j) => j.verdict)).size > 1) return null;
  return { judged: near[near.length - 1]!, how: "overlap" };
}

export interface Counts { true: number; defensible: number; false: number; unjudged: number }
export const emptyCounts = (): Counts => ({ true: 0, defensible: 0, false: 0, unjudged: 0 });

export function judgedTotal(c: Counts): number {
  return c.true + c.defensible + c.false;
}

/** (true + defensible) / judged, and true / judged; null when nothing is judged. */
export function precision(c: Counts): { ok: number | null; trueOnly: number | null } {
  const n = judgedTotal(c);
  return n === 0 ? { ok: null, trueOnly: null } : { ok: (c.true + c.defensible) / n, trueOnly: c.true / n };
}

export function tally(findings: readonly FindingRef[], index: JudgedIndex, by: (f: FindingRef) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const f of findings) {
    const k = by(f);
    const c = out.get(k) ?? emptyCounts();
    const m = matchFinding(f, index);
    if (m) c[m.judged.verdict]++; else c.unjudged++;
    out.set(k, c);
  }
  return out;
}

export function parseJudged(line: string, where: string): Judged {
  const j = JSON.parse(line) as Judged;
  const bad = (why: string) => new Error(`${where}: ${why}`);
  if (!VERDICTS.includes(j.verdict)) throw bad(`verdict must be one of ${VERDICTS.join(", ")}`);
  if (j.fold !== "tune" && j.fold !== "report") throw bad("fold must be tune or report");
  if (!j.dataset || !j.story || !j.type || !Array.isArray(j.evidence) || j.evidence.length === 0) throw bad("dataset, story, type and evidence are required");
  for (const e of j.evidence) if (typeof e.source !== "string" || typeof e.text !== "string" || e.text.length > MAX_EVIDENCE) throw bad(`evidence needs source and text of at most ${MAX_EVIDENCE} characters`);
  if (typeof j.reason !== "string" || j.reason.trim() === "") throw bad("reason is required");
  if (j.dependsOnSummary !== undefined && typeof j.dependsOnSummary !== "boolean") throw bad("dependsOnSummary must be true or false");
  return j;
}
