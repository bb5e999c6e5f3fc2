// Talking to the API: JSON in, JSON out; a failed request becomes an Error carrying the server's message.
import type { Report } from "../../domain/report.js";
import type { StorySummary } from "../../server/deps.js";

/** One row of the stories list, as the server sends it (the server's own type; erased in the bundle). */
export type { StorySummary };

export interface ServerInfo {
  readonly store: boolean;
  readonly writable: boolean;
  readonly auth: boolean;
}

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
export const listStories = () => getJson<{ stories: StorySummary[] }>("/api/stories?limit=200").then((b) => b.stories);
export const storyReport = (id: string) => getJson<Report>(`/api/stories/${encodeURIComponent(id)}`);

export function analyzeArticles(articles: readonly unknown[]): Promise<Report> {
  return getJson<Report>("/api/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ articles }) });
}

/** Whether a parsed JSON value looks like a report (version 1 with stories and articles). */
export function isReport(v: unknown): v is Report {
  return !!v && typeof v === "object" && (v as Report).version === 1 && Array.isArray((v as Report).stories) && Array.isArray((v as Report).articles);
}
