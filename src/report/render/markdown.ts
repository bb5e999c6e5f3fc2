// Markdown report: per story the articles, findings by severity with quoted evidence, the claim
// matrix (slots × articles, contested cells marked), derivations side by side, and sourcing.
import type { Report } from "../../domain/report.js";
import type { Story } from "../../domain/story.js";
import { articleById, articleLabels, claimMatrix, countsLine, timeframeText } from "./common.js";
import { clip } from "./text.js";

const md = (t: string) => t.replace(/\\/g, "\\\\").replace(/([|*_`<>\[\]#])/g, "\\$1").replace(/\n/g, " ");

export function renderMarkdown(report: Report): string {
  const labels = articleLabels(report);
  const byId = articleById(report);
  const out: string[] = [`# Triangulate report`, "", `Generated ${report.generatedAt} · ${report.articles.length} articles · ${report.stories.length} stories`, ""];
  if (report.problems?.length) {
    out.push("**Inputs that could not be read**", "");
    for (const p of report.problems) out.push(`- \`${md(p.input)}\`: ${md(p.message)}`);
    out.push("");
  }
  for (const story of report.stories) out.push(...renderStory(story, labels, byId));
  return out.join("\n");
}

function renderStory(story: Story, labels: Map<string, string>, byId: ReturnType<typeof articleById>): string[] {
  const L = (id: string) => labels.get(id) ?? "?";
  const out: string[] = [`## ${md(story.title)}`, "", `${story.articleIds.length} articles · ${timeframeText(story)} · ${countsLine(story.findings)}`, ""];
  if (story.timeframe.reasons?.length) out.push(`Time frame rests on: ${story.timeframe.reasons.map(md).join("; ")}`, "");
  out.push("| | title | outlet | published |", "|---|---|---|---|");
  for (const id of story.articleIds) {
    const a = byId.get(id);
    if (a) out.push(`| ${L(id)} | ${md(clip(a.title, 90))} | ${md(a.outlet ?? "")} | ${a.publishedAt?.slice(0, 10) ?? ""} |`);
  }
  out.push("");
  for (const n of story.notes ?? []) out.push(`> ${md(n)}`, "");
  if (story.findings.length) {
    out.push("### Findings", "");
    for (const f of story.findings) {
      out.push(`- **${f.severity}** · ${f.type} · \`${f.rule}\` — ${md(f.summary)}`);
      if (f.actual !== undefined) out.push(`  - says: ${md(f.actual)}${f.expected !== undefined ? ` · expected: ${md(f.expected)}` : ""}`);
      for (const e of f.evidence.slice(0, 6)) out.push(`  - ${L(e.articleId)} (${e.start}–${e.end}): “${md(clip(e.text, 200))}”`);
      if (f.evidence.length > 6) out.push(`  - … ${f.evidence.length - 6} more passages`);
    }
    out.push("");
  }
  const matrix = claimMatrix(story);
  if (matrix.length) {
    out.push("### Claim matrix", "", `| what | ${story.articleIds.map(L).join(" | ")} |`, `|---|${story.articleIds.map(() => "---").join("|")}|`);
    for (const row of matrix) {
      const cells = story.articleIds.map((id) => (row.cells.get(id) ?? []).map((c) => md(clip(c.span.text, 40))).join("; "));
      out.push(`| ${row.contested ? "⚠ " : ""}${md(row.label)} | ${cells.join(" | ")} |`);
    }
    out.push("", "⚠ = contested (a contradiction or failed sum involves this row).", "");
  }
  for (const d of story.provenance) {
    out.push(`### ${L(d.to)} ${d.relation === "near-duplicate" ? "copies" : d.relation === "paraphrase" ? "rewrites" : "shares a source with"} ${L(d.from)}`, "");
    out.push(`score ${d.score.toFixed(2)} · ${d.alignedSentences} aligned sentences · direction ${d.direction}: ${md(d.directionBasis)}`, "");
    if (d.pairs.length) {
      out.push(`| ${L(d.from)} | ${L(d.to)} | changes |`, "|---|---|---|");
      for (const p of d.pairs.slice(0, 12)) {
        const ch = p.changes.map((c) => `${c.kind}: ${c.before ?? "∅"} → ${c.after ?? "∅"}`).join("; ");
        out.push(`| ${md(clip(p.from.text, 160))} | ${md(clip(p.to.text, 160))} | ${md(ch)} |`);
      }
      out.push("");
    }
  }
  if (story.sourcing?.length) {
    const kinds = [...new Set(story.sourcing.flatMap((r) => Object.keys(r.cites)))].sort();
    if (kinds.length) {
      out.push("### Sourcing", "", `| article | ${kinds.map(md).join(" | ")} |`, `|---|${kinds.map(() => "---").join("|")}|`);
      for (const r of story.sourcing) out.push(`| ${L(r.articleId)} | ${kinds.map((k) => String(r.cites[k] ?? "")).join(" | ")} |`);
      out.push("");
    }
  }
  return out;
}
