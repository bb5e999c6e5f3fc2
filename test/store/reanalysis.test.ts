// A story that keeps growing is analyzed again once per N new articles and T seconds, whichever
// comes later (worker --reanalyze-every / --reanalyze-after): the store counts the articles a kept
// report covered, and the analysis job of a story short of N new articles waits for the catch-up.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assignJob, drainQueue } from "../../src/cli/commands/worker.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { openStore } from "../../src/store/open.js";

const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

const report = (i: number) => articleFromRecord(`r${i}`, {
  title: `Dam inspection ${i}`,
  text: `Engineers inspected the cracked Voss dam in western Norway on Tuesday after a tremor, the energy agency NVE said. Report ${i}: the reservoir was lowered by two metres as a precaution and the road below the dam stayed closed, NVE spokeswoman Kari Lunde said.`,
});

describe("re-analysis of a growing story", () => {
  it("waits for N new articles before analyzing a story again, and counts them from its last report", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tri-reanalysis-"));
    dirs.push(dir);
    const store = await openStore({ db: dir });
    const db = (store as unknown as { db: { query<T>(s: string): Promise<T[]> } }).db;
    const runAt = async () => (await db.query<{ wait: number }>("SELECT extract(epoch FROM run_at - now())::float8 AS wait FROM jobs WHERE kind = 'analyze'"))[0]?.wait ?? null;
    const policy = { everyArticles: 5, afterMs: 0 };
    try {
      await store.putArticles([1, 2, 3].map(report), (a) => [assignJob(a.id)]);
      await drainQueue(store, { now: () => new Date(), idleMs: 0, assignOnly: true, reanalysis: policy });
      const [story] = await store.listStories();
      expect(story!.articleCount).toBe(3);
      // Analyzed: the kept report covers 3 articles.
      expect(await store.saveStoryReport(story!.id, { version: 1 }, story!.updatedAt)).toBe(true);
      // Two more: short of 5 new articles, the analysis waits for the 10-minute catch-up.
      await store.putArticles([4, 5].map(report), (a) => [assignJob(a.id)]);
      await drainQueue(store, { now: () => new Date(), idleMs: 0, assignOnly: true, reanalysis: policy });
      expect(await runAt()).toBeGreaterThan(590);
      // Three more make five new articles since the report: analyzed at once (the one-second debounce).
      await store.putArticles([6, 7, 8].map(report), (a) => [assignJob(a.id)]);
      await drainQueue(store, { now: () => new Date(), idleMs: 0, assignOnly: true, reanalysis: policy });
      expect((await store.listStories())[0]!.articleCount).toBe(8);
      expect(await runAt()).toBeLessThan(2);
    } finally {
      await store.close();
    }
  }, 60_000);
});
