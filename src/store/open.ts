// Which store a command uses: `--db PATH` (a PGlite folder, or a postgres:// URL), else
// DATABASE_URL (a PostgreSQL server), else the `.triangulate/` folder in the working directory.
import { resolve } from "node:path";
import { openPglite } from "./pglite.js";
import { openPostgres } from "./postgres.js";
import { sqlStore } from "./sql-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DIR = ".triangulate";

export interface OpenOptions {
  readonly db?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** PostgreSQL schema (tests isolate runs with it). */
  readonly schema?: string;
  readonly lockWaitMs?: number;
  /** Told once when the embedded store is held by another process and this one waits for it. */
  readonly onWait?: (message: string) => void;
}

const isPgUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/** The server URL these options name, or undefined for the embedded store. */
function serverUrl(opts: Pick<OpenOptions, "db" | "env">): string | undefined {
  return opts.db !== undefined ? (isPgUrl(opts.db) ? opts.db : undefined) : opts.env?.["DATABASE_URL"] || undefined;
}

/** The embedded store's folder these options name, or null when they name a PostgreSQL server. */
export function embeddedFolder(opts: Pick<OpenOptions, "db" | "env" | "cwd">): string | null {
  return serverUrl(opts) !== undefined ? null : resolve(opts.cwd ?? process.cwd(), opts.db ?? DEFAULT_DIR);
}

export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  const url = serverUrl(opts);
  if (url !== undefined) return sqlStore(await openPostgres(url, opts.schema !== undefined ? { schema: opts.schema } : {}));
  const dir = embeddedFolder(opts)!;
  return sqlStore(await openPglite(dir, { ...(opts.lockWaitMs !== undefined ? { lockWaitMs: opts.lockWaitMs } : {}), ...(opts.onWait ? { onWait: opts.onWait } : {}) }));
}
