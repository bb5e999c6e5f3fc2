// Perturbation benchmark for cross-checking (issue 5) on real ECB+ clusters: in a copy of a
// cluster, change a number that another article of the cluster also states (a count, an age,
// a distance, a sum part), or a name inside a quote another article also carries; the tool must
// flag it as a contradiction/arithmetic finding whose evidence covers the changed words. The
// untouched clusters give the false-alarm rate (high/medium findings per 100 clean articles).
// Folds: topics whose sha1 ends in an even byte are "tune" (rules were adjusted looking at these),
// odd are "report".
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { annotate } from "../src/annotate/annotate.js";
import { extractClaims } from "../src/claims/extract.js";
import type { Article } from "../src/domain/article.js";
import type { QuantityClaim, QuoteClaim } from "../src/domain/claim.js";
import type { Report } from "../src/domain/report.js";
import { articleFromRecord } from "../src/ingest/record.js";
import { loadKb } from "../src/kb/load.js";
import { analyze } from "../src/pipeline/analyze.js";

interface Row { id: string; title: string; text: string; cluster: string; topic: string }
interface Other { id: string; title?: string; text: string; cluster: string; date?: string; outlet?: string | null; url?: string | null }
const parity = (key: string) => ((createHash("sha1").update(key).digest()[19]! % 2) === 0 ? "tune" : "report");
const fold = (topic: string) => parity(topic);
const hash = (s: string) => createHash("sha1").update(s).digest("hex");

interface Tally { planted: number; found: number; foundMedHigh: number; numbers: number; numbersFound: number; quotes: number; quotesFound: number; clean: number; high: number; medium: number; low: number; samples: string[]; bySeverity: Record<"high" | "medium" | "low", number>; byRule: Record<string, number> }
const tally = (): Tally => ({ planted: 0, found: 0, foundMedHigh: 0, numbers: 0, numbersFound: 0, quotes: 0, quotesFound: 0, clean: 0, high: 0, medium: 0, low: 0, samples: [], bySeverity: { high: 0, medium: 0, low: 0 }, byRule: {} });
/** One gold story of a benchmark set: its articles and its fold. */
interface Cluster { id: string; fold: "tune" | "report"; articles: Article[] }

export async function run(sharedEvalDir: string): Promise<Record<string, number | string>> {
  const file = resolve(sharedEvalDir, "news-clusters/dev.jsonl");
  if (!existsSync(file)) { console.log(`skipped: ${file} not found`); return {}; }
  const rows: Row[] = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const clusters = new Map<string, Row[]>();
  for (const r of rows) clusters.set(r.cluster, [...(clusters.get(r.cluster) ?? []), r]);
  const ecb: Cluster[] = [...clusters].sort().filter(([, m]) => m.length >= 2)
    .map(([id, members]) => ({ id, fold: fold(members[0]!.topic), articles: members.map((r) => articleFromRecord(r.id, { id: r.id, title: r.title, text: r.text })) }));
  const by = bench(ecb, "/tmp/crosscheck-false-alarms.txt", "/tmp/crosscheck-misses-tune.txt");
  const all = sum(by.tune, by.report);
  console.log("ECB+ (news-clusters dev)");
  console.log(HEADER);
  console.log(line("tune", by.tune));
  console.log(line("report", by.report));
  console.log(line("all", all));
  for (const [name, x] of Object.entries(by)) console.log(`${name}: detected at high ${x.bySeverity.high}, medium ${x.bySeverity.medium}, low ${x.bySeverity.low}; by rule ${Object.entries(x.byRule).map(([r, n]) => `${r.replace("crosscheck/", "")} ${n}`).join(", ")}`);
  console.log(`(${by.tune.samples.length + by.report.samples.length} high/medium findings on clean clusters listed in /tmp/crosscheck-false-alarms.txt for inspection)`);
  const other = runOther(sharedEvalDir);
  return {
    recallReport: by.report.found / Math.max(1, by.report.planted), recallAll: all.found / Math.max(1, all.planted),
    highPer100Report: 100 * by.report.high / Math.max(1, by.report.clean), highPer100All: 100 * all.high / Math.max(1, all.clean),
    ...other,
  };
}

