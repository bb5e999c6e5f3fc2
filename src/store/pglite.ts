// Embedded backend: PostgreSQL compiled to WASM (PGlite) in a folder, the default so that a
// laptop needs no server. One process at a time may open a folder (a lock file says who), since
// two PGlite instances writing one data directory would corrupt it.
import { randomBytes } from "node:crypto";
import { link, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, statfs, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { InputError, isDiskFull } from "../domain/errors.js";
import type { Driver, Queryable } from "./driver.js";
import { stale, startTime } from "./process.js";
import { servedBy, StoreServedError } from "./served.js";

export interface PgliteOptions {
  /** How long to wait for another process holding the folder. */
  readonly lockWaitMs?: number;
  /** Told once when another process holds the folder and this one starts to wait. */
  readonly onWait?: (message: string) => void;
  /** Writing statements between two maintenance rounds (default MAINTAIN_EVERY). */
  readonly maintainEvery?: number;
}

/** Writing statements between two rounds of the maintenance a server's autovacuum does. */
const MAINTAIN_EVERY = 1000;
/**
 * Tables vacuumed: those whose rows are updated or deleted all the time, and feature_postings,
 * insert-only, whose new pages only vacuum marks all-visible (the posting lookup then reads the
 * index alone instead of a heap page per posting, scattered in insertion order).
 */
const UPDATED = ["jobs", "stories", "assign_pending", "feature_df", "grouping_totals", "story_articles", "feature_postings"];
/** Insert-only tables that story assignment queries: their statistics are refreshed. */
const GROWING = ["story_articles"];
/** Statements that write rows (a CTE may write too, so WITH counts). */
const WRITES = /^\s*(INSERT|UPDATE|DELETE|WITH)\b/i;

export async function openPglite(dir: string, opts: PgliteOptions = {}): Promise<Driver> {
  const created = await prepareFolder(dir);
  try {
    return await startPglite(dir, opts);
  } catch (e) {
    // A folder this call made is removed again when nothing could be stored in it (rmdir only
    // removes it empty, so a store another process began meanwhile is left alone).
    if (created) await rmdir(dir).catch(() => undefined);
    throw e;
  }
}

async function startPglite(dir: string, opts: PgliteOptions): Promise<Driver> {
  const release = await lockFolder(dir, opts.lockWaitMs ?? 60_000, opts.onWait);
  const dataDir = join(dir, "pgdata");
  let fresh: boolean;
  try {
    fresh = await checkDataDir(dir, dataDir);
  } catch (e) {
    await release();
    throw e;
  }
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir });
    await db.query("SELECT 1");
  } catch (e) {
    // A store this call began to create is removed again, so the next try starts clean.
    if (fresh) await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    await release();
    // PGlite reports a full disk at start-up as an abort, not as ENOSPC: a store that will not open on a
    // (nearly) full disk is far more likely intact than damaged, and must not be moved aside for it.
    const free = await freeBytes(dir);
    if (isDiskFull(e) || free < LOW_SPACE) throw new InputError(dir, `could not be ${fresh ? "created" : "opened"}: the disk is full (${mbFree(free)} free); free some space or pass --db a folder on another disk${fresh ? "" : " (the store itself is likely intact: keep it)"}`);
    throw new InputError(dir, `could not be opened as a store (${short(e)}); the store looks damaged: move it aside and ingest again, or pass --db another folder`);
  }
  // PGlite has no autovacuum daemon and no checkpointer: after every `maintainEvery` writing
  // statements (in transactions or not) the store does what they would, or the tables updated on
  // every job (jobs, stories) fill with dead row versions and write-ahead log piles up (2.9 GB at
  // 100k articles). Reads do not count, so an idle worker polling the queue does not trigger it.
  let writes = 0;
  const every = opts.maintainEvery ?? MAINTAIN_EVERY;
  const wrap = (q: Pick<PGlite, "query">): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      if (WRITES.test(sql)) writes++;
      return (await q.query<T>(sql, [...params])).rows;
    },
  });
  const maintain = async () => {
    if (writes < every) return;
    writes = 0;
    // One statement per call: several in one string run as one implicit transaction, where VACUUM
    // is refused. What came before has committed, so a failed round is nobody's failure.
    await db.exec(`VACUUM (ANALYZE) ${UPDATED.join(", ")}`).catch(() => undefined);
    await db.exec(`ANALYZE ${GROWING.join(", ")}`).catch(() => undefined);
    await db.exec("CHECKPOINT").catch(() => undefined);
  };
  const plain = wrap(db);
  return {
    kind: "pglite",
    location: dir,
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const rows = await plain.query<T>(sql, params);
      await maintain();
      return rows;
    },
    async transaction(fn) {
      const result = await db.transaction((tx) => fn(wrap(tx)));
      await maintain();
      return result;
    },
    sizeBytes: () => folderSize(join(dir, "pgdata")),
    async close() {
      try {
        if (!db.closed) await db.close();
      } finally {
        await release();
      }
    },
  };
}

/** Below this much free space PGlite cannot start (it writes its WAL and temporary files at once). */
const LOW_SPACE = 32 * 1024 * 1024;

