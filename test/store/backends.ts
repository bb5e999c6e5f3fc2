// The store backends every conformance case runs against: PGlite always; a PostgreSQL server
// when TEST_DATABASE_URL is set (scripts/ci-postgres.sh prints one), each run in its own schema.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";

export interface Backend {
  readonly name: string;
  /** Why the backend is skipped, or null when it runs. */
  readonly skip: string | null;
  open(): Promise<Store>;
  /** Removes what open() created. */
  cleanup(): Promise<void>;
}

export function pgliteBackend(): Backend {
  let dir: string | null = null;
  return {
    name: "pglite",
    skip: null,
    async open() {
      dir ??= await mkdtemp(join(tmpdir(), "tri-store-"));
      return openStore({ db: dir });
    },
    async cleanup() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export function serverBackend(): Backend {
  const url = process.env["TEST_DATABASE_URL"];
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: "postgres",
    skip: url ? null : "TEST_DATABASE_URL is not set (run `eval \"$(scripts/ci-postgres.sh)\"` to start a server)",
    open: () => openStore({ db: url!, schema }),
    async cleanup() {
      if (!url) return;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

export function backends(): Backend[] {
  const all = [pgliteBackend(), serverBackend()];
  for (const b of all) if (b.skip) console.log(`store conformance: skipping ${b.name}: ${b.skip}`);
  return all;
}
