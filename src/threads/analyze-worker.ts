// Worker-thread body for analyzeParallel: annotates the batches it claims from the shared counter
// and sends the docs back (keeping them), then runs the per-story stages of the stories it is given.
import { parentPort } from "node:worker_threads";
import { annotate } from "../annotate/annotate.js";
import { DocReceiver, DocSender } from "../annotate/transfer.js";
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import type { Kb } from "../domain/kb.js";
import { loadKb } from "../kb/load.js";
import { analyzeStory } from "../pipeline/analyze.js";
import { claim, type FromWorker, type ToWorker } from "./parallel.js";

let articles: readonly Article[] = [];
const docs: Doc[] = [];
const sender = new DocSender();
const receiver = new DocReceiver();
let kb: Kb | null = null;
const post = (m: FromWorker) => parentPort!.postMessage(m);

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
    return;
  }
  kb ??= loadKb(m.kbDir !== undefined ? { dir: m.kbDir } : {});
  if (kb.asOf !== m.kbAsOf) throw new Error(`worker kb is as of ${kb.asOf}, the caller's as of ${m.kbAsOf}: pass the caller's kb folder`);
  const sent = receiver.decode(m.docs, (i) => articles[m.docIndices[i]!]!);
  sent.forEach((d, i) => { docs[m.docIndices[i]!] = d; });
  const counter = new Int32Array(m.counter);
  const run = (s: number) => post({ kind: "story", index: s, parts: analyzeStory(m.stories[s]!.map((i) => docs[i]!), kb!) });
  for (const s of m.own) run(s);
  for (let k = claim(counter, 1); k < m.shared.length; k = claim(counter, 1)) run(m.shared[k]!);
  post({ kind: "done" });
});
