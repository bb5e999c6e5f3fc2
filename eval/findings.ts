// Judged-findings evaluation (issue 17): how many high and medium findings a fact-checker would act
// on. Each GOLD story of three real-news sets is analyzed as one story (this measures cross-checking,
// not clustering) with the pipeline's per-story stages (analyzeStory); every high/medium finding is
// matched to the judgements in eval/judged/<dataset>.jsonl (format and verdict rules in
// eval/judged/README.md) and the precision is printed per fold, type, severity and dataset.
// Findings nobody judged yet are counted and listed, and can be exported with their sentences for
// a judge (export files go to tmp/, which is gitignored: article text never enters the repo).
//
// Folds: news-clusters stories fall in the fold of their ECB+ topic, sha1(topic) last byte even =
// tune, the split eval/crosscheck.ts uses, so a rule tuned on the planted benchmark's tune fold
// never sees a judged report story. gun-violence and outlets-framing: sha1(story id), same parity.
//
// `pages` (real news pages of the three HTML eval folders) is no set of gold stories: each fold is one corpus,
// clustered as `analyze` clusters a folder of pages, so findings between pages wrongly grouped count too.
//
// `gun-corpus` (every gun-violence dev article) is the same for local shooting reports: each fold one corpus, so
// findings between look-alike incidents that the clusterer groups together count too.
//
// `polnear-corpus` (PolNeAR's 928 US political articles of 7 outlets, 2015–2016) is the same for election news: each fold
// (ISO-week parity of the date) one corpus, full of look-alike numbers (polls, delegates, dollars, ages, dates).
//
// `frank-corpus` (FRANK's 349 CNN/Daily Mail and BBC articles, undated, nearly all of other events) is the same: each fold one corpus.
//
// Run: npx tsx eval/findings.ts [--dataset news-clusters|gun-violence|outlets-framing|paraphrase|pages|gun-corpus|polnear-corpus|ecb-corpus|frank-corpus]... [--fold tune|report]
//        [--list] [--show-false|--show-all] [--export DIR [--with-low]] [--dump FILE] [--gun-incidents FROM:TO]   (DIR/unjudged-<dataset>-<fold>.jsonl, ready to judge;
//        --with-low adds unjudged low findings, so that a rule change raising one to medium finds it judged)
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import type { FindingDraft } from "../src/domain/finding.js";
import { decodeHtmlBytes } from "../src/ingest/charset.js";
import { extractHtml } from "../src/ingest/html.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { loadKb } from "../src/kb/load.js";
import { analyzeStory, dedupe } from "../src/pipeline/analyze.js";
import { clusterStories } from "../src/stories/cluster.js";
import {
  type Counts, emptyCounts, type Fold, type FindingRef, indexJudged, type Judged, judgedCount, judgedTotal, MAX_EVIDENCE, matchFinding, parseJudged, precision, tally,
} from "./judged/match.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
export const DATASETS = ["news-clusters", "gun-violence", "outlets-framing", "paraphrase", "pages", "gun-corpus", "polnear-corpus", "ecb-corpus", "frank-corpus"] as const;
export type Dataset = (typeof DATASETS)[number];
/** gun-violence has 2,000+ incidents; this many with two or more articles, the first by sha1(incident). */
export const GUN_INCIDENTS = 150;

interface Row { id: string; cluster: string; title?: string; text: string; topic?: string; date?: string; url?: string | null; outlet?: string | null; byline?: string | null }
/** One MRPC pair (../shared/eval/paraphrase/dev.jsonl): two sentences of two outlets' articles on the same news. */
interface Pair { id: string; a: string; b: string; label?: number; aOutlet?: string | null; bOutlet?: string | null; aDate?: string | null; bDate?: string | null }
interface Incident { incident: string; date: string; state: string; cityOrCounty: string; killed: number; injured: number }

