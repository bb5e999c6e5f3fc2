// EDGE: reads the shipped kb snapshot (data/kb/) from disk. Everything after reading is pure
// (snapshot.ts parses, kb.ts indexes). A corrupt or truncated file is a clear InputError naming
// the file and the fix; nothing is rewritten here (refresh.ts writes snapshots atomically).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kb } from "../domain/kb.js";
import { InputError } from "../domain/errors.js";
import { createKb } from "./kb.js";
import { parseEvents, parseSnapshot, type Snapshot } from "./snapshot.js";

/** data/kb in the package (src/kb → ../../data/kb; dist/src/kb → ../../../data/kb). */
export function defaultKbDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ["../..", "../../.."]) {
    const dir = path.resolve(here, up, "data/kb");
    if (existsSync(path.join(dir, "officeholders.json"))) return dir;
  }
  return path.resolve(here, "../../data/kb");
}

export function emptyKb(): Kb {
  return { asOf: "1970-01-01", termsForPerson: () => [], holders: () => [], events: () => [], sources: [] };
}

const FIX = "restore it with `git checkout data/kb` or rebuild it with `triangulate kb refresh`";

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(file, `cannot read the kb snapshot (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); ${FIX}`);
  }
}

function parse<T>(file: string, f: (json: string) => T): T {
  const json = read(file);
  try {
    return f(json);
  } catch (e) {
    throw new InputError(file, `kb snapshot is unusable: ${(e as Error).message}; ${FIX}`);
  }
}

/**
 * Load the kb: officeholders.json (required), heads-2026-wlc.json and events.json (optional).
 * `dir` defaults to the shipped snapshot; `kb refresh` writes the same files to another folder.
 */
export function loadKb(opts: { dir?: string } = {}): Kb {
  const dir = opts.dir ?? defaultKbDir();
  const main = parse(path.join(dir, "officeholders.json"), (j) => parseSnapshot(j, "officeholders"));
  const supplements: Snapshot[] = [];
  const heads = path.join(dir, "heads-2026-wlc.json");
  if (existsSync(heads)) supplements.push(parse(heads, (j) => parseSnapshot(j, "heads-2026-wlc", "low")));
  const eventsFile = path.join(dir, "events.json");
  const events = existsSync(eventsFile) ? parse(eventsFile, parseEvents) : [];
  return createKb(main, supplements, events);
}
