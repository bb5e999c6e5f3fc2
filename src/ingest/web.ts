// EDGE: http(s) URLs → Articles. A page becomes one article (main text via extractHtml); a
// feed becomes one article per item (its linked page, else the item's own content). Redirects
// are followed by hand so that the SSRF guard checks every hop, and each connection goes to
// the very address the guard checked (no second DNS answer). Every failure is an InputError
// naming the URL; articles are only returned whole, so nothing half-read is stored.
import { Agent, request, type Dispatcher } from "undici";
import type { LookupFunction } from "node:net";
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import type { InputProblem } from "../domain/report.js";
import { decodeHtmlBytes } from "./charset.js";
import { looksLikeFeed, parseFeed, type FeedItem } from "./feed.js";
import { extractHtml } from "./html.js";
import { articleFromRecord, normalizeDate } from "./record.js";
import { checkUrl, type GuardOptions } from "./ssrf.js";
import { canonicalizeUrl } from "../domain/url.js";

export interface FetchOptions extends GuardOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Extra request headers (If-None-Match, If-Modified-Since for conditional GET). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Fetched {
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: Uint8Array;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** 304: the conditional GET found nothing new. */
  readonly notModified: boolean;
}

export const USER_AGENT = "Triangulate/0.1 (news verification; +https://github.com/triangulate)";
const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...opts };
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(url, "is not a valid URL; check it");
  }
  const deadline = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; ; hop++) {
    const addresses = await checkUrl(current, opts);
    const agent = pinnedAgent(addresses, timeoutMs);
    let res: Dispatcher.ResponseData;
    try {
      res = await request(current, {
        dispatcher: agent, method: "GET", signal: deadline, headersTimeout: timeoutMs, bodyTimeout: timeoutMs,
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5", ...opts.headers },
      });
    } catch (e) {
      await agent.close().catch(() => undefined);
      throw networkError(current.href, e, timeoutMs);
    }
    try {
      const location = header(res.headers, "location");
      if (res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
        await res.body.dump();
        if (hop >= maxRedirects) throw new InputError(url, `redirected more than ${maxRedirects} times; give the final address`);
        current = new URL(location, current);
        continue;
      }
      if (res.statusCode === 304) {
        await res.body.dump();
        return { url: current.href, status: 304, contentType: "", body: new Uint8Array(), etag: header(res.headers, "etag"), lastModified: header(res.headers, "last-modified"), notModified: true };
      }
      if (res.statusCode >= 400) {
        await res.body.dump();
        throw new InputError(current.href, `answered HTTP ${res.statusCode}; ${res.statusCode >= 500 ? "the server failed, try again later" : "check the address"}`);
      }
      const length = Number(header(res.headers, "content-length") ?? NaN);
      if (length > maxBytes) {
        await res.body.dump();
        throw new InputError(current.href, `is ${mb(length)}; the limit is ${mb(maxBytes)}`);
      }
      const body = await readLimited(res.body, maxBytes, current.href);
      return {
        url: current.href, status: res.statusCode, contentType: header(res.headers, "content-type") ?? "", body,
        etag: header(res.headers, "etag"), lastModified: header(res.headers, "last-modified"), notModified: false,
      };
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw networkError(current.href, e, timeoutMs);
    } finally {
      await agent.close().catch(() => undefined);
    }
  }
}

/** An agent whose connections go only to the addresses the guard checked. */
function pinnedAgent(addresses: readonly string[], timeoutMs: number): Agent {
  const entries = addresses.map((a) => ({ address: a, family: a.includes(":") ? 6 : 4 }));
  const lookup = ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (options?.all) cb(null, entries);
    else cb(null, entries[0]!.address, entries[0]!.family);
  }) as unknown as LookupFunction;
  return new Agent({ connect: { lookup, timeout: timeoutMs }, connections: 1 });
}

