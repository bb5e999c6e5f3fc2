#!/usr/bin/env -S node --max-semi-space-size=64 --no-regexp-tier-up
// Launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
// A larger young generation (64 MB semi-spaces) lets the short-lived objects of annotation and
// provenance die young instead of being promoted: at 100k articles, peak RSS 2.30 → 1.98 GB.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

// The shebang's flags are lost when run as `node bin/triangulate.js`. The heap's growth step is set
// here, for every thread: V8's default lets the old generation grow to about twice what is live
// before collecting (a cold analyze of 4,000 articles held ~390 MB of garbage over ~390 MB live on two
// threads), 1.5× keeps peak RSS at 4k near 0.9 GB instead of 1.1-1.3 GB. A flag given to node wins.
if (!process.execArgv.some((a) => a.startsWith("--heap-growing-percent")) && !(process.env.NODE_OPTIONS ?? "").includes("--heap-growing-percent")) {
  setFlagsFromString("--heap-growing-percent=50");
}

// Regular expressions compiled straight to native code (`--no-regexp-tier-up`) run the late cross-checks 7-12 % faster
// (V8 stops optimizing a thread's regexps once it has generated over 1 MB of regexp code), but the flag is only safe
// given to node on its command line (the shebang above, `npm run bench`): set here at run time, after node's own
// regexps were compiled, it crashed node (SIGSEGV) on some inputs.

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("triangulate: the CLI is not built yet; run `npm install` (or `npm run build`) in the project folder.\n");
  process.exit(1);
}

// `node bin/triangulate.js analyze …` (the shebang's flags lost) runs the analysis in a child node given the flags
// that only node's command line can set safely (set at run time both crashed node: the tier-up flag with SIGSEGV,
// --single-threaded-gc on a failed heap check): regexps compiled to native code at once, and garbage collected
// on the thread that made it rather than by helper threads, which on two busy cores only compete with the two
// analysis threads. Cold 4k analyze, start code / this launcher interleaved on a loaded machine (load 7-14), 2026-12-07:
// 77.0 / 78.3, 82.5 / 75.5, 72.2 / 70.0, 80.9 / 70.7 CPU s (-6 %), peak RSS 863-870 / 894-959 MB (single-threaded GC
// lets the heap grow further between collections), same report. Only
// `analyze`, a batch that ends by itself: the long-running commands keep their signal handling in this process.
// The child gets this process's own node flags too (--cpu-prof reaches the analysis); the report is the same.
// Its young generation is twice V8's default (32 MB semi-spaces on each thread, as the shebang's 64 MB but with half the
// memory): a cold 4k analyze ran 660 scavenges, a collection every 16 MB of allocation that copies the objects still
// being built (an article's annotation, a story's claims); at 32 MB 338. The CPU saved is small and hard to see on a
// loaded host (4k, 2026-12-07, load 8-19: 73.7 / 68.9 and 68.9 / 64.3 CPU s in one interleaved A/B, 62.4 / 62.8 and
// 66.2 / 66.1 in another, -2 % run side by side; 1k unchanged); 64 MB took the peak over 1 GB (1.15-1.17 GB), 32 MB
// adds 60-80 MB, which the two malloc arenas below give back.
const CHILD_FLAGS = ["--no-regexp-tier-up", "--single-threaded-gc", "--max-semi-space-size=32"];
// A flag counts as given whatever value node was given for it (`--max-semi-space-size=64` keeps 64).
const given = (flag) => process.execArgv.some((a) => a.replaceAll("_", "-").split("=")[0] === flag.split("=")[0]);
const reexec = process.argv[2] === "analyze" && !given("--no-regexp-tier-up") && process.env.TRIANGULATE_NO_REEXEC === undefined
  && !process.execArgv.some((a) => /^--inspect|^--debug/.test(a));
if (reexec) {
  const { spawn } = await import("node:child_process");
  const flags = CHILD_FLAGS.filter((f) => !given(f));
  // glibc's malloc gives each thread that allocates its own arena (the analysis threads, V8's compiler and libuv threads),
  // and each keeps its freed memory fragmented: two arenas took a cold 4k analyze's peak from 988-1,023 MB to 927-940 MB. Only
  // glibc reads the variable; one set by the user wins.
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
  const child = spawn(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit", env });
  // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on. Either ends the child.
  const forward = (signal) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward);
  child.on("error", (e) => { process.stderr.write(`triangulate: cannot start node (${e.message})\n`); process.exitCode = 1; });
  child.on("exit", (code, signal) => {
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
  // `analyze` of many articles: its worker threads start now, loading their modules while this thread loads the CLI's,
  // the kb and the inputs (src/threads/prestart.ts; the same report).
  if (process.argv[2] === "analyze") {
    const { prestartAnalysis } = await import(new URL("../dist/threads/prestart.js", import.meta.url).href);
    prestartAnalysis(process.argv.slice(3), process.cwd());
  }
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