const HEADER = "fold    planted recall  numbers      quotes       clean  high/100  med/100  low/100  recall@med+";
const line = (name: string, x: Tally) => `${name.padEnd(7)} ${String(x.planted).padStart(7)} ${(x.found / Math.max(1, x.planted)).toFixed(3)}  ${(x.numbersFound / Math.max(1, x.numbers)).toFixed(3)} (${x.numbers})  ${(x.quotesFound / Math.max(1, x.quotes)).toFixed(3)} (${x.quotes})  ${String(x.clean).padStart(5)}  ${(100 * x.high / Math.max(1, x.clean)).toFixed(2).padStart(6)}  ${(100 * x.medium / Math.max(1, x.clean)).toFixed(2).padStart(6)}  ${(100 * x.low / Math.max(1, x.clean)).toFixed(1).padStart(6)}  ${(x.foundMedHigh / Math.max(1, x.planted)).toFixed(3).padStart(11)}`;

function sum(...xs: Tally[]): Tally {
  const all = tally();
  for (const x of xs) for (const k of Object.keys(all) as (keyof Tally)[]) if (typeof all[k] === "number") (all[k] as number) += x[k] as number;
  return all;
}

/**
 * The same planting on other news (issue 17): US local shooting reports (../shared/eval/gun-violence dev, each
 * incident with two or more articles is a story) and NewsWCL50 (../shared/eval/outlets-framing, ten events told by
 * five outlets). Folds by sha1(incident or event id), last byte parity, as eval/findings.ts splits them.
 */
export function runOther(sharedEvalDir: string, only?: "tune" | "report"): Record<string, number> {
  const sets: [string, Cluster[]][] = [];
  const gv = resolve(sharedEvalDir, "gun-violence/dev.jsonl.gz");
  if (existsSync(gv)) sets.push(["gun-violence", clustersOf(gunzipSync(readFileSync(gv)).toString("utf8"), false)]);
  const of = resolve(sharedEvalDir, "outlets-framing/dev.jsonl");
  if (existsSync(of)) sets.push(["outlets-framing", clustersOf(readFileSync(of, "utf8"), true)]);
  const out: Record<string, number> = {};
  for (const [name, cs] of sets) {
    const by = bench(only ? cs.filter((c) => c.fold === only) : cs, `/tmp/crosscheck-false-alarms-${name}.txt`, `/tmp/crosscheck-misses-tune-${name}.txt`);
    console.log(`\n${name} (planted on other news; ${cs.length} stories of two or more articles)`);
    console.log(HEADER);
    console.log(line("tune", by.tune));
    console.log(line("report", by.report));
    console.log(line("all", sum(by.tune, by.report)));
    for (const [f, x] of Object.entries(by)) console.log(`${f}: detected at high ${x.bySeverity.high}, medium ${x.bySeverity.medium}, low ${x.bySeverity.low}; by rule ${Object.entries(x.byRule).map(([r, n]) => `${r.replace("crosscheck/", "")} ${n}`).join(", ")}`);
    console.log(`(${by.tune.samples.length + by.report.samples.length} high/medium findings on clean stories listed in /tmp/crosscheck-false-alarms-${name}.txt; tune misses in /tmp/crosscheck-misses-tune-${name}.txt)`);
    for (const f of ["tune", "report"] as const) {
      out[`${name}:recall:${f}`] = by[f].found / Math.max(1, by[f].planted);
      out[`${name}:highPer100:${f}`] = 100 * by[f].high / Math.max(1, by[f].clean);
    }
  }
  return out;
}

