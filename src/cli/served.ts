// The CLI's side of a served embedded store: when `triangulate serve` holds the store folder,
// `ingest`, `status` and `stories` talk to it over its HTTP API instead of waiting for the lock.
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import type { Report } from "../domain/report.js";
import type { PutResult, StorySummary, StoreStatus } from "../server/deps.js";
import { embeddedFolder, openStore } from "../store/open.js";
import { servedBy, StoreServedError, type ServedBy } from "../store/served.js";
import type { Store } from "../store/store.js";
import type { Io } from "./io.js";

/** The server holding the embedded store these options name, or null (a PostgreSQL store, or no server). */
export function servingProcess(db: string | undefined, io: Pick<Io, "cwd" | "env">): ServedBy | null {
  const dir = embeddedFolder({ db, env: io.env, cwd: io.cwd });
  return dir === null ? null : servedBy(dir);
}

/**
 * The store these options name, or the server that holds it (found before opening, or while
 * waiting for the folder's lock: a server that was starting up when the command began).
 */
export async function openOrServed(db: string | undefined, io: Io): Promise<{ store: Store; server?: never } | { server: ServedBy; store?: never }> {
  const server = servingProcess(db, io);
  if (server !== null) return { server };
  try {
    return { store: await openNamed(db, io) };
  } catch (e) {
    if (e instanceof StoreServedError) return { server: e.server };
    throw e;
  }
}

/** Articles per request, and bytes of text per request (under the server's 4 MiB body limit). */
const BATCH_ARTICLES = 200;
const BATCH_CHARS = 2_500_000;

export interface ServedPut { added: number; existing: number }

/** Sends articles to the server in batches (POST /api/articles); its workers put them in stories. */
export async function putThroughServer(server: ServedBy, articles: readonly Article[], token: string | undefined, onBatch?: (done: number, total: number) => void): Promise<ServedPut> {
  const total = { added: 0, existing: 0 };
  let i = 0;
  while (i < articles.length) {
    const batch: Article[] = [];
    let chars = 0;
    while (i < articles.length && batch.length < BATCH_ARTICLES && (batch.length === 0 || chars + articles[i]!.text.length <= BATCH_CHARS)) {
      chars += articles[i]!.text.length;
      batch.push(articles[i++]!);
    }
    const body = { articles: batch.map((a) => ({ id: a.sourceId, title: a.title, text: a.text, url: a.url, publishedAt: a.publishedAt, outlet: a.outlet, byline: a.byline })) };
    const put = await call<PutResult>(server, "/api/articles", { method: "POST", body, token });
    total.added += put.added.length;
    total.existing += put.existing.length;
    onBatch?.(i, articles.length);
  }
  return total;
}

export const serverStatus = (server: ServedBy) => call<StoreStatus>(server, "/api/status");
/** A story's report from the server (kept, or analyzed on request there), or null for an unknown id. */
export async function serverReport(server: ServedBy, id: string): Promise<Report | null> {
  try {
    return await call<Report>(server, `/api/stories/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e instanceof InputError && /HTTP 404|no story/i.test(e.problem)) return null;
    throw e;
  }
}

/** Every story the server holds, page by page (the API answers at most one page a call). */
export async function serverStories(server: ServedBy): Promise<StorySummary[]> {
  const out: StorySummary[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const page: { stories: StorySummary[]; nextOffset?: number | null } = await call(server, `/api/stories?limit=200&offset=${offset}`);
    out.push(...page.stories);
    offset = page.nextOffset ?? null;
  }
  return out;
}

/** One API call, retried while the server is busy (503/429); its error message otherwise. */
async function call<T>(server: ServedBy, path: string, init: { method?: string; body?: unknown; token?: string | undefined } = {}): Promise<T> {
  const where = `${server.url} (\`triangulate serve\`, process ${server.pid})`;
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(server.url + path, {
        method: init.method ?? "GET",
        headers: {
          Accept: "application/json",
          ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}),
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch (e) {
      throw new InputError(where, `holds the store but did not answer (${(e as Error).message}); check that it still runs, or stop it and run the command again`);
    }
    if ((res.status === 503 || res.status === 429) && attempt < 20) {
      const after = Number(res.headers.get("Retry-After"));
      await new Promise((r) => setTimeout(r, Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : Math.min(250 * 2 ** attempt, 5000)));
      continue;
    }
    const data = (await res.json().catch(() => null)) as (T & { error?: unknown }) | null;
    if (res.ok && data !== null) return data;
    const why = typeof data?.error === "string" ? data.error : `HTTP ${res.status}`;
    if (res.status === 401) throw new InputError(where, `refused the request (${why}); set TRIANGULATE_API_TOKEN to the server's token`);
    throw new InputError(where, `refused ${init.method ?? "GET"} ${path}: ${why}`);
  }
}

/**
 * Commands that write refuse a store whose own checks disagree (a table file that lost pages, a
 * schema from a newer Triangulate): writing into it would bury the damage under new rows. The
 * store is closed before the error is thrown.
 */
export async function refuseDamaged(store: Store): Promise<Store> {
  const problems = await store.check().catch(async (e: unknown) => {
    await store.close();
    throw e;
  });
  if (problems.length === 0) return store;
  await store.close();
  throw new InputError(store.location, `${problems.join("; ")}; nothing was changed. The store looks damaged: restore it from a backup, or move it aside and ingest your sources again (\`triangulate status\` shows its checks)`);
}

/** The store these options name, opened by a command that writes to it (refused when damaged). */
export async function openForWriting(db: string | undefined, io: Io): Promise<Store> {
  return refuseDamaged(await openNamed(db, io));
}

/** The store these options name, waiting for its lock with a word on stderr. */
export function openNamed(db: string | undefined, io: Io): Promise<Store> {
  return openStore({ db, env: io.env, cwd: io.cwd, onWait: (m) => io.stderr(`triangulate: ${m}\n`) });
}
