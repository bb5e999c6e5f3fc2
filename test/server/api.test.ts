// The HTTP API in-process (app.request, no port): every endpoint, and the 400/401/404/413/415/429/503 paths.
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain/report.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { createApp } from "../../src/server/app.js";
import type { StoryStore } from "../../src/server/deps.js";
import { MemoryStore } from "../../src/server/memory-store.js";
import { tokenMatches } from "../../src/server/security.js";
import { analyzeAll, baseDeps, jsonPost, seedArticles, TOKEN, writableStore } from "./helpers.js";

let seedsReport: Report;
beforeAll(() => {
  seedsReport = analyzeAll(seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a)));
});

const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

describe("POST /api/analyze", () => {
  const app = createApp(baseDeps());

  it("returns the report contract for the five seeds, with the 'over 500 Ukrainians' contradiction", async () => {
    const res = await app.request("/api/analyze", jsonPost({ articles: seedArticles() }));
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.version).toBe(1);
    expect(report.generatedAt).toBe("2025-06-01T12:00:00.000Z");
    expect(report.articles.map((a) => a.sourceId)).toEqual(seedArticles().map((a) => a.id));
    const findings = report.stories.flatMap((s) => s.findings);
    const contradiction = findings.find((f) => f.type === "contradiction" && f.evidence.some((e) => e.text === "over 500 Ukrainians"));
    expect(contradiction?.evidence.map((e) => e.text)).toContain("390 Ukrainian prisoners");
    const texts = new Map(report.articles.map((a) => [a.id, a.text]));
    for (const e of findings.flatMap((f) => f.evidence)) expect(texts.get(e.articleId)?.slice(e.start, e.end)).toBe(e.text);
  });

  it("answers ?format=claimreview with schema.org ClaimReview JSON-LD", async () => {
    const res = await app.request("/api/analyze?format=claimreview", jsonPost({ articles: seedArticles() }));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/ld\+json/);
    const doc = (await res.json()) as { "@context": string; "@graph": { "@type": string; claimReviewed: string }[] };
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"].some((r) => r["@type"] === "ClaimReview" && r.claimReviewed.includes("over 500 Ukrainians"))).toBe(true);
  });

  it("rejects a body that is not JSON with 400", async () => {
    const res = await app.request("/api/analyze", jsonPost("{not json"));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/not valid JSON/);
  });

  it("names the missing field: articles[1].text", async () => {
    const res = await app.request("/api/analyze", jsonPost({ articles: [{ id: "a", text: "Fine." }, { id: "b", title: "no text" }] }));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/^articles\[1\]\.text: /);
  });

  it("rejects a body without articles, and an empty list, with 400", async () => {
    expect(await errorOf(await app.request("/api/analyze", jsonPost({ stories: [] })))).toMatch(/^articles: /);
    expect(await errorOf(await app.request("/api/analyze", jsonPost({ articles: [] })))).toMatch(/at least one article/);
  });

  it("maps the ingest InputError (blank text) to 400 naming the article", async () => {
    const res = await app.request("/api/analyze", jsonPost({ articles: [{ id: "x", text: "   \n  " }] }));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/^articles\[0\]: has no text/);
  });

  it("rejects a body that is not sent as JSON with 415", async () => {
    const res = await app.request("/api/analyze", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hello" });
    expect(res.status).toBe(415);
  });

  it("rejects a body over the size limit with 413", async () => {
    const small = createApp(baseDeps({ maxBodyBytes: 1000 }));
    const res = await small.request("/api/analyze", jsonPost({ articles: [{ id: "big", text: "word ".repeat(1000) }] }));
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatch(/larger than 1000 bytes/);
    const declared = jsonPost({ articles: [{ id: "big", text: "word ".repeat(1000) }] }, { "Content-Length": "5018" });
    expect((await small.request("/api/analyze", declared)).status).toBe(413);
  });

  it("caps the number of articles per request", async () => {
    const capped = createApp(baseDeps({ maxArticles: 2 }));
    const res = await capped.request("/api/analyze", jsonPost({ articles: seedArticles() }));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/at most 2 articles/);
  });
});

