// `triangulate serve`: option parsing, and the refusal to start writable without a token.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { parseServeArgs, startServer } from "../../src/cli/commands/serve.js";

function fakeIo(env: Record<string, string> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd: process.cwd(), env, now: () => new Date("2025-06-01T12:00:00Z") };
}

describe("triangulate serve", () => {
  it("binds 127.0.0.1:8787 by default with no store", () => {
    expect(parseServeArgs([])).toMatchObject({ host: "127.0.0.1", port: 8787, reports: [], memory: false, readOnly: false, insecureNoAuth: false });
  });

  it("rejects a bad port as a usage error (exit 2)", async () => {
    const io = fakeIo();
    expect(await main(["serve", "--port", "99999"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/--port must be a whole number/);
  });

  it("refuses to start a writable store without TRIANGULATE_API_TOKEN", async () => {
    const io = fakeIo();
    expect(await main(["serve", "--memory"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/refusing to start a writable server without a token/);
  });

  it("names a report file it cannot read", async () => {
    const io = fakeIo({ TRIANGULATE_API_TOKEN: "x".repeat(32) });
    expect(await main(["serve", "--report", "no-such-report.json", "--port", "0"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/no-such-report\.json: cannot read the report/);
  });

  it("starts with --insecure-no-auth (warning) and with --read-only, on an ephemeral port", async () => {
    for (const args of [["--memory", "--insecure-no-auth"], ["--memory", "--read-only"]]) {
      const io = fakeIo();
      const server = await startServer(parseServeArgs([...args, "--port", "0"]), io);
      try {
        const info = (await (await fetch(`${server.url}/api/info`)).json()) as { store: boolean; writable: boolean };
        expect(info).toMatchObject({ store: true, writable: args.includes("--insecure-no-auth") });
        if (args.includes("--insecure-no-auth")) expect(io.err.join("")).toMatch(/open to anyone/);
      } finally {
        await server.close();
      }
    }
  });
});
