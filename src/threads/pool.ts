// A pool of worker threads for pipeline work, so it runs beside the caller's event loop: the
// server analyzes posted articles there (a long analysis never stalls other requests), and a
// store worker annotates and analyzes there while its main thread talks to the database.
import type { Worker } from "node:worker_threads";
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import type { Report } from "../domain/report.js";
import { startThread } from "./thread.js";

/** Work a pool thread does (pool-thread.ts). */
export type Task =
  | { readonly task: "analyze"; readonly articles: readonly Article[]; readonly generatedAt: string }
  | { readonly task: "annotate"; readonly articles: readonly Article[] }
  | { readonly task: "analyze-stored"; readonly articles: readonly Article[]; readonly docs: ReadonlyMap<string, Uint8Array>; readonly generatedAt: string };

/** One annotated article: its grouping features and encoded doc, or why it could not be annotated. */
export type Annotated = { readonly keys: string[]; readonly doc: Uint8Array } | { readonly error: string };

export interface ThreadPool {
  readonly threads: number;
  /** The whole pipeline on these articles. */
  analyze(articles: readonly Article[], generatedAt: string): Promise<Report>;
  /** Annotates each article (annotateForStore), in order. */
  annotate(articles: readonly Article[]): Promise<Annotated[]>;
  /** The stages after annotation, on stored docs (article id → encodeDoc bytes; missing ones are annotated); the report packed for the store (packReport). */
  analyzeStored(articles: readonly Article[], docs: ReadonlyMap<string, Uint8Array>, generatedAt: string): Promise<string>;
  close(): Promise<void>;
}

type Reply = { id: number; result: unknown } | { id: number; error: { input: string; problem: string } | { message: string } };

interface Pending {
  readonly resolve: (r: unknown) => void;
  readonly reject: (e: Error) => void;
}

function startWorker(kbDir: string | undefined): Worker {
  return startThread(import.meta.url, "pool-thread", { workerData: { kbDir } });
}

/** Consecutive thread deaths before the pool stops replacing them and fails every job. */
const MAX_RESTARTS = 3;

/** `threads` workers, each with its own knowledge base; jobs go to the least busy one; a worker that dies is replaced. */
export function threadPool(opts: { threads: number; kbDir?: string }): ThreadPool {
  const pending = new Map<number, Pending>();
  const jobs = new Map<Worker, Set<number>>();
  const workers: Worker[] = [];
  let closing = false;
  let deaths = 0;
  let broken: Error | null = null;
  let next = 0;

  const retire = (w: Worker, e: Error) => {
    if (!jobs.has(w)) return; // "error" is followed by "exit": retire once
    for (const id of jobs.get(w) ?? []) (pending.get(id)?.reject(e), pending.delete(id));
    jobs.delete(w);
    const i = workers.indexOf(w);
    if (i >= 0) workers.splice(i, 1);
    if (closing) return;
    if (++deaths > MAX_RESTARTS) broken = new Error(`analysis threads keep failing: ${e.message}`);
    else workers.push(spawn());
  };
  const spawn = (): Worker => {
    const w = startWorker(opts.kbDir);
    jobs.set(w, new Set());
    w.on("message", (reply: Reply) => {
      deaths = 0;
      jobs.get(w)?.delete(reply.id);
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (!p) return;
      if ("result" in reply) p.resolve(reply.result);
      else p.reject("input" in reply.error ? new InputError(reply.error.input, reply.error.problem) : new Error(reply.error.message));
    });
    w.on("error", (e) => retire(w, e));
    w.on("exit", (code) => retire(w, new Error(`analysis thread exited with code ${code}`)));
    w.unref();
    return w;
  };
  const threads = Math.max(1, opts.threads);
  for (let i = 0; i < threads; i++) workers.push(spawn());

  const submit = <T>(task: Task): Promise<T> => new Promise<T>((resolve, reject) => {
    const worker = workers.reduce<Worker | undefined>((a, b) => (a && (jobs.get(a)?.size ?? 0) <= (jobs.get(b)?.size ?? 0) ? a : b), undefined);
    if (broken || !worker) return reject(broken ?? new Error("the analysis thread pool is closed"));
    const id = next++;
    pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
    jobs.get(worker)?.add(id);
    worker.postMessage({ id, ...task });
  });

  return {
    threads,
    analyze: (articles, generatedAt) => submit<Report>({ task: "analyze", articles, generatedAt }),
    annotate: (articles) => submit<Annotated[]>({ task: "annotate", articles }),
    analyzeStored: (articles, docs, generatedAt) => submit<string>({ task: "analyze-stored", articles, docs, generatedAt }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
