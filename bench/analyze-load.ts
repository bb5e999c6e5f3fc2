// Load test of the analysis line (issue 22), loopback only and never part of `npm test`: N clients
// (default 50) each POST /api/analyze with the five example articles back to back for S seconds
// (default 20) against `triangulate serve` in a child process (from source, rate limit off, the
// default threads and queue). Prints how many answers were 200 / 503 / other, the share of 503
// (target ≤ 5 %) and the latency percentiles of all answers.
//   npx tsx bench/analyze-load.ts [--clients 50] [--seconds 20] [-- extra serve options]
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Agent, request } from "undici";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

function seeds(): { id: string; text: string }[] {
  const dir = resolve(root, "examples/istanbul-2025");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f, text: readFileSync(resolve(dir, f), "utf8") }));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function startServer(extra: readonly string[]): Promise<{ url: string; child: ChildProcess }> {
  const args = ["serve", "--host", "127.0.0.1", "--port", "0", "--rate", "0", ...extra];
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(resolve(root, "src/cli/main.ts")).href)}); process.exitCode = await main(${JSON.stringify(args)});`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((done, fail) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/\S+?)\/ /.exec(out);
      if (m?.[1]) done({ url: m[1], child });
    });
    child.once("exit", (code) => fail(new Error(`triangulate serve exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { clients: { type: "string" }, seconds: { type: "string" } } });
  const clients = Number(values.clients ?? 50);
  const seconds = Number(values.seconds ?? 20);
  const { url, child } = await startServer(positionals);
  const agent = new Agent({ connections: clients, pipelining: 1, headersTimeout: 0, bodyTimeout: 0 });
  const body = JSON.stringify({ articles: seeds() });
  const statuses = new Map<number | string, number>();
  const latencies: number[] = [];
  try {
    // warm up: the first analysis loads the knowledge base in the worker thread
    await (await request(`${url}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body, dispatcher: agent })).body.arrayBuffer();
    const end = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        let status: number | string;
        try {
          const res = await request(`${url}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body, dispatcher: agent });
          await res.body.arrayBuffer();
          status = res.statusCode;
        } catch (e) {
          status = (e as NodeJS.ErrnoException).code ?? "error";
        }
        latencies.push(performance.now() - s);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }));
    const secs = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const total = latencies.length;
    const refused = statuses.get(503) ?? 0;
    console.log(`POST /api/analyze (5 seeds, ${body.length} bytes), ${clients} clients for ${secs.toFixed(1)} s: ${total} answers (${(total / secs).toFixed(1)}/s)`);
    console.log(`  statuses: ${[...statuses].map(([k, n]) => `${k} × ${n}`).join(", ")}`);
    console.log(`  503: ${((100 * refused) / Math.max(1, total)).toFixed(1)} % (target ≤ 5 %)`);
    console.log(`  latency: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms`);
  } finally {
    await agent.close();
    child.kill("SIGTERM");
  }
}

await main();
