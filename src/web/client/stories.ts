// The desk's story list: search (title, people, places), filters (time, minimum severity, finding
// type, review state), sort and paging, all done by GET /api/stories. The page's query string is the state, so a
// view can be linked and the back button walks through earlier searches.
import { queryStories, type StoryPage, type StorySummary } from "./api.js";
import { h } from "./dom.js";
import { SEVERITIES, timeframeText } from "../../domain/labels.js";
import { severityBadges } from "./story.js";

const TYPES = ["contradiction", "arithmetic", "anachronism", "single-source", "corroboration", "derivation", "content-farm", "framing"] as const;
export const PAGE_SIZE = 20;
/** The list's parameters as the page URL carries them (names and values as the API takes them). */
const KEYS = ["q", "since", "until", "severity", "type", "review", "sort", "offset", "limit"] as const;
const REVIEWED = [["needs-work", "needs work"], ["confirmed", "confirmed"], ["dismissed", "dismissed"]] as const;

/** "high" as a minimum means high only; "medium" means high or medium; … (the API takes a list). */
function atLeast(min: string): string {
  const i = SEVERITIES.indexOf(min as (typeof SEVERITIES)[number]);
  return i < 0 ? "" : SEVERITIES.slice(0, i + 1).join(",");
}

/** The API query for the page's URL: the same names, the minimum severity widened to a list. */
export function apiQuery(page: URLSearchParams): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of KEYS) {
    const v = page.get(k);
    if (!v) continue;
    q.set(k, k === "severity" ? atLeast(v) : v);
  }
  if (!q.has("limit")) q.set("limit", String(PAGE_SIZE));
  return q;
}

export async function storiesView(): Promise<HTMLElement> {
  const params = new URLSearchParams(location.search);
  const page = await queryStories(apiQuery(params));
  const filtered = KEYS.some((k) => k !== "sort" && k !== "offset" && k !== "limit" && params.get(k));
  if (page.total === 0 && !filtered) {
    return h("div", {}, h("h1", {}, "Stories"), h("p", {}, "No stories yet. ", h("a", { href: "/analyze" }, "Analyze articles"), " or add them with POST /api/articles."));
  }
  return h("div", { class: "desk" }, h("h1", {}, "Stories"), filterForm(params), results(page, params));
}

function filterForm(params: URLSearchParams): HTMLElement {
  const field = (label: string, control: HTMLElement) => h("label", { class: "field" }, h("span", {}, label), control);
  const select = (name: string, options: readonly (readonly [string, string])[]) => {
    const s = h("select", { name }, ...options.map(([value, text]) => h("option", { value, selected: params.get(name) === value || (!params.get(name) && value === "") }, text)));
    return s;
  };
  const form = h("form", { class: "filters", role: "search", method: "get", action: "/" },
    field("Search", h("input", { type: "search", name: "q", value: params.get("q") ?? "", placeholder: "Title, person or place", "aria-label": "Search stories by title, person or place" })),
    field("From", h("input", { type: "date", name: "since", value: params.get("since") ?? "" })),
    field("To", h("input", { type: "date", name: "until", value: params.get("until") ?? "" })),
    field("Severity", select("severity", [["", "any"], ["high", "high"], ["medium", "medium or higher"], ["low", "low or higher"]])),
    field("Finding", select("type", [["", "any type"], ...TYPES.map((t) => [t, t] as const)])),
    field("Review", select("review", [["", "any review state"], ["unreviewed", "not reviewed yet"], ...REVIEWED.map(([v, t]) => [v, t] as const)])),
    field("Sort", select("sort", [["", "newest"], ["findings", "most findings"]])),
    h("button", { type: "submit", class: "primary" }, "Apply"),
    h("a", { href: "/", class: "reset" }, "Reset"));
  // Empty fields stay out of the URL, so links stay short; a new search starts at the first page.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) next.set(k, v.trim());
    location.assign(`/${next.size ? `?${next.toString()}` : ""}`);
  });
  for (const s of Array.from(form.querySelectorAll("select"))) s.addEventListener("change", () => form.requestSubmit());
  return form;
}

function results(page: StoryPage, params: URLSearchParams): HTMLElement {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.stories.length;
  const status = h("p", { class: "muted", role: "status" }, page.total === 0 ? "No story matches." : `Stories ${first}–${last} of ${page.total}`);
  const at = (offset: number) => {
    const p = new URLSearchParams(params);
    if (offset > 0) p.set("offset", String(offset));
    else p.delete("offset");
    return `/${p.size ? `?${p.toString()}` : ""}`;
  };
  const pager = h("nav", { class: "pager", "aria-label": "Pages" },
    page.offset > 0 ? h("a", { href: at(Math.max(0, page.offset - page.limit)), rel: "prev" }, "← Previous page") : null,
    page.nextOffset !== null ? h("a", { href: at(page.nextOffset), rel: "next" }, "Next page →") : null);
  return h("div", {}, status,
    h("ul", { class: "cards" }, ...page.stories.map((s) => h("li", { class: "card", "data-story": s.id },
      h("a", { href: `/stories/${encodeURIComponent(s.id)}` }, s.title),
      h("div", {}, `${s.articleCount} article${s.articleCount === 1 ? "" : "s"} · `,
        s.pending ? h("span", { class: "muted" }, "analysis pending") : [`${timeframeText(s.timeframe)} · `, severityBadges(s.findings)]),
      reviewedText(s.reviews),
      s.people?.length || s.places?.length ? h("div", { class: "muted small" }, [...(s.people ?? []).slice(0, 4), ...(s.places ?? []).slice(0, 4)].join(" · ")) : null))),
    pager);
}

/** "Reviewed: 1 needs work, 2 confirmed", or nothing while nobody reviewed a finding of the story. */
function reviewedText(reviews: StorySummary["reviews"]): HTMLElement | null {
  const n = (state: string) => Object.values(reviews?.[state as keyof typeof reviews] ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  const parts = REVIEWED.filter(([v]) => n(v) > 0).map(([v, t]) => `${n(v)} ${t}`);
  return parts.length ? h("div", { class: "small reviewed" }, `Reviewed: ${parts.join(", ")}`) : null;
}
