// The launcher (bin/triangulate.js) sets V8 flags before the CLI loads: here, that regexps are compiled
// straight to native code (no bytecode first), and that a flag given to node wins over the launcher's.
// V8's --trace-regexp-tier-up prints a line for each regexp compiled to bytecode, so the lines count them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const launcher = resolve("bin/triangulate.js");
const built = existsSync(resolve("dist/cli/main.js"));

/** Regexps compiled to bytecode while the launcher analyzes the five example articles. */
function bytecodeCompiles(nodeFlags: readonly string[]): number {
  const r = spawnSync(process.execPath, [...nodeFlags, "--trace-regexp-tier-up", launcher, "analyze", resolve("examples/istanbul-2025"), "--format", "json", "--threads", "1"],
    { encoding: "utf8", maxBuffer: 1 << 28 });
  expect(r.status).toBe(0);
  return (r.stdout.match(/bytecode size/g) ?? []).length;
}

describe.skipIf(!built)("the launcher's V8 flags (skipped when the CLI is not built: run `npm run build`)", () => {
  it("compiles the pipeline's regexps to native code only, unless node is told otherwise", () => {
    // Only regexps run before the launcher sets its flag (node's own start-up) are compiled to bytecode.
    expect(bytecodeCompiles([])).toBeLessThan(20);
    // The pipeline runs hundreds of regexps: with tier-up given to node, each is compiled to bytecode first.
    expect(bytecodeCompiles(["--regexp-tier-up"])).toBeGreaterThan(200);
  }, 60_000);
});
