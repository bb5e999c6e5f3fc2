// Dates in the page's visible body: one pass over elements and their text nodes (machine dates in
// attributes, written dates weighted by their containers and the words before them), and the
// dateline right under the headline.
import { dateIndexes, datesInText, monthFromWord, type Ymd } from "../date-text.js";
import { attr, type Candidate, type Ctx, type Role } from "./candidate.js";
import { HINT_REACH, PAGE_STAMP_SELECTOR, placeOf, ROOT_PLACE, type Place } from "./places.js";
import { EVENT_WORD, ISSUED_AS, MODIFIED_HINT, PUBLISHED_START, PUBLISHED_WORDS, SPAN_WORD, TODAY_WORD } from "./words.js";

/**
 * The first date in the few lines right after the headline: a dateline sits under the <h1> on most
 * pages, whatever its box is called ("<p class="rte-paragraph__caption">21. Januar 2022 | Mobilität</p>").
 */
export function collectNearHeadline(doc: Document, ctx: Ctx, out: Candidate[]): void {
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

const YEAR_RE = /(?:19|20)\d{2}/;
const MACHINE_ATTRS = ["datetime", "data-published", "data-timestamp", "data-time", "data-date", "data-datetime", "data-publish-date"];

/** `relaxed`: read boxes of other stories too (a page whose only date sits in a box named "footer"). */
export function collectBody(doc: Document, ctx: Ctx, out: Candidate[], relaxed = false): void {
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
