// HTML page → article text and metadata. Every later stage reads only this text, so anything left
// in it (share buttons, "read more" lists, captions, paywall notes) becomes a false claim or a
// false rewrite match; anything lost is a claim never checked. Readability finds the article
// block; the steps here strip what it keeps, and fall back to JSON-LD or link density when it fails.
import { Readability } from "@mozilla/readability";
import { boundHtml } from "./html-bounds.js";
import { extractPublishedDate, parseDocument } from "./html-date.js";
import { jsonLdObjects } from "./json-ld.js";
import { normalizeText } from "./normalize.js";

export interface HtmlExtraction {
  readonly title: string | null;
  /** Plain text, one paragraph per line, normalised with `normalizeText`. */
  readonly text: string;
  readonly byline: string | null;
  /** `YYYY-MM-DD`, or an ISO datetime when the page gives the time. */
  readonly publishedAt: string | null;
  readonly outlet: string | null;
}

export interface HtmlOptions {
  /** Page address: a date source (its path) and the outlet of last resort (its host). */
  readonly url?: string | null;
}

type Json = Record<string, unknown>;

function typeOf(o: Json): string {
  const t = o["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
}

function str(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map((x) => str(x)).filter((x): x is string => x !== null);
    return names.length ? names.join(", ") : null;
  }
  if (v && typeof v === "object") return str((v as Json)["name"]);
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

const ARTICLE_TYPE = /article|posting|report|blog/i;

function mainJsonLd(objs: readonly Json[]): Json | null {
  return objs.find((o) => ARTICLE_TYPE.test(typeOf(o))) ?? null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** "Headline | Outlet" → "Headline" when the suffix is the outlet or a short site name. */
function stripSiteSuffix(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? "";
  const first = parts[0] ?? "";
  if (outlet && last.toLowerCase().includes(outlet.toLowerCase().slice(0, 6))) return parts.slice(0, -1).join(" - ");
  if (outlet && first.toLowerCase().includes(outlet.toLowerCase().slice(0, 6)) && parts.length === 2) return parts[1] ?? title;
  if (last.split(/\s+/).length <= 3 && first.split(/\s+/).length >= 4) return parts.slice(0, -1).join(" - ");
  return title;
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  const d = parseDocument(`<p>${s}</p>`);
  return d.querySelector("p")?.textContent ?? s;
}

interface Metadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly jsonLdBody: string | null;
}

function readMetadata(doc: Document, url: string | null | undefined): Metadata {
  const objs = jsonLdObjects(doc);
  const main = mainJsonLd(objs);
  const outlet =
    meta(doc, "og:site_name", "application-name") ??
    str(main?.["publisher"]) ??
    str(objs.find((o) => /organization/i.test(typeOf(o)))?.["name"]) ??
    hostOf(url);
  const rawTitle =
    meta(doc, "og:title", "twitter:title") ??
    str(main?.["headline"]) ??
    doc.querySelector("title")?.textContent?.trim() ??
    doc.querySelector("h1")?.textContent?.trim() ??
    null;
  const title = rawTitle ? stripSiteSuffix(decodeEntities(rawTitle).replace(/\s+/g, " ").trim(), outlet) : null;
  const relAuthor = doc.querySelector('[rel="author"]')?.textContent?.trim() || null;
  const metaAuthor = meta(doc, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
  const byline =
    str(main?.["author"]) ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) ?? relAuthor;
  const body = main?.["articleBody"];
  return {
    title: title || null,
    byline: byline ? byline.replace(/^by\s+/i, "").replace(/\s+/g, " ").trim() || null : null,
    outlet: outlet ? decodeEntities(outlet).trim() : null,
    jsonLdBody: typeof body === "string" && body.trim() ? decodeEntities(body) : null,
  };
}

/** Extracts the article text and metadata of one HTML page; never throws on odd input. */
export function extractHtml(page: string, opts: HtmlOptions = {}): HtmlExtraction {
  const url = opts.url ?? null;
  const html = boundHtml(page).html;
  const doc = parseDocument(html);
  const md = readMetadata(doc, url);
  const publishedAt = extractPublishedDate(doc, url);
  // Cleaning first helps Readability pick the right block; if it starves it, retry on a fresh parse.
  let text = readableText(doc, true);
  if (text.length < MIN_TEXT) {
    const again = readableText(parseDocument(html), false);
    if (again.length > text.length) text = again;
  }
  if (text.length < 200 && md.jsonLdBody && md.jsonLdBody.length > text.length) text = md.jsonLdBody;
  return { title: md.title, text: normalizeText(text), byline: md.byline, publishedAt, outlet: md.outlet };
}

const MIN_TEXT = 250;

function readableText(doc: Document, preClean: boolean): string {
  if (preClean) for (const step of PRE_STEPS) step(doc.body ?? doc.documentElement);
  try {
    const parsed = new Readability(doc, { serializer: (n: Node) => n, keepClasses: true }).parse();
    const content = parsed?.content as unknown as Element | null | undefined;
    if (!content) return "";
    const raw = toParagraphs(content);
    for (const step of POST_STEPS) step(content);
    const cleaned = dropBoilerplateLines(toParagraphs(content));
    return cleaned.length >= Math.min(MIN_TEXT, raw.trim().length * 0.5) ? cleaned : raw;
  } catch {
    return "";
  }
}

type Step = (root: Element | null) => void;

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) linked += textLength(a);
  return linked / total;
}

