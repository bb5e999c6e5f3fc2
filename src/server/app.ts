// EDGE: the HTTP app. Web-standard Request/Response (Hono), every dependency injected, so the
// tests drive it in-process with app.request(...) and the Node adapter only binds a port.
import { gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { ServerInfo } from "../domain/api.js";
import type { Report } from "../domain/report.js";
import { renderClaimReview, type ClaimReviewOptions } from "../report/render/claimreview.js";
import type { FindingReview, ReviewState } from "../store/store.js";
import { renderMarkdown } from "../report/render/markdown.js";
import { Admission } from "./admission.js";
import { KeptAnalyses } from "./analyses.js";
import { inProcessAnalyzer } from "./analyzer.js";
import { readArticles, readJson } from "./body.js";
import { fingerprint, parseReview, reviewsByFindingId } from "./reviews.js";
import { DEFAULT_MAX_ARTICLES, DEFAULT_MAX_BODY, DEFAULT_ANALYSIS_QUEUE, DEFAULT_ANALYSIS_SLOTS, DEFAULT_ANALYSIS_TIMEOUT_MS, DEFAULT_RATE_LIMIT, type AppDeps, type StoryStore } from "./deps.js";
import { errorHandler, errorJson, notFound } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { RateLimiter, rateLimit } from "./rate-limit.js";
import { parseStoryQuery, queryStories } from "./story-query.js";
import { requireToken, securityHeaders } from "./security.js";

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const maxBody = deps.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const maxArticles = deps.maxArticles ?? DEFAULT_MAX_ARTICLES;
  const store = deps.store;
  const writable = store?.putArticles !== undefined;
  const runAnalysis = deps.analyzer ?? inProcessAnalyzer(deps.kb);

  app.onError(errorHandler(deps.log ?? ((m) => console.error(m))));
  app.notFound(notFound);
  app.use("*", securityHeaders());
  if (deps.allowedHosts?.length) app.use("*", allowedHosts(deps.allowedHosts));
  app.use("/api/stories/:id/*", validId);
  app.use("/api/stories/:id", validId);
  app.use("/api/articles/:id", validId);
  app.use("/api/analyses/:id", validId);
  if (deps.corsOrigins?.length) app.use("/api/*", cors({ origin: [...deps.corsOrigins], allowHeaders: ["Authorization", "Content-Type"], allowMethods: ["GET", "POST"] }));
  if (deps.rateLimit !== false) {
    const limiter = new RateLimiter(deps.rateLimit ?? DEFAULT_RATE_LIMIT, () => deps.clock().getTime());
    app.use("/api/*", rateLimit(limiter, deps.clientKey ?? (deps.trustProxy ? forwardedFor : remoteAddress)));
  }
  // Analyses run in a few slots; others wait in a bounded line (admission.ts). Requests still sending
  // their body count too, so the bodies held in memory stay bounded: (slots + queue) × the body limit.
  const admission = new Admission({
    slots: deps.analysisSlots ?? DEFAULT_ANALYSIS_SLOTS,
    queue: deps.analysisQueue ?? DEFAULT_ANALYSIS_QUEUE,
    timeoutMs: deps.analysisTimeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS,
  }, deps.setTimer);
  let inFlight = 0;
  const maxInFlight = (deps.analysisSlots ?? DEFAULT_ANALYSIS_SLOTS) + (deps.analysisQueue ?? DEFAULT_ANALYSIS_QUEUE);
  const boundedAnalyses: MiddlewareHandler = async (_c, next) => {
    if (inFlight >= maxInFlight) {
      throw new HTTPException(503, { message: `busy: ${inFlight} analyses running or waiting (the most this server queues); retry shortly`, res: new Response(null, { headers: { "Retry-After": "1" } }) });
    }
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
    }
  };

  app.on("POST", ["/api/articles", "/api/stories/:id/findings/:findingId/review"], requireToken(deps.token));
  app.use("/api/stories/:id/findings/:findingId/review", validId);
  app.on("POST", ["/api/analyze", "/api/articles"], boundedAnalyses);
  app.use("/api/*", bodyLimit({ maxSize: maxBody, onError: (c) => errorJson(c, 413, `request body is larger than ${maxBody} bytes; send fewer or shorter articles per request`) }));

  app.get("/api/openapi.json", (c) => c.json(openApiDocument({ maxBody, maxArticles })));
  app.get("/api/info", (c) => c.json({ name: "triangulate", version: 1, store: store !== undefined, writable, auth: deps.token !== undefined } satisfies ServerInfo));

  const kept = new KeptAnalyses(deps.keptAnalyses);
  app.post("/api/analyze", async (c) => {
    const format = c.req.query("format");
    if (format !== undefined && format !== "json" && format !== "claimreview") {
      throw new HTTPException(400, { message: `unknown format "${format}"; use format=json (the default) or format=claimreview` });
    }
    const keep = flag(c, "keep", "?keep keeps the result for a link (GET /api/analyses/:id)");
    const articles = await readArticles(c, maxArticles);
    const report = await admission.run(() => runAnalysis(articles, deps.clock().toISOString()));
    // ?keep: the result stays (in memory, bounded) under a random id, named in Content-Location.
    const id = keep ? kept.keep(report) : null;
    if (id !== null) c.header("Content-Location", `/api/analyses/${id}`);
    return c.req.query("format") === "claimreview" ? jsonLd(c, report) : c.json(report);
  });
  app.get("/api/analyses/:id", (c) => {
    const id = c.req.param("id");
    const report = kept.get(id);
    if (!report) throw new HTTPException(404, { message: `no kept analysis "${id}": this server keeps the latest ${deps.keptAnalyses?.count ?? 200} while it runs; analyze the articles again` });
    const format = c.req.query("format") ?? "json";
    const download = flag(c, "download", "?download sends the result as a file");
    const file = (ext: string): Record<string, string> => (download ? { "Content-Disposition": `attachment; filename="triangulate-${id}.${ext}"` } : {});
    if (format === "markdown") return c.body(renderMarkdown(report), 200, { "Content-Type": "text/markdown; charset=utf-8", ...file("md") });
    if (format === "claimreview") return c.body(renderClaimReview(report, {}), 200, { "Content-Type": "application/ld+json; charset=utf-8", ...file("jsonld") });
    if (format !== "json") throw new HTTPException(400, { message: `unknown format "${format.slice(0, 40)}"; use format=json (the default), markdown or claimreview` });
    if (download) return c.body(JSON.stringify(report, null, 2), 200, { "Content-Type": "application/json; charset=utf-8", ...file("json") });
    return cachedJson(c, report);
  });

  const needStore = (): StoryStore => {
    if (!store) throw new HTTPException(503, { message: "no story store is configured on this server; start `triangulate serve --report FILE`, or use POST /api/analyze" });
    return store;
  };

  app.post("/api/articles", async (c) => {
    const s = needStore();
    const putArticles = s.putArticles?.bind(s);
    if (!putArticles) throw new HTTPException(405, { message: "this server's story store is read-only" });
    const articles = await readArticles(c, maxArticles);
    const put = await admission.run(() => putArticles(articles));
    // 201 Created only when something was: re-sending stored articles changes nothing.
    return c.json(put, put.added.length > 0 ? 201 : 200);
  });
  app.get("/api/status", async (c) => {
    const s = needStore();
    if (!s.status) throw new HTTPException(404, { message: "this server keeps stories in memory, not in a store: GET /api/stories lists them" });
    return c.json(await s.status());
  });
  app.get("/api/stories", async (c) => {
    const query = parseStoryQuery((name) => c.req.query(name));
    return c.json(queryStories(await needStore().listStories(), query));
  });
  app.get("/api/stories/:id", async (c) => {
    const report = await storyReport(needStore(), c.req.param("id"));
    return cachedJson(c, report);
  });
  app.get("/api/stories/:id/claimreview", async (c) => {
    const s = needStore();
    const report = await storyReport(s, c.req.param("id"));
    const all = flag(c, "all", "?all exports the unreviewed findings too");
    // Only what a person confirmed, by default; ?all adds the machine findings nobody confirmed, marked unreviewed.
    const reviews = reviewsByFindingId(report, (await s.listReviews?.(c.req.param("id"))) ?? []);
    return jsonLd(c, report, { reviews, all });
  });
  app.get("/api/stories/:id/reviews", async (c) => {
    const s = needStore();
    const report = await storyReport(s, c.req.param("id"));
    const reviews = (await s.listReviews?.(c.req.param("id"))) ?? [];
    const ids = new Map(report.stories.flatMap((st) => st.findings).map((f) => [fingerprint(f), f.id]));
    // Each review names the finding's id in the current report (null when the finding is gone after a re-analysis).
    return c.json({ reviews: reviews.map((r) => ({ ...r, findingId: ids.get(r.fingerprint) ?? null })) });
  });
  app.post("/api/stories/:id/findings/:findingId/review", async (c) => {
    const s = needStore();
    const saveReview = s.saveReview?.bind(s);
    if (!saveReview) throw new HTTPException(405, { message: "this server's story store is read-only; reviews need a writable store (serve --store, --db or --memory)" });
    const storyId = c.req.param("id");
    const findingId = c.req.param("findingId");
    const body = parseReview(await readJson(c));
    const report = await storyReport(s, storyId);
    const finding = report.stories.flatMap((st) => st.findings).find((f) => f.id === findingId);
    if (!finding) throw new HTTPException(404, { message: `story "${storyId}" has no finding "${findingId}"; GET /api/stories/${storyId} lists its findings` });
    const review: FindingReview = { storyId, fingerprint: fingerprint(finding), findingId, state: body.state as ReviewState, note: body.note ?? "", reviewer: body.reviewer.trim(), reviewedAt: deps.clock().toISOString() };
    await saveReview(review);
    return c.json(review, 201);
  });
  app.get("/api/articles/:id", async (c) => {
    const id = c.req.param("id");
    const article = await needStore().getArticle(id);
    if (!article) throw new HTTPException(404, { message: `no article with id "${id}"` });
    return c.json(article);
  });

  deps.ui?.(app);
  return app;
}

