// `triangulate watch <feeds…|--opml FILE>`: polls feeds and ingests new items as they appear.
// Conditional GET (the feed's ETag and Last-Modified are kept in the store), items whose link
// is already stored are not fetched again, and requests to one host are spaced out.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { XMLParser } from "fast-xml-parser";
import { InputError, isDiskFull } from "../../domain/errors.js";
import { isConnectionLoss } from "../../store/postgres.js";
import { classify, fetchUrl, Politeness, readFeedBody, type WebOptions } from "../../ingest/web.js";
import { isHttpUrl } from "../../domain/url.js";
import { openForWriting } from "../served.js";
import type { ArticleStore, FeedStore } from "../../store/store.js";
import { EXIT, secondsOption, UsageError, type Command, type Io } from "../io.js";
import { assignJob, drainQueue } from "./worker.js";

export const watchCommand: Command = {
  name: "watch",
  summary: "poll RSS/Atom/JSON feeds (or an OPML list) and ingest new items",
  usage: `triangulate watch <feed urls…> [--opml FILE] [--interval S] [--once] [--politeness S] [--db PATH] [--allow-private] [--queue-only]

  --opml FILE       read the feed list from an OPML file (outline xmlUrl=…)
  --interval S      seconds between polls (default 300)
  --once            poll each feed once and exit
  --politeness S    seconds between two requests to one host (default 1)
  --queue-only      only queue the story work, for \`triangulate worker\` processes`,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {
        opml: { type: "string" }, interval: { type: "string" }, once: { type: "boolean" }, politeness: { type: "string" },
        db: { type: "string" }, "allow-private": { type: "boolean" }, "queue-only": { type: "boolean" } } });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values, positionals } = parsed;
    const feeds = [...positionals];
    for (const f of feeds) if (!isHttpUrl(f)) throw new UsageError(`"${f}" is not an http(s) feed URL (use --opml for a file listing feeds)`);
    if (values.opml !== undefined) feeds.push(...(await readOpml(resolve(io.cwd, values.opml))));
    if (feeds.length === 0) throw new UsageError("give at least one feed URL or --opml FILE");
    const interval = secondsOption(values.interval ?? "300", "--interval");
    const polite = new Politeness(secondsOption(values.politeness ?? "1", "--politeness") * 1000);
    const log = (m: string) => io.stderr(`triangulate watch: ${m}\n`);
    const store = await openForWriting(values.db, io);
    let stop = false;
    const onSignal = () => { stop = true; };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const web: WebOptions = { allowPrivate: values["allow-private"] === true, known: (u) => store.knownUrls(u), log };
      let added = 0;
      let problems = 0;
      const told = new FeedProblems();
      while (!stop) {
        for (const url of feeds) {
          if (stop) break;
          const r = await pollFeed(store, url, web, polite, io, told);
          added += r.added;
          problems += r.problems;
        }
        if (!values["queue-only"]) await drainQueue(store, { now: io.now, log, stopped: () => stop });
        if (values.once) break;
        for (let waited = 0; waited < interval && !stop; waited += 0.25) await new Promise((r) => setTimeout(r, 250));
      }
      const c = await store.counts();
      io.stdout(`${JSON.stringify({ feeds: feeds.length, added, problems, articles: c.articles, stories: c.stories, queued: c.queued })}\n`);
      return EXIT.ok;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await store.close();
    }
  },
};

/**
 * A daemon polls the same feeds all day: a problem that lasts (a refused address, a feed that
 * declares entities, a dead host) is told the first round it appears and again only when it
 * changes or once it has gone, not every poll.
 */
export class FeedProblems {
  private readonly told = new Map<string, Set<string>>();

  /** Logs this round's problem lines for `url` that were not already told last round (a feed not modified since is not reported on). */
  report(url: string, lines: readonly string[], log: (m: string) => void): void {
    const before = this.told.get(url) ?? new Set<string>();
    for (const line of lines) if (!before.has(line)) log(`${line} (told once while it lasts)`);
    if (before.size > 0 && lines.length === 0) log(`${url}: read without problems again`);
    this.told.set(url, new Set(lines));
  }
}

/** One conditional GET of one feed; new items stored with their story jobs. Never throws for bad input. */
export async function pollFeed(store: FeedStore & ArticleStore, url: string, web: WebOptions, polite: Politeness, io: Pick<Io, "stderr" | "now">, problems = new FeedProblems()): Promise<{ added: number; problems: number }> {
  const log = (m: string) => io.stderr(`triangulate watch: ${m}\n`);
  const r = await pollOnce(store, url, web, polite, io.now, log);
  if (r.lines !== null) problems.report(url, r.lines, log);
  return { added: r.added, problems: r.lines?.length ?? 0 };
}

async function pollOnce(store: FeedStore & ArticleStore, url: string, web: WebOptions, polite: Politeness, now: () => Date, log: (m: string) => void): Promise<{ added: number; lines: string[] | null }> {
  const state = await store.getFeedState(url);
  const headers: Record<string, string> = {};
  if (state?.etag) headers["if-none-match"] = state.etag;
  if (state?.lastModified) headers["if-modified-since"] = state.lastModified;
  try {
    await polite.wait(url);
    const f = await fetchUrl(url, { ...web, headers });
    const checkedAt = now().toISOString();
    if (f.notModified) {
      await store.saveFeedState({ url, etag: f.etag ?? state?.etag ?? null, lastModified: f.lastModified ?? state?.lastModified ?? null, checkedAt });
      log(`${url}: not modified`);
      return { added: 0, lines: null };
    }
    if (classify(f) !== "feed") throw new InputError(url, "is a page, not a feed; give the feed's address (or use `triangulate ingest` for pages)");
    const r = await readFeedBody(url, f, web, polite);
    const put = await store.putArticles(r.articles, (a) => [assignJob(a.id)]);
    await store.saveFeedState({ url, etag: f.etag, lastModified: f.lastModified, checkedAt });
    log(`${url}: ${put.added.length} new articles`);
    return { added: put.added.length, lines: r.problems.map((p) => `${p.input}: ${p.message}`) };
  } catch (e) {
    if (e instanceof InputError) return { added: 0, lines: [`${e.input}: ${e.problem}`] };
    // The store's own failures end the command; anything else one feed did is that feed's problem,
    // and a daemon polling many feeds goes on with the others.
    if (isDiskFull(e) || isConnectionLoss(e)) throw e;
    return { added: 0, lines: [`${url}: could not be read (${((e as Error)?.message ?? String(e)).split("\n")[0]!.slice(0, 200)}); it is tried again next round`] };
  }
}

async function readOpml(path: string): Promise<string[]> {
  let xml: string;
  try {
    xml = await readFile(path, "utf8");
  } catch (e) {
    throw new InputError(path, `cannot be read (${(e as NodeJS.ErrnoException).code}); check the path`);
  }
  let doc: unknown;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
  } catch (e) {
    throw new InputError(path, `is not valid OPML (${(e as Error).message.split("\n")[0]}); export the feed list again`);
  }
  const urls: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== "object") return;
    const o = n as Record<string, unknown>;
    const u = o["@xmlUrl"];
    if (typeof u === "string" && isHttpUrl(u)) urls.push(u);
    for (const [k, v] of Object.entries(o)) if (!k.startsWith("@")) walk(v);
  };
  walk(doc);
  if (urls.length === 0) throw new InputError(path, "lists no feeds (no <outline xmlUrl=\"http…\">); check the file");
  return [...new Set(urls)];
}
