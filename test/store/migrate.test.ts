// A store made before a migration keeps working after it: the stories it holds are still found
// by new articles.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleFromRecord } from "../../src/ingest/record.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { openPglite } from "../../src/store/pglite.js";
import { openStore } from "../../src/store/open.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "tri-migrate-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe("a store made before key windows (0003)", () => {
  it("keeps the stories it holds and places new articles", async () => {
    const old = articleFromRecord("old", { text: "The council of Lyon voted on the budget." });
    const db = await openPglite(dir);
    await db.transaction(async (tx) => {
      await tx.query("CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
      for (const m of MIGRATIONS.filter((x) => x.id < "0003")) {
        for (const stmt of m.sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await tx.query(stmt);
        await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [m.id]);
      }
      await tx.query("INSERT INTO articles (id, title, text) VALUES ($1, $2, $3)", [old.id, old.title, old.text]);
      await tx.query("INSERT INTO stories (id, title) VALUES ('s-old', 'Lyon budget')");
      await tx.query("INSERT INTO story_articles (article_id, story_id, n_keys) VALUES ($1, 's-old', 2)", [old.id]);
      await tx.query("INSERT INTO article_keys (article_id, key) VALUES ($1, 'place:lyon'), ($1, 'org:council')", [old.id]);
    });
    await db.close();

    const store = await openStore({ db: dir });
    const fresh = articleFromRecord("new", { text: "Lyon's council passed the budget." });
    await store.putArticles([fresh]);
    const r = await store.saveStoryAssignment({ articleId: fresh.id, title: "Budget passed", keys: ["n:place:lyon", "n:org:council", "n:person:mayor"] });
    // The old article's own features were never kept (only story sums, dropped in 0009): it is
    // found again once `regroup` gives it its features; until then the new article starts a story.
    expect(r).toEqual({ storyId: `s-${fresh.id.slice(0, 12)}`, created: true });
    expect((await store.getStory("s-old"))?.articles.map((a) => a.id)).toEqual([old.id]);
    await store.close();
  }, 120_000);
});
