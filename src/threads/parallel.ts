// analyze() on two or more threads, with the same report. Annotation is a pure function of one
// article and the per-story stages a pure function of one story's docs, so both spread over the
// threads; stories need every doc, so clustering stays on the main thread. Threads claim work
// batch by batch from a shared counter, so none waits on a slower one, and every result is put
// back in input and story order: the report does not depend on scheduling. The main thread forms
// stories while the workers are still annotating.
//
// Docs cross threads in packed form (annotate/transfer.ts). A worker keeps the docs it annotated,
// so for its stories it is sent only the docs the main thread annotated.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { annotate } from "../annotate/annotate.js";
import { DocReceiver, DocSender, type DocBatch } from "../annotate/transfer.js";
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import type { Kb } from "../domain/kb.js";
import type { Report } from "../domain/report.js";
import type { Story } from "../domain/story.js";
import { buildReport, buildStory, type ReportGroup, type StoryParts } from "../report/build.js";
import { jsonChunks, jsonChunksAsync, jsonElement } from "../report/render/index.js";
import { StoryIndex, type StoryGroup } from "../stories/cluster.js";
import { analyze, analyzeStory, dedupe, type AnalyzeOptions } from "../pipeline/analyze.js";
import { dropPrestarted, takePrestarted } from "./prestart.js";
import { startThread } from "./thread.js";

export interface ParallelOptions extends Omit<AnalyzeOptions, "kb"> {
  /**
   * The kb, or how to load it: loaded once the workers have their articles, so that they annotate while
   * this thread loads it (the per-story stages need it, annotation does not).
   */
  readonly kb: Kb | (() => Kb);
  /** Threads in all, the main one included (default: the machine's cores). */
  readonly threads?: number;
  /**
   * Where workers load the knowledge base from for the per-story stages (undefined: the shipped
   * snapshot). It must hold the same kb as `kb`; a worker whose kb has another date refuses.
   */
  readonly kbDir?: string;
  /** Below this many articles, one thread (default PARALLEL_MIN_ARTICLES). */
  readonly minArticles?: number;
}

export interface ParallelJsonOptions extends ParallelOptions {
  /**
   * Called once the whole report is written, with what the terminal summary (renderText) reads: the
   * report with each story's claims, provenance and sourcing left out. Workers then send back each
   * story's findings beside its JSON.
   */
  readonly onSummary?: (report: Report) => void;
}

/** Below this many articles a pool costs more (thread start, model load) than it saves. */
export const PARALLEL_MIN_ARTICLES = 200;
/** Articles per claimed annotation batch. */
const BATCH = 16;

type Parts = Omit<StoryParts, "group">;

export type ToWorker =
  | {
    readonly kind: "annotate"; readonly articles: readonly Article[]; readonly counter: SharedArrayBuffer; readonly batch: number;
    /** Where to load the kb from once annotated (as in "stories"). */
    readonly kbDir: string | undefined;
  }
  | {
    readonly kind: "stories";
    /** Doc indices of each story (empty for stories this worker will not run). */
    readonly stories: readonly (readonly number[])[];
    /** Stories this worker runs, then stories all threads claim from the counter's slot 1. */
    readonly own: readonly number[];
    readonly shared: readonly number[];
    /** Docs this worker lacks, and their indices. */
    readonly docs: DocBatch;
    readonly docIndices: readonly number[];
    readonly counter: SharedArrayBuffer;
    readonly kbDir: string | undefined;
    readonly kbAsOf: string;
    /** For a JSON report: each story's id, title and notes (null for stories this worker will not run), to send it back rendered. */
    readonly heads: readonly (StoryHead | null)[] | null;
    /** With heads: send each story's summary (summaryStory) too. */
    readonly summaries: boolean;
  };

/** What a story's JSON needs beside its docs and its per-story stages. */
export type StoryHead = Pick<ReportGroup, "id" | "title" | "notes">;

export type FromWorker =
  | { readonly kind: "docs"; readonly from: number; readonly batch: DocBatch }
  | { readonly kind: "annotated" }
  | { readonly kind: "story"; readonly index: number; readonly parts: Parts }
  /** A story's JSON (jsonElement) as UTF-8 bytes, half the memory of the text, and moved across threads rather than copied. */
  | { readonly kind: "storyJson"; readonly index: number; readonly json: Uint8Array; readonly summary?: Story }
  | { readonly kind: "done" };

/** ParallelOptions with the kb loaded. */
type Loaded = ParallelOptions & AnalyzeOptions;
const loaded = (opts: ParallelOptions): Loaded => (typeof opts.kb === "function" ? { ...opts, kb: opts.kb() } : opts as Loaded);