function clustersOf(jsonl: string, titleIsLead: boolean): Cluster[] {
  const groups = new Map<string, Other[]>();
  for (const r of jsonl.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Other)) {
    if (r.text.trim()) groups.set(r.cluster, [...(groups.get(r.cluster) ?? []), r]);
  }
  const out: Cluster[] = [];
  for (const [id, rows] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    // Rows whose scraped text is the same page twice are one article (ingest gives them one id).
    const seen = new Set<string>();
    const articles = rows.map((r) => articleFromRecord(r.id, { id: r.id, title: titleIsLead ? null : r.title ?? null, text: r.text, publishedAt: r.date ?? null, outlet: r.outlet ?? null, url: r.url ?? null }))
      .filter((a) => !seen.has(a.id) && seen.add(a.id));
    if (articles.length >= 2) out.push({ id, fold: parity(id), articles });
  }
  return out;
}

/** Clean and planted runs of every cluster, tallied per fold. */
function bench(clusters: readonly Cluster[], falseAlarmsFile: string, missesFile: string): { tune: Tally; report: Tally } {
  const kb = loadKb();
  const by = { tune: tally(), report: tally() };
  const gen = "2026-01-01T00:00:00.000Z";
  const misses: string[] = [], lows: string[] = [];
  for (const { id: cluster, fold: f, articles } of clusters) {
    const t = by[f];
    // Clean run: every high/medium contradiction or arithmetic finding is a false alarm candidate.
    const clean = analyze(articles, { kb, generatedAt: gen });
    t.clean += articles.length;
    for (const s of clean.stories) for (const x of s.findings) {
      if (x.type !== "contradiction" && x.type !== "arithmetic") continue;
      if (x.severity === "high") t.high++;
      if (x.severity === "medium") t.medium++;
      if (x.severity === "low") t.low++;
      if (x.severity === "high" || x.severity === "medium") t.samples.push(`${f} ${cluster} ${x.severity}: ${x.summary}`);
    }
    for (const p of plant(articles).slice(0, 4)) {
      t.planted++;
      if (p.kind === "number") t.numbers++; else t.quotes++;
      const copy = articles.map((a) => (a.id === p.article.id ? p.article : a));
      copy[copy.findIndex((a) => a.sourceId === p.article.sourceId)] = p.article;
      const report = analyze(copy, { kb, generatedAt: gen });
      const hit = detected(report, p.article.id, p.start, p.end);
      if (!hit && f === "tune") {
        const story = report.stories.find((s) => s.articleIds.includes(p.article.id))!;
        const claim = story.claims.find((c) => c.articleId === p.article.id && c.span.start <= p.start && c.span.end >= p.end);
        misses.push(`${cluster} ${p.kind} story=${story.articleIds.length}/${copy.length} slot=${claim?.slot ?? "none"} «${p.article.text.slice(Math.max(0, p.start - 60), p.end + 40).replace(/\n/g, " ")}»`);
        // Why: the twins the change was planted against (their slots), and findings touching the span.
        const together = (r: Report, a: string, b: string) => r.stories.some((s) => s.articleIds.includes(a) && s.articleIds.includes(b));
        for (const s of report.stories) for (const c of s.claims) {
          if (c.articleId === p.article.id || c.kind !== "quantity" || p.was === undefined || c.value.number !== p.was) continue;
          const where = s === story ? "same story" : `other story (clean run: ${together(clean, c.articleId, p.article.sourceId === null ? p.article.id : articles.find((a) => a.sourceId === p.article.sourceId)!.id) ? "together" : "apart"})`;
          misses.push(`    twin ${where} ${c.slot} «${c.span.text}»`);
        }
        for (const x of story.findings) if (x.evidence.some((e) => e.articleId === p.article.id && e.start < p.end && e.end > p.start)) misses.push(`    finding ${x.rule} ${x.severity}: ${x.summary}`);
      }
      if (hit) {
        const fs = hits(report, p.article.id, p.start, p.end);
        const best = fs.some((x) => x.severity === "high") ? "high" : fs.some((x) => x.severity === "medium") ? "medium" : "low";
        t.bySeverity[best]++;
        if (best !== "low") t.foundMedHigh++;
        else if (f === "tune") lows.push(`${cluster} «${p.article.text.slice(Math.max(0, p.start - 60), p.end + 40).replace(/\n/g, " ")}»\n    ${fs.map((x) => `${x.rule} ${x.severity}: ${x.summary}`).join("\n    ")}`);
        for (const x of fs) t.byRule[x.rule] = (t.byRule[x.rule] ?? 0) + 1;
        t.found++;
        if (p.kind === "number") t.numbersFound++; else t.quotesFound++;
      }
    }
  }
  writeFileSync(falseAlarmsFile, [...by.tune.samples, ...by.report.samples].join("\n") + "\n");
  writeFileSync(missesFile, misses.join("\n") + "\n");
  writeFileSync(missesFile.replace("misses", "lows"), lows.join("\n") + "\n");
  return by;
}

