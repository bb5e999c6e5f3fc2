// Dependencies point one way: domain ← similarity, lexicon ← kb ← annotate ← the analysis stages
// (in pipeline order) ← pipeline ← edges (ingest and store, then threads, then server and web, then cli). Every import in src/
// against that direction fails this test, except the known leaks listed below, which are being
// removed (issue 24) — a listed leak that is gone fails too, so the list only shrinks.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

/** Folder → rank; a folder may import folders of a lower rank, or of its own rank earlier in `order`. */
const RANK: Record<string, number> = {
  domain: 0, similarity: 1, lexicon: 1, kb: 2, annotate: 3,
  stories: 4, provenance: 4, claims: 4, crosscheck: 4, signals: 4, report: 4,
  pipeline: 5, ingest: 6, store: 6, threads: 7, server: 8, web: 8, cli: 9,
};
/** Within a rank, the order data flows in: a later folder may use an earlier one. */
const ORDER = ["similarity", "lexicon", "stories", "provenance", "claims", "crosscheck", "signals", "report"];

/** Leaks that exist today (file → imported file), to be removed; nothing may be added here. */
const KNOWN_LEAKS = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  const [a, b] = [RANK[from], RANK[to]];
  if (a === undefined || b === undefined) return false;
  if (b < a) return true;
  return a === b && ORDER.indexOf(to) >= 0 && ORDER.indexOf(to) < ORDER.indexOf(from);
}

function leaks(): string[] {
  const found: string[] = [];
  for (const file of files(SRC)) {
    const from = relative(SRC, file).split("/")[0]!;
    for (const m of readFileSync(file, "utf8").matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)) {
      const target = normalize(join(dirname(file), m[1]!)).replace(/\.js$/, ".ts");
      const rel = relative(SRC, target);
      if (rel.startsWith("..")) continue;
      const to = rel.split("/")[0]!;
      if (!allowed(from, to)) found.push(`${relative(SRC, file)} -> ${rel}`);
    }
  }
  return [...new Set(found)].sort();
}

describe("import direction", () => {
  it("every folder of src/ has a rank", () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect(folders.filter((f) => RANK[f] === undefined)).toEqual([]);
  });

  it("no import goes against the direction beyond the known leaks, and every known leak still exists", () => {
    const now = leaks();
    expect(now.filter((l) => !KNOWN_LEAKS.has(l))).toEqual([]);
    expect([...KNOWN_LEAKS].filter((l) => !now.includes(l))).toEqual([]);
  });

  it("would catch a stage importing the pipeline, and an edge imported by a stage", () => {
    expect(allowed("crosscheck", "pipeline")).toBe(false);
    expect(allowed("report", "web")).toBe(false);
    expect(allowed("store", "ingest")).toBe(false);
    expect(allowed("claims", "annotate")).toBe(true);
    expect(allowed("annotate", "claims")).toBe(false);
    expect(allowed("web", "server")).toBe(false);
    expect(allowed("server", "web")).toBe(false);
  });
});
