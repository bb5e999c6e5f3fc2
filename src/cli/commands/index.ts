// The command table. One file per command; main.ts dispatches by name. Each command's module is
// loaded when it runs: `analyze` of local files need not load the server, the stores, the queue or
// the HTTP client (about half a second of a cold start).
import type { Command } from "../io.js";

export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  analyze: async () => (await import("./analyze.js")).analyzeCommand,
  serve: async () => (await import("./serve.js")).serveCommand,
  ingest: async () => (await import("./ingest.js")).ingestCommand,
  stories: async () => (await import("./stories.js")).storiesCommand,
  regroup: async () => (await import("./regroup.js")).regroupCommand,
  report: async () => (await import("./report.js")).reportCommand,
  status: async () => (await import("./status.js")).statusCommand,
  retry: async () => (await import("./retry.js")).retryCommand,
  worker: async () => (await import("./worker.js")).workerCommand,
  watch: async () => (await import("./watch.js")).watchCommand,
  compare: async () => (await import("./compare.js")).compareCommand,
  kb: async () => (await import("./kb.js")).kbCommand,
};

/** The command named `name`, or null. */
export async function loadCommand(name: string): Promise<Command | null> {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name]!() : null;
}

/** Every command, in the table's order (for the help text). */
export function allCommands(): Promise<Command[]> {
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}
