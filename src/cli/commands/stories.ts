// `triangulate stories`: the store's stories, largest first.
import { parseArgs } from "node:util";
import { EXIT, UsageError, type Command, type Io } from "../io.js";
import { openOrServed, serverStories } from "../served.js";

interface Row { id: string; title: string; articleCount: number; updatedAt: string | null }

function printStories(io: Io, format: string, stories: readonly Row[]): number {
  if (format === "json") {
    io.stdout(`${JSON.stringify(stories.map((s) => ({ id: s.id, title: s.title, articles: s.articleCount, updatedAt: s.updatedAt })), null, 2)}\n`);
  } else if (stories.length === 0) {
    io.stdout("no stories yet; run `triangulate ingest <files|urls|feeds>` first\n");
  } else {
    const w = Math.max(...stories.map((s) => s.id.length));
    for (const s of stories) io.stdout(`${s.id.padEnd(w)}  ${String(s.articleCount).padStart(4)}  ${s.title}\n`);
  }
  return EXIT.ok;
}
import { positiveInt } from "./worker.js";

export const storiesCommand: Command = {
  name: "stories",
  summary: "list the stored stories (id, size, title)",
  usage: `triangulate stories [--format text|json] [--limit N] [--db PATH]

  Then \`triangulate report <story id>\` gives the report for one story.`,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args: [...args], strict: true, options: { format: { type: "string", short: "f" }, limit: { type: "string" }, db: { type: "string" } } }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`unknown format "${format}"; use text or json`);
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, "--limit");
    const { store, server } = await openOrServed(values.db, io);
    if (server) {
      const rows = (await serverStories(server)).map((s) => ({ id: s.id, title: s.title, articleCount: s.articleCount, updatedAt: null as string | null }));
      return printStories(io, format, limit === undefined ? rows : rows.slice(0, limit));
    }
    try {
      return printStories(io, format, await store.listStories(limit === undefined ? {} : { limit }));
    } finally {
      await store.close();
    }
  },
};
