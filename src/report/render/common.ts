// Helpers every renderer shares. The view helpers that the web UI needs too (article letters,
// severity counts, the claim matrix) live in domain/labels.ts, so the terminal, Markdown, HTML and
// browser views label and group alike.
import type { Finding } from "../../domain/finding.js";
import { SEVERITY_ORDER } from "../../domain/finding.js";
import type { Report, ReportArticle } from "../../domain/report.js";
import type { Story } from "../../domain/story.js";
import { severityCounts, timeframeText as timeframeOf } from "../../domain/labels.js";

export { articleLabels, claimMatrix, severityCounts, slotLabel, type MatrixRow } from "../../domain/labels.js";

export function articleById(report: Report): Map<string, ReportArticle> {
  return new Map(report.articles.map((a) => [a.id, a]));
}

export function countsLine(findings: readonly Finding[]): string {
  const c = severityCounts(findings);
  return SEVERITY_ORDER.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`).join(", ") || "no findings";
}

export function timeframeText(story: Story): string {
  return timeframeOf(story.timeframe);
}
