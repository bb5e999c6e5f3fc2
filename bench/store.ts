// Store figures (a script, not a test) on N real-text articles (default 10k): embedded ingest
// (articles/s, peak RSS, size on disk), annotate + story assignment of all N with the time per new
// article as the corpus grows, story analysis; kill -9 mid-ingest then re-ingest; and with
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) a server with one and two worker processes (articles/s,
// ratio, peak RSS per worker, schema size, time per new article at N stored). Texts:
// ../shared/eval/news-clusters/dev.jsonl, repeated with light perturbation; skipped cleanly when
// absent. `npm run bench store`; STORE_BENCH_N=100000 for the 100k figures, STORE_BENCH_PARTS
// (embedded,analyze,whole,regroup,growth,crash,server) to run some parts only; "whole" is ingest +
// annotate + assign + analyze in one process as `triangulate ingest` runs it, on 0, 1 and 2 pool
// threads (STORE_BENCH_THREADS=2 for some only); "regroup" then settles the last of those stores.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { annotate } from "../src/annotate/annotate.js";
import { annotatorVersion } from "../src/annotate/persist.js";
import { analyzeJob, assignJob, drainQueue, PLACED } from "../src/cli/commands/worker.js";
import type { Article } from "../src/domain/article.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { threadPool } from "../src/threads/pool.js";
import { settleStored } from "../src/store/settle.js";
import { groupingFeatures } from "../src/stories/features.js";
import { bcubed } from "../eval/news-clusters.js";
import { openStore } from "../src/store/open.js";
import type { Store } from "../src/store/store.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DEV = resolve(root, "../shared/eval/news-clusters/dev.jsonl");
const CHILD = resolve(root, "test/store/cli-child.ts");

/** Article id → the ECB+ event its text comes from (every copy of a text tells the same event). */
const eventOf = new Map<string, string>();

function corpus(n: number): Article[] {
  const base = readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string; cluster: string });
  const out: Article[] = [];
  for (let i = 0; out.length < n; i++) {
    const src = base[i % base.length]!;
    const k = Math.floor(i / base.length);
    const lines = src.text.replace(/\b\d+\b/g, (d) => String(Number(d) + k)).split("\n");
    if (k > 0 && lines.length > 3) lines.splice(k % lines.length, 1);
    const a = articleFromRecord(`bench ${i}`, { id: `b${i}`, title: src.title, text: `${lines.join("\n")}\n(${k})` });
    eventOf.set(a.id, src.cluster);
    out.push(a);
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

/** Annotates and assigns all queued articles in chunks, printing the time per article as the corpus grows. */
async function assignFigures(label: string, store: Store, n: number): Promise<void> {
  const chunk = 1000;
  const peak = rssPeak();
  const timings = new Map<string, number>();
  const t0 = performance.now();
  const marks = new Set([10_000, 25_000, 50_000, n].filter((m) => m <= n));
  let done = 0;
  while (done < n) {
    const before = new Map(timings);
    const t = performance.now();
    const r = await drainQueue(store, { now: () => new Date(), maxJobs: Math.min(chunk, n - done), timings });
    if (r.done === 0) break;
    done += r.done;
    if (marks.has(done)) console.log(`${label}: at ${done} stored, ${perArticle(timings, before, r.done, performance.now() - t)}`);
  }
  const ms = performance.now() - t0;
  console.log(`${label}: annotate + story assignment of ${done} articles at ${rate(done, ms)} in one process; peak RSS ${mb(peak.stop())}; size ${mb(await store.sizeBytes())}`);
}

/** "2.10 ms per new article (store 0.41 ms: claim, load, save doc, complete, assign; …)" for the last chunk. */
function perArticle(now: Map<string, number>, before: Map<string, number>, n: number, ms: number): string {
  const d = (k: string) => ((now.get(k) ?? 0) - (before.get(k) ?? 0)) / n;
  const store = d("claim") + d("load") + d("save") + d("complete") + d("assign");
  const parts = ["claim", "load", "save", "complete", "assign"].map((k) => `${k} ${d(k).toFixed(2)}`).join(", ");
  return `${(ms / n).toFixed(2)} ms per new article (store ${store.toFixed(2)} ms: ${parts}; annotate ${d("annotate").toFixed(2)} ms)`;
}

/**
 * The store's incremental cost alone as the corpus grows to n: story assignment in batches of 64
 * (as workers do) of the corpus's real grouping features, each distinct text variant annotated once and
 * not timed (annotation costs the same at any corpus size).
 */
async function growthFigures(label: string, store: Store, articles: readonly Article[]): Promise<void> {
  const keysOf = new Map<string, string[]>();
  const variant = (a: Article) => a.text.replace(/\d+/g, "#");
  const marks = new Set([10_000, 25_000, 50_000, articles.length].filter((m) => m <= articles.length));
  await store.putArticles(articles);
  const recent: [number, number][] = [];
  const t0 = performance.now();
  let cpuUs = 0;
  for (let i = 0; i < articles.length; i += 64) {
    const batch = articles.slice(i, i + 64).map((a) => {
      const v = variant(a);
      let keys = keysOf.get(v);
      if (!keys) keysOf.set(v, (keys = groupingFeatures(annotate(a))));
      return { articleId: a.id, title: a.title, keys };
    });
    const t = performance.now();
    const c0 = process.cpuUsage();
    await store.saveStoryAssignments(batch);
    const c = process.cpuUsage(c0);
    cpuUs += c.user + c.system;
    recent.push([performance.now() - t, batch.length]);
    if (recent.length > 16) recent.shift();
    const done = i + batch.length;
    for (const m of marks) {
      if (done < m || done - batch.length >= m) continue;
      const [ms, count] = recent.reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
      console.log(`${label}: story assignment alone at ${m} stored: ${((ms / count) * 1000).toFixed(0)} µs per new article (last ${count})`);
    }
  }
  const c = await store.counts();
  // Process CPU is the steadier figure on a shared machine (embedded: PGlite runs in this process, so it counts).
  console.log(`${label}: story assignment used ${(cpuUs / 1000 / articles.length).toFixed(1)} ms of process CPU per article on average`);
  console.log(`${label}: ${articles.length} articles in ${c.stories} stories (${keysOf.size} distinct texts annotated) in ${((performance.now() - t0) / 1000).toFixed(0)} s${store.kind === "pglite" ? `; size ${mb(await store.sizeBytes())}` : ""}`);
}

async function analyzeFigures(label: string, store: Store, articles: number): Promise<void> {
  const peak = rssPeak();
  const t = performance.now();
  const timings = new Map<string, number>();
  const r = await drainQueue(store, { now: () => new Date(), timings });
  const ms = performance.now() - t;
  const parts = [...timings].filter(([k]) => k.startsWith("analyze: ")).map(([k, v]) => `${k.slice(9)} ${(v / 1000).toFixed(1)}`).join(", ");
  console.log(`${label}: ${r.done} story analyses (${(await store.counts()).stories} stories) in ${(ms / 1000).toFixed(1)} s = ${rate(articles, ms)} articles (seconds: ${parts}); peak RSS ${mb(peak.stop())}`);
}

/** What `triangulate ingest` does on an empty store: store, annotate, assign and analyze everything, with `threads` pool threads. */
async function wholeFigures(dir: string, articles: Article[], threads: number): Promise<void> {
  const store = await openStore({ db: join(dir, `whole-${threads}`) });
  const pool = threads > 0 ? threadPool({ threads }) : undefined;
  const peak = rssPeak();
  const timings = new Map<string, number>();
  const t = performance.now();
  for (let i = 0; i < articles.length; i += 1000) await store.putArticles(articles.slice(i, i + 1000), (a) => [assignJob(a.id)]);
  const errors = new Map<string, number>();
  const log = (line: string) => {
    const msg = line.replace(/^job \S+ failed \(attempt \d+\): /, "").slice(0, 160);
    errors.set(msg, (errors.get(msg) ?? 0) + 1);
  };
  const r = await drainQueue(store, { now: () => new Date(), timings, log, ...(pool ? { pool } : {}) });
  const ms = performance.now() - t;
  await pool?.close();
  for (const [msg, count] of errors) console.log(`  ${count} × failed: ${msg}`);
  const c = await store.counts();
  const phases = [...timings].filter(([k]) => k !== PLACED).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(", ");
  const assigned = await store.storyAssignments();
  const b = bcubed(articles.map((a) => assigned.get(a.id) ?? a.id), articles.map((a) => eventOf.get(a.id)!));
  console.log(`embedded: stories against the ECB+ events the texts come from: B³ P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`);
  console.log(`embedded, ${threads === 0 ? "one thread" : `main thread + ${threads} pool thread(s)`}: ingest + annotate + assign + analyze ${articles.length} articles (${c.stories} stories, largest ${(await store.listStories({ limit: 1 }))[0]?.articleCount ?? 0}, ${r.failed} failed) in ${(ms / 1000).toFixed(1)} s = ${rate(articles.length, ms)}; peak RSS ${mb(peak.stop())} (pool threads included); size ${mb(await store.sizeBytes())}; seconds summed over lanes: ${phases}`);
  await store.close();
}

/** `triangulate regroup` on the store wholeFigures left: seconds, peak RSS, stories and B³ after, and the re-analysis it queued. */
async function regroupFigures(dir: string, articles: Article[], threads: number): Promise<void> {
  const store = await openStore({ db: join(dir, `whole-${threads}`) });
  const peak = rssPeak();
  const t = performance.now();
  const r = await store.regroup(settleStored, { annotator: annotatorVersion(), jobs: (id) => [analyzeJob(id)] });
  const ms = performance.now() - t;
  const regroupPeak = peak.stop();
  const analysisPeak = rssPeak();
  const assigned = await store.storyAssignments();
  const b = bcubed(articles.map((a) => assigned.get(a.id) ?? a.id), articles.map((a) => eventOf.get(a.id)!));
  const pool = threads > 0 ? threadPool({ threads }) : undefined;
  const a = performance.now();
  await drainQueue(store, { now: () => new Date(), idleMs: 1500, ...(pool ? { pool } : {}) });
  const analyzeMs = performance.now() - a;
  await pool?.close();
  console.log(`embedded: regroup ${r.articles} articles in ${(ms / 1000).toFixed(1)} s = ${rate(r.articles, ms)} (${r.storiesBefore} → ${r.storiesAfter} stories, ${r.moved} articles moved, ${r.changed} stories changed); peak RSS ${mb(regroupPeak)} (this process, after the ingest before it); B³ after: P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}; re-analysis of the changed stories ${(analyzeMs / 1000).toFixed(1)} s, peak RSS ${mb(analysisPeak.stop())}`);
  await store.close();
}

/** The CLI from source in a child process, with the V8 flag bin/triangulate.js sets (regexps compiled to native code at once). */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ["--no-regexp-tier-up", "--import", "tsx", CHILD, ...args], { cwd: root, env: { ...process.env, ...env } });
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

