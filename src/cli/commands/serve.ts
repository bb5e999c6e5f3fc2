// `triangulate serve`: the HTTP API and the web UI in one process. Binds 127.0.0.1 by default;
// refuses to start with a writable store and no TRIANGULATE_API_TOKEN unless --insecure-no-auth.
import { hostname, networkInterfaces } from "node:os";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InputError } from "../../domain/errors.js";
import type { Report } from "../../domain/report.js";
import { loadKb } from "../../kb/load.js";
import { threadPool } from "../../threads/pool.js";
import { inProcessAnalyzer } from "../../server/analyzer.js";
import { createApp } from "../../server/app.js";
import type { AppDeps, StoryStore } from "../../server/deps.js";
import { MemoryStore } from "../../server/memory-store.js";
import { serve, type RunningServer } from "../../server/node.js";
import { isReport, storyStoreOver } from "../../server/store-adapter.js";
import { openForWriting } from "../served.js";
import { webRoutes } from "../../web/routes.js";
import { announceServer } from "../../store/served.js";
import { EXIT, intOption, UsageError, type Command, type Io } from "../io.js";
import { assignJob, drainQueue } from "./worker.js";

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly reports: readonly string[];
  readonly memory: boolean;
  /** The persistent store: a PGlite folder or postgres:// URL (--db), or the default location (--store). */
  readonly db: string | undefined;
  readonly store: boolean;
  readonly queueOnly: boolean;
  readonly readOnly: boolean;
  readonly insecureNoAuth: boolean;
  readonly maxBody: number | undefined;
  readonly rate: number | undefined;
  readonly cors: readonly string[];
  /** Host names (Host header) answered besides the bound ones. */
  readonly allowedHosts: readonly string[];
  /** Worker threads for analysis; 0 = on the server's own thread. */
  readonly threads: number;
  /** Believe X-Forwarded-For (the last entry) for the client's address. */
  readonly trustProxy: boolean;
  /** Analyses that may wait for a slot, and how long (s). */
  readonly queue: number | undefined;
  readonly queueTimeout: number | undefined;
}

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the HTTP API and the web UI (127.0.0.1 by default)",
  usage: `triangulate serve [--port N] [--host H] [--store | --db PATH | --report FILE… | --memory] [--read-only] [--insecure-no-auth]

  Serves POST /api/analyze (no storage), the stories API and the web UI on http://HOST:PORT/.
  --port N            port (default 8787; 0 = any free port)
  --host H            address to bind (default 127.0.0.1; anything else exposes the server)
  --report FILE       preload a report JSON (from \`triangulate analyze\`) into an in-memory store; repeatable
  --memory            start with an empty in-memory store (stories are lost on exit)
  --store             serve the persistent store (DATABASE_URL, else .triangulate/), as \`ingest\` fills it
  --db PATH           serve the persistent store in PATH (PGlite folder) or at a postgres:// URL
  --queue-only        with a persistent store: leave story work of POSTed articles to \`triangulate worker\`
  --read-only         never accept POST /api/articles
  --insecure-no-auth  allow a writable store without TRIANGULATE_API_TOKEN
  --max-body BYTES    largest request body (default 4194304)
  --rate N            requests per second per client on /api/* (burst 6×N; default 10; 0 = off)
  --threads N         worker threads that run analyses, so requests are answered meanwhile (default 1; 0 = none)
  --cors ORIGIN       allow this origin to call the API from a browser; repeatable (default: CORS off)
  --allowed-host NAME answer requests whose Host header names NAME (e.g. behind a reverse proxy);
                      repeatable; by default only the bound address (and localhost names for a
                      loopback address) — others get 421, which stops DNS-rebinding pages
  --trust-proxy       behind a reverse proxy: take the client's address from the last
                      X-Forwarded-For entry (rate limits per client); without it the header is ignored
  --queue N           analyses that wait for a free slot before new ones get 503 (default 64)
  --queue-timeout S   seconds an analysis waits for a slot before 503 (default 30)
  Write endpoints need \`Authorization: Bearer $TRIANGULATE_API_TOKEN\`.`,
  async run(args, io) {
    const opts = parseServeArgs(args);
    const running = await startServer(opts, io);
    io.stdout(`triangulate: serving on ${running.url}/ (API: ${running.url}/api/openapi.json); Ctrl-C to stop\n`);
    await new Promise<void>((done) => {
      const stop = () => (process.off("SIGINT", stop), process.off("SIGTERM", stop), done());
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await running.close();
    io.stderr("triangulate: server stopped\n");
    return EXIT.ok;
  },
};

export function parseServeArgs(args: readonly string[]): ServeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: false, strict: true,
      options: {
        port: { type: "string", short: "p" }, host: { type: "string" }, report: { type: "string", multiple: true },
        memory: { type: "boolean" }, store: { type: "boolean" }, db: { type: "string" }, "queue-only": { type: "boolean" }, "read-only": { type: "boolean" }, "insecure-no-auth": { type: "boolean" },
        "max-body": { type: "string" }, rate: { type: "string" }, threads: { type: "string" }, cors: { type: "string", multiple: true },
        "allowed-host": { type: "string", multiple: true }, "trust-proxy": { type: "boolean" },
        queue: { type: "string" }, "queue-timeout": { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  return {
    host: v.host ?? "127.0.0.1",
    port: intOption("--port", v.port, 8787, 0, 65535),
    reports: v.report ?? [],
    memory: v.memory === true,
    db: v.db,
    store: v.store === true,
    queueOnly: v["queue-only"] === true,
    readOnly: v["read-only"] === true,
    insecureNoAuth: v["insecure-no-auth"] === true,
    maxBody: v["max-body"] === undefined ? undefined : intOption("--max-body", v["max-body"], 0, 1024, 1 << 30),
    rate: v.rate === undefined ? undefined : intOption("--rate", v.rate, 0, 0, 1_000_000),
    cors: v.cors ?? [],
    allowedHosts: v["allowed-host"] ?? [],
    threads: intOption("--threads", v.threads, 1, 0, 64),
    trustProxy: v["trust-proxy"] === true,
    queue: v.queue === undefined ? undefined : intOption("--queue", v.queue, 64, 0, 100_000),
    queueTimeout: v["queue-timeout"] === undefined ? undefined : intOption("--queue-timeout", v["queue-timeout"], 30, 1, 3600),
  };
}


/** Builds the app from the options (reading --report files) and binds it; the caller closes it. */
export async function startServer(opts: ServeOptions, io: Io): Promise<RunningServer> {
  const token = io.env["TRIANGULATE_API_TOKEN"] || undefined;
  const kb = loadKb();
  const now = () => io.now();
  const persistent = opts.store || opts.db !== undefined;
  if ([persistent, opts.memory, opts.reports.length > 0].filter(Boolean).length > 1) throw new UsageError("choose one of --store/--db, --memory and --report");
  const hasStore = persistent || opts.reports.length > 0 || opts.memory;
  const writable = hasStore && !opts.readOnly;
  if (writable && token === undefined && !opts.insecureNoAuth) {
    throw new UsageError("refusing to start a writable server without a token: set TRIANGULATE_API_TOKEN, or pass --read-only, or --insecure-no-auth");
  }
  if (writable && token === undefined) io.stderr("triangulate: warning: POST /api/articles is open to anyone who can reach this server (--insecure-no-auth)\n");
  if (token !== undefined && token.length < 16) io.stderr("triangulate: warning: TRIANGULATE_API_TOKEN is shorter than 16 characters\n");
  if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(opts.host)) io.stderr(`triangulate: warning: binding ${opts.host} exposes the server beyond this machine\n`);
  const reports = await Promise.all(opts.reports.map((p) => readReport(resolve(io.cwd, p), p)));
  const opened = persistent ? await openForWriting(opts.db, io) : undefined;
  const pool = opts.threads > 0 ? threadPool({ threads: opts.threads }) : undefined;
  const analyzer = pool?.analyze ?? inProcessAnalyzer(kb);
  const log = (m: string) => io.stderr(`triangulate: ${m}\n`);
  const store: StoryStore | undefined = opened
    ? storyStoreOver(opened, {
      kb, clock: now, analyzer, readOnly: !writable, jobs: (a) => [assignJob(a.id)],
      // Story work of posted articles runs on the pool threads, so the server keeps answering meanwhile.
      ...(opts.queueOnly ? {} : { afterPut: async () => void (await drainQueue(opened, { now, log, kb, ...(pool ? { pool } : {}) })) }),
    })
    : hasStore
      ? new MemoryStore({ reports, ...(writable ? { analyze: (articles) => analyzer(articles, now().toISOString()) } : {}) })
      : undefined;
  if (opened) io.stderr(`triangulate: serving stories from ${opened.location}\n`);
  const deps: AppDeps = {
    kb, clock: now, analyzer,
    ...(store ? { store } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(opts.rate !== undefined ? { rateLimit: opts.rate === 0 ? false : { burst: opts.rate * 6, perSecond: opts.rate } } : {}),
    ...(opts.maxBody !== undefined ? { maxBodyBytes: opts.maxBody } : {}),
    corsOrigins: opts.cors,
    allowedHosts: [...opts.allowedHosts, ...boundNames(opts.host)],
    trustProxy: opts.trustProxy,
    // one analysis per thread at a time; the rest wait in the bounded line
    analysisSlots: Math.max(1, opts.threads),
    ui: webRoutes,
    ...(opts.queue !== undefined ? { analysisQueue: opts.queue } : {}),
    ...(opts.queueTimeout !== undefined ? { analysisTimeoutMs: opts.queueTimeout * 1000 } : {}),
    log,
  };
  try {
    const running = await serve(createApp(deps), { host: opts.host, port: opts.port });
    // An embedded store is this process's alone: other commands on the same folder find the
    // server here and go through its API (ingest, status, stories) instead of waiting for the lock.
    const local = opts.host === "0.0.0.0" ? `http://127.0.0.1:${running.port}` : opts.host === "::" ? `http://[::1]:${running.port}` : running.url;
    const withdraw = opened?.kind === "pglite" ? await announceServer(opened.location, local) : undefined;
    return { ...running, close: async () => (await withdraw?.(), await running.close(), await opened?.close(), await pool?.close()) };
  } catch (e) {
    await opened?.close();
    await pool?.close();
    throw e;
  }
}

async function readReport(path: string, name: string): Promise<Report> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new InputError(name, `cannot read the report (${(e as Error).message}); write one with \`triangulate analyze … --format json --out ${name}\``);
  }
  if (!isReport(value)) throw new InputError(name, "is not a Triangulate report (version 1 with articles and stories)");
  return value;
}

/**
 * The names a client may use for a server bound to `host`: the address itself, and for loopback
 * the loopback names; for a wildcard address (0.0.0.0, ::) this machine's name and addresses.
 */
export function boundNames(host: string): string[] {
  const loopback = ["127.0.0.1", "localhost", "::1"];
  if (host === "0.0.0.0" || host === "::") {
    const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
    return [...new Set([...loopback, hostname(), ...addresses])];
  }
  return /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host) ? [...new Set([host, ...loopback])] : [host];
}
