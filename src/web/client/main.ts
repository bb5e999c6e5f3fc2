// The UI's entry point: picks the view from the URL (/ stories, /stories/:id, /analyze, /analyze/:id), loads
// the report JSON from the API and renders it. Errors are shown as text, never as markup.
import { info, keptAnalysis, listReviews, storyReport, storyVersion, type Review } from "./api.js";
import { h } from "./dom.js";
import { analyzePage, reportView, resultLinks } from "./list.js";
import { storiesView } from "./stories.js";
import { renderStory } from "./story.js";

/** How often an open story asks whether it changed (a 304 with no body while it has not). */
const POLL_MS = 2000;

interface View {
  readonly title: string;
  readonly node: HTMLElement;
  /** A stored story to watch for changes. */
  readonly live?: { readonly id: string; readonly etag: string | null };
}

async function view(path: string): Promise<View> {
  if (path === "/analyze") return { title: "Analyze articles", node: analyzePage() };
  const kept = /^\/analyze\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  if (kept?.[1]) {
    const id = kept[1];
    const report = await keptAnalysis(id).catch((e: Error) => {
      throw new Error(/^404/.test(e.message) ? "This result is no longer kept: the server keeps recent analyses only while it runs. Analyze the articles again." : e.message);
    });
    const into = h("div", {});
    reportView(report, into);
    const n = report.articles.length;
    return { title: "Analysis", node: h("div", {}, h("h1", {}, "Analysis"), h("p", {}, `${n} article${n === 1 ? "" : "s"}, ${report.stories.length} ${report.stories.length === 1 ? "story" : "stories"}. `, h("a", { href: "/analyze" }, "Analyze other articles")), resultLinks(id), into) };
  }
  const story = /^\/stories\/([^/]+)\/?$/.exec(path);
  if (story?.[1]) {
    const id = decodeURIComponent(story[1]);
    const { report, etag } = await storyReport(id);
    const base = `/api/stories/${encodeURIComponent(id)}`;
    const s = report.stories.find((x) => x.id === id) ?? (report.stories.length === 1 ? report.stories[0] : undefined);
    if (s) {
      const server = await info();
      const reviews = new Map<string, Review>();
      for (const r of await listReviews(id).catch(() => [] as Review[])) if (r.findingId !== null) reviews.set(r.findingId, r);
      const node = renderStory(report, s, { jsonHref: base, claimReviewHref: `${base}/claimreview`, reviews, review: server.writable ? { storyId: id, auth: server.auth } : undefined });
      node.dataset["articles"] = String(s.articleIds.length);
      return { title: s.title, node, live: { id, etag } };
    }
    if (report.stories.length === 0) throw new Error(`the report for story ${id} holds no story`);
    // The analysis split this stored story into several: list them and open each in place.
    const node = h("div", {});
    reportView(report, node);
    return { title: "Story", node };
  }
  if (path === "/" || path === "") {
    const server = await info();
    if (!server.store) return { title: "Analyze articles", node: analyzePage("This server keeps no stories; analyze articles here instead.") };
    return { title: "Stories", node: await storiesView() };
  }
  return { title: "Not found", node: h("div", {}, h("h1", {}, "Not found"), h("p", {}, "There is no page here. ", h("a", { href: "/" }, "Go to the stories."))) };
}

/** A link to a finding (/stories/ID#FINDING-ID) opens with that finding selected. */
function selectFromHash(root: HTMLElement): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>("button.finding")).find((b) => b.dataset["finding"] === id);
  if (button) (button.click(), button.focus({ preventScroll: true }));
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  // Back and forward across a page this script changed the address of (an analysis's link) load
  // that page; moving between fragments of one page does not.
  const shown = location.pathname;
  window.addEventListener("popstate", () => {
    if (location.pathname !== shown) location.reload();
  });
  try {
    const { title, node, live } = await view(location.pathname);
    document.title = `${title} · Triangulate`;
    root.replaceChildren(node);
    selectFromHash(root);
    if (live) watch(root, live.id, live.etag, node.dataset["articles"] ?? "?");
  } catch (e) {
    root.replaceChildren(h("h1", {}, "Could not load this page"), h("p", { class: "error" }, (e as Error).message), h("p", {}, h("a", { href: "/" }, "Back to the stories")));
  }
  root.dataset["ready"] = "true";
}

/**
 * Live updates by polling the story's ETag: simpler and sturdier than a server push (no open
 * connection per tab, works through any proxy). When the report changed, the page is rebuilt in
 * place with the selected finding and the scroll position kept, and a notice says what changed.
 */
function watch(root: HTMLElement, id: string, etag: string | null, articles: string): void {
  let known = etag;
  let busy = false;
  const tick = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const now = await storyVersion(id, known);
      if (now === known) return;
      const typing = document.activeElement instanceof HTMLTextAreaElement || document.activeElement instanceof HTMLInputElement;
      if (typing) return;
      const y = window.scrollY;
      const { node } = await view(location.pathname);
      known = now;
      const count = node.dataset["articles"] ?? "?";
      const notice = h("p", { class: "live-notice", role: "status" }, count !== articles ? `Updated: ${count} articles now (was ${articles}).` : "Updated: the story's analysis changed.");
      articles = count;
      root.replaceChildren(notice, node);
      selectFromHash(root);
      window.scrollTo(0, y);
      root.dataset["version"] = String(Number(root.dataset["version"] ?? "0") + 1);
    } catch {
      // the server may be restarting; ask again on the next tick
    } finally {
      busy = false;
    }
  };
  setInterval(() => void tick(), POLL_MS);
}

void start();
