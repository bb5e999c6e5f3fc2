// A worker that annotates and analyzes on threads builds the same stories and keeps the same
// reports as one that does everything on its own thread, and stored docs stand in for annotation.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeJob, assignJob, drainQueue } from "../../src/cli/commands/worker.js";
import type { Article } from "../../src/domain/article.js";
import { readInputs } from "../../src/ingest/inputs.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { loadKb } from "../../src/kb/load.js";
import { analyze } from "../../src/pipeline/analyze.js";
import { threadPool } from "../../src/threads/pool.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

const SEEDS = join(import.meta.dirname, "../../examples/istanbul-2025");
const invented = [
  "Flooding in the Moselle valley forced 1,200 people from their homes in Trier on Tuesday, mayor Wolfram Leibe said.",
  "Trier's mayor Wolfram Leibe said about 1,200 residents left their homes as the Moselle rose in Trier on Tuesday.",
  "The Moselle flood in Trier displaced nearly 1,300 people, mayor Wolfram Leibe said on Wednesday.",
  "Chess champion Magnus Carlsen won the Norway Chess tournament in Stavanger on Friday.",
  "Magnus Carlsen took the Norway Chess title in Stavanger, his seventh, on Friday evening.",
];
const dirs: string[] = [];
const now = () => new Date("2025-06-01T12:00:00Z");

async function corpus(): Promise<Article[]> {
  const seeds = (await readInputs([SEEDS])).articles;
  return [...seeds, ...invented.map((text, i) => articleFromRecord(`invented ${i}`, { title: `Invented ${i}`, text }))];
}

async function run(threads: number): Promise<{ store: Store; partition: string[]; reports: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "tri-pool-"));
  dirs.push(dir);
  const store = await openStore({ db: dir });
  await store.putArticles(await corpus(), (a) => [assignJob(a.id)]);
  const pool = threads > 0 ? threadPool({ threads }) : undefined;
  try {
    const r = await drainQueue(store, { now, idleMs: 3000, ...(pool ? { pool } : {}) });
    expect(r.failed).toBe(0);
  } finally {
    await pool?.close();
  }
  const assigned = await store.storyAssignments();
  const groups = new Map<string, string[]>();
  for (const [a, s] of assigned) groups.set(s, [...(groups.get(s) ?? []), a]);
  const partition = [...groups.values()].map((g) => g.sort().join(",")).sort();
  const reports = await Promise.all([...groups.keys()].sort().map(async (s) => JSON.stringify(await store.getStoryReport(s))));
  return { store, partition, reports };
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("worker on threads", () => {
  it("builds the same stories and keeps the same reports as a worker on one thread", async () => {
    const one = await run(0);
    const pooled = await run(1);
    expect(one.partition.length).toBeGreaterThan(1);
    expect(pooled.partition).toEqual(one.partition);
    expect(pooled.reports).toEqual(one.reports);
    expect(one.reports.every((r) => r.startsWith("{\"version\""))).toBe(true);
    // A kept report equals analyzing the story's articles afresh.
    for (const id of new Set((await one.store.storyAssignments()).values())) {
      const found = (await one.store.getStory(id))!;
      expect(JSON.stringify(await one.store.getStoryReport(id))).toBe(JSON.stringify(analyze(found.articles, { kb: loadKb(), generatedAt: now().toISOString() })));
    }
    await one.store.close();
    await pooled.store.close();
  }, 120_000);

  it("analyzes a story again, from its stored docs, when its job is queued again", async () => {
    const { store } = await run(0);
    const id = [...(await store.storyAssignments()).values()][0]!;
    await store.enqueue([{ ...analyzeJob(id), delayMs: 0 }]);
    expect((await drainQueue(store, { now, idleMs: 0 })).done).toBe(1);
    expect(await store.getStoryReport(id)).not.toBeNull();
    await store.close();
  }, 120_000);
});

describe("story analysis jobs", () => {
  it("wait a second for a new story, and after an analysis about 20 times its cost", () => {
    expect(analyzeJob("s-1").delayMs).toBe(1000);
    expect(analyzeJob("s-1", { articles: 400, reportAgeMs: null, newArticles: null }).delayMs).toBe(1000);
    // A 400-article story analyzed 2 s ago waits until 20 s after that analysis.
    expect(analyzeJob("s-1", { articles: 400, reportAgeMs: 2000, newArticles: 1 }).delayMs).toBe(18_000);
    expect(analyzeJob("s-1", { articles: 400, reportAgeMs: 60_000, newArticles: 1 }).delayMs).toBe(1000);
    expect(analyzeJob("s-1", { articles: 1_000_000, reportAgeMs: 0, newArticles: 1 }).delayMs).toBe(600_000);
  });

  it("wait for N new articles and T seconds, whichever comes later, when both are set", () => {
    const policy = { everyArticles: 10, afterMs: 60_000 };
    // 12 new articles, analyzed 20 s ago: 40 s more.
    expect(analyzeJob("s-1", { articles: 50, reportAgeMs: 20_000, newArticles: 12 }, policy).delayMs).toBe(40_000);
    // Enough time has passed, enough articles: at once (after the one-second debounce).
    expect(analyzeJob("s-1", { articles: 50, reportAgeMs: 90_000, newArticles: 10 }, policy).delayMs).toBe(1000);
    // Only 3 new articles: not before the 10-minute catch-up, however long ago it was analyzed.
    expect(analyzeJob("s-1", { articles: 50, reportAgeMs: 90_000, newArticles: 3 }, policy).delayMs).toBe(510_000);
    // A report from before the count was kept (newArticles unknown) goes by time alone.
    expect(analyzeJob("s-1", { articles: 50, reportAgeMs: 20_000, newArticles: null }, policy).delayMs).toBe(40_000);
    // A catch-up longer than 10 minutes when T is.
    expect(analyzeJob("s-1", { articles: 50, reportAgeMs: 0, newArticles: 3 }, { everyArticles: 10, afterMs: 3_600_000 }).delayMs).toBe(3_600_000);
  });
});

describe("a job cut short by a lost database", () => {
  it("is not counted or stored as failed: the run ends and the job is handed back, as after an outage", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tri-pool-"));
    dirs.push(dir);
    const store = await openStore({ db: dir });
    await store.putArticles(invented.map((text, i) => articleFromRecord(`cut ${i}`, { title: `Cut ${i}`, text })), (a) => [assignJob(a.id)]);
    await drainQueue(store, { now, idleMs: 0, assignOnly: true });
    const story = [...(await store.storyAssignments()).values()][0]!;
    await store.enqueue([{ ...analyzeJob(story), delayMs: 0 }]);
    // The server goes away while the analysis is stored: PostgreSQL's "administrator command" error.
    const lost = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const cut = new Proxy(store, { get: (t, k) => (k === "complete" ? () => Promise.reject(lost) : Reflect.get(t, k)) });
    const tally = { done: 0, failed: 0 };
    await expect(drainQueue(cut, { now, idleMs: 0, tally })).rejects.toBe(lost);
    expect(tally.failed).toBe(0);
    expect((await store.counts()).failed).toBe(0);
    await store.close();
  }, 120_000);
});
