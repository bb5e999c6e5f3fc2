// `triangulate worker`: processes the store's job queue. `assign` jobs annotate one article and
// put it in a story (incrementally, under the store's lock); `analyze` jobs re-run the per-story
// stages and keep the story's report. Several workers (processes or machines) can share one
// PostgreSQL server; `ingest` runs the same loop in-process to drain what it queued.
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { annotate } from "../../annotate/annotate.js";
import type { Kb } from "../../domain/kb.js";
import { loadKb } from "../../kb/load.js";
import { analyze } from "../../pipeline/analyze.js";
import { openStore } from "../../store/open.js";
import type { Job, JobSpec, Store } from "../../store/store.js";
import { EXIT, UsageError, type Command } from "../io.js";

export const assignJob = (articleId: string): JobSpec => ({ kind: "assign", key: `assign:${articleId}`, payload: { articleId } });
/** Debounced: a story still receiving articles is analyzed once it has been quiet for a second. */
export const analyzeJob = (storyId: string): JobSpec => ({ kind: "analyze", key: `analyze:${storyId}`, payload: { storyId }, requeue: true, delayMs: 1000 });

export interface WorkOptions {
  readonly workerId?: string;
  /** Jobs claimed at a time. */
  readonly concurrency?: number;
  readonly leaseMs?: number;
  /** Skip `analyze` jobs (leave them queued for workers). */
  readonly assignOnly?: boolean;
  readonly now: () => Date;
  readonly log?: (msg: string) => void;
  readonly kb?: Kb;
  /** How long to wait for delayed or others' running jobs before returning (default 5 s). */
  readonly idleMs?: number;
  /** Stop after this many jobs (benchmarks). */
  readonly maxJobs?: number;
  /** Stop when this returns true (signals). */
  readonly stopped?: () => boolean;
}

export interface WorkResult { done: number; failed: number }

/** Processes jobs until the queue has none ready; returns how many were done and failed. */
export async function drainQueue(store: Store, opts: WorkOptions): Promise<WorkResult> {
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let kb = opts.kb;
  const result = { done: 0, failed: 0 };
  let idle = 0;
  while (!opts.stopped?.() && result.done + result.failed < (opts.maxJobs ?? Infinity)) {
    const jobs = await store.claim(workerId, { limit: Math.min(opts.concurrency ?? 8, (opts.maxJobs ?? Infinity) - result.done - result.failed), ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}) });
    if (jobs.length === 0) {
      if (idle >= (opts.idleMs ?? 5000) || (await store.counts()).queued === 0) break;
      await new Promise((r) => setTimeout(r, 250));
      idle += 250;
      continue;
    }
    idle = 0;
    for (const job of jobs) {
      try {
        await runJob(store, job, opts, () => (kb ??= loadKb()));
        if (await store.complete(job, workerId)) result.done++;
      } catch (e) {
        result.failed++;
        const msg = (e as Error)?.message ?? String(e);
        opts.log?.(`job ${job.key} failed (attempt ${job.attempts}): ${msg}`);
        await store.fail(job, workerId, msg);
      }
    }
  }
  return result;
}

async function runJob(store: Store, job: Job, opts: WorkOptions, kb: () => Kb): Promise<void> {
  switch (job.kind) {
    case "assign": {
      const article = await store.getArticle(String(job.payload["articleId"]));
      if (!article) return;
      const keys = annotate(article).entities.map((e) => e.key);
      const r = await store.saveStoryAssignment({ articleId: article.id, title: article.title, keys });
      if (r.created && !opts.assignOnly) await store.enqueue([analyzeJob(r.storyId)]);
      return;
    }
    case "analyze": {
      const found = await store.getStory(String(job.payload["storyId"]));
      if (!found) return;
      const report = analyze(found.articles, { kb: kb(), generatedAt: opts.now().toISOString() });
      await store.saveStoryReport(found.story.id, report, found.story.updatedAt);
      return;
    }
    default:
      throw new Error(`unknown job kind "${job.kind}"; this worker is older than the one that queued it`);
  }
}

export const workerCommand: Command = {
  name: "worker",
  summary: "process queued jobs (story assignment, story analysis); run several to scale out",
  usage: `triangulate worker [--once] [--concurrency N] [--poll S] [--db PATH]

  Claims jobs from the store's queue (DATABASE_URL: a PostgreSQL server shared by any number
  of workers on any number of machines; else the --db folder). A worker killed mid-job loses
  its lease and the job is retried by another.
  --once           exit when the queue is empty
  --concurrency N  jobs claimed at a time (default 8)
  --poll S         seconds between polls when idle (default 2)`,
  async run(args, io) {
    const { values } = parse(args);
    const concurrency = positiveInt(values.concurrency ?? "8", "--concurrency");
    const poll = Number(values.poll ?? "2");
    if (!(poll > 0)) throw new UsageError(`--poll must be a positive number of seconds, not "${values.poll}"`);
    const store = await openStore({ db: values.db, env: io.env, cwd: io.cwd });
    let stop = false;
    const onSignal = () => { stop = true; };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const total = { done: 0, failed: 0 };
      for (;;) {
        const r = await drainQueue(store, { concurrency, now: io.now, log: (m) => io.stderr(`triangulate worker: ${m}\n`), stopped: () => stop });
        total.done += r.done;
        total.failed += r.failed;
        if (values.once || stop) break;
        await new Promise((res) => setTimeout(res, poll * 1000));
      }
      const c = await store.counts();
      io.stderr(`triangulate worker: ${total.done} jobs done, ${total.failed} failed; ${c.queued} still queued\n`);
      return total.failed > 0 && values.once ? EXIT.internal : EXIT.ok;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await store.close();
    }
  },
};

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args], allowPositionals: false, strict: true,
      options: { once: { type: "boolean" }, concurrency: { type: "string" }, poll: { type: "string" }, db: { type: "string" } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function positiveInt(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number, not "${s}"`);
  return n;
}
