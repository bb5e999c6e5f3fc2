// Story clustering on feeds without publication dates (issue 18). A folder of saved pages or a
// pasted set of texts often has no dates, and a general feed mixes every kind of news: then only
// what the texts say (places, names, ages, counts, written dates) can keep look-alike events
// apart, and topic words must not join two reports of one kind of event. Three figures:
// - GVA with publication dates dropped: the gun-violence articles (one week's look-alike
//   shootings in one city) clustered from their texts alone, B-cubed against the incidents;
// - FRANK as one corpus: the 349 CNN/Daily Mail and BBC articles of the factual-consistency set
//   (../shared/eval/factual-consistency, records are one model summary each; several records
//   share an article, so the articles are taken once, by FRANK's article id, then by text),
//   run together as `analyze` of one file would. Almost every one is another event, so a story
//   of several articles is a false merge unless eval/judged/frank-same-event.json judges its
//   articles one event (read by hand; each entry says why);
// - beside them, the dated figures they trade against: ECB+ (undated by nature) and dated GVA.
// Parts: GVA by sha1(incident) parity and ECB+ by sha1(topic) parity, as gun-violence.ts and
// news-clusters.ts; FRANK has no part held out (it is development data for this figure).
// Run: npx tsx eval/mixed-feed.ts [--tune] [--show] [--variants '[{...}, ...]']
//   --tune: tune parts only (no report part is read); --show: the leads of FRANK's false merges;
//   --variants: StoryOptions to compare (tune parts only).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { clusterStories, type StoryOptions } from "../src/stories/cluster.js";
import { loadGunViolence, partOf } from "./gun-violence.js";
import { bcubed, foldOf, loadNewsClusters, type BCubed } from "./news-clusters.js";

const here = dirname(fileURLToPath(import.meta.url));

interface FrankRow {
  readonly articleId: string;
  readonly article: string;
}

/** FRANK's articles, each once (by article id, then by normalized text), as `analyze` reads a JSONL line with only `id` and `text`. */
export function loadFrank(sharedEvalDir: string): Doc[] | null {
  const file = join(sharedEvalDir, "factual-consistency", "dev.jsonl");
  if (!existsSync(file)) return null;
  const seenSource = new Set<string>(), seenId = new Set<string>();
  const docs: Doc[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as FrankRow;
    if (seenSource.has(r.articleId)) continue;
    seenSource.add(r.articleId);
    const article = articleFromRecord(r.articleId, { id: r.articleId, text: r.article });
    if (seenId.has(article.id)) continue;
    seenId.add(article.id);
    docs.push(annotate(article));
  }
  return docs;
}

/** FRANK articles (by FRANK article id) judged by reading to report one event; every other pair is two events. */
interface SameEvent {
  readonly articles: readonly string[];
  readonly why: string;
}

