// Two workers on one server: while one holds the story lock and places what is pending, the other
// is told the lock is busy (it does not queue up behind it and take it at the holder's next batch),
// runs the analyses that come due meanwhile, and places what is left once the lock is free.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openStore } from "../../src/store/open.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { assignJob, drainQueue } from "../../src/cli/commands/worker.js";
import { STORY_LOCK } from "../../src/store/assign.js";
import type { Store } from "../../src/store/store.js";

const url = process.env["TEST_DATABASE_URL"];
const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const schemas: string[] = [];

/** A store in its own schema holding one annotated article waiting for assignment (its job done). */
async function storeWithPending(id: string, title: string, text: string, keys: string[]): Promise<{ store: Store; schema: string }> {
  const schema = `holder_${schemas.length}_${tag}`;
  schemas.push(schema);
  const store = await openStore({ db: url!, schema });
  const a = articleFromRecord("lock holder test", { id, title, text });
  await store.putArticles([a], (x) => [assignJob(x.id)]);
  const [job] = await store.claim("w", { kind: "assign", limit: 1 });
  await store.saveAnnotated([{ jobId: job!.id, articleId: a.id, title: a.title, keys, annotator: "test", doc: new Uint8Array([1]) }]);
  await store.completeAll([job!], "w");
  return { store, schema };
}

/** Another worker of the store in `schema` holding its story lock until release() is called. */
async function holdLock(schema: string): Promise<{ release: () => Promise<void> }> {
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query(`SET search_path = ${schema}`);
  await holder.query("BEGIN");
  await holder.query("SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))", [STORY_LOCK]);
  return { release: async () => { await holder.query("COMMIT"); await holder.end(); } };
}

describe.skipIf(!url)("a worker that finds the story lock held", () => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    if (!url) return;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  });

  it("is told the lock is busy, and is not told so when nothing holds it", async () => {
    const { store, schema } = await storeWithPending("holder-a1", "Ferry runs aground off Skerry Point", "A ferry ran aground off Skerry Point on Tuesday; 40 passengers were taken off.", ["skerry point", "t:ferry", "t:aground"]);
    stores.push(store);
    const lock = await holdLock(schema);
    try {
      const r = await store.assignPending();
      expect(r.assigned).toBe(0);
      expect(r.busy).toBe(true);
    } finally {
      await lock.release();
    }
    const placed = await store.assignPending();
    expect(placed.assigned).toBe(1);
    expect(placed.busy ?? false).toBe(false);
    // Nothing pending, nothing holding: neither placed nor busy.
    const idle = await store.assignPending();
    expect(idle.assigned).toBe(0);
    expect(idle.busy ?? false).toBe(false);
  });

  it("runs an analysis that comes due while the lock is held, then places the pending article once it is free", async () => {
    const { store, schema } = await storeWithPending("holder-b1", "Orchard fire near Vellmar", "Fire swept through an apple orchard near Vellmar on Sunday night.", ["vellmar", "t:orchard", "t:fire"]);
    stores.push(store);
    // An analysis due in 600 ms (of a story since removed: the job completes without a report).
    await store.enqueue([{ kind: "analyze", key: "analyze:gone-story", payload: { storyId: "gone-story" }, delayMs: 600 }]);
    const lock = await holdLock(schema);
    let released = false;
    const run = drainQueue(store, { workerId: "second", now: () => new Date(), idleMs: 0 });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      let state = "";
      for (let i = 0; i < 60 && state !== "done"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        state = (await c.query<{ state: string }>(`SELECT state FROM ${schema}.jobs WHERE key = 'analyze:gone-story'`)).rows[0]?.state ?? "";
      }
      // Done while the other worker still held the lock; the article still waits for it.
      expect(state).toBe("done");
      expect((await store.storyAssignments()).size).toBe(0);
    } finally {
      await c.end();
      await lock.release();
      released = true;
    }
    const r = await run;
    expect(released).toBe(true);
    expect(r.done).toBe(1);
    expect((await store.storyAssignments()).size).toBe(1);
  }, 30_000);
});
