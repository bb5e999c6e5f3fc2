// `triangulate retry`: the jobs that ran out of attempts, listed and put back in the queue.
import { parseArgs } from "node:util";
import { openNamed } from "../served.js";
import { EXIT, UsageError, type Command } from "../io.js";

export const retryCommand: Command = {
  name: "retry",
  summary: "list failed jobs and queue them again",
  usage: `triangulate retry [--list] [--format text|json] [--db PATH]

  A job fails for good after its attempts run out (an article that crashes the annotator, a worker
  killed again and again while holding it); its article stays stored but joins no story.
  Without --list, every failed job is listed and queued again with fresh attempts (run
  \`triangulate worker\` or \`ingest\` afterwards to process them).
  --list          only list them
  --format json   one JSON object: {"failed": [{id, kind, key, attempts, error, finishedAt}], "requeued": N}`,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args: [...args], strict: true, options: { list: { type: "boolean" }, format: { type: "string", short: "f" }, db: { type: "string" } } }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`unknown format "${format}"; use text or json`);
    const store = await openNamed(values.db, io);
    try {
      const failed = await store.failedJobs();
      const requeued = values.list ? 0 : await store.requeueFailed(failed.map((j) => j.key));
      if (format === "json") {
        io.stdout(`${JSON.stringify({ failed, requeued })}\n`);
        return EXIT.ok;
      }
      if (failed.length === 0) {
        io.stdout("no failed jobs\n");
        return EXIT.ok;
      }
      for (const j of failed) io.stdout(`${j.kind}  ${j.key}  ${j.attempts} attempts  ${(j.error ?? "").replace(/\s+/g, " ").slice(0, 160)}\n`);
      io.stdout(values.list ? `${failed.length} failed jobs (run \`triangulate retry\` to queue them again)\n` : `${requeued} failed jobs queued again\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