export interface EvalStory {
  readonly dataset: Dataset;
  readonly id: string;
  readonly fold: Fold;
  readonly rows: readonly Row[];
  readonly truth?: Incident;
  /**
   * `pages`: the rows are a whole corpus of unrelated news pages, clustered into stories as a user's
   * `analyze` of a folder would; cross-article findings between pages wrongly grouped are real false alarms.
   */
  readonly corpus?: boolean;
  /** `pages`: pages the HTML extraction gave no article text for (skipped, as `analyze` skips them). */
  readonly skipped?: number;
  /** `gun-corpus`: each article's own incident (source id → GVA truth), for the judge's export. */
  readonly truthBySource?: ReadonlyMap<string, Incident>;
}

const sha1 = (s: string) => createHash("sha1").update(s).digest();
export const foldOfKey = (key: string): Fold => ((sha1(key)[19]! % 2) === 0 ? "tune" : "report");

const jsonl = <T>(text: string): T[] => text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

function group(rows: readonly Row[]): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  // Articles the scrape left empty are skipped (the pipeline refuses them).
  for (const r of rows) if (r.text.trim()) m.set(r.cluster, [...(m.get(r.cluster) ?? []), r]);
  return m;
}

export function loadStories(dir: string, datasets: readonly Dataset[] = DATASETS, gunSlice: readonly [number, number] = [0, GUN_INCIDENTS]): EvalStory[] {
  const out: EvalStory[] = [];
  for (const dataset of datasets) {
    if (dataset === "news-clusters") {
      const file = join(dir, "news-clusters/dev.jsonl");
      if (!existsSync(file)) continue;
      for (const [id, rows] of [...group(jsonl<Row>(readFileSync(file, "utf8")))].sort()) {
        if (rows.length >= 2) out.push({ dataset, id, fold: foldOfKey(rows[0]!.topic ?? id), rows });
      }
    } else if (dataset === "gun-violence") {
      const file = join(dir, "gun-violence/dev.jsonl.gz");
      if (!existsSync(file)) continue;
      const truth = new Map(jsonl<Incident>(readFileSync(join(dir, "gun-violence/incidents-dev.jsonl"), "utf8")).map((i) => [i.incident, i]));
      const picked = [...group(jsonl<Row>(gunzipSync(readFileSync(file)).toString("utf8")))]
        .filter(([, rows]) => rows.length >= 2)
        .sort(([a], [b]) => sha1(a).toString("hex").localeCompare(sha1(b).toString("hex")))
        .slice(gunSlice[0], gunSlice[1]);
      for (const [id, rows] of picked) out.push({ dataset, id, fold: foldOfKey(id), rows, truth: truth.get(id) });
    } else if (dataset === "paraphrase") {
      // Each pair is a two-article story: sentence a and sentence b, with their outlets and dates when the
      // corpus gives them. Fold by sha1(pair id), like the other sets.
      const file = join(dir, "paraphrase/dev.jsonl");
      if (!existsSync(file)) continue;
      for (const p of jsonl<Pair>(readFileSync(file, "utf8"))) {
        const rows: Row[] = [
          { id: `${p.id}/a`, cluster: p.id, text: p.a, date: p.aDate ?? undefined, outlet: p.aOutlet ?? null },
          { id: `${p.id}/b`, cluster: p.id, text: p.b, date: p.bDate ?? undefined, outlet: p.bOutlet ?? null },
        ].filter((r) => r.text.trim());
        if (rows.length === 2) out.push({ dataset, id: p.id, fold: foldOfKey(p.id), rows });
      }
    } else if (dataset === "pages") {
      out.push(...loadPages(dir));
    } else if (dataset === "gun-corpus") {
      out.push(...loadGunCorpus(dir));
    } else if (dataset === "polnear-corpus") {
      out.push(...loadPolnearCorpus(dir));
    } else if (dataset === "ecb-corpus") {
      out.push(...loadEcbCorpus(dir));
    } else if (dataset === "frank-corpus") {
      out.push(...loadFrankCorpus(dir));
    } else {
      const file = join(dir, "outlets-framing/dev.jsonl");
      if (!existsSync(file)) continue;
      for (const [id, rows] of [...group(jsonl<Row>(readFileSync(file, "utf8")))].sort()) out.push({ dataset, id, fold: foldOfKey(id), rows });
    }
  }
  return out;
}

