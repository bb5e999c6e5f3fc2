// API speed against 127.0.0.1 (issue 9): POST /api/analyze with the five seeds (p50/p95
// latency, sequential), and GET /api/stories/:id for a 100-article story (requests/s with
// keep-alive connections in parallel, plain and gzip; target ≥ 500/s). The story is the bench
// corpus's first 100 real articles analyzed and held as one story. The server runs in a child
// process as `triangulate serve` does (one analysis thread); rate limiting is off for the run.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Agent, request } from "undici";
import type { Report } from "../src/domain/report.js";
import type { Story } from "../src/domain/story.js";
import { loadKb } from "../src/kb/load.js";
import { analyze } from "../src/pipeline/analyze.js";
import { threadPool } from "../src/threads/pool.js";
import { createApp } from "../src/server/app.js";
import { MemoryStore } from "../src/server/memory-store.js";
import { serve } from "../src/server/node.js";
import { corpus } from "./corpus.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const ANALYZE_RUNS = 30;
const GET_SECONDS = 5;
const CONCURRENCY = 16;

function seeds(): { id: string; text: string }[] {
  const dir = resolve(root, "examples/istanbul-2025");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f, text: readFileSync(resolve(dir, f), "utf8") }));
}

/** The first 100 articles of the bench corpus, analyzed, with their stories merged into one. */
function hundredArticleReport(): Report {
  const report = analyze(corpus(100), { kb: loadKb(), generatedAt: new Date().toISOString() });
  const [first, ...rest] = report.stories;
  if (!first) throw new Error("the benchmark corpus produced no story");
  const merged: Story = {
    ...first,
    articleIds: report.stories.flatMap((s) => s.articleIds),
    claims: report.stories.flatMap((s) => s.claims),
    findings: report.stories.flatMap((s) => s.findings),
    provenance: report.stories.flatMap((s) => s.provenance),
    sourcing: report.stories.flatMap((s) => s.sourcing ?? []),
    notes: [`merged from ${rest.length + 1} stories for the benchmark`],
  };
  return { ...report, stories: [merged] };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Child mode: serve the 100-article story (and POST /api/analyze) and print where, so load and server do not share one event loop. */
async function serveChild(): Promise<void> {
  const report = hundredArticleReport();
  const pool = threadPool({ threads: 1 });
  const app = createApp({ kb: loadKb(), analyzer: pool.analyze, clock: () => new Date(), store: new MemoryStore({ reports: [report] }), rateLimit: false, log: () => {} });
  const server = await serve(app, { host: "127.0.0.1", port: 0 });
  const story = report.stories[0]!;
  console.log(JSON.stringify({ url: server.url, storyId: story.id, articles: story.articleIds.length }));
}

function startChild(): Promise<{ url: string; storyId: string; articles: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ ...(JSON.parse(line) as { url: string; storyId: string; articles: number }), child });
    });
    child.once("exit", (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
}

export async function run(): Promise<void> {
  const { url: base, storyId, articles, child } = await startChild();
  const agent = new Agent({ connections: CONCURRENCY, pipelining: 1 });
  try {
    const body = JSON.stringify({ articles: seeds() });
    const post = async () => {
      const res = await request(`${base}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body, dispatcher: agent });
      if (res.statusCode !== 200) throw new Error(`POST /api/analyze answered ${res.statusCode}`);
      await res.body.arrayBuffer();
    };
    for (let i = 0; i < 3; i++) await post();
    const times: number[] = [];
    for (let i = 0; i < ANALYZE_RUNS; i++) {
      const t0 = performance.now();
      await post();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`POST /api/analyze (5 seeds, ${body.length} bytes), ${ANALYZE_RUNS} sequential runs: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`);

    const url = `${base}/api/stories/${encodeURIComponent(storyId)}`;
    for (const encoding of ["identity", "gzip"]) {
      let bytes = 0;
      const get = async () => {
        const res = await request(url, { dispatcher: agent, headers: { "accept-encoding": encoding } });
        if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}`);
        bytes = (await res.body.arrayBuffer()).byteLength;
      };
      for (let i = 0; i < 50; i++) await get();
      const latencies: number[] = [];
      const end = performance.now() + GET_SECONDS * 1000;
      const t0 = performance.now();
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          const s = performance.now();
          await get();
          latencies.push(performance.now() - s);
        }
      }));
      const secs = (performance.now() - t0) / 1000;
      latencies.sort((a, b) => a - b);
      console.log(`GET /api/stories/:id (${articles} articles, ${(bytes / 1024).toFixed(0)} KB ${encoding}), ${CONCURRENCY} connections for ${GET_SECONDS} s: ${(latencies.length / secs).toFixed(0)} req/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (target ≥ 500 req/s)`);
    }
  } finally {
    await agent.close();
    child.kill("SIGTERM");
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--serve")) await serveChild();
  else await run();
}
