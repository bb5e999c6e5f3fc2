// Worker-thread entry: runs the pipeline off the server's event loop. Loads its own knowledge
// base once; answers each {id, articles, generatedAt} with {id, report} or {id, error}.
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import { loadKb } from "../kb/load.js";
import { analyze } from "../pipeline/analyze.js";

interface Job {
  readonly id: number;
  readonly articles: readonly Article[];
  readonly generatedAt: string;
}

const { kbDir } = (workerData ?? {}) as { kbDir?: string };
const kb = loadKb(kbDir !== undefined ? { dir: kbDir } : {});

parentPort?.on("message", (job: Job) => {
  try {
    parentPort?.postMessage({ id: job.id, report: analyze(job.articles, { kb, generatedAt: job.generatedAt }) });
  } catch (e) {
    const err = e as Error;
    parentPort?.postMessage({ id: job.id, error: e instanceof InputError ? { input: e.input, problem: e.problem } : { message: err?.message ?? String(e) } });
  }
});
