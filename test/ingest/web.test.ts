// Fetching pages and feeds from a local server: what is read, and the clear message for each
// way a server or feed can go wrong.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUrl, readUrl } from "../../src/ingest/web.js";
import { readInputs } from "../../src/ingest/inputs.js";
import { startServer, type FixtureServer } from "./web-server.js";

let srv: FixtureServer;
const opts = { allowPrivate: true, politenessMs: 0, timeoutMs: 1500 };

beforeAll(async () => {
  srv = await startServer({
    "/moved": (res) => { res.writeHead(301, { location: "/news/quake" }); res.end(); },
    "/loop": (res) => { res.writeHead(302, { location: "/loop" }); res.end(); },
    "/gone": (res) => { res.writeHead(410); res.end(); },
    "/broken": (res) => { res.writeHead(503); res.end(); },
    "/pdf": (res) => { res.writeHead(200, { "content-type": "application/pdf" }); res.end("%PDF-1.4"); },
    // Never answers: the request stays open until the server closes after the tests.
    "/slow": () => undefined,
    "/huge": (res) => { res.writeHead(200, { "content-type": "text/html" }); res.end(Buffer.alloc(3 * 1024 * 1024, 97)); },
    "/huge-title.xml": (res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<rss><channel><item><title>${"A".repeat(10 * 1024 * 1024)}</title><link>/news/quake</link></item></channel></rss>`);
    },
    "/long-title.xml": (res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<rss><channel><item><title>${"Quake ".repeat(400)}</title><link>${srv.base}/news/quake</link></item></channel></rss>`);
    },
    "/cond.xml": (res, req) => {
      if (req.headers["if-none-match"] === '"v1"') { res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"', "last-modified": "Mon, 02 Jun 2025 08:00:00 GMT" });
      res.end(`<rss><channel><item><title>x</title><link>${srv.base}/news/quake</link></item></channel></rss>`);
    },
  });
});
afterAll(async () => { await srv.close(); });

describe("fetching pages", () => {
  it("reads a page's main text, title and date, decoding its charset", async () => {
    const r = await readUrl(`${srv.base}/news/quake`, opts);
    expect(r.problems).toEqual([]);
    const a = r.articles[0]!;
    expect(a.title).toMatch(/Lisbon earthquake damages buildings/);
    expect(a.text).toContain("damaging 30 buildings");
    expect(a.text).toContain("café owners");
    expect(a.text).not.toContain("Share this article");
    expect(a.publishedAt).toMatch(/^2025-06-02/);
    expect(a.url).toBe(`${srv.base}/news/quake`);
  });

  it("follows a redirect and keeps the final address", async () => {
    const r = await readUrl(`${srv.base}/moved`, opts);
    expect(r.articles[0]?.url).toBe(`${srv.base}/news/quake`);
  });

  it("stops after too many redirects", async () => {
    expect((await readUrl(`${srv.base}/loop`, opts)).problems[0]?.message).toMatch(/redirected more than 5 times; give the final address/);
  });

  it("names the HTTP status of a failing page", async () => {
    expect((await readUrl(`${srv.base}/gone`, opts)).problems[0]?.message).toBe("answered HTTP 410; check the address");
    expect((await readUrl(`${srv.base}/broken`, opts)).problems[0]?.message).toBe("answered HTTP 503; the server failed, try again later");
  });

  it("refuses content that is neither a page nor a feed", async () => {
    expect((await readUrl(`${srv.base}/pdf`, opts)).problems[0]?.message).toMatch(/is application\/pdf, not an HTML page or a feed/);
  });

  it("gives up on a slow server", async () => {
    expect((await readUrl(`${srv.base}/slow`, { ...opts, timeoutMs: 200 })).problems[0]?.message).toBe("did not answer within 0.2 s; try again later");
  });

  it("refuses a body over the size limit", async () => {
    expect((await readUrl(`${srv.base}/huge`, { ...opts, maxBytes: 1024 * 1024 })).problems[0]?.message).toMatch(/the limit is 1\.0 MB/);
  });

  it("sends validators and reports an unchanged feed as not modified", async () => {
    const first = await fetchUrl(`${srv.base}/cond.xml`, opts);
    expect(first.etag).toBe('"v1"');
    const second = await fetchUrl(`${srv.base}/cond.xml`, { ...opts, headers: { "if-none-match": '"v1"' } });
    expect(second.notModified).toBe(true);
  });
});

describe("reading feeds", () => {
  it("reads an RSS feed: linked pages, item content without a link, and names the empty item", async () => {
    const r = await readUrl(`${srv.base}/rss.xml`, opts);
    expect(r.articles.map((a) => a.title)).toEqual([expect.stringMatching(/Lisbon earthquake damages buildings/), "Rescue work continues in Lisbon"]);
    expect(r.articles[1]!.text).toMatch(/^Rescue teams in Lisbon worked through the night/);
    expect(r.problems).toEqual([{ input: `${srv.base}/rss.xml item 3`, message: "has no <link> and no content; skipped" }]);
  });

  it("reads Atom (relative links) and JSON Feed to the same page", async () => {
    const atom = await readUrl(`${srv.base}/atom.xml`, opts);
    const json = await readUrl(`${srv.base}/feed.json`, opts);
    expect(atom.articles[0]?.id).toBeDefined();
    expect(json.articles[0]?.id).toBe(atom.articles[0]?.id);
  });

  it("does not fetch links that are already stored", async () => {
    const before = srv.hits.filter((h) => h.startsWith("/news/quake")).length;
    const r = await readUrl(`${srv.base}/rss.xml`, { ...opts, known: async (urls) => new Set(urls.filter((u) => u.endsWith("/news/quake"))) });
    expect(r.skipped).toBe(1);
    expect(srv.hits.filter((h) => h.startsWith("/news/quake")).length).toBe(before);
  });

  it("names a feed that is not well-formed XML", async () => {
    expect((await readUrl(`${srv.base}/not-xml.xml`, opts)).problems[0]?.message).toMatch(/^is not well-formed XML \(line 1: .*\); check that the URL is the feed$/);
  });

  it("names a feed without items", async () => {
    expect((await readUrl(`${srv.base}/no-items.xml`, opts)).problems[0]?.message).toBe("has no items (a channel without <item>); nothing to ingest");
  });

  it("refuses a feed with a 10 MB title by its size", async () => {
    const r = await readUrl(`${srv.base}/huge-title.xml`, opts);
    expect(r.articles).toEqual([]);
    expect(r.problems[0]?.message).toMatch(/the limit is 5\.0 MB/);
  });

  it("cuts a long item title and says so", async () => {
    const r = await readUrl(`${srv.base}/long-title.xml`, opts);
    expect(r.problems[0]?.message).toBe("has a 2399-character title; cut to 500");
    expect(r.articles.length).toBe(1);
  });

  it("lets `readInputs` fetch URLs next to local files", async () => {
    const r = await readInputs([`${srv.base}/news/quake`], { allowPrivate: true, web: { politenessMs: 0 } });
    expect(r.articles.length).toBe(1);
  });
});
