// analyzeParallel gives the report analyze() gives, whichever thread did which part.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromRecord } from "../../src/ingest/record.js";
import { loadKb } from "../../src/kb/load.js";
import { analyze } from "../../src/pipeline/analyze.js";
import type { Report } from "../../src/domain/report.js";
import { render } from "../../src/report/render/index.js";
import { analyzeParallel, analyzeParallelJson } from "../../src/threads/parallel.js";

const dir = "examples/istanbul-2025";
const seeds = readdirSync(dir).sort().map((f) => ({ f, text: readFileSync(join(dir, f), "utf8") }));
// The seeds and copies with their numbers shifted: several stories, with rewrites and conflicting figures.
const articles = [0, 1, 2, 3].flatMap((k) => seeds.map(({ f, text }) =>
  articleFromRecord(`${f} copy ${k}`, { text: k === 0 ? text : `${text.replace(/\b\d+\b/g, (d) => String(Number(d) + k))}\nCopy ${k}.` })));

describe("analysis on two threads", () => {
  it("gives the same report as one thread", async () => {
    const kb = loadKb();
    const opts = { kb, generatedAt: "2026-01-01T00:00:00.000Z" };
    const one = analyze(articles, opts);
    const two = await analyzeParallel(articles, { ...opts, threads: 2, minArticles: 0 });
    expect(one.stories.length).toBeGreaterThan(1);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 120_000);
  it("writes the same JSON report when each thread renders the stories it ran", async () => {
    const kb = loadKb();
    const opts = { kb, generatedAt: "2026-01-01T00:00:00.000Z", problems: [{ input: "gone.txt", message: "not found" }] };
    const chunks: string[] = [];
    for await (const chunk of analyzeParallelJson(articles, { ...opts, threads: 2, minArticles: 0 })) chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk));
    expect(chunks.join("")).toBe(render(analyze(articles, opts), "json"));
  }, 120_000);
  it("prints the same terminal summary beside the streamed JSON report (the default run)", async () => {
    const kb = loadKb();
    const opts = { kb, generatedAt: "2026-01-01T00:00:00.000Z", problems: [{ input: "gone.txt", message: "not found" }] };
    const one = analyze(articles, opts);
    let summary: Report | null = null;
    const chunks: string[] = [];
    for await (const chunk of analyzeParallelJson(articles, { ...opts, threads: 2, minArticles: 0, onSummary: (r) => { summary = r; } })) chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk));
    expect(chunks.join("")).toBe(render(one, "json"));
    expect(one.stories.some((s) => s.findings.length > 0)).toBe(true);
    for (const minSeverity of ["info", "low", "high"] as const) expect(render(summary!, "text", { minSeverity })).toBe(render(one, "text", { minSeverity }));
  }, 120_000);
  it("loads a kb given as a loader once, with the same report, and raises its failure", async () => {
    const kb = loadKb();
    const opts = { generatedAt: "2026-01-01T00:00:00.000Z" };
    let loads = 0;
    const chunks: string[] = [];
    for await (const chunk of analyzeParallelJson(articles, { ...opts, kb: () => { loads++; return kb; }, threads: 2, minArticles: 0 })) chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk));
    expect(loads).toBe(1);
    expect(chunks.join("")).toBe(render(analyze(articles, { ...opts, kb }), "json"));
    const failing = analyzeParallel(articles, { ...opts, kb: () => { throw new Error("no kb here"); }, threads: 2, minArticles: 0 });
    await expect(failing).rejects.toThrow("no kb here");
  }, 120_000);
  it("stops the threads when the reader stops early", async () => {
    const kb = loadKb();
    const chunks = analyzeParallelJson(articles, { kb, generatedAt: "2026-01-01T00:00:00.000Z", threads: 2, minArticles: 0 });
    const first = await chunks.next();
    expect(first.value).toBe("{\n");
    await chunks.return(undefined);
  }, 120_000);
});
