// One self-contained HTML file: no script, no external resource, every piece of article text
// escaped. Evidence spans are highlighted in the article texts and linked from the findings.
import type { Report } from "../../domain/report.js";
import type { Story } from "../../domain/story.js";
import { articleById, articleLabels, claimMatrix, countsLine, timeframeText } from "./common.js";
import { clip } from "./text.js";

export function escapeHtml(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const h = escapeHtml;

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:1rem;color:#1b1b1b}
h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;padding:.1rem .35rem;border-radius:3px}.high{background:#b00020;color:#fff}.medium{background:#f0a500}.low{background:#ddd}.info{background:#e6f0ff}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:.75rem;border-radius:4px;max-height:28rem;overflow:auto}
mark{background:#fff2a8}mark.high{background:#ffc9c9;color:inherit}.contested{background:#fff0f0}.muted{color:#666}
blockquote{margin:.25rem 0 .25rem 1rem;color:#333}@media(max-width:700px){body{font-size:14px}td,th{padding:.2rem}}`;

export function renderHtml(report: Report): string {
  const labels = articleLabels(report);
  const parts = [`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>Triangulate report</title><style>${CSS}</style></head><body>`,
    `<h1>Triangulate report</h1><p class="muted">Generated ${h(report.generatedAt)} · ${report.articles.length} articles · ${report.stories.length} stories</p>`];
  if (report.problems?.length) parts.push(`<h2>Inputs that could not be read</h2><ul>${report.problems.map((p) => `<li><code>${h(p.input)}</code>: ${h(p.message)}</li>`).join("")}</ul>`);
  for (const story of report.stories) parts.push(renderStory(report, story, labels));
  parts.push("</body></html>");
  return parts.join("\n");
}

function renderStory(report: Report, story: Story, labels: Map<string, string>): string {
  const byId = articleById(report);
  const L = (id: string) => labels.get(id) ?? "?";
  const o: string[] = [`<section><h2>${h(story.title)}</h2><p>${story.articleIds.length} articles · ${h(timeframeText(story))} · ${h(countsLine(story.findings))}</p>`];
  if (story.findings.length) {
    o.push("<h3>Findings</h3><ol>");
    for (const f of story.findings) {
      o.push(`<li id="${h(f.id)}"><span class="sev ${f.severity}">${f.severity}</span> <strong>${h(f.type)}</strong> ${h(f.summary)} <span class="muted">${h(f.rule)}</span>`);
      if (f.actual !== undefined) o.push(`<div class="muted">says: ${h(f.actual)}${f.expected !== undefined ? ` · expected: ${h(f.expected)}` : ""}</div>`);
      for (const [i, e] of f.evidence.slice(0, 8).entries()) o.push(`<blockquote><a href="#${h(f.id)}-e${i}">${h(L(e.articleId))}</a>: “${h(clip(e.text, 240))}”</blockquote>`);
      o.push("</li>");
    }
    o.push("</ol>");
  }
  const matrix = claimMatrix(story);
  if (matrix.length) {
    o.push(`<h3>Claim matrix</h3><table><tr><th>what</th>${story.articleIds.map((id) => `<th>${h(L(id))}</th>`).join("")}</tr>`);
    for (const r of matrix) o.push(`<tr class="${r.contested ? "contested" : ""}"><td>${r.contested ? "⚠ " : ""}${h(r.label)}</td>${story.articleIds.map((id) => `<td>${(r.cells.get(id) ?? []).map((c) => h(clip(c.span.text, 50))).join("<br>")}</td>`).join("")}</tr>`);
    o.push("</table>");
  }
  for (const d of story.provenance) {
    o.push(`<h3>${h(L(d.to))} ${d.relation === "paraphrase" ? "rewrites" : d.relation === "near-duplicate" ? "copies" : "shares a source with"} ${h(L(d.from))}</h3><p class="muted">score ${d.score.toFixed(2)} · ${d.alignedSentences} aligned sentences · direction ${h(d.direction)}: ${h(d.directionBasis)}</p>`);
    o.push(`<table><tr><th>${h(L(d.from))}</th><th>${h(L(d.to))}</th><th>changes</th></tr>`);
    for (const p of d.pairs.slice(0, 20)) o.push(`<tr><td>${h(p.from.text)}</td><td>${h(p.to.text)}</td><td>${p.changes.map((c) => h(`${c.kind}: ${c.before ?? "∅"} → ${c.after ?? "∅"}`)).join("<br>")}</td></tr>`);
    o.push("</table>");
  }
  if (story.sourcing?.length) {
    const kinds = [...new Set(story.sourcing.flatMap((r) => Object.keys(r.cites)))].sort();
    if (kinds.length) {
      o.push(`<h3>Sourcing</h3><table><tr><th>article</th>${kinds.map((k) => `<th>${h(k)}</th>`).join("")}</tr>`);
      for (const r of story.sourcing) o.push(`<tr><td>${h(L(r.articleId))}</td>${kinds.map((k) => `<td>${r.cites[k] ?? ""}</td>`).join("")}</tr>`);
      o.push("</table>");
    }
  }
  o.push("<h3>Articles</h3>");
  for (const id of story.articleIds) {
    const a = byId.get(id);
    if (!a) continue;
    o.push(`<h4>${h(L(id))} · ${h(a.title)}</h4><p class="muted">${h([a.outlet, a.byline, a.publishedAt, a.url ?? a.path].filter(Boolean).join(" · "))}</p>`);
    o.push(`<div class="article">${highlight(a.text, story, id)}</div>`);
  }
  o.push("</section>");
  return o.join("\n");
}

/** The article text with every finding's evidence in this article wrapped in <mark>, escaped. */
function highlight(text: string, story: Story, articleId: string): string {
  const marks: { start: number; end: number; id: string; sev: string }[] = [];
  for (const f of story.findings) f.evidence.forEach((e, i) => { if (e.articleId === articleId && e.end > e.start) marks.push({ start: e.start, end: e.end, id: `${f.id}-e${i}`, sev: f.severity }); });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue; // overlapping spans: the first (longest) one is shown
    out += h(text.slice(pos, m.start)) + `<mark id="${h(m.id)}" class="${m.sev}">${h(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  return out + h(text.slice(pos));
}