/**
 * `gun-corpus`: every gun-violence dev article (incidents with one article too), each fold (sha1(incident) by
 * `foldOfKey`, the split of `gun-violence`) run as ONE corpus, clustered as `analyze` clusters. Local reports of
 * look-alike shootings (same city, same week) are what the clusterer may group together, so the findings between
 * articles of different incidents that `gun-violence` (gold stories analyzed alone) never shows appear here. A whole
 * fold (~1,900 articles) takes well under a minute, so it is not split. Articles in incident-then-id order.
 */
export function loadGunCorpus(dir: string): EvalStory[] {
  const file = join(dir, "gun-violence/dev.jsonl.gz");
  if (!existsSync(file)) return [];
  const truth = new Map(jsonl<Incident>(readFileSync(join(dir, "gun-violence/incidents-dev.jsonl"), "utf8")).map((i) => [i.incident, i]));
  const rows: Record<Fold, Row[]> = { tune: [], report: [] };
  const truthBySource: Record<Fold, Map<string, Incident>> = { tune: new Map(), report: new Map() };
  for (const [incident, rs] of [...group(jsonl<Row>(gunzipSync(readFileSync(file)).toString("utf8")))].sort(([a], [b]) => a.localeCompare(b))) {
    const fold = foldOfKey(incident), t = truth.get(incident);
    for (const r of [...rs].sort((a, b) => a.id.localeCompare(b.id))) {
      rows[fold].push({ ...r, cluster: `gun-corpus-${fold}` });
      if (t) truthBySource[fold].set(r.id, t);
    }
  }
  return (["tune", "report"] as const).filter((f) => rows[f].length > 0)
    .map((fold) => ({ dataset: "gun-corpus" as const, id: `gun-corpus-${fold}`, fold, rows: rows[fold], corpus: true, truthBySource: truthBySource[fold] }));
}

/**
 * `ecb-corpus`: every ECB+ article of ../shared/eval/news-clusters (single-article clusters too), each fold
 * (`foldOfKey(topic)`, the split of `news-clusters`) run as ONE corpus clustered as `analyze` clusters. ECB+ topics
 * hold two look-alike events each (two earthquakes, two shootings, two product launches years apart): what the
 * clusterer wrongly joins gives findings between events that `news-clusters` (gold stories analyzed alone) never
 * shows. A newsroom running `analyze` on such a feed sees these. Articles in topic-then-id order.
 */
export function loadEcbCorpus(dir: string): EvalStory[] {
  const file = join(dir, "news-clusters/dev.jsonl");
  if (!existsSync(file)) return [];
  const rows: Record<Fold, Row[]> = { tune: [], report: [] };
  const all = jsonl<Row>(readFileSync(file, "utf8")).filter((r) => r.text.trim())
    .sort((a, b) => (a.topic ?? a.cluster).localeCompare(b.topic ?? b.cluster) || a.id.localeCompare(b.id));
  for (const r of all) {
    const fold = foldOfKey(r.topic ?? r.cluster);
    rows[fold].push({ ...r, cluster: `ecb-corpus-${fold}` });
  }
  return (["tune", "report"] as const).filter((f) => rows[f].length > 0)
    .map((fold) => ({ dataset: "ecb-corpus" as const, id: `ecb-corpus-${fold}`, fold, rows: rows[fold], corpus: true }));
}

/** An article of PolNeAR (../shared/eval/quotes/dev.jsonl.gz); its attributions are not read here. */
interface PolnearRow { id: string; title?: string | null; date?: string | null; publisher?: string | null; text: string }

/** ISO-8601 week of a `YYYY-MM-DD` date: [ISO year, week number]. */
export function isoWeek(date: string): [number, number] {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() - day + 3); // the Thursday of its week decides the year
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return [year, week];
}

