// The store weighs every feature it scores with the store's own counts, as analyze weighs every
// article's with the corpus's (store/assign.ts countsOf). It used to read the counts of the new
// article's features only, so a candidate's features the new article lacks counted as if no
// article had them, however common: a long report naming the bodies every report of the province
// names ("the provincial mines department") then scored low beside a short brief of its own event
// that names none of them. Grouping features are written out here (as time-window.test.ts does) so
// the counts are plain: every stored report names the same three bodies and its own mine and people.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { DfCache } from "../../src/store/assign.js";
import { StoryIndex } from "../../src/stories/cluster.js";
import { fromGroupingFeatures } from "../../src/stories/features.js";
import { backends } from "./backends.js";

const BODIES = ["n:provincial mines department", "n:mine rescue services", "n:national union of mineworkers", "w:mine", "w:depart", "w:rescu", "w:union"];

/** A report of another mine's news: the common bodies, and its own mine, town and people (`own` features). */
const other = (i: number, own: number) => [...BODIES, ...Array.from({ length: own }, (_, k) => (k % 2 ? `n:pit ${i} person ${k}` : `w:pit${i}word${k}`))];

const longReport = [...BODIES, "n:kestrel ridge", "n:pieter lombard", "n:dunvale", "w:kestrel", "w:ridg", "w:lombard", "w:dunval", "w:tunnel", "w:collaps"];
/** A brief of the same collapse: the mine and its manager, no body, and words of its own. */
const brief = ["n:kestrel ridge", "n:pieter lombard", "w:kestrel", "w:lombard", ...Array.from({ length: 24 }, (_, k) => (k % 2 ? `n:brief person ${k}` : `w:briefword${k}`))];
/** A brief of another mine that names the bodies only. */
const bodiesOnly = [...BODIES.slice(0, 2), "n:harlow deep", "w:harlow", "w:flood", "n:ayanda khumalo", "w:pump"];

const articles = [
  ...Array.from({ length: 40 }, (_, i) => ({ id: `other-${i}`, keys: other(i, 40) })),
  { id: "long", keys: longReport },
  { id: "brief", keys: brief },
  { id: "bodies-only", keys: bodiesOnly },
].map((a) => ({ ...a, id: a.id.padEnd(64, "0") }));

const stub = (id: string): Doc => ({
  article: { id, sourceId: null, title: id, outlet: null, url: null, byline: null, publishedAt: null, path: null, text: id },
  sentences: [], tokens: [], entities: [], quantities: [], dates: [], quotes: [], roles: [],
});

/** Story of each article as analyze groups the same features. */
function analyzed(): Map<string, string> {
  const index = new StoryIndex();
  for (const a of articles) index.addFeatures(fromGroupingFeatures(a.keys), stub(a.id));
  const story = new Map<string, string>();
  for (const g of index.groups()) for (const d of g.docs) story.set(d.article.id, g.id);
  return story;
}

const id = (name: string) => name.padEnd(64, "0");

describe("the store's placement weighs candidates' features with the store's counts", () => {
  it("analyze puts the brief with the long report of its collapse, and the other mine's brief elsewhere", () => {
    const story = analyzed();
    expect(story.get(id("brief"))).toBe(story.get(id("long")));
    expect(story.get(id("bodies-only"))).not.toBe(story.get(id("long")));
  });

  for (const batch of [1, articles.length]) {
    for (const backend of backends()) {
      it.skipIf(backend.skip !== null)(`${backend.name}, ${batch === 1 ? "one at a time" : "in one batch"}: puts the brief with the long report, as analyze does`, async () => {
        const store = await backend.open();
        try {
          await store.putArticles(articles.map((a) => stub(a.id).article));
          for (let i = 0; i < articles.length; i += batch) {
            await store.saveStoryAssignments(articles.slice(i, i + batch).map((a) => ({ articleId: a.id, title: a.id, keys: a.keys })));
          }
          const assigned = await store.storyAssignments();
          expect(assigned.get(id("brief"))).toBe(assigned.get(id("long")));
          expect(assigned.get(id("bodies-only"))).not.toBe(assigned.get(id("long")));
        } finally {
          await store.close();
          await backend.cleanup();
        }
      }, 120_000);
    }
  }
});

describe("DfCache (stored feature counts kept by the assigning process)", () => {
  it("keeps its counts while the store's last seq is the one it last saw or wrote", () => {
    const c = new DfCache();
    c.check("41");
    c.set("n:dunvale", 3);
    c.added(new Map([["n:dunvale", 2], ["w:other", 1]]), 44);
    c.check("44");
    expect(c.get("n:dunvale")).toBe(5);
    // Not read before: not made up from this batch's share alone.
    expect(c.get("w:other")).toBeUndefined();
  });

  it("forgets everything when another process placed articles, or its own batch was rolled back", () => {
    const c = new DfCache();
    c.check("41");
    c.set("n:dunvale", 3);
    c.check("47");
    expect(c.get("n:dunvale")).toBeUndefined();
    c.set("n:dunvale", 4);
    c.added(new Map([["n:dunvale", 1]]), 48);
    // Rolled back: seq 48 was never stored, the store still ends at 47.
    c.check("47");
    expect(c.get("n:dunvale")).toBeUndefined();
  });

  it("drops the oldest count beyond its capacity", () => {
    const c = new DfCache(2);
    c.set("a", 1); c.set("b", 2); c.set("c", 3);
    expect(c.size).toBe(2);
    expect(c.get("a")).toBeUndefined();
    expect(c.get("c")).toBe(3);
  });
});
