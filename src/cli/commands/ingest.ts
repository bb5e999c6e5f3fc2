// `triangulate ingest <inputs…>`: reads files, folders, JSONL, URLs and feeds into the store.
// Idempotent (an article's id is the hash of its text; stored articles are skipped). Each
// batch of new articles and its story-assignment jobs is stored in one transaction, then the
// jobs are processed in-process unless --queue-only leaves them for `triangulate worker`.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { readInputs, refusedInputs, resolveInput } from "../../ingest/inputs.js";
import { threadPool } from "../../threads/pool.js";
import { EXIT, intOption, UsageError, type Command, type Io } from "../io.js";
import { openOrServed, putThroughServer, refuseDamaged, serverStatus } from "../served.js";
import type { ServedBy } from "../../store/served.js";
import { regroupStore } from "./regroup.js";
import { assignJob, drainQueue, WINDOW_USAGE, windowOption } from "./worker.js";

/** Below this many new articles a thread costs more to start (it loads the knowledge base) than it saves. */
const POOL_FROM = 200;

export const ingestCommand: Command = {
  name: "ingest",
  summary: "add articles (files, folders, .jsonl, URLs, feeds) to the store and update stories",
  usage: `triangulate ingest <paths|urls|feeds…> [--db PATH] [--allow-private] [--queue-only] [--regroup] [--threads N] [--window DAYS]

  Stores new articles (already stored ones are skipped) and puts each in a story.
  --db PATH        store folder (default .triangulate/) or postgres:// URL; DATABASE_URL also works
  --allow-private  allow URLs that resolve to private or loopback addresses
  --queue-only     only queue the story work, for \`triangulate worker\` processes
  --regroup        then settle all stories as \`triangulate regroup\` does (independent of arrival order)
  --threads N      annotate and analyze on N threads beside the one writing the store
                   (default: the cores, at most 2, from ${POOL_FROM} new articles up on a machine with 2 cores or more; 0: none)
  ${WINDOW_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (positionals.length === 0) throw new UsageError("give at least one file, folder, URL or feed to ingest");
    if (values.regroup && values["queue-only"]) throw new UsageError("--regroup needs the articles placed first; drop --queue-only, or run `triangulate regroup` after the workers");
    const asked = values.threads === undefined ? undefined : intOption("--threads", values.threads, 0, 0, 64);
    const windowDays = windowOption(values.window);
    const log = (m: string) => io.stderr(`triangulate ingest: ${m}\n`);
    const inputs = positionals.map((p) => resolveInput(p, io.cwd));
    // Nothing to read at all: say so before opening (or creating) a store.
    const refused = refusedInputs(inputs);
    if (refused.length === inputs.length) {
      for (const p of refused) log(`${p.input}: ${p.message}`);
      log("nothing to ingest; the store was not opened");
      return EXIT.badInput;
    }
    const target = await openOrServed(values.db, io);
    if (target.server) return ingestThroughServer(target.server, inputs, values, io, log);
    const store = target.store;
    await refuseDamaged(store);
    try {
      const { articles, problems } = await readInputs(inputs, { allowPrivate: values["allow-private"] === true, log, web: { known: (u) => store.knownUrls(u) } });
      for (const p of problems) log(`${p.input}: ${p.message}`);
      const before = await store.counts();
      const put = await store.putArticles(articles, (a) => [assignJob(a.id)], (done, total) => { if (total > 1000) log(`stored ${done}/${total}`); });
      log(`${put.added.length} new articles, ${put.existing} already stored, ${problems.length} problems`);
      if (!values["queue-only"]) {
        const threads = asked ?? (put.added.length >= POOL_FROM && availableParallelism() > 1 ? Math.min(2, availableParallelism()) : 0);
        const pool = threads > 0 ? threadPool({ threads }) : undefined;
        const r = await drainQueue(store, { now: io.now, log, windowDays, ...(pool ? { pool } : {}) }).finally(() => pool?.close());
        if (r.failed > 0) log(`${r.failed} jobs failed; they will be retried by \`triangulate worker\``);
        if (values.regroup) await regroupStore(store, io, { queueOnly: false, log, windowDays });
      }
      const after = await store.counts();
      if (after.failed > 0) log(`${after.failed} failed jobs in the store: their articles are in no story; \`triangulate retry\` queues them again`);
      if (!values["queue-only"] && after.queued > 0) log(`${after.queued} articles or stories still waiting in the queue (held by another process, or waiting to be retried); \`triangulate worker\` processes them`);
      io.stdout(`${JSON.stringify({ added: put.added.length, existing: put.existing, problems: problems.length, articles: after.articles, stories: after.stories, newStories: after.stories - before.stories, queued: after.queued, failed: after.failed })}\n`);
      return articles.length === 0 && problems.length > 0 ? EXIT.badInput : EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

/**
 * The store folder is held by `triangulate serve`: the articles are read here and sent to the
 * server, which stores them and puts them in stories with its own workers.
 */
async function ingestThroughServer(server: ServedBy, inputs: readonly string[], values: ReturnType<typeof parse>["values"], io: Io, log: (m: string) => void): Promise<number> {
  if (values.regroup) throw new UsageError(`--regroup needs the store itself, which \`triangulate serve\` (process ${server.pid}) holds; stop the server to regroup`);
  log(`the store is served by \`triangulate serve\` at ${server.url} (process ${server.pid}); sending the articles to it`);
  const { articles, problems } = await readInputs(inputs, { allowPrivate: values["allow-private"] === true, log });
  for (const p of problems) log(`${p.input}: ${p.message}`);
  const before = await serverStatus(server);
  const put = await putThroughServer(server, articles, io.env["TRIANGULATE_API_TOKEN"] || undefined, (done, total) => { if (total > 1000) log(`sent ${done}/${total}`); });
  log(`${put.added} new articles, ${put.existing} already stored, ${problems.length} problems`);
  const after = await serverStatus(server);
  if (after.failed > 0) log(`${after.failed} failed jobs in the store: their articles are in no story; stop the server and run \`triangulate retry\``);
  if (after.queued > 0) log(`${after.queued} articles or stories still waiting in the server's queue`);
  io.stdout(`${JSON.stringify({ added: put.added, existing: put.existing, problems: problems.length, articles: after.articles, stories: after.stories, newStories: after.stories - before.stories, queued: after.queued, failed: after.failed })}\n`);
  return articles.length === 0 && problems.length > 0 ? EXIT.badInput : EXIT.ok;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args], allowPositionals: true, strict: true,
      options: { db: { type: "string" }, "allow-private": { type: "boolean" }, "queue-only": { type: "boolean" }, regroup: { type: "boolean" }, threads: { type: "string" }, window: { type: "string" } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
