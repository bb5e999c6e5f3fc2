// `triangulate worker`: processes the store's job queue. `assign` jobs annotate articles and put
// them in stories (incrementally, a batch at a time under the store's lock); `analyze` jobs re-run the per-story
// stages and keep the story's report. Several workers (processes or machines) can share one
// PostgreSQL server; `ingest` runs the same loop in-process to drain what it queued.
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { annotatorVersion } from "../../annotate/persist.js";
import type { Article } from "../../domain/article.js";
import type { Report } from "../../domain/report.js";
import type { Kb } from "../../domain/kb.js";
import { loadKb } from "../../kb/load.js";
import { analyzeDocs } from "../../pipeline/analyze.js";
import { threadPool, type Annotated, type ThreadPool } from "../../threads/pool.js";
import { annotateForStore, storedDocs } from "../../store/stored-docs.js";
import { openForWriting } from "../served.js";
import { isConnectionLoss } from "../../store/postgres.js";
import { isDiskFull } from "../../domain/errors.js";
import { LEASE_MS } from "../../store/queue.js";
import { PackedReport } from "../../store/report-pack.js";
import type { AnnotatedArticle, Job, JobQueue, JobSpec, Store, StoryFacts, StoryStore } from "../../store/store.js";
import { EXIT, intOption, secondsOption, UsageError, type Command } from "../io.js";
import { DEFAULT_WINDOW_DAYS } from "../../store/grouping.js";

/**
 * `--window DAYS`: a story closes to new articles once its latest article is this many days older
 * than theirs (store/grouping.ts); 0: never. Give every process of a store the same value.
 */
export function windowOption(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_WINDOW_DAYS;
  const n = intOption("--window", raw, DEFAULT_WINDOW_DAYS, 0, 100_000);
  return n === 0 ? Infinity : n;
}

export const WINDOW_USAGE = `--window DAYS    a story whose latest article is more than DAYS older than a new article is
                   closed to it, unless the new one names the story's day or its rarely named
                   people (default ${DEFAULT_WINDOW_DAYS}; 0: never closed); use one value for every process of a store`;

export const assignJob = (articleId: string): JobSpec => ({ kind: "assign", key: `assign:${articleId}`, payload: { articleId } });

/** Milliseconds of quiet a story waits per article before it is analyzed again (about 20 times the analysis's own cost). */
const REANALYSIS_MS_PER_ARTICLE = 50;
/** At most this long between analyses of a story that keeps growing. */
const MAX_REANALYSIS_GAP_MS = 10 * 60_000;

/** How often a story that keeps growing is analyzed again (worker --reanalyze-every / --reanalyze-after). */
export interface Reanalysis {
  /** New articles a story gains before it is analyzed again (default 1). */
  readonly everyArticles: number;
  /** Milliseconds after its last analysis before it is analyzed again; null: 50 ms an article, at most 10 minutes. */
  readonly afterMs: number | null;
}

export const DEFAULT_REANALYSIS: Reanalysis = { everyArticles: 1, afterMs: null };

/**
 * Debounced: a story still receiving articles is analyzed once it has been quiet for a second.
 * A story analyzed before is analyzed again once it has gained `everyArticles` new articles and
 * `afterMs` have passed since that analysis, whichever comes later; by default it waits about 20
 * times what analyzing it costs (50 ms an article, at most 10 minutes), so a large story that
 * keeps growing is not analyzed over and over (which would cost the square of its size). A story
 * that stops growing short of `everyArticles` new articles still gets its analysis, after 10
 * minutes or `afterMs`, whichever is longer: no article stays out of its report for good.
 */
export function analyzeJob(storyId: string, story?: StoryFacts, policy: Reanalysis = DEFAULT_REANALYSIS): JobSpec {
  let wait = 0;
  if (story?.reportAgeMs != null) {
    const after = policy.afterMs ?? Math.min(MAX_REANALYSIS_GAP_MS, REANALYSIS_MS_PER_ARTICLE * story.articles);
    const short = story.newArticles !== null && story.newArticles < policy.everyArticles;
    wait = (short ? Math.max(after, MAX_REANALYSIS_GAP_MS) : after) - story.reportAgeMs;
  }
  return { kind: "analyze", key: `analyze:${storyId}`, payload: { storyId }, requeue: true, delayMs: Math.max(1000, Math.round(wait)) };
}

