// Worker-thread entry for the pool (pool.ts): runs pipeline work off the caller's event loop.
// Loads its own knowledge base once; answers each {id, task, …} with {id, result} or {id, error}.
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../domain/errors.js";
import type { Kb } from "../domain/kb.js";
import { loadKb } from "../kb/load.js";
import { packReport } from "../store/report-pack.js";
import { analyze, analyzeDocs } from "../pipeline/analyze.js";
import type { Task } from "./pool.js";
import { annotateForStore, docsOf } from "../store/stored-docs.js";

const { kbDir } = (workerData ?? {}) as { kbDir?: string };
let kb: Kb | null = null;
const knowledge = () => (kb ??= loadKb(kbDir !== undefined ? { dir: kbDir } : {}));
knowledge();

function run(task: Task): unknown {
  switch (task.task) {
    case "analyze":
      return analyze(task.articles, { kb: knowledge(), generatedAt: task.generatedAt });
    case "annotate":
      return task.articles.map((a) => {
        try {
          return annotateForStore(a);
        } catch (e) {
          return { error: (e as Error)?.message ?? String(e) };
        }
      });
    case "analyze-stored":
      return packReport(analyzeDocs(docsOf(task.articles, task.docs), { kb: knowledge(), generatedAt: task.generatedAt }));
  }
}

parentPort?.on("message", (job: Task & { id: number }) => {
  try {
    parentPort?.postMessage({ id: job.id, result: run(job) });
  } catch (e) {
    const err = e as Error;
    parentPort?.postMessage({ id: job.id, error: e instanceof InputError ? { input: e.input, problem: e.problem } : { message: err?.message ?? String(e) } });
  }
});
