// Test helpers for signals: run the stage on strings and print findings as one-line strings
// ("high signals/ai-byline 0:"By AI""), checking every evidence span against the article text.
import { expect } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import type { FindingDraft } from "../../src/domain/finding.js";
import { signals } from "../../src/signals/index.js";
import { docOf } from "../helpers.js";

export function run(texts: readonly string[] | readonly Doc[]): { lines: string[]; findings: FindingDraft[]; docs: Doc[] } {
  const docs = texts.map((t) => (typeof t === "string" ? docOf(t) : t));
  const { findings } = signals(docs);
  for (const f of findings) {
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const e of f.evidence) {
      const doc = docs.find((d) => d.article.id === e.articleId);
      expect(doc?.article.text.slice(e.start, e.end)).toBe(e.text);
    }
  }
  const idx = (id: string) => docs.findIndex((d) => d.article.id === id);
  const lines = findings.map((f) => `${f.severity} ${f.rule} ${f.evidence.slice(0, 3).map((e) => `${idx(e.articleId)}:"${e.text}"`).join(" ")}`);
  return { lines, findings, docs };
}

export function ofRule(lines: readonly string[], rule: string): string[] {
  return lines.filter((l) => l.split(" ")[1] === rule);
}
