// A year of news on one server (issue 23): articles whose publication dates spread over simulated
// days — new stories every day, old ones going quiet — fed to a store in publication order, as
// feeds would. Prints the story-assignment cost per article over the first and the last 10 % of
// the feed (flat when candidate search skips closed stories), the stories the time window has
// closed at the end, the disk size per 100k articles, and B³ against the simulated events.
// With TEST_DATABASE_URL / BENCH_DATABASE_URL: a PostgreSQL server (own schema) and two
// `worker --assign-only` processes; else the embedded store in this process.
//   npm run bench -- year [--articles N] [--days D] [--window W] [--regroup]
// (default 20,000 articles over 90 days; the full run is --articles 300000 --days 365).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { annotatorVersion } from "../src/annotate/persist.js";
import { assignJob, drainQueue } from "../src/cli/commands/worker.js";
import { placementReads } from "../src/store/assign.js";
import type { Article } from "../src/domain/article.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { DEFAULT_WINDOW_DAYS } from "../src/store/grouping.js";
import { openStore } from "../src/store/open.js";
import { settleStored } from "../src/store/settle.js";
import type { Store } from "../src/store/store.js";
import { bcubed } from "../eval/news-clusters.js";
import { realTexts } from "./corpus.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CHILD = resolve(root, "test/store/cli-child.ts");
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 1);

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[`YEAR_BENCH_${name.toUpperCase()}`];
  const n = Number(raw ?? fallback);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Mulberry32: the same feed on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `n` articles over `days` days. Each event (a story to be) starts on a random day, is reported
 * 1 to 40 times (mean about 5) over a life of 1 to 10 days, mostly at its start, then goes quiet.
 * An event is a real text (ECB+, FRANK) with its numbers shifted by the event's index, so two
 * events of one text differ in their numbers only — look-alikes; each report drops a line.
 */
function feed(n: number, days: number): { articles: Article[]; eventOf: Map<string, number> } {
  const texts = realTexts();
  const rnd = random(23);
  const drafts: { day: number; at: number; event: number; copy: number }[] = [];
  for (let event = 0; drafts.length < n; event++) {
    const start = Math.floor(rnd() * days);
    const size = Math.min(40, 1 + Math.floor(-Math.log(1 - rnd()) * 4));
    const life = 1 + Math.floor(rnd() * 10);
    for (let copy = 0; copy < size && drafts.length < n; copy++) {
      const day = start + Math.floor(rnd() * rnd() * life);
      // Reports after the last day are not in the feed (piling them on the last day would swell it).
      if (day < days) drafts.push({ day, at: rnd(), event, copy });
    }
  }
  drafts.sort((a, b) => a.day - b.day || a.at - b.at);
  const eventOf = new Map<string, number>();
  const articles = drafts.map((d, i) => {
    const src = texts[d.event % texts.length]!;
    const k = Math.floor(d.event / texts.length);
    const lines = src.text.replace(/\b\d+\b/g, (x) => String(Number(x) + k)).split("\n");
    if (d.copy > 0 && lines.length > 3) lines.splice(d.copy % lines.length, 1);
    const publishedAt = new Date(START + d.day * DAY_MS + Math.floor(d.at * DAY_MS)).toISOString();
    const a = articleFromRecord(`year ${i}`, { id: `y${i}`, title: src.title, text: `${lines.join("\n")}\n[${d.event}.${d.copy}]`, publishedAt });
    eventOf.set(a.id, d.event);
    return a;
  });
  return { articles, eventOf };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** A child process's CPU seconds (user + system, read every 100 ms until it exits). */
function cpuOf(pid: number): () => number {
  let cpu = 0;
  const t = setInterval(() => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ");
      if (stat) cpu = (Number(stat[11]) + Number(stat[12])) / 100;
    } catch {
      clearInterval(t);
    }
  }, 100);
  t.unref();
  return () => cpu;
}

