// Which kb snapshot the CLI uses: --kb DIR, else TRIANGULATE_KB_DIR, else a refreshed snapshot in
// .triangulate/kb (written by `triangulate kb refresh`), else the one shipped in data/kb.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Kb } from "../domain/kb.js";
import { loadKb } from "../kb/load.js";
import type { Io } from "./io.js";

export function kbDir(io: Io, flag?: string): string | undefined {
  if (flag) return resolve(io.cwd, flag);
  if (io.env["TRIANGULATE_KB_DIR"]) return resolve(io.cwd, io.env["TRIANGULATE_KB_DIR"]);
  const local = join(io.cwd, ".triangulate", "kb");
  return existsSync(join(local, "officeholders.json")) ? local : undefined;
}

export function cliKb(io: Io, flag?: string): Kb {
  const dir = kbDir(io, flag);
  return dir ? loadKb({ dir }) : loadKb();
}