/**
 * `polnear-corpus`: the 928 US political articles of PolNeAR (7 outlets, Nov 2015 – Oct 2016; train, dev and
 * annotator-training of ../shared/eval/quotes), each fold run as ONE corpus clustered as `analyze` clusters. Fold by
 * the parity of the ISO week of the article's date (even = tune, odd = report): the corpus sampled days across a year,
 * so one week's coverage of an event (a debate, a primary night, a poll) stays in one fold, and the split is even
 * (469 / 459 articles). A story that runs over two weeks is split between the folds; the key is deterministic and
 * needs no gold story. Title, text, date as publishedAt and publisher as outlet; articles in id order.
 */
export function loadPolnearCorpus(dir: string): EvalStory[] {
  const file = join(dir, "quotes/dev.jsonl.gz");
  if (!existsSync(file)) return [];
  const rows: Record<Fold, Row[]> = { tune: [], report: [] };
  for (const r of jsonl<PolnearRow>(gunzipSync(readFileSync(file)).toString("utf8")).sort((a, b) => a.id.localeCompare(b.id))) {
    if (!r.text.trim() || !r.date) continue;
    const fold: Fold = isoWeek(r.date)[1] % 2 === 0 ? "tune" : "report";
    rows[fold].push({ id: r.id, cluster: `polnear-corpus-${fold}`, title: r.title ?? undefined, text: r.text, date: r.date, outlet: r.publisher ?? null });
  }
  return (["tune", "report"] as const).filter((f) => rows[f].length > 0)
    .map((fold) => ({ dataset: "polnear-corpus" as const, id: `polnear-corpus-${fold}`, fold, rows: rows[fold], corpus: true }));
}

/** A record of FRANK (../shared/eval/factual-consistency/dev.jsonl): one model summary of one article; the summary is not read here. */
interface FrankRecord { articleId: string; article: string }

/**
 * `frank-corpus`: the 349 CNN/Daily Mail and BBC articles of FRANK (2010s; sport, business, courts, crime, politics),
 * each once (several records share an article: by FRANK's article id, then by text), each fold (sha1(article id) by
 * `foldOfKey`) run as ONE corpus clustered as `analyze` clusters. Read as `analyze` reads a JSONL line with only `id`
 * and `text`: no title, outlet or date (the set gives none; its URLs are archive captures, not publication dates), so
 * every relative date stays unresolved and the only time anchors are what the texts themselves write (years, dated
 * events, office holders). Almost every article reports another event, so a cross-article finding is between
 * articles the clusterer wrongly grouped unless they do share an event. Articles in article-id order.
 */
export function loadFrankCorpus(dir: string): EvalStory[] {
  const file = join(dir, "factual-consistency/dev.jsonl");
  if (!existsSync(file)) return [];
  const rows: Record<Fold, Row[]> = { tune: [], report: [] };
  const seenSource = new Set<string>(), seenText = new Set<string>();
  for (const r of jsonl<FrankRecord>(readFileSync(file, "utf8")).sort((a, b) => a.articleId.localeCompare(b.articleId))) {
    if (seenSource.has(r.articleId) || !r.article.trim()) continue;
    seenSource.add(r.articleId);
    const key = r.article.replace(/\s+/g, " ").trim();
    if (seenText.has(key)) continue;
    seenText.add(key);
    const fold = foldOfKey(r.articleId);
    rows[fold].push({ id: r.articleId, cluster: `frank-corpus-${fold}`, text: r.article });
  }
  return (["tune", "report"] as const).filter((f) => rows[f].length > 0)
    .map((fold) => ({ dataset: "frank-corpus" as const, id: `frank-corpus-${fold}`, fold, rows: rows[fold], corpus: true }));
}

/** The folders of real news pages the `pages` set reads (each holds html/<file>.gz). */
export const PAGE_FOLDERS = ["html-extraction", "html-dates", "html-dates-bbaw"] as const;

/**
 * `pages`: every real news page of the three HTML eval folders, read as a user's `analyze` of an HTML
 * folder reads a page (src/ingest/files.ts: the page's charset, the project's HTML extraction, title, byline,
 * date and outlet from the page itself; no URL, which a user's file does not carry). A page without article
 * text is skipped and counted. Fold: sha1 of the file name (without .gz) by `foldOfKey`; each fold is one
 * corpus, in file-name order.
 */
