// One validated record → Article. JSONL lines, API bodies and text files all pass through here,
// so every source gets the same normalization, id and title rules.
import { z } from "zod";
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import { articleId, normalizeText } from "./normalize.js";

const MAX_TEXT = 2_000_000;
/**
 * The most text one article may have, from any source. The longest long-form journalism runs to
 * ~20,000 words (~120,000 characters); past this, per-article steps that compare an article's own
 * claims and sentences with each other would take minutes, so the article is refused, not cut.
 */
export const MAX_ARTICLE_CHARS = 300_000;

export const ArticleRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional().nullable(),
  title: z.string().max(2000).optional().nullable(),
  text: z.string().max(MAX_TEXT, `text is longer than ${MAX_TEXT} characters`),
  url: z.string().max(4000).refine((u) => /^https?:\/\/[^\s]+$/i.test(u.trim()), "must be an http(s) URL").optional().nullable(),
  publishedAt: z.string().max(100).refine((d) => d.trim() === "" || !Number.isNaN(Date.parse(d.trim())), "must be a date such as 2025-05-23 or 2025-05-23T10:00:00Z").optional().nullable(),
  outlet: z.string().max(500).optional().nullable(),
  byline: z.string().max(1000).optional().nullable(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export interface Origin {
  readonly path?: string | null;
}

/** A title from the first non-empty line, clipped at a word boundary near 200 characters. */
export function titleFromText(text: string): string {
  const first = text.split("\n", 1)[0]?.replace(/^#+\s*/, "").trim() ?? "";
  if (first.length <= 200) return first;
  const cut = first.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 120))}…`;
}

/**
 * Accepts ISO dates and anything Date.parse reads; returns ISO (date or date-time) in the
 * publisher's own offset, or null. A feed's "Sat, 15 Feb 2020 07:00:00 +0900" becomes
 * "2020-02-15T07:00:00+09:00", not the UTC instant on the 14th: the day a page was published
 * is the day its publisher printed. A time without a zone stays a wall-clock time without one.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [y, m, d] = iso[1]!.split("-").map(Number) as [number, number, number];
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d || Number(iso[2]) > 23 || Number(iso[3]) > 59) return null;
    return `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? "00"}${zoneOf(iso[5])}`;
  }
  const zone = /\s(?:(GMT|UTC|UT|Z)|(?:GMT|UTC)?([+-]\d{2}):?(\d{2})|(EST|EDT|CST|CDT|MST|MDT|PST|PDT))\s*$/i.exec(s);
  const t = Date.parse(zone ? s : `${s} GMT`);
  if (Number.isNaN(t)) return null;
  const minutes = !zone || zone[1] ? 0 : zone[4] ? US_ZONES[zone[4].toUpperCase()]! : Math.sign(Number(zone[2])) * (Math.abs(Number(zone[2])) * 60 + Number(zone[3]));
  const wall = new Date(t + minutes * 60_000).toISOString().slice(0, 19);
  if (!/\d:\d\d/.test(s)) return wall.slice(0, 10);
  return zone ? `${wall}${minutes === 0 && zone[1] ? "Z" : offsetText(minutes)}` : wall;
}

const US_ZONES: Readonly<Record<string, number>> = { EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

function zoneOf(z: string | undefined): string {
  if (!z) return "";
  if (z.toUpperCase() === "Z") return "Z";
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(z)!;
  return `${m[1]}:${m[2] ?? "00"}`;
}

function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

/** A short field without control characters (a NUL cannot be stored in PostgreSQL text), trimmed. */
const clean = (v: string | null | undefined): string => (v ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

export function articleFromRecord(input: string, rec: ArticleRecord, origin: Origin = {}): Article {
  const text = normalizeText(rec.text);
  if (text.length === 0) throw new InputError(input, "has no text; give the article body in `text`");
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new InputError(input, `has ${text.length.toLocaleString("en-US")} characters of text; one article may have at most ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} — split it into articles (one per line of a .jsonl file)`);
  }
  const title = rec.title ? normalizeText(rec.title).replace(/\n/g, " ") : titleFromText(text);
  return {
    id: articleId(text),
    sourceId: clean(rec.id) || null,
    title,
    outlet: clean(rec.outlet) || (rec.url ? hostOf(rec.url) : null),
    url: clean(rec.url) || null,
    byline: clean(rec.byline) || null,
    publishedAt: normalizeDate(rec.publishedAt),
    path: origin.path ?? null,
    text,
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** zod issues as one line: "text: Required; url: Expected string". */
export function describeIssues(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; ");
}
