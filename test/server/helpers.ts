// Shared setup for the API and browser tests: the five seeds as an API body, a fixed clock,
// and apps with or without a store.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/domain/article.js";
import type { Kb } from "../../src/domain/kb.js";
import type { Report } from "../../src/domain/report.js";
import { loadKb } from "../../src/kb/load.js";
import { analyze } from "../../src/pipeline/analyze.js";
import type { AppDeps } from "../../src/server/deps.js";
import { MemoryStore } from "../../src/server/memory-store.js";
import { webRoutes } from "../../src/web/routes.js";

const SEEDS = fileURLToPath(new URL("../../examples/istanbul-2025/", import.meta.url));

export const TOKEN = "test-token-0123456789abcdef";
export const NOW = new Date("2025-06-01T12:00:00Z");

export interface ArticleInput {
  id: string;
  title?: string;
  text: string;
  url?: string;
  publishedAt?: string;
  outlet?: string;
  byline?: string;
}

export function seedArticles(): ArticleInput[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f, text: readFileSync(SEEDS + f, "utf8") }));
}

let kb: Kb | undefined;
const theKb = (): Kb => (kb ??= loadKb());

export function baseDeps(over: Partial<AppDeps> = {}): AppDeps {
  return { kb: theKb(), clock: () => NOW, rateLimit: false, log: () => {}, ui: webRoutes, ...over };
}

export function analyzeAll(articles: readonly Article[]): Report {
  return analyze(articles, { kb: theKb(), generatedAt: NOW.toISOString() });
}

export function writableStore(reports: readonly Report[] = []): MemoryStore {
  return new MemoryStore({ reports, analyze: analyzeAll });
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) };
}
