// Embedded backend: PostgreSQL compiled to WASM (PGlite) in a folder, the default so that a
// laptop needs no server. One process at a time may open a folder (a lock file says who), since
// two PGlite instances writing one data directory would corrupt it.
import { mkdir, open, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { InputError } from "../domain/errors.js";
import type { Driver, Queryable } from "./driver.js";

export interface PgliteOptions {
  /** How long to wait for another process holding the folder. */
  readonly lockWaitMs?: number;
  /** Transactions between two maintenance rounds (default MAINTAIN_EVERY). */
  readonly maintainEvery?: number;
}

/** Transactions between two rounds of the maintenance a server's autovacuum does. */
const MAINTAIN_EVERY = 256;
/** Tables whose rows are updated or deleted all the time. */
const UPDATED = ["jobs", "stories", "assign_pending"];
/** Insert-only tables that story assignment queries: their statistics are refreshed. */
const GROWING = ["article_keys", "story_articles"];

export async function openPglite(dir: string, opts: PgliteOptions = {}): Promise<Driver> {
  await prepareFolder(dir);
  const release = await lockFolder(dir, opts.lockWaitMs ?? 60_000);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: join(dir, "pgdata") });
    await db.query("SELECT 1");
  } catch (e) {
    await release();
    throw new InputError(dir, `could not be opened as a store (${short(e)}); the store looks damaged: move it aside and ingest again, or pass --db another folder`);
  }
  const wrap = (q: Pick<PGlite, "query">): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, [...params])).rows;
    },
  });
  let writes = 0;
  return {
    kind: "pglite",
    location: dir,
    ...wrap(db),
    async transaction(fn) {
      const result = await db.transaction((tx) => fn(wrap(tx)));
      // PGlite has no autovacuum daemon: do what it would, or the tables updated on every job
      // (jobs, stories) fill with dead row versions and every claim gets slower as the corpus grows.
      // One statement per call: several in one string run as one implicit transaction, where VACUUM
      // is refused. The transaction above has committed, so a failed maintenance round is not its failure.
      if (++writes % (opts.maintainEvery ?? MAINTAIN_EVERY) === 0) {
        await db.exec(`VACUUM (ANALYZE) ${UPDATED.join(", ")}`).catch(() => undefined);
        await db.exec(`ANALYZE ${GROWING.join(", ")}`).catch(() => undefined);
        // Nor has it a checkpointer: without this, write-ahead log piles up (2.9 GB at 100k articles).
        await db.exec("CHECKPOINT").catch(() => undefined);
      }
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

async function prepareFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new InputError(dir, `cannot create the store folder (${short(e)}); pass --db a writable folder`);
  }
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (e) {
    throw new InputError(dir, `cannot read the store folder (${short(e)}); pass --db a readable folder`);
  }
  const foreign = entries.filter((e) => e !== "pgdata" && e !== "lock");
  if (!entries.includes("pgdata") && foreign.length > 0) {
    throw new InputError(dir, `is not a Triangulate store (it holds ${foreign.slice(0, 3).join(", ")}); pass --db an empty or new folder`);
  }
  try {
    const probe = join(dir, ".write-test");
    await (await open(probe, "w")).close();
    await rm(probe);
  } catch (e) {
    throw new InputError(dir, `is not writable (${short(e)}); fix its permissions or pass --db another folder`);
  }
}

async function lockFolder(dir: string, waitMs: number): Promise<() => Promise<void>> {
  const path = join(dir, "lock");
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fh = await open(path, "wx");
      await fh.writeFile(String(process.pid));
      await fh.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new InputError(dir, `cannot lock the store (${short(e)}); check the folder's permissions`);
    }
    const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new InputError(dir, `is in use by process ${holder}; wait for it to finish, or use a PostgreSQL server (DATABASE_URL) so several processes can share a store`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

function short(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? (err?.message ?? String(e)).split("\n")[0]!.slice(0, 160);
}
