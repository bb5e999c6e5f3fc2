// Publication date of a news page: what day a claim was made is the basis of every anachronism
// check. Every date the page offers (JSON-LD, meta tags, <time> and dated elements, written dates,
// the URL path when the caller gave one) becomes a candidate weighted by how far its source is
// trusted; modified dates, other stories' dates and impossible dates are set aside, and the day
// with the most weighted agreement wins, as htmldate's "extensive" mode does.
import { parseHTML } from "linkedom";
import { dateIndexes, datesInText, formatYmd, isPlausible, monthFromWord, parseDateString, type Ymd } from "./date-text.js";
import { jsonLdObjects } from "./json-ld.js";

export interface DateOptions {
  /** Dates after this instant (plus one day of timezone slack) are rejected. Defaults to now. */
  readonly now?: Date;
  /** Receives every candidate before the vote (for eval and debugging). */
  readonly trace?: (candidates: ReadonlyArray<{ readonly day: string; readonly source: string; readonly weight: number; readonly role: string }>) => void;
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? "";
}

// ---------------------------------------------------------------------------------------------
// Candidates: every date the page offers, with where it came from and how far that source is
// trusted. The day is then chosen by weighted votes instead of a fixed order of sources, so one
// wrong source (a site-wide "today" in the header, a UTC instant a day off) is outvoted.

type Role = "published" | "modified" | "unknown";

interface Candidate {
  readonly v: Ymd;
  /** Source kind; several hits of one kind count once per day. */
  readonly source: string;
  readonly weight: number;
  readonly role: Role;
  /** Tag and classes of a body element and its parent, to spot lists of teasers. */
  readonly signature?: string;
}

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