function remove(el: Element): void {
  el.parentNode?.removeChild(el);
}

/** Images, videos and their captions and credits: never part of the written article. */
const removeMedia: Step = (root) => {
  if (!root) return;
  for (const el of Array.from(root.querySelectorAll("figure, figcaption, picture, video, audio, iframe, svg, button, form, select, input, textarea"))) remove(el);
};

// Class/id words of page furniture: "share-bar", "newsletter-signup", "related-stories", "c-caption".
// Strong words name whole sections that are never the article (a comment thread can outweigh it);
// weak words also name wrappers ("post-meta-wrap"), so those go only when they hold little text.
const STRONG_CLASS =
  /^(share|sharing|social|newsletter|subscribe|subscription|signup|related|recommend|recommended|recommendations|read-?more|more-stories|outbrain|taboola|cookie|cookies|consent|gdpr|paywall|comments?|commentlist|disqus|respond|trending|most-read|mostread|popular)$/;
const WEAK_CLASS =
  /^(promo|tags?|tag-list|breadcrumbs?|author-bio|bio|caption|credit|image-credit|photo-credit|gallery|slideshow|advert|advertisement|ad|ads|sponsored|toolbar|byline|dateline|timestamp|article-meta|post-meta|entry-meta|meta|tools|print|disclaimer|copyright|footer|sidebar|widget)$/;

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  return raw.split(/[\s_]+|__|--/).flatMap((w) => [w, ...w.split("-")]).filter((w) => w.length > 1);
}

const MAIN_CONTENT = "article, main, [itemprop=articleBody], h1";

/** Elements named as furniture by their class or id, never one that wraps the article itself. */
function removeByClass(root: Element | null): void {
  if (!root) return;
  const total = Math.max(1, textLength(root));
  for (const el of Array.from(root.querySelectorAll("[class], [id]"))) {
    if (el === root || !el.isConnected || el.tagName.toUpperCase() === "A" || el.closest("p")) continue;
    const words = classWords(el);
    const strong = words.some((w) => STRONG_CLASS.test(w));
    if (!strong && !words.some((w) => WEAK_CLASS.test(w))) continue;
    if (el.querySelector(MAIN_CONTENT)) continue;
    if (!strong && (textLength(el) > total * 0.3 || el.querySelectorAll("p").length >= 4)) continue;
    if (strong && textLength(el) > total * 0.6 && el.querySelectorAll("p").length >= 4 && linkDensity(el) < 0.2) continue;
    remove(el);
  }
}

/** Lists and short blocks that are mostly links: "related", "read more", tag clouds. */
const removeLinkBlocks: Step = (root) => {
  if (!root) return;
  for (const el of Array.from(root.querySelectorAll("ul, ol, p, li, div, h2, h3, h4, h5, h6, section, aside, nav"))) {
    if (!el.isConnected) continue;
    const len = textLength(el);
    if (len === 0) continue;
    const tag = el.tagName.toUpperCase();
    const limit = tag === "UL" || tag === "OL" || tag === "NAV" || tag === "ASIDE" ? 0.5 : 0.75;
    if (len < 600 && linkDensity(el) > limit) remove(el);
  }
};

