// kill -9 during an embedded ingest, then ingest again: every article stored once, each with
// exactly one story job, and the store opens cleanly (the dead process's lock is taken over).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";

const HERE = import.meta.dirname;
const N = 3000;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tri-crash-"));
  const lines = Array.from({ length: N }, (_, i) => JSON.stringify({ id: `c${i}`, title: `Article ${i}`, text: `Article number ${i} reports that the council met on day ${i % 28 + 1}.\n${"Filler sentence about the meeting. ".repeat(20)}` }));
  await writeFile(join(dir, "corpus.jsonl"), lines.join("\n"));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function ingest(db: string) {
  return spawn(process.execPath, ["--import", "tsx", join(HERE, "cli-child.ts"), "ingest", join(dir, "corpus.jsonl"), "--queue-only", "--db", db], { cwd: join(HERE, "../..") });
}

describe("an embedded ingest killed with -9", () => {
  it("loses and duplicates nothing once ingested again", async () => {
    const db = join(dir, "db");
    const child = ingest(db);
    const exited = new Promise((r) => child.on("exit", r));
    // Kill right after the first batch is committed, while the next ones are being written.
    await new Promise<void>((r) => {
      child.stderr.on("data", (d: Buffer) => { if (/stored \d+\/\d+/.test(d.toString())) r(); });
      void exited.then(() => r());
    });
    child.kill("SIGKILL");
    await exited;
    const mid = await openStore({ db, lockWaitMs: 0 });
    const partial = await mid.counts();
    expect(partial.queued).toBe(partial.articles);
    await mid.close();
    const again = ingest(db);
    let err = "";
    again.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => again.on("exit", (c) => r(c)));
    expect(err.split("\n").filter((l) => !/stored \d/.test(l)).join("\n")).not.toMatch(/error/i);
    expect(code).toBe(0);
    const store = await openStore({ db, lockWaitMs: 0 });
    expect(await store.counts()).toEqual({ articles: N, stories: 0, queued: N, failed: 0 });
    const ids = new Set<string>();
    for await (const a of store.iterateArticles()) ids.add(a.sourceId ?? "");
    expect(ids.size).toBe(N);
    await store.close();
    console.log(`crash test: killed after ${partial.articles} of ${N} articles were stored`);
  }, 120_000);
});
