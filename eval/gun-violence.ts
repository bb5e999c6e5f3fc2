// Story clustering on look-alike local news (../shared/eval/gun-violence, read its README): US
// shooting reports 2013–2017, each labelled with its Gun Violence Archive incident. Topic words
// do not separate incidents here (same city, same kind of event, same week); dates, places,
// victims and counts must. B-cubed P/R/F1 of clusterStories against the incidents, beside a
// plain scikit-learn-style baseline (TfidfVectorizer defaults on title + text, cosine distance,
// AgglomerativeClustering(linkage="average", distance_threshold=t)) whose threshold is chosen
// on the tune part and applied to the report part.
//
// Split: by incident, sha1(incident id) last byte parity → tune (even) / report (odd). Options
// are tuned on `tune` only (`--tune` runs nothing else); `report` is the honest figure.
// Run: npx tsx eval/gun-violence.ts [--tune]. The same articles with publication dates dropped: eval/mixed-feed.ts.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { clusterStories, type StoryOptions } from "../src/stories/cluster.js";
import { bcubed, type BCubed } from "./news-clusters.js";

interface Row {
  readonly id: string;
  readonly cluster: string;
  readonly title: string;
  readonly date: string | null;
  readonly text: string;
}

type Part = "tune" | "report";

export function partOf(incident: string): Part {
  const d = createHash("sha1").update(incident).digest();
  return (d[d.length - 1] ?? 0) % 2 === 0 ? "tune" : "report";
}

const fmt = (b: BCubed) => `${b.precision.toFixed(3)}  ${b.recall.toFixed(3)}  ${b.f1.toFixed(3)}`;

/** Annotated once per process: `npm run eval` runs gun-violence and mixed-feed on the same articles. */
const loaded = new Map<string, { rows: Row[]; docs: Doc[] }>();