function collectMeta(doc: Document, ctx: Ctx, out: Candidate[]): void {
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

function collectJsonLd(doc: Document, ctx: Ctx, out: Candidate[]): void {
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
function collectUrl(url: string, ctx: Ctx, out: Candidate[]): void {
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
function collectImagePaths(doc: Document, ctx: Ctx, out: Candidate[]): void {
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
function collectTitle(doc: Document, ctx: Ctx, out: Candidate[]): void {
  const title = (doc.querySelector("title")?.textContent ?? "").slice(0, 300);
  const v = datesInText(title, ctx.dmyFirst).map((d) => ctx.accept(d)).find((d): d is Ymd => d !== null);
  if (v) out.push({ v, source: "title", weight: 1, role: "unknown" });
}

/**
 * The first date in the few lines right after the headline: a dateline sits under the <h1> on most
 * pages, whatever its box is called ("<p class="rte-paragraph__caption">21. Januar 2022 | Mobilität</p>").
 */
function collectNearHeadline(doc: Document, ctx: Ctx, out: Candidate[]): void {
  const h1 = doc.body?.querySelector("h1");
  if (!h1) return;
  let budget = 160;
  let at: Element | null = h1;
  for (let level = 0; at && level < 3 && budget > 0; level++) {
    for (let sib = at.nextElementSibling, n = 0; sib && n < 3 && budget > 0; sib = sib.nextElementSibling, n++) {
      if (SKIP_TAGS.has(sib.tagName)) continue;
      const text = (sib.textContent ?? "").replace(/\s+/g, " ").trim();
      const head = text.slice(0, budget);
      budget -= head.length + 1;
      const found = datesInText(head, ctx.dmyFirst).map((v) => ctx.accept(v)).find((v): v is Ymd => v !== null);
      if (!found) continue;
      const lead = head.slice(0, Math.max(0, head.search(/\d/)));
      if (EVENT_WORD.test(lead)) continue;
      // A date inside the story's first sentences is an event it tells of ("Der nächste Termin findet am
      // Mi. 5. Februar statt", "the law that came into force on 28 January"), not a dateline.
      if (text.length > 100 && !PUBLISHED_WORDS.test(lead) && (lead.trim().split(/\s+/).length > 3 || SPAN_WORD.test(lead)) && !/[|·•:]\s*$/.test(lead)) return;
      out.push({ v: found, source: "near-headline", weight: 5, role: MODIFIED_HINT.test(lead) ? "modified" : "unknown" });
      return;
    }
    at = at.parentElement;
  }
}

// ---- body: one pass over elements and their text nodes ---------------------------------------

/** Containers whose dates belong to other stories or to readers, not to this page. */
const ELSEWHERE = /related|recommend|relacionad|similar|more-?(stories|news|articles)|read-?more|also|popular|trending|most-?read|sidebar|randspalte|seitenleiste|widget|promo(?!ted)|newsletter|comment|kommentare|leserkommentar|disqus|termine|veranstaltungen|upcoming|teaser|carousel|taboola|outbrain|footer|breaking|ticker|latest|caption|copyright|archive|calendar|weather/i;
const DATE_HINT = /date|time|publi|posted|byline|dateline|stamp|fecha|datum|data|heure|zeit|fech|dt\b/i;
const HEADER_HINT = /byline|article-?(head|meta|info|top)|entry-?(head|meta)|post-?(head|meta|info)|story-?(head|meta)|meta-?data|author/i;
const MODIFIED_HINT = /modif|updat|actualiz|aktualisiert|atualiz|mis à jour|mise à jour|обновл|edited|revised|zuletzt|geändert|letzte änderung|bearbeitet|bijgewerkt|gewijzigd|aggiornat/i;
// "Veröffentlicht am", "Publié le", "Pubblicato il", "Publicado el/em", "Gepubliceerd op": the word, then maybe a preposition.
const PUBLISHED_WORDS = /(publi\w*|posted|issued|erschienen|veröffentlicht|stand|erstellt|eingestellt|gepostet|geschrieben|verfasst|online seit|geplaatst|mis en ligne|опубликовано|publicado|pubblicato|gepubliceerd|first published|published on|date|datum)\s*:?\s*(?:(?:am|vom|le|du|il|del|el|em|op|on|at)\s*)?$/i;

/** A date after these words is the start or end of a span the story tells of ("Seit dem 1. September 2015 gilt …"). */
const SPAN_WORD = /\b(seit|since|bis|until|till|ab|from|vor|nach|before|after|depuis|jusqu'au|desde|hasta|dal|fino al|sinds|tot)\s+(?:(?:dem|den|der|the|le|el|il)\s+)?$/i;

/**
 * A date after these labels is when something happens or ends, not when the page was written:
 * "Termin: 12.03.2020", "Veranstaltungsdatum", "Anmeldeschluss", "gültig bis", "Event date:", "Deadline:",
 * "When:", "born on". Such a date still dates a page that has no other.
 */
const EVENT_WORD =
  /(\btermine?|veranstaltung\w*|(?:anmelde|einsende|bewerbungs|melde|annahme|abgabe)schluss|\bfrist|gültig(?:\s+(?:bis|ab))?|\bwann|geboren|gestorben|\bevent(?:\s+date)?|\bdeadline|\bdue|\bwhen|\bborn|\bdied|\bexpires?|valid\s+(?:until|through|from)|date\s+of\s+(?:the\s+)?event|\bdate\s+limite|\bfecha\s+límite|\bscadenza)\s*:?\s*(?:(?:am|vom|den|dem|zum|on|the|le|el|il)\s+)?(?:\p{L}{2,10}\.?,?\s+){0,2}$/iu;

/** A label saying the date is today's ("Heute ist", "Today is", "Aujourd'hui"), then maybe a weekday. */
const TODAY_WORD = /\b(?:heute(?:\s+ist)?|today(?:\s+is)?|aujourd'hui|hoy(?:\s+es)?|oggi(?:\s+è)?|vandaag)\s*:?\s*(?:\p{L}{2,10}\.?,?\s+){0,2}(?:(?:der|den|the|le|el|il)\s+)?$/iu;

/**
 * A date the page gives as its own issue: "Pressemitteilung Nr. 14 vom 05.02.2020", "Beitrag vom …",
 * a byline "Posted by Jo Smith on …", "Von Max Muster am …", "Publié par Anne le …".
 */
const ISSUED_AS =
  /(?:\b(?:[Pp]resse(?:mitteilung|meldung|information)|[Mm]itteilung|[Mm]eldung|[Aa]rtikel|[Bb]eitrag|[Nn]achricht|[Ss]endung|[Nn]ewsletter|[Aa]usgabe|[Rr]undschreiben|[Ss]tellungnahme)\p{L}*(?:\s+(?:[Nn]r\.?|[Nn]o\.?)\s*[\d/.-]+)?\s+vom|\b(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]ubmitted|[Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Dd]oor)\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:on|am|le|el|il|op))\s*:?\s*(?:\p{L}{2,10}\.?,?\s+){0,2}$/u;

/** A text that opens with its date's label: "Stand: 28.04.2020 18:00 Uhr" (German news's dateline), "Publié le …". */
const PUBLISHED_START = /^(publi\w*|posted|publicado|pubblicato|stand|veröffentlicht|erschienen|erstellt|gepostet|geschrieben|verfasst|gepubliceerd|geplaatst)\b/i;

interface Place {
  readonly elsewhere: boolean;
  /** Levels up to the nearest element whose class says "date", "published", "updated" (Infinity: none). */
  readonly dateHint: number;
  readonly published: number;
  readonly modified: number;
  readonly header: boolean;
  readonly siteHeader: boolean;
}

const ROOT_PLACE: Place = { elsewhere: false, dateHint: Infinity, published: Infinity, modified: Infinity, header: false, siteHeader: false };

/** A class hint reaches this many levels down; a wrapper far above says little about a date. */
const HINT_REACH = 2;

function placeOf(el: Element, tag: string, parent: Place): Place {
  // WordPress marks every post "status-publish format-standard category-…": not a date hint.
  const hint = `${attr(el, "class")} ${attr(el, "id")} ${attr(el, "itemprop")}`.replace(/\b(status|format|type|category|tag|post|postid|single)-[\w-]*/g, "");
  // Layout classes name the page's columns, not a box of other stories: Drupal's <body class="one-sidebar
  // sidebar-second">, a theme's <div class="sidebar_content"> holding the post beside the sidebar.
  const boxHint = hint.replace(/\b(?:(?:one|two|no|has|with|left|right)[-_]sidebars?|sidebars?[-_](?:first|second|left|right|content|main|layout)|[\w-]*sidebar[-_]content)\b/gi, "");
  const otherBox = tag !== "body" && ((boxHint.length > 2 && ELSEWHERE.test(boxHint.replace(/[\w-]*footer[\w-]*/gi, ""))) || headedElsewhere(el));
  // A footer or aside inside a story is that story's own meta line (TYPO3's <div class="article"><div
  // class="footer"><time itemprop="datePublished">, Drupal's <article><aside class="meta">), not the page's footer.
  const structural = tag === "aside" || tag === "footer" || (tag !== "body" && /footer/i.test(boxHint));
  const storyMeta = structural && !otherBox && el.parentElement?.closest(STORY_ROOT) != null;
  const marked = tag === "nav" || tag === "figcaption" || otherBox || (structural && !storyMeta);
  return {
    // A container holding the headline is the story itself, whatever its class says ("caption page").
    elsewhere: !PAGE_STAMP.test(hint) && (parent.elsewhere || (marked && el.querySelector("h1") === null)),
    dateHint: tag === "time" || DATE_HINT.test(hint) ? 0 : parent.dateHint + 1,
    published: /publi|datecreated|posted/i.test(hint) || el.hasAttribute("pubdate") ? 0 : parent.published + 1,
    modified: MODIFIED_HINT.test(hint) ? 0 : parent.modified + 1,
    header: parent.header || HEADER_HINT.test(hint) || (tag === "header" && el.closest("article") !== null),
    siteHeader: parent.siteHeader || (tag === "header" && el.closest("article") === null) || /site-?header|masthead|top-?bar|navbar/i.test(hint) || TODAY_BOX.test(hint),
  };
}

/** A box printing today's date or a clock on every page (<span id="uhr">, class="today", "current-date"). */
const TODAY_BOX = /(?:^|\s)(?:uhr|clock|today|heute|current[-_]?date|date[-_]?today|today'?s?[-_]?date)(?:$|\s)/i;

/** Headings of boxes holding other stories or readers' comments, whatever the box's class. */
const ELSEWHERE_HEADING =
  /^(?:(?:weitere|ähnliche|verwandte|neueste|neue|aktuelle|letzte|beliebte|meistgelesene|andere)\s+(?:artikel|beiträge|meldungen|nachrichten|news|posts|themen|einträge)|mehr\s+(?:zum\s+thema|news|artikel|aus|dazu|zu)|das\s+könnte|auch\s+interessant|(?:related|recent|latest|popular|more|similar|other|further|top)\s+(?:posts|articles|stories|news|entries|reading|headlines)|you\s+(?:may|might)|read\s+(?:more|also|next)|archiv(?:e)?\b|(?:\d+\s+kommentare?|kommentare|\d*\s*(?:comments?|antworten|replies|responses))\s*(?:\(\d+\))?\s*:?$|leave\s+a\s+(?:reply|comment)|schreibe?\s+einen\s+kommentar|articles?\s+(?:liés|similaires|récents)|artículos\s+relacionados|noticias\s+relacionadas|articoli\s+correlati)/i;

/** A box whose first child is a heading naming other stories or comments ("<div><h3>Neueste Beiträge</h3><ul>…"). */
function headedElsewhere(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || !/^H[2-6]$/.test(first.tagName)) return false;
  const text = (first.textContent ?? "").slice(0, 80).replace(/\s+/g, " ").trim();
  return text.length < 60 && ELSEWHERE_HEADING.test(text);
}

/** A wiki's "This page was last modified on …" (<li id="footer-info-lastmod">) is this page's stamp, even in a footer. */
const PAGE_STAMP = /lastmod|last-modified/i;
const PAGE_STAMP_SELECTOR = '[id*="lastmod"], [class*="lastmod"], [id*="last-modified"], [class*="last-modified"]';

/** A story's own container. */
const STORY_ROOT = 'article, [itemtype*="Article"], [itemtype*="BlogPosting"], .article, .hentry, .news-single, .post, .entry';

const YEAR_RE = /(?:19|20)\d{2}/;
const MACHINE_ATTRS = ["datetime", "data-published", "data-timestamp", "data-time", "data-date", "data-datetime", "data-publish-date"];

/** `relaxed`: read boxes of other stories too (a page whose only date sits in a box named "footer"). */
function collectBody(doc: Document, ctx: Ctx, out: Candidate[], relaxed = false): void {
  if (!doc.body) return;
  const w: Walk = { ctx, out, seenHosts: new Set(), relaxed };
  walk(doc.body, ROOT_PLACE, w);
  // Page stamps sit in footers the walk skips; one read outside a footer only repeats a vote already cast.
  if (!relaxed) for (const stamp of Array.from(doc.body.querySelectorAll(PAGE_STAMP_SELECTOR))) walk(stamp, ROOT_PLACE, w);
}

interface Walk {
  readonly ctx: Ctx;
  readonly out: Candidate[];
  /** Short parents already read whole for a date split across elements. */
  readonly seenHosts: Set<Element>;
  readonly relaxed: boolean;
}

// linkedom upper-cases HTML tag names but keeps the case of inline SVG.
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "svg"]);

/** Depth-first over elements in document order, carrying what the ancestors' classes say. */
function walk(el: Element, parentPlace: Place, w: Walk): void {
  const tag = el.tagName.toLowerCase();
  const place = placeOf(el, tag, parentPlace);
  if (place.elsewhere && !w.relaxed) return;
  const published = place.published <= HINT_REACH;
  const role: Role = place.modified <= HINT_REACH && !published ? "modified" : published ? "published" : "unknown";
  machineDate(el, tag, place, role, w);
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      if (!SKIP_TAGS.has((node as Element).tagName) && !isArchiveToolbar(node as Element)) walk(node as Element, place, w);
    } else if (node.nodeType === 3) {
      textDate(node, el, tag, place, role, w);
    }
  }
}

