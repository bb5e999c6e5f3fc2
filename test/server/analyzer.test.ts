// Analysis on worker threads: the same report as in-process, input errors still 400, and the
// server keeps answering while an analysis runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain/report.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { threadPool, type ThreadPool } from "../../src/threads/pool.js";
import { createApp } from "../../src/server/app.js";
import { analyzeAll, baseDeps, jsonPost, NOW, seedArticles } from "./helpers.js";

const lines = (r: Report) => r.stories.flatMap((s) => s.findings.map((f) => `${f.type} ${f.severity} ${f.evidence.map((e) => e.text).join(" | ")}`)).sort();

describe("analysis on worker threads", () => {
  let pool: ThreadPool;
  beforeAll(() => {
    pool = threadPool({ threads: 1 });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it("gives the same findings as the in-process pipeline for the seeds", async () => {
    const articles = seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a));
    const threaded = await pool.analyze(articles, NOW.toISOString());
    expect(lines(threaded)).toEqual(lines(analyzeAll(articles)));
    expect(threaded.generatedAt).toBe(NOW.toISOString());
  }, 120_000);

  it("keeps answering other requests while an analysis runs", async () => {
    const app = createApp(baseDeps({ analyzer: pool.analyze }));
    let analyzed = false;
    const post = Promise.resolve(app.request("/api/analyze", jsonPost({ articles: seedArticles() }))).then((r: Response) => ((analyzed = true), r));
    const info = await app.request("/api/info");
    expect(info.status).toBe(200);
    expect(analyzed).toBe(false);
    const res = await post;
    expect(res.status).toBe(200);
    expect(((await res.json()) as Report).articles).toHaveLength(5);
  }, 120_000);
});

describe("a thread pool whose threads cannot start", () => {
  it("rejects jobs with the reason instead of hanging, and stops restarting threads", async () => {
    const broken = threadPool({ threads: 1, kbDir: "/nonexistent/kb" });
    try {
      const articles = [articleFromRecord("a", { id: "a", text: "A short article." })];
      let error: Error | undefined;
      for (let i = 0; i < 6 && !/keep failing/.test(error?.message ?? ""); i++) {
        error = await broken.analyze(articles, NOW.toISOString()).then(() => undefined, (e: Error) => e);
        expect(error).toBeInstanceOf(Error);
      }
      expect(error?.message).toMatch(/analysis threads keep failing/);
    } finally {
      await broken.close();
    }
  }, 120_000);
});
