// The API over the persistent store (PGlite in a temp folder): POST /api/articles stores and
// groups articles, the stories list and story reports come from what the store keeps.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignJob, drainQueue } from "../../src/cli/commands/worker.js";
import type { Kb } from "../../src/domain/kb.js";
import type { Report } from "../../src/domain/report.js";
import { loadKb } from "../../src/kb/load.js";
import { createApp } from "../../src/server/app.js";
import type { StorySummary } from "../../src/server/deps.js";
import { storyStoreOver } from "../../src/server/store-adapter.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { baseDeps, jsonPost, NOW, seedArticles, TOKEN } from "./helpers.js";

let dir: string;
let store: Store;
let kb: Kb;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tri-api-store-"));
  store = await openStore({ db: join(dir, "db") });
  kb = loadKb();
}, 60_000);
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("API over the persistent store", () => {
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const app = () => createApp(baseDeps({
    token: TOKEN,
    store: storyStoreOver(store, { kb, clock: () => NOW, jobs: (a) => [assignJob(a.id)], afterPut: async () => void (await drainQueue(store, { now: () => NOW })) }),
  }));

  it("stores POSTed articles, assigns them to stories and says which", async () => {
    const res = await app().request("/api/articles", jsonPost({ articles: seedArticles() }, auth));
    expect(res.status).toBe(201);
    const put = (await res.json()) as { added: string[]; existing: string[]; storyIds: string[] };
    expect(put.added).toHaveLength(5);
    expect(put.existing).toEqual([]);
    expect(put.storyIds.length).toBeGreaterThan(0);
    const again = (await (await app().request("/api/articles", jsonPost({ articles: seedArticles() }, auth))).json()) as { added: string[]; existing: string[] };
    expect(again.added).toEqual([]);
    expect(again.existing).toHaveLength(5);
  }, 60_000);

  it("lists the stored stories with findings counted from their kept reports", async () => {
    const { stories } = (await (await app().request("/api/stories")).json()) as { stories: StorySummary[] };
    expect(stories.reduce((n, s) => n + s.articleCount, 0)).toBe(5);
    expect(stories.some((s) => !s.pending && s.findings.high > 0)).toBe(true);
  }, 60_000);

  it("serves a stored story's report and a stored article; 404 for unknown ids", async () => {
    const [first] = await store.listStories();
    const res = await app().request(`/api/stories/${first?.id}`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.version).toBe(1);
    const articleId = report.articles[0]?.id ?? "";
    expect((await app().request(`/api/articles/${articleId}`)).status).toBe(200);
    expect((await app().request("/api/stories/no-such-story")).status).toBe(404);
    expect((await app().request("/api/articles/no-such-article")).status).toBe(404);
  }, 60_000);

  it("finds a story by the review state of its findings once a person reviewed one", async () => {
    const { stories } = (await (await app().request("/api/stories?severity=high")).json()) as { stories: StorySummary[] };
    const story = stories[0];
    const report = (await (await app().request(`/api/stories/${story?.id}`)).json()) as Report;
    const high = report.stories[0]?.findings.find((f) => f.severity === "high");
    const listed = async (q: string) => ((await (await app().request(`/api/stories?${q}`)).json()) as { stories: StorySummary[] }).stories.map((s) => s.id);
    expect(await listed("review=needs-work")).toEqual([]);
    const res = await app().request(`/api/stories/${story?.id}/findings/${high?.id}/review`, jsonPost({ state: "needs-work", reviewer: "Ana" }, auth));
    expect(res.status).toBe(201);
    expect(await listed("review=needs-work")).toEqual([story?.id]);
    expect(await listed("review=needs-work&severity=low")).toEqual([]);
  }, 60_000);

  it("is read-only when asked: 405 on POST /api/articles", async () => {
    const ro = createApp(baseDeps({ token: TOKEN, store: storyStoreOver(store, { kb, clock: () => NOW, readOnly: true }) }));
    expect((await ro.request("/api/articles", jsonPost({ articles: seedArticles() }, auth))).status).toBe(405);
  });
});
