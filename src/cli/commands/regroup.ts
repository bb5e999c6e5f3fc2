// `triangulate regroup`: settles the store's stories. Ingest and workers place each article once,
// as it arrives; this regroups every assigned article with analyze's clusterer, so the stories no
// longer depend on arrival order, and re-analyzes the stories that changed.
import { parseArgs } from "node:util";
import { annotatorVersion } from "../../annotate/persist.js";
import { settleStored } from "../../store/settle.js";
import { openForWriting } from "../served.js";
import type { RegroupResult } from "../../store/regroup.js";
import type { Store } from "../../store/store.js";
import { EXIT, UsageError, type Command, type Io } from "../io.js";
import { analyzeJob, drainQueue, windowOption } from "./worker.js";

/** Regroups, then (unless `queueOnly`) runs the analyses it queued; returns the regrouping's figures. */
export async function regroupStore(store: Store, io: Io, opts: { queueOnly: boolean; log: (m: string) => void; windowDays?: number }): Promise<RegroupResult> {
  const r = await store.regroup(settleStored, {
    annotator: annotatorVersion(), jobs: (id) => [analyzeJob(id)], ...(opts.windowDays === undefined ? {} : { windowDays: opts.windowDays }),
    onWindow: (done, windows) => { if (windows > 1 && (done % 10 === 0 || done === windows)) opts.log(`settled ${done}/${windows} windows`); },
  });
  opts.log(`${r.articles} articles in ${r.windows} window(s): ${r.storiesBefore} stories before, ${r.storiesAfter} after; ${r.moved} articles moved, ${r.changed} stories changed (${r.created} new), ${r.removed} removed; story lock held at most ${r.lockMs} ms at a time`);
  if (!opts.queueOnly && r.changed > 0) {
    const done = await drainQueue(store, { now: io.now, log: opts.log, idleMs: 1500 });
    if (done.failed > 0) opts.log(`${done.failed} jobs failed; they will be retried by \`triangulate worker\``);
  }
  return r;
}

export const regroupCommand: Command = {
  name: "regroup",
  summary: "settle the stored stories so they do not depend on the order articles arrived in",
  usage: `triangulate regroup [--db PATH] [--queue-only] [--window DAYS]

  Ingest and workers put each article in a story as it arrives and never revisit it, so an
  early article can start a story its later fellows do not reach. This regroups every stored
  article the way \`analyze\` groups a folder (the result does not depend on arrival order),
  keeps a story's id when it keeps most of its articles, and re-analyzes the stories that
  changed. It works through the articles' publication days one window at a time, settling
  each window with no lock held and writing it in a short transaction under the story lock,
  so workers go on placing new articles between windows. Run it after a large ingest, or
  nightly on a server.
  --db PATH      store folder (default .triangulate/) or postgres:// URL; DATABASE_URL also works
  --queue-only   only queue the analyses of changed stories, for \`triangulate worker\` processes
  --window DAYS  days of publication settled at a time, with the window before as context
                 (default 30, as ingest's --window; 0: all at once)`,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args: [...args], strict: true, options: { db: { type: "string" }, "queue-only": { type: "boolean" }, window: { type: "string" } } }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const windowDays = windowOption(values.window);
    const store = await openForWriting(values.db, io);
    try {
      const log = (m: string) => io.stderr(`triangulate regroup: ${m}\n`);
      const r = await regroupStore(store, io, { queueOnly: values["queue-only"] === true, log, windowDays });
      io.stdout(`${JSON.stringify({ ...r, queued: (await store.counts()).queued })}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