/** Per-article cost in each tenth of the feed, from chunks of [articles, cost]. */
function tenths(chunks: readonly (readonly [number, number])[], total: number): string {
  const out: number[] = [];
  let n = 0, sum = 0, next = total / 10;
  for (const [k, t] of chunks) {
    n += k; sum += t;
    if (n >= next - 1e-9) { out.push(sum / n); n = 0; sum = 0; next = total / 10; }
  }
  if (n > 0) out.push(sum / n);
  return out.map((x) => x.toFixed(x >= 100 ? 0 : 1)).join(", ");
}

/** "first 10 %: x ms, last 10 %: y ms (y/x)" of per-article costs given per chunk as [articles, ms]. */
function deciles(chunks: readonly (readonly [number, number])[], total: number): string {
  const part = (fromEnd: boolean) => {
    let n = 0, ms = 0;
    const list = fromEnd ? [...chunks].reverse() : chunks;
    for (const [k, t] of list) { if (n >= total / 10) break; n += k; ms += t; }
    return ms / Math.max(1, n);
  };
  const first = part(false), last = part(true);
  return `first 10 % ${first.toFixed(2)} ms, last 10 % ${last.toFixed(2)} ms an article (last/first ${(last / first).toFixed(2)})`;
}

async function report(store: Store, label: string, articles: readonly Article[], eventOf: ReadonlyMap<string, number>, windowDays: number, bytes: number, empty: number): Promise<void> {
  const c = await store.counts();
  const closed = await store.closedStories(windowDays);
  const assigned = await store.storyAssignments();
  const b = bcubed(articles.map((a) => assigned.get(a.id) ?? a.id), articles.map((a) => String(eventOf.get(a.id))));
  console.log(`${label}: ${c.articles} articles, ${new Set(eventOf.values()).size} simulated events, ${c.stories} stories; at the last day ${closed.closed} stories closed by the ${windowDays}-day window (${c.stories - closed.closed - closed.undated} open); B³ against the events P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`);
  console.log(`${label}: size ${mb(bytes)}, of which ${mb(empty)} an empty store's; ${mb(((bytes - empty) / c.articles) * 100_000)} per 100k articles beyond that`);
}

