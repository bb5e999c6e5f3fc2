// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed → feed items. Parsing is pure (text in, items
// out); web.ts fetches the feed and the pages its items link to. Malformed feeds become one
// InputError naming the feed; a bad item becomes a problem naming the item, and is skipped.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../domain/errors.js";
import type { InputProblem } from "../domain/report.js";

export interface FeedItem {
  /** 1-based position in the feed, for messages. */
  readonly index: number;
  readonly link: string | null;
  readonly title: string | null;
  /** Item body as HTML or text (content:encoded, content, description), or null. */
  readonly content: string | null;
  readonly publishedAt: string | null;
  readonly author: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
  readonly problems: readonly InputProblem[];
}

const MAX_TITLE = 500;

/** Cheap test on the first bytes: is this an RSS/Atom/RDF document or a JSON Feed? */
export function looksLikeFeed(head: string): boolean {
  const s = head.replace(/^\uFEFF/, "").trimStart().slice(0, 2000);
  if (s.startsWith("{")) return /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(s);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(s);
}

export function parseFeed(text: string, source: string): Feed {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  return body.startsWith("{") ? parseJsonFeed(body, source) : parseXmlFeed(body, source);
}

type Node = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === "object") return textOf((v as Node)["#text"]);
  return null;
}

// A feed has no reason to declare entities of its own; one that does is either broken or an
// attack (an external entity reading a local file, or one entity expanded into gigabytes).
const ENTITY_DECLARATION = /<!DOCTYPE[^[>]*\[[\s\S]*?<!ENTITY/i;

function parseXmlFeed(xml: string, source: string): Feed {
  if (ENTITY_DECLARATION.test(xml.slice(0, 65_536))) {
    throw new InputError(source, "declares its own XML entities (<!ENTITY> in its DOCTYPE), which feeds never need and Triangulate refuses; ask the publisher for a plain RSS/Atom feed");
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(source, `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); check that the URL is the feed`);
  let doc: Node;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true, htmlEntities: true }).parse(xml) as Node;
  } catch (e) {
    throw new InputError(source, `could not be read as a feed (${(e as Error).message.split("\n")[0]}); check that the URL is the feed`);
  }
  const rss = doc["rss"] as Node | undefined;
  const atom = doc["feed"] as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  let title: string | null;
  let raw: Node[];
  let kind: "rss" | "atom";
  if (rss) {
    const channel = (arr(rss["channel"])[0] ?? {}) as Node;
    title = textOf(channel["title"]);
    raw = arr(channel["item"]) as Node[];
    kind = "rss";
  } else if (atom) {
    title = textOf(atom["title"]);
    raw = arr(atom["entry"]) as Node[];
    kind = "atom";
  } else if (rdf) {
    title = textOf((rdf["channel"] as Node | undefined)?.["title"]);
    raw = arr(rdf["item"]) as Node[];
    kind = "rss";
  } else {
    throw new InputError(source, "is XML but not an RSS, RDF or Atom feed (no <rss>, <feed> or <rdf:RDF>); check that the URL is the feed");
  }
  if (raw.length === 0) throw new InputError(source, `has no items (a ${kind === "atom" ? "feed without <entry>" : "channel without <item>"}); nothing to ingest`);
  const problems: InputProblem[] = [];
  const items = raw.map((n, i) => clip(kind === "atom" ? atomItem(n, i + 1) : rssItem(n, i + 1), source, problems));
  return { title, items, problems };
}

function rssItem(n: Node, index: number): FeedItem {
  const guid = n["guid"] as Node | string | undefined;
  const guidLink = typeof guid === "object" && guid["@isPermaLink"] !== "false" ? textOf(guid) : typeof guid === "string" && /^https?:/.test(guid) ? guid : null;
  return {
    index,
    link: textOf(n["link"]) ?? (guidLink && /^https?:/.test(guidLink) ? guidLink : null),
    title: textOf(n["title"]),
    content: textOf(n["content:encoded"]) ?? textOf(n["description"]),
    publishedAt: textOf(n["pubDate"]) ?? textOf(n["dc:date"]),
    author: textOf(n["dc:creator"]) ?? textOf(n["author"]),
  };
}

function atomItem(n: Node, index: number): FeedItem {
  const links = arr(n["link"]) as (Node | string)[];
  const href = (l: Node | string) => (typeof l === "string" ? l : (l["@href"] as string | undefined) ?? null);
  const alt = links.find((l) => typeof l === "string" || l["@rel"] === undefined || l["@rel"] === "alternate");
  const author = arr(n["author"])[0] as Node | undefined;
  return {
    index,
    link: alt ? href(alt) : null,
    title: textOf(n["title"]),
    content: textOf(n["content"]) ?? textOf(n["summary"]),
    publishedAt: textOf(n["published"]) ?? textOf(n["updated"]),
    author: author ? textOf(author["name"]) : null,
  };
}

function parseJsonFeed(json: string, source: string): Feed {
  let doc: Node;
  try {
    doc = JSON.parse(json) as Node;
  } catch (e) {
    throw new InputError(source, `is not valid JSON (${(e as Error).message}); check that the URL is the feed`);
  }
  const raw = arr(doc["items"]) as Node[];
  if (raw.length === 0) throw new InputError(source, "has no items; nothing to ingest");
  const problems: InputProblem[] = [];
  const items = raw.map((n, i) => {
    const authors = arr(n["authors"] ?? n["author"]) as Node[];
    return clip({
      index: i + 1,
      link: textOf(n["url"]) ?? textOf(n["external_url"]),
      title: textOf(n["title"]),
      content: textOf(n["content_text"]) ?? textOf(n["content_html"]) ?? textOf(n["summary"]),
      publishedAt: textOf(n["date_published"]),
      author: authors[0] ? textOf(authors[0]["name"]) : null,
    }, source, problems);
  });
  return { title: textOf(doc["title"]), items, problems };
}

/** A title past MAX_TITLE characters is cut (and said so); a link that is not http(s) is dropped. */
function clip(item: FeedItem, source: string, problems: InputProblem[]): FeedItem {
  let { title, link } = item;
  if (title && title.length > MAX_TITLE) {
    problems.push({ input: `${source} item ${item.index}`, message: `has a ${title.length}-character title; cut to ${MAX_TITLE}` });
    title = `${title.slice(0, MAX_TITLE)}…`;
  }
  if (link && !/^https?:\/\//i.test(link)) link = resolveLink(link, source);
  if (link && !/^https?:\/\//i.test(link)) {
    problems.push({ input: `${source} item ${item.index}`, message: `has a link that is not http(s) (${link.slice(0, 80)}); ignored` });
    link = null;
  }
  return { ...item, title, link };
}

function resolveLink(link: string, base: string): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}
