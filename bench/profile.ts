// Where the time goes, read from V8 CPU profiles: self time per function and per file, inclusive
// time per pipeline stage (each sample goes to the innermost stage function on its stack), and each
// thread over the run (when it started, first annotated, waited). Not part of
// `npm run bench`; run it on a profiled CLI run (one .cpuprofile per thread):
//   node --no-regexp-tier-up --single-threaded-gc --cpu-prof --cpu-prof-dir=/tmp/prof bin/triangulate.js analyze bench/out/cold-4000.jsonl --format json --out /tmp/r.json
// (with the launcher's flags given, it runs the analysis in its own process instead of a child node whose waiting
// parent would add an idle profile)
//   npx tsx bench/profile.ts /tmp/prof [--top 15]
// A sample's time is the wall time since the one before: on a loaded machine it counts time the thread
// waited for a core too, so read the shares, and CPU seconds from `/usr/bin/time -v`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

interface CallFrame { readonly functionName: string; readonly url: string; readonly lineNumber: number }
interface ProfileNode { readonly id: number; readonly callFrame: CallFrame; readonly children?: readonly number[] }
export interface CpuProfile { readonly nodes: readonly ProfileNode[]; readonly samples: readonly number[]; readonly timeDeltas: readonly number[] }
/** A profile as V8 writes it: with its start and end on the process's clock (microseconds), the same for every thread. */
export interface TimedProfile extends CpuProfile { readonly startTime: number; readonly endTime: number }

/**
 * The pipeline's stages by function name, innermost first when nested: a crosscheck rule's time is the
 * rule's, not crosscheck's; the story index's `add` is clustering.
 */
export const STAGES: readonly string[] = [
  "tokenize", "entities", "linkSurnames", "quantities", "dates", "quotes", "roles", "packTokens", "annotate",
  "add", "groups", "findProvenance", "extractClaims", "inferTimeframe",
  "contradiction", "restatedSentence", "alignedFigure", "eventDate", "origin", "quoteAltered", "arithmetic",
  "corroboration", "singleSource", "anachronism", "crosscheck", "signals",
  "jsonElement", "storyBytes", "encode", "decode", "loadKb",
];

/** "dist/annotate/steps/tokens.js" or "node_modules/wink-nlp/src/cache.js" for a frame's url; "" for V8's own frames. */
export function shortFile(url: string): string {
  const m = /\/((?:dist|src|node_modules|bench)\/.*)$/.exec(url);
  return m ? m[1]! : url.replace(/^file:\/\//, "");
}

/** Microseconds per node id: the time deltas of the samples that hit it. */
function timePerNode(p: CpuProfile): Map<number, number> {
  const out = new Map<number, number>();
  p.samples.forEach((id, i) => out.set(id, (out.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  return out;
}

/** Self time per "function  file:line" (and per file), in microseconds. */
export function selfTime(profiles: readonly CpuProfile[], by: "function" | "file"): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n] as const));
    for (const [id, us] of timePerNode(p)) {
      const cf = byId.get(id)!.callFrame;
      const file = shortFile(cf.url);
      const key = by === "file" ? file || cf.functionName : `${(cf.functionName || "(anonymous)").slice(0, 100)}  ${file}${file ? `:${cf.lineNumber + 1}` : ""}`;
      out.set(key, (out.get(key) ?? 0) + us);
    }
  }
  return out;
}

/** Inclusive time per stage (the innermost stage function on a sample's stack; V8's own frames by name), in microseconds. */
export function stageTime(profiles: readonly CpuProfile[], stages: readonly string[] = STAGES): Map<string, number> {
  const out = new Map<string, number>();
  const names = new Set(stages);
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n] as const));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const memo = new Map<number, string>();
    const stageOf = (id: number): string => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const cf = byId.get(id)!.callFrame;
      const up = parent.get(id);
      // Our own stage functions only: wink-nlp has a `tokenize` too.
      const s = names.has(cf.functionName) && !cf.url.includes("node_modules") ? cf.functionName
        : up === undefined ? "(outside any stage)"
        : stageOrOwn(stageOf(up), cf);
      memo.set(id, s);
      return s;
    };
    for (const [id, us] of timePerNode(p)) { const s = stageOf(id); out.set(s, (out.get(s) ?? 0) + us); }
  }
  return out;
}

