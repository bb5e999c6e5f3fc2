// The UI's entry point: picks the view from the URL (/ stories, /stories/:id, /analyze), loads
// the report JSON from the API and renders it. Errors are shown as text, never as markup.
import { info, listStories, storyReport } from "./api.js";
import { h } from "./dom.js";
import { analyzePage, reportView, storiesList } from "./list.js";
import { renderStory } from "./story.js";

async function view(path: string): Promise<{ title: string; node: HTMLElement }> {
  if (path === "/analyze") return { title: "Analyze articles", node: analyzePage() };
  const story = /^\/stories\/([^/]+)\/?$/.exec(path);
  if (story?.[1]) {
    const id = decodeURIComponent(story[1]);
    const report = await storyReport(id);
    const base = `/api/stories/${encodeURIComponent(id)}`;
    const s = report.stories.find((x) => x.id === id) ?? (report.stories.length === 1 ? report.stories[0] : undefined);
    if (s) return { title: s.title, node: renderStory(report, s, { jsonHref: base, claimReviewHref: `${base}/claimreview` }) };
    if (report.stories.length === 0) throw new Error(`the report for story ${id} holds no story`);
    // The analysis split this stored story into several: list them and open each in place.
    const node = h("div", {});
    reportView(report, node);
    return { title: "Story", node };
  }
  if (path === "/" || path === "") {
    const server = await info();
    if (!server.store) return { title: "Analyze articles", node: analyzePage("This server keeps no stories; analyze articles here instead.") };
    return { title: "Stories", node: storiesList(await listStories()) };
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
  try {
    const { title, node } = await view(location.pathname);
    document.title = `${title} · Triangulate`;
    root.replaceChildren(node);
    selectFromHash(root);
  } catch (e) {
    root.replaceChildren(h("h1", {}, "Could not load this page"), h("p", { class: "error" }, (e as Error).message), h("p", {}, h("a", { href: "/" }, "Back to the stories")));
  }
  root.dataset["ready"] = "true";
}

void start();
