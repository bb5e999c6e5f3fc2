// EDGE: every input the CLI accepts → Articles. Local paths go to files.ts; http(s) URLs are
// fetched (pages and feeds) with the SSRF guard unless the user allows private addresses.
import type { Article } from "../domain/article.js";
import type { InputProblem } from "../domain/report.js";
import { readPaths } from "./files.js";
import { Politeness, readUrl, type WebOptions } from "./web.js";

export interface InputOptions {
  readonly allowPrivate?: boolean;
  readonly log?: (msg: string) => void;
  /** Fetch settings for URLs and feeds (timeouts, limits, already-stored links, DNS). */
  readonly web?: WebOptions;
}

export async function readInputs(inputs: readonly string[], opts: InputOptions = {}): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
  const paths = inputs.filter((i) => !/^https?:\/\//i.test(i));
  const local = await readPaths(paths);
  const articles = [...local.articles];
  const problems = [...local.problems];
  const web: WebOptions = { ...opts.web, allowPrivate: opts.allowPrivate ?? opts.web?.allowPrivate ?? false, ...(opts.log ? { log: opts.log } : {}) };
  const polite = new Politeness(web.politenessMs ?? 1000);
  for (const url of urls) {
    const r = await readUrl(url, web, polite);
    articles.push(...r.articles);
    problems.push(...r.problems);
  }
  return { articles, problems };
}
