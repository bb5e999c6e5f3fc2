// Scale-out on a PostgreSQL server: several worker processes share the queue, the stories they
// build equal a one-worker run, and a worker killed mid-job has its job retried and done once.
import { execFile, spawn } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { assignJob } from "../../src/cli/commands/worker.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

const URL_ = process.env["TEST_DATABASE_URL"];
const DEV = "/work/shared/eval/news-clusters/dev.jsonl";
const skip = !URL_ ? "TEST_DATABASE_URL is not set" : !existsSync(DEV) ? `${DEV} is absent` : null;
if (skip) console.log(`scale-out tests: skipped: ${skip}`);
const run = promisify(execFile);
const HERE = import.meta.dirname;
const schemas: string[] = [];

function schemaUrl(schema: string): string {
  const u = new URL(URL_!);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

async function freshStore(n: number): Promise<{ store: Store; url: string }> {
  const schema = `scale_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  schemas.push(schema);
  const store = await openStore({ db: URL_!, schema });
  const lines = readFileSync(DEV, "utf8").trim().split("\n").slice(0, n);
  const articles = lines.map((l, i) => articleFromRecord(`dev ${i}`, JSON.parse(l)));
  await store.putArticles(articles, (a) => [assignJob(a.id)]);
  return { store, url: schemaUrl(schema) };
}

const worker = (url: string) => run(process.execPath, ["--import", "tsx", join(HERE, "cli-child.ts"), "worker", "--once", "--concurrency", "2", "--db", url], { cwd: join(HERE, "../..") });

function partition(m: Map<string, string>): string[] {
  const groups = new Map<string, string[]>();
  for (const [a, s] of m) groups.set(s, [...(groups.get(s) ?? []), a]);
  return [...groups.values()].map((g) => g.sort().join(",")).sort();
}

afterAll(async () => {
  if (!URL_ || schemas.length === 0) return;
  const c = new pg.Client({ connectionString: URL_ });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});

describe.skipIf(skip !== null)("workers sharing a PostgreSQL server", () => {
  it("build the same stories with two workers as with one", async () => {
    const one = await freshStore(40);
    const two = await freshStore(40);
    await worker(one.url);
    await Promise.all([worker(two.url), worker(two.url)]);
    const [a, b] = [await one.store.storyAssignments(), await two.store.storyAssignments()];
    expect(a.size).toBe(40);
    expect(partition(b)).toEqual(partition(a));
    expect((await two.store.counts()).queued).toBe(0);
    await one.store.close();
    await two.store.close();
  }, 120_000);

  it("store the same corpus once when two ingests of it run at once", async () => {
    const { store, url } = await freshStore(0);
    const cli = (args: string[]) => run(process.execPath, ["--import", "tsx", join(HERE, "cli-child.ts"), ...args, "--db", url], { cwd: join(HERE, "../..") });
    await Promise.all([cli(["ingest", DEV, "--queue-only"]), cli(["ingest", DEV, "--queue-only"])]);
    const lines = readFileSync(DEV, "utf8").trim().split("\n").length;
    const ids = new Set(readFileSync(DEV, "utf8").trim().split("\n").map((l, i) => articleFromRecord(`dev ${i}`, JSON.parse(l)).id));
    const c = await store.counts();
    expect(c.articles).toBe(ids.size);
    expect(c.queued).toBe(ids.size);
    expect(ids.size).toBeLessThanOrEqual(lines);
    await store.close();
  }, 120_000);

  it("retry the job of a worker killed mid-job and complete it once", async () => {
    const { store, url } = await freshStore(10);
    // Its leases have run out already (negative), so the next worker retries at once: no waiting on the clock.
    const child = spawn(process.execPath, ["--import", "tsx", join(HERE, "claim-and-die.ts"), url, "3", "-60000"], { cwd: join(HERE, "../..") });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const signal = await new Promise<string | null>((r) => child.on("exit", (_c, s) => r(s)));
    expect(signal).toBe("SIGKILL");
    const lost = JSON.parse(out) as number[];
    expect(lost.length).toBe(3);
    await worker(url);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = (await c.query<{ id: string; state: string; attempts: number }>("SELECT id, state, attempts FROM jobs WHERE kind = 'assign' ORDER BY id")).rows;
    await c.end();
    expect(rows.every((r) => r.state === "done")).toBe(true);
    expect(rows.filter((r) => lost.includes(Number(r.id))).map((r) => r.attempts)).toEqual([2, 2, 2]);
    expect((await store.storyAssignments()).size).toBe(10);
    await store.close();
  }, 120_000);
});
