// Workers started ahead for a cold `analyze`: only when the run will likely use a pool, and the
// report is the same whether analyzeParallel takes a prestarted worker or starts its own.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleFromRecord } from "../../src/ingest/record.js";
import { loadKb } from "../../src/kb/load.js";
import { analyze } from "../../src/pipeline/analyze.js";
import { render } from "../../src/report/render/index.js";
import { analyzeParallelJson } from "../../src/threads/parallel.js";
import { dropPrestarted, prestartAnalysis, takePrestarted } from "../../src/threads/prestart.js";

const dir = mkdtempSync(join(tmpdir(), "prestart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const line = JSON.stringify({ id: "x", title: "A harbour crane collapsed in Gdynia", text: "Two dock workers were hurt when a crane fell on Tuesday. ".repeat(20) });
writeFileSync(join(dir, "small.jsonl"), `${line}\n`.repeat(10));
writeFileSync(join(dir, "large.jsonl"), `${line}\n`.repeat(600));
mkdirSync(join(dir, "many"));
for (let i = 0; i < 200; i++) writeFileSync(join(dir, "many", `${i}.txt`), "Title\nText.");

/** How many workers a prestart with these arguments starts (ended at once). */
async function started(args: string[]): Promise<number> {
  prestartAnalysis(args, dir);
  const workers = takePrestarted(8);
  await Promise.all(workers.map((w) => w.terminate()));
  return workers.length;
}

describe("prestarted analysis workers", () => {
  it("starts one for large inputs on the default two threads (one core: none), N-1 for --threads N", async () => {
    const byDefault = Math.min(2, availableParallelism()) - 1;
    expect(await started(["large.jsonl", "--format", "json", "--out", "r.json"])).toBe(byDefault);
    expect(await started(["many"])).toBe(byDefault);
    expect(await started(["small.jsonl", "large.jsonl", "--threads", "3"])).toBe(2);
    expect(await started(["--threads=3", "large.jsonl"])).toBe(2);
  }, 60_000);
  it("starts none for small inputs, one thread, help, URLs or missing paths", async () => {
    expect(await started(["small.jsonl"])).toBe(0);
    expect(await started(["large.jsonl", "--threads", "1"])).toBe(0);
    expect(await started(["large.jsonl", "--help"])).toBe(0);
    expect(await started(["https://example.org/feed.xml", "missing.jsonl"])).toBe(0);
    // An option's value is no input: a large file named by --out is not read as one.
    expect(await started(["small.jsonl", "--out", "large.jsonl"])).toBe(0);
  }, 60_000);
  it("gives the same report with a prestarted worker; one not taken is ended", async () => {
    const seeds = readdirSync("examples/istanbul-2025").sort();
    const articles = [0, 1].flatMap((k) => seeds.map((f) => articleFromRecord(`${f} ${k}`, { text: `${readFileSync(join("examples/istanbul-2025", f), "utf8")}\nCopy ${k}.` })));
    const opts = { kb: loadKb(), generatedAt: "2026-01-01T00:00:00.000Z" };
    prestartAnalysis(["large.jsonl"], dir);
    const chunks: string[] = [];
    for await (const chunk of analyzeParallelJson(articles, { ...opts, threads: 2, minArticles: 0 })) chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk));
    expect(takePrestarted(1)).toEqual([]);
    expect(chunks.join("")).toBe(render(analyze(articles, opts), "json"));
    prestartAnalysis(["large.jsonl"], dir);
    dropPrestarted();
    expect(takePrestarted(1)).toEqual([]);
  }, 120_000);
});