async function readLimited(body: Dispatcher.ResponseData["body"], maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new InputError(url, `is larger than ${mb(maxBytes)}; the limit is ${mb(maxBytes)}`);
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function networkError(url: string, e: unknown, timeoutMs: number): InputError {
  const err = e as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = [err.name, typeof err.code === "string" ? err.code : "", err.cause?.code ?? ""].filter(Boolean).join(" ");
  if (/TIMEOUT|AbortError|TimeoutError/i.test(code)) return new InputError(url, `did not answer within ${timeoutMs / 1000} s; try again later`);
  if (code.includes("ECONNREFUSED")) return new InputError(url, "refused the connection; check the address");
  if (/ECONNRESET|UND_ERR_SOCKET/.test(code)) return new InputError(url, "closed the connection; try again later");
  return new InputError(url, `could not be fetched (${code || err.message || "network error"})`);
}

function header(headers: Dispatcher.ResponseData["headers"], name: string): string | null {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export type PageKind = "html" | "feed" | "text";

/** What the response is, from its content type and first bytes; refuses what is neither page nor feed. */
export function classify(f: Fetched): PageKind {
  const type = f.contentType.split(";")[0]!.trim().toLowerCase();
  const head = Buffer.from(f.body.subarray(0, 2048)).toString("latin1");
  if (/(rss|atom|rdf)\+xml|feed\+json|^(application|text)\/xml$/.test(type) || ((type === "" || type === "application/json" || type === "application/octet-stream") && looksLikeFeed(head))) return "feed";
  if (type === "text/html" || type === "application/xhtml+xml") return looksLikeFeed(head) ? "feed" : "html";
  if (type === "" && /<html|<!doctype html/i.test(head)) return "html";
  if (type === "text/plain") return "text";
  throw new InputError(f.url, `is ${type || "of unknown type"}, not an HTML page or a feed; give the article page or the feed address`);
}

export interface WebOptions extends FetchOptions {
  /** Wait between requests to one host, in ms (feeds link many pages on one site). */
  readonly politenessMs?: number;
  /** Canonical URLs already stored: feed items linking to them are not fetched again. */
  readonly known?: (canonicalUrls: readonly string[]) => Promise<Set<string>>;
  readonly log?: (msg: string) => void;
}

export interface WebResult { articles: Article[]; problems: InputProblem[]; skipped: number }

/** One URL (page or feed) → articles and problems; never throws for bad input. */
export async function readUrl(url: string, opts: WebOptions = {}, polite = new Politeness(opts.politenessMs ?? 1000)): Promise<WebResult> {
  try {
    await polite.wait(url);
    const f = await fetchUrl(url, opts);
    if (f.notModified) return { articles: [], problems: [], skipped: 0 };
    return classify(f) === "feed" ? await readFeedBody(url, f, opts, polite) : { articles: [pageArticle(f)], problems: [], skipped: 0 };
  } catch (e) {
    if (e instanceof InputError) return { articles: [], problems: [{ input: e.input, message: e.problem }], skipped: 0 };
    throw e;
  }
}

/** A fetched feed → one article per item (linked page first, item content as fallback). */
export async function readFeedBody(url: string, f: Fetched, opts: WebOptions, polite: Politeness): Promise<WebResult> {
  const feed = parseFeed(decodeHtmlBytes(f.body, f.contentType), url);
  const problems: InputProblem[] = [...feed.problems];
  const articles: Article[] = [];
  const links = feed.items.flatMap((i) => (i.link ? [canonicalizeUrl(i.link)] : []));
  const known = opts.known ? await opts.known(links) : new Set<string>();
  let skipped = 0;
  for (const item of feed.items) {
    const where = `${url} item ${item.index}`;
    if (item.link && known.has(canonicalizeUrl(item.link))) { skipped++; continue; }
    try {
      articles.push(await itemArticle(item, where, opts, polite));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push({ input: e.input === where ? where : `${where} (${e.input})`, message: `${e.problem}; skipped` });
    }
  }
  opts.log?.(`${url}: ${feed.items.length} items, ${articles.length} read, ${skipped} already stored, ${problems.length} problems`);
  return { articles, problems, skipped };
}

async function itemArticle(item: FeedItem, where: string, opts: WebOptions, polite: Politeness): Promise<Article> {
  const meta = { title: item.title, publishedAt: item.publishedAt, byline: item.author };
  let pageError: InputError | null = null;
  if (item.link) {
    try {
      await polite.wait(item.link);
      const f = await fetchUrl(item.link, opts);
      const kind = classify(f);
      if (kind === "feed") throw new InputError(f.url, "is another feed, not an article page");
      const page = pageArticle(f);
      return { ...page, title: page.title || meta.title || page.title, publishedAt: page.publishedAt ?? normalizeDate(meta.publishedAt) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      pageError = e;
    }
  }
  const text = item.content ? htmlToText(item.content) : "";
  if (text.length >= 80) return articleFromRecord(where, { text, ...meta, url: item.link });
  if (pageError) throw pageError;
  throw new InputError(where, "has no <link> and no content");
}

function pageArticle(f: Fetched): Article {
  if (classify(f) === "text") {
    const text = decodeHtmlBytes(f.body, f.contentType);
    return articleFromRecord(f.url, { text, url: f.url });
  }
  const page = extractHtml(decodeHtmlBytes(f.body, f.contentType), { url: f.url });
  if (page.text.length === 0) throw new InputError(f.url, "has no article text (no body or only boilerplate); check that it is the article page");
  return articleFromRecord(f.url, { text: page.text, title: page.title, byline: page.byline, publishedAt: page.publishedAt, outlet: page.outlet, url: f.url });
}

function htmlToText(s: string): string {
  if (!/<[a-z][\s\S]*>/i.test(s)) return s.trim();
  return extractHtml(`<html><body><article>${s}</article></body></html>`).text;
}

/** Per-host politeness: at least `delayMs` between two requests to one host. */
export class Politeness {
  private readonly next = new Map<string, number>();
  constructor(private readonly delayMs: number) {}

  async wait(url: string): Promise<void> {
    if (this.delayMs <= 0) return;
    let host: string;
    try { host = new URL(url).host; } catch { return; }
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.delayMs);
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}