/** Hover cards inside a sentence: a span holding a photo or several links ("Ilhan OmarIlhan OmarHillicon…"). */
const removeInlinePopups: Step = (root) => {
  if (!root) return;
  for (const el of Array.from(root.querySelectorAll("p span"))) {
    if (!el.isConnected) continue;
    if (el.querySelector("img") || el.querySelectorAll("a").length >= 2) remove(el);
  }
};

const PRE_STEPS: readonly Step[] = [removeMedia, removeInlinePopups, removeByClass];
const POST_STEPS: readonly Step[] = [removeMedia, removeInlinePopups, removeByClass, removeLinkBlocks];

// Lines that are page furniture whatever their markup: "Share Tweet", "Image: Reuters", "READ MORE: …".
const BOILERPLATE_LINE = [
  /^(advertisement|advertising|anzeige|publicidade|publicidad|реклама)$/i,
  /^(share|tweet|email|print|comments?|subscribe|sign in|log in|close|caption|loading.*|read more|see more|more)(\s+(share|tweet|email|print|submit|this|article|story|on \w+))*$/i,
  /^(related|read more|see more|see also|don't miss|more|also read|read also|leia também|lire aussi|lesen sie auch|читайте также)\b.{0,150}$/i,
  /^(\(|\[)?(image|photo|picture|foto|credit|source|video)s?( credit)?\s*[:©]/i,
  /^(©|copyright\b)/i,
  /^(by|por|par|von)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}(\s*(,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3})*\.?$/u,
  /^(published|updated|posted|last updated|first published|publicado|publié|veröffentlicht)\b.{0,80}$/i,
  /^(sign up|subscribe|get the latest|click here|follow us|join our|download the)\b.{0,200}$/i,
  /^image \d+ of \d+$/i,
  // Credits and contact lines after the story: "Reporting by …; Editing by …", "Have a tip? …".
  /^(\(?reporting by|additional reporting by|editing by|writing by|compiled by|have a tip\?|reach the reporters?|contact the (author|writer|reporter))\b/i,
];

const DATE_ONLY = /^[\p{L}\s,.|:-]{0,30}\d{1,4}[\s,./:-]+[\p{L}\d]{1,10}[\s,./:-]+\d{2,4}([\s,:-]+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?[\p{L}\s()]{0,12}$/iu;

// A heading that opens a list of other stories: "You may also like…", "More Great WIRED Stories".
const RELATED_HEADING =
  /^(you may also like|you might also like|more great .{1,30} stories|don'?t miss|related( stories| articles| posts| coverage| content)?|more (stories|from|on this)|recommended( for you)?|most (read|popular)|trending( now)?|see also|also read|read next|what to read next)\b.{0,40}$/i;

/** A short line without closing punctuation: the shape of a headline in a link list. */
function isHeadlineShaped(line: string): boolean {
  return line.length < 120 && !/[.!?…:;"”’)]$/.test(line);
}

function dropBoilerplateLines(text: string): string {
  const kept: string[] = [];
  let inRelatedList = false;
  for (const line of text.split("\n")) {
    const l = line.replace(/\s+/g, " ").trim();
    if (!l) continue;
    if (inRelatedList && isHeadlineShaped(l)) continue;
    inRelatedList = false;
    if (l.length < 80 && RELATED_HEADING.test(l)) {
      inRelatedList = true;
      continue;
    }
    if (l.length <= 200 && BOILERPLATE_LINE.some((re) => re.test(l))) continue;
    if (l.length < 60 && DATE_ONLY.test(l)) continue;
    kept.push(l);
  }
  return kept.join("\n");
}

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "TABLE", "TBODY", "THEAD", "TR", "TD", "TH", "UL",
]);

/** Block elements become line breaks, inline text joins; the result has one paragraph per line. */
function toParagraphs(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
    const block = BLOCK.has(tag);
    if (block) parts.push("\n");
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts.join("");
}