/** Outside every stage, V8's own entries (garbage collector, idle, program) keep their names. */
const stageOrOwn = (above: string, cf: CallFrame) => (above === "(outside any stage)" && /^\(.*\)$/.test(cf.functionName) ? cf.functionName : above);

export function readProfiles(dir: string): TimedProfile[] {
  return readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as TimedProfile);
}

/**
 * Each thread over the run: when it started and first annotated (seconds from the earliest profile's start),
 * its idle time, and a line of its time slices (`#` busy, `_` idle over half the slice, ` ` not running):
 * are both cores busy from start to end, or does one wait (startup, the stories' dispatch, the last story)?
 */
export function threadTimelines(profiles: readonly TimedProfile[], sliceUs = 1e6): string[] {
  const t0 = Math.min(...profiles.map((p) => p.startTime));
  const slices = Math.ceil((Math.max(...profiles.map((p) => p.endTime)) - t0) / sliceUs);
  return profiles.map((p, k) => {
    const byId = new Map(p.nodes.map((n) => [n.id, n] as const));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const memo = new Map<number, boolean>();
    const inAnnotate = (id: number): boolean => {
      let known = memo.get(id);
      if (known === undefined) {
        const cf = byId.get(id)!.callFrame;
        const up = parent.get(id);
        known = (cf.functionName === "annotate" && cf.url.includes("annotate/annotate")) || (up !== undefined && inAnnotate(up));
        memo.set(id, known);
      }
      return known;
    };
    const busy = new Float64Array(slices), idle = new Float64Array(slices);
    let t = p.startTime, first: number | null = null, idleAll = 0;
    p.samples.forEach((id, i) => {
      const dt = p.timeDeltas[i] ?? 0;
      t += dt;
      const slice = Math.min(slices - 1, Math.floor((t - t0) / sliceUs));
      if (byId.get(id)!.callFrame.functionName === "(idle)") { idle[slice]! += dt; idleAll += dt; } else busy[slice]! += dt;
      if (first === null && inAnnotate(id)) first = t;
    });
    const line = Array.from(busy, (b, i) => (b + idle[i]! === 0 ? " " : idle[i]! > b ? "_" : "#")).join("");
    const at = (us: number | null) => (us === null ? "never" : `${((us - t0) / 1e6).toFixed(2)} s`);
    return `thread ${k}: starts ${at(p.startTime)}, first annotates ${at(first)}, idle ${(idleAll / 1e6).toFixed(2)} s\n  ${line}`;
  });
}

function table(title: string, times: Map<string, number>, top: number, total: number): void {
  console.log(`\n${title}`);
  for (const [k, us] of [...times].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top))
    console.log(`${(us / 1e6).toFixed(2).padStart(8)} s ${(100 * us / total).toFixed(1).padStart(5)} %  ${k}`);
}

function main(argv: readonly string[]): void {
  const dir = argv[0];
  if (dir === undefined) { console.error("usage: tsx bench/profile.ts DIR_OF_CPUPROFILES [--top N]"); process.exitCode = 2; return; }
  const t = argv.indexOf("--top");
  const top = t >= 0 ? Number(argv[t + 1]) : 15;
  const profiles = readProfiles(dir);
  const total = profiles.reduce((s, p) => s + p.timeDeltas.reduce((a, b) => a + b, 0), 0);
  console.log(`${profiles.length} profile(s), ${(total / 1e6).toFixed(1)} s sampled in all threads`);
  table("self time by function", selfTime(profiles, "function"), top, total);
  table("self time by file", selfTime(profiles, "file"), top, total);
  table("inclusive time by stage (innermost stage function on the stack)", stageTime(profiles), 50, total);
  console.log("\nthreads over the run (one character a second: # busy, _ idle)");
  for (const l of threadTimelines(profiles)) console.log(l);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
