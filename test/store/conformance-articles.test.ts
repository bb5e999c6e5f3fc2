// Conformance of ArticleStore (articles as ingested, and the jobs ingest queues with them), on every backend.
import { expect, it } from "vitest";
import type { Article } from "../../src/domain/article.js";
import type { ArticleStore, JobQueue, StoryStore } from "../../src/store/store.js";
import { art, assignJobs, conformance, uniq } from "./conformance-kit.js";

conformance("articles", (_backend, onOpen) => {
  let store: ArticleStore;
  /** The store's counts (a StoryStore method): what a put added. */
  let tally: Pick<StoryStore, "counts">;
  /** The queue ingest fills, to see what became of an article's job. */
  let queue: JobQueue;
  onOpen((s) => { store = s; tally = s; queue = s; });

  it("stores an article once however often it is put", async () => {
    const a = art(uniq("Ceasefire talks resume in Geneva."));
    const before = (await tally.counts()).articles;
    const first = await store.putArticles([a, a]);
    const second = await store.putArticles([a]);
    expect(first.added).toEqual([a.id]);
    expect(first.existing).toBe(1);
    expect(second).toEqual({ added: [], existing: 1 });
    expect((await tally.counts()).articles).toBe(before + 1);
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
    const before = (await tally.counts()).queued;
    await store.putArticles([a], assignJobs);
    await store.putArticles([a], assignJobs);
    expect((await tally.counts()).queued).toBe(before + 1);
  });

  it("queues an article whose job failed again when it is ingested again", async () => {
    const kind = uniq("reingest").replace(" ", "-");
    const a = art(uniq("An article that once crashed its worker."));
    const jobs = (x: Article) => [{ kind, key: `${kind}:${x.id}`, payload: { articleId: x.id } }];
    await store.putArticles([a], jobs);
    // Its worker dies on it every time (the lease is left to run out) until it fails for good.
    for (let i = 0; i < 20 && (await queue.failedJobs()).every((j) => j.kind !== kind); i++) await queue.claim("w", { kind, limit: 1, leaseMs: -1000 });
    expect((await queue.failedJobs()).filter((j) => j.kind === kind).map((j) => j.attempts)).toEqual([5]);
    expect(await store.putArticles([a], jobs)).toEqual({ added: [], existing: 1 });
    expect((await queue.failedJobs()).filter((j) => j.kind === kind)).toEqual([]);
    expect((await queue.claim("w", { kind, limit: 1 })).map((j) => j.key)).toEqual([`${kind}:${a.id}`]);
  });

  it("knows canonical URLs it has stored, ignoring tracking parameters", async () => {
    const a = art(uniq("A page with a link."), { url: "https://News.example/a/b/?utm_source=x&id=3#top" });
    await store.putArticles([a]);
    const known = await store.knownUrls(["https://news.example/a/b?id=3", "https://news.example/other"]);
    expect([...known]).toEqual(["https://news.example/a/b?id=3"]);
  });

  it("reports its size on disk", async () => {
    expect(await store.sizeBytes()).toBeGreaterThan(0);
  });
});
