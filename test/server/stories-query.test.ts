// GET /api/stories with search, filters, sort and paging, in-process over a stub store of
// summaries (and once over the seeds, for the people and places a search reaches).
import { describe, expect, it } from "vitest";
import { articleFromRecord } from "../../src/ingest/record.js";
import { createApp } from "../../src/server/app.js";
import type { StorySummary, StoryStore } from "../../src/server/deps.js";
import { MemoryStore } from "../../src/server/memory-store.js";
import type { StoryPage } from "../../src/server/story-query.js";
import { analyzeAll, baseDeps, seedArticles } from "./helpers.js";

function summary(id: string, over: Partial<StorySummary> = {}): StorySummary {
  return {
    id, title: `Story ${id}`, articleCount: 2,
    timeframe: { from: "2025-05-10", to: "2025-05-12", basis: [] },
    findings: { high: 0, medium: 0, low: 0, info: 0 }, findingTypes: {}, people: [], places: [],
    ...over,
  };
}

const STORIES: StorySummary[] = [
  summary("a", { title: "Prisoner exchange agreed in Istanbul", timeframe: { from: "2025-05-16", to: "2025-05-23", basis: [] }, findings: { high: 1, medium: 2, low: 0, info: 3 }, reviews: { confirmed: { high: 1 }, unreviewed: { medium: 2, info: 3 } }, findingTypes: { contradiction: 1, corroboration: 3, "single-source": 2 }, people: ["Dmytro Kuleba", "Volodymyr Zelenskyy"], places: ["Istanbul"] }),
  summary("b", { title: "Earthquake near Malatya", timeframe: { from: "2023-02-06", to: "2023-02-08", basis: [] }, findings: { high: 0, medium: 1, low: 4, info: 0 }, findingTypes: { arithmetic: 1, framing: 4 }, reviews: { "needs-work": { medium: 1 }, dismissed: { low: 1 }, unreviewed: { low: 3 } }, places: ["Malatya", "Gaziantep"] }),
  summary("c", { title: "Budget vote in parliament", timeframe: { from: "2025-01-10", to: "2025-01-10", basis: [] }, findings: { high: 2, medium: 0, low: 0, info: 0 }, findingTypes: { anachronism: 2 }, reviews: { unreviewed: { high: 2 } }, people: ["Søren Brostrøm"] }),
  summary("d", { title: "Pending story", timeframe: { from: null, to: null, basis: [] }, pending: true }),
  summary("e", { title: "Floods in São Paulo", timeframe: { from: "2024-03-01T10:00:00Z", to: "2024-03-02T18:00:00Z", basis: [] }, findings: { high: 0, medium: 0, low: 1, info: 1 }, findingTypes: { derivation: 2 }, reviews: { unreviewed: { low: 1, info: 1 } }, places: ["São Paulo"] }),
];

