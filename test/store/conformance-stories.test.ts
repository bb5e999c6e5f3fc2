// Conformance of StoryStore (placing articles in stories, assigning what annotation left pending), on every backend.
import { expect, it } from "vitest";
import type { ArticleStore, JobQueue, StoryStore } from "../../src/store/store.js";
import { pgliteBackend, serverBackend } from "./backends.js";
import { art, assignJobs, conformance, seeded, uniq } from "./conformance-kit.js";

conformance("stories", (backend, onOpen) => {
  let store: StoryStore;
  /** Setup: the articles a story is made of, and their annotated docs. */
  let articles: ArticleStore;
  /** Setup: the assignment jobs whose order assignPending follows. */
  let queue: JobQueue;
  onOpen((s) => { store = s; articles = s; queue = s; });

  it("assigns an article with a feature too long to index, and the articles after it", async () => {
    // A 3,000-letter "name" once broke the key index and, with queue order, every assignment after it.
    const k = uniq("long").replace(" ", "-");
    const [a, b] = [art(uniq("L")), art(uniq("M"))];
    await articles.putArticles([a!, b!]);
    const huge = `${k}-${"Zyxwvutsrq".repeat(300)}`;
    const [ra, rb] = await store.saveStoryAssignments([
      { articleId: a!.id, title: "L", keys: [huge, `${k}-1`, `${k}-2`] },
      { articleId: b!.id, title: "M", keys: [`${k}-1`, `${k}-2`] },
    ]);
    expect(rb!.storyId).toBe(ra!.storyId);
  });

  it("does not join an article to a story through one name they share", async () => {
    // One shared name ("US") between otherwise unrelated reports once chained most of a corpus into one story.
    const k = uniq("chain").replace(" ", "-");
    const [a, b, c] = [art(uniq("F")), art(uniq("G")), art(uniq("H"))];
    await articles.putArticles([a!, b!, c!]);
    // Articles name a few people and places and use a few dozen words.
    const words = (x: string) => Array.from({ length: 20 }, (_, i) => `w:${k}-${x}${i}`);
    const names = (x: string) => Array.from({ length: 4 }, (_, i) => `n:${k}-${x}${i}`);
    const ra = await store.saveStoryAssignment({ articleId: a!.id, title: "F", keys: [`n:${k}-us`, ...names("trade"), ...words("tariff")] });
    const rb = await store.saveStoryAssignment({ articleId: b!.id, title: "G", keys: [`n:${k}-us`, ...names("trade"), ...words("tariff").slice(5), ...words("steel").slice(0, 5)] });
    const rc = await store.saveStoryAssignment({ articleId: c!.id, title: "H", keys: [`n:${k}-us`, ...names("storm"), ...words("flood")] });
    expect(rb.storyId).toBe(ra.storyId);
    expect(rc.storyId).not.toBe(ra.storyId);
  });

  it("keeps story assignment consistent when assignments run at once", async () => {
    const k = uniq("con").replace(" ", "-");
    const arts = Array.from({ length: 12 }, (_, i) => art(uniq(`Concurrent ${i}`)));
    await articles.putArticles(arts);
    // One report each, the same words, one name of their own: they make one story whatever the order.
    await Promise.all(arts.map((a, i) => store.saveStoryAssignment({ articleId: a.id, title: `c${i}`, keys: [`w:${k}-a`, `w:${k}-b`, `w:${k}-c`, `${k}-${i}`] })));
    const assigned = await store.storyAssignments();
    expect(new Set(arts.map((a) => assigned.get(a.id))).size).toBe(1);
  });

  it("assigns a batch exactly as it would assign its articles one at a time", async () => {
    // Random keys from a small vocabulary make joins of stored stories, joins of stories
    // made earlier in the batch, choices between several matching stories and articles that match nothing.
    const rnd = seeded(7);
    const shape = Array.from({ length: 60 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 120)));
    // The same articles and features into two empty stores (idf counts the whole store).
    const k = uniq("batch").replace(" ", "-");
    const arts = shape.map((_, i) => art(uniq(`batch ${i}`)));
    const label = "batch";
    const run = async (batches: boolean) => {
      const twin = backend.name === "pglite" ? pgliteBackend() : serverBackend();
      const opened = await twin.open();
      const store: StoryStore = opened;
      const articles: ArticleStore = opened;
      try {
        await articles.putArticles(arts);
        const input = arts.map((a, i) => ({ articleId: a.id, title: `${label} ${i}`, keys: shape[i]!.map((n) => `${k}-${n}`) }));
        const results = [];
        for (const a of input.slice(0, 10)) results.push(await store.saveStoryAssignment(a));
        // Placed again: in a later batch (3, 12), and twice in one batch (25, read where the batch's first placement left it).
        const rest = [...input.slice(10, 30), input[3]!, input[12]!, input[25]!, ...input.slice(30)];
        if (!batches) for (const a of rest) results.push(await store.saveStoryAssignment(a));
        else for (let i = 0; i < rest.length; i += 12) results.push(...await store.saveStoryAssignments(rest.slice(i, i + 12)));
        const creator = new Map(arts.map((a, i) => [`s-${a.id.slice(0, 12)}`, i]));
        const assigned = await store.storyAssignments();
        return {
          results: results.map((r) => `${creator.get(r.storyId)} ${r.created}`),
          final: arts.map((a) => creator.get(assigned.get(a.id)!)),
        };
      } finally {
        await store.close();
        await twin.cleanup();
      }
    };
    const one = await run(false);
    const batched = await run(true);
    expect(batched).toEqual(one);
    expect(new Set(one.final).size).toBeGreaterThan(1);
    // Most later articles join a story another article started.
    expect(one.results.slice(10).filter((r, i) => r.startsWith(`${10 + i} `) === false).length).toBeGreaterThan(20);
  }, 120_000);

  it("keeps stories consistent when batches are assigned at once", async () => {
    const rnd = seeded(11);
    const shape = Array.from({ length: 80 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 120)));
    const k = uniq("together").replace(" ", "-");
    const arts = shape.map((_, i) => art(uniq(`together ${i}`)));
    await articles.putArticles(arts);
    const input = arts.map((a, i) => ({ articleId: a.id, title: `together ${i}`, keys: [...new Set(shape[i]!.map((n) => `${k}-${n}`))] }));
    const batches = Array.from({ length: 8 }, (_, b) => input.slice(b * 10, b * 10 + 10));
    await Promise.all(batches.map((b) => store.saveStoryAssignments(b)));
    const assigned = await store.storyAssignments();
    expect(arts.every((a) => assigned.has(a.id))).toBe(true);
    const members = new Map<string, number[]>();
    arts.forEach((a, i) => members.set(assigned.get(a.id)!, [...(members.get(assigned.get(a.id)!) ?? []), i]));
    expect(members.size).toBeGreaterThan(5);
    expect(members.size).toBeLessThan(70);
    for (const [storyId, m] of members) {
      // Every member of a story of several shares a feature with a fellow member; sizes are counted right.
      for (const i of m) {
        if (m.length === 1) continue;
        const a = input[i]!.keys;
        expect(m.some((j) => j !== i && input[j]!.keys.some((x) => a.includes(x)))).toBe(true);
      }
      expect((await store.getStory(storyId))?.story.articleCount).toBe(m.length);
    }
  }, 60_000);

  it("assigns annotated articles in the order of their jobs, waiting for jobs still running", async () => {
    // Clear the line: assignment jobs other tests left queued would hold it.
    for (let left = await queue.claim("sweeper", { kind: "assign", limit: 1000 }); left.length > 0; left = await queue.claim("sweeper", { kind: "assign", limit: 1000 })) {
      await queue.completeAll(left, "sweeper");
    }
    const k = uniq("order").replace(" ", "-");
    const arts = [art(uniq("O1")), art(uniq("O2")), art(uniq("O3"))];
    await articles.putArticles(arts, assignJobs);
    const claimed = await queue.claim("w", { kind: "assign", limit: 10 });
    expect(claimed.map((j) => j.payload["articleId"])).toEqual(arts.map((a) => a.id));
    const keys = [[`${k}-x`, `${k}-y`], [`${k}-x`, `${k}-y`], [`${k}-x`, `${k}-y`, `${k}-z`]];
    const item = (i: number) => ({ jobId: claimed[i]!.id, articleId: arts[i]!.id, title: `O${i + 1}`, keys: keys[i]!, annotator: "test", doc: new Uint8Array([i, 255, 0]) });
    // The second and third finish first: nothing is assigned while the first job runs.
    await articles.saveAnnotated([item(2), item(1)]);
    await queue.completeAll([claimed[1]!, claimed[2]!], "w");
    expect(await store.assignPending()).toEqual({ assigned: 0, stories: 0 });
    expect((await store.storyAssignments()).has(arts[1]!.id)).toBe(false);
    expect((await store.storyAssignments([arts[0]!.id, arts[1]!.id])).size).toBe(0);
    await articles.saveAnnotated([item(0)]);
    await articles.saveAnnotated([item(0)]);
    await queue.completeAll([claimed[0]!], "w");
    const queuedBefore = (await store.counts()).queued;
    const r = await store.assignPending({ wait: true, jobs: (s) => [{ kind: "analyze", key: `analyze:${s}`, payload: { storyId: s }, requeue: true }] });
    expect(r).toEqual({ assigned: 3, stories: 1 });
    const assigned = await store.storyAssignments();
    // In job order the first article starts the story the others join.
    expect(arts.map((a) => assigned.get(a.id))).toEqual(arts.map(() => `s-${arts[0]!.id.slice(0, 12)}`));
    expect([...(await store.storyAssignments([arts[1]!.id, "no-such-article"]))]).toEqual([[arts[1]!.id, `s-${arts[0]!.id.slice(0, 12)}`]]);
    expect((await store.counts()).queued).toBe(queuedBefore + 1);
    expect(await store.assignPending()).toEqual({ assigned: 0, stories: 0 });
    const docs = await articles.getDocs(arts.map((a) => a.id), "test");
    expect([...docs.get(arts[2]!.id)!]).toEqual([2, 255, 0]);
    expect((await articles.getDocs([arts[0]!.id], "another annotator")).size).toBe(0);
  });

  it("lists stories with their sizes", async () => {
    // The stories the tests above made.
    const stories = await store.listStories();
    expect(stories.length).toBe((await store.counts()).stories);
    expect(stories[0]!.articleCount).toBeGreaterThanOrEqual(stories.at(-1)!.articleCount);
  });
});
