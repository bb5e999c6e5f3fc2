// Regrouping stored stories (store/regroup.ts): the pure id plan, then the store's writes on
// every backend, with a settle function that groups by a label in each article's text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/domain/article.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { storyIdFor } from "../../src/store/grouping.js";
import { planRegroup, type RegroupSource, type Settle, type Settled } from "../../src/store/regroup.js";
import type { Store } from "../../src/store/store.js";
import { backends } from "./backends.js";

describe("planRegroup", () => {
  const current = new Map([["a1", "s-A"], ["a2", "s-A"], ["a3", "s-A"], ["b1", "s-B"], ["b2", "s-B"], ["c1", "s-C"]]);

  it("keeps a story's id for the group holding most of its articles and moves only what changed", () => {
    const plan = planRegroup(current, [
      { title: "A", articleIds: ["a1", "a2"] },
      { title: "A'", articleIds: ["a3", "b1", "b2"] },
      { title: "C", articleIds: ["c1"] },
    ]);
    // {a3, b1, b2} holds 2 of B's articles and 1 of A's: it is B; {a1, a2} keeps A.
    expect([...plan.moves]).toEqual([["a3", "s-B"]]);
    expect(plan.created).toEqual([]);
    expect([...plan.changed.keys()].sort()).toEqual(["s-A", "s-B"]);
    expect(plan.changed.get("s-B")).toEqual({ title: "A'", articleIds: ["a3", "b1", "b2"] });
    expect(plan.removed).toEqual([]);
    expect(plan.storiesAfter).toBe(3);
  });

  it("names a split-off group after its first article, removes emptied stories, and changes nothing when nothing moved", () => {
    const plan = planRegroup(current, [
      { title: "A", articleIds: ["a1", "a2", "b1", "b2", "c1"] },
      { title: "new", articleIds: ["a3"] },
    ]);
    expect(plan.created).toEqual([{ id: storyIdFor("a3"), title: "new" }]);
    expect(plan.moves.get("a3")).toBe(storyIdFor("a3"));
    expect(plan.removed).toEqual(["s-B", "s-C"]);
    const same = planRegroup(current, [
      { title: "x", articleIds: ["a3", "a2", "a1"] }, { title: "y", articleIds: ["b2", "b1"] }, { title: "z", articleIds: ["c1"] },
    ]);
    expect(same.moves.size + same.changed.size + same.created.length + same.removed.length).toBe(0);
  });

  it("does not reuse an id another story holds", () => {
    // The story a1 started keeps its id for a2 and a3; a1 split off cannot take its own id again.
    const started = new Map([["a1", storyIdFor("a1")], ["a2", storyIdFor("a1")], ["a3", storyIdFor("a1")]]);
    const plan = planRegroup(started, [{ title: "rest", articleIds: ["a2", "a3"] }, { title: "one", articleIds: ["a1"] }]);
    expect(plan.created).toEqual([{ id: `${storyIdFor("a1")}-2`, title: "one" }]);
    expect([...plan.moves]).toEqual([["a1", `${storyIdFor("a1")}-2`]]);
  });
});

let n = 0;
const art = (label: string): Article => articleFromRecord(`r${n++}`, { title: label, text: `${label} ${Math.random().toString(36).slice(2)}` });

/** Groups by the first word of the text (the label), titled by it; features are the label's letters. */
const byLabel: Settle = async (batches) => {
  const groups = new Map<string, string[]>();
  const seen: RegroupSource[] = [];
  for await (const batch of batches) for (const s of batch) {
    seen.push(s);
    const label = s.article.text.split(" ")[0]!;
    groups.set(label, [...(groups.get(label) ?? []), s.article.id]);
  }
  const labelOf = new Map(seen.map((s) => [s.article.id, s.article.text.split(" ")[0]!]));
  return {
    groups: [...groups].map(([label, articleIds]) => ({ title: `story ${label}`, articleIds })),
    featuresOf: (id) => [`n:${labelOf.get(id)}`, `w:${labelOf.get(id)}-word`],
  } satisfies Settled;
};