/** A switch in the query string: absent, or present with no value, 1 or true; 400 for anything else. */
function flag(c: Context, name: string, what: string): boolean {
  const v = c.req.query(name);
  if (v !== undefined && !["", "1", "true"].includes(v)) throw new HTTPException(400, { message: `${name} takes no value (or 1, true): ${what}` });
  return v !== undefined;
}

/**
 * Ids are printable and short: a NUL, a control or format character (bidi overrides, zero-width
 * characters, a BOM), a line separator, a lone surrogate or a broken %-escape is a client's mistake
 * (400), never a 500 or an id echoed back into a page.
 */
const validId: MiddlewareHandler = async (c, next) => {
  const ids = Object.values(c.req.param() as Record<string, string>);
  if (ids.some((id) => id.length === 0 || id.length > 200 || /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u.test(id)) || !decodableSegments(new URL(c.req.url).pathname)) {
    throw new HTTPException(400, { message: "the id in the path must be 1-200 printable characters (no control or format characters, valid %-escapes of UTF-8); GET /api/stories lists the ids" });
  }
  await next();
};

function decodableSegments(path: string): boolean {
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Requests must name this server in their Host header. A page on another site can make a browser
 * send requests to 127.0.0.1 under a name it controls (DNS rebinding) and read the answers; a Host
 * that is not one of ours is refused with 421 before any route runs.
 */
function allowedHosts(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")));
  return async (c, next) => {
    const header = c.req.header("host") ?? new URL(c.req.url).host;
    const name = header.toLowerCase().replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
    if (!allowed.has(name)) {
      return c.json({ error: `this server does not answer to the host name "${name}"; use ${[...allowed].join(" or ")} (or start it with --allowed-host ${name})` }, 421);
    }
    await next();
  };
}

async function storyReport(store: StoryStore, id: string): Promise<Report> {
  const report = await store.getStoryReport(id);
  if (!report) throw new HTTPException(404, { message: `no story with id "${id}"; GET /api/stories lists them` });
  return report;
}

function jsonLd(c: Context, report: Report, opts: ClaimReviewOptions = {}): Response {
  return c.body(renderClaimReview(report, opts), 200, { "Content-Type": "application/ld+json; charset=utf-8" });
}

/**
 * A stored report is serialized (and gzipped, when a client asks for it) once; repeated reads send
 * the same bytes and answer If-None-Match with 304. Keyed by the report object, so a store that
 * returns a fresh object per read simply serializes each time.
 */
interface Serialized {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  gzip?: Uint8Array<ArrayBuffer>;
}
const serialized = new WeakMap<Report, Serialized>();
const encoder = new TextEncoder();

function cachedJson(c: Context, report: Report): Response {
  let entry = serialized.get(report);
  if (!entry) {
    const body = JSON.stringify(report);
    entry = { bytes: encoder.encode(body), etag: `W/"${body.length.toString(36)}-${fnv1a(body)}"` };
    serialized.set(report, entry);
  }
  const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8", ETag: entry.etag, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
  if (c.req.header("If-None-Match") === entry.etag) return c.body(null, 304, headers);
  if (entry.bytes.length > 1024 && /\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) {
    entry.gzip ??= new Uint8Array(gzipSync(entry.bytes, { level: 6 }));
    return c.body(entry.gzip, 200, { ...headers, "Content-Encoding": "gzip" });
  }
  return c.body(entry.bytes, 200, headers);
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The client as the reverse proxy saw it: the last X-Forwarded-For entry (the one our proxy added;
 * entries before it are whatever the client sent). Without a usable header, the socket's address.
 */
function forwardedFor(c: Context): string {
  const last = (c.req.header("X-Forwarded-For") ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0).at(-1);
  return last !== undefined && /^[0-9A-Fa-f.:]{2,45}$/.test(last) ? last.toLowerCase() : remoteAddress(c);
}

function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
