// Server backend: a PostgreSQL server named by DATABASE_URL, shared by any number of ingest and
// worker processes on any number of machines. A schema name isolates test runs.
import pg from "pg";
import { InputError } from "../domain/errors.js";
import type { Driver, Queryable } from "./driver.js";

export interface PostgresOptions {
  /** Use (and create) this schema instead of `public`. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/** The URL without its password, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}

/**
 * Session settings: the URL's own `options` (node-postgres would let them replace ours), the
 * schema, and no JIT: JIT compiling pays off for long analytic queries, ours are short, and a
 * stale row estimate on a fast-growing table made the planner spend 10-20 ms compiling each
 * story assignment.
 */
function withOptions(url: string, schema: string | undefined): { connectionString: string; options: string } {
  const options = ["-c jit=off", ...(schema ? [`-c search_path=${schema}`] : [])];
  try {
    const u = new URL(url);
    const own = u.searchParams.get("options");
    if (own === null) return { connectionString: url, options: options.join(" ") };
    u.searchParams.delete("options");
    return { connectionString: u.toString(), options: [own, ...options].join(" ") };
  } catch {
    return { connectionString: url, options: options.join(" ") };
  }
}

/**
 * Whether an error means the server went away (stopped, restarted, network cut) rather than that
 * a statement was wrong: the command can wait and go on where it was.
 */
export function isConnectionLoss(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  if (!err || typeof err !== "object") return false;
  const code = typeof err.code === "string" ? err.code : "";
  if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTCONN)$/.test(code)) return true;
  // SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart).
  if (/^08/.test(code) || /^57P0[123]$/.test(code)) return true;
  const msg = typeof err.message === "string" ? err.message : "";
  return /Connection terminated|connection timeout|terminating connection|the database system is (shutting down|starting up)|Client has encountered a connection error/i.test(msg);
}

/** SQLSTATE of a transaction PostgreSQL aborted to break a deadlock. */
const DEADLOCK = "40P01";

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<Driver> {
  const where = redactUrl(url);
  if (opts.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new InputError(opts.schema, "is not a valid schema name; use lower-case letters, digits and _");
  const { connectionString, options } = withOptions(url, opts.schema);
  const pool = new pg.Pool({ connectionString, options, max: opts.maxConnections ?? 4, connectionTimeoutMillis: 10_000 });
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    try {
      if (opts.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new InputError(where, `could not connect (${err.code ?? err.message}); check DATABASE_URL and that the server is running`);
  }
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, [...params])).rows as T[];
    },
  });
  return {
    kind: "postgres",
    location: where,
    ...wrap(pool),
    async transaction(fn) {
      // Two ingests of overlapping batches in different orders can deadlock; PostgreSQL then
      // aborts one, whose transaction (all of it rolled back) simply runs again.
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        // A checked-out client whose connection drops emits "error"; unheard, that ends the
        // process. The failed query rejects as well, and that is where the error is handled.
        const ignore = () => undefined;
        client.on("error", ignore);
        let broken: Error | undefined;
        try {
          await client.query("BEGIN");
          const out = await fn(wrap(client));
          await client.query("COMMIT");
          return out;
        } catch (e) {
          // A client whose connection broke is discarded, not handed back to the pool.
          if (isConnectionLoss(e)) broken = e as Error;
          else await client.query("ROLLBACK").catch(() => undefined);
          if ((e as { code?: string })?.code !== DEADLOCK || attempt >= 5) throw e;
        } finally {
          client.off("error", ignore);
          client.release(broken);
        }
        await new Promise((r) => setTimeout(r, 20 * attempt * Math.random()));
      }
    },
    async sizeBytes() {
      const rows = (await pool.query<{ n: string }>("SELECT pg_database_size(current_database())::text AS n")).rows;
      return Number(rows[0]?.n ?? 0);
    },
    close: () => pool.end(),
  };
}
