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
  // "file:", "ftp:", "javascript:", "data:" … are refused by name, never read as paths or fetched.
  const otherScheme = (i: string) => /^[a-z][a-z0-9+.-]*:/i.test(i) && !/^https?:\/\//i.test(i) && !/^[a-z]:[\\/]/i.test(i);
  const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
  const paths = inputs.filter((i) => !/^https?:\/\//i.test(i) && !otherScheme(i));
  const local = await readPaths(paths);
  const articles = [...local.articles];
  const problems = [...inputs.filter(otherScheme).map((i) => ({ input: i, message: "only http(s) URLs can be fetched; save the document and pass the file" })), ...local.problems];
  const web: WebOptions = { ...opts.web, allowPrivate: opts.allowPrivate ?? opts.web?.allowPrivate ?? false, ...(opts.log ? { log: opts.log } : {}) };
  const polite = new Politeness(web.politenessMs ?? 1000);
  for (const url of urls) {
    const r = await readUrl(url, web, polite);
    articles.push(...r.articles);
    problems.push(...r.problems);
  }
  return { articles, problems };
}
