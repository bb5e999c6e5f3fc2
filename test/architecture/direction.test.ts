// Dependencies point one way: domain ← similarity, lexicon ← kb ← annotate ← the analysis stages
// (in pipeline order) ← pipeline ← edges (ingest and store, then threads, then server and web, then
// cli). Every import in src/ against that direction fails this test. Two more fences: annotate/steps/
// is annotate's inside (later stages use what annotate made, or lexicon/, never a step), and files,
// network and threads are touched only by the edges and the few modules that read files for the
// rest (the kb's loaders, the annotator's fingerprint), which only edges may import.
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
/** Folders at the edge: they may read files, the network, threads. */
const EDGES = new Set(["ingest", "store", "threads", "server", "web", "cli"]);
/** Modules inside the pure folders that read files for the rest; only edges (and their own folder) import them. */
const FILE_READERS = new Set(["kb/load.ts", "kb/refresh.ts", "annotate/version.ts"]);
/** Node modules that touch files, the network, processes or threads. */
const IO = /^(?:node:)?(?:fs|fs\/promises|net|http|https|http2|dgram|dns|child_process|worker_threads|cluster)$|^(?:undici|pg|@electric-sql\/pglite)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const folderOf = (file: string) => file.split("/")[0]!;

function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  const [a, b] = [RANK[from], RANK[to]];
  if (a === undefined || b === undefined) return false;
  if (b < a) return true;
  return a === b && ORDER.indexOf(to) >= 0 && ORDER.indexOf(to) < ORDER.indexOf(from);
}

/** Whether `file` (relative to src/) importing `target` (a file relative to src/, or a package name) breaks a rule. */
function leak(file: string, target: string): boolean {
  const from = folderOf(file);
  if (!target.includes("/") || !target.endsWith(".ts")) return IO.test(target) && !EDGES.has(from) && !FILE_READERS.has(file);
  const to = folderOf(target);
  if (!allowed(from, to)) return true;
  if (target.startsWith("annotate/steps/") && from !== "annotate") return true;
  return FILE_READERS.has(target) && from !== to && !EDGES.has(from);
}

function leaks(): string[] {
  const found: string[] = [];
  for (const path of files(SRC)) {
    const file = relative(SRC, path);
    for (const m of readFileSync(path, "utf8").matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']/g)) {
      const spec = (m[1] ?? m[2])!;
      const target = spec.startsWith(".") ? relative(SRC, normalize(join(dirname(path), spec)).replace(/\.js$/, ".ts")) : spec;
      if (target.startsWith("..")) continue;
      if (leak(file, target)) found.push(`${file} -> ${target}`);
    }
  }
  return [...new Set(found)].sort();
}

describe("import direction", () => {
  it("every folder of src/ has a rank", () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect(folders.filter((f) => RANK[f] === undefined)).toEqual([]);
  });

  it("no import goes against the direction", () => {
    expect(leaks()).toEqual([]);
  });

  it("would catch every leak issue 24 found", () => {
    const found = [
      ["crosscheck/index.ts", "pipeline/context.ts"], // a stage importing the orchestrator
      ["crosscheck/rules/anachronism.ts", "pipeline/context.ts"],
      ["report/render/common.ts", "web/client/labels.ts"], // the report depending on the UI
      ["store/sql-store.ts", "ingest/url.ts"], // one edge importing another of its rank
      ["claims/other.ts", "annotate/steps/entities.ts"], // a stage reaching into annotate's steps
      ["crosscheck/support.ts", "annotate/steps/entities.ts"],
      ["signals/tells/phrase-stuffing.ts", "annotate/steps/entities.ts"],
      ["web/client/api.ts", "server/deps.ts"], // server and web importing each other
      ["server/app.ts", "web/routes.ts"],
      ["pipeline/pool-thread.ts", "store/report-pack.ts"], // threads and store glue in pipeline/
      ["pipeline/stored.ts", "store/store.ts"],
      ["pipeline/parallel.ts", "node:worker_threads"],
      ["crosscheck/rules/anachronism.ts", "kb/load.ts"], // a stage reading the kb's files
      ["kb/timeframe.ts", "node:fs"],
      ["stories/story-index.ts", "pg"],
    ];
    expect(found.filter(([file, target]) => !leak(file!, target!))).toEqual([]);
  });

  it("lets the direction's own imports through", () => {
    const fine = [
      ["claims/extract.ts", "annotate/annotate.ts"], ["crosscheck/index.ts", "domain/context.ts"],
      ["crosscheck/rules/anachronism.ts", "kb/evidence.ts"], ["report/render/common.ts", "domain/labels.ts"],
      ["threads/pool-thread.ts", "store/report-pack.ts"], ["threads/pool-thread.ts", "kb/load.ts"],
      ["store/stored-docs.ts", "annotate/persist.ts"], ["annotate/persist.ts", "annotate/version.ts"],
      ["cli/commands/serve.ts", "web/routes.ts"], ["web/client/api.ts", "domain/api.ts"], ["kb/load.ts", "node:fs"],
      ["annotate/persist.ts", "node:zlib"], ["stories/story-index.ts", "node:crypto"],
    ];
    expect(fine.filter(([file, target]) => leak(file!, target!))).toEqual([]);
    expect(allowed("annotate", "claims")).toBe(false);
  });
});