for (const backend of backends()) {
  describe.skipIf(backend.skip !== null)(`regroup on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => { store = await backend.open(); }, 60_000);
    afterAll(async () => { await store?.close(); await backend.cleanup(); });

    it("moves articles to the settled stories, keeps ids and queues analyses of changed stories", async () => {
      // Online, the x articles were split over two stories, and a y article started a story of its own.
      const [x1, x2, x3, y1, y2, y3] = [art("x"), art("x"), art("x"), art("y"), art("y"), art("y")];
      await store.putArticles([x1!, x2!, x3!, y1!, y2!, y3!]);
      const put = (a: Article, keys: string[]) => store.saveStoryAssignment({ articleId: a.id, title: a.title, keys });
      const sx = (await put(x1!, ["n:p", "n:q"])).storyId;
      expect((await put(x2!, ["n:p", "n:q"])).storyId).toBe(sx);
      const sy = (await put(y1!, ["n:r", "n:s"])).storyId;
      expect((await put(y2!, ["n:r", "n:s"])).storyId).toBe(sy);
      expect((await put(x3!, ["n:r", "n:s"])).storyId).toBe(sy);
      const sz = (await put(y3!, ["n:t"])).storyId;
      expect(new Set([sx, sy, sz]).size).toBe(3);
      // A pending article stays out of it.
      const pending = art("x");
      await store.putArticles([pending], (a) => [{ kind: "assign", key: `assign:${a.id}`, payload: { articleId: a.id } }]);

      const jobs: string[] = [];
      const r = await store.regroup(byLabel, { annotator: "test", jobs: (id, facts) => { jobs.push(`${id}:${facts.articles}`); return [{ kind: "analyze", key: `analyze:${id}`, payload: { storyId: id }, requeue: true }]; } });
      expect(r).toMatchObject({ articles: 6, storiesBefore: 3, storiesAfter: 2, moved: 2, changed: 2, created: 0, removed: 1, windows: 1 });
      const assigned = await store.storyAssignments();
      expect([x1, x2, x3].map((a) => assigned.get(a!.id))).toEqual([sx, sx, sx]);
      expect([y1, y2, y3].map((a) => assigned.get(a!.id))).toEqual([sy, sy, sy]);
      expect(assigned.has(pending.id)).toBe(false);
      expect(await store.getStory(sz)).toBeNull();
      expect((await store.getStory(sx))?.story).toMatchObject({ title: "story x", articleCount: 3 });
      expect((await store.listStories()).map((s) => [s.id, s.articleCount])).toEqual([[sx, 3], [sy, 3]]);
      expect(jobs.sort()).toEqual([`${sx}:3`, `${sy}:3`].sort());
      expect((await store.counts()).stories).toBe(2);

      // New articles find the settled stories through their members' own features.
      const x4 = art("x");
      await store.putArticles([x4]);
      expect((await put(x4, ["n:p", "n:q"])).storyId).toBe(sx);

      // Settled again with nothing to change: nothing changes.
      expect(await store.regroup(byLabel, { annotator: "test" })).toMatchObject({ moved: 0, changed: 0, removed: 0 });
      expect((await store.getStory(sy))?.story.articleCount).toBe(3);
    });

    it("refuses a settle step that loses or repeats articles, and changes nothing", async () => {
      const before = await store.storyAssignments();
      const lossy: Settle = async (batches) => {
        const ids: string[] = [];
        for await (const b of batches) for (const s of b) ids.push(s.article.id);
        return { groups: [{ title: "most", articleIds: ids.slice(1) }], featuresOf: () => [] };
      };
      await expect(store.regroup(lossy, { annotator: "test" })).rejects.toThrow(/nothing was changed/);
      expect(await store.storyAssignments()).toEqual(before);
      const twice: Settle = async (batches) => {
        const ids: string[] = [];
        for await (const b of batches) for (const s of b) ids.push(s.article.id);
        return { groups: [{ title: "all", articleIds: ids }, { title: "again", articleIds: ids.slice(0, 1) }], featuresOf: () => [] };
      };
      await expect(store.regroup(twice, { annotator: "test" })).rejects.toThrow(/placements of .* nothing was changed/);
      expect(await store.storyAssignments()).toEqual(before);
    });
  });
}
