// EDGE: every input the CLI accepts → Articles. Local paths go to files.ts; http(s) URLs are
// fetched (pages and feeds) with the SSRF guard unless the user allows private addresses.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Article } from "../domain/article.js";
import type { InputProblem } from "../domain/report.js";
import { MISSING_PATH, readPaths } from "./files.js";
import type { WebOptions } from "./web.js";

export interface InputOptions {
  readonly allowPrivate?: boolean;
  readonly log?: (msg: string) => void;
  /** Fetch settings for URLs and feeds (timeouts, limits, already-stored links, DNS). */
  readonly web?: WebOptions;
}

const OTHER_SCHEME = "only http(s) URLs can be fetched; save the document and pass the file";

/** "file:", "ftp:", "javascript:", "data:" … (a Windows drive letter is a path, http(s) a URL). */
function otherScheme(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(input) && !/^https?:\/\//i.test(input) && !/^[a-z]:[\\/]/i.test(input);
}

/** An input as the user gave it, with a local path made absolute against `cwd`; URLs and other schemes stay as written. */
export function resolveInput(input: string, cwd: string): string {
  return /^https?:\/\//i.test(input) || otherScheme(input) ? input : resolve(cwd, input);
}

/**
 * What can be told about inputs without reading them: schemes that are never fetched and paths
 * that do not exist. A command that finds every input refused stops before touching a store.
 */
export function refusedInputs(inputs: readonly string[]): InputProblem[] {
  const out: InputProblem[] = [];
  for (const i of inputs) {
    if (otherScheme(i)) out.push({ input: i, message: OTHER_SCHEME });
    else if (!/^https?:\/\//i.test(i) && !existsSync(i)) out.push({ input: i, message: MISSING_PATH });
  }
  return out;
}

export async function readInputs(inputs: readonly string[], opts: InputOptions = {}): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  // Other schemes are refused by name, never read as paths or fetched.
  const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
  const paths = inputs.filter((i) => !/^https?:\/\//i.test(i) && !otherScheme(i));
  const local = await readPaths(paths);
  const articles = [...local.articles];
  const problems = [...inputs.filter(otherScheme).map((i) => ({ input: i, message: OTHER_SCHEME })), ...local.problems];
  if (urls.length === 0) return { articles, problems };
  // The HTTP client, the page and feed readers (~0.5 s to load) only for URLs.
  const { Politeness, readUrl } = await import("./web.js");
  const web: WebOptions = { ...opts.web, allowPrivate: opts.allowPrivate ?? opts.web?.allowPrivate ?? false, ...(opts.log ? { log: opts.log } : {}) };
  const polite = new Politeness(web.politenessMs ?? 1000);
  for (const url of urls) {
    const r = await readUrl(url, web, polite);
    articles.push(...r.articles);
    problems.push(...r.problems);
  }
  return { articles, problems };
}