function judgedSameEvent(): SameEvent[] {
  const file = join(here, "judged", "frank-same-event.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SameEvent[]) : [];
}

export interface MixedFigures {
  readonly stories: number;
  readonly multi: number;
  readonly inMulti: number;
  readonly falseMerges: number;
  readonly largest: number;
  readonly precision: number;
  /** The false merges, as each member's first 100 characters. */
  readonly wrong: readonly (readonly string[])[];
}

/** FRANK run as one corpus: how many stories of several articles, and how many of those join two events. */
export function frankFigures(docs: readonly Doc[], options: Partial<StoryOptions> = {}): MixedFigures {
  const event = new Map<string, string>();
  judgedSameEvent().forEach((g, k) => { for (const a of g.articles) event.set(a, `judged-${k}`); });
  const eventOf = (d: Doc) => event.get(d.article.sourceId ?? "") ?? d.article.id;
  const groups = clusterStories(docs, options);
  const multi = groups.filter((g) => g.docs.length > 1);
  const wrong = multi.filter((g) => new Set(g.docs.map(eventOf)).size > 1);
  const label = new Map<string, string>();
  for (const g of groups) for (const d of g.docs) label.set(d.article.id, g.id);
  const b = bcubed(docs.map((d) => label.get(d.article.id)!), docs.map(eventOf));
  return {
    stories: groups.length, multi: multi.length, inMulti: multi.reduce((n, g) => n + g.docs.length, 0),
    falseMerges: wrong.length, largest: Math.max(0, ...groups.map((g) => g.docs.length)), precision: b.precision,
    wrong: wrong.map((g) => g.docs.map((d) => `${d.article.sourceId}: ${d.article.text.slice(0, 100).replace(/\s+/g, " ")}`)),
  };
}

const undatedCache = new WeakMap<Doc, Doc>();
/** The same article with no publication date, annotated again (relative dates then resolve to nothing). */
function undated(d: Doc): Doc {
  let u = undatedCache.get(d);
  if (!u) undatedCache.set(d, (u = annotate({ ...d.article, publishedAt: null })));
  return u;
}

function labels(docs: readonly Doc[], options: Partial<StoryOptions>): string[] {
  const story = new Map<string, string>();
  for (const g of clusterStories(docs, options)) for (const d of g.docs) story.set(d.article.id, g.id);
  return docs.map((d) => story.get(d.article.id) ?? d.article.id);
}

const fmt = (b: BCubed) => `${b.precision.toFixed(3)}  ${b.recall.toFixed(3)}  ${b.f1.toFixed(3)}`;

export async function run(sharedEvalDir: string, tuneOnly = false, show = false, variants: Partial<StoryOptions>[] = [{}]): Promise<Record<string, number | string>> {
  const gva = loadGunViolence(sharedEvalDir), ecb = loadNewsClusters(sharedEvalDir), frank = loadFrank(sharedEvalDir);
  if (!gva || !ecb || !frank) {
    console.log(`skipped: gun-violence, news-clusters or factual-consistency not found in ${sharedEvalDir}`);
    return {};
  }
  const gvaIdx = (p: "tune" | "report") => gva.rows.flatMap((r, i) => (partOf(r.cluster) === p ? [i] : []));
  const ecbIdx = (p: "tune" | "report") => ecb.rows.flatMap((r, i) => (foldOf(r.topic) === p ? [i] : []));
  const out: Record<string, number | string> = {};
  console.log(`mixed-feed (undated and mixed feeds: GVA with publication dates dropped, ${frank.length} FRANK articles as one corpus; ECB+ and dated GVA beside them; B-cubed P R F1)`);
  for (const options of variants) {
    if (variants.length > 1) console.log(`options ${JSON.stringify(options)}`);
    for (const p of tuneOnly || variants.length > 1 ? (["tune"] as const) : (["tune", "report"] as const)) {
      const gi = gvaIdx(p), gold = gi.map((i) => gva.rows[i]!.cluster);
      const dated = bcubed(labels(gi.map((i) => gva.docs[i]!), options), gold);
      const und = bcubed(labels(gi.map((i) => undated(gva.docs[i]!)), options), gold);
      const ei = ecbIdx(p);
      const e = bcubed(labels(ei.map((i) => ecb.docs[i]!), options), ei.map((i) => ecb.rows[i]!.cluster));
      console.log(`${p.padEnd(7)} GVA undated ${fmt(und)}   GVA dated ${fmt(dated)}   ECB+ ${fmt(e)}`);
      out[`${p}.gvaUndated.f1`] = und.f1; out[`${p}.gvaDated.f1`] = dated.f1; out[`${p}.ecb.f1`] = e.f1;
    }
    const f = frankFigures(frank, options);
    console.log(`FRANK   ${f.stories} stories of ${frank.length} articles; ${f.multi} of several articles (${f.inMulti} articles, largest ${f.largest}), ${f.falseMerges} of them false merges; B-cubed P ${f.precision.toFixed(3)}`);
    out["frank.multi"] = f.multi; out["frank.falseMerges"] = f.falseMerges; out["frank.inMulti"] = f.inMulti; out["frank.precision"] = f.precision;
    if (show) for (const w of f.wrong) console.log(`  false merge:\n    ${w.join("\n    ")}`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--variants");
  const variants = at > 0 ? (JSON.parse(process.argv[at + 1]!) as Partial<StoryOptions>[]) : [{}];
  await run(resolve(here, "..", "../shared/eval"), process.argv.includes("--tune"), process.argv.includes("--show"), variants);
}
