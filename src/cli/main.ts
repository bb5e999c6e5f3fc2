// EDGE: the triangulate CLI. Parses the command, maps errors to exit codes (0 ok, 1 internal,
// 2 bad input) and never shows a stack trace for bad input.
import { InputError, isDiskFull, isStoreDamaged } from "../domain/errors.js";
import { allCommands, loadCommand } from "./commands/index.js";
import { EXIT, UsageError, type Io } from "./io.js";

export function processIo(): Io {
  // `triangulate … | head` closes the pipe early: stop quietly instead of printing a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  }
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}

export async function help(): Promise<string> {
  const COMMANDS = await allCommands();
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "triangulate: cross-check news coverage of one event — stories, rewrites, claims, contradictions, anachronisms.",
    "",
    "usage: triangulate <command> [options]",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `triangulate <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 internal error, 2 bad input.",
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await help());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout("triangulate 0.1.0\n");
    return EXIT.ok;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    io.stderr(`triangulate: unknown command "${name}"\n\n${await help()}`);
    return EXIT.badInput;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`usage: ${cmd.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`triangulate ${cmd.name}: ${err.message}\n\nusage: ${cmd.usage}\n`);
      return EXIT.badInput;
    }
    if (err instanceof InputError) {
      io.stderr(`triangulate: ${err.message}\n`);
      return EXIT.badInput;
    }
    if (isDiskFull(err)) {
      io.stderr(`triangulate ${cmd.name}: the disk is full (${(err as Error)?.message ?? "no space left on device"}); free some space and run it again — what was stored before stays stored, and running it again neither loses nor duplicates articles\n`);
      return EXIT.internal;
    }
    if (isStoreDamaged(err)) {
      io.stderr(`triangulate ${cmd.name}: the store's database files are damaged (${(err as Error).message}); nothing half-written was kept. Restore the store folder from a backup, or move it aside and ingest your sources again\n`);
      return EXIT.internal;
    }
    io.stderr(`triangulate: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    if (io.env["TRIANGULATE_DEBUG"]) io.stderr(`${(err as Error)?.stack ?? ""}\n`);
    return EXIT.internal;
  }
}
