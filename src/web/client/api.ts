// Talking to the API: JSON in, JSON out; a failed request becomes an Error carrying the server's message.
import type { Report } from "../../domain/report.js";
import type { ReviewState, ServerInfo, StorySummary } from "../../domain/api.js";

/** The API's shapes (domain/api.ts, shared with the server; erased in the bundle). */
export type { ReviewState, ServerInfo, StorySummary };

export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { Accept: "application/json", ...(init?.headers ?? {}) } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && typeof body === "object" && "error" in body ? String((body as { error: unknown }).error) : res.statusText;
    throw new Error(`${res.status}: ${msg}`);
  }
  return body as T;
}

export const info = () => getJson<ServerInfo>("/api/info");
/** One page of the story list, as GET /api/stories answers it. */
export interface StoryPage {
  readonly stories: StorySummary[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly nextOffset: number | null;
}
/** The list searched, filtered, sorted and paged by the server (the query string is the page's own). */
export const queryStories = (query: URLSearchParams) => getJson<StoryPage>(`/api/stories?${query.toString()}`);

export interface Review {
  readonly findingId: string | null;
  readonly state: ReviewState;
  readonly note: string;
  readonly reviewer: string;
  readonly reviewedAt: string;
}
export const listReviews = (storyId: string) => getJson<{ reviews: Review[] }>(`/api/stories/${encodeURIComponent(storyId)}/reviews`).then((b) => b.reviews);
export function saveReview(storyId: string, findingId: string, body: { state: ReviewState; note: string; reviewer: string }, token: string): Promise<Review> {
  return getJson<Review>(`/api/stories/${encodeURIComponent(storyId)}/findings/${encodeURIComponent(findingId)}/review`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

/**
 * The story's current ETag, asked with the one we hold: 304 (unchanged) costs no body. A new ETag
 * means the stored report changed (articles joined, a re-analysis finished).
 */
export async function storyVersion(id: string, etag: string | null): Promise<string | null> {
  const res = await fetch(`/api/stories/${encodeURIComponent(id)}`, { method: "GET", headers: etag ? { "If-None-Match": etag } : {}, cache: "no-store" });
  if (res.status === 304) return etag;
  if (!res.ok) throw new Error(`${res.status}`);
  await res.body?.cancel();
  return res.headers.get("ETag");
}
/** The story's report and the ETag it was served with (for live updates). */
export async function storyReport(id: string): Promise<{ report: Report; etag: string | null }> {
  const res = await fetch(`/api/stories/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" }, cache: "no-store" });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${res.status}: ${body && typeof body === "object" && "error" in body ? String((body as { error: unknown }).error) : res.statusText}`);
  return { report: body as Report, etag: res.headers.get("ETag") };
}

/** Analyzes the articles and asks the server to keep the result: its id (from Content-Location) makes the link. */
export async function analyzeArticles(articles: readonly unknown[]): Promise<{ report: Report; id: string | null }> {
  const res = await fetch("/api/analyze?keep", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify({ articles }) });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${res.status}: ${body && typeof body === "object" && "error" in body ? String((body as { error: unknown }).error) : res.statusText}`);
  const at = /^\/api\/analyses\/([A-Za-z0-9_-]+)$/.exec(res.headers.get("Content-Location") ?? "");
  return { report: body as Report, id: at?.[1] ?? null };
}

/** A result kept by the server (GET /api/analyses/:id). */
export const keptAnalysis = (id: string) => getJson<Report>(`/api/analyses/${encodeURIComponent(id)}`);

/** Whether a parsed JSON value looks like a report (version 1 with stories and articles). */
export function isReport(v: unknown): v is Report {
  return !!v && typeof v === "object" && (v as Report).version === 1 && Array.isArray((v as Report).stories) && Array.isArray((v as Report).articles);
}