/** The next unit of work on a shared counter. */
export const claim = (counter: Int32Array, slot: number): number => Atomics.add(counter, slot, 1);

export async function analyzeParallel(articles: readonly Article[], opts: ParallelOptions): Promise<Report> {
  const unique = dedupe(articles);
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  if (threads < 2 || unique.length < (opts.minArticles ?? PARALLEL_MIN_ARTICLES)) { dropPrestarted(); return analyze(unique, loaded(opts)); }
  const workers = startWorkers(threads - 1);
  try {
    const parts: Parts[] = [];
    let withKb: Loaded | null = null;
    const annotated = await annotateAndCluster(unique, workers, opts.kbDir, opts.onProgress, () => { withKb = loaded(opts); });
    const { groups, dispatched } = reportGroups(annotated, workers, withKb!, () => ({ heads: null, parts: (i, p) => { parts[i] = p; } }));
    await analyzeStories(dispatched, withKb!, (s, p) => { parts[s] = p; });
    return buildReport(unique, groups.map((group, i) => ({ group, ...parts[i]! })), opts.generatedAt, opts.problems ?? []);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * analyzeParallel's report as JSON chunks (`render(report, "json")` in pieces, the same bytes). Each
 * story is rendered on the thread that analyzed it, right after, and its objects let go: the main
 * thread neither receives a worker's stories as objects nor renders them, and the report file is
 * written while the stories are analyzed, each story as soon as those before it are.
 */
export async function* analyzeParallelJson(articles: readonly Article[], opts: ParallelJsonOptions): AsyncGenerator<string | Uint8Array> {
  const unique = dedupe(articles);
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  if (threads < 2 || unique.length < (opts.minArticles ?? PARALLEL_MIN_ARTICLES)) {
    dropPrestarted();
    const report = analyze(unique, loaded(opts));
    yield* jsonChunks(report as unknown as Readonly<Record<string, unknown>>);
    opts.onSummary?.(report);
    return;
  }
  const workers = startWorkers(threads - 1);
  let running: Promise<void> | null = null;
  const out = new InOrder(0);
  const summaries: Story[] = [];
  const summarize = opts.onSummary !== undefined;
  try {
    let withKb: Loaded | null = null;
    const annotated = await annotateAndCluster(unique, workers, opts.kbDir, opts.onProgress, () => { withKb = loaded(opts); });
    const { groups, dispatched } = reportGroups(annotated, workers, withKb!, (gs) => {
      out.expect(gs.length);
      return {
        heads: gs.map(({ id, title, notes }) => ({ id, title, notes })), summaries: summarize, parts: () => {},
        json: (i, json, summary) => { if (summary) summaries[i] = summary; out.put(i, json); },
      };
    });
    // A worker's failure is raised through analyzeStories; one that ends after the reader stopped is no failure.
    for (const f of dispatched.finished) f.catch(() => {});
    running = analyzeStories(dispatched, withKb!, (s, p) => {
      const story = buildStory({ group: groups[s]!, ...p });
      if (summarize) summaries[s] = summaryStory(story);
      out.put(s, storyBytes(story));
    }, () => out.closed)
      .catch((e: unknown) => out.fail(e));
    const head = buildReport(unique, [], opts.generatedAt, opts.problems ?? []);
    yield* jsonChunksAsync({ ...head, stories: { rendered: true, length: groups.length, elements: out } });
    await running;
    opts.onSummary?.({ ...head, stories: summaries });
  } finally {
    out.close();
    await running;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** A story's JSON element as UTF-8 bytes, in a buffer of its own (small ones come in a shared pool), so it can be moved to another thread. */
export function storyBytes(story: Story): Uint8Array {
  const bytes = Buffer.from(jsonElement(story), "utf8");
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? bytes : new Uint8Array(bytes);
}

/** What the terminal summary reads of a story: all but its claims, provenance and sourcing. */
export function summaryStory(s: Story): Story {
  return { id: s.id, title: s.title, articleIds: s.articleIds, timeframe: s.timeframe, claims: [], findings: s.findings, provenance: [], notes: s.notes };
}

/** Rendered stories handed on in story order: each waits for those before it; a failure is raised to the reader. */
class InOrder implements AsyncIterable<Uint8Array> {
  private items: (Uint8Array | undefined)[] = [];
  private next = 0;
  private wake: (() => void) | null = null;
  private failure: { readonly error: unknown } | null = null;
  closed = false;
  constructor(n: number) { this.expect(n); }
  expect(n: number): void { this.items = new Array<Uint8Array | undefined>(n); }
  put(i: number, json: Uint8Array): void {
    this.items[i] = json;
    if (i === this.next) this.wake?.();
  }
  fail(error: unknown): void {
    this.failure = { error };
    this.wake?.();
  }
  /** The reader stopped: stories still running need not be rendered. */
  close(): void { this.closed = true; }
  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    while (this.next < this.items.length) {
      if (this.failure) throw this.failure.error;
      const json = this.items[this.next];
      if (json === undefined) {
        await new Promise<void>((resolve) => { this.wake = resolve; });
        this.wake = null;
        continue;
      }
      this.items[this.next++] = undefined;
      yield json;
    }
  }
}

function spawn(): Worker {
  return startThread(import.meta.url, "analyze-worker");
}

/** `n` workers: those the launcher started ahead (prestart.ts), then new ones. */
function startWorkers(n: number): Worker[] {
  const workers = takePrestarted(n);
  while (workers.length < n) workers.push(spawn());
  return workers;
}

/** Listens to a worker until `until` says it is finished; fails on a worker error or early exit. */
function listen(w: Worker, on: (m: FromWorker) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const message = (m: FromWorker) => { if (on(m)) { off(); resolve(); } };
    const error = (e: Error) => { off(); reject(e); };
    const exit = (code: number) => { off(); reject(new Error(`analysis worker exited (code ${code}) before finishing`)); };
    const off = () => { w.off("message", message); w.off("error", error); w.off("exit", exit); };
    w.on("message", message);
    w.on("error", error);
    w.on("exit", exit);
  });
}

/**
 * Every article annotated and its stories formed. Docs join the story index in input order as soon
 * as the ones before them are in (the index is order-dependent), so the main thread clusters while
 * the workers annotate; holder[i] is the worker that has doc i too (-1: none).
 */
async function annotateAndCluster(articles: readonly Article[], workers: readonly Worker[], kbDir: string | undefined, onProgress: ((done: number, total: number) => void) | undefined, started: () => void): Promise<Annotated> {
  const n = articles.length;
  const docs: Doc[] = new Array(n);
  const holder = new Int32Array(n).fill(-1);
  const counter = new Int32Array(new SharedArrayBuffer(8));
  const index = new StoryIndex();
  let indexed = 0, done = 0;
  const feed = () => { while (indexed < n && docs[indexed] !== undefined) index.add(docs[indexed++]!); };
  const finished = workers.map((w, k) => {
    const receiver = new DocReceiver();
    return listen(w, (m) => {
      if (m.kind === "annotated") return true;
      if (m.kind !== "docs") return false;
      receiver.decode(m.batch, (i) => articles[m.from + i]!).forEach((d, i) => { docs[m.from + i] = d; holder[m.from + i] = k; });
      done += m.batch.docs.length;
      onProgress?.(done, n);
      feed();
      return false;
    });
  });
  for (const w of workers) w.postMessage({ kind: "annotate", articles, counter: counter.buffer as SharedArrayBuffer, batch: BATCH, kbDir } satisfies ToWorker);
  try {
    started();
  } catch (e) {
    // (The workers are ended by the caller: their ending is no second failure.)
    for (const f of finished) f.catch(() => {});
    throw e;
  }
  for (let b = claim(counter, 0); b * BATCH < n; b = claim(counter, 0)) {
    for (let i = b * BATCH; i < Math.min(n, (b + 1) * BATCH); i++) docs[i] = annotate(articles[i]!);
    done += Math.min(n, (b + 1) * BATCH) - b * BATCH;
    onProgress?.(done, n);
    feed();
    // Let the workers' batches in (each is indexed as it arrives).
    await new Promise(setImmediate);
  }
  await Promise.all(finished);
  return { docs, holder, groups: index.groups() };
}

/** Estimated cost of a story's per-story stages: at 10k bench articles, 1.3–6.5 ms per article whatever the story's size. */
const storyCost = (n: number) => n + 2;

/** Share of the work first split among the threads; the rest (the smallest stories) is claimed as threads come free. */
const STATIC_SHARE = 0.7;

/**
 * The report needs only each story's articles, not their annotations: after the stories are sent
 * out, this thread keeps the docs of the stories it may run, and lets each go once its stages are
 * done (so `annotated` is not kept by the caller).
 */
function reportGroups(annotated: Annotated, workers: readonly Worker[], opts: Loaded, sink: (groups: readonly ReportGroup[]) => Sink): { groups: ReportGroup[]; dispatched: Dispatched } {
  const groups = annotated.groups.map((g) => ({ id: g.id, title: g.title, notes: g.notes, docs: g.docs.map((d) => ({ article: d.article })) }));
  return { groups, dispatched: dispatchStories(annotated, workers, opts, sink(groups)) };
}

/** Where the workers' results go: their stories' parts, or (with heads) their stories' JSON. */
type Sink =
  | { readonly heads: null; readonly parts: (index: number, parts: Parts) => void }
  | {
    readonly heads: readonly StoryHead[]; readonly summaries: boolean; readonly parts: (index: number, parts: Parts) => void;
    readonly json: (index: number, json: Uint8Array, summary: Story | undefined) => void;
  };

interface Annotated {
  docs: Doc[];
  holder: Int32Array;
  groups: StoryGroup[];
}

/** The stories this thread runs and how to collect the workers' results. */
interface Dispatched {
  /** Docs of each story this thread may run (its own and the shared ones); null once run or when a worker runs it. */
  readonly stories: (readonly Doc[] | null)[];
  readonly own: readonly number[];
  readonly shared: readonly number[];
  readonly counter: Int32Array;
  readonly finished: readonly Promise<void>[];
}

/**
 * Splits the stories among the threads and sends each worker its share and the docs it lacks. What
 * it returns keeps only the docs of the stories this thread may run: the others' are free to go.
 */
function dispatchStories(annotated: Annotated, workers: readonly Worker[], opts: Loaded, sink: Sink): Dispatched {
  const { docs, holder } = annotated;
  const stories: (readonly Doc[] | null)[] = annotated.groups.map((g) => g.docs);
  const indexOf = new Map(docs.map((d, i) => [d, i] as const));
  const order = stories.map((s, i) => ({ i, cost: storyCost(s!.length) })).sort((x, y) => y.cost - x.cost || x.i - y.i);
  const total = order.reduce((s, x) => s + x.cost, 0);
  // Largest first, each to the least loaded thread (thread 0 is this one), up to the static share.
  const threads = workers.length + 1;
  const own: number[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  let assigned = 0, k = 0;
  for (; k < order.length && assigned < STATIC_SHARE * total; k++) {
    const t = load.indexOf(Math.min(...load));
    own[t]!.push(order[k]!.i);
    load[t]! += order[k]!.cost;
    assigned += order[k]!.cost;
  }
  const shared = order.slice(k).map((x) => x.i);
  const counter = new Int32Array(new SharedArrayBuffer(8));
  const finished = workers.map((w, wk) => {
    const runs = [...own[wk + 1]!, ...shared];
    const indices = stories.map(() => [] as number[]);
    const lacking: number[] = [];
    for (const s of runs) for (const d of stories[s]!) {
      const i = indexOf.get(d)!;
      indices[s]!.push(i);
      if (holder[i] !== wk) lacking.push(i);
    }
    const runsSet = new Set(runs);
    const message: ToWorker = {
      kind: "stories", stories: indices, own: own[wk + 1]!, shared, counter: counter.buffer as SharedArrayBuffer,
      docs: new DocSender().encode(lacking.map((i) => docs[i]!)), docIndices: lacking, kbDir: opts.kbDir, kbAsOf: opts.kb.asOf,
      heads: sink.heads === null ? null : sink.heads.map((h, s) => (runsSet.has(s) ? h : null)),
      summaries: sink.heads !== null && sink.summaries,
    };
    w.postMessage(message);
    return listen(w, (m) => {
      if (m.kind === "story") sink.parts(m.index, m.parts);
      else if (m.kind === "storyJson" && sink.heads !== null) sink.json(m.index, m.json, m.summary);
      return m.kind === "done";
    });
  });
  const mine = new Set([...own[0]!, ...shared]);
  stories.forEach((_, s) => { if (!mine.has(s)) stories[s] = null; });
  return { stories, own: own[0]!, shared, counter, finished };
}

/** This thread's stories, each handed to `done`; then the workers' (`stop`: the reader is gone, stop early). */
async function analyzeStories(d: Dispatched, opts: Loaded, done: (index: number, parts: Parts) => void, stop = () => false): Promise<void> {
  const { stories, counter, shared } = d;
  // After each story, the workers' finished stories are taken in: a worker's results do not wait, serialized, until the end.
  const run = async (s: number) => { done(s, analyzeStory(stories[s]!, opts.kb)); stories[s] = null; await new Promise(setImmediate); };
  for (const s of d.own) { if (stop()) return; await run(s); }
  for (let c = claim(counter, 1); c < shared.length && !stop(); c = claim(counter, 1)) await run(shared[c]!);
  await Promise.all(d.finished);
}
