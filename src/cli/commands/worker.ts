// `triangulate worker`: processes the store's job queue. `assign` jobs annotate articles and put
// them in stories (incrementally, a batch at a time under the store's lock); `analyze` jobs re-run the per-story
// stages and keep the story's report. Several workers (processes or machines) can share one
// PostgreSQL server; `ingest` runs the same loop in-process to drain what it queued.
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { annotate } from "../../annotate/annotate.js";
import { annotatorVersion, encodeDoc } from "../../annotate/persist.js";
import type { Kb } from "../../domain/kb.js";
import { loadKb } from "../../kb/load.js";
import { analyzeDocs } from "../../pipeline/analyze.js";
import { storedDocs } from "../../pipeline/stored.js";
import { openStore } from "../../store/open.js";
import type { AnnotatedArticle, Job, JobSpec, Store } from "../../store/store.js";
import { EXIT, UsageError, type Command } from "../io.js";

export const assignJob = (articleId: string): JobSpec => ({ kind: "assign", key: `assign:${articleId}`, payload: { articleId } });
/** Debounced: a story still receiving articles is analyzed once it has been quiet for a second. */
export const analyzeJob = (storyId: string): JobSpec => ({ kind: "analyze", key: `analyze:${storyId}`, payload: { storyId }, requeue: true, delayMs: 1000 });

export interface WorkOptions {
  readonly workerId?: string;
  /** Story-assignment jobs claimed, annotated and stored at a time (default 32). */
  readonly concurrency?: number;
  readonly leaseMs?: number;
  /** Run only story-assignment jobs; story analyses are still queued, for other workers. */
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
  /** Adds each phase's milliseconds (claim, load, annotate, save, complete, assign, analyze and its parts) to this map (benchmarks). */
  readonly timings?: Map<string, number>;
}

export interface WorkResult { done: number; failed: number }

/**
 * Processes jobs until the queue has none ready; returns how many were done and failed.
 * Assignment jobs go in batches: claim many, load their texts in one query, annotate them with
 * no lock held, then store the whole batch's story assignments in one short locked transaction.
 * Other jobs (story analysis, which is long) are claimed one at a time so workers share them.
 */
export async function drainQueue(store: Store, opts: WorkOptions): Promise<WorkResult> {
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let kb = opts.kb;
  const result = { done: 0, failed: 0 };
  const lease = opts.leaseMs ? { leaseMs: opts.leaseMs } : {};
  const time = timer(opts.timings);
  let idle = 0;
  while (!opts.stopped?.() && result.done + result.failed < (opts.maxJobs ?? Infinity)) {
    const room = (opts.maxJobs ?? Infinity) - result.done - result.failed;
    let jobs = await time("claim", () => store.claim(workerId, { limit: Math.min(opts.concurrency ?? 32, room), kind: "assign", ...lease }));
    if (jobs.length === 0 && !opts.assignOnly) jobs = await time("claim", () => store.claim(workerId, { limit: 1, ...lease }));
    if (jobs.length === 0) {
      // Articles another worker annotated but left unassigned (it found the lock taken) are assigned here.
      if ((await time("assign", () => store.assignPending({ wait: true, jobs: (s) => [analyzeJob(s)] }))).assigned > 0) continue;
      if (idle >= (opts.idleMs ?? 5000) || opts.assignOnly || (await store.counts()).queued === 0) break;
      await new Promise((r) => setTimeout(r, 250));
      idle += 250;
      continue;
    }
    idle = 0;
    const fail = async (job: Job, e: unknown) => {
      result.failed++;
      const msg = (e as Error)?.message ?? String(e);
      opts.log?.(`job ${job.key} failed (attempt ${job.attempts}): ${msg}`);
      await store.fail(job, workerId, msg);
    };
    const assigns = jobs.filter((j) => j.kind === "assign");
    if (assigns.length > 0) {
      const { ok, failed } = await assignAll(store, assigns, workerId, opts, time);
      for (const [job, e] of failed) await fail(job, e);
      result.done += ok.length;
    }
    for (const job of jobs.filter((j) => j.kind !== "assign")) {
      try {
        await time(job.kind, () => runJob(store, job, opts, () => (kb ??= loadKb()), time));
        if (await store.complete(job, workerId)) result.done++;
      } catch (e) {
        await fail(job, e);
      }
    }
  }
  return result;
}