export interface WorkOptions {
  readonly workerId?: string;
  /** Story-assignment jobs claimed, annotated and stored at a time (default 32). */
  readonly concurrency?: number;
  /** A claimed job's lease; renewed every third of it while the job runs (default 30 s). */
  readonly leaseMs?: number;
  /** Run only story-assignment jobs; story analyses are still queued, for other workers. */
  readonly assignOnly?: boolean;
  readonly now: () => Date;
  readonly log?: (msg: string) => void;
  readonly kb?: Kb;
  /** How long to wait for delayed or others' running jobs before returning (default 5 s). */
  readonly idleMs?: number;
  /** Annotate and analyze on these threads (lanes = threads + 1 run at once); by default on this one. */
  readonly pool?: ThreadPool;
  /** Adds the jobs done and failed to this, also when the run ends in an error. */
  readonly tally?: { done: number; failed: number };
  /** How often a growing story is analyzed again (default DEFAULT_REANALYSIS). */
  readonly reanalysis?: Reanalysis;
  /** Days a story stays open after its latest article (`--window`; default DEFAULT_WINDOW_DAYS, Infinity: never closed). */
  readonly windowDays?: number;
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
  const result = { done: 0, failed: 0, claimed: 0 };
  const shared = { kb: opts.kb, time: timer(opts.timings), result };
  // With a thread pool, one lane more than threads: while the threads compute, a lane talks to the store.
  const lanes = opts.pool ? opts.pool.threads + 1 : 1;
  try {
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(store, lanes === 1 ? workerId : `${workerId}/${i}`, opts, shared)));
  } finally {
    // Counted even when the run ends in an error (a lost database): the work done before it stays done.
    if (opts.tally) { opts.tally.done += result.done; opts.tally.failed += result.failed; }
  }
  return { done: result.done, failed: result.failed };
}

interface Shared {
  kb: Kb | undefined;
  readonly time: Timer;
  /** Jobs done and failed by every lane, and claimed but not yet finished. */
  readonly result: { done: number; failed: number; claimed: number };
}

async function lane(store: Store, workerId: string, opts: WorkOptions, shared: Shared): Promise<void> {
  const { result, time } = shared;
  const leaseMs = opts.leaseMs ?? LEASE_MS;
  const lease = { leaseMs };
  const room = () => (opts.maxJobs ?? Infinity) - result.done - result.failed - result.claimed;
  let idle = 0;
  while (!opts.stopped?.() && room() > 0) {
    let jobs = await time("claim", () => store.claim(workerId, { limit: Math.min(opts.concurrency ?? 32, room()), kind: "assign", ...lease }));
    if (jobs.length === 0 && !opts.assignOnly) jobs = await time("claim", () => store.claim(workerId, { limit: 1, ...lease }));
    if (jobs.length === 0) {
      // Articles another worker annotated but left unassigned (it found the lock taken) are assigned here.
      const waiting = await assignWaiting(store, opts, time);
      if (waiting.assigned > 0) continue;
      if (waiting.busy) {
        // Another worker holds the story lock and places what is pending, batch after batch. Waiting
        // for the lock would take it at the holder's next batch and hand it back and forth (each
        // holder re-reading the counts the other changed) while this worker could run analyses
        // coming due; it looks again shortly instead, and places what is left once the lock is free.
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      if (idle >= (opts.idleMs ?? 5000) || opts.assignOnly || (await store.counts()).queued === 0) break;
      await new Promise((r) => setTimeout(r, 250));
      idle += 250;
      continue;
    }
    idle = 0;
    result.claimed += jobs.length;
    const stopRenewing = renewWhileHeld(store, jobs, workerId, leaseMs);
    const fail = async (job: Job, e: unknown) => {
      // A full disk or a lost database fails every job alike, through no fault of the job: the run ends
      // (the jobs come back when their lease ends, at once on the embedded store; a worker on a server
      // hands them back when it reconnects) rather than marking each one failed.
      if (isDiskFull(e) || isConnectionLoss(e)) throw e;
      result.failed++;
      const msg = (e as Error)?.message ?? String(e);
      opts.log?.(`job ${job.key} failed (attempt ${job.attempts}): ${msg}`);
      await store.fail(job, workerId, msg);
    };
    try {
      const assigns = jobs.filter((j) => j.kind === "assign");
      if (assigns.length > 0) {
        const { ok, failed } = await assignAll(store, assigns, workerId, opts, time);
        for (const [job, e] of failed) await fail(job, e);
        result.done += ok.length;
      }
      for (const job of jobs.filter((j) => j.kind !== "assign")) {
        try {
          await time(job.kind, () => runJob(store, job, opts, () => (shared.kb ??= loadKb()), time));
          if (await store.complete(job, workerId)) result.done++;
        } catch (e) {
          await fail(job, e);
        }
      }
    } finally {
      stopRenewing();
      result.claimed -= jobs.length;
    }
  }
}

/**
 * Renews the leases of the jobs a lane holds every third of a lease while it works on them, so a
 * live worker keeps a slow job and a dead one's jobs come back within one lease. The timer runs on
 * this thread: a worker stalled longer than a lease loses its jobs to others (handlers are
 * idempotent). A failed renewal (the database went away) is left to the outage handling.
 */
function renewWhileHeld(store: JobQueue, jobs: readonly Job[], workerId: string, leaseMs: number): () => void {
  const ids = jobs.map((j) => j.id);
  let inFlight = false;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = true;
    store.renew(ids, workerId, leaseMs).catch(() => 0).finally(() => { inFlight = false; });
  }, Math.max(20, Math.floor(leaseMs / 3)));
  timer.unref?.();
  return () => clearInterval(timer);
}

