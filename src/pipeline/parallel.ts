// Annotation on several cores: annotate is a pure function of one article, so a pool of worker
// threads can run it side by side; the later stages need all docs and stay on the main thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import type { Report } from "../domain/report.js";
import { analyze, analyzeDocs, dedupe, type AnalyzeOptions } from "./analyze.js";

/** Below this many articles a pool costs more (thread start, model load) than it saves. */
export const PARALLEL_MIN_ARTICLES = 200;

export async function annotateParallel(articles: readonly Article[], threads: number, onProgress?: (done: number, total: number) => void): Promise<Doc[]> {
  const ts = import.meta.url.endsWith(".ts");
  const url = new URL(`./annotate-worker.${ts ? "ts" : "js"}`, import.meta.url);
  const out: Doc[] = new Array(articles.length);
  const batch = 32;
  let next = 0;
  let done = 0;
  // Under tsx (tests, benchmarks) the worker registers the TypeScript loader before loading its body.
  const spawn = () => ts
    ? new Worker(`import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
    : new Worker(url);
  const workers = Array.from({ length: Math.max(1, threads) }, spawn);
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= articles.length) { resolve(); return; }
        const from = next;
        next = Math.min(articles.length, next + batch);
        w.postMessage({ from, articles: articles.slice(from, next) });
      };
      w.on("message", (m: { from: number; docs: Doc[] }) => {
        m.docs.forEach((d, i) => { out[m.from + i] = d; });
        done += m.docs.length;
        onProgress?.(done, articles.length);
        send();
      });
      w.on("error", reject);
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/** analyze(), with annotation spread over the machine's cores for large inputs. */
export async function analyzeParallel(articles: readonly Article[], opts: AnalyzeOptions & { threads?: number }): Promise<Report> {
  const unique = dedupe(articles);
  const threads = opts.threads ?? Math.max(1, availableParallelism());
  if (threads < 2 || unique.length < PARALLEL_MIN_ARTICLES) return analyze(unique, opts);
  const docs = await annotateParallel(unique, threads, opts.onProgress);
  return analyzeDocs(docs, opts);
}
