// Annotate and whole-analyze throughput at 1k and 10k real articles, each size in a fresh child
// process so peak RSS is that size's own; stage times of a one-thread analysis at 10k; and claims
// + crosscheck of one 50-article story. Targets: (issue 3) annotate ≥ 500 articles/s on 2 cores,
// peak RSS < 1 GB at 10k; (issue 5) whole analyze ≥ 300 articles/s at 10k on 2 cores, claims +
// crosscheck for a 50-article story < 200 ms.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import { extractClaims } from "../src/claims/extract.js";
import { crosscheck } from "../src/crosscheck/index.js";
import { loadKb } from "../src/kb/load.js";
import { inferTimeframe } from "../src/kb/timeframe.js";
import { analyze } from "../src/pipeline/analyze.js";
import { analyzeParallel } from "../src/threads/parallel.js";
import { findProvenance } from "../src/provenance/derive.js";
import { buildReport, type StoryParts } from "../src/report/build.js";
import { signals } from "../src/signals/index.js";
import { clusterStories } from "../src/stories/cluster.js";
import { corpus, realTexts, words } from "./corpus.js";

const self = fileURLToPath(import.meta.url);

function child(mode: string, n: number, heapMb?: number): Record<string, number> {
  // Children run with this process's young-generation size (`npm run bench` sets 64 MB semi-spaces, as the CLI does).
  const flags = [...process.execArgv.filter((f) => f.startsWith("--max-semi-space-size")), ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])];
  const out = execFileSync(process.execPath, [...flags, "--import", "tsx", self, mode, String(n)], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export async function run(): Promise<void> {
  console.log("annotate discards each doc, analyze keeps all of them (stories need every doc); 2t = analyzeParallel on two threads");
  console.log("mode                       articles  words/article  articles/s  peak RSS MB");
  const rows = [["annotate", 1000], ["annotate", 10000], ["analyze", 1000], ["analyze", 10000], ["analyze-2t", 1000], ["analyze-2t", 10000], ["analyze", 10000, 900], ["analyze-2t", 10000, 900]] as const;
  for (const [mode, n, heap] of rows) {
    const r = child(mode, n, heap);
    const label = heap ? `${mode} (heap ≤ ${heap} MB)` : mode;
    console.log(`${label.padEnd(26)} ${String(n).padStart(8)}  ${r.wordsPerArticle!.toFixed(0).padStart(13)}  ${r.perSecond!.toFixed(0).padStart(10)}  ${r.peakMb!.toFixed(0).padStart(11)}`);
  }
  console.log("(default V8 lets garbage pile up when memory is plentiful; with the heap capped the same run fits: that is the live set)");
  const s = child("stages", 10000);
  console.log(`stage seconds, one thread, 10k: ${Object.entries(s).filter(([k]) => k !== "wordsPerArticle" && k !== "perSecond" && k !== "peakMb").map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}`);
  const t = child("story50", 50);
  console.log(`50-article story: claims + crosscheck ${t.claimsCrosscheckMs!.toFixed(0)} ms (provenance ${t.provenanceMs!.toFixed(0)} ms before it), median of 5`);
}

/** Per-stage seconds of a one-thread analysis (the same calls as analyze(), timed one by one). */
function stages(n: number): Record<string, number> {
  const articles = corpus(n);
  const kb = loadKb();
  const t: Record<string, number> = {};
  const timed = <T>(stage: string, f: () => T): T => { const t0 = performance.now(); const r = f(); t[stage] = (t[stage] ?? 0) + (performance.now() - t0) / 1000; return r; };
  const t0 = performance.now();
  const docs = timed("annotate", () => articles.map(annotate));
  const groups = timed("stories", () => clusterStories(docs));
  const parts: StoryParts[] = groups.map((group) => {
    const { derivations, findings } = timed("provenance", () => findProvenance(group.docs));
    const claims = timed("claims", () => group.docs.flatMap(extractClaims));
    const timeframe = timed("timeframe", () => inferTimeframe(group.docs, claims, kb));
    const checked = timed("crosscheck", () => crosscheck({ docs: group.docs, claims, derivations, timeframe, kb }));
    const signalled = timed("signals", () => signals(group.docs));
    return { group, claims, timeframe, derivations, sourcing: signalled.sourcing, findings: [...findings, ...checked, ...signalled.findings] };
  });
  timed("report", () => buildReport(articles, parts, new Date().toISOString(), []));
  return { ...t, total: (performance.now() - t0) / 1000 };
}

/** One story of 50 articles: a bench text and 49 perturbed copies of it. */
function story50(): Record<string, number> {
  const base = realTexts().length;
  const articles = corpus(50 * base).filter((_, i) => i % base === 0);
  const docs = articles.map(annotate);
  const kb = loadKb();
  const ms: number[] = [], prov: number[] = [];
  for (let k = 0; k < 5; k++) {
    let t0 = performance.now();
    const { derivations } = findProvenance(docs);
    prov.push(performance.now() - t0);
    t0 = performance.now();
    const claims = docs.flatMap(extractClaims);
    crosscheck({ docs, claims, derivations, timeframe: inferTimeframe(docs, claims, kb), kb });
    ms.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
  return { claimsCrosscheckMs: median(ms), provenanceMs: median(prov) };
}

if (process.argv[1] === self && process.argv[2]) {
  const mode = process.argv[2];
  const n = Number(process.argv[3]);
  if (mode === "stages" || mode === "story50") {
    console.log(JSON.stringify(mode === "stages" ? stages(n) : story50()));
  } else {
    const articles = corpus(n);
    const kb = loadKb();
    const t0 = performance.now();
    if (mode === "annotate") for (const a of articles) annotate(a);
    else if (mode === "analyze-2t") await analyzeParallel(articles, { kb, generatedAt: new Date().toISOString(), threads: 2 });
    else analyze(articles, { kb, generatedAt: new Date().toISOString() });
    const secs = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ perSecond: n / secs, peakMb: process.resourceUsage().maxRSS / 1024, wordsPerArticle: words(articles) / n }));
  }
}