const stub: StoryStore = { listStories: async () => STORIES, getStoryReport: async () => null, getArticle: async () => null };
const app = createApp(baseDeps({ store: stub }));
const page = async (query: string) => {
  const res = await app.request(`/api/stories${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as StoryPage;
};
const ids = async (query: string) => (await page(query)).stories.map((s) => s.id);

describe("GET /api/stories", () => {
  it("sorts newest first by default (stories without a time frame last) and says how many there are", async () => {
    const p = await page("");
    expect(p.stories.map((s) => s.id)).toEqual(["a", "c", "e", "b", "d"]);
    expect(p).toMatchObject({ total: 5, limit: 50, offset: 0, nextOffset: null });
  });

  it("sorts by most findings with ?sort=findings", async () => {
    expect(await ids("?sort=findings")).toEqual(["a", "b", "c", "e", "d"]);
  });

  it("pages with ?limit and ?offset, giving the next offset until the last page", async () => {
    expect(await page("?limit=2")).toMatchObject({ total: 5, nextOffset: 2 });
    expect(await ids("?limit=2")).toEqual(["a", "c"]);
    expect(await ids("?limit=2&offset=2")).toEqual(["e", "b"]);
    const last = await page("?limit=2&offset=4");
    expect(last.stories.map((s) => s.id)).toEqual(["d"]);
    expect(last.nextOffset).toBeNull();
    expect(await ids("?offset=99")).toEqual([]);
  });

  it("searches titles, people and places with ?q, every word, ignoring case and accents", async () => {
    expect(await ids("?q=istanbul")).toEqual(["a"]);
    expect(await ids("?q=kuleba")).toEqual(["a"]);
    expect(await ids("?q=gaziantep")).toEqual(["b"]);
    expect(await ids("?q=sao%20paulo")).toEqual(["e"]);
    expect(await ids("?q=soren")).toEqual(["c"]);
    expect(await ids("?q=prisoner%20zelenskyy")).toEqual(["a"]);
    expect(await ids("?q=prisoner%20malatya")).toEqual([]);
  });

  it("filters by time frame overlap with ?since and ?until", async () => {
    expect(await ids("?since=2025-01-01")).toEqual(["a", "c"]);
    expect(await ids("?until=2024-12-31")).toEqual(["e", "b"]);
    expect(await ids("?since=2024-03-02&until=2025-01-10")).toEqual(["c", "e"]);
    expect(await ids("?since=2025-05-20T00:00:00Z")).toEqual(["a"]);
  });

  it("filters by severity and by finding type (any of a comma list)", async () => {
    expect(await ids("?severity=high")).toEqual(["a", "c"]);
    expect(await ids("?severity=low,info")).toEqual(["a", "e", "b"]);
    expect(await ids("?type=arithmetic")).toEqual(["b"]);
    expect(await ids("?type=contradiction,anachronism&sort=findings")).toEqual(["a", "c"]);
    expect(await ids("?type=framing&severity=high")).toEqual([]);
  });

  it("filters by review state, and with a severity by findings of both (the desk's to-do list)", async () => {
    expect(await ids("?review=confirmed")).toEqual(["a"]);
    expect(await ids("?review=needs-work,dismissed")).toEqual(["b"]);
    expect(await ids("?review=unreviewed")).toEqual(["a", "c", "e", "b"]); // the pending story has no findings yet
    expect(await ids("?review=unreviewed&severity=high")).toEqual(["c"]); // a's one high finding is confirmed
    expect(await ids("?review=unreviewed&severity=medium")).toEqual(["a"]);
    expect(await ids("?review=confirmed&severity=medium")).toEqual([]);
  });

  it.each([
    ["?review=checked", /review=checked is not one of unreviewed, confirmed, dismissed, needs-work/],
    ["?limit=0", /limit must be a whole number from 1 to 200/],
    ["?limit=1000", /limit must be a whole number from 1 to 200/],
    ["?offset=-1", /offset must be a whole number/],
    ["?since=yesterday", /since must be a date like 2025-05-16/],
    ["?since=2025-06-01&until=2025-01-01", /since is after until/],
    ["?severity=critical", /severity=critical is not one of high, medium, low, info/],
    ["?type=rumour", /type=rumour is not one of contradiction/],
    ["?sort=oldest", /sort=oldest is not one of newest, findings/],
  ])("answers %s with 400 naming the parameter", async (query, message) => {
    const res = await app.request(`/api/stories${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it("finds a story of the seeds by a quoted speaker, and by a finding type it has", async () => {
    const report = analyzeAll(seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a)));
    const seeded = createApp(baseDeps({ store: new MemoryStore({ reports: [report] }) }));
    const found = (await (await seeded.request("/api/stories?q=kuleba&type=contradiction")).json()) as StoryPage;
    expect(found.total).toBe(1);
    expect(found.stories[0]?.people).toEqual(expect.arrayContaining([expect.stringMatching(/Kuleba/)]));
  }, 60_000);
});