/** The Wayback Machine's banner on an archived copy ("You are here: 12:10:40 Nov 10, 2013"): the day it was archived. */
function isArchiveToolbar(el: Element): boolean {
  return /^(wm-ipp|donato)/.test(attr(el, "id"));
}

/** Machine dates in attributes: <time datetime>, itemprop=datePublished, data-timestamp. */
function machineDate(el: Element, tag: string, place: Place, role: Role, w: Walk): void {
  const ip = attr(el, "itemprop").toLowerCase();
  const push = (raw: string, source: string, weight: number, r: Role): void => {
    const v = w.ctx.parse(raw);
    if (v) w.out.push({ v, source, weight, role: r, signature: signatureOf(el) });
  };
  // Microformats (hAtom) put the machine date in a title: <abbr class="published" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>,
  // <span class="updated" title="2013-04-04T18:52:11+00:00"></span>.
  const cls = attr(el, "class");
  const title = /\b(published|updated)\b/.test(cls) ? attr(el, "title") : "";
  if (ip === "datepublished" || ip === "datecreated" || ((title || tag === "abbr") && /\bpublished\b/.test(cls))) {
    push(attr(el, "datetime") || attr(el, "content") || title || (el.textContent ?? ""), "el:itemprop", 8, "published");
    return;
  }
  if (ip === "datemodified" || (title && /\bupdated\b/.test(cls))) {
    push(attr(el, "datetime") || attr(el, "content") || title || (el.textContent ?? ""), "el:modified", 3, "modified");
    return;
  }
  for (const name of MACHINE_ATTRS) {
    const raw = el.getAttribute(name);
    if (!raw) continue;
    const weight = role === "published" ? 7 : place.header ? 6 : tag === "time" ? 4 : 2;
    push(raw, role === "published" ? "el:published" : "el:time", weight, role);
    return;
  }
}