export function loadPages(dir: string): EvalStory[] {
  const rows: Record<Fold, Row[]> = { tune: [], report: [] };
  const skipped: Record<Fold, number> = { tune: 0, report: 0 };
  for (const folder of PAGE_FOLDERS) {
    const html = join(dir, folder, "html");
    if (!existsSync(html)) continue;
    for (const gz of readdirSync(html).filter((f) => f.endsWith(".gz")).sort()) {
      const name = gz.replace(/\.gz$/, "");
      const fold = foldOfKey(name);
      // `analyze` skips a page it cannot read, one with no article text, and an article over its length limit.
      let row: Row;
      try {
        const page = extractHtml(decodeHtmlBytes(gunzipSync(readFileSync(join(html, gz)))));
        row = { id: `${folder}/${name}`, cluster: `pages-${fold}`, title: page.title ?? undefined, text: page.text, date: page.publishedAt ?? undefined, outlet: page.outlet, byline: page.byline };
        if (page.text.trim().length === 0) throw new Error("no text");
        articleFromRecord(row.id, { id: row.id, text: row.text });
      } catch { skipped[fold]++; continue; }
      rows[fold].push(row);
    }
  }
  return (["tune", "report"] as const).filter((f) => rows[f].length + skipped[f] > 0)
    .map((fold) => ({ dataset: "pages" as const, id: `pages-${fold}`, fold, rows: rows[fold].sort((a, b) => a.id.localeCompare(b.id)), corpus: true, skipped: skipped[fold] }));
}

export interface Found extends FindingRef {
  /** For the judge only (never stored): the sentence(s) around each evidence span. */
  readonly context: readonly { readonly source: string; readonly sentence: string }[];
}

function sentenceAround(doc: Doc, start: number, end: number): string {
  const inside = doc.sentences.filter((s) => s.end > start && s.start < end);
  const from = Math.min(start, ...inside.map((s) => s.start)), to = Math.max(end, ...inside.map((s) => s.end));
  const text = doc.article.text;
  return (from > 0 && to - from > 900 ? text.slice(Math.max(from, start - 300), Math.min(to, end + 300)) : text.slice(from, to)).replace(/\s+/g, " ").trim();
}

/**
 * The high/medium/low findings of one story, analyzed alone, with source ids in place of article ids. A corpus
 * (`pages`) is first clustered into stories, as `analyze` does, and each story is analyzed.
 */
export function storyFindings(story: EvalStory, kb: ReturnType<typeof loadKb>): Found[] {
  const articles = dedupe(story.rows.map((r) => articleFromRecord(r.id, {
    id: r.id, title: story.dataset === "outlets-framing" || story.dataset === "paraphrase" ? null : r.title ?? null, text: r.text,
    url: r.url ?? null, outlet: r.outlet ?? null, publishedAt: r.date ?? null, byline: r.byline ?? null,
  })));
  const docs = articles.map(annotate);
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const parts = story.corpus ? clusterStories(docs).map((g) => analyzeStory(g.docs, kb)) : [analyzeStory(docs, kb)];
  const findings = parts.flatMap((p) => p.findings), claims = parts.flatMap((p) => p.claims);
  const quotes = new Map(claims.flatMap((c) => (c.kind === "quote" ? [[c.id, c] as const] : [])));
  return findings.filter((f) => f.severity !== "info").map((f: FindingDraft) => ({
    dataset: story.dataset, story: story.id, fold: story.fold, type: f.type, rule: f.rule, severity: f.severity, summary: f.summary,
    ...(f.type === "single-source" && f.claimIds.some((id) => quotes.has(id))
      ? { speaker: quotes.get(f.claimIds.find((id) => quotes.has(id))!)!.value.speaker } : {}),
    evidence: f.evidence.map((e) => ({ source: byId.get(e.articleId)?.article.sourceId ?? e.articleId, text: e.text.slice(0, MAX_EVIDENCE) })),
    context: f.evidence.map((e) => {
      const d = byId.get(e.articleId);
      return { source: d?.article.sourceId ?? e.articleId, sentence: d ? sentenceAround(d, e.start, e.end) : e.text };
    }),
  }));
}

