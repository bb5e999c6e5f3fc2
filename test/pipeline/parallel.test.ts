import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { annotateParallel } from "../../src/pipeline/parallel.js";

describe("annotation on worker threads", () => {
  it("gives the same docs as annotating on the main thread, in input order", async () => {
    const dir = "examples/istanbul-2025";
    const articles = readdirSync(dir).sort().map((f) => articleFromRecord(f, { text: readFileSync(join(dir, f), "utf8") }));
    const parallel = await annotateParallel(articles, 2);
    expect(parallel.map((d) => d.article.id)).toEqual(articles.map((a) => a.id));
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(articles.map(annotate)));
  }, 60_000);
});
