// Golden outputs by phenomenon: the findings of a whole analysis as one line each, so a change
// in behaviour shows as a readable diff. `npm run golden:update` rewrites the files.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Report } from "../../src/domain/report.js";
import { loadKb } from "../../src/kb/load.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { analyze } from "../../src/pipeline/analyze.js";

export const GOLDEN_CASES = [{ name: "istanbul-2025", dir: "examples/istanbul-2025" }] as const;

export function analyzeFolder(dir: string): Report {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const articles = files.map((f) => articleFromRecord(f, { text: readFileSync(join(dir, f), "utf8") }, { path: join(dir, f) }));
  return analyze(articles, { kb: loadKb(), generatedAt: "2026-01-01T00:00:00.000Z" });
}

/** `contradiction high crosscheck/contradiction 003:1021-1040 "over 500 Ukrainians" | 004:…` */
export function goldenLines(report: Report): string[] {
  const name = new Map(report.articles.map((a) => [a.id, basename(a.path ?? a.id).slice(0, 3)]));
  const lines: string[] = [];
  for (const s of report.stories) {
    lines.push(`story [${s.articleIds.map((id) => name.get(id)).join(" ")}] ${s.timeframe.from ?? "?"}..${s.timeframe.to ?? "?"}`);
    for (const d of s.provenance) lines.push(`  provenance ${name.get(d.from)}->${name.get(d.to)} ${d.relation} aligned=${d.alignedSentences}`);
    const findings = s.findings.map((f) => `  ${f.type} ${f.severity} ${f.rule} ${f.evidence.slice(0, 3).map((e) => `${name.get(e.articleId)}:${e.start}-${e.end} ${JSON.stringify(e.text.slice(0, 60))}`).join(" | ")}`);
    lines.push(...findings.sort());
  }
  return lines;
}