export function loadJudged(dir = join(here, "judged")): Judged[] {
  const out: Judged[] = [];
  for (const dataset of DATASETS) {
    const file = join(dir, `${dataset}.jsonl`);
    if (!existsSync(file)) continue;
    readFileSync(file, "utf8").split("\n").forEach((l, i) => { if (l.trim()) out.push(parseJudged(l, `${file}:${i + 1}`)); });
  }
  return out;
}

const f3 = (x: number | null) => (x === null ? "  -  " : x.toFixed(3));
const row = (label: string, c: Counts) => {
  const p = precision(c);
  return `  ${label.padEnd(22)} ${String(judgedTotal(c) + c.unjudged).padStart(5)} ${String(c.true).padStart(5)} ${String(c.defensible).padStart(5)} ${String(c.false).padStart(5)} ${String(c.unjudged).padStart(5)}   ${f3(p.ok)}  ${f3(p.trueOnly)}`;
};

function sum(cs: Iterable<Counts>): Counts {
  const t = emptyCounts();
  for (const c of cs) { t.true += c.true; t.defensible += c.defensible; t.false += c.false; t.unjudged += c.unjudged; }
  return t;
}

export interface Options {
  datasets?: readonly Dataset[]; folds?: readonly Fold[]; exportDir?: string; list?: boolean;
  /** Print each finding judged false with the reason (for the tune fold: what to fix). */
  showFalse?: boolean;
  /** Print every judged high/medium finding with its verdict and reason, and the low ones judged true. */
  showAll?: boolean;
  /** Export unjudged low findings too: a rule change that raises one to medium then finds it judged. */
  withLow?: boolean;
  /**
   * Which gun-violence incidents (by sha1 order) to analyze; the default [0, 150] is the judged set the
   * figures are reported on. Another slice ("--gun-incidents 150:600") is a fresh batch nobody tuned
   * on: export it, judge it, and report it apart.
   */
  gunSlice?: readonly [number, number];
  /** Write every finding (low too) with its context sentences and the matched verdict, one JSON line each: data for calibrating severities. */
  dumpFile?: string;
}

const scored = (f: FindingRef) => f.severity === "high" || f.severity === "medium";