/** Children a date's host element may have ("<span>21</span> <span>Jan</span> 2020"). */
const HOST_CHILDREN = 12;

/** More than HOST_CHILDREN child nodes, counted one by one (the DOM's childNodes builds the whole list). */
function hasManyChildren(el: Element): boolean {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (++n > HOST_CHILDREN) return true;
  return false;
}

/** Human dates in one text node, weighted by what its containers and the words before it say. */
function textDate(node: ChildNode, el: Element, tag: string, place: Place, role: Role, w: Walk): void {
  const raw = node.textContent ?? "";
  if (raw.length < 4 || raw.length > 800 || !YEAR_RE.test(raw)) return;
  const text = raw.replace(/\s+/g, " ").trim();
  const { ctx } = w;
  let dates = datesInText(text, ctx.dmyFirst);
  let scope = text;
  if (dates.length === 0 && text.length < 20) {
    // "<span>21</span> <span>Jan</span> 2020": read the short parent whole, once.
    let host: Element = el;
    // A parent that adds nothing but spacing has few children; one with many holds more text than a date,
    // and reading its text for every short node would cost the square of a large page.
    while (host.parentElement && (host.textContent ?? "").trim().length <= text.length + 1) {
      host = host.parentElement;
      if (hasManyChildren(host)) break;
    }
    if (w.seenHosts.has(host)) return;
    w.seenHosts.add(host);
    scope = (host.textContent ?? "").replace(/\s+/g, " ").trim();
    if (scope.length > 80) return;
    dates = datesInText(scope, ctx.dmyFirst);
  }
  const firstAt = dates.findIndex((v) => ctx.accept(v) !== null);
  const first = firstAt >= 0 ? ctx.accept(dates[firstAt] ?? null) : null;
  if (!first) return;
  const before = previousText(node, 40);
  // The words before the date ("Pressemitteilung Nr. 14/2020 vom ", "Termin: ").
  const lead = scope.slice(0, Math.max(0, dateIndexes(scope, ctx.dmyFirst)[firstAt] ?? scope.search(/\d/)));
  if (EVENT_WORD.test(lead) || (lead.trim() === "" && EVENT_WORD.test(before))) {
    w.out.push({ v: first, source: "text:event", weight: 0.5, role: "unknown" });
    return;
  }
  const publishedWord = PUBLISHED_WORDS.test(before) || PUBLISHED_START.test(scope) || ISSUED_AS.test(lead) || (lead.trim() === "" && ISSUED_AS.test(before));
  const modifiedWord = MODIFIED_HINT.test(before) || MODIFIED_HINT.test(scope.slice(0, 30));
  const textRole: Role = modifiedWord && !publishedWord ? "modified" : publishedWord ? "published" : role;
  const dateOnly = isDateOnly(scope);
  // "Aktualisiert: 30.12.2016", "This page was last modified on 4 November 2020": labelled, not a passing mention.
  const dateHint = place.dateHint <= HINT_REACH || textRole === "modified";
  const weight = publishedWord ? 6 : place.header && (dateHint || dateOnly) ? 5 : dateHint ? 4 : dateOnly ? 3 : 1;
  const source = publishedWord ? "text:published" : dateHint ? "text:date" : dateOnly ? "text:only" : "text:free";
  // A date in the site's own header is usually today's date, printed on every page.
  // "Heute ist Mittwoch, 1. November 2023", "Today is …": the day the page was served.
  const today = place.siteHeader || TODAY_WORD.test(lead) || (lead.trim() === "" && TODAY_WORD.test(before));
  w.out.push({ v: first, source, weight: today ? weight / 3 : weight, role: textRole, signature: tag === "time" ? signatureOf(el) : `${signatureOf(el)}#text` });
}

