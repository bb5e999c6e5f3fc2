// A new embedded store costs ~15 s (PostgreSQL's initdb in WebAssembly, then the migrations); the
// browser tests that need one copy a template made once per machine and schema instead (~1 s).
// The template is keyed by the migrations, so a schema change makes a new one; it is built aside
// and renamed into place, so parallel test files never see half of one.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { openStore } from "../../src/store/open.js";

const KEY = createHash("sha256").update(MIGRATIONS.map((m) => `${m.id}\n${m.sql}`).join("\n")).digest("hex").slice(0, 16);
const TEMPLATE = join(tmpdir(), `triangulate-test-store-${KEY}`);

/** A fresh, empty, migrated store folder at `dir` (which must not exist yet). */
export async function freshStoreDir(dir: string): Promise<void> {
  if (!existsSync(join(TEMPLATE, "pgdata", "PG_VERSION"))) {
    const aside = await mkdtemp(join(tmpdir(), "triangulate-test-store-build-"));
    const store = await openStore({ db: join(aside, "db") });
    await store.close();
    await rename(join(aside, "db"), TEMPLATE).catch(() => undefined); // another file may have won the race: theirs is as good
    await rm(aside, { recursive: true, force: true });
  }
  await cp(TEMPLATE, dir, { recursive: true, filter: (src) => !/[\\/](lock(\.[^\\/]*)?|server\.json)$/.test(src) });
}
