// The review workflow over the API, in-process: a person marks a finding confirmed, dismissed or
// needs work with a note (bearer token; who and when kept), the reviews are listed, and a story's
// ClaimReview export carries only confirmed findings unless ?all.
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain/report.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { createApp } from "../../src/server/app.js";
import { MemoryStore } from "../../src/server/memory-store.js";
import { analyzeAll, baseDeps, jsonPost, NOW, seedArticles, TOKEN, writableStore } from "./helpers.js";

interface Graph { "@graph": { identifier: string; creativeWorkStatus: string; author: { "@type": string; name: string }; reviewBody: string; reviewRating: { alternateName: string } }[] }

let report: Report;
let storyId: string;
let app: ReturnType<typeof createApp>;
const auth = { Authorization: `Bearer ${TOKEN}` };
beforeAll(() => {
  report = analyzeAll(seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a)));
  const story = [...report.stories].sort((a, b) => b.findings.length - a.findings.length)[0];
  storyId = story?.id ?? "";
  const store = writableStore([report]);
  app = createApp(baseDeps({ store, token: TOKEN }));
}, 60_000);

const findings = () => report.stories.find((s) => s.id === storyId)?.findings ?? [];
const exportable = () => findings().filter((f) => ["contradiction", "arithmetic", "anachronism", "single-source", "corroboration"].includes(f.type));
const review = (findingId: string, body: unknown, headers: Record<string, string> = auth) => app.request(`/api/stories/${storyId}/findings/${findingId}/review`, jsonPost(body, headers));
const graph = async (query = "") => ((await (await app.request(`/api/stories/${storyId}/claimreview${query}`)).json()) as Graph)["@graph"];

describe("reviewing findings", () => {
  it("needs the bearer token (401)", async () => {
    const f = exportable()[0];
    expect((await review(f?.id ?? "", { state: "confirmed", reviewer: "Ayşe" }, {})).status).toBe(401);
    expect((await review(f?.id ?? "", { state: "confirmed", reviewer: "Ayşe" }, { Authorization: "Bearer wrong-token-0123456789" })).status).toBe(401);
  });

  it("exports nothing before anyone confirmed a finding, and every exportable one, marked unreviewed, with ?all", async () => {
    expect(await graph()).toEqual([]);
    const all = await graph("?all");
    expect(all.map((r) => r.identifier)).toEqual(exportable().map((f) => f.id));
    for (const r of all) expect(r.reviewRating.alternateName).toMatch(/machine-generated, unreviewed/);
  });

  it("keeps a review with who and when (201), and lists it", async () => {
    const [first, second, third] = exportable();
    const res = await review(first?.id ?? "", { state: "confirmed", note: "Ministry confirms 390 in total.", reviewer: "Ayşe Yılmaz" });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ storyId, findingId: first?.id, state: "confirmed", note: "Ministry confirms 390 in total.", reviewer: "Ayşe Yılmaz", reviewedAt: NOW.toISOString() });
    expect((await review(second?.id ?? "", { state: "dismissed", reviewer: "Jonas" })).status).toBe(201);
    if (third) expect((await review(third.id, { state: "needs-work", note: "call the outlet", reviewer: "Jonas" })).status).toBe(201);
    const listed = (await (await app.request(`/api/stories/${storyId}/reviews`)).json()) as { reviews: { findingId: string; state: string; reviewer: string }[] };
    expect(listed.reviews.map((r) => [r.findingId, r.state]).sort()).toEqual([[first?.id, "confirmed"], [second?.id, "dismissed"], ...(third ? [[third.id, "needs-work"]] : [])].sort());
  });

  it("lists the story under the review states its findings now have", async () => {
    const listed = async (q: string) => ((await (await app.request(`/api/stories?${q}`)).json()) as { stories: { id: string; reviews?: Record<string, Record<string, number>> }[] }).stories;
    const [story] = (await listed("review=confirmed")).filter((s) => s.id === storyId);
    const [first] = exportable();
    expect(story?.reviews?.["confirmed"]?.[first?.severity ?? "high"]).toBe(1);
    expect((await listed("review=dismissed")).map((s) => s.id)).toEqual([storyId]);
    const others = report.stories.filter((s) => s.id !== storyId && s.findings.length > 0).map((s) => s.id);
    expect((await listed("review=unreviewed")).map((s) => s.id).sort()).toEqual([storyId, ...others].sort());
  });

  it("exports only the confirmed finding by default, as checked by its reviewer; ?all adds the rest but never a dismissed one", async () => {
    const [first, second, third] = exportable();
    const confirmed = await graph();
    expect(confirmed.map((r) => r.identifier)).toEqual([first?.id]);
    expect(confirmed[0]).toMatchObject({ creativeWorkStatus: "Published", author: { "@type": "Person", name: "Ayşe Yılmaz" } });
    expect(confirmed[0]?.reviewBody).toContain("Checked by Ayşe Yılmaz on 2025-06-01: Ministry confirms 390 in total.");
    const all = await graph("?all=1");
    expect(all.map((r) => r.identifier)).not.toContain(second?.id);
    expect(all.map((r) => r.identifier)).toEqual(exportable().filter((f) => f.id !== second?.id).map((f) => f.id));
    if (third) expect(all.find((r) => r.identifier === third.id)?.creativeWorkStatus).toBe("Draft (needs work)");
  });

  it("a second review of a finding replaces the first", async () => {
    const [first] = exportable();
    expect((await review(first?.id ?? "", { state: "dismissed", note: "figure was revised", reviewer: "Jonas" })).status).toBe(201);
    expect(await graph()).toEqual([]);
    expect((await review(first?.id ?? "", { state: "confirmed", reviewer: "Ayşe Yılmaz" })).status).toBe(201);
  });

  it.each([
    [{ state: "approved", reviewer: "Ayşe" }, /state must be one of confirmed, dismissed, needs-work/],
    [{ state: "confirmed" }, /^reviewer: /],
    [{ state: "confirmed", reviewer: "   " }, /give the reviewer's name/],
    [{ state: "confirmed", reviewer: "A\u202Eyşe" }, /reviewer must not hold control or format characters/],
    [{ state: "confirmed", reviewer: "Ayşe", note: "x".repeat(4001) }, /^note: at most 4000 characters/],
  ])("refuses the body %j with 400", async (body, message) => {
    const res = await review(exportable()[0]?.id ?? "", body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it("answers 404 for an unknown finding or story, 400 for a control character in the finding id", async () => {
    expect((await review("nope", { state: "confirmed", reviewer: "Ayşe" })).status).toBe(404);
    expect((await app.request("/api/stories/nope/findings/x/review", jsonPost({ state: "confirmed", reviewer: "Ayşe" }, auth))).status).toBe(404);
    expect((await review("a%00b", { state: "confirmed", reviewer: "Ayşe" })).status).toBe(400);
    expect((await app.request(`/api/stories/${storyId}/findings/x/review`)).status).toBe(405);
  });

  it("answers 405 on a read-only store", async () => {
    const ro = createApp(baseDeps({ store: new MemoryStore({ reports: [report] }), token: TOKEN }));
    const f = exportable()[0];
    expect((await ro.request(`/api/stories/${storyId}/findings/${f?.id}/review`, jsonPost({ state: "confirmed", reviewer: "Ayşe" }, auth))).status).toBe(405);
  });
});
