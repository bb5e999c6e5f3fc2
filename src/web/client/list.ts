// The stories of one report and the analyze page (paste or upload articles, or a report
// JSON, and see the result without storing anything).
import type { Report } from "../../domain/report.js";
import { analyzeArticles, isReport } from "./api.js";
import { clear, h } from "./dom.js";
import { severityCounts, timeframeText } from "../../domain/labels.js";
import { renderStory, severityBadges } from "./story.js";

/** The stories of one report as cards whose buttons open the story in place. */
export function reportView(report: Report, into: HTMLElement): void {
  const open = (i: number) => {
    const story = report.stories[i];
    if (!story) return;
    const back = report.stories.length > 1 ? h("button", { type: "button", class: "secondary" }, "← All stories of this analysis") : null;
    back?.addEventListener("click", () => reportView(report, into));
    into.replaceChildren(...[back, renderStory(report, story)].filter((n): n is HTMLElement => n !== null));
    into.scrollIntoView({ block: "start" });
  };
  if (report.stories.length === 1) return open(0);
  into.replaceChildren(h("h2", {}, `${report.stories.length} stories in ${report.articles.length} articles`),
    h("ul", { class: "cards" }, ...report.stories.map((s, i) => {
      const b = h("button", { type: "button", class: "secondary" }, s.title);
      b.addEventListener("click", () => open(i));
      return h("li", { class: "card" }, b, h("div", {}, `${s.articleIds.length} articles · ${timeframeText(s.timeframe)} · `, severityBadges(severityCounts(s.findings))));
    })));
}

/** Articles (or a report) from pasted text: {"articles": [...]}, a JSON array, JSON lines, or a report JSON. */
export function parseInput(raw: string): { articles: unknown[] } | { report: Report } {
  const s = raw.trim();
  if (!s) throw new Error("paste some articles or choose files first");
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    value = s.split("\n").filter((l) => l.trim()).map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`line ${i + 1} is not JSON; paste {"articles": [...]}, a JSON array, or one JSON article per line`);
      }
    });
  }
  if (isReport(value)) return { report: value };
  if (Array.isArray(value)) return { articles: value };
  if (value && typeof value === "object" && Array.isArray((value as { articles?: unknown }).articles)) return { articles: (value as { articles: unknown[] }).articles };
  if (value && typeof value === "object" && "text" in value) return { articles: [value] };
  throw new Error("expected {\"articles\": [...]}, an array of articles, JSON lines, or a report JSON");
}

async function readFiles(files: FileList): Promise<{ articles: unknown[] } | { report: Report }> {
  const articles: unknown[] = [];
  for (const f of Array.from(files)) {
    const content = await f.text();
    if (/\.(json|jsonl|ndjson)$/i.test(f.name)) {
      const parsed = parseInput(content);
      if ("report" in parsed) return parsed;
      articles.push(...parsed.articles);
    } else {
      articles.push({ id: f.name, text: content });
    }
  }
  return { articles };
}

export function analyzePage(note?: string): HTMLElement {
  const area = h("textarea", { id: "paste", spellcheck: "false", placeholder: '{"articles": [{"id": "1", "title": "…", "text": "…", "url": "https://…", "publishedAt": "2025-05-23"}]}' });
  const files = h("input", { id: "files", type: "file", multiple: true, accept: ".txt,.md,.json,.jsonl,.ndjson,text/plain,application/json" });
  const go = h("button", { type: "button", class: "primary" }, "Analyze");
  const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const results = h("div", { class: "results" });
  go.addEventListener("click", () => {
    void (async () => {
      go.disabled = true;
      status.textContent = "Analyzing…";
      clear(results);
      try {
        const input = files.files && files.files.length > 0 ? await readFiles(files.files) : parseInput(area.value);
        const report = "report" in input ? input.report : await analyzeArticles(input.articles);
        status.textContent = `${report.articles.length} articles, ${report.stories.length} ${report.stories.length === 1 ? "story" : "stories"}.`;
        reportView(report, results);
      } catch (e) {
        status.textContent = "";
        results.replaceChildren(h("p", { class: "error" }, (e as Error).message));
      } finally {
        go.disabled = false;
      }
    })();
  });
  return h("div", {},
    h("h1", {}, "Analyze articles"),
    note ? h("p", { class: "muted" }, note) : null,
    h("p", {}, "Paste articles as JSON ({\"articles\": [...]}, an array, or one article per line with id, title, text and optionally url, publishedAt, outlet, byline), or a Triangulate report JSON. Nothing is stored."),
    h("label", { for: "paste" }, "Articles or report JSON"),
    area,
    h("div", { class: "form-row" }, h("label", { for: "files" }, "…or choose files (.txt, .md, .json, .jsonl): "), files),
    h("div", { class: "form-row" }, go),
    status,
    results);
}
