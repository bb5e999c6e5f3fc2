// What makes annotations: annotate.ts and every module it imports (steps, word lists, gazetteers,
// the kb modules a step reads), their JSON word lists, and the versions of the libraries they call
// (chrono-node, wink-nlp). A hash of all of it names the annotator, so a store re-annotates a doc
// made by other code or other word lists, even when the change does not show on a probe text.
// Read once per process, from the files that are running (src/*.ts under tsx, dist/*.js when
// built): about 30 files, a few milliseconds.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** A module's runtime imports: `import … from "x"`, `export … from "x"`, `import("x")`; `import type` is left out. */
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

export interface Fingerprint {
  readonly hash: string;
  /** What was hashed: files relative to the entry's folder's parent, and `package@version` for libraries. */
  readonly parts: readonly string[];
}

/**
 * Hashes `entry` and the modules and JSON files it imports, transitively, plus the versions of the
 * packages they import. `read` is injectable for tests.
 */
export function codeFingerprint(entry: string, read: (file: string) => string | null = readOrNull): Fingerprint {
  const root = path.dirname(path.dirname(entry));
  const hash = createHash("sha256");
  const parts: string[] = [];
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolveModule(entry, read) ?? entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    if (text === null) continue;
    parts.push(path.relative(root, file));
    hash.update(`${path.relative(root, file)}\0${text}\0`);
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith(".")) {
        const target = resolveModule(path.resolve(path.dirname(file), spec), read);
        if (target) queue.push(target);
      } else if (!spec.startsWith("node:")) {
        packages.add(packageName(spec));
      }
    }
  }
  for (const name of [...packages].sort()) {
    const part = `${name}@${packageVersion(name, entry)}`;
    parts.push(part);
    hash.update(`${part}\0`);
  }
  return { hash: hash.digest("hex").slice(0, 16), parts };
}

/** "./x.js" is ./x.ts in the sources and ./x.js when built; JSON and other files are taken as named. */
function resolveModule(file: string, read: (file: string) => string | null): string | null {
  const candidates = /\.js$/.test(file) ? [file, file.replace(/\.js$/, ".ts")] : [file, `${file}.ts`, `${file}.js`];
  return candidates.find((c) => read(c) !== null) ?? null;
}

function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function packageVersion(name: string, from: string): string {
  try {
    const require = createRequire(from);
    let dir = path.dirname(require.resolve(name));
    while (dir !== path.dirname(dir)) {
      const file = path.join(dir, "package.json");
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? "?";
      }
      dir = path.dirname(dir);
    }
  } catch {
    // A package that cannot be resolved from here is named without a version.
  }
  return "?";
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
