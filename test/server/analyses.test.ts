// A result of POST /api/analyze?keep can be linked and downloaded: GET /api/analyses/:id as the
// report JSON, Markdown or ClaimReview, as a file with ?download; kept in memory, the oldest
// dropped first past the count or byte allowance.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/domain/report.js";
import { KeptAnalyses } from "../../src/server/analyses.js";
import { createApp } from "../../src/server/app.js";
import { baseDeps, jsonPost, seedArticles } from "./helpers.js";

const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;
const tiny = (n: number): Report => ({ version: 1, generatedAt: `2025-06-0${n}T00:00:00Z`, articles: [], stories: [] });

describe("kept analyses", () => {
  const app = createApp(baseDeps());

  it("keeps a result only when asked, and names its address in Content-Location", async () => {
    expect((await app.request("/api/analyze", jsonPost({ articles: seedArticles().slice(0, 1) }))).headers.get("Content-Location")).toBeNull();
    const res = await app.request("/api/analyze?keep", jsonPost({ articles: seedArticles() }));
    expect(res.status).toBe(200);
    const where = res.headers.get("Content-Location") ?? "";
    expect(where).toMatch(/^\/api\/analyses\/[A-Za-z0-9_-]{22}$/);
    const report = (await res.json()) as Report;
    const again = await app.request(where);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(report);
    expect(again.headers.get("Content-Disposition")).toBeNull();
  });

  it("serves a kept result as Markdown and as ClaimReview, and as a file with ?download", async () => {
    const where = (await app.request("/api/analyze?keep=1", jsonPost({ articles: seedArticles() }))).headers.get("Content-Location") ?? "";
    const md = await app.request(`${where}?format=markdown&download`);
    expect(md.headers.get("Content-Type")).toMatch(/^text\/markdown/);
    expect(md.headers.get("Content-Disposition")).toMatch(/^attachment; filename="triangulate-[A-Za-z0-9_-]+\.md"$/);
    expect(await md.text()).toMatch(/^# Triangulate report[\s\S]*over 500 Ukrainians/);
    const json = await app.request(`${where}?download`);
    expect(json.headers.get("Content-Disposition")).toMatch(/\.json"$/);
    expect(((await json.json()) as Report).version).toBe(1);
    const ld = await app.request(`${where}?format=claimreview`);
    expect(ld.headers.get("Content-Type")).toMatch(/^application\/ld\+json/);
  });

  it("answers an unknown or dropped id with 404 saying what to do, a bad format or switch with 400", async () => {
    const res = await app.request("/api/analyses/AAAAAAAAAAAAAAAAAAAAAA");
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatch(/analyze the articles again/);
    expect((await app.request("/api/analyses/a%00b")).status).toBe(400);
    const where = (await app.request("/api/analyze?keep", jsonPost({ articles: seedArticles().slice(0, 1) }))).headers.get("Content-Location") ?? "";
    expect(await errorOf(await app.request(`${where}?format=pdf`))).toMatch(/unknown format "pdf"/);
    expect((await app.request("/api/analyze?keep=yes", jsonPost({ articles: seedArticles().slice(0, 1) }))).status).toBe(400);
    expect((await app.request(where, { method: "POST" })).status).toBe(405);
  });

  it("drops the oldest past the count or the byte allowance, and never keeps a result larger than the allowance", () => {
    const byCount = new KeptAnalyses({ count: 2, bytes: 1_000_000 });
    const [a, b, c] = [1, 2, 3].map((n) => byCount.keep(tiny(n)) ?? "");
    expect([byCount.get(a!), byCount.get(b!)?.generatedAt, byCount.get(c!)?.generatedAt]).toEqual([null, "2025-06-02T00:00:00Z", "2025-06-03T00:00:00Z"]);
    const size = JSON.stringify(tiny(1)).length;
    const byBytes = new KeptAnalyses({ count: 100, bytes: 2 * size });
    const ids = [1, 2, 3].map((n) => byBytes.keep(tiny(n)) ?? "");
    expect(ids.map((id) => byBytes.get(id) !== null)).toEqual([false, true, true]);
    expect(new KeptAnalyses({ count: 5, bytes: size - 1 }).keep(tiny(1))).toBeNull();
  });
});