type Timer = <T>(phase: string, fn: () => T | Promise<T>) => Promise<T>;

/** In WorkOptions.timings: the articles this worker placed in stories (a count, not milliseconds). */
export const PLACED = "articles placed";

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
  const ok: Job[] = [];
  let done: ReadonlySet<string | number>;
  try {
    const articles = new Map((await time("load", () => store.getArticles(jobs.map((j) => String(j.payload["articleId"]))))).map((a) => [a.id, a]));
    const batch: AnnotatedArticle[] = [];
    const annotator = annotatorVersion();
    const found = jobs.map((job) => articles.get(String(job.payload["articleId"])));
    const present = found.filter((a) => a !== undefined);
    const made = await time("annotate", () => opts.pool ? opts.pool.annotate(present) : present.map(annotateSafely));
    let k = 0;
    jobs.forEach((job, i) => {
      const article = found[i];
      const a = article ? made[k++]! : null;
      if (a && "error" in a) return void failed.push([job, new Error(a.error)]);
      if (article && a) batch.push({ jobId: job.id, articleId: article.id, title: article.title, keys: a.keys, annotator, doc: a.doc });
      ok.push(job);
    });
    await time("save", () => store.saveAnnotated(batch));
    done = await time("complete", () => store.completeAll(ok, workerId));
  } catch (e) {
    const seen = new Set(failed.map(([j]) => j));
    return { ok: [], failed: [...failed, ...jobs.filter((j) => !seen.has(j)).map((j): [Job, unknown] => [j, e])] };
  }
  // The jobs are done (their articles annotated and pending): a failure to assign now is not theirs.
  await assignWaiting(store, opts, time);
  return { ok: ok.filter((j) => done.has(j.id)), failed };
}

/**
 * Assigns the annotated articles waiting in queue order, unless another worker holds the story
 * lock (`busy`: that one places them); returns how many. A failure is logged, and the articles
 * stay pending for the next call, here or in another worker.
 */
async function assignWaiting(store: StoryStore, opts: WorkOptions, time: Timer): Promise<{ assigned: number; busy: boolean }> {
  try {
    const r = await time("assign", () => store.assignPending({ jobs: (s, facts) => [analyzeJob(s, facts, opts.reanalysis)], ...(opts.windowDays === undefined ? {} : { windowDays: opts.windowDays }) }));
    opts.timings?.set(PLACED, (opts.timings.get(PLACED) ?? 0) + r.assigned);
    return { assigned: r.assigned, busy: r.busy ?? false };
  } catch (e) {
    opts.log?.(`story assignment failed, left pending for a retry: ${(e as Error)?.message ?? String(e)}`);
    return { assigned: 0, busy: false };
  }
}

