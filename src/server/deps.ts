// What the HTTP app needs from the outside, injected so tests run in-process: the knowledge
// base, a clock, an optional story store, the write token and the limits.
import type { Context, Hono } from "hono";
import type { Article } from "../domain/article.js";
import type { SetTimer } from "./admission.js";
import type { KeptAnalysesConfig } from "./analyses.js";
import type { Analyzer } from "./analyzer.js";
import type { Kb } from "../domain/kb.js";
import type { Report } from "../domain/report.js";
import type { PutResult, ReviewCounts, StorySummary, StoreStatus } from "../domain/api.js";
import type { FindingReview } from "../store/store.js";

/** The API's shapes live in domain/api.ts (the web UI reads them too); re-exported for the server's modules. */
export type { PutResult, ReviewCounts, StorySummary, StoreStatus };

/**
 * The narrow seam between the API and whatever keeps stories: an in-memory store here, the
 * persistent store/ through an adapter. A store without putArticles is read-only.
 */
export interface StoryStore {
  listStories(): Promise<readonly StorySummary[]>;
  /** The report contract restricted to one story and its articles, or null when unknown. */
  getStoryReport(id: string): Promise<Report | null>;
  getArticle(id: string): Promise<Article | null>;
  putArticles?(articles: readonly Article[]): Promise<PutResult>;
  /** Reviews of findings: absent on a store that cannot keep them (read-only report files). */
  saveReview?(review: FindingReview): Promise<void>;
  listReviews?(storyId: string): Promise<readonly FindingReview[]>;
  /** What a persistent store holds and its own consistency checks (GET /api/status); absent for in-memory stores. */
  status?(): Promise<StoreStatus>;
}

export interface RateLimitConfig {
  /** Requests a client may make in a burst. */
  readonly burst: number;
  /** Requests per second a client regains. */
  readonly perSecond: number;
}

export interface AppDeps {
  /** Host names the server answers to (Host header, port ignored); any when absent. */
  readonly allowedHosts?: readonly string[];
  readonly kb: Kb;
  /** Runs the pipeline for POST /api/analyze; default: in-process with `kb`. */
  readonly analyzer?: Analyzer;
  readonly clock: () => Date;
  readonly store?: StoryStore;
  /** Bearer token for write endpoints; undefined means writes are open (only with --insecure-no-auth). */
  readonly token?: string;
  /** Per-client rate limit on /api/*; false turns it off. Default: burst 60, 10/s. */
  readonly rateLimit?: RateLimitConfig | false;
  /** Largest accepted request body in bytes. Default 4 MiB. */
  readonly maxBodyBytes?: number;
  /** Most articles in one request. Default 500. */
  readonly maxArticles?: number;
  /** Analyses (POST /api/analyze, /api/articles) that run at once. Default 2. */
  readonly analysisSlots?: number;
  /** Analyses that may wait for a slot (in arrival order); past it → 503 at once. Default 64. */
  readonly analysisQueue?: number;
  /** How long an analysis waits for a slot before 503, in ms. Default 30000. */
  readonly analysisTimeoutMs?: number;
  /** Timer for the wait (tests fire it by hand). Default: setTimeout. */
  readonly setTimer?: SetTimer;
  /**
   * Behind a reverse proxy: the client is the address the proxy put last in X-Forwarded-For (for
   * rate limiting and the log). Off by default: anyone could send that header and pick a bucket.
   */
  readonly trustProxy?: boolean;
  /** Origins allowed by CORS; empty or absent = CORS off. */
  readonly corsOrigins?: readonly string[];
  /** Who is asking, for rate limiting. Default: the socket's remote address (or X-Forwarded-For with trustProxy). */
  readonly clientKey?: (c: Context) => string;
  /** How many results of POST /api/analyze?keep are kept for links, and how many bytes. Default 200, 64 MiB. */
  readonly keptAnalyses?: KeptAnalysesConfig;
  /** Where internal errors are logged (never sent to the client). */
  readonly log?: (message: string) => void;
  /**
   * Routes mounted after the API on the same app: the web UI's page and assets (web/routes.ts),
   * which the CLI passes in, so the server does not import the UI. Absent: the API alone.
   */
  readonly ui?: (app: Hono) => void;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { burst: 60, perSecond: 10 };
export const DEFAULT_MAX_BODY = 4 * 1024 * 1024;
export const DEFAULT_MAX_ARTICLES = 500;
export const DEFAULT_ANALYSIS_SLOTS = 2;
export const DEFAULT_ANALYSIS_QUEUE = 64;
export const DEFAULT_ANALYSIS_TIMEOUT_MS = 30_000;
