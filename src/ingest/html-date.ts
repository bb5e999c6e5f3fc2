// Publication date of a news page: what day a claim was made is the basis of every anachronism
// check, so the date is read from the most explicit source first (structured data, meta tags,
// <time> elements), then the URL path when the caller gave one, then dates written near the title.
import { parseHTML } from "linkedom";

export interface DateOptions {
  /** Dates after this instant (plus one day of timezone slack) are rejected. Defaults to now. */
  readonly now?: Date;
}

const MIN_YEAR = 1995;

/** Month names and abbreviations in the languages news pages are most often written in. */
const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, "january jan janvier janv enero ene janeiro januar jänner jän gennaio gen januari январь января янв січня січень stycznia styczeń ocak"],
  [2, "february feb février fevrier févr fevr febrero febr fevereiro fev februar febbraio februari февраль февраля фев лютого лютий lutego luty şubat subat"],
  [3, "march mar mars marzo março marco märz maerz maart maret март марта березня березень marca marzec mart"],
  [4, "april apr avril abril abr aprile апрель апреля апр квітня квітень kwietnia kwiecień nisan"],
  [5, "may mai mayo maio maggio mag mei май мая травня травень maja maj mayıs mayis"],
  [6, "june jun juin junio junho juni giugno giu июнь июня червня червень czerwca czerwiec haziran"],
  [7, "july jul juillet juil julio julho juli luglio lug июль июля липня липень lipca lipiec temmuz"],
  [8, "august aug août aout agosto ago augustus agustus август августа авг серпня серпень sierpnia sierpień ağustos agustos"],
  [9, "september sep sept septembre septiembre setiembre setembro set settembre sett сентябрь сентября сен вересня вересень września wrzesień eylül eylul"],
  [10, "october oct octobre octubre outubro out oktober ottobre ott октябрь октября окт жовтня жовтень października październik ekim okt"],
  [11, "november nov novembre noviembre novembro ноябрь ноября ноя листопада листопад listopada listopad kasım kasim"],
  [12, "december dec décembre decembre déc diciembre dic dezembro dez dezember dicembre desember декабрь декабря дек грудня грудень grudnia grudzień aralık aralik"],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([n, words]) => words.split(" ").map((w) => [w, n] as const)),
);

function monthFromWord(word: string): number | null {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  /** ISO time part with zone as written (`T10:30:00+02:00`), or "" when the source gave only a day. */
  readonly time: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatYmd(v: Ymd): string {
  return `${v.y}-${pad(v.m)}-${pad(v.d)}${v.time}`;
}

function isPlausible(v: Ymd, now: Date): boolean {
  if (v.y < MIN_YEAR || v.m < 1 || v.m > 12 || v.d < 1 || v.d > 31) return false;
  const t = Date.UTC(v.y, v.m - 1, v.d);
  const check = new Date(t);
  if (check.getUTCMonth() !== v.m - 1) return false;
  return t <= now.getTime() + 86_400_000;
}

const ISO_RE =
  /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{1,2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
const YMD_SLASH_RE = /(?<!\d)((?:19|20)\d{2})[/.年]\s?(\d{1,2})[/.月]\s?(\d{1,2})(?!\d)/;
const KOREAN_RE = /(?<!\d)((?:19|20)\d{2})년\s*(\d{1,2})월\s*(\d{1,2})일/;
const DMY_NUM_RE = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;
const D_MONTH_Y_RE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{3,}\.?),?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)/u;
const MONTH_D_Y_RE = /(?<!\p{L})(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)/u;
const COMPACT_RE = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

/** Parses one date written in any common machine or human format; `dmyFirst` settles 03/04/2020. */
export function parseDateString(raw: string, dmyFirst = true): Ymd | null {
  const s = raw.trim();
  if (s.length === 0) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), time: "" };
  }
  let m = ISO_RE.exec(s);
  if (m) {
    const time = m[4] && m[5] ? `T${m[4]}:${m[5]}:${pad(Number(m[6] ?? "0"))}${normalizeZone(m[7])}` : "";
    return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time };
  }
  m = YMD_SLASH_RE.exec(s) ?? KOREAN_RE.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" };
  m = DMY_NUM_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // "03.04.2020" is day-first in every locale that uses dots; slashes depend on the page.
    const dayFirst = m[2] === "." ? true : a > 12 ? true : b > 12 ? false : dmyFirst;
    return dayFirst ? { y, m: b, d: a, time: "" } : { y, m: a, d: b, time: "" };
  }
  m = D_MONTH_Y_RE.exec(s);
  if (m) {
    const month = monthFromWord(m[2] ?? "");
    if (month) return { y: Number(m[3]), m: month, d: Number(m[1]), time: "" };
  }
  m = MONTH_D_Y_RE.exec(s);
  if (m) {
    const month = monthFromWord(m[1] ?? "");
    if (month) return { y: Number(m[3]), m: month, d: Number(m[2]), time: "" };
  }
  m = COMPACT_RE.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" };
  return null;
}

