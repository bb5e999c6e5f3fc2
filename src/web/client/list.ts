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

/**
 * Articles (or a report) from what was pasted: JSON ({"articles": [...]}, an array, JSON lines, a
 * report), or plain text — one article, or several separated by a line of ---, *** or ===.
 */
export function parseInput(raw: string): { articles: unknown[] } | { report: Report } {
  const s = raw.trim();
  if (!s) throw new Error("paste some articles or choose files first");
  // Plain text does not open with "{"; text that opens with "[" ("[Reuters] …") is text unless it parses as JSON.
  if (!s.startsWith("{") && !s.startsWith("[")) return { articles: parseText(s) };
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    if (s.startsWith("[")) return { articles: parseText(s) };
    value = s.split("\n").filter((l) => l.trim()).map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`line ${i + 1} is not JSON; paste {"articles": [...]}, a JSON array, one JSON article per line, or plain text`);
      }
    });
  }
  if (isReport(value)) return { report: value };
  if (Array.isArray(value)) return { articles: value };
  if (value && typeof value === "object" && Array.isArray((value as { articles?: unknown }).articles)) return { articles: (value as { articles: unknown[] }).articles };
  if (value && typeof value === "object" && "text" in value) return { articles: [value] };
  throw new Error("expected {\"articles\": [...]}, an array of articles, JSON lines, a report JSON, or plain text");
}

/** A line that separates pasted articles: three or more of -, *, = or _ and nothing else. Blank lines separate paragraphs, not articles. */
const SEPARATOR = /^[ \t]*(?:-{3,}|\*{3,}|={3,}|_{3,})[ \t]*$/m;

/** Plain text as articles, one per part between separator lines. */
export function parseText(s: string, id = "pasted"): Record<string, string>[] {
  const parts = s.split(new RegExp(SEPARATOR.source, "gm")).map((p) => p.trim()).filter(Boolean);
  return parts.map((p, i) => articleFromText(p, parts.length === 1 ? id : `${id}-${i + 1}`));
}

/** Lines a pasted article may open with to say where and when it appeared ("URL: https://…", "Published: 2025-05-23"). */
const HEADERS: readonly [RegExp, string][] = [
  [/^(?:title|headline)$/i, "title"], [/^(?:url|link)$/i, "url"], [/^(?:outlet|source|publication)$/i, "outlet"],
  [/^(?:published|date|published at|publishedat)$/i, "publishedAt"], [/^(?:by|byline|author)$/i, "byline"],
];

/**
 * One plain-text article: header lines at the top become fields (a bare URL line is the url), the
 * rest is the text; without a Title line the server takes the first line as the title.
 */
export function articleFromText(p: string, id: string): Record<string, string> {
  const article: Record<string, string> = { id };
  const lines = p.split("\n");
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const bare = /^https?:\/\/\S+$/i.exec(line);
    if (bare && !article["url"]) {
      article["url"] = line;
      continue;
    }
    const m = /^([A-Za-z ]{2,14}):[ \t]*(\S.*)$/.exec(line);
    const field = m ? HEADERS.find(([re]) => re.test(m[1]!.trim()))?.[1] : undefined;
    if (!m || !field || article[field] !== undefined) break;
    const value = m[2]!.trim();
    // a value the server would refuse stays in the text: "Date: the week before" is prose
    if (field === "url" && !/^https?:\/\/\S+$/i.test(value)) break;
    if (field === "publishedAt" && Number.isNaN(Date.parse(value))) break;
    // a name, not a sentence: "Source: a police officer who asked not to be named." is prose
    if ((field === "outlet" || field === "byline" || field === "title") && (value.length > 200 || /[.;,:]$/.test(value) || (field !== "title" && value.split(/\s+/).length > 8))) break;
    article[field] = value;
  }
  article["text"] = lines.slice(i).join("\n").trim();
  if (!article["text"]) throw new Error(`the pasted article ${id} has header lines but no text`);
  return article;
}

async function readFiles(files: FileList): Promise<{ articles: unknown[] } | { report: Report }> {
  const articles: unknown[] = [];
  for (const f of Array.from(files)) {
    const content = await f.text();
    if (/\.(json|jsonl|ndjson)$/i.test(f.name)) {
      const parsed = parseInput(content);
      if ("report" in parsed) return parsed;
      articles.push(...parsed.articles);
    } else if (content.trim()) {
      articles.push(articleFromText(content.trim(), f.name));
    }
  }
  return { articles };
}

/** Links to a kept result: the page itself, and the report as JSON and Markdown files. */
export function resultLinks(id: string): HTMLElement {
  const api = `/api/analyses/${encodeURIComponent(id)}`;
  return h("p", { class: "result-links" }, "Link to this result: ",
    h("a", { href: `/analyze/${encodeURIComponent(id)}`, class: "permalink" }, `${location.origin}/analyze/${id}`),
    " · Download: ",
    h("a", { href: `${api}?download`, download: "" }, "JSON"), " · ",
    h("a", { href: `${api}?format=markdown&download`, download: "" }, "Markdown"),
    h("span", { class: "muted small" }, " (kept while the server runs)"));
}

export function analyzePage(note?: string): HTMLElement {
  const area = h("textarea", { id: "paste", spellcheck: "false", placeholder: "Headline of the first article\nURL: https://…\nPublished: 2025-05-23\n\nThe article's text…\n---\nHeadline of the second article\n\nIts text…" });
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
        const { report, id } = "report" in input ? { report: input.report, id: null } : await analyzeArticles(input.articles);
        status.textContent = `${report.articles.length} article${report.articles.length === 1 ? "" : "s"}, ${report.stories.length} ${report.stories.length === 1 ? "story" : "stories"}.`;
        // the address bar becomes the result's link (back returns to the form)
        if (id !== null) history.pushState(null, "", `/analyze/${encodeURIComponent(id)}`);
        results.replaceChildren();
        const view = h("div", {});
        reportView(report, view);
        results.append(...(id !== null ? [resultLinks(id)] : []), view);
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
    h("p", {}, "Paste the text of one or more articles — separate articles with a line of ---; an article may open with lines such as \"URL: https://…\", \"Published: 2025-05-23\", \"Outlet: …\", \"By: …\", and its first line is taken as its title. JSON works too ({\"articles\": [...]}, an array, or one article per line with id, title, text, url, publishedAt, outlet, byline), and so does a Triangulate report JSON. Nothing is stored in the story corpus; the result is kept for a while so it can be linked and downloaded."),
    h("label", { for: "paste" }, "Articles (plain text or JSON) or a report JSON"),
    area,
    h("div", { class: "form-row" }, h("label", { for: "files" }, "…or choose files (.txt, .md, .json, .jsonl): "), files),
    h("div", { class: "form-row" }, go),
    status,
    results);
}
