// How the API runs the pipeline: in-process (tests, the default), or on a pool of worker threads
// so a long analysis never stalls the other requests the server is answering.
import type { Worker } from "node:worker_threads";
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import type { Kb } from "../domain/kb.js";
import type { Report } from "../domain/report.js";
import { analyze } from "../pipeline/analyze.js";
import { startThread } from "../pipeline/thread.js";

export type Analyzer = (articles: readonly Article[], generatedAt: string) => Promise<Report>;

export function inProcessAnalyzer(kb: Kb): Analyzer {
  return async (articles, generatedAt) => analyze(articles, { kb, generatedAt });
}

export interface ThreadPool {
  readonly analyze: Analyzer;
  close(): Promise<void>;
}

type Reply = { id: number; report: Report } | { id: number; error: { input: string; problem: string } | { message: string } };

interface Pending {
  readonly resolve: (r: Report) => void;
  readonly reject: (e: Error) => void;
}

function startWorker(kbDir: string | undefined): Worker {
  return startThread(import.meta.url, "analyze-thread", { workerData: { kbDir } });
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
      if ("report" in reply) p.resolve(reply.report);
      else p.reject("input" in reply.error ? new InputError(reply.error.input, reply.error.problem) : new Error(reply.error.message));
    });
    w.on("error", (e) => retire(w, e));
    w.on("exit", (code) => retire(w, new Error(`analysis thread exited with code ${code}`)));
    w.unref();
    return w;
  };
  for (let i = 0; i < Math.max(1, opts.threads); i++) workers.push(spawn());

  return {
    analyze: (articles, generatedAt) => new Promise<Report>((resolve, reject) => {
      const worker = workers.reduce<Worker | undefined>((a, b) => (a && (jobs.get(a)?.size ?? 0) <= (jobs.get(b)?.size ?? 0) ? a : b), undefined);
      if (broken || !worker) return reject(broken ?? new Error("the analysis thread pool is closed"));
      const id = next++;
      pending.set(id, { resolve, reject });
      jobs.get(worker)?.add(id);
      worker.postMessage({ id, articles, generatedAt });
    }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
