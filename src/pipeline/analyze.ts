// analyze: the order of the stages, and nothing else.
// articles → annotate → stories → (per story) provenance, claims, time frame, crosscheck, signals → report.
import type { Article } from "../domain/article.js";
import type { Claim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import type { Kb } from "../domain/kb.js";
import type { InputProblem, Report } from "../domain/report.js";
import { annotate } from "../annotate/annotate.js";
import { extractClaims } from "../claims/extract.js";
import { crosscheck } from "../crosscheck/index.js";
import { inferTimeframe } from "../kb/timeframe.js";
import { findProvenance } from "../provenance/derive.js";
import { buildReport, type StoryParts } from "../report/build.js";
import { signals } from "../signals/index.js";
import { clusterStories } from "../stories/cluster.js";

export interface AnalyzeOptions {
  readonly kb: Kb;
  /** When the report is generated (the edge passes the clock in; stages never read it). */
  readonly generatedAt: string;
  readonly problems?: readonly InputProblem[];
  /** Called after each article is annotated (progress bars). */
  readonly onProgress?: (done: number, total: number) => void;
}

export function analyze(articles: readonly Article[], opts: AnalyzeOptions): Report {
  const unique = dedupe(articles);
  const docs: Doc[] = [];
  for (const a of unique) {
    docs.push(annotate(a));
    opts.onProgress?.(docs.length, unique.length);
  }
  return analyzeDocs(docs, opts);
}

/** The stages after annotation, for callers that annotate elsewhere (worker threads, a store). */
export function analyzeDocs(docs: readonly Doc[], opts: AnalyzeOptions): Report {
  const unique = docs.map((d) => d.article);
  const stories: StoryParts[] = clusterStories(docs).map((group) => ({ group, ...analyzeStory(group.docs, opts.kb) }));
  return buildReport(unique, stories, opts.generatedAt, opts.problems ?? []);
}

/** The per-story stages: provenance, claims, time frame, crosscheck, signals. */
export function analyzeStory(docs: readonly Doc[], kb: Kb): Omit<StoryParts, "group"> {
  const { derivations, findings: derivationFindings } = findProvenance(docs);
  const claims: Claim[] = docs.flatMap(extractClaims);
  const timeframe = inferTimeframe(docs, claims, kb);
  const ctx = { docs, claims, derivations, timeframe, kb };
  const signalled = signals(docs);
  return {
    claims, timeframe, derivations, sourcing: signalled.sourcing,
    findings: [...derivationFindings, ...crosscheck(ctx), ...signalled.findings],
  };
}

/** The same article twice (same id = same normalized text) is one article; the first occurrence wins. */
export function dedupe(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}
