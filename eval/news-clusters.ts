// Story clustering quality on ECB+ (../shared/eval/news-clusters/dev.jsonl): B-cubed precision,
// recall and F1 of clusterStories against gold events, beside the plain TF-IDF + average-link
// baseline at its best threshold. Topics are split by sha1(topic) parity: options were tuned on
// the `tune` fold only; the `report` fold is the honest figure. Each topic holds two events of
// one kind, so both folds test same-topic-different-event confusion. The per-topic figure clusters
// each topic's articles alone (10-40 articles, as a desk would look at one kind of event), where
// telling the two events apart is all there is to do.
// Run: npx tsx eval/news-clusters.ts [--tune] [--fold tune|report]   (--fold: that fold's figures only)
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { averageLink, type Edge } from "../src/stories/agglomerate.js";
import { clusterStories, DEFAULT_STORY_OPTIONS, type StoryOptions } from "../src/stories/cluster.js";
import { terms } from "../src/similarity/tokens.js";
import { groupingFeatures } from "../src/stories/features.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { openStore } from "../src/store/open.js";
import { cosine, Idf, tfidf } from "../src/similarity/vectors.js";

interface Row {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly cluster: string;
  readonly topic: string;
}

type Fold = "tune" | "report";

export function foldOf(topic: string): Fold {
  const d = createHash("sha1").update(topic).digest();
  return (d[d.length - 1] ?? 0) % 2 === 0 ? "tune" : "report";
}

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** B-cubed over items: per item, the share of its predicted cluster that is gold-right, and vice versa. */
export function bcubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  const count = (xs: readonly string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const p = count(predicted), g = count(gold);
  const both = count(predicted.map((x, i) => `${x}\u0000${gold[i]}`));
  let precision = 0, recall = 0;
  predicted.forEach((x, i) => {
    const inter = both.get(`${x}\u0000${gold[i]}`) ?? 0;
    precision += inter / (p.get(x) ?? 1);
    recall += inter / (g.get(gold[i]!) ?? 1);
  });
  precision /= predicted.length || 1;
  recall /= predicted.length || 1;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function ours(docs: readonly Doc[], options: Partial<StoryOptions>): string[] {
  const story = new Map<string, string>();
  for (const g of clusterStories(docs, options)) for (const d of g.docs) story.set(d.article.id, g.id);
  return docs.map((d) => story.get(d.article.id) ?? d.article.id);
}

/** Mean B-cubed over topics, each topic's articles (`idx`, indexes into docs and rows) clustered alone. */
export function perTopic(docs: readonly Doc[], rows: readonly { readonly topic: string; readonly cluster: string }[], idx: readonly number[], options: Partial<StoryOptions>): BCubed {
  const topics = new Map<string, number[]>();
  for (const i of idx) topics.set(rows[i]!.topic, [...(topics.get(rows[i]!.topic) ?? []), i]);
  let precision = 0, recall = 0, f1 = 0;
  for (const members of topics.values()) {
    const b = bcubed(ours(members.map((i) => docs[i]!), options), members.map((i) => rows[i]!.cluster));
    precision += b.precision; recall += b.recall; f1 += b.f1;
  }
  const n = topics.size || 1;
  return { precision: precision / n, recall: recall / n, f1: f1 / n };
}

/**
 * The store's grouping as `ingest` does it (store/grouping.ts: analyze's clusterer on each new
 * article's neighbourhood), articles arriving in file order, in batches, into an empty embedded
 * store; no regroup.
 */
export async function stored(docs: readonly Doc[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "tri-eval-store-"));
  const store = await openStore({ db: dir });
  try {
    await store.putArticles(docs.map((d) => d.article));
    const out: string[] = [];
    for (let i = 0; i < docs.length; i += 100) {
      const batch = docs.slice(i, i + 100).map((d) => ({ articleId: d.article.id, title: d.article.title, keys: groupingFeatures(d) }));
      await store.saveStoryAssignments(batch);
    }
    const assigned = await store.storyAssignments();
    for (const d of docs) out.push(assigned.get(d.article.id) ?? d.article.id);
    return out;
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Baseline: tf-idf cosine over title + text, full average-link at `threshold`. */
function baseline(rows: readonly Row[], threshold: number): string[] {
  const idf = new Idf();
  const toks = rows.map((r) => terms(`${r.title}\n${r.text}`));
  for (const t of toks) idf.add(t);
  const vecs = toks.map((t) => tfidf(t, idf));
  const edges: Edge[] = [];
  for (let a = 0; a < rows.length; a++) for (let b = a + 1; b < rows.length; b++) edges.push({ a, b, score: cosine(vecs[a]!, vecs[b]!) });
  return averageLink(rows.length, edges, threshold, (i) => i).flatMap((c, k) => c.map((i) => [i, k] as const))
    .sort((x, y) => x[0] - y[0]).map(([, k]) => String(k));
}

const fmt = (b: BCubed) => `${b.precision.toFixed(3)}  ${b.recall.toFixed(3)}  ${b.f1.toFixed(3)}`;

/** Annotated once per process: `npm run eval` runs news-clusters and mixed-feed on the same articles. */
const loaded = new Map<string, { rows: Row[]; docs: Doc[] }>();

export function loadNewsClusters(sharedEvalDir: string): { rows: Row[]; docs: Doc[] } | null {
  const file = join(sharedEvalDir, "news-clusters", "dev.jsonl");
  if (!existsSync(file)) return null;
  const memo = loaded.get(file);
  if (memo) return memo;
  const rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const docs = rows.map((r) => {
    const text = normalizeText(r.text);
    return annotate({ id: articleId(text), sourceId: r.id, title: r.title, outlet: null, url: null, byline: null, publishedAt: null, path: null, text });
  });
  loaded.set(file, { rows, docs });
  return { rows, docs };
}

export async function run(sharedEvalDir: string, tune = false, only: Fold | null = null): Promise<Record<string, number | string>> {
  const data = loadNewsClusters(sharedEvalDir);
  if (!data) {
    console.log(`skipped: ${join(sharedEvalDir, "news-clusters")} not found`);
    return {};
  }
  const { rows, docs } = data;
  const out: Record<string, number | string> = {};
  const folds: Fold[] = only ? [only] : ["tune", "report"];
  const part = (fold: Fold) => rows.map((r, i) => [r, i] as const).filter(([r]) => foldOf(r.topic) === fold).map(([, i]) => i);

  if (tune) {
    // The grid on the tune fold, then an estimate of how well picking from it generalizes: for
    // each tune topic, the options best on the other tune topics, scored on the one left out.
    const idx = part("tune");
    const sub = idx.map((i) => docs[i]!), gold = idx.map((i) => rows[i]!.cluster);
    const topicsOf = [...new Set(idx.map((i) => rows[i]!.topic))];
    const grid: { options: Partial<StoryOptions>; f1: number; perTopic: number[] }[] = [];
    for (const mergeThreshold of [0.15, 0.175, 0.2, 0.225, 0.25])
      for (const splitRatio of [0.4, 0.5, 0.6])
        for (const eventWeight of [0.2, 0.25, 0.3, 0.35, 0.4])
          for (const adoptThreshold of [0.1, 0.11, 0.12, 0.14]) {
            const options = { mergeThreshold, splitRatio, eventWeight, adoptThreshold };
            const pred = ours(sub, options);
            const b = bcubed(pred, gold);
            const perTopic = topicsOf.map((t) => {
              const at = idx.flatMap((i, k) => (rows[i]!.topic === t ? [k] : []));
              return bcubed(at.map((k) => pred[k]!), at.map((k) => gold[k]!)).f1;
            });
            grid.push({ options, f1: b.f1, perTopic });
            console.log(`tune  merge ${mergeThreshold}  split ${splitRatio}  event ${eventWeight}  adopt ${adoptThreshold}  ${fmt(b)}`);
          }
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const heldOut = topicsOf.map((_, k) => {
      const best = grid.reduce((x, y) => (mean(y.perTopic.filter((_, j) => j !== k)) > mean(x.perTopic.filter((_, j) => j !== k)) ? y : x));
      return best.perTopic[k]!;
    });
    console.log(`tune  leave-one-topic-out: options picked on the other ${topicsOf.length - 1} tune topics, B³-F1 on the one left out, mean ${mean(heldOut).toFixed(3)}`);
  }

  // Baseline threshold: best on the tune fold, then applied to the report fold.
  const thresholds = [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3];
  const tuneIdx = part("tune");
  let bestT = thresholds[0]!, bestF = -1;
  for (const t of thresholds) {
    const f = bcubed(baseline(tuneIdx.map((i) => rows[i]!), t), tuneIdx.map((i) => rows[i]!.cluster)).f1;
    if (f > bestF) { bestF = f; bestT = t; }
  }
  console.log(`news-clusters (ECB+ dev, ${rows.length} articles; B-cubed; options tuned on 'tune' topics, 'report' topics held out)`);
  console.log("fold     articles  method                          P      R      F1");
  for (const fold of folds) {
    const idx = part(fold);
    const gold = idx.map((i) => rows[i]!.cluster);
    const t0 = performance.now();
    const o = bcubed(ours(idx.map((i) => docs[i]!), DEFAULT_STORY_OPTIONS), gold);
    const ms = performance.now() - t0;
    const b = bcubed(baseline(idx.map((i) => rows[i]!), bestT), gold);
    console.log(`${fold.padEnd(8)} ${String(idx.length).padStart(8)}  clusterStories                  ${fmt(o)}   (${ms.toFixed(0)} ms)`);
    console.log(`${fold.padEnd(8)} ${String(idx.length).padStart(8)}  baseline tf-idf avg-link @${bestT.toFixed(3)}  ${fmt(b)}`);
    const pt = perTopic(docs, rows, idx, DEFAULT_STORY_OPTIONS);
    console.log(`${fold.padEnd(8)} ${String(idx.length).padStart(8)}  clusterStories, each topic alone ${fmt(pt)}   (mean over topics)`);
    const st = bcubed(await stored(idx.map((i) => docs[i]!)), gold);
    console.log(`${fold.padEnd(8)} ${String(idx.length).padStart(8)}  store grouping, file order      ${fmt(st)}   (ingest, no regroup; ${(st.f1 - o.f1 >= 0 ? "+" : "") + (st.f1 - o.f1).toFixed(3)} vs clusterStories)`);
    // `triangulate regroup` reads the stored articles by id and settles them with clusterStories.
    const byId = idx.map((i) => docs[i]!).sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    const rg = bcubed(ours(byId, DEFAULT_STORY_OPTIONS), byId.map((d) => rows[docs.indexOf(d)]!.cluster));
    console.log(`${fold.padEnd(8)} ${String(idx.length).padStart(8)}  store, then regroup            ${fmt(rg)}   (as triangulate regroup)`);
    out[`${fold}.regroup.f1`] = rg.f1;
    out[`${fold}.perTopic.f1`] = pt.f1;
    out[`${fold}.store.f1`] = st.f1;
    out[`${fold}.ours.p`] = o.precision; out[`${fold}.ours.r`] = o.recall; out[`${fold}.ours.f1`] = o.f1;
    out[`${fold}.baseline.f1`] = b.f1;
  }
  // Both folds at once reads the report part: not with --fold.
  if (only) return out;
  const all = bcubed(ours(docs, DEFAULT_STORY_OPTIONS), rows.map((r) => r.cluster));
  console.log(`all      ${String(rows.length).padStart(8)}  clusterStories (both folds)     ${fmt(all)}`);
  out["all.ours.f1"] = all.f1;
  out["baseline.threshold"] = bestT;
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--fold");
  const fold = at > 0 ? process.argv[at + 1] : undefined;
  await run(resolve(here, "..", "../shared/eval"), process.argv.includes("--tune"), fold === "tune" || fold === "report" ? fold : null);
}
