// What an element's containers say about a date inside it: a box of other stories or comments
// (set aside), a date, publication or update hint in a class nearby, the story's header or the
// site's. Carried down the walk over the body (body.ts).
import { attr } from "./candidate.js";
import { MODIFIED_HINT } from "./words.js";

/** Containers whose dates belong to other stories or to readers, not to this page. */
const ELSEWHERE = /related|recommend|relacionad|similar|more-?(stories|news|articles)|read-?more|also|popular|trending|most-?read|sidebar|randspalte|seitenleiste|widget|promo(?!ted)|newsletter|comment|kommentare|leserkommentar|disqus|termine|veranstaltungen|upcoming|teaser|carousel|taboola|outbrain|footer|breaking|ticker|latest|caption|copyright|archive|calendar|weather/i;
const DATE_HINT = /date|time|publi|posted|byline|dateline|stamp|fecha|datum|data|heure|zeit|fech|dt\b/i;
const HEADER_HINT = /byline|article-?(head|meta|info|top)|entry-?(head|meta)|post-?(head|meta|info)|story-?(head|meta)|meta-?data|author/i;
export interface Place {
  readonly elsewhere: boolean;
  /** Levels up to the nearest element whose class says "date", "published", "updated" (Infinity: none). */
  readonly dateHint: number;
  readonly published: number;
  readonly modified: number;
  readonly header: boolean;
  readonly siteHeader: boolean;
}

export const ROOT_PLACE: Place = { elsewhere: false, dateHint: Infinity, published: Infinity, modified: Infinity, header: false, siteHeader: false };

/** A class hint reaches this many levels down; a wrapper far above says little about a date. */
export const HINT_REACH = 2;

export function placeOf(el: Element, tag: string, parent: Place): Place {
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
export const PAGE_STAMP_SELECTOR = '[id*="lastmod"], [class*="lastmod"], [id*="last-modified"], [class*="last-modified"]';

/** A story's own container. */
const STORY_ROOT = 'article, [itemtype*="Article"], [itemtype*="BlogPosting"], .article, .hentry, .news-single, .post, .entry';