/** Free bytes on the disk holding `dir` for this user (Infinity when it cannot be told). */
async function freeBytes(dir: string): Promise<number> {
  try {
    const s = await statfs(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return Infinity;
  }
}

const mbFree = (n: number) => (Number.isFinite(n) ? `${(n / 1024 / 1024).toFixed(1)} MB` : "little space");

/** Checks (and makes) the store folder; true when this call created it. */
async function prepareFolder(dir: string): Promise<boolean> {
  let created: boolean;
  try {
    created = (await mkdir(dir, { recursive: true })) !== undefined;
  } catch (e) {
    throw new InputError(dir, `cannot create the store folder (${short(e)}); pass --db a writable folder`);
  }
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (e) {
    throw new InputError(dir, `cannot read the store folder (${short(e)}); pass --db a readable folder`);
  }
  // Another process opening the store at the same moment may have its lock or write probe here.
  const foreign = entries.filter((e) => e !== "pgdata" && e !== "lock" && !e.startsWith("lock.") && !e.startsWith(".write-test"));
  if (!entries.includes("pgdata") && foreign.length > 0) {
    throw new InputError(dir, `is not a Triangulate store (it holds ${foreign.slice(0, 3).join(", ")}); pass --db an empty or new folder`);
  }
  try {
    const probe = join(dir, `.write-test.${process.pid}.${randomBytes(4).toString("hex")}`);
    await (await open(probe, "w")).close();
    await rm(probe);
  } catch (e) {
    throw new InputError(dir, `is not writable (${short(e)}); fix its permissions or pass --db another folder`);
  }
  return created;
}

// Files PostgreSQL needs to find a data directory's contents. Started without them, PGlite would
// quietly create a new, empty database over the old one: the store would look empty and the next
// ingest would write into it.
const ESSENTIAL = ["PG_VERSION", join("global", "pg_control"), "base"];

/** True for a new store (no data directory yet); throws when an existing one is missing essential files. */
async function checkDataDir(dir: string, dataDir: string): Promise<boolean> {
  const entries = await readdir(dataDir).catch(() => null);
  if (entries === null || entries.length === 0) return true;
  const missing: string[] = [];
  for (const f of ESSENTIAL) if (!(await stat(join(dataDir, f)).catch(() => null))) missing.push(f);
  if (missing.length > 0) {
    throw new InputError(dir, `is damaged: its database files are incomplete (pgdata/${missing.join(", pgdata/")} missing), so it was not opened and nothing was changed; restore the folder from a backup, or move it aside and ingest your sources again`);
  }
  return false;
}

/**
 * Takes the folder's lock file, waiting up to waitMs for another process to release it. The file
 * appears whole or not at all (written aside, then hard-linked into place, which fails if a lock
 * exists), and names its holder by process id and start time, so a lock left by a killed process
 * is recognised even when a restarted container gives a new process the same id.
 */
async function lockFolder(dir: string, waitMs: number, onWait?: (message: string) => void): Promise<() => Promise<void>> {
  let told = false;
  const path = join(dir, "lock");
  const me = `${process.pid} ${startTime(process.pid) ?? ""}`.trim();
  const deadline = Date.now() + waitMs;
  for (;;) {
    const aside = join(dir, `lock.${process.pid}.${randomBytes(4).toString("hex")}`);
    try {
      await writeFile(aside, me);
      await link(aside, path);
      return () => rm(path, { force: true });
    } catch (e) {
      if (isDiskFull(e)) {
        const existing = await stat(join(dir, "pgdata")).then(() => true, () => false);
        throw new InputError(dir, existing
          ? "cannot lock the store: the disk is full; free some space (the store itself is likely intact: keep it)"
          : `could not be created: the disk is full (${mbFree(await freeBytes(dir))} free); free some space or pass --db a folder on another disk`);
      }
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new InputError(dir, `cannot lock the store (${short(e)}); check the folder's permissions`);
    } finally {
      await rm(aside, { force: true });
    }
    const held = await readFile(path, "utf8").catch(() => null);
    if (held === null) continue; // released meanwhile
    const holder = Number(held.trim().split(/\s+/)[0]);
    if (stale(held)) {
      await removeStale(path, held);
      continue;
    }
    const server = servedBy(dir);
    if (server !== null && server.pid === holder) throw new StoreServedError(dir, server);
    if (Date.now() > deadline) {
      throw new InputError(dir, `is in use by process ${holder}; wait for it to finish, or use a PostgreSQL server (DATABASE_URL) so several processes can share a store (if no Triangulate process uses it, delete ${path})`);
    }
    if (!told) {
      told = true;
      onWait?.(`${dir} is in use by process ${holder}; waiting up to ${Math.round(waitMs / 1000)} s for it to finish`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}


/** Removes a stale lock, unless another process replaced it meanwhile (then it is put back). */
async function removeStale(path: string, held: string): Promise<void> {
  const moved = `${path}.stale.${randomBytes(4).toString("hex")}`;
  try {
    await rename(path, moved);
  } catch {
    return; // gone already
  }
  const content = await readFile(moved, "utf8").catch(() => null);
  if (content !== null && content !== held) await link(moved, path).catch(() => undefined);
  await rm(moved, { force: true });
}



async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

function short(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { name?: string };
  if (err && typeof err === "object" && err.name === "ErrnoError") return `file system error ${String(err.errno)}`;
  return err?.code ?? (err?.message ?? String(e)).split("\n")[0]!.slice(0, 160);
}