export function loadGunViolence(sharedEvalDir: string): { rows: Row[]; docs: Doc[] } | null {
  const file = join(sharedEvalDir, "gun-violence", "dev.jsonl.gz");
  if (!existsSync(file)) return null;
  const memo = loaded.get(file);
  if (memo) return memo;
  const rows = gunzipSync(readFileSync(file)).toString("utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  // Each row is its own article. The id is the text's hash as ingest makes it, except where two
  // rows share a text (72 rows have none, and scraped pages of a site that served only its
  // furniture read alike: "You are the owner of this article."): ingest would take those for one
  // article, and B-cubed would count the rows of up to 38 incidents as one story.
  const seen = new Set<string>();
  const docs = rows.map((r) => {
    const text = normalizeText(r.text);
    let id = articleId(text);
    if (seen.has(id)) id = articleId(`${r.id}\n${text}`);
    seen.add(id);
    return annotate({ id, sourceId: r.id, title: r.title, outlet: null, url: null, byline: null, publishedAt: r.date || null, path: null, text });
  });
  loaded.set(file, { rows, docs });
  return { rows, docs };
}

export interface Clustered {
  readonly labels: string[];
  readonly stories: number;
  readonly largest: number;
  /** Stories whose articles' publication dates lie more than a year apart. */
  readonly yearsApart: number;
  readonly ms: number;
}

export function ours(docs: readonly Doc[], options: Partial<StoryOptions> = {}): Clustered {
  const t0 = performance.now();
  const groups = clusterStories(docs, options);
  const ms = performance.now() - t0;
  const story = new Map<string, string>();
  for (const g of groups) for (const d of g.docs) story.set(d.article.id, g.id);
  const day = (s: string) => Date.parse(s.slice(0, 10)) / 86_400_000;
  let yearsApart = 0;
  for (const g of groups) {
    const dates = g.docs.map((d) => d.article.publishedAt).filter((x): x is string => !!x).map(day);
    if (dates.length > 1 && Math.max(...dates) - Math.min(...dates) > 365) yearsApart++;
  }
  return {
    labels: docs.map((d) => story.get(d.article.id) ?? d.article.id),
    stories: groups.length, largest: Math.max(0, ...groups.map((g) => g.docs.length)), yearsApart, ms,
  };
}

// ---- baseline: scikit-learn TfidfVectorizer() + AgglomerativeClustering(metric="cosine", linkage="average") ----

/** TfidfVectorizer defaults: lowercase, tokens \b\w\w+\b, raw counts × smooth idf ln((1+n)/(1+df))+1, l2 norm. */
function tfidfVectors(texts: readonly string[]): { ids: Int32Array; w: Float64Array }[] {
  const vocab = new Map<string, number>();
  const counts = texts.map((t) => {
    const c = new Map<number, number>();
    for (const m of t.toLowerCase().matchAll(/\b\w\w+\b/gu)) {
      let id = vocab.get(m[0]);
      if (id === undefined) { id = vocab.size; vocab.set(m[0], id); }
      c.set(id, (c.get(id) ?? 0) + 1);
    }
    return c;
  });
  const df = new Float64Array(vocab.size);
  for (const c of counts) for (const id of c.keys()) df[id]!++;
  const n = texts.length;
  return counts.map((c) => {
    const ids = Int32Array.from([...c.keys()].sort((a, b) => a - b));
    const w = Float64Array.from(ids, (id) => c.get(id)! * (Math.log((1 + n) / (1 + df[id]!)) + 1));
    const norm = Math.hypot(...w) || 1;
    for (let k = 0; k < w.length; k++) w[k]! /= norm;
    return { ids, w };
  });
}

/**
 * The whole average-link dendrogram over cosine distance (nearest-neighbour chain, O(n²) time on
 * a dense matrix), as merges [a, b, height]. Average linkage is reducible, so cutting at any
 * threshold = keeping the merges below it, which is what distance_threshold does.
 */
function averageLinkDendrogram(texts: readonly string[]): [number, number, number][] {
  const vecs = tfidfVectors(texts);
  const n = texts.length;
  const sim = new Float64Array(n * n);
  const postings = new Map<number, [number, number][]>();
  vecs.forEach((v, a) => v.ids.forEach((id, k) => {
    const list = postings.get(id) ?? [];
    for (const [b, wb] of list) sim[a * n + b]! += v.w[k]! * wb;
    list.push([a, v.w[k]!]);
    postings.set(id, list);
  }));
  const d = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) { const x = 1 - sim[a * n + b]!; d[a * n + b] = x; d[b * n + a] = x; }
  const size = new Float64Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const merges: [number, number, number][] = [];
  const chain: number[] = [];
  let left = n;
  while (left > 1) {
    if (chain.length === 0) { for (let i = 0; i < n; i++) if (alive[i]) { chain.push(i); break; } }
    const a = chain[chain.length - 1]!;
    const prev = chain.length > 1 ? chain[chain.length - 2]! : -1;
    let best = prev, bd = prev >= 0 ? d[a * n + prev]! : Infinity;
    for (let c = 0; c < n; c++) {
      if (!alive[c] || c === a) continue;
      const x = d[a * n + c]!;
      if (x < bd) { bd = x; best = c; }
    }
    if (best === prev && prev >= 0) {
      chain.pop(); chain.pop();
      merges.push([a, prev, bd]);
      // Lance–Williams for average linkage; the merged cluster lives on in `prev`.
      for (let c = 0; c < n; c++) {
        if (!alive[c] || c === a || c === prev) continue;
        const x = (size[a]! * d[a * n + c]! + size[prev]! * d[prev * n + c]!) / (size[a]! + size[prev]!);
        d[prev * n + c] = x; d[c * n + prev] = x;
      }
      size[prev]! += size[a]!;
      alive[a] = 0;
      left--;
    } else chain.push(best);
  }
  return merges;
}

function cut(n: number, merges: readonly [number, number, number][], threshold: number): string[] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  for (const [a, b, h] of merges) if (h < threshold) parent[find(a)] = find(b);
  return Array.from({ length: n }, (_, i) => String(find(i)));
}