export async function run(dir: string, opts: Options = {}): Promise<Record<string, number | string>> {
  const stories = loadStories(dir, opts.datasets ?? DATASETS, opts.gunSlice).filter((s) => !opts.folds || opts.folds.includes(s.fold));
  if (stories.length === 0) { console.log(`skipped: no judged-findings data under ${dir}`); return {}; }
  const kb = loadKb();
  const every: Found[] = [];
  const t0 = performance.now();
  for (const s of stories) every.push(...storyFindings(s, kb));
  const ms = performance.now() - t0;
  const found = every.filter(scored);
  const index = indexJudged(loadJudged());
  const out: Record<string, number | string> = {};
  const articles = stories.reduce((n, s) => n + s.rows.length, 0);
  const corpora = stories.filter((s) => s.corpus);
  console.log(`judged findings: ${stories.length - corpora.length} gold stories analyzed alone${corpora.length ? ` and ${corpora.length} corpora clustered as \`analyze\` does (${corpora.map((s) => `${s.id}: ${s.rows.length} articles${s.skipped !== undefined ? `, ${s.skipped} skipped` : ""}`).join("; ")})` : ""}, ${articles} articles (${(ms / 1000).toFixed(1)} s); high/medium findings only`);
  console.log(`judgements: ${judgedCount(index)} findings judged in eval/judged/*.jsonl`);
  const unjudgedAll: Found[] = [];
  let overlapMatches = 0;
  for (const f of every) {
    const m = matchFinding(f, index);
    if (!m) unjudgedAll.push(f); else if (m.how === "overlap" && scored(f)) overlapMatches++;
  }
  const unjudged = unjudgedAll.filter(scored);
  if (opts.dumpFile) {
    writeFileSync(resolve(opts.dumpFile), every.map((f) => {
      const m = matchFinding(f, index);
      return JSON.stringify({ ...f, verdict: m?.judged.verdict ?? null, reason: m?.judged.reason ?? null });
    }).join("\n") + "\n");
    console.log(`dumped ${every.length} findings → ${opts.dumpFile}`);
  }
  for (const fold of ["tune", "report"] as const) {
    const fs = found.filter((f) => f.fold === fold);
    if (fs.length === 0) {
      // A fold with no high/medium finding (FRANK's mostly one-article stories) still shows its low findings.
      const low = every.filter((f) => f.fold === fold).map((f) => matchFinding(f, index)?.judged.verdict);
      if (low.length) console.log(`\n-- fold ${fold}: 0 high/medium findings; low findings: ${low.length}, judged ${low.filter((v) => v !== undefined).length}, of which true ${low.filter((v) => v === "true").length} --`);
      continue;
    }
    const all = sum(tally(fs, index, () => "all").values());
    const high = sum(tally(fs.filter((f) => f.severity === "high"), index, () => "high").values());
    const p = precision(all), ph = precision(high);
    const inFold = stories.filter((s) => s.fold === fold);
    console.log(`\n-- fold ${fold}: ${fs.length} high/medium findings in ${inFold.filter((s) => !s.corpus).length} stories${inFold.some((s) => s.corpus) ? ` and ${inFold.filter((s) => s.corpus).length} corpora` : ""} --`);
    console.log(`  precision (true+defensible) ${f3(p.ok)}   true only ${f3(p.trueOnly)}   high precision (true) ${f3(ph.trueOnly)} of ${judgedTotal(high)} judged high   (judged ${judgedTotal(all)}, unjudged ${all.unjudged})`);
    console.log(`  ${"".padEnd(22)} ${"n".padStart(5)} ${"true".padStart(5)} ${"def".padStart(5)} ${"false".padStart(5)} ${"unj".padStart(5)}   prec   true`);
    for (const [label, by] of [["type", (f: FindingRef) => f.type], ["severity", (f: FindingRef) => f.severity], ["dataset", (f: FindingRef) => f.dataset], ["type/severity", (f: FindingRef) => `${f.type}/${f.severity}`]] as const) {
      console.log(`  by ${label}`);
      for (const [k, c] of [...tally(fs, index, by)].sort(([a], [b]) => a.localeCompare(b))) console.log(row(k, c));
    }
    console.log(row("all", all));
    const low = every.filter((f) => f.fold === fold && f.severity === "low").map((f) => matchFinding(f, index)?.judged.verdict);
    const lowJudged = low.filter((v) => v !== undefined).length, lowTrue = low.filter((v) => v === "true").length;
    if (lowJudged) console.log(`  low findings: ${low.length}, judged ${lowJudged}, of which true ${lowTrue} (real problems under-rated as low)`);
    out[`${fold}.lowTrue`] = lowTrue;
    // The classes of false findings, from the reason's leading "class:" (eval/judged/README.md).
    const classes = new Map<string, number>();
    for (const f of fs) {
      const m = matchFinding(f, index);
      if (m?.judged.verdict !== "false") continue;
      const k = `${f.type}: ${m.judged.reason.split(":")[0]!.trim()}`;
      classes.set(k, (classes.get(k) ?? 0) + 1);
    }
    if (opts.showFalse || opts.showAll) {
      for (const f of fs) {
        const m = matchFinding(f, index);
        if (m?.judged.verdict === "false" || (opts.showAll && m)) console.log(`  ${m!.judged.verdict.toUpperCase()} ${f.dataset} ${f.story} ${f.severity} ${f.type}: ${f.summary.slice(0, 220)}\n        judged: ${m.judged.reason}`);
      }
    }
    if (opts.showAll) {
      for (const f of every.filter((x) => x.fold === fold && x.severity === "low")) {
        const m = matchFinding(f, index);
        if (m?.judged.verdict === "true") console.log(`  LOW-BUT-TRUE ${f.dataset} ${f.story} ${f.type}: ${f.summary.slice(0, 220)}\n        judged: ${m.judged.reason}`);
      }
    }
    if (classes.size) console.log(`  false findings by class: ${[...classes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join("; ")}`);
    out[`${fold}.findings`] = fs.length; out[`${fold}.judged`] = judgedTotal(all); out[`${fold}.unjudged`] = all.unjudged;
    out[`${fold}.true`] = all.true; out[`${fold}.defensible`] = all.defensible; out[`${fold}.false`] = all.false;
    if (p.ok !== null) out[`${fold}.precision`] = p.ok;
    if (p.trueOnly !== null) out[`${fold}.precisionTrue`] = p.trueOnly;
    if (ph.trueOnly !== null) out[`${fold}.highPrecisionTrue`] = ph.trueOnly;
  }
  if (overlapMatches) console.log(`\n(${overlapMatches} findings matched a judgement by overlapping evidence rather than exactly)`);
  const listFile = join(root, "tmp", "findings-unjudged.txt");
  mkdirSync(dirname(listFile), { recursive: true });
  const lines = unjudged.map((f) => `${f.fold} ${f.dataset} ${f.story} ${f.severity} ${f.type} ${f.rule ?? ""}: ${f.summary}`);
  writeFileSync(listFile, lines.join("\n") + (lines.length ? "\n" : ""));
  console.log(`\nunjudged high/medium findings: ${unjudged.length} (tune ${unjudged.filter((f) => f.fold === "tune").length}, report ${unjudged.filter((f) => f.fold === "report").length}); list in ${listFile}${opts.list ? "" : " (--list prints it)"}`);
  if (opts.list) for (const l of lines) console.log(`  ${l}`);
  if (opts.exportDir) {
    const dirOut = resolve(opts.exportDir);
    mkdirSync(dirOut, { recursive: true });
    const truth = new Map(stories.map((s) => [`${s.dataset}\u0000${s.id}`, s]));
    for (const dataset of DATASETS) for (const fold of ["tune", "report"] as const) {
      const fs = (opts.withLow ? unjudgedAll : unjudged).filter((f) => f.dataset === dataset && f.fold === fold);
      if (fs.length === 0) continue;
      const file = join(dirOut, `unjudged-${dataset}-${fold}.jsonl`);
      writeFileSync(file, fs.map((f) => {
        const s = truth.get(`${f.dataset}\u0000${f.story}`);
        const t = s?.truth;
        const bySource = s?.truthBySource;
        const truthOf = (i: Incident) => ({ incident: i.incident, killed: i.killed, injured: i.injured, date: i.date, place: `${i.cityOrCounty}, ${i.state}` });
        return JSON.stringify({ ...f, ...(t ? { truth: truthOf(t) } : {}),
          ...(bySource ? { truth: Object.fromEntries(f.evidence.flatMap((e) => { const i = bySource.get(e.source); return i ? [[e.source, truthOf(i)]] : []; })) } : {}),
          dates: Object.fromEntries((s?.rows ?? []).filter((r) => f.evidence.some((e) => e.source === r.id)).map((r) => [r.id, r.date ?? null])) });
      }).join("\n") + "\n");
      console.log(`exported ${fs.length} → ${file}`);
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const values = (flag: string) => argv.flatMap((a, i) => (a === flag && argv[i + 1] ? [argv[i + 1]!] : []));
  const datasets = values("--dataset") as Dataset[];
  const folds = values("--fold") as Fold[];
  await run(resolve(root, "../shared/eval"), {
    datasets: datasets.length ? datasets : undefined, folds: folds.length ? folds : undefined,
    exportDir: values("--export")[0], list: argv.includes("--list"), showFalse: argv.includes("--show-false"), showAll: argv.includes("--show-all"), withLow: argv.includes("--with-low"), dumpFile: values("--dump")[0],
    gunSlice: /^\d+:\d+$/.test(values("--gun-incidents")[0] ?? "") ? (values("--gun-incidents")[0]!.split(":").map(Number) as [number, number]) : undefined,
  });
}
