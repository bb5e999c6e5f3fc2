// PGlite has no autovacuum and no checkpointer, so the embedded store vacuums, analyzes and
// checkpoints every few hundred transactions itself. That must never fail or slow down the
// transaction it follows, even with other transactions queued behind it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { openPglite } from "../../src/store/pglite.js";

let root: string;
beforeAll(async () => { root = await mkdtemp(join(tmpdir(), "tri-maintain-")); });
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

describe("embedded store maintenance", () => {
  it("vacuums the busy tables between transactions without failing any of them", async () => {
    const dir = join(root, "db");
    await (await openStore({ db: dir })).close(); // creates the schema
    const db = await openPglite(dir, { maintainEvery: 5 });
    try {
      const before = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_stat_user_tables WHERE relname = 'jobs' AND last_vacuum IS NOT NULL");
      expect(before[0]?.n).toBe("0");
      await db.query("INSERT INTO feeds (url) VALUES ('https://example.org/feed')");
      // Two lanes of short transactions, as a worker with a thread pool runs them: 8 rounds of maintenance.
      const lane = async () => {
        for (let i = 0; i < 20; i++) {
          await db.transaction(async (tx) => tx.query("UPDATE feeds SET etag = $1 WHERE url = 'https://example.org/feed'", [String(i)]));
        }
      };
      await expect(Promise.all([lane(), lane()])).resolves.toBeDefined();
      const after = await db.query<{ relname: string }>("SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL ORDER BY relname");
      expect(after.map((r) => r.relname)).toEqual(["assign_pending", "feature_df", "feature_postings", "grouping_totals", "jobs", "stories", "story_articles"]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