/** The text just before a node, within its parent and the previous sibling element. */
function previousText(node: ChildNode, max: number): string {
  let s = "";
  let n: ChildNode | null = node.previousSibling;
  while (n && s.length < max) {
    s = (n.textContent ?? "") + s;
    n = n.previousSibling;
  }
  if (s.trim().length === 0 && node.parentElement) {
    const prev = node.parentElement.previousElementSibling;
    s = prev?.textContent?.slice(-max) ?? "";
  }
  return s.replace(/\s+/g, " ").slice(-max);
}

/** A short text that is nothing but a date and maybe a time ("January 18, 2020 · 10:30 am"). */
function isDateOnly(text: string): boolean {
  if (text.length > 60) return false;
  const rest = text
    .replace(/\b\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?|\b(am|pm|gmt|utc|[a-z]{2,4}t)\b/gi, " ")
    .replace(/\d+|\p{L}+\.?/gu, (w) => (/^\d+$/.test(w) || monthFromWord(w) || w.length <= 3 ? "" : w))
    .replace(/[\s,|·•–\-/.:()]+/g, "");
  return rest.length <= 12;
}

/** Tag and class of an element's parent: a list of teasers repeats one signature. */
function signatureOf(el: Element): string {
  const p = el.parentElement;
  return `${el.tagName}.${attr(el, "class")}<${p ? `${p.tagName}.${attr(p, "class")}` : ""}`;
}