/** Finds every human-written date in a running text, in order. */
function datesInText(text: string, dmyFirst: boolean): Ymd[] {
  const out: Ymd[] = [];
  const patterns = [ISO_RE, YMD_SLASH_RE, KOREAN_RE, DMY_NUM_RE, D_MONTH_Y_RE, MONTH_D_Y_RE];
  const found: Array<{ index: number; v: Ymd }> = [];
  for (const re of patterns) {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) {
      const v = parseDateString(m[0], dmyFirst);
      if (v) found.push({ index: m.index ?? 0, v });
    }
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) out.push(f.v);
  return out;
}

function normalizeZone(z: string | undefined): string {
  if (!z) return "";
  if (z === "Z") return "Z";
  return z.includes(":") ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

/** Meta names/properties that carry the first-publication date (lower-cased). */
const PUBLISHED_META = new Set([
  "article:published_time", "og:published_time", "og:article:published_time", "article:published",
  "article.published", "article.created", "article_date_original", "published_time", "published-date",
  "publish-date", "publish_date", "publishdate", "pubdate", "publication_date", "publicationdate",
  "date_published", "datepublished", "datecreated", "dateposted", "date", "dc.date", "dc.date.issued",
  "dc.date.created", "dc.created", "dc.date.publication", "dcterms.created", "dcterms.date", "dcterms.issued",
  "dc:created", "dc:date", "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
  "originalpublicationdate", "rnews:datepublished", "bt:pubdate", "displaydate", "doc_date", "release_date",
  "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "vr:published_time", "pdate",
  "ptime", "rbpubdate", "mediator_published_time", "dcsext.articlefirstpublished", "article:post_date",
  "article.published_date", "published", "created", "date.created", "date.available", "dc.date.available",
  "twt-published-at", "dateline", "content_publish_date", "publish-time", "publication-date",
]);

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? "";
}

/** JSON-LD blocks flattened to their objects (including `@graph` members). */
/** JSON-LD blocks flattened to their objects (`@graph` and `mainEntity` members included). */
export function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
    if (o["mainEntity"]) visit(o["mainEntity"], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? "").trim();
    if (!raw) continue;
    const parsed = parseLenientJson(raw);
    if (parsed !== undefined) {
      visit(parsed, 0);
      continue;
    }
    // Broken JSON (trailing commas, raw newlines in strings): salvage the fields that matter.
    const salvaged: Record<string, unknown> = { "@type": "Article" };
    for (const m of raw.matchAll(/"(datePublished|dateCreated|headline|articleBody)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      if (m[1] && salvaged[m[1]] === undefined) salvaged[m[1]] = m[2];
    }
    if (Object.keys(salvaged).length > 1) out.push(salvaged);
  }
  return out;
}

function parseLenientJson(raw: string): unknown {
  const cleaned = raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(-->|\/\/\s*\]\]>)\s*$/g, "");
  for (const candidate of [cleaned, cleaned.replace(/[\u0000-\u001F]+/g, " "), cleaned.replace(/[\u0000-\u001F]+/g, " ").replace(/,\s*([}\]])/g, "$1")]) {
    try {
      return JSON.parse(candidate);
    } catch {
      continue;
    }
  }
  return undefined;
}

// A story's own object first; a WebPage or WebSite object may carry the site's launch date.
const ARTICLE_TYPE = /article|posting|report|blog/i;
const PAGE_TYPE = /webpage|creativework|video|media|event/i;

function typeOf(o: Record<string, unknown>): string {
  const t = o["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
}

function fromJsonLd(doc: Document, ctx: Ctx): Ymd | null {
  const objs = jsonLdObjects(doc);
  const articles = objs.filter((o) => ARTICLE_TYPE.test(typeOf(o)));
  const pages = objs.filter((o) => PAGE_TYPE.test(typeOf(o)) && !/breadcrumb/i.test(typeOf(o)));
  for (const pool of [articles, pages, objs]) {
    for (const key of ["datePublished", "dateCreated", "uploadDate"]) {
      for (const o of pool) {
        const v = o[key];
        const s = Array.isArray(v) ? v[0] : v;
        if (typeof s !== "string") continue;
        const parsed = ctx.accept(parseDateString(s, ctx.dmyFirst));
        if (parsed) return parsed;
      }
    }
  }
  return null;
}

function fromMeta(doc: Document, ctx: Ctx): Ymd | null {
  const best: Ymd[] = [];
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (attr(el, "property") || attr(el, "name") || attr(el, "itemprop") || attr(el, "http-equiv")).toLowerCase().trim();
    if (!key) continue;
    if (!PUBLISHED_META.has(key) && !(/publi|pubdate|pub_date|release_date|created/.test(key) && !/modif|updat|revis|expir/.test(key))) continue;
    const content = attr(el, "content") || attr(el, "datetime");
    const parsed = ctx.accept(parseDateString(content, ctx.dmyFirst));
    if (parsed) best.push(parsed);
  }
  return earliest(best);
}