/** Peak RSS of a child process (VmHWM, read until it exits). */
function childPeak(pid: number): { stop: () => number; cpu: () => number } {
  let peak = 0;
  let cpu = 0;
  const read = () => {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSyncSafe(`/proc/${pid}/status`));
    if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    // utime and stime, in clock ticks (100 a second), after the command name in parentheses.
    const stat = readFileSyncSafe(`/proc/${pid}/stat`).split(") ")[1]?.split(" ");
    if (stat) cpu = (Number(stat[11]) + Number(stat[12])) / 100;
  };
  const t = setInterval(read, 100);
  return { stop: () => (clearInterval(t), peak), cpu: () => cpu };
}

/** Seconds the whole machine's CPUs were busy (all processes, the database server's included). */
function machineBusy(): number {
  const [, ...f] = readFileSyncSafe("/proc/stat").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = f;
  return (user + nice + system + irq + softirq + steal) / 100;
}

function readFileSyncSafe(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/**
 * CPU seconds of the PostgreSQL server (when it runs on this machine): its postmaster's own and its
 * children's that have exited (each worker connection's backend, once the worker closes it), read
 * through the admin connection's backend's parent. Null when /proc does not show it.
 */
async function serverCpu(admin: pg.Client): Promise<() => number | null> {
  const pid = (await admin.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
  const ppid = Number(readFileSyncSafe(`/proc/${pid}/stat`).split(") ")[1]?.split(" ")[1]);
  return () => {
    const f = readFileSyncSafe(`/proc/${ppid}/stat`).split(") ")[1]?.split(" ");
    // utime, stime, cutime, cstime (fields 14-17), in clock ticks.
    return f && f.length > 15 ? (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100 : null;
  };
}

/** How many backends wait for an advisory lock (the story lock), averaged over samples every 100 ms. */
function lockWaits(admin: pg.Client): { stop: () => Promise<number> } {
  let sum = 0;
  let samples = 0;
  let busy: Promise<void> = Promise.resolve();
  const t = setInterval(() => {
    busy = admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'")
      .then((r) => { sum += r.rows[0]?.n ?? 0; samples++; }, () => undefined);
  }, 100);
  return { stop: async () => (clearInterval(t), await busy, samples === 0 ? 0 : sum / samples) };
}

async function serverFigures(url: string, articles: Article[], fresh: Article[], analysis: boolean): Promise<void> {
  const schemas: string[] = [];
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const open = async () => {
    const schema = `bench_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    const store = await openStore({ db: url, schema });
    const u = new URL(url);
    u.searchParams.set("options", `-c search_path=${schema}`);
    return { store, url: u.toString(), schema };
  };
  const schemaSize = async (schema: string) => Number((await admin.query<{ n: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = $1 AND c.relkind IN ('r', 'm')`, [schema])).rows[0]?.n ?? 0);
  try {
    const a = await open();
    await ingestFigures("server", a.store, articles);
    await a.store.close();
    const rates: number[] = [];
    let firstStories: string[] | null = null;
    const dbCpu = await serverCpu(admin);
    for (const workers of [1, 2]) {
      const s = await open();
      await s.store.putArticles(articles, (x) => [assignJob(x.id)]);
      const t = performance.now();
      const children = Array.from({ length: workers }, () => cli(["worker", "--once", ...(analysis ? [] : ["--assign-only"]), "--db", s.url]));
      const peaks = children.map((c) => childPeak(c.pid!));
      const waits = lockWaits(admin);
      const busy0 = machineBusy();
      const db0 = dbCpu();
      const stderr = children.map((c) => { const e = { text: "" }; c.stderr.on("data", (d: Buffer) => (e.text += d.toString())); return e; });
      const said = stderr.map((e) => () => /(\d+) jobs done/.exec(e.text)?.[1] ?? "?");
      await Promise.all(children.map(exited));
      const ms = performance.now() - t;
      const db1 = dbCpu();
      const dbSeconds = db0 === null || db1 === null ? "?" : (db1 - db0).toFixed(0);
      const c = await s.store.counts();
      rates.push((articles.length * 1000) / ms);
      const span = (await admin.query<{ s: number }>(`SELECT extract(epoch FROM max(finished_at) - min(finished_at))::float8 AS s FROM ${s.schema}.jobs WHERE kind = 'assign'`)).rows[0]?.s ?? 0;
      const what = analysis ? `annotated, assigned and ${c.stories} stories analyzed` : `annotated and assigned to ${c.stories} stories (no analysis)`;
      console.log(`server, ${workers} worker process(es): ${articles.length} articles ${what} in ${(ms / 1000).toFixed(1)} s = ${rate(articles.length, ms)} (incl. process start; assignments alone ${rate(articles.length, span * 1000)} from first to last); jobs done per worker ${said.map((f) => f()).join(", ")}; workers waiting for the story lock ${(await waits.stop() * 100).toFixed(1)} % of the time; peak RSS per worker ${peaks.map((p) => mb(p.stop())).join(", ")}; CPU seconds per worker ${peaks.map((p) => p.cpu().toFixed(0)).join(", ")} (database server ${dbSeconds}), cores busy on average (database included) ${((machineBusy() - busy0) / (ms / 1000)).toFixed(2)}; schema size ${mb(await schemaSize(s.schema))}`);
      // With TRIANGULATE_DEBUG each worker says where its time went.
      for (const e of stderr) for (const line of e.text.split("\n")) if (line.includes("worker: seconds:")) console.log(`  ${line}`);
      // Stories against the events the texts come from, and the two-worker stories against the one-worker ones.
      const assigned = await s.store.storyAssignments();
      const storyOf = articles.map((x) => assigned.get(x.id) ?? x.id);
      const ev = bcubed(storyOf, articles.map((x) => eventOf.get(x.id)!));
      const vsOne = firstStories ? bcubed(storyOf, firstStories) : null;
      firstStories ??= storyOf;
      console.log(`server, ${workers} worker process(es): stories against the ECB+ events B³ P ${ev.precision.toFixed(3)} R ${ev.recall.toFixed(3)} F1 ${ev.f1.toFixed(3)}${vsOne ? `; against the one-worker stories B³ P ${vsOne.precision.toFixed(3)} R ${vsOne.recall.toFixed(3)} F1 ${vsOne.f1.toFixed(3)}` : ""}`);
      // STORE_BENCH_FRESH=0 leaves out the per-article cost of 1,000 more (the ratio's runs alone, back to back).
      if (workers === 1 && process.env["STORE_BENCH_FRESH"] !== "0") {
        await s.store.putArticles(fresh, (x) => [assignJob(x.id)]);
        const timings = new Map<string, number>();
        const t1 = performance.now();
        const r = await drainQueue(s.store, { now: () => new Date(), assignOnly: true, maxJobs: fresh.length, timings });
        console.log(`server: ${fresh.length} more articles with ${articles.length} stored: ${perArticle(timings, new Map(), r.done, performance.now() - t1)}`);
      }
      await s.store.close();
    }
    console.log(`server: 2 workers / 1 worker = ${(rates[1]! / rates[0]!).toFixed(2)}×`);
  } finally {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  }
}

async function serverGrowth(url: string, articles: readonly Article[]): Promise<void> {
  const schema = `bench_growth_${process.pid}`;
  const store = await openStore({ db: url, schema });
  try {
    await growthFigures("server", store, articles);
  } finally {
    await store.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  }
}

export async function run(): Promise<void> {
  if (!existsSync(DEV)) {
    console.log(`store bench: skipped (${DEV} is absent)`);
    return;
  }
  const n = Number(process.env["STORE_BENCH_N"] ?? 10_000);
  const parts = new Set((process.env["STORE_BENCH_PARTS"] ?? "embedded,analyze,whole,regroup,growth,crash,server").split(","));
  const all = corpus(n + 1000);
  const articles = all.slice(0, n);
  const dir = await mkdtemp(join(tmpdir(), "tri-bench-store-"));
  try {
    if (parts.has("embedded")) {
      const t = performance.now();
      const store = await openStore({ db: join(dir, "db") });
      console.log(`embedded: new store opened in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      await ingestFigures("embedded", store, articles);
      await assignFigures("embedded", store, n);
      if (parts.has("analyze")) await analyzeFigures("embedded", store, n);
      await store.close();
    }
    const threadCounts = (process.env["STORE_BENCH_THREADS"] ?? "0,1,2").split(",").map(Number);
    if (parts.has("whole")) for (const threads of threadCounts) await wholeFigures(dir, articles, threads);
    if (parts.has("whole") && parts.has("regroup")) await regroupFigures(dir, articles, threadCounts.at(-1)!);
    if (parts.has("growth")) {
      const store = await openStore({ db: join(dir, "growth-db") });
      await growthFigures("embedded", store, articles);
      await store.close();
    }
    if (parts.has("crash")) await crashFigure(dir, n);
    const url = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
    if (url && parts.has("growth")) await serverGrowth(url, articles);
    if (url && parts.has("server")) await serverFigures(url, articles, all.slice(n), parts.has("analyze"));
    else if (!url && parts.has("server")) console.log("server: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL; scripts/ci-postgres.sh starts one)");
  } finally {
    if (process.env["STORE_BENCH_KEEP"]) console.log(`stores kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