function annotateSafely(a: Article): Annotated {
  try {
    return annotateForStore(a);
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

/** A job other than `assign` (those go in batches through assignAll). */
async function runJob(store: Store, job: Job, opts: WorkOptions, kb: () => Kb, time: Timer): Promise<void> {
  switch (job.kind) {
    case "analyze": {
      const found = await time("analyze: load", () => store.getStory(String(job.payload["storyId"])));
      if (!found) return;
      const generatedAt = opts.now().toISOString();
      let report: Report | PackedReport;
      if (opts.pool) {
        const docs = await time("analyze: docs", () => store.getDocs(found.articles.map((a) => a.id), annotatorVersion()));
        report = new PackedReport(await time("analyze: stages", () => opts.pool!.analyzeStored(found.articles, docs, generatedAt)));
      } else {
        const docs = await time("analyze: docs", () => storedDocs(store, found.articles));
        report = await time("analyze: stages", () => analyzeDocs(docs, { kb: kb(), generatedAt }));
      }
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
  usage: `triangulate worker [--once] [--assign-only] [--threads N] [--concurrency N] [--poll S] [--lease S] [--window DAYS] [--db PATH]

  Claims jobs from the store's queue (DATABASE_URL: a PostgreSQL server shared by any number
  of workers on any number of machines; else the --db folder). A live worker renews the leases
  of the jobs it holds; a worker killed mid-job stops renewing and its jobs are retried by
  another once the lease ends (30 s by default).
  --once           exit when the queue is empty
  --assign-only    only put articles in stories; leave story analyses to other workers
  --threads N      annotate and analyze on N threads beside the one talking to the database
                   (default 0: all on one; run one worker per core, or one with --threads)
  --concurrency N  story-assignment jobs claimed and stored at a time (default 32)
  --poll S         seconds between polls when idle (default 2)
  --lease S        seconds a claimed job stays this worker's without a renewal (default 30;
                   renewed every third of it): how soon a dead worker's jobs come back
  --reanalyze-every N  analyze a story again once it has N new articles (default 1) …
  --reanalyze-after S  … and S seconds have passed since its last analysis, whichever comes later
                   (default: 50 ms an article, at most 10 minutes); a story that stops growing
                   short of N new articles is analyzed again after 10 minutes (or S, if longer)
  ${WINDOW_USAGE}`,
  async run(args, io) {
    const { values } = parse(args);
    const concurrency = positiveInt(values.concurrency ?? "32", "--concurrency");
    const poll = Number(values.poll ?? "2");
    if (!(poll > 0)) throw new UsageError(`--poll must be a positive number of seconds, not "${values.poll}"`);
    const threads = intOption("--threads", values.threads, 0, 0, 64);
    const leaseS = Number(values.lease ?? String(LEASE_MS / 1000));
    if (!(leaseS >= 1 && leaseS <= 3600)) throw new UsageError(`--lease must be a number of seconds from 1 to 3600, not "${values.lease}"`);
    const reanalysis: Reanalysis = {
      everyArticles: values["reanalyze-every"] === undefined ? DEFAULT_REANALYSIS.everyArticles : positiveInt(values["reanalyze-every"], "--reanalyze-every"),
      afterMs: values["reanalyze-after"] === undefined ? DEFAULT_REANALYSIS.afterMs : secondsOption(values["reanalyze-after"], "--reanalyze-after") * 1000,
    };
    const windowDays = windowOption(values.window);
    const store = await openForWriting(values.db, io);
    const pool = threads > 0 ? threadPool({ threads }) : undefined;
    let stop = false;
    const onSignal = () => { stop = true; };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const total = { done: 0, failed: 0 };
      // A server that goes away (restart, network cut) is waited for with backoff, one line when
      // it goes and one as soon as it answers again; the jobs this worker held when it went are
      // given back at once (not when their leases end), then the work goes on.
      let outage: { since: number; wait: number } | null = null;
      const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
      // TRIANGULATE_DEBUG: the seconds spent in each phase, on the last line (benchmarks).
      const timings = io.env["TRIANGULATE_DEBUG"] ? new Map<string, number>() : undefined;
      for (;;) {
        try {
          if (outage !== null) {
            const held = await store.releaseHeld(workerId); // the first call that reaches the server again
            io.stderr(`triangulate worker: the database is back after ${((Date.now() - outage.since) / 1000).toFixed(1)} s; ${held} jobs this worker held are queued again; going on\n`);
            outage = null;
          }
          await drainQueue(store, { workerId, concurrency, leaseMs: leaseS * 1000, assignOnly: values["assign-only"] === true, reanalysis, windowDays, tally: total, now: io.now, log: (m) => io.stderr(`triangulate worker: ${m}\n`), stopped: () => stop, ...(pool ? { pool } : {}), ...(timings ? { timings } : {}) });
        } catch (e) {
          if (store.kind !== "postgres" || !isConnectionLoss(e) || stop) throw e;
          if (outage === null) {
            outage = { since: Date.now(), wait: 250 };
            io.stderr(`triangulate worker: lost the database (${(e as Error).message.split("\n")[0]}); retrying until it is back\n`);
          }
          else if (io.env["TRIANGULATE_DEBUG"]) io.stderr(`triangulate worker: still no database: ${(e as Error).message}\n`);
          await new Promise((res) => setTimeout(res, outage!.wait));
          outage.wait = Math.min(outage.wait * 2, 10_000);
          continue;
        }
        if (values.once || stop) break;
        await new Promise((res) => setTimeout(res, poll * 1000));
      }
      const c = await store.counts();
      if (timings) io.stderr(`triangulate worker: seconds: ${[...timings].filter(([k]) => k !== PLACED).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(", ")}; ${timings.get(PLACED) ?? 0} articles placed\n`);
      io.stderr(`triangulate worker: ${total.done} jobs done, ${total.failed} failed; ${c.queued} still queued${c.failed > 0 ? `; ${c.failed} failed for good in the store (\`triangulate retry\` queues them again)` : ""}\n`);
      return total.failed > 0 && values.once ? EXIT.internal : EXIT.ok;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await pool?.close();
      await store.close();
    }
  },
};

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args], allowPositionals: false, strict: true,
      options: { once: { type: "boolean" }, "assign-only": { type: "boolean" }, "reanalyze-every": { type: "string" }, "reanalyze-after": { type: "string" }, concurrency: { type: "string" }, poll: { type: "string" }, lease: { type: "string" }, db: { type: "string" }, threads: { type: "string" }, window: { type: "string" } },
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
