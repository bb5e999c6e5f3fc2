// The story lock belongs to one store: two stores in different schemas of one PostgreSQL database
// (test runs, benchmarks, two newsrooms on one server) assign articles at the same time, while
// within one store the lock still keeps assignment to one worker at a time.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openStore } from "../../src/store/open.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { assignJob } from "../../src/cli/commands/worker.js";
import { STORY_LOCK } from "../../src/store/assign.js";
import type { Store } from "../../src/store/store.js";

const url = process.env["TEST_DATABASE_URL"];
const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const schemas = [`lock_a_${tag}`, `lock_b_${tag}`];

/** One annotated article waiting for assignment in `store`, its job done. */
async function pending(store: Store, id: string): Promise<void> {
  const a = articleFromRecord("lock test", { id, title: `Harbour crane collapses ${id}`, text: "A crane fell onto a ship at the harbour on Monday." });
  await store.putArticles([a], (x) => [assignJob(x.id)]);
  const [job] = await store.claim("w", { kind: "assign", limit: 1 });
  await store.saveAnnotated([{ jobId: job!.id, articleId: a.id, title: a.title, keys: ["crane", "harbour", "t:ship"], annotator: "test", doc: new Uint8Array([1]) }]);
  await store.completeAll([job!], "w");
}

describe.skipIf(!url)("the story lock, per store", () => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    if (!url) return;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  });

  it("held in one schema, does not stop another schema's store from assigning", async () => {
    const [a, b] = await Promise.all(schemas.map((schema) => openStore({ db: url!, schema })));
    stores.push(a!, b!);
    await pending(a!, "lock-a1");
    await pending(b!, "lock-b1");
    // Another worker of store A holds A's story lock in an open transaction.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query(`SET search_path = ${schemas[0]}`);
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))", [STORY_LOCK]);
      expect((await a!.assignPending()).assigned).toBe(0);
      expect((await b!.assignPending()).assigned).toBe(1);
      await holder.query("COMMIT");
    } finally {
      await holder.end();
    }
    expect((await a!.assignPending()).assigned).toBe(1);
  });
});
