// Worker-thread body for analyzeParallel: annotates the batches it claims from the shared counter
// and sends the docs back (keeping them), then runs the per-story stages of the stories it is given
// and sends back their parts, or for a JSON report each story rendered.
import { parentPort } from "node:worker_threads";
import { annotate } from "../annotate/annotate.js";
import { DocReceiver, DocSender } from "../annotate/transfer.js";
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import type { Kb } from "../domain/kb.js";
import { loadKb } from "../kb/load.js";
import { analyzeStory } from "../pipeline/analyze.js";
import { buildStory } from "../report/build.js";
import { claim, storyBytes, summaryStory, type FromWorker, type ToWorker } from "./parallel.js";

let articles: readonly Article[] = [];
const docs: (Doc | undefined)[] = [];
const sender = new DocSender();
const receiver = new DocReceiver();
let kb: Kb | null = null;
const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

parentPort?.on("message", (m: ToWorker) => {
  if (m.kind === "annotate") {
    articles = m.articles;
    const counter = new Int32Array(m.counter);
    for (let b = claim(counter, 0); b * m.batch < articles.length; b = claim(counter, 0)) {
      const from = b * m.batch;
      const made = articles.slice(from, from + m.batch).map(annotate);
      made.forEach((d, i) => { docs[from + i] = d; });
      post({ kind: "docs", from, batch: sender.encode(made) });
    }
    post({ kind: "annotated" });
    // The main thread still clusters: load the kb for the per-story stages meanwhile (a failure is
    // left for the stories message to raise again, when the main thread listens for it).
    try { kb ??= loadKb(m.kbDir !== undefined ? { dir: m.kbDir } : {}); } catch { kb = null; }
    return;
  }
  kb ??= loadKb(m.kbDir !== undefined ? { dir: m.kbDir } : {});
  if (kb.asOf !== m.kbAsOf) throw new Error(`worker kb is as of ${kb.asOf}, the caller's as of ${m.kbAsOf}: pass the caller's kb folder`);
  const sent = receiver.decode(m.docs, (i) => articles[m.docIndices[i]!]!);
  sent.forEach((d, i) => { docs[m.docIndices[i]!] = d; });
  // Every doc this worker needs is here now: the others (of stories other threads run) go, and each
  // needed one goes once its story is done (a doc is in one story).
  articles = [];
  const needed = new Set<number>();
  for (const s of [...m.own, ...m.shared]) for (const i of m.stories[s]!) needed.add(i);
  docs.forEach((_, i) => { if (!needed.has(i)) docs[i] = undefined; });
  const counter = new Int32Array(m.counter);
  const run = (s: number) => {
    const indices = m.stories[s]!;
    const story = indices.map((i) => docs[i]!);
    const parts = analyzeStory(story, kb!);
    const head = m.heads?.[s];
    if (head) {
      const built = buildStory({ group: { ...head, docs: story }, ...parts });
      const json = storyBytes(built);
      post({ kind: "storyJson", index: s, json, ...(m.summaries ? { summary: summaryStory(built) } : {}) }, [json.buffer as ArrayBuffer]);
    }
    else post({ kind: "story", index: s, parts });
    for (const i of indices) docs[i] = undefined;
  };
  for (const s of m.own) run(s);
  for (let k = claim(counter, 1); k < m.shared.length; k = claim(counter, 1)) run(m.shared[k]!);
  post({ kind: "done" });
});
