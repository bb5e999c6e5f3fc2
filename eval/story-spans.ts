// Stories that span events years apart (issue 18: "A story's time frame must never span events years apart
// without saying so"). Each fold of a corpus set (`ecb-corpus`: ECB+ as one corpus per fold, undated;
// `gun-corpus`: GVA with publication dates) is clustered as `analyze` clusters it (eval/findings.ts reads it the
// same way), and every story of two or more articles whose articles' own dates lie more than a year apart is
// counted: beside it, how many of those join two gold events, and how many gold events themselves span a year
// (a crime and its trial). An article's own date: its publication day; else a dated dateline at the head of
// its text ("Tuesday, August 7, 2012"); else the year its headline or lead dates its event (features.ts
// anchorYear), as the whole year; else none.
// Run: npx tsx eval/story-spans.ts [--dataset ecb-corpus|gun-corpus]... [--fold tune|report] [--show]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { dedupe } from "../src/pipeline/analyze.js";
import { clusterStories } from "../src/stories/cluster.js";
import { dayNumber, eventFeatures } from "../src/stories/features.js";
import { loadEcbCorpus, loadGunCorpus, type EvalStory } from "./findings.js";

const here = dirname(fileURLToPath(import.meta.url));
const YEAR_DAYS = 365;

/** An article's own date as days [lo, hi], or null (see the header). */
export function ownDays(doc: Doc): readonly [number, number] | null {
  const pub = dayNumber(doc.article.publishedAt);
  if (pub !== null) return [pub, pub];
  for (const d of doc.dates) {
    if (d.from === null || d.granularity !== "day" || d.form !== "absolute" || d.span.start >= 80 || d.sentence > 1 || !/\b(?:19|20)\d\d\b/.test(d.span.text)) continue;
    const n = dayNumber(d.from);
    if (n !== null) return [n, n];
  }
  const y = eventFeatures(doc).anchorYear;
  if (y === null) return null;
  return [dayNumber(`${y}-01-01`)!, dayNumber(`${y}-12-31`)!];
}

/** Whether two of the articles' own dates lie more than a year apart. */
export function spansYears(days: readonly (readonly [number, number] | null)[]): boolean {
  let maxLo = -Infinity, minHi = Infinity;
  for (const d of days) if (d) { maxLo = Math.max(maxLo, d[0]); minHi = Math.min(minHi, d[1]); }
  return maxLo - minHi > YEAR_DAYS;
}

export function spanFigures(story: EvalStory, goldOf: (sourceId: string) => string, show = false): Record<string, number> {
  const articles = dedupe(story.rows.map((r) => articleFromRecord(r.id, {
    id: r.id, title: r.title ?? null, text: r.text, url: r.url ?? null, outlet: r.outlet ?? null, publishedAt: r.date ?? null, byline: r.byline ?? null,
  })));
  const docs = articles.map(annotate);
  const own = new Map(docs.map((d) => [d.article.id, ownDays(d)]));
  const groups = clusterStories(docs).filter((g) => g.docs.length > 1);
  const spanning = groups.filter((g) => spansYears(g.docs.map((d) => own.get(d.article.id)!)));
  const mixed = spanning.filter((g) => new Set(g.docs.map((d) => goldOf(d.article.sourceId ?? ""))).size > 1);
  const gold = new Map<string, Doc[]>();
  for (const d of docs) { const k = goldOf(d.article.sourceId ?? ""); gold.set(k, [...(gold.get(k) ?? []), d]); }
  const goldSpanning = [...gold.values()].filter((ds) => ds.length > 1 && spansYears(ds.map((d) => own.get(d.article.id)!)));
  const noted = spanning.filter((g) => g.notes.some((n) => /apart/.test(n)));
  console.log(`${story.id}: ${docs.length} articles, ${groups.length} stories of two or more; spanning > 1 year: ${spanning.length} (joining two gold events: ${mixed.length}; saying so in a note: ${noted.length}); gold events spanning > 1 year: ${goldSpanning.length}`);
  if (show) for (const g of spanning) {
    console.log(`  story ${g.id} (${g.docs.length}): ${g.title.slice(0, 70)}`);
    for (const d of g.docs) {
      const o = own.get(d.article.id);
      const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
      console.log(`    ${goldOf(d.article.sourceId ?? "")} ${o ? `${iso(o[0])}..${iso(o[1])}` : "undated".padEnd(22)} ${d.article.title.slice(0, 60)}`);
    }
  }
  return { stories: groups.length, spanning: spanning.length, mixed: mixed.length, goldSpanning: goldSpanning.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const values = (flag: string) => argv.flatMap((a, i) => (a === flag && argv[i + 1] ? [argv[i + 1]!] : []));
  const datasets = values("--dataset").length ? values("--dataset") : ["ecb-corpus"];
  const folds = values("--fold").length ? values("--fold") : ["tune"];
  const dir = resolve(here, "..", "../shared/eval");
  for (const dataset of datasets) {
    if (dataset === "ecb-corpus") {
      const gold = new Map(readFileSync(resolve(dir, "news-clusters/dev.jsonl"), "utf8").split("\n").filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; cluster: string }).map((r) => [r.id, r.cluster]));
      for (const s of loadEcbCorpus(dir).filter((s) => folds.includes(s.fold))) spanFigures(s, (id) => gold.get(id) ?? id, argv.includes("--show"));
    } else if (dataset === "gun-corpus") {
      for (const s of loadGunCorpus(dir).filter((s) => folds.includes(s.fold))) spanFigures(s, (id) => s.truthBySource?.get(id)?.incident ?? id, argv.includes("--show"));
    }
  }
}
