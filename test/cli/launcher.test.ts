// The launcher (bin/triangulate.js) and V8's regexp flag. `--no-regexp-tier-up` (regexps compiled straight to native
// code) makes the late cross-checks faster, but only given to node on its command line (the shebang, `npm run bench`):
// set by the launcher at run time it crashed node (SIGSEGV) on two plain articles about a radio mast. These run the
// built CLI both ways on such a story and compare the reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const launcher = resolve("bin/triangulate.js");
const built = existsSync(resolve("dist/cli/main.js"));

function analyze(nodeFlags: readonly string[], input: string, out: string, env: Readonly<Record<string, string>> = {}): { status: number | null; signal: string | null; report: unknown } {
  const r = spawnSync(process.execPath, [...nodeFlags, launcher, "analyze", input, "--format", "json", "--out", out, "--threads", "1"], { encoding: "utf8", env: { ...process.env, ...env } });
  const report = r.status === 0 ? JSON.parse(readFileSync(out, "utf8")) : null;
  if (report && typeof report === "object") delete (report as Record<string, unknown>).generatedAt;
  return { status: r.status, signal: r.signal, report };
}

describe.skipIf(!built)("the launcher and V8's regexp flag (skipped when the CLI is not built: run `npm run build`)", () => {
  it("analyzes a story with and without --no-regexp-tier-up, without crashing and with the same report", () => {
    const dir = mkdtempSync(join(tmpdir(), "tri-launcher-"));
    const input = join(dir, "mast.jsonl");
    writeFileSync(input, [
      { id: "mast-a", title: "Old radio mast demolished", text: "Engineers demolished the 150-metre radio mast at Kettering on Sunday with a controlled explosion. The mast, built in 1962, had been out of use for a decade.", publishedAt: "2026-05-12", outlet: "Northern Herald" },
      { id: "mast-b", title: "Kettering mast brought down", text: "The 492-foot Kettering radio mast, built in 1962 and unused for ten years, was brought down by engineers with a controlled explosion on Sunday.", publishedAt: "2026-05-12", outlet: "Coastal Times" },
    ].map((r) => JSON.stringify(r)).join("\n") + "\n");
    // In this process, without the flags; with the flag given to node; and in the child node the launcher starts.
    const plain = analyze([], input, join(dir, "a.json"), { TRIANGULATE_NO_REEXEC: "1" });
    const native = analyze(["--no-regexp-tier-up"], input, join(dir, "b.json"));
    const child = analyze([], input, join(dir, "c.json"));
    for (const r of [plain, native, child]) expect([r.status, r.signal]).toEqual([0, null]);
    expect(native.report).toEqual(plain.report);
    expect(child.report).toEqual(plain.report);
  }, 90_000);
  it("runs `node bin/triangulate.js analyze` in a child node with the flags, passing on its exit code and messages", () => {
    const bad = spawnSync(process.execPath, [launcher, "analyze", join(tmpdir(), "no-such-folder-for-the-launcher")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/does not exist/);
    // The node flags of each process the launcher runs in, printed by a module node preloads in both: the child,
    // seen by its flag, stops there instead of analyzing. Without the child, analyze would fail on the missing file.
    const dir = mkdtempSync(join(tmpdir(), "tri-launcher-"));
    const probe = join(dir, "probe.cjs");
    writeFileSync(probe, [
      `process.stdout.write("flags:" + JSON.stringify(process.execArgv) + "\\n");`,
      `process.stdout.write("arenas:" + (process.env.MALLOC_ARENA_MAX ?? "unset") + "\\n");`,
      `if (process.execArgv.includes("--no-regexp-tier-up")) process.exit(0);`,
    ].join("\n"));
    const r = spawnSync(process.execPath, ["--require", probe, launcher, "analyze", join(dir, "x.jsonl")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const seen = r.stdout.split("\n").filter((l) => l.startsWith("flags:")).map((l) => JSON.parse(l.slice(6)) as string[]);
    expect(seen).toEqual([["--require", probe], ["--no-regexp-tier-up", "--single-threaded-gc", "--max-semi-space-size=32", "--require", probe]]);
    // The child's malloc keeps two arenas, unless the user chose a number.
    const arenas = (out: string) => out.split("\n").filter((l) => l.startsWith("arenas:")).map((l) => l.slice(7));
    expect(arenas(r.stdout)).toEqual([process.env.MALLOC_ARENA_MAX ?? "unset", process.env.MALLOC_ARENA_MAX ?? "2"]);
    const chosen = spawnSync(process.execPath, ["--require", probe, launcher, "analyze", join(dir, "x.jsonl")], { encoding: "utf8", env: { ...process.env, MALLOC_ARENA_MAX: "4" } });
    expect(arenas(chosen.stdout)).toEqual(["4", "4"]);
    // A young-generation size given to node is the child's, not the launcher's default beside it.
    const own = spawnSync(process.execPath, ["--max-semi-space-size=8", "--require", probe, launcher, "analyze", join(dir, "x.jsonl")], { encoding: "utf8" });
    expect(own.status).toBe(0);
    expect(own.stdout.split("\n").filter((l) => l.startsWith("flags:")).map((l) => JSON.parse(l.slice(6)) as string[]).pop())
      .toEqual(["--no-regexp-tier-up", "--single-threaded-gc", "--max-semi-space-size=8", "--require", probe]);
  }, 90_000);
  it("gives the flag to node in the shebang, where it is safe", () => {
    expect(readFileSync(launcher, "utf8").split("\n")[0]).toMatch(/^#!\/usr\/bin\/env -S node .*--no-regexp-tier-up/);
  });
});
