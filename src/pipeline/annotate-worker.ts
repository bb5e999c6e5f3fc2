// Worker thread body for annotateParallel: annotate each article it is sent, send the docs back.
import { parentPort } from "node:worker_threads";
import { annotate } from "../annotate/annotate.js";
import type { Article } from "../domain/article.js";

parentPort?.on("message", (m: { from: number; articles: Article[] }) => {
  parentPort?.postMessage({ from: m.from, docs: m.articles.map(annotate) });
});
