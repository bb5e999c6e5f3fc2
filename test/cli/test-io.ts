// An Io that collects what a command prints, for running CLI commands in process.
import type { Io } from "../../src/cli/io.js";

export function io(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd, env: {}, now: () => new Date("2026-01-01T00:00:00Z") };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}
