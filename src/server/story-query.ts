// GET /api/stories?q&since&until&severity&type&review&sort&limit&offset: the story list searched,
// filtered, sorted and cut into pages. The query string is validated once here (400 naming the
// parameter and what it accepts); the rest is a pure function over the stories' summaries.
import { HTTPException } from "hono/http-exception";
import { SEVERITY_ORDER, type FindingType, type Severity } from "../domain/finding.js";
import { REVIEW_STATES, type ReviewState } from "../store/store.js";
import type { StorySummary } from "./deps.js";

export const FINDING_TYPES: readonly FindingType[] = ["contradiction", "corroboration", "single-source", "arithmetic", "anachronism", "derivation", "content-farm", "framing"];
export const REVIEW_FILTERS: readonly (ReviewState | "unreviewed")[] = ["unreviewed", ...REVIEW_STATES];
export const STORY_SORTS = ["newest", "findings"] as const;
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

export interface StoryQuery {
  /** Words that must all occur in the title, a person's or a place's name (case and accents ignored). */
  readonly q: readonly string[];
  /** Stories whose time frame reaches this day or later / begins this day or earlier (YYYY-MM-DD or ISO). */
  readonly since: string | null;
  readonly until: string | null;
  /** Stories with at least one finding of one of these severities / types. */
  readonly severities: readonly Severity[];
  readonly types: readonly FindingType[];
  /**
   * Stories with at least one finding in one of these review states ("unreviewed": nobody reviewed
   * it). With `severities`, the same finding must have one of those severities too: "unreviewed
   * high findings" is a desk's to-do list.
   */
  readonly reviews: readonly (ReviewState | "unreviewed")[];
  readonly sort: (typeof STORY_SORTS)[number];
  readonly limit: number;
  readonly offset: number;
}

export interface StoryPage {
  readonly stories: readonly StorySummary[];
  /** Stories that match, over all pages. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The offset of the next page, or null on the last one. */
  readonly nextOffset: number | null;
}

const bad = (message: string) => new HTTPException(400, { message });

/** Parses the query string; 400 for a value that is not one the parameter accepts. */
export function parseStoryQuery(get: (name: string) => string | undefined): StoryQuery {
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] => {
    const raw = get(name);
    if (raw === undefined || raw.trim() === "") return [];
    const values = raw.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean);
    for (const v of values) if (!(allowed as readonly string[]).includes(v)) throw bad(`${name}=${v} is not one of ${allowed.join(", ")}`);
    return values as T[];
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined || raw === "") return fallback;
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw bad(`${name} must be a whole number from ${min} to ${max}, not "${raw.slice(0, 40)}"`);
    return Number(raw);
  };
  const date = (name: string): string | null => {
    const raw = get(name);
    if (raw === undefined || raw === "") return null;
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) || Number.isNaN(Date.parse(raw))) throw bad(`${name} must be a date like 2025-05-16 (or an ISO date-time), not "${raw.slice(0, 40)}"`);
    return new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw).toISOString();
  };
  const sort = get("sort") ?? "newest";
  if (!(STORY_SORTS as readonly string[]).includes(sort)) throw bad(`sort=${sort.slice(0, 40)} is not one of ${STORY_SORTS.join(", ")}`);
  const q = get("q") ?? "";
  if (q.length > 200) throw bad("q is longer than 200 characters");
  const since = date("since");
  let until = date("until");
  // a bare day as `until` means the whole of that day
  if (until !== null && /^\d{4}-\d{2}-\d{2}$/.test(get("until") ?? "")) until = new Date(Date.parse(until) + 86_399_999).toISOString();
  if (since !== null && until !== null && since > until) throw bad("since is after until");
  return {
    q: fold(q).split(/\s+/).filter(Boolean),
    since, until,
    severities: list("severity", SEVERITY_ORDER),
    types: list("type", FINDING_TYPES),
    reviews: list("review", REVIEW_FILTERS),
    sort: sort as StoryQuery["sort"],
    limit: int("limit", DEFAULT_PAGE, 1, MAX_PAGE),
    offset: int("offset", 0, 0, 1_000_000_000),
  };
}

/** Lower case without accents, so "sao paulo" finds "São Paulo" and "soren" finds "Søren". */
function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[øłđıæœß]/g, (ch) => LETTERS[ch] ?? ch);
}
/** Letters that carry their mark in the letter itself (no decomposition). */
const LETTERS: Readonly<Record<string, string>> = { "ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss" };

function matches(s: StorySummary, q: StoryQuery): boolean {
  if (q.q.length > 0) {
    const hay = fold([s.title, ...(s.people ?? []), ...(s.places ?? [])].join("\n"));
    if (!q.q.every((w) => hay.includes(w))) return false;
  }
  if (q.since !== null || q.until !== null) {
    const from = s.timeframe.from ?? s.timeframe.to;
    const to = s.timeframe.to ?? s.timeframe.from;
    if (from === null || to === null) return false;
    if (q.since !== null && toIso(to, true) < q.since) return false;
    if (q.until !== null && toIso(from, false) > q.until) return false;
  }
  if (q.severities.length > 0 && !q.severities.some((sev) => (s.findings[sev] ?? 0) > 0)) return false;
  if (q.types.length > 0 && !q.types.some((t) => (s.findingTypes?.[t] ?? 0) > 0)) return false;
  if (q.reviews.length > 0) {
    const severities = q.severities.length > 0 ? q.severities : SEVERITY_ORDER;
    if (!q.reviews.some((state) => severities.some((sev) => (s.reviews?.[state]?.[sev] ?? 0) > 0))) return false;
  }
  return true;
}

/** A time-frame bound ("2025-05-16" or a date-time) as an ISO instant; a bare day spans the whole day. */
function toIso(d: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return end ? `${d}T23:59:59.999Z` : `${d}T00:00:00.000Z`;
  const t = Date.parse(d);
  return Number.isNaN(t) ? d : new Date(t).toISOString();
}

const total = (s: StorySummary) => SEVERITY_ORDER.reduce((n, sev) => n + (s.findings[sev] ?? 0), 0);

export function queryStories(all: readonly StorySummary[], q: StoryQuery): StoryPage {
  const hits = all.filter((s) => matches(s, q));
  const newest = (s: StorySummary) => s.timeframe.to ?? s.timeframe.from ?? "";
  hits.sort(q.sort === "findings"
    ? (a, b) => total(b) - total(a) || (b.findings.high ?? 0) - (a.findings.high ?? 0) || a.id.localeCompare(b.id)
    : (a, b) => newest(b).localeCompare(newest(a)) || b.articleCount - a.articleCount || a.id.localeCompare(b.id));
  const page = hits.slice(q.offset, q.offset + q.limit);
  return { stories: page, total: hits.length, limit: q.limit, offset: q.offset, nextOffset: q.offset + q.limit < hits.length ? q.offset + q.limit : null };
}
