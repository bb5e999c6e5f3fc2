// `triangulate status`: how many articles, stories and queued jobs the store holds.
import { parseArgs } from "node:util";
import { EXIT, UsageError, type Command, type Io } from "../io.js";
import { openOrServed, serverStatus } from "../served.js";

interface Counts { articles: number; stories: number; queued: number; failed: number }

function printStatus(io: Io, format: string, where: string, c: Counts, problems: readonly string[]): number {
  if (format === "json") io.stdout(`${JSON.stringify({ articles: c.articles, stories: c.stories, queued: c.queued, failed: c.failed, problems })}\n`);
  else {
    io.stdout(`${where}\n  articles ${c.articles}\n  stories  ${c.stories}\n  queued   ${c.queued}\n  failed   ${c.failed}\n`);
    if (c.failed > 0) io.stderr(`triangulate status: ${c.failed} failed jobs; \`triangulate retry --list\` shows why, \`triangulate retry\` queues them again\n`);
  }
  for (const p of problems) io.stderr(`triangulate status: ${where}: ${p}\n`);
  if (problems.length > 0) {
    io.stderr(`triangulate status: the store looks damaged; restore it from a backup, or move it aside and ingest your sources again\n`);
    return EXIT.internal;
  }
  return EXIT.ok;
}

export const statusCommand: Command = {
  name: "status",
  summary: "count the store's articles, stories and queued jobs",
  usage: `triangulate status [--format text|json] [--db PATH]

  --format json  prints {"articles": N, "stories": N, "queued": N, "failed": N, "problems": [sentences]}
                 (exit 1 when the store's own checks disagree: a damaged store)

Failed jobs ran out of attempts: their articles are stored but in no story. \`triangulate retry\`
lists them and puts them back in the queue.`,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args: [...args], strict: true, options: { format: { type: "string", short: "f" }, db: { type: "string" } } }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`unknown format "${format}"; use text or json`);
    const { store, server } = await openOrServed(values.db, io);
    if (server) {
      const st = await serverStatus(server);
      return printStatus(io, format, `${server.url} (embedded store served by process ${server.pid})`, st, st.problems);
    }
    try {
      return printStatus(io, format, `${store.location} (${store.kind})`, await store.counts(), await store.check());
    } finally {
      await store.close();
    }
  },
};