function earliest(list: readonly Ymd[]): Ymd | null {
  let out: Ymd | null = null;
  for (const v of list) {
    if (!out || v.y * 10000 + v.m * 100 + v.d < out.y * 10000 + out.m * 100 + out.d) out = v;
  }
  return out;
}

const MODIFIED_HINT = /modif|updat|actualiz|aktualisiert|atualiz|mis à jour|обновл|edited/i;

/** `<time datetime>` and `itemprop=datePublished` elements, skipping ones marked as updates. */
function fromTimeElements(doc: Document, ctx: Ctx): Ymd | null {
  const els = Array.from(doc.querySelectorAll("[itemprop=datePublished], [itemprop=dateCreated], time[datetime], time[pubdate], abbr.published, [class*=published][datetime], [data-published], [data-timestamp]"));
  const published: Ymd[] = [];
  let first: Ymd | null = null;
  for (const el of els) {
    if (el.closest("aside, footer, nav, [class*=related], [class*=recommend], [class*=comment], [id*=comment]")) continue;
    const raw = attr(el, "datetime") || attr(el, "content") || attr(el, "data-published") || attr(el, "data-timestamp") || attr(el, "title") || (el.textContent ?? "");
    const parsed = ctx.accept(parseDateString(raw, ctx.dmyFirst));
    if (!parsed) continue;
    const context = `${attr(el, "class")} ${attr(el, "itemprop")} ${el.parentElement ? attr(el.parentElement, "class") : ""} ${el.parentElement?.textContent?.slice(0, 80) ?? ""}`;
    const ip = attr(el, "itemprop").toLowerCase();
    if (ip === "datepublished" || ip === "datecreated" || /publi|posted/i.test(attr(el, "class")) || el.hasAttribute("pubdate")) {
      published.push(parsed);
      continue;
    }
    if (MODIFIED_HINT.test(context) && !/publi/i.test(context)) continue;
    first ??= parsed;
  }
  return earliest(published) ?? first;
}

/** `/2020/03/04/`, `/2020-03-04/`, `/20200304/` in the path; a year-and-month alone is not a day. */
function fromUrl(url: string, ctx: Ctx): Ymd | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const patterns = [
    /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/,
    /(?<!\d)(\d{1,2})[/_-](\d{1,2})[/_-]((?:19|20)\d{2})(?!\d)/,
    /(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
  ];
  for (const [i, re] of patterns.entries()) {
    const m = re.exec(path);
    if (!m) continue;
    const v = i === 1 ? { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]), time: "" } : { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" };
    const ok = ctx.accept(v);
    if (ok) return ok;
  }
  return null;
}

const DATE_CONTAINER = /date|time|publi|posted|byline|dateline|meta|stamp|info|author|fecha|datum|data|article-header|entry-header|heure/i;
const PUBLISHED_WORDS = /(publi\w*|posted|issued|erschienen|veröffentlicht|опубликовано|publicado|pubblicato|gepubliceerd|first published|published on)\s*:?/i;

/** Short texts of elements whose class or id says they hold a date ("post-date", "byline"). */
function fromDateContainers(doc: Document, ctx: Ctx): Ymd | null {
  const body = doc.body;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll("[class], [id]"))) {
    const hint = `${attr(el, "class")} ${attr(el, "id")}`;
    if (!DATE_CONTAINER.test(hint)) continue;
    if (/related|recommend|comment|footer|sidebar|promo|widget|copyright|newsletter|popular|trending|caption/i.test(hint)) continue;
    const text = (el.textContent ?? "").trim();
    if (text.length < 6 || text.length > 160) continue;
    if (MODIFIED_HINT.test(text) && !PUBLISHED_WORDS.test(text)) continue;
    const parsed = datesInText(text, ctx.dmyFirst).map((v) => ctx.accept(v)).find((v): v is Ymd => v !== null);
    if (parsed) return parsed;
  }
  return null;
}

