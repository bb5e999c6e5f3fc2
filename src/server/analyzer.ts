// How the API runs the pipeline: in-process (tests, the default), or on a pool of worker threads
// (threads/pool.ts) so a long analysis never stalls the other requests the server is answering.
import type { Article } from "../domain/article.js";
import type { Kb } from "../domain/kb.js";
import type { Report } from "../domain/report.js";
import { analyze } from "../pipeline/analyze.js";

export type Analyzer = (articles: readonly Article[], generatedAt: string) => Promise<Report>;

export function inProcessAnalyzer(kb: Kb): Analyzer {
  return async (articles, generatedAt) => analyze(articles, { kb, generatedAt });
}
