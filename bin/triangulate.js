#!/usr/bin/env -S node --max-semi-space-size=64
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

// Regular expressions are compiled to native code on first use, not to bytecode first and to native code
// again on their second use (V8's "tier-up"). V8 stops optimizing the regexps a thread compiles (no
// Boyer-Moore lookahead, no quick checks) once that thread has generated over 1 MB of regexp code and holds
// over 16 MB of compiled code (TooMuchRegExpCode in V8's regexp.cc). The pipeline's ~1,200 regexps, each
// compiled twice, passed that early, so the ones first used late (cross-checks and signals, after
// annotation) ran 3-8 times slower: a page-furniture regexp first used after analyzing 1,000 articles took
// 279 ms over 65k sentences, 35 ms when compiled at the start, 47 ms compiled late with this flag. The flag
// is process-wide, so worker threads have it too; matches are the same either way. A flag given to node wins.
const TIER_UP_FLAG = /^--(?:no[-_])?regexp[-_]tier[-_]up$/;
if (!process.execArgv.some((a) => TIER_UP_FLAG.test(a))) {
  setFlagsFromString("--no-regexp-tier-up");
}

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("triangulate: the CLI is not built yet; run `npm install` (or `npm run build`) in the project folder.\n");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
