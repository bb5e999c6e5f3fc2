// `serve --db DIR` owns an embedded store; `ingest`, `status` and `stories` on the same folder go
// through the server's API instead of waiting for its lock, and other commands say why they cannot.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseServeArgs, startServer } from "../../src/cli/commands/serve.js";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

const SEEDS = join(import.meta.dirname, "../../examples/istanbul-2025");
const TOKEN = "t".repeat(32);
const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

function fakeIo(env: Record<string, string> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd: process.cwd(), env, now: () => new Date("2025-06-01T12:00:00Z") };
}

describe("an embedded store served by `triangulate serve`", () => {
  it("takes ingest, status, stories and report through the server, and refuses other commands at once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tri-served-"));
    dirs.push(dir);
    const server = await startServer(parseServeArgs(["--db", dir, "--port", "0", "--threads", "0"]), fakeIo({ TRIANGULATE_API_TOKEN: TOKEN }));
    try {
      expect(existsSync(join(dir, "server.json"))).toBe(true);

      const denied = fakeIo({ TRIANGULATE_API_TOKEN: "wrong-token-of-enough-length" });
      expect(await main(["ingest", SEEDS, "--db", dir], denied)).toBe(2);
      expect(denied.err.join("")).toMatch(/set TRIANGULATE_API_TOKEN to the server's token/);

      const io = fakeIo({ TRIANGULATE_API_TOKEN: TOKEN });
      expect(await main(["ingest", SEEDS, "--db", dir], io)).toBe(0);
      expect(io.err.join("")).toMatch(/served by `triangulate serve`/);
      expect(JSON.parse(io.out.join(""))).toMatchObject({ added: 5, existing: 0, articles: 5, queued: 0, failed: 0 });

      const status = fakeIo();
      expect(await main(["status", "--db", dir, "--format", "json"], status)).toBe(0);
      const counts = JSON.parse(status.out.join("")) as { articles: number; stories: number; problems: string[] };
      expect(counts).toMatchObject({ articles: 5, problems: [] });
      expect(counts.stories).toBeGreaterThanOrEqual(1);

      const stories = fakeIo();
      expect(await main(["stories", "--db", dir, "--format", "json"], stories)).toBe(0);
      const list = JSON.parse(stories.out.join("")) as { id: string; articles: number }[];
      expect(list.reduce((n, s) => n + s.articles, 0)).toBe(5);

      const report = fakeIo();
      expect(await main(["report", list[0]!.id, "--db", dir, "--format", "json"], report)).toBe(0);
      expect(JSON.parse(report.out.join(""))).toMatchObject({ version: 1 });
      const unknown = fakeIo();
      expect(await main(["report", "no-such-story", "--db", dir], unknown)).toBe(2);
      expect(unknown.err.join("")).toMatch(/no-such-story: is not a story in the store served at/);

      const regroup = fakeIo();
      expect(await main(["regroup", "--db", dir], regroup)).toBe(2);
      expect(regroup.err.join("")).not.toMatch(/waiting/); // it did not wait for the lock
      expect(regroup.err.join("")).toMatch(/is served by `triangulate serve`.*stop it for other commands/);
    } finally {
      await server.close();
    }
    // The server gone, the folder is an ordinary store again, with what was sent through the server.
    expect(existsSync(join(dir, "server.json"))).toBe(false);
    const after = fakeIo();
    expect(await main(["status", "--db", dir, "--format", "json"], after)).toBe(0);
    expect(JSON.parse(after.out.join(""))).toMatchObject({ articles: 5, queued: 0 });
  }, 120_000);
});
