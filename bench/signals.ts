// How much the signals stage adds to analysis: signals time against annotate time on the same
// real articles (ECB+ and FRANK texts from ../shared/eval, or the bundled examples). Annotate is
// only part of analyze, so signals/annotate is an upper bound on the share signals add (target
// < 10 %). Stories are chunks of 8 articles, so cross-article tells and framing run as in a story.
// Figures are the best of 2 annotate passes and 5 signals passes. Run: npx tsx bench/signals.ts
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { signals } from "../src/signals/index.js";
import { corpus, realTexts } from "./corpus.js";

const STORY_SIZE = 8;

export async function run(): Promise<void> {
  const articles = corpus(realTexts().length);
  // Best of several warm passes for each stage: the machine is shared, single passes are noisy.
  let docs: Doc[] = [];
  let annotateMs = Infinity;
  for (let pass = 0; pass < 2; pass++) {
    const t = performance.now();
    docs = articles.map(annotate);
    annotateMs = Math.min(annotateMs, performance.now() - t);
  }
  let signalsMs = Infinity;
  let findings = 0;
  for (let pass = 0; pass < 5; pass++) {
    const t = performance.now();
    findings = 0;
    for (let i = 0; i < docs.length; i += STORY_SIZE) findings += signals(docs.slice(i, i + STORY_SIZE)).findings.length;
    signalsMs = Math.min(signalsMs, performance.now() - t);
  }

  console.log("articles  annotate ms  signals ms  signals/annotate  signals ms/article  findings");
  console.log(`${String(docs.length).padEnd(9)} ${annotateMs.toFixed(0).padEnd(12)} ${signalsMs.toFixed(0).padEnd(11)} ${`${((signalsMs / annotateMs) * 100).toFixed(1)} %`.padEnd(17)} ${(signalsMs / docs.length).toFixed(2).padEnd(19)} ${findings}`);
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? "")) await run();