/** "Published: 3 March 2020" anywhere in the page text. */
function fromPublishedWords(doc: Document, ctx: Ctx): Ymd | null {
  const text = (doc.body?.textContent ?? "").replace(/\s+/g, " ");
  const re = new RegExp(PUBLISHED_WORDS.source, "gi");
  for (const m of text.matchAll(re)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    const parsed = datesInText(after, ctx.dmyFirst).map((v) => ctx.accept(v)).find((v): v is Ymd => v !== null);
    if (parsed) return parsed;
  }
  return null;
}

/** A short block that is nothing but a date ("<p>January 18, 2020</p>"): a dateline without markup. */
function fromDateOnlyBlocks(doc: Document, ctx: Ctx): Ymd | null {
  for (const el of Array.from(doc.querySelectorAll("p, span, div, time, li, strong, em, b, small, h4, h5, h6"))) {
    if (el.children.length > 2) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length < 6 || text.length > 40) continue;
    if (el.closest("figcaption, [class*=caption], footer, aside, [class*=related], [class*=comment]")) continue;
    const stripped = text.replace(/\b\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?|\b(am|pm|gmt|utc|[a-z]{2,4}t)\b/gi, " ").replace(/[\s,|–-]+/g, " ").trim();
    const dates = datesInText(stripped, ctx.dmyFirst);
    if (dates.length !== 1 || !dates[0]) continue;
    const leftover = stripped.replace(/\d+|\p{L}+\.?/gu, (w) => (/^\d+$/.test(w) || monthFromWord(w) || w.length <= 3 ? "" : w)).trim();
    if (leftover.replace(/\s+/g, "").length > 12) continue;
    const v = ctx.accept(dates[0]);
    if (v) return v;
  }
  return null;
}

/** Last resort: upload folders in the lead image's address ("/uploads/2020/03/04/photo.jpg"). */
function fromImagePaths(doc: Document, ctx: Ctx): Ymd | null {
  const og = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
  const srcs = [og, ...Array.from(doc.querySelectorAll("article img, img")).slice(0, 5).map((i) => i.getAttribute("src"))];
  for (const src of srcs) {
    const m = src ? /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(src) : null;
    const v = m ? ctx.accept({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" }) : null;
    if (v) return v;
  }
  return null;
}

function dayNumber(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d) / 86_400_000;
}

/**
 * A machine date in UTC can fall on the day before or after the local date a reader sees
 * ("2020-12-05T23:15Z" on a page printed "06 Dicembre 2020"); the visible day wins then.
 */
function reconcileUtc(machine: Ymd, local: Ymd | null): Ymd {
  if (!local || !/^T.*(Z|\+00:00)$/.test(machine.time)) return machine;
  return Math.abs(dayNumber(machine) - dayNumber(local)) === 1 ? local : machine;
}

interface Ctx {
  readonly dmyFirst: boolean;
  accept(v: Ymd | null): Ymd | null;
}

/** Pages in US English write 03/04/2020 month-first; everyone else day-first. */
function isMonthFirst(doc: Document, url: string | null | undefined): boolean {
  const lang = (doc.documentElement?.getAttribute("lang") ?? "").toLowerCase();
  if (lang === "en-us" || lang === "en_us") return true;
  if (lang && !lang.startsWith("en")) return false;
  if (!url) return lang === "en";
  try {
    const host = new URL(url).hostname;
    return /\.(com|org|net|gov|edu|us)$/.test(host);
  } catch {
    return false;
  }
}

/** linkedom leaves `documentElement` null for fragments and empty input; give those a skeleton. */
export function parseDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(full).document as unknown as Document;
  return doc.documentElement ? doc : (parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document);
}

/**
 * The day a page was first published, as `YYYY-MM-DD` or an ISO datetime when the source gives
 * the time. The URL is a source only when given; dates after `now` or before 1995 are rejected.
 */
export function extractPublishedDate(input: Document | string, url?: string | null, opts: DateOptions = {}): string | null {
  const doc = typeof input === "string" ? parseDocument(input) : input;
  const now = opts.now ?? new Date();
  const ctx: Ctx = {
    dmyFirst: !isMonthFirst(doc, url),
    accept: (v) => (v && isPlausible(v, now) ? v : null),
  };
  const structured = earliest([fromJsonLd(doc, ctx), fromMeta(doc, ctx)].filter((v): v is Ymd => v !== null));
  const visible = fromDateContainers(doc, ctx);
  const urlDate = url ? fromUrl(url, ctx) : null;
  const found =
    (structured ? reconcileUtc(structured, urlDate ?? visible) : null) ??
    fromTimeElements(doc, ctx) ??
    urlDate ??
    visible ??
    fromPublishedWords(doc, ctx) ??
    fromDateOnlyBlocks(doc, ctx) ??
    fromImagePaths(doc, ctx);
  return found ? formatYmd(found) : null;
}

