// Starting a worker thread from a module beside the caller: from dist/ the compiled .js loads
// directly; from the .ts sources (tests, tsx, benchmarks) the thread registers tsx's loader first.
import { Worker, type WorkerOptions } from "node:worker_threads";

/** A worker running module `name` (without extension) from the folder of `callerUrl` (its import.meta.url). */
export function startThread(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
