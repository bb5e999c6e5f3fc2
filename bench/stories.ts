// Stories + provenance speed at 10k and 100k articles: real texts (ECB+ dev, else the seeds)
// annotated once, then cloned with perturbed ids, names and numbers so every few clones make a
// distinct event. Prints articles/s, time per added article early and late in the run (flat =
// candidate search stays sub-linear) and peak RSS. Run: node --expose-gc --import tsx bench/stories.ts
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { findProvenance } from "../src/provenance/derive.js";
import { StoryIndex } from "../src/stories/cluster.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BASE_TEXTS = 300;
/** Clones of one text that share perturbation: they form one event. */
const EVENT_SIZE = 4;

export function baseDocs(): Doc[] {
  const file = resolve(root, "../shared/eval/news-clusters/dev.jsonl");
  const raw: { title: string; text: string }[] = existsSync(file)
    ? readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).slice(0, BASE_TEXTS).map((l) => JSON.parse(l) as { title: string; text: string })
    : readdirSync(join(root, "examples/istanbul-2025")).sort().map((f) => {
      const [title = "", ...rest] = readFileSync(join(root, "examples/istanbul-2025", f), "utf8").split("\n");
      return { title, text: rest.join("\n") };
    });
  return raw.map((r) => {
    const text = normalizeText(r.text);
    return annotate({ id: articleId(text), sourceId: null, title: r.title, outlet: null, url: null, byline: null, publishedAt: null, path: null, text });
  });
}

/** Same-length pseudo-word for `word` in event `event`, so offsets stay valid. */
function pseudo(word: string, event: number): string {
  let h = 2166136261 ^ event;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  if (((h >>> 0) % 10) === 0) return word; // keep 10% of words, as two reports of one kind of event might share
  let out = "";
  for (let i = 0; i < word.length; i++) { h = Math.imul(h ^ i, 16777619); out += String.fromCharCode(97 + ((h >>> 0) % 26)); }
  return out;
}

/** Clone k of a base doc: new id; words, names and numbers perturbed per event so clones of different events differ. */
export function clone(base: Doc, k: number): Doc {
  const event = Math.floor(k / EVENT_SIZE);
  const text = event === 0 ? base.article.text : base.article.text.replace(/\p{L}{4,}/gu, (w) => pseudo(w, event));
  // Copy the doc's property descriptors, not its values: `tokens` is a getter over packed tokens,
  // and spreading it would give every clone its own array of token objects.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base)) as Doc;
  return Object.assign(copy, {
    article: { ...base.article, id: `${base.article.id}-${k}`, text, title: base.article.title.replace(/\p{L}{4,}/gu, (w) => pseudo(w, event)) },
    dates: event === 0 ? base.dates : base.dates.map((d) => ({ ...d, from: null, to: null })),
    entities: base.entities.map((e) => ({ ...e, key: `${e.key} ${event}` })),
    quantities: base.quantities.map((q) => ({ ...q, value: q.value + event })),
  });
}

/**
 * The stories of `docs`, added one at a time, with the time per add early and late in the run. The
 * index is let go once its groups are out, as analyze's clusterStories lets it go before provenance.
 */
function cluster(docs: readonly Doc[], window: number) {
  const n = docs.length;
  const index = new StoryIndex();
  const t0 = performance.now();
  let earlyMs = 0, lateMs = 0;
  docs.forEach((d, i) => {
    const s = performance.now();
    index.add(d);
    const ms = performance.now() - s;
    if (i < window) earlyMs += ms;
    if (i >= n - window) lateMs += ms;
  });
  const addMs = performance.now() - t0;
  const g0 = performance.now();
  const groups = index.groups();
  const groupsMs = performance.now() - g0;
  return { groups, addMs, groupsMs, earlyMs, lateMs };
}

async function measure(bases: readonly Doc[], n: number): Promise<Record<string, number>> {
  (globalThis as { gc?: () => void }).gc?.();
  const docs: Doc[] = [];
  for (let k = 0; docs.length < n; k++) for (const b of bases) { if (docs.length >= n) break; docs.push(clone(b, k)); }
  const window = Math.max(100, Math.floor(n / 20));
  const { groups, addMs, groupsMs, earlyMs, lateMs } = cluster(docs, window);
  const p0 = performance.now();
  let derivations = 0;
  for (const g of groups) derivations += findProvenance(g.docs).derivations.length;
  const provMs = performance.now() - p0;
  const clusterMs = addMs + groupsMs;
  return {
    n, stories: groups.length, derivations,
    clusterPerSec: n / (clusterMs / 1000),
    earlyUsPerAdd: (earlyMs / window) * 1000, lateUsPerAdd: (lateMs / window) * 1000,
    groupsMs, provPerSec: n / (provMs / 1000), totalPerSec: n / ((clusterMs + provMs) / 1000),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export async function run(): Promise<void> {
  const bases = baseDocs();
  console.log(`stories + provenance bench (${bases.length} real texts cloned with perturbed ids, names, numbers; ${EVENT_SIZE} clones per event)`);
  console.log("articles  stories  derivations  cluster art/s  µs/add first 5%  µs/add last 5%  groups() ms  provenance art/s  total art/s  peak RSS MB");
  for (const n of [10_000, 100_000]) {
    const r = await measure(bases, n);
    console.log([
      String(r.n).padStart(8), String(r.stories).padStart(7), String(r.derivations).padStart(11),
      r.clusterPerSec!.toFixed(0).padStart(13), r.earlyUsPerAdd!.toFixed(0).padStart(16), r.lateUsPerAdd!.toFixed(0).padStart(15),
      r.groupsMs!.toFixed(0).padStart(11), r.provPerSec!.toFixed(0).padStart(16), r.totalPerSec!.toFixed(0).padStart(11), r.peakRssMb!.toFixed(0).padStart(11),
    ].join("  "));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
