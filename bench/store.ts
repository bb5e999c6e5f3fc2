// Store figures (a script, not a test): embedded ingest throughput at 10k real-text articles
// (articles/s, peak RSS, size on disk), story-assignment rate, kill -9 mid-ingest then
// re-ingest, and with BENCH_DATABASE_URL (or TEST_DATABASE_URL) the same on a server with one
// and two worker processes. Texts: ../shared/eval/news-clusters/dev.jsonl, repeated with light
// perturbation; skipped cleanly when absent. `npm run bench store`; STORE_BENCH_N overrides 10k.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { assignJob, drainQueue } from "../src/cli/commands/worker.js";
import type { Article } from "../src/domain/article.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { openStore } from "../src/store/open.js";
import type { Store } from "../src/store/store.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DEV = resolve(root, "../shared/eval/news-clusters/dev.jsonl");
const CHILD = resolve(root, "test/store/cli-child.ts");

function corpus(n: number): Article[] {
  const base = readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string });
  const out: Article[] = [];
  for (let i = 0; out.length < n; i++) {
    const src = base[i % base.length]!;
    const k = Math.floor(i / base.length);
    const lines = src.text.replace(/\b\d+\b/g, (d) => String(Number(d) + k)).split("\n");
    if (k > 0 && lines.length > 3) lines.splice(k % lines.length, 1);
    out.push(articleFromRecord(`bench ${i}`, { id: `b${i}`, title: src.title, text: `${lines.join("\n")}\n(${k})` }));
  }
  return out;
}

function rssPeak(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  return { stop: () => (clearInterval(t), Math.max(peak, process.memoryUsage().rss)) };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const rate = (n: number, ms: number) => `${((n * 1000) / ms).toFixed(0)}/s`;

async function ingestFigures(label: string, store: Store, articles: Article[]): Promise<void> {
  const peak = rssPeak();
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += 1000) await store.putArticles(articles.slice(i, i + 1000), (a) => [assignJob(a.id)]);
  const ms = performance.now() - t0;
  console.log(`${label}: ingest ${articles.length} articles in ${(ms / 1000).toFixed(1)} s = ${rate(articles.length, ms)}; peak RSS ${mb(peak.stop())}; size ${mb(await store.sizeBytes())}`);
  const t1 = performance.now();
  const again = await store.putArticles(articles.slice(0, 1000));
  console.log(`${label}: re-ingest of 1000 stored articles: ${again.added.length} added in ${(performance.now() - t1).toFixed(0)} ms`);
}

async function assignFigures(label: string, store: Store, jobs: number): Promise<void> {
  const t = performance.now();
  const r = await drainQueue(store, { now: () => new Date(), maxJobs: jobs, concurrency: 50 });
  console.log(`${label}: story assignment (annotate + assign) ${r.done} articles at ${rate(r.done, performance.now() - t)} in one process`);
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ["--import", "tsx", CHILD, ...args], { cwd: root, env: { ...process.env, ...env } });
}
const exited = (p: ReturnType<typeof cli>) => new Promise<number | null>((r) => p.on("exit", (c) => r(c)));

async function crashFigure(dir: string, n: number): Promise<void> {
  const file = join(dir, "crash.jsonl");
  await writeFile(file, corpus(n).map((a) => JSON.stringify({ id: a.sourceId, title: a.title, text: a.text })).join("\n"));
  const db = join(dir, "crash-db");
  const child = cli(["ingest", file, "--queue-only", "--db", db]);
  await new Promise<void>((r) => child.stderr.on("data", (d: Buffer) => { if (/stored \d+\//.test(d.toString())) r(); }));
  await new Promise((r) => setTimeout(r, 300));
  child.kill("SIGKILL");
  await exited(child);
  const mid = await openStore({ db, lockWaitMs: 0 });
  const partial = (await mid.counts()).articles;
  await mid.close();
  await exited(cli(["ingest", file, "--queue-only", "--db", db]));
  const store = await openStore({ db, lockWaitMs: 0 });
  const c = await store.counts();
  const ids = new Set<string>();
  for await (const a of store.iterateArticles()) ids.add(a.id);
  await store.close();
  console.log(`embedded: kill -9 after ${partial}/${n} articles stored, re-ingest → ${c.articles} articles (${ids.size} distinct ids), ${c.queued} story jobs queued: ${c.articles === n && ids.size === n && c.queued === n ? "no loss, no duplicates" : "MISMATCH"}`);
}

async function serverFigures(url: string, articles: Article[]): Promise<void> {
  const schemas: string[] = [];
  const fresh = async () => {
    const schema = `bench_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    const store = await openStore({ db: url, schema });
    const u = new URL(url);
    u.searchParams.set("options", `-c search_path=${schema}`);
    return { store, url: u.toString() };
  };
  try {
    const a = await fresh();
    await ingestFigures("server", a.store, articles);
    await a.store.close();
    const jobs = Math.min(articles.length, 2000);
    for (const workers of [1, 2]) {
      const s = await fresh();
      await s.store.putArticles(articles.slice(0, jobs), (x) => [assignJob(x.id)]);
      const t = performance.now();
      await Promise.all(Array.from({ length: workers }, () => exited(cli(["worker", "--once", "--concurrency", "20", "--db", s.url]))));
      const ms = performance.now() - t;
      const c = await s.store.counts();
      console.log(`server: ${workers} worker process(es): ${jobs} articles assigned + ${c.stories} stories analyzed in ${(ms / 1000).toFixed(1)} s = ${rate(jobs, ms)} (incl. ~3 s process start)`);
      await s.store.close();
    }
  } finally {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  }
}

export async function run(): Promise<void> {
  if (!existsSync(DEV)) {
    console.log(`store bench: skipped (${DEV} is absent)`);
    return;
  }
  const n = Number(process.env["STORE_BENCH_N"] ?? 10_000);
  const articles = corpus(n);
  const dir = await mkdtemp(join(tmpdir(), "tri-bench-store-"));
  try {
    const t = performance.now();
    const store = await openStore({ db: join(dir, "db") });
    console.log(`embedded: new store opened in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await ingestFigures("embedded", store, articles);
    await assignFigures("embedded", store, 1000);
    await store.close();
    await crashFigure(dir, n);
    const url = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
    if (url) await serverFigures(url, articles);
    else console.log("server: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL; scripts/ci-postgres.sh starts one)");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
