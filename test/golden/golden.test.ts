import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOLDEN_CASES, analyzeFolder, goldenLines } from "./golden.js";

describe.each(GOLDEN_CASES)("golden report for $name", ({ name, dir }) => {
  const report = analyzeFolder(dir);
  it("matches the reviewed golden findings (npm run golden:update to accept a change)", () => {
    expect(goldenLines(report).join("\n") + "\n").toBe(readFileSync(`test/golden/${name}.txt`, "utf8"));
  });
  it("has every claim span and evidence span equal to the article text it points at", () => {
    const text = new Map(report.articles.map((a) => [a.id, a.text]));
    for (const s of report.stories) {
      for (const c of s.claims) expect(text.get(c.articleId)!.slice(c.span.start, c.span.end)).toBe(c.span.text);
      for (const f of s.findings) {
        expect(f.evidence.length).toBeGreaterThan(0);
        for (const e of f.evidence) expect(text.get(e.articleId)!.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });
  it("puts every article in exactly one story", () => {
    const ids = report.stories.flatMap((s) => s.articleIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(report.articles.length);
  });
});