const THRESHOLDS = Array.from({ length: 19 }, (_, k) => 0.5 + 0.025 * k);

export async function run(sharedEvalDir: string, tuneOnly = false): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const data = loadGunViolence(sharedEvalDir);
  if (!data) {
    console.log(`skipped: ${join(sharedEvalDir, "gun-violence")} not found`);
    return {};
  }
  const { rows, docs } = data;
  const annotateMs = performance.now() - t0;
  const parts: Part[] = tuneOnly ? ["tune"] : ["tune", "report"];
  const idxOf = (p: Part) => rows.flatMap((r, i) => (partOf(r.cluster) === p ? [i] : []));
  const out: Record<string, number | string> = {};

  // Baseline threshold: best B³-F1 on the tune part.
  const tuneIdx = idxOf("tune");
  const tuneGold = tuneIdx.map((i) => rows[i]!.cluster);
  const tt0 = performance.now();
  const tuneTree = averageLinkDendrogram(tuneIdx.map((i) => `${rows[i]!.title}\n${rows[i]!.text}`));
  const tuneTreeMs = performance.now() - tt0;
  let bestT = THRESHOLDS[0]!, bestF = -1;
  for (const t of THRESHOLDS) {
    const f = bcubed(cut(tuneIdx.length, tuneTree, t), tuneGold).f1;
    if (f > bestF) { bestF = f; bestT = t; }
  }

  console.log(`gun-violence (GVA incidents, ${rows.length} articles, ${new Set(rows.map((r) => r.cluster)).size} incidents; B-cubed; split by sha1(incident) parity, options tuned on 'tune' only; annotate ${(annotateMs / 1000).toFixed(1)} s)`);
  console.log("part     articles incidents  method                               P      R      F1     stories  largest  >1y-apart  time");
  for (const p of parts) {
    const idx = p === "tune" ? tuneIdx : idxOf(p);
    const gold = idx.map((i) => rows[i]!.cluster);
    const o = ours(idx.map((i) => docs[i]!));
    const b = bcubed(o.labels, gold);
    const head = `${p.padEnd(8)} ${String(idx.length).padStart(8)} ${String(new Set(gold).size).padStart(9)}`;
    console.log(`${head}  clusterStories                       ${fmt(b)}  ${String(o.stories).padStart(7)}  ${String(o.largest).padStart(7)}  ${String(o.yearsApart).padStart(9)}  ${o.ms.toFixed(0)} ms (${(idx.length / (o.ms / 1000)).toFixed(0)} articles/s)`);
    const bt0 = performance.now();
    const tree = p === "tune" ? tuneTree : averageLinkDendrogram(idx.map((i) => `${rows[i]!.title}\n${rows[i]!.text}`));
    const bl = cut(idx.length, tree, bestT);
    const bb = bcubed(bl, gold);
    const sizes = new Map<string, number>();
    for (const x of bl) sizes.set(x, (sizes.get(x) ?? 0) + 1);
    console.log(`${head}  baseline tf-idf avg-link @${bestT.toFixed(3)} dist  ${fmt(bb)}  ${String(sizes.size).padStart(7)}  ${String(Math.max(...sizes.values())).padStart(7)}  ${"".padStart(9)}  ${(p === "tune" ? tuneTreeMs : performance.now() - bt0).toFixed(0)} ms`);
    out[`${p}.ours.p`] = b.precision; out[`${p}.ours.r`] = b.recall; out[`${p}.ours.f1`] = b.f1;
    out[`${p}.ours.stories`] = o.stories; out[`${p}.ours.largest`] = o.largest; out[`${p}.ours.yearsApart`] = o.yearsApart;
    out[`${p}.baseline.f1`] = bb.f1;
  }
  out["baseline.threshold"] = bestT;
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(resolve(here, "..", "../shared/eval"), process.argv.includes("--tune"));
}
