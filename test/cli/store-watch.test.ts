// `ingest` of URLs and feeds and `watch` polling, against a fixture server on 127.0.0.1.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { startServer, type FixtureServer } from "../ingest/web-server.js";
import { FeedProblems, pollFeed } from "../../src/cli/commands/watch.js";
import { Politeness } from "../../src/ingest/web.js";
import { openStore } from "../../src/store/open.js";

let dir: string;
let db: string;
let srv: FixtureServer;
let conditional = 0;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd: dir, env: {}, now: () => new Date("2025-06-03T00:00:00Z") };
  const code = await main([...args, "--db", db], io);
  return { code, out: out.join(""), err: err.join("") };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tri-watch-"));
  db = join(dir, "db");
  srv = await startServer({
    "/live.xml": (res, req) => {
      if (req.headers["if-none-match"] === '"v1"') { conditional++; res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' });
      res.end(`<rss><channel><item><title>Quake</title><link>${srv.base}/news/quake?utm_campaign=x</link></item></channel></rss>`);
    },
    "/entity.xml": (res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><link>${srv.base}/news/quake</link></item></channel></rss>`);
    },
  });
}, 30_000);
afterAll(async () => { await srv.close(); await rm(dir, { recursive: true, force: true }); });

describe("ingesting from the web", () => {
  it("refuses a local address without --allow-private and stores nothing", async () => {
    const r = await run(["ingest", `${srv.base}/rss.xml`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("127.0.0.1 is a loopback address; refused (pass --allow-private");
    expect(JSON.parse(r.out)).toMatchObject({ added: 0, articles: 0 });
  }, 60_000);

  it("ingests a feed's items and names the item it had to skip", async () => {
    const r = await run(["ingest", `${srv.base}/rss.xml`, "--allow-private"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("rss.xml item 3: has no <link> and no content; skipped");
    expect(JSON.parse(r.out)).toMatchObject({ added: 2, articles: 2 });
  }, 60_000);
});

describe("watching feeds", () => {
  it("polls an OPML list once, skipping links already stored, then gets 'not modified'", async () => {
    await writeFile(join(dir, "feeds.opml"), `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline type="rss" xmlUrl="${srv.base}/live.xml"/></outline></body></opml>`);
    const hits = () => srv.hits.filter((h) => h.startsWith("/news/quake")).length;
    const before = hits();
    const first = await run(["watch", "--opml", "feeds.opml", "--once", "--politeness", "0", "--allow-private"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ feeds: 1, added: 0, articles: 2 });
    expect(hits()).toBe(before);
    const second = await run(["watch", `${srv.base}/live.xml`, "--once", "--politeness", "0", "--allow-private"]);
    expect(second.err).toContain("live.xml: not modified");
    expect(conditional).toBe(1);
  }, 60_000);

  it("goes on with the other feeds when one declares entities or cannot be reached", async () => {
    const r = await run(["watch", `${srv.base}/entity.xml`, "http://127.0.0.1:1/closed.xml", `${srv.base}/live.xml`, "--once", "--politeness", "0", "--allow-private"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/entity\.xml: declares its own XML entities/);
    expect(r.err).toMatch(/closed\.xml: /);
    expect(r.err).toContain("live.xml: not modified");
    expect(JSON.parse(r.out)).toMatchObject({ feeds: 3, problems: 2 });
  }, 60_000);

  it("tells a lasting feed problem once, not every poll, and says when it is gone", async () => {
    const store = await openStore({ db: join(dir, "polls") });
    const err: string[] = [];
    const io = { stderr: (s: string) => void err.push(s), now: () => new Date("2025-06-03T00:00:00Z") };
    const web = { allowPrivate: false, known: (u: readonly string[]) => store.knownUrls(u) };
    const told = new FeedProblems();
    try {
      for (let round = 0; round < 3; round++) expect(await pollFeed(store, `${srv.base}/entity.xml`, web, new Politeness(0), io, told)).toEqual({ added: 0, problems: 1 });
      expect(err.filter((l) => l.includes("loopback address"))).toHaveLength(1);
      // The same feed now allowed: another problem (its entities) is new, so it is told.
      await pollFeed(store, `${srv.base}/entity.xml`, { ...web, allowPrivate: true }, new Politeness(0), io, told);
      expect(err.filter((l) => l.includes("declares its own XML entities"))).toHaveLength(1);
      // A feed that reads cleanly after a problem says so once.
      await pollFeed(store, `${srv.base}/live.xml`, { ...web, allowPrivate: false }, new Politeness(0), io, told);
      await pollFeed(store, `${srv.base}/live.xml`, { ...web, allowPrivate: true }, new Politeness(0), io, told);
      expect(err.join("")).toContain(`${srv.base}/live.xml: read without problems again`);
    } finally {
      await store.close();
    }
  }, 60_000);

  it("names an OPML file that lists no feeds", async () => {
    await writeFile(join(dir, "empty.opml"), "<opml><body></body></opml>");
    const r = await run(["watch", "--opml", "empty.opml", "--once"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/empty\.opml: lists no feeds/);
  });
});