type Timer = <T>(phase: string, fn: () => T | Promise<T>) => Promise<T>;

function timer(into: Map<string, number> | undefined): Timer {
  return async (phase, fn) => {
    if (!into) return fn();
    const t = performance.now();
    try {
      return await fn();
    } finally {
      into.set(phase, (into.get(phase) ?? 0) + performance.now() - t);
    }
  };
}

/**
 * Annotates a batch and keeps the docs, completes the jobs, then assigns what is pending in queue
 * order if no other worker is doing so. A job whose article fails to annotate fails alone; a
 * failed store write fails the batch.
 */
async function assignAll(store: Store, jobs: readonly Job[], workerId: string, opts: WorkOptions, time: Timer): Promise<{ ok: Job[]; failed: [Job, unknown][] }> {
  const failed: [Job, unknown][] = [];
  try {
    const articles = new Map((await time("load", () => store.getArticles(jobs.map((j) => String(j.payload["articleId"]))))).map((a) => [a.id, a]));
    const ok: Job[] = [];
    const batch: AnnotatedArticle[] = [];
    const annotator = annotatorVersion();
    await time("annotate", () => {
      for (const job of jobs) {
        const article = articles.get(String(job.payload["articleId"]));
        try {
          if (article) {
            const doc = annotate(article);
            batch.push({ jobId: job.id, articleId: article.id, title: article.title, keys: doc.entities.map((e) => e.key), annotator, doc: encodeDoc(doc) });
          }
          ok.push(job);
        } catch (e) {
          failed.push([job, e]);
        }
      }
    });
    await time("save", () => store.saveAnnotated(batch));
    const done = await time("complete", () => store.completeAll(ok, workerId));
    await time("assign", () => store.assignPending({ jobs: (s) => [analyzeJob(s)] }));
    return { ok: ok.filter((j) => done.has(j.id)), failed };
  } catch (e) {
    const seen = new Set(failed.map(([j]) => j));
    return { ok: [], failed: [...failed, ...jobs.filter((j) => !seen.has(j)).map((j): [Job, unknown] => [j, e])] };
  }
}

/** A job other than `assign` (those go in batches through assignAll). */
async function runJob(store: Store, job: Job, opts: WorkOptions, kb: () => Kb, time: Timer): Promise<void> {
  switch (job.kind) {
    case "analyze": {
      const found = await time("analyze: load", () => store.getStory(String(job.payload["storyId"])));
      if (!found) return;
      const docs = await time("analyze: docs", () => storedDocs(store, found.articles));
      const report = await time("analyze: stages", () => analyzeDocs(docs, { kb: kb(), generatedAt: opts.now().toISOString() }));
      await time("analyze: save", () => store.saveStoryReport(found.story.id, report, found.story.updatedAt));
      return;
    }
    default:
      throw new Error(`unknown job kind "${job.kind}"; this worker is older than the one that queued it`);
  }
}

export const workerCommand: Command = {
  name: "worker",
  summary: "process queued jobs (story assignment, story analysis); run several to scale out",
  usage: `triangulate worker [--once] [--assign-only] [--concurrency N] [--poll S] [--db PATH]

  Claims jobs from the store's queue (DATABASE_URL: a PostgreSQL server shared by any number
  of workers on any number of machines; else the --db folder). A worker killed mid-job loses
  its lease and the job is retried by another.
  --once           exit when the queue is empty
  --assign-only    only put articles in stories; leave story analyses to other workers
  --concurrency N  story-assignment jobs claimed and stored at a time (default 32)
  --poll S         seconds between polls when idle (default 2)`,
  async run(args, io) {
    const { values } = parse(args);
    const concurrency = positiveInt(values.concurrency ?? "32", "--concurrency");
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
        const r = await drainQueue(store, { concurrency, assignOnly: values["assign-only"] === true, now: io.now, log: (m) => io.stderr(`triangulate worker: ${m}\n`), stopped: () => stop });
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
      options: { once: { type: "boolean" }, "assign-only": { type: "boolean" }, concurrency: { type: "string" }, poll: { type: "string" }, db: { type: "string" } },
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