describe("busy server", () => {
  it("answers 503 with Retry-After when the slots and the waiting line are taken", async () => {
    const app = createApp(baseDeps({ analysisSlots: 1, analysisQueue: 0 }));
    let release: () => void = () => {};
    let reading!: () => void;
    // The first request holds the one slot from before the server reads its body until after:
    // once the server asks for the body, the slot is taken.
    const admitted = new Promise<void>((r) => (reading = r));
    let pulls = 0;
    const slowBody = new ReadableStream<Uint8Array>({
      start(ctl) {
        release = () => (ctl.enqueue(new TextEncoder().encode('"}]}')), ctl.close());
      },
      pull(ctl) {
        if (pulls++ > 0) return; // the rest of the body waits for release()
        ctl.enqueue(new TextEncoder().encode('{"articles": [{"id": "a", "text": "Slow.'));
        reading();
      },
    }, { highWaterMark: 0 });
    const first = app.request("/api/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: slowBody, duplex: "half" } as RequestInit);
    await admitted;
    const second = await app.request("/api/analyze", jsonPost({ articles: [{ id: "b", text: "Fast." }] }));
    expect(second.status).toBe(503);
    expect(second.headers.get("Retry-After")).toBe("1");
    release();
    expect((await first).status).toBe(200);
    expect((await app.request("/api/analyze", jsonPost({ articles: [{ id: "b", text: "Fast." }] }))).status).toBe(200);
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After once a client's burst is spent, per client", async () => {
    let client = "10.0.0.1";
    const app = createApp(baseDeps({ rateLimit: { burst: 2, perSecond: 0.5 }, clientKey: () => client }));
    expect((await app.request("/api/openapi.json")).status).toBe(200);
    expect((await app.request("/api/openapi.json")).status).toBe(200);
    const res = await app.request("/api/openapi.json");
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("2");
    expect(await errorOf(res)).toMatch(/too many requests/);
    client = "10.0.0.2";
    expect((await app.request("/api/openapi.json")).status).toBe(200);
  });

  it("lets a client through again after the clock moves on", async () => {
    let t = 0;
    const app = createApp(baseDeps({ rateLimit: { burst: 1, perSecond: 1 }, clock: () => new Date(t), clientKey: () => "c" }));
    expect((await app.request("/api/info")).status).toBe(200);
    expect((await app.request("/api/info")).status).toBe(429);
    t += 1000;
    expect((await app.request("/api/info")).status).toBe(200);
  });
});

describe("without a store", () => {
  const app = createApp(baseDeps({ token: TOKEN }));

  it("answers the store endpoints with 503 and says what to do", async () => {
    for (const path of ["/api/stories", "/api/stories/s-1", "/api/articles/a-1", "/api/stories/s-1/claimreview"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(503);
      expect(await errorOf(res)).toMatch(/no story store.*POST \/api\/analyze/);
    }
    const post = await app.request("/api/articles", jsonPost({ articles: seedArticles() }, { Authorization: `Bearer ${TOKEN}` }));
    expect(post.status).toBe(503);
  });

  it("reports its capabilities on /api/info", async () => {
    expect(await (await app.request("/api/info")).json()).toEqual({ name: "triangulate", version: 1, store: false, writable: false, auth: true });
  });
});

describe("with a writable store", () => {
  const store = writableStore();
  const app = createApp(baseDeps({ store, token: TOKEN }));
  const auth = { Authorization: `Bearer ${TOKEN}` };

  it("refuses POST /api/articles without a token, with a wrong token, and with a token of another length (401)", async () => {
    for (const headers of [{} as Record<string, string>, { Authorization: `Bearer ${TOKEN.replace(/.$/, "X")}` }, { Authorization: "Bearer short" }, { Authorization: TOKEN }]) {
      const res = await app.request("/api/articles", jsonPost({ articles: seedArticles() }, headers));
      expect(res.status).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    }
    expect(await store.listStories()).toEqual([]);
  });

  it("stores articles with the token (201) and tells which were new", async () => {
    const res = await app.request("/api/articles", jsonPost({ articles: seedArticles() }, auth));
    expect(res.status).toBe(201);
    const put = (await res.json()) as { added: string[]; existing: string[]; storyIds: string[] };
    expect(put.added).toHaveLength(5);
    expect(put.storyIds.length).toBeGreaterThan(0);
    const res2 = await app.request("/api/articles", jsonPost({ articles: seedArticles().slice(0, 1) }, auth));
    expect(res2.status).toBe(200); // nothing was created
    const again = (await res2.json()) as { added: string[]; existing: string[] };
    expect(again).toMatchObject({ added: [], existing: [put.added[0]] });
  });

  it("validates the body of POST /api/articles like /api/analyze (400)", async () => {
    const res = await app.request("/api/articles", jsonPost({ articles: [{ id: 1, text: 42 }] }, auth));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/^articles\[0\]\.text: /);
  });

  it("lists stories with article counts, time frames and findings by severity", async () => {
    const { stories } = (await (await app.request("/api/stories")).json()) as { stories: { id: string; articleCount: number; findings: Record<string, number> }[] };
    expect(stories.reduce((n, s) => n + s.articleCount, 0)).toBe(5);
    expect(stories.some((s) => (s.findings["high"] ?? 0) >= 1)).toBe(true);
  });

  it("serves one story as a report with only its articles, with an ETag honoured by If-None-Match (304)", async () => {
    const [first] = await store.listStories();
    const res = await app.request(`/api/stories/${first?.id}`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.stories.map((s) => s.id)).toEqual([first?.id]);
    expect(report.articles.map((a) => a.id).sort()).toEqual([...(report.stories[0]?.articleIds ?? [])].sort());
    const etag = res.headers.get("ETag") ?? "";
    expect(etag).not.toBe("");
    expect((await app.request(`/api/stories/${first?.id}`, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("sends the same story gzipped to clients that accept gzip", async () => {
    const [first] = await store.listStories();
    const plain = await (await app.request(`/api/stories/${first?.id}`)).text();
    const res = await app.request(`/api/stories/${first?.id}`, { headers: { "Accept-Encoding": "gzip, deflate" } });
    expect(res.headers.get("Content-Encoding")).toBe("gzip");
    expect(res.headers.get("Vary")).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8")).toBe(plain);
  });

  it("serves a story's ClaimReview JSON-LD", async () => {
    const [first] = await store.listStories();
    const res = await app.request(`/api/stories/${first?.id}/claimreview`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/ld\+json/);
  });

  it("serves a stored article, and 404 for unknown stories and articles", async () => {
    const [first] = await store.listStories();
    const report = await store.getStoryReport(first?.id ?? "");
    const id = report?.articles[0]?.id ?? "";
    const res = await app.request(`/api/articles/${id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(id);
    expect((await app.request("/api/articles/nope")).status).toBe(404);
    const missing = await app.request("/api/stories/nope");
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toMatch(/no story with id "nope"/);
  });
});

describe("with a read-only store", () => {
  it("answers POST /api/articles with 405 even with the token", async () => {
    const app = createApp(baseDeps({ store: new MemoryStore({ reports: [seedsReport] }), token: TOKEN }));
    const res = await app.request("/api/articles", jsonPost({ articles: seedArticles() }, { Authorization: `Bearer ${TOKEN}` }));
    expect(res.status).toBe(405);
    expect((await app.request(`/api/stories/${seedsReport.stories[0]?.id}`)).status).toBe(200);
  });
});

describe("errors, headers, CORS", () => {
  it("hides internal errors behind a generic 500 and logs them", async () => {
    const logged: string[] = [];
    const broken: StoryStore = {
      listStories: () => Promise.reject(new Error("disk on fire at /secret/path")),
      getStoryReport: async () => null, getArticle: async () => null,
    };
    const res = await createApp(baseDeps({ store: broken, log: (m) => logged.push(m) })).request("/api/stories");
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toMatch(/secret|fire|at .*\.ts/);
    expect(JSON.parse(body)).toEqual({ error: "internal error; the server log has the details" });
    expect(logged.join("\n")).toMatch(/disk on fire/);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await createApp(baseDeps()).request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatch(/no route for GET \/api\/nothing-here/);
  });

  it("sets the security headers on every response, errors included", async () => {
    const app = createApp(baseDeps());
    for (const res of [await app.request("/"), await app.request("/api/openapi.json"), await app.request("/nope"), await app.request("/api/analyze", jsonPost("{"))]) {
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    }
  });

  it("sends no CORS headers by default, and only for configured origins when enabled", async () => {
    const off = await createApp(baseDeps()).request("/api/info", { headers: { Origin: "https://elsewhere.example" } });
    expect(off.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const app = createApp(baseDeps({ corsOrigins: ["https://desk.example"] }));
    expect((await app.request("/api/info", { headers: { Origin: "https://desk.example" } })).headers.get("Access-Control-Allow-Origin")).toBe("https://desk.example");
    expect((await app.request("/api/info", { headers: { Origin: "https://evil.example" } })).headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("compares tokens in constant time and only accepts the exact token", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN.slice(1), TOKEN)).toBe(false);
    expect(tokenMatches(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches("", TOKEN)).toBe(false);
  });
});

describe("OpenAPI document and the UI's files", () => {
  const app = createApp(baseDeps());

  it("describes every API route", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/analyze", "/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/claimreview"]));
  });

  it("serves the page shell without inline script or style, and the client modules as JavaScript", async () => {
    for (const path of ["/", "/analyze", "/stories/s-1"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<script type="module" src="/assets/main.js"></script>');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son\w+=/i);
    }
    const js = await app.request("/assets/main.js");
    expect(js.headers.get("Content-Type")).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain("renderStory");
    expect((await app.request("/assets/style.css")).headers.get("Content-Type")).toMatch(/^text\/css/);
  }, 30_000); // the first request of a client module loads the TypeScript compiler (from src/)

  it("serves every module the client modules import, the domain/ ones they share with the report included", async () => {
    const pending = ["/assets/main.js"];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const path = pending.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      for (const m of (await res.text()).matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
        pending.push(new URL((m[1] ?? m[2])!, `http://ui.test${path}`).pathname);
      }
    }
    expect([...seen]).toContain("/domain/labels.js");
  }, 30_000);

  it("serves no other files", async () => {
    for (const path of ["/assets/nope.js", "/assets/..%2Fassets.js", "/assets/../server/app.js", "/assets/main.ts", "/domain/api.js", "/domain/labels.ts", "/domain/..%2Fkb%2Fload.js"]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});

describe("hardening", () => {
  const app = createApp(baseDeps({ store: new MemoryStore({ reports: [] }), allowedHosts: ["127.0.0.1", "localhost", "::1"] }));

  it.each([["127.0.0.1:8787"], ["localhost"], ["[::1]:8787"]])("answers Host %s", async (host) => {
    expect((await app.request("/api/stories", { headers: { Host: host } })).status).toBe(200);
  });

  it("refuses a Host it is not bound to (DNS rebinding) with 421 before any route runs", async () => {
    const res = await app.request("/api/stories", { headers: { Host: "attacker.example:8787" } });
    expect(res.status).toBe(421);
    expect(await errorOf(res)).toMatch(/does not answer to the host name "attacker\.example".*--allowed-host attacker\.example/);
    expect((await app.request("/", { headers: { Host: "rebind.attacker.example" } })).status).toBe(421);
  });

  it.each([
    "a%00b", "%07bell", "x".repeat(201), "%0a", "%7f", "%C2%85", // C0, C1 controls
    "a%E2%80%AEb", "%E2%81%A6x", "%E2%80%8B", "%EF%BB%BF", // bidi override and isolate, zero-width space, BOM
    "%E2%80%A8", // line separator
    "%ff", "a%E0%A4", "%ED%A0%80", // not UTF-8, a cut sequence, a lone surrogate
  ])("answers 400, not 500, for the id %s", async (id) => {
    for (const path of [`/api/stories/${id}`, `/api/articles/${id}`, `/api/stories/${id}/claimreview`]) {
      const res = await app.request(path, { headers: { Host: "localhost" } });
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatch(/printable characters/);
    }
  });

  it.each([
    ["GET", "/api/analyze", "POST"],
    ["PUT", "/api/articles", "POST"],
    ["POST", "/api/stories", "GET, HEAD"],
    ["DELETE", "/api/stories/abc", "GET, HEAD"],
  ])("answers %s %s with 405 and Allow: %s", async (method, path, allow) => {
    const res = await app.request(path, { method, headers: { Host: "localhost" } });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe(allow);
  });

  it("removes bidi overrides, embeddings and isolates from titles and text, and keeps zero-width joiners and non-joiners", async () => {
    const title = "Minister \u202Eseton\u202C resigns \u2067x\u2069 \u202Ay\u202B\u202D";
    const text = "The family 👨\u200D👩\u200D👧 arrived. می\u200Cخواهم means I want. क्\u200Dष is a conjunct. Plain\u200Bspace.";
    const res = await createApp(baseDeps()).request("/api/analyze", jsonPost({ articles: [{ id: "bidi", title, text }] }));
    expect(res.status).toBe(200);
    const [article] = ((await res.json()) as Report).articles;
    expect(article?.title).toBe("Minister seton resigns x y");
    expect(article?.text).toContain("👨\u200D👩\u200D👧");
    expect(article?.text).toContain("می\u200Cخواهم");
    expect(article?.text).toContain("क्\u200Dष");
    expect(article?.text).toContain("Plainspace");
    expect(`${article?.title}${article?.text}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("still answers 404 for paths it does not know", async () => {
    expect((await app.request("/api/nothing", { headers: { Host: "localhost" } })).status).toBe(404);
  });
});
