// One conformance suite for the Store seam, looped over every backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/domain/article.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import type { Store } from "../../src/store/store.js";
import { backends, pgliteBackend, serverBackend } from "./backends.js";

let n = 0;
function art(text: string, extra: { url?: string; title?: string } = {}): Article {
  return articleFromRecord(`t${n++}`, { text, ...extra });
}
const uniq = (label: string) => `${label} ${Math.random().toString(36).slice(2)}`;

for (const backend of backends()) {
  describe.skipIf(backend.skip !== null)(`store on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => { store = await backend.open(); }, 60_000);
    afterAll(async () => { await store?.close(); await backend.cleanup(); });

    it("stores an article once however often it is put", async () => {
      const a = art(uniq("Ceasefire talks resume in Geneva."));
      const before = (await store.counts()).articles;
      const first = await store.putArticles([a, a]);
      const second = await store.putArticles([a]);
      expect(first.added).toEqual([a.id]);
      expect(first.existing).toBe(1);
      expect(second).toEqual({ added: [], existing: 1 });
      expect((await store.counts()).articles).toBe(before + 1);
      expect(await store.getArticle(a.id)).toEqual(a);
    });

    it("stores overlapping batches put at once in opposite orders, each article once", async () => {
      // On a server, the two inserts lock the same rows in opposite orders: a deadlock PostgreSQL
      // breaks by aborting one transaction, which the store then runs again.
      for (let round = 0; round < 3; round++) {
        const arts = Array.from({ length: 200 }, (_, i) => art(uniq(`Overlap ${round} ${i}.`)));
        const [x, y] = await Promise.all([store.putArticles(arts), store.putArticles([...arts].reverse())]);
        expect(x.added.length + y.added.length).toBe(200);
        expect(x.existing + y.existing).toBe(200);
      }
    });

    it("returns null for an article it does not hold", async () => {
      expect(await store.getArticle("0000000000000000")).toBeNull();
    });

    it("stores batches larger than one statement", async () => {
      const many = Array.from({ length: 1203 }, (_, i) => art(uniq(`Batch article ${i}.`)));
      const r = await store.putArticles(many);
      expect(r.added.length).toBe(1203);
      expect((await store.getArticles(many.slice(0, 3).map((a) => a.id))).map((a) => a.id)).toEqual(many.slice(0, 3).map((a) => a.id));
      const ids = new Set<string>();
      for await (const a of store.iterateArticles(400)) ids.add(a.id);
      for (const a of many) expect(ids.has(a.id)).toBe(true);
    });

    it("enqueues jobs together with the articles they are for, once", async () => {
      const a = art(uniq("Jobs come with articles."));
      const jobs = (x: Article) => [{ kind: "assign", key: `assign:${x.id}`, payload: { articleId: x.id } }];
      const before = (await store.counts()).queued;
      await store.putArticles([a], jobs);
      await store.putArticles([a], jobs);
      expect((await store.counts()).queued).toBe(before + 1);
    });

    it("knows canonical URLs it has stored, ignoring tracking parameters", async () => {
      const a = art(uniq("A page with a link."), { url: "https://News.example/a/b/?utm_source=x&id=3#top" });
      await store.putArticles([a]);
      const known = await store.knownUrls(["https://news.example/a/b?id=3", "https://news.example/other"]);
      expect([...known]).toEqual(["https://news.example/a/b?id=3"]);
    });

    it("assigns an article with a feature too long to index, and the articles after it", async () => {
      // A 3,000-letter "name" once broke the key index and, with queue order, every assignment after it.
      const k = uniq("long").replace(" ", "-");
      const [a, b] = [art(uniq("L")), art(uniq("M"))];
      await store.putArticles([a!, b!]);
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
      await store.putArticles([a!, b!, c!]);
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
      await store.putArticles(arts);
      // One report each, the same words, one name of their own: they make one story whatever the order.
      await Promise.all(arts.map((a, i) => store.saveStoryAssignment({ articleId: a.id, title: `c${i}`, keys: [`w:${k}-a`, `w:${k}-b`, `w:${k}-c`, `${k}-${i}`] })));
      const assigned = await store.storyAssignments();
      expect(new Set(arts.map((a) => assigned.get(a.id))).size).toBe(1);
    });

    it("assigns a batch exactly as it would assign its articles one at a time", async () => {
      // Random keys from a small vocabulary make joins of stored stories, joins of stories
      // made earlier in the batch, choices between several matching stories and articles that match nothing.
      let seed = 7;
      const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
      const shape = Array.from({ length: 60 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 120)));
      // The same articles and features into two empty stores (idf counts the whole store).
      const k = uniq("batch").replace(" ", "-");
      const arts = shape.map((_, i) => art(uniq(`batch ${i}`)));
      const label = "batch";
      const run = async (batches: boolean) => {
        const twin = backend.name === "pglite" ? pgliteBackend() : serverBackend();
        const store = await twin.open();
        try {
        await store.putArticles(arts);
        const input = arts.map((a, i) => ({ articleId: a.id, title: `${label} ${i}`, keys: shape[i]!.map((n) => `${k}-${n}`) }));
        const results = [];
        for (const a of input.slice(0, 10)) results.push(await store.saveStoryAssignment(a));
        const rest = [...input.slice(10, 30), input[3]!, input[12]!, ...input.slice(30)];
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
      let seed = 11;
      const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
      const shape = Array.from({ length: 80 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 120)));
      const k = uniq("together").replace(" ", "-");
      const arts = shape.map((_, i) => art(uniq(`together ${i}`)));
      await store.putArticles(arts);
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
      for (let left = await store.claim("sweeper", { kind: "assign", limit: 1000 }); left.length > 0; left = await store.claim("sweeper", { kind: "assign", limit: 1000 })) {
        await store.completeAll(left, "sweeper");
      }
      const k = uniq("order").replace(" ", "-");
      const arts = [art(uniq("O1")), art(uniq("O2")), art(uniq("O3"))];
      const jobs = (x: Article) => [{ kind: "assign", key: `assign:${x.id}`, payload: { articleId: x.id } }];
      await store.putArticles(arts, jobs);
      const claimed = await store.claim("w", { kind: "assign", limit: 10 });
      expect(claimed.map((j) => j.payload["articleId"])).toEqual(arts.map((a) => a.id));
      const keys = [[`${k}-x`, `${k}-y`], [`${k}-x`, `${k}-y`], [`${k}-x`, `${k}-y`, `${k}-z`]];
      const item = (i: number) => ({ jobId: claimed[i]!.id, articleId: arts[i]!.id, title: `O${i + 1}`, keys: keys[i]!, annotator: "test", doc: new Uint8Array([i, 255, 0]) });
      // The second and third finish first: nothing is assigned while the first job runs.
      await store.saveAnnotated([item(2), item(1)]);
      await store.completeAll([claimed[1]!, claimed[2]!], "w");
      expect(await store.assignPending()).toEqual({ assigned: 0, stories: 0 });
      expect((await store.storyAssignments()).has(arts[1]!.id)).toBe(false);
      expect((await store.storyAssignments([arts[0]!.id, arts[1]!.id])).size).toBe(0);
      await store.saveAnnotated([item(0)]);
      await store.saveAnnotated([item(0)]);
      await store.completeAll([claimed[0]!], "w");
      const queuedBefore = (await store.counts()).queued;
      const r = await store.assignPending({ wait: true, jobs: (s) => [{ kind: "analyze", key: `analyze:${s}`, payload: { storyId: s }, requeue: true }] });
      expect(r).toEqual({ assigned: 3, stories: 1 });
      const assigned = await store.storyAssignments();
      // In job order the first article starts the story the others join.
      expect(arts.map((a) => assigned.get(a.id))).toEqual(arts.map(() => `s-${arts[0]!.id.slice(0, 12)}`));
      expect([...(await store.storyAssignments([arts[1]!.id, "no-such-article"]))]).toEqual([[arts[1]!.id, `s-${arts[0]!.id.slice(0, 12)}`]]);
      expect((await store.counts()).queued).toBe(queuedBefore + 1);
      expect(await store.assignPending()).toEqual({ assigned: 0, stories: 0 });
      const docs = await store.getDocs(arts.map((a) => a.id), "test");
      expect([...docs.get(arts[2]!.id)!]).toEqual([2, 255, 0]);
      expect((await store.getDocs([arts[0]!.id], "another annotator")).size).toBe(0);
    });

    it("lists stories with their sizes", async () => {
      const stories = await store.listStories();
      expect(stories.length).toBe((await store.counts()).stories);
      expect(stories[0]!.articleCount).toBeGreaterThanOrEqual(stories.at(-1)!.articleCount);
    });

    it("hands each job to one worker and completes it once", async () => {
      const key = uniq("job");
      await store.enqueue([{ kind: "test", key, payload: { x: 1 } }]);
      const mine = (await store.claim("w1", { limit: 100 })).filter((j) => j.key === key);
      const theirs = (await store.claim("w2", { limit: 100 })).filter((j) => j.key === key);
      expect(mine.length).toBe(1);
      expect(theirs.length).toBe(0);
      expect(mine[0]!.payload).toEqual({ x: 1 });
      expect(await store.complete(mine[0]!, "w1")).toBe(true);
      expect(await store.complete(mine[0]!, "w1")).toBe(false);
    });

    it("gives a job whose worker died to another worker once the lease runs out", async () => {
      const key = uniq("lost");
      await store.enqueue([{ kind: "test", key, payload: {} }]);
      // A lease that ran out already (negative): no waiting on the clock, the same expiry path.
      const lost = (await store.claim("dead", { limit: 100, leaseMs: -60_000 })).find((j) => j.key === key)!;
      const retried = (await store.claim("alive", { limit: 100 })).find((j) => j.key === key)!;
      expect(retried.id).toBe(lost.id);
      expect(retried.attempts).toBe(2);
      expect(await store.complete(lost, "dead")).toBe(false);
      expect(await store.complete(retried, "alive")).toBe(true);
    });

    it("keeps a job with the worker that renews its lease, and only with that worker", async () => {
      // The lease is claimed already run out: without the renewal another worker would take the job now.
      const kind = uniq("renew").replace(" ", "-");
      await store.enqueue([{ kind, key: `${kind}:1`, payload: {} }]);
      const [job] = await store.claim("live", { kind, limit: 1, leaseMs: -1000 });
      expect(await store.renew([job!.id], "someone-else", 60_000)).toBe(0);
      expect(await store.renew([job!.id], "live", 60_000)).toBe(1);
      expect(await store.claim("other", { kind, limit: 1 })).toEqual([]);
      expect(await store.complete(job!, "live")).toBe(true);
      expect(await store.renew([job!.id], "live", 60_000)).toBe(0); // done: nothing to renew
      // Unrenewed, a lease ends: the job is another worker's (renewing it then does nothing).
      await store.enqueue([{ kind, key: `${kind}:2`, payload: {} }]);
      const [dead] = await store.claim("dead", { kind, limit: 1, leaseMs: -1000 });
      const [taken] = await store.claim("other", { kind, limit: 1 });
      expect(taken!.id).toBe(dead!.id);
      expect(await store.renew([dead!.id], "dead", 60_000)).toBe(0);
    });

    it("retries the jobs of a lost batch one at a time, so only the one that kills its worker fails", async () => {
      // A worker that dies (out of memory on one article) loses every job it held; leases are set
      // in the past, so a lost job is claimable at once, without waiting.
      const kind = uniq("poison").replace(" ", "-");
      const keys = Array.from({ length: 5 }, (_, i) => `${kind}:${i}`);
      const poison = keys[2]!;
      await store.enqueue(keys.map((key) => ({ kind, key, payload: {} })));
      expect((await store.claim("w0", { kind, limit: 5, leaseMs: -1000 })).length).toBe(5);
      const done: string[] = [];
      for (let round = 0; round < 20; round++) {
        const jobs = await store.claim(`w${round + 1}`, { kind, limit: 5, leaseMs: -1000 });
        if (jobs.length === 0) break;
        expect(jobs.length).toBe(1);
        // The poison job's worker dies again (the job is left running); the others complete.
        if (jobs[0]!.key !== poison) {
          expect(await store.complete(jobs[0]!, `w${round + 1}`)).toBe(true);
          done.push(jobs[0]!.key);
        }
      }
      expect(done.sort()).toEqual(keys.filter((k) => k !== poison));
      const failed = (await store.failedJobs()).filter((j) => j.kind === kind);
      expect(failed.map((j) => j.key)).toEqual([poison]);
      expect(failed[0]!.error).toMatch(/worker was lost/);
      expect((await store.counts()).failed).toBeGreaterThanOrEqual(1);
      expect(await store.requeueFailed([poison])).toBe(1);
      expect((await store.claim("w", { kind, limit: 5 })).map((j) => [j.key, j.attempts])).toEqual([[poison, 1]]);
    });

    it("queues an article whose job failed again when it is ingested again", async () => {
      const kind = uniq("reingest").replace(" ", "-");
      const a = art(uniq("An article that once crashed its worker."));
      const jobs = (x: Article) => [{ kind, key: `${kind}:${x.id}`, payload: { articleId: x.id } }];
      await store.putArticles([a], jobs);
      // Its worker dies on it every time (the lease is left to run out) until it fails for good.
      for (let i = 0; i < 20 && (await store.failedJobs()).every((j) => j.kind !== kind); i++) await store.claim("w", { kind, limit: 1, leaseMs: -1000 });
      expect((await store.failedJobs()).filter((j) => j.kind === kind).map((j) => j.attempts)).toEqual([5]);
      expect(await store.putArticles([a], jobs)).toEqual({ added: [], existing: 1 });
      expect((await store.failedJobs()).filter((j) => j.kind === kind)).toEqual([]);
      expect((await store.claim("w", { kind, limit: 1 })).map((j) => j.key)).toEqual([`${kind}:${a.id}`]);
    });

    it("puts a failed job back in the queue for a later attempt", async () => {
      const key = uniq("fail");
      await store.enqueue([{ kind: "test", key, payload: {} }]);
      const job = (await store.claim("w", { limit: 100 })).find((j) => j.key === key)!;
      const before = (await store.counts()).queued;
      await store.fail(job, "w", "boom");
      expect((await store.counts()).queued).toBe(before);
      expect((await store.claim("w", { limit: 100 })).find((j) => j.key === key)).toBeUndefined();
    });

    it("runs a requeued job again after the current run, and does not rerun plain duplicates", async () => {
      const key = uniq("re");
      await store.enqueue([{ kind: "test", key, payload: { v: 1 }, requeue: true }]);
      const job = (await store.claim("w", { limit: 100 })).find((j) => j.key === key)!;
      await store.enqueue([{ kind: "test", key, payload: { v: 2 }, requeue: true }]);
      await store.enqueue([{ kind: "test", key, payload: { v: 3 } }]);
      expect(await store.complete(job, "w")).toBe(true);
      const again = (await store.claim("w", { limit: 100 })).find((j) => j.key === key)!;
      expect(again.payload).toEqual({ v: 2 });
      expect(await store.complete(again, "w")).toBe(true);
      expect((await store.claim("w", { limit: 100 })).find((j) => j.key === key)).toBeUndefined();
    });

    it("holds a delayed job back until its time", async () => {
      // Times on either side of the database's clock, so the test waits on nothing.
      const later = uniq("later"), due = uniq("due");
      await store.enqueue([{ kind: "test", key: later, payload: {}, delayMs: 60_000 }, { kind: "test", key: due, payload: {}, delayMs: -60_000 }]);
      const claimed = await store.claim("w", { limit: 100 });
      expect(claimed.find((j) => j.key === later)).toBeUndefined();
      const job = claimed.find((j) => j.key === due);
      expect(job).toBeDefined();
      await store.complete(job!, "w");
    });

    it("remembers a feed's validators", async () => {
      const url = `https://feeds.example/${uniq("f").replace(" ", "")}`;
      expect(await store.getFeedState(url)).toBeNull();
      await store.saveFeedState({ url, etag: '"v1"', lastModified: "Mon, 01 Jan 2024 00:00:00 GMT", checkedAt: "2024-01-01T00:00:00.000Z" });
      expect(await store.getFeedState(url)).toEqual({ url, etag: '"v1"', lastModified: "Mon, 01 Jan 2024 00:00:00 GMT", checkedAt: "2024-01-01T00:00:00.000Z" });
    });

    it("reports its size on disk", async () => {
      expect(await store.sizeBytes()).toBeGreaterThan(0);
    });
  });
}
