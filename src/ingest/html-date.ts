// Publication date of a news page: what day a claim was made is the basis of every anachronism
// check. Every date the page offers (JSON-LD, meta tags, <time> and dated elements, written dates,
// the URL path when the caller gave one) becomes a candidate weighted by how far its source is
// trusted; modified dates, other stories' dates and impossible dates are set aside, and the day
// with the most weighted agreement wins, as htmldate's "extensive" mode does.
// The collectors and the vote live in html-date/: candidate.ts (what a candidate is), metadata.ts
// (meta, JSON-LD, URL, image, title), body.ts (the visible body, with places.ts and words.ts),
// choose.ts (the vote).
import { parseHTML } from "linkedom";
import { formatYmd, isPlausible, parseDateString, type Ymd } from "./date-text.js";
import { collectBody, collectNearHeadline } from "./html-date/body.js";
import type { Candidate, Ctx } from "./html-date/candidate.js";
import { choose } from "./html-date/choose.js";
import { collectImagePaths, collectJsonLd, collectMeta, collectTitle, collectUrl } from "./html-date/metadata.js";

export interface DateOptions {
  /** Dates after this instant (plus one day of timezone slack) are rejected. Defaults to now. */
  readonly now?: Date;
  /** Receives every candidate before the vote (for eval and debugging). */
  readonly trace?: (candidates: ReadonlyArray<{ readonly day: string; readonly source: string; readonly weight: number; readonly role: string }>) => void;
}

/** Pages in US English write 03/04/2020 month-first; everyone else day-first. */
function isMonthFirst(doc: Document, url: string | null | undefined): boolean {
  // The page's language: <html lang>, else what its head declares (<meta http-equiv="content-language">, og:locale "de_DE").
  const declared =
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") || doc.querySelector('meta[property="og:locale"]')?.getAttribute("content") || "";
  const lang = (doc.documentElement?.getAttribute("lang") || doc.documentElement?.getAttribute("xml:lang") || declared.split(",")[0] || "").trim().toLowerCase().replace("_", "-");
  if (lang === "en-us" || lang === "en_us") return true;
  // "en-GB", "en-AU", "en-IN": day first, whatever the host.
  if (lang && lang !== "en") return false;
  if (!url) return lang === "en";
  try {
    const host = new URL(url).hostname;
    // A page on a .com host that declares no language and is written in another one is not American.
    return /\.(com|org|net|gov|edu|us)$/.test(host) && (lang === "en" || !writtenInOtherLanguage(doc));
  } catch {
    return false;
  }
}

const ENGLISH_WORDS = /\b(?:the|and|of|with|is|was|for|that)\b/gi;
const OTHER_WORDS = /\b(?:und|der|die|das|nicht|mit|ist|ein|eine|le|les|et|est|des|une|el|los|las|del|y|il|che|di|het|een|van|och|og|på|för|och)\b/gi;

/** Function words of another language outnumber English ones in the first part of the page's text. */
function writtenInOtherLanguage(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? "").slice(0, 20_000);
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  const other = sample.match(OTHER_WORDS)?.length ?? 0;
  return other > english * 2 && other >= 5;
}

/**
 * linkedom leaves `documentElement` null for fragments and empty input; give those a skeleton.
 * It is not an HTML5 parser: PHP warnings or a <style> before <html>, a <meta> outside <head>,
 * IE conditional comments around <html> leave it an empty <body>. Such a page is parsed again
 * from its head and body parts put in a clean skeleton.
 */
export function parseDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(full).document as unknown as Document;
  if (!doc.documentElement) return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
  if (doc.documentElement.tagName === "HTML" && doc.body && doc.body.firstChild) return doc;
  const repaired = reassemble(html);
  return repaired ? (parseHTML(repaired).document as unknown as Document) : doc;
}

/** `<head>…</head><body>…</body>` of a page in a skeleton linkedom reads, keeping <html lang>; null when there is no <body>. */
function reassemble(html: string): string | null {
  const bodyAt = html.search(/<body[\s>]/i);
  if (bodyAt < 0) return null;
  const lang = /<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1];
  const headAt = html.search(/<head[\s>]/i);
  const strip = (s: string) => s.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>|<!--\[if[^\]]*\]>(<!-->)?|<!(--)?\[endif\]-->/gi, "");
  const head = strip(html.slice(headAt >= 0 && headAt < bodyAt ? headAt : 0, bodyAt));
  const body = strip(html.slice(bodyAt).replace(/^<body[^>]*>/i, "").replace(/<\/body>[\s\S]*$/i, ""));
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head>${head}</head><body>${body}</body></html>`;
}

/**
 * The day a page was first published, as `YYYY-MM-DD` or an ISO datetime when the source gives
 * the time. The URL is a source only when given; dates after `now` or before 1995 are rejected.
 */
export function extractPublishedDate(input: Document | string, url?: string | null, opts: DateOptions = {}): string | null {
  const doc = typeof input === "string" ? parseDocument(input) : input;
  const now = opts.now ?? new Date();
  const dmyFirst = !isMonthFirst(doc, url);
  const accept = (v: Ymd | null): Ymd | null => (v && isPlausible(v, now) ? v : null);
  const ctx: Ctx = { dmyFirst, accept, parse: (raw) => accept(parseDateString(raw, dmyFirst)) };
  const candidates: Candidate[] = [];
  collectJsonLd(doc, ctx, candidates);
  collectMeta(doc, ctx, candidates);
  collectBody(doc, ctx, candidates);
  collectNearHeadline(doc, ctx, candidates);
  if (url) collectUrl(url, ctx, candidates);
  if (candidates.length === 0) collectBody(doc, ctx, candidates, true);
  if (candidates.length === 0) collectImagePaths(doc, ctx, candidates);
  if (candidates.length === 0) collectTitle(doc, ctx, candidates);
  opts.trace?.(candidates.map((c) => ({ day: formatYmd(c.v), source: c.source, weight: c.weight, role: c.role })));
  const found = choose(candidates);
  return found ? formatYmd(found) : null;
}
