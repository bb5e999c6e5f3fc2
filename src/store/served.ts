// An embedded store folder served by `triangulate serve`: the server owns the folder (its lock)
// and says where it listens in DIR/server.json, so other commands can go through its API instead
// of waiting for the lock. The file counts only while the process it names holds the lock.
import { readFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../domain/errors.js";
import { stale, startTime } from "./process.js";

export interface ServedBy {
  /** Where the server listens, e.g. http://127.0.0.1:8787. */
  readonly url: string;
  readonly pid: number;
}

const FILE = "server.json";

/** Says that this process serves `dir` at `url`; the returned function takes it back (on close). */
export async function announceServer(dir: string, url: string): Promise<() => Promise<void>> {
  const path = join(dir, FILE);
  const aside = `${path}.${process.pid}`;
  await writeFile(aside, JSON.stringify({ url, pid: process.pid, started: startTime(process.pid) }));
  await rename(aside, path);
  return () => rm(path, { force: true });
}

/** The live server that holds `dir`, or null (none, or a file left by a server that died). */
export function servedBy(dir: string): ServedBy | null {
  let entry: { url?: unknown; pid?: unknown; started?: unknown };
  let lock: string;
  try {
    entry = JSON.parse(readFileSync(join(dir, FILE), "utf8")) as typeof entry;
    lock = readFileSync(join(dir, "lock"), "utf8");
  } catch {
    return null;
  }
  const { url, pid, started } = entry;
  if (typeof url !== "string" || !/^http:\/\/[^/\s]+$/.test(url) || typeof pid !== "number") return null;
  const holder = `${pid} ${typeof started === "string" ? started : ""}`.trim();
  if (lock.trim() !== holder || stale(lock)) return null;
  return { url, pid };
}

/** Opening a store folder that a running `triangulate serve` holds: go through its API instead. */
export class StoreServedError extends InputError {
  constructor(dir: string, readonly server: ServedBy) {
    super(dir, `is served by \`triangulate serve\` (process ${server.pid}, ${server.url}): \`ingest\`, \`status\`, \`stories\` and \`report\` go through that server; stop it for other commands, or use a PostgreSQL server (DATABASE_URL) so several processes can share a store`);
  }
}
