// Dates the page gives about itself outside its visible text: meta tags, JSON-LD, the URL path,
// the lead image's upload folder, the <title>.
import { datesInText, monthFromWord, type Ymd } from "../date-text.js";
import { jsonLdObjects } from "../json-ld.js";
import { attr, type Candidate, type Ctx } from "./candidate.js";

/** Meta names/properties that name the first-publication date precisely (lower-cased). */
const PUBLISHED_META = new Set([
  "article:published_time", "og:published_time", "og:article:published_time", "article:published",
  "article.published", "article.created", "article_date_original", "published_time", "published-date",
  "publish-date", "publish_date", "publishdate", "pubdate", "publication_date", "publicationdate",
  "date_published", "datepublished", "datecreated", "dateposted", "dc.date.issued",
  "dc.date.created", "dc.created", "dc.date.publication", "dcterms.created", "dcterms.issued",
  "dc:created", "citation_publication_date", "sailthru.date", "parsely-pub-date",
  "originalpublicationdate", "rnews:datepublished", "bt:pubdate", "displaydate", "release_date",
  "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "vr:published_time",
  "rbpubdate", "mediator_published_time", "dcsext.articlefirstpublished", "article:post_date",
  "article.published_date", "published", "twt-published-at", "content_publish_date", "publish-time",
  "publication-date", "og:pubdate", "uploaddate", "article:published_date", "date.release",
]);
/** Meta names that usually, not always, mean publication ("date" is sometimes the crawl day). */
const LOOSE_META = new Set([
  "date", "dc.date", "dcterms.date", "dc:date", "citation_date", "doc_date", "pdate", "ptime", "created",
  "date.created", "date.available", "dc.date.available", "dateline",
]);
const MODIFIED_KEY = /modif|updat|revis|lastmod|last-mod|edited/i;
const EXPIRY_KEY = /expir|embargo|valid|end|start|birth|event/i;

export function collectMeta(doc: Document, ctx: Ctx, out: Candidate[]): void {
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (attr(el, "property") || attr(el, "name") || attr(el, "itemprop") || attr(el, "http-equiv")).toLowerCase().trim();
    if (!key || EXPIRY_KEY.test(key)) continue;
    const v = ctx.parse(attr(el, "content") || attr(el, "datetime"));
    if (!v) continue;
    if (MODIFIED_KEY.test(key)) out.push({ v, source: "meta:modified", weight: 3, role: "modified" });
    else if (PUBLISHED_META.has(key)) out.push({ v, source: "meta:published", weight: 9, role: "published" });
    else if (LOOSE_META.has(key)) out.push({ v, source: "meta:date", weight: 6, role: "unknown" });
    else if (/publi|pubdate|pub_date|release|created|posted|upload/.test(key)) out.push({ v, source: "meta:other", weight: 5, role: "published" });
  }
}

// A story's own object first; a WebPage or WebSite object may carry the site's launch date.
const ARTICLE_TYPE = /article|posting|report|blog|news/i;
const PAGE_TYPE = /webpage|creativework|video|media|event|clip/i;

function typeOf(o: Record<string, unknown>): string {
  const t = o["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
}

export function collectJsonLd(doc: Document, ctx: Ctx, out: Candidate[]): void {
  for (const o of jsonLdObjects(doc)) {
    const type = typeOf(o);
    if (/breadcrumb|organization|person|website/i.test(type) && !ARTICLE_TYPE.test(type)) continue;
    const scale = ARTICLE_TYPE.test(type) ? 1 : PAGE_TYPE.test(type) ? 0.6 : 0.5;
    for (const [key, weight, role] of [
      ["datePublished", 10, "published"],
      ["dateCreated", 8, "published"],
      ["uploadDate", 7, "published"],
      ["dateModified", 3, "modified"],
    ] as const) {
      const raw = o[key];
      const s = Array.isArray(raw) ? raw[0] : raw;
      const v = typeof s === "string" ? ctx.parse(s) : null;
      if (v) out.push({ v, source: `ld:${key}`, weight: weight * scale, role });
    }
  }
}

/** `/2020/03/04/`, `/2020-03-04/`, `/2020/mar/04/`, `/20200304…` in the path; a year-and-month alone is not a day. */
export function collectUrl(url: string, ctx: Ctx, out: Candidate[]): void {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = url;
  }
  // An archived copy's address carries the day it was archived ("/web/20130307194448/http://…"): read the original's.
  path = path.replace(/^\/web\/\d{8,14}(?:[a-z_]+)?\/(?:https?:\/\/?[^/]+)?/i, "/");
  const patterns: ReadonlyArray<readonly [RegExp, "ymd" | "dmy"]> = [
    [/(?<!\d)((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?!\d)/, "ymd"],
    [/(?<!\d)(\d{1,2})[/_-](\d{1,2})[/_-]((?:19|20)\d{2})(?!\d)/, "dmy"],
    // Compact days often lead a longer article number ("/202004281079127690-…").
    [/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})/, "ymd"],
  ];
  // "/2021/apr/05/…", "/2021/april/05/…": a month's name between year and day.
  const named = /(?<!\d)((?:19|20)\d{2})\/(\p{L}{3,9})\/(\d{1,2})(?!\d)/u.exec(path);
  const month = named ? monthFromWord(named[2] ?? "") : null;
  if (named && month) {
    const v = ctx.accept({ y: Number(named[1]), m: month, d: Number(named[3]), time: "" });
    if (v) {
      out.push({ v, source: "url", weight: 7, role: "published" });
      return;
    }
  }
  for (const [re, order] of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const raw = order === "dmy" ? { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]), time: "" } : { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" };
    const v = ctx.accept(raw);
    if (v) {
      out.push({ v, source: "url", weight: 7, role: "published" });
      return;
    }
  }
}

/** Upload folders in the lead image's address ("/uploads/2020/03/04/photo.jpg"): a weak hint. */
export function collectImagePaths(doc: Document, ctx: Ctx, out: Candidate[]): void {
  const og = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
  const srcs = [og, ...Array.from(doc.querySelectorAll("article img, img")).slice(0, 5).map((i) => i.getAttribute("src"))];
  for (const src of srcs) {
    const m = src ? /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(src) : null;
    const v = m ? ctx.accept({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" }) : null;
    if (v) {
      out.push({ v, source: "img", weight: 1, role: "unknown" });
      return;
    }
  }
}

/** A date in the page's <title> ("Sitzungsprotokoll vom 05.02.2020"): read only when nothing else dates the page. */
export function collectTitle(doc: Document, ctx: Ctx, out: Candidate[]): void {
  const title = (doc.querySelector("title")?.textContent ?? "").slice(0, 300);
  const v = datesInText(title, ctx.dmyFirst).map((d) => ctx.accept(d)).find((d): d is Ymd => d !== null);
  if (v) out.push({ v, source: "title", weight: 1, role: "unknown" });
}