// ---- choosing --------------------------------------------------------------------------------

function dayNumber(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d) / 86_400_000;
}

/**
 * An instant written in UTC may fall on the day before or after the local day a reader sees
 * ("2020-12-24T23:59:50+00:00" beside "2020-12-25T01:59:50+02:00"); such a candidate also
 * supports the neighbouring day its hour allows, when something else supports that day.
 */
function utcNeighbour(v: Ymd): { day: number; share: number } | null {
  const m = /^T(\d{2}):(\d{2}):\d{2}(Z|\+00:00)$/.exec(v.time);
  if (!m) return null;
  const hour = Number(m[1]) + Number(m[2]) / 60;
  // How likely the publisher's day differs, by the hour: zones run from UTC-12 to UTC+14, so
  // 23:15Z is the next day almost anywhere east of London, 12:02Z almost nowhere; 04:15Z is the
  // day before in the Americas.
  return hour >= 12 ? { day: dayNumber(v) + 1, share: Math.max(0, (hour - 10) / 14) } : { day: dayNumber(v) - 1, share: Math.max(0, (12 - hour) / 12) };
}

function choose(all: readonly Candidate[]): Ymd | null {
  // Lists of teasers: one signature carrying two or more different days is not the page's date.
  const daysBySig = new Map<string, Set<number>>();
  for (const c of all) {
    const sig = c.signature;
    if (!sig) continue;
    const set = daysBySig.get(sig) ?? new Set<number>();
    set.add(dayNumber(c.v));
    daysBySig.set(sig, set);
  }
  const weighted = all.map((c) => {
    const sig = c.signature;
    return sig && (daysBySig.get(sig)?.size ?? 0) >= 2 ? { ...c, weight: c.weight / 4 } : c;
  });
  // A visible "updated" stamp on the page outweighs dates only mentioned in running text (an event the
  // story tells of, a law that came into force): those alone do not set it aside. A modified date in
  // the head (a CMS's regeneration time) does not.
  const strong = weighted.some((c) => c.role !== "modified" && c.weight > WEAK);
  const visibleModified = weighted.some((c) => c.role === "modified" && !/^(meta|ld):/.test(c.source));
  const hasPublished = weighted.some((c) => c.role !== "modified") && (strong || !visibleModified);
  const pool = hasPublished ? weighted.filter((c) => c.role !== "modified") : weighted;
  if (pool.length === 0) return null;

  // Votes: per day, each source kind counts once with its best weight.
  const exact = new Map<number, Map<string, number>>();
  for (const c of pool) {
    const day = dayNumber(c.v);
    const kinds = exact.get(day) ?? new Map<string, number>();
    kinds.set(c.source, Math.max(kinds.get(c.source) ?? 0, c.weight));
    exact.set(day, kinds);
  }
  const score = new Map<number, number>();
  for (const [day, kinds] of exact) score.set(day, [...kinds.values()].reduce((a, b) => a + b, 0));
  for (const c of pool) {
    const n = utcNeighbour(c.v);
    if (n === null || !exact.has(n.day)) continue;
    const kinds = exact.get(n.day);
    if (kinds?.has(c.source)) continue;
    score.set(n.day, (score.get(n.day) ?? 0) + c.weight * n.share);
  }
  let top = 0;
  for (const s of score.values()) top = Math.max(top, s);
  // Among tied days, the one the page gives first: sources run from the head's to the body's in
  // reading order, so a story's own stamp precedes the teasers or the next stories below it.
  let bestDay = Infinity;
  for (const c of pool) {
    const day = dayNumber(c.v);
    if ((score.get(day) ?? 0) >= top * TIE) {
      bestDay = day;
      break;
    }
  }
  let best: Candidate | null = null;
  for (const c of pool) {
    if (dayNumber(c.v) !== bestDay) continue;
    if (!best || c.weight > best.weight || (c.weight === best.weight && c.v.time && !best.v.time)) best = c;
  }
  return best?.v ?? null;
}

/** Candidates at or below this weight (a date anywhere in running text, an image folder) are weak. */
const WEAK = 1;

/** Days scoring at least this share of the best are ties; the one the page gives first wins. */
const TIE = 0.999;

interface Ctx {
  readonly dmyFirst: boolean;
  accept(v: Ymd | null): Ymd | null;
  parse(raw: string): Ymd | null;
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
