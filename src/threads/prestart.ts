// The analysis workers of a cold `triangulate analyze`, started before the CLI loads its own modules.
// A worker spends its first second or so loading modules (the language model, the date parser, the
// steps' patterns); started from analyzeParallel, that came after the main thread had loaded the same
// modules, the kb and the inputs, and the main thread annotated alone meanwhile: a cold 4k analyze's
// worker began 1.1-3.5 s after the main thread (2026-12-07 profiles). Started by the launcher
// (bin/triangulate.js) as soon as the command is known, its loading overlaps the main thread's.
//
// Only when the run will likely use it (a worker costs CPU and memory): `--threads` is not 1 and the
// inputs are large enough for a pool (PARALLEL_MIN_ARTICLES): local files of 384 KB or more in all, or a
// folder of 200 entries or more. A prestarted worker does not keep the process alive (unref) until
// analyzeParallel takes it; one not taken ends with the process, or is ended by dropPrestarted.
// This module loads nothing heavy: it runs before the CLI's modules are loaded.
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Worker } from "node:worker_threads";
import { startThread } from "./thread.js";

/** Local input bytes from which a prestart pays (the bench's articles of ~350 words are 2.3 KB a JSONL line: 384 KB ≈ 170 of them). */
const MIN_BYTES = 384 * 1024;
/** Entries of a folder from which a prestart pays (one article a file). */
const MIN_ENTRIES = 200;
/** Threads by default, as the analyze command (DEFAULT_MAX_THREADS there). */
const DEFAULT_THREADS = 2;
/** Options of `analyze` that take a value (the next argument is no input). */
const VALUED = new Set(["--format", "-f", "--out", "-o", "--kb", "--threads", "--min-severity"]);

interface Started { readonly worker: Worker; exited: boolean }
let started: Started[] = [];

/** Starts the workers `analyze` with these arguments (after the command name) will likely use. */
export function prestartAnalysis(args: readonly string[], cwd: string): void {
  if (started.length > 0 || args.includes("--help") || args.includes("-h")) return;
  let threads: number | null = null;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const value = name !== a ? a.slice(eq + 1) : VALUED.has(a) ? args[++i] : undefined;
    if (name === "--threads") threads = Number(value);
    else if (!a.startsWith("-")) inputs.push(a);
  }
  const workers = (threads ?? Math.min(DEFAULT_THREADS, availableParallelism())) - 1;
  if (!Number.isInteger(workers) || workers < 1 || workers > 63 || !large(inputs, cwd)) return;
  for (let k = 0; k < workers; k++) {
    const worker = startThread(import.meta.url, "analyze-worker");
    const s: Started = { worker, exited: false };
    // Until taken, a failure only marks the worker unusable: analyzeParallel then starts another.
    worker.on("error", () => {});
    worker.once("exit", () => { s.exited = true; });
    worker.unref();
    started.push(s);
  }
}

function large(inputs: readonly string[], cwd: string): boolean {
  let bytes = 0;
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) continue;
    try {
      const path = resolve(cwd, input);
      const info = statSync(path);
      if (info.isFile()) bytes += info.size;
      else if (info.isDirectory() && readdirSync(path).length >= MIN_ENTRIES) return true;
    } catch {
      // An input that cannot be read is the CLI's to report.
    }
    if (bytes >= MIN_BYTES) return true;
  }
  return false;
}

/** Up to `n` prestarted workers still running, kept alive from now on; the others are ended. */
export function takePrestarted(n: number): Worker[] {
  const alive = started.filter((s) => !s.exited);
  started = [];
  for (const s of alive.slice(n)) void s.worker.terminate();
  return alive.slice(0, n).map((s) => {
    s.worker.removeAllListeners("error");
    s.worker.ref();
    return s.worker;
  });
}

/** Ends the prestarted workers not taken (a run analyzed on one thread). */
export function dropPrestarted(): void {
  takePrestarted(0);
}