interface Planted { kind: "number" | "quote"; article: Article; start: number; end: number; was?: number }

/** Deterministic perturbations: numbers another article also states, names in shared quotes. */
export function plant(articles: readonly Article[]): Planted[] {
  const docs = articles.map(annotate);
  const claims = docs.map(extractClaims);
  const out: Planted[] = [];
  docs.forEach((doc, i) => {
    const mine = claims[i]!;
    const others = claims.filter((_, j) => j !== i).flat();
    for (const c of mine) {
      if (c.kind === "quantity" && c.value.hedge === "exact" && ["count", "age", "distance"].includes(c.value.unit) && c.value.number >= 1) {
        const q = c as QuantityClaim;
        const shared = others.some((o) => o.kind === "quantity" && o.value.number === q.value.number && o.value.noun === q.value.noun);
        if (!shared) continue;
        const num = doc.quantities.find((x) => x.span.start === q.span.start)?.numberSpan;
        if (!num) continue;
        const v = q.value.number;
        const changed = String(v < 10 ? v + 3 : Math.round(v * 1.5) + 1);
        out.push({ ...replace(doc.article, num.start, num.end, changed, "number"), was: v });
      }
      if (c.kind === "quote") {
        const q = c as QuoteClaim;
        const words = q.value.text.split(/\s+/);
        const twin = others.find((o) => o.kind === "quote" && overlap(o.value.text, q.value.text) >= 0.6);
        if (!twin) continue;
        const name = /(?<=\s)\p{Lu}\p{Ll}{2,}/u.exec(q.span.text);
        if (!name || words.length < 5) continue;
        const at = q.span.start + name.index;
        out.push(replace(doc.article, at, at + name[0].length, name[0] === "Kowalski" ? "Nowak" : "Kowalski", "quote"));
      }
    }
  });
  return out.sort((a, b) => hash(`${a.article.text.length}:${a.start}`).localeCompare(hash(`${b.article.text.length}:${b.start}`)));
}

function replace(a: Article, start: number, end: number, by: string, kind: Planted["kind"]): Planted {
  const text = a.text.slice(0, start) + by + a.text.slice(end);
  const article = articleFromRecord(a.sourceId ?? a.id, { id: a.sourceId, title: a.title, text, publishedAt: a.publishedAt, outlet: a.outlet, url: a.url });
  return { kind, article, start, end: start + by.length };
}

function overlap(a: string, b: string): number {
  const x = new Set(a.toLowerCase().split(/\W+/)), y = new Set(b.toLowerCase().split(/\W+/));
  let s = 0;
  for (const w of x) if (y.has(w)) s++;
  return s / (x.size + y.size - s);
}

function detected(report: Report, articleId: string, start: number, end: number): boolean {
  return hits(report, articleId, start, end).length > 0;
}

/** The findings that count as detecting the change (for diagnostics: at which severity, by which rule). */
function hits(report: Report, articleId: string, start: number, end: number): Report["stories"][number]["findings"] {
  return report.stories.flatMap((s) => s.findings.filter((f) => (f.type === "contradiction" || f.type === "arithmetic") && f.severity !== "info"
    && f.evidence.some((e) => e.articleId === articleId && e.start <= start && e.end >= end)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  // --other: only the planted benchmark on other news (gun-violence, outlets-framing)
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? resolve(root, "../shared/eval");
  // --tune: only its tune fold (development runs)
  if (args.includes("--other")) runOther(dir, args.includes("--tune") ? "tune" : undefined); else await run(dir);
}