async function embedded(articles: Article[], eventOf: Map<string, number>, windowDays: number, regroup: boolean): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tri-bench-year-"));
  try {
    const store = await openStore({ db: join(dir, "db") });
    const empty = await store.sizeBytes();
    for (let i = 0; i < articles.length; i += 1000) await store.putArticles(articles.slice(i, i + 1000), (a) => [assignJob(a.id)]);
    const chunk = Math.max(50, Math.floor(articles.length / 50));
    const assign: [number, number][] = [], whole: [number, number][] = [], cpu: [number, number][] = [], reads: [number, number][] = [];
    const timings = new Map<string, number>();
    let done = 0;
    const t0 = performance.now();
    while (done < articles.length) {
      const before = timings.get("assign") ?? 0;
      const t = performance.now();
      const c0 = process.cpuUsage();
      const r0 = placementReads.postings;
      const r = await drainQueue(store, { now: () => new Date(), assignOnly: true, maxJobs: Math.min(chunk, articles.length - done), timings, windowDays, idleMs: 0 });
      if (r.done === 0) break;
      done += r.done;
      assign.push([r.done, (timings.get("assign") ?? 0) - before]);
      whole.push([r.done, performance.now() - t]);
      const c = process.cpuUsage(c0);
      cpu.push([r.done, (c.user + c.system) / 1000]);
      reads.push([r.done, placementReads.postings - r0]);
    }
    const s = (performance.now() - t0) / 1000;
    console.log(`embedded: annotate + assign ${done} articles in ${s.toFixed(0)} s (${(done / s).toFixed(0)}/s), one process`);
    console.log(`embedded: story assignment: ${deciles(assign, done)}`);
    console.log(`embedded: annotate + assign: ${deciles(whole, done)}`);
    // Process CPU is the steadier figure on a shared machine (PGlite runs in this process, so it counts).
    console.log(`embedded: annotate + assign, process CPU: ${deciles(cpu, done)}`);
    console.log(`embedded: postings read per article: ${deciles(reads, done).replace(/ ms/g, "")}; by tenth of the feed: ${tenths(reads, done)}`);
    console.log(`embedded: story assignment ms per article by tenth of the feed: ${tenths(assign, done)}`);
    await report(store, "embedded", articles, eventOf, windowDays, await store.sizeBytes(), empty);
    if (regroup) {
      const t = performance.now();
      const r = await store.regroup(settleStored, { annotator: annotatorVersion(), windowDays });
      console.log(`embedded: regroup by ${windowDays}-day windows: ${r.windows} windows in ${((performance.now() - t) / 1000).toFixed(0)} s, story lock held at most ${r.lockMs} ms; ${r.storiesBefore} → ${r.storiesAfter} stories, ${r.moved} articles moved`);
      await report(store, "embedded after regroup", articles, eventOf, windowDays, await store.sizeBytes(), empty);
    }
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function server(url: string, articles: Article[], eventOf: Map<string, number>, windowDays: number, workers: number): Promise<void> {
  const schema = `bench_year_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const store = await openStore({ db: url, schema });
    const sizeOf = async () => Number((await admin.query<{ n: string }>(
      `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind IN ('r', 'm')`, [schema])).rows[0]?.n ?? 0);
    const empty = await sizeOf();
    for (let i = 0; i < articles.length; i += 1000) await store.putArticles(articles.slice(i, i + 1000), (a) => [assignJob(a.id)]);
    const u = new URL(url);
    u.searchParams.set("options", `-c search_path=${schema}`);
    const t = performance.now();
    const children = Array.from({ length: workers }, () => spawn(process.execPath, ["--no-regexp-tier-up", "--import", "tsx", CHILD, "worker", "--once", "--assign-only", "--window", String(windowDays), "--db", u.toString()], { cwd: root, env: process.env, stdio: ["ignore", "ignore", "pipe"] }));
    const said = children.map((c) => { let e = ""; c.stderr!.on("data", (d: Buffer) => (e += d.toString())); return () => e.trim().split("\n"); });
    const cpu = children.map((c) => cpuOf(c.pid!));
    await Promise.all(children.map((c) => new Promise((r) => c.on("exit", r))));
    const s = (performance.now() - t) / 1000;
    console.log(`server, ${workers} workers: annotate + assign ${articles.length} articles in ${s.toFixed(0)} s (${(articles.length / s).toFixed(0)}/s); ${said.map((f) => f().at(-1) ?? "").join(" | ")}; CPU seconds per worker ${cpu.map((f) => f().toFixed(0)).join(", ")}`);
    // With TRIANGULATE_DEBUG each worker says where its time went and how many articles it placed.
    for (const f of said) for (const line of f()) if (line.includes("worker: seconds:")) console.log(`  ${line}`);
    // Wall time per article from the jobs' finishing times, in queue (publication) order.
    const rows = (await admin.query<{ t: number }>(`SELECT extract(epoch FROM finished_at)::float8 * 1000 AS t FROM ${schema}.jobs WHERE kind = 'assign' ORDER BY id`)).rows.map((r) => r.t);
    const step = Math.max(1, Math.floor(rows.length / 50));
    const chunks: [number, number][] = [];
    for (let i = step; i < rows.length; i += step) chunks.push([step, Math.max(0, rows[i]! - rows[i - step]!)]);
    console.log(`server, ${workers} workers: wall time between finished jobs: ${deciles(chunks, rows.length)}`);
    await report(store, "server", articles, eventOf, windowDays, await sizeOf(), empty);
    await store.close();
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

export async function run(): Promise<void> {
  const n = arg("articles", 20_000), days = arg("days", 90);
  const windowDays = arg("window", DEFAULT_WINDOW_DAYS);
  const { articles, eventOf } = feed(n, days);
  console.log(`year: ${articles.length} articles over ${days} days (${(articles.length / days).toFixed(0)} a day), ${new Set(eventOf.values()).size} events; window ${windowDays} days`);
  const url = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
  if (url) await server(url, articles, eventOf, windowDays, 2);
  else await embedded(articles, eventOf, windowDays, process.argv.includes("--regroup"));
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
