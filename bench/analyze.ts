// Annotate and whole-analyze throughput at 1k and 10k real articles, each size in a fresh child
// process so peak RSS is that size's own. Target (issue 3): annotate ≥ 500 articles/s on 2 cores,
// peak RSS < 1 GB at 10k; (issue 5) whole analyze ≥ 300 articles/s at 10k.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import { loadKb } from "../src/kb/load.js";
import { analyze } from "../src/pipeline/analyze.js";
import { corpus, words } from "./corpus.js";

const self = fileURLToPath(import.meta.url);

function child(mode: string, n: number, heapMb?: number): Record<string, number> {
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const out = execFileSync(process.execPath, [...flags, "--import", "tsx", self, mode, String(n)], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export async function run(): Promise<void> {
  console.log("one thread; annotate discards each doc, analyze keeps all of them (stories need every doc)");
  console.log("mode                       articles  words/article  articles/s  peak RSS MB");
  for (const [mode, n, heap] of [["annotate", 1000], ["annotate", 10000], ["analyze", 1000], ["analyze", 10000], ["analyze", 10000, 900]] as const) {
    const r = child(mode, n, heap);
    const label = heap ? `${mode} (heap ≤ ${heap} MB)` : mode;
    console.log(`${label.padEnd(26)} ${String(n).padStart(8)}  ${r.wordsPerArticle!.toFixed(0).padStart(13)}  ${r.perSecond!.toFixed(0).padStart(10)}  ${r.peakMb!.toFixed(0).padStart(11)}`);
  }
  console.log("(default V8 lets garbage pile up when memory is plentiful; with the heap capped the same run fits: that is the live set)");
}

if (process.argv[1] === self && process.argv[2]) {
  const mode = process.argv[2];
  const n = Number(process.argv[3]);
  const articles = corpus(n);
  const kb = loadKb();
  const t0 = performance.now();
  if (mode === "annotate") for (const a of articles) annotate(a);
  else analyze(articles, { kb, generatedAt: new Date().toISOString() });
  const secs = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ perSecond: n / secs, peakMb: process.resourceUsage().maxRSS / 1024, wordsPerArticle: words(articles) / n }));
}
