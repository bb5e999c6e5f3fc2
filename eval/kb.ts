// Planted-anachronism benchmark for the kb and crosscheck/anachronism. In a copy of ONE article of
// a story, an officeholder the kb places in office in the story's time frame is replaced by the
// predecessor or successor in the same post (from the kb); the per-story stages (time frame +
// anachronism) then run on the whole story, so the other articles give the time frame, as they do
// in a report. A hit: an anachronism finding (medium/high) whose evidence covers the planted name.
// Precision: medium/high anachronism findings in planted runs that cover a planted name. False
// alarms: medium/high findings on the untouched stories.
// Sets: "ecb+ stories" — gold clusters of ../shared/eval/news-clusters (no publish dates; the frame
// comes from the text); "frank dated" — FRANK CNN articles with the day in their URL, as one-article
// stories; "own stories" — short dated multi-article stories in test/fixtures/kb/stories (our text);
// "single (old)" — every ECB+/FRANK article alone (CNN ones dated), one plant per article: the
// first benchmark's figure, kept for comparison. Units are split into "tune" and "report" by a hash (ECB+ by topic, so sister clusters
// stay together); the rule may be developed on "tune" only, and only "report" figures count.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import { extractClaims } from "../src/claims/extract.js";
import { anachronism } from "../src/crosscheck/rules/anachronism.js";
import type { Article } from "../src/domain/article.js";
import type { Claim, RoleClaim } from "../src/domain/claim.js";
import type { Doc } from "../src/domain/doc.js";
import type { FindingDraft } from "../src/domain/finding.js";
import type { Kb, OfficeTerm } from "../src/domain/kb.js";
import type { Timeframe } from "../src/domain/story.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { addDays } from "../src/kb/dates.js";
import { checkRole } from "../src/kb/evidence.js";
import { loadKb } from "../src/kb/load.js";
import { inferTimeframe } from "../src/kb/timeframe.js";

interface Row { id: string; title: string; text: string; publishedAt: string | null; url: string | null }
interface Unit { id: string; part: Part; rows: Row[] }
type Part = "tune" | "report";
const SETS = ["ecb+ stories", "frank dated", "own stories", "single (old)"] as const;
type SetName = (typeof SETS)[number];

const part = (key: string): Part => ((createHash("sha1").update(`triangulate-kb:${key}`).digest()[0]! & 1) === 0 ? "tune" : "report");

function article(r: Row, text = normalizeText(`${r.title}\n${r.text}`)): Article {
  return { id: articleId(text), sourceId: r.id, title: r.title, outlet: null, url: r.url, byline: null, publishedAt: r.publishedAt, path: null, text };
}

const jsonl = <T>(file: string): T[] => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T);

function ecbRows(dir: string): { rows: Row[]; clusters: Unit[] } {
  const file = path.join(dir, "news-clusters/dev.jsonl");
  if (!existsSync(file)) return { rows: [], clusters: [] };
  const byCluster = new Map<string, { topic: string; rows: Row[] }>();
  const rows: Row[] = [];
  for (const r of jsonl<{ id: string; title: string; text: string; cluster: string; topic: string }>(file)) {
    const row = { id: r.id, title: r.title, text: r.text === r.title ? "" : r.text, publishedAt: null, url: null };
    rows.push(row);
    const c = byCluster.get(r.cluster) ?? { topic: r.topic, rows: [] };
    c.rows.push(row);
    byCluster.set(r.cluster, c);
  }
  return { rows, clusters: [...byCluster].map(([id, c]) => ({ id, part: part(c.topic), rows: c.rows })) };
}

/** FRANK articles once each; CNN ones carry their day in the URL ("/2015/04/07/"), passed as publishedAt. */
function frankRows(dir: string): Row[] {
  const file = path.join(dir, "factual-consistency/dev.jsonl");
  if (!existsSync(file)) return [];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const r of jsonl<{ articleId: string; article: string; url: string }>(file)) {
    if (seen.has(r.articleId)) continue;
    seen.add(r.articleId);
    const d = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//.exec(r.url.replace(/^https?:\/\/web\.archive\.org\/web\/\w+\//, ""));
    const first = r.article.split(/(?<=[.!?])\s/)[0] ?? "";
    rows.push({ id: `frank:${r.articleId}`, title: first.slice(0, 120), text: r.article, publishedAt: d ? `${d[1]}-${d[2]}-${d[3]}` : null, url: r.url });
  }
  return rows;
}

function ownStories(dir: string): Unit[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const s = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { articles: { title: string; publishedAt: string | null; text: string }[] };
    const id = f.replace(/\.json$/, "");
    return { id, part: part(`story:${id}`), rows: s.articles.map((a, i) => ({ id: `${id}#${i}`, title: a.title, text: a.text, publishedAt: a.publishedAt, url: null })) };
  });
}

interface Analysed { docs: Doc[]; claims: Claim[]; tf: Timeframe; found: FindingDraft[] }

function analyse(docs: Doc[], kb: Kb, claimsOf: (d: Doc) => Claim[]): Analysed {
  const claims = docs.flatMap(claimsOf);
  const tf = inferTimeframe(docs, claims, kb);
  return { docs, claims, tf, found: anachronism({ docs, claims, derivations: [], timeframe: tf, kb }) };
}

/** The holders just before and just after `t` in the same post whose terms lie wholly outside [from, to]. */
function neighbours(kb: Kb, t: OfficeTerm, from: string, to: string): OfficeTerm[] {
  const all = kb.holders(t.country, t.office).filter((h) => h.position === t.position && h.personKey !== t.personKey && h.start && h.end);
  // Wholly outside the frame with a week's margin, and a real term (not a one-day acting holder).
  const outside = all.filter((h) => (addDays(h.end!, 7) < from || addDays(h.start!, -7) > to) && daysBetween(h.start!, h.end!) > 60);
  const before = outside.filter((h) => h.end! <= (t.start ?? "")).sort((a, b) => b.end!.localeCompare(a.end!))[0];
  const after = outside.filter((h) => h.start! >= (t.end ?? "9999")).sort((a, b) => a.start!.localeCompare(b.start!))[0];
  return [before, after].filter((x) => x !== undefined);
}

const ascii = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/ł/g, "l").replace(/ø/g, "o").replace(/ß/g, "ss");
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const serious = (f: FindingDraft) => f.severity !== "low";

interface Tally { units: number; articles: number; plants: number; tp: number; fp: number; checkable: number; tpCheckable: number; alarms: number; lowHints: number }
const tally = (): Tally => ({ units: 0, articles: 0, plants: 0, tp: 0, fp: 0, checkable: 0, tpCheckable: 0, alarms: 0, lowHints: 0 });

/**
 * One story: findings on the untouched articles count as alarms; then, per article and per person,
 * the first mention of an officeholder the kb places in office in the story's frame is replaced by
 * a neighbour in office and the whole story is analysed again (one plant per run).
 */
function runUnit(unit: Unit, kb: Kb, tl: Tally, log: string[], debug: boolean, perPerson: boolean): void {
  const claimCache = new Map<string, Claim[]>();
  const claimsOf = (d: Doc) => { let c = claimCache.get(d.article.id); if (!c) claimCache.set(d.article.id, c = extractClaims(d)); return c; };
  const docs = unit.rows.map((r) => annotate(article(r)));
  const base = analyse(docs, kb, claimsOf);
  tl.units++;
  tl.articles += docs.length;
  tl.alarms += base.found.filter(serious).length;
  tl.lowHints += base.found.filter((f) => !serious(f)).length;
  for (const f of base.found) log.push(`${unit.part} ${unit.id}: ${f.rule} ${f.severity} "${f.evidence[0]?.text}"`);
  const from = base.tf.from ?? "0000-01-01", to = base.tf.to ?? "9999-12-31";
  docs.forEach((doc, i) => {
    const planted = new Set<string>();
    for (const c of claimsOf(doc)) {
      if (c.kind !== "role" || c.value.tense !== "current") continue;
      const v = checkRole(kb, c as RoleClaim, from, to);
      if (v.status !== "in") continue;
      const held = v.terms.find((x) => x.start !== null && x.start <= to && (x.end ?? "9999") >= from) ?? v.terms[0]!;
      if (planted.has(held.personKey) || (!perPerson && planted.size > 0)) continue;
      // The old benchmark planted one neighbour (the predecessor when there is one); the story sets plant both.
      const others = neighbours(kb, held, from, to).slice(0, perPerson ? 2 : 1);
      const personSpan = doc.roles.find((x) => x.span.start === c.span.start)?.personSpan;
      if (others.length === 0 || !personSpan) continue;
      planted.add(held.personKey);
      // Checkable: the story is dated without the replaced mention (otherwise the plant is the only evidence of time).
      const rest = inferTimeframe(docs, base.claims.filter((x) => x.id !== c.id), kb);
      const checkable = rest.from !== null && rest.to !== null && rest.basis.length > 0;
      for (const other of others) {
        // Spelled as the article spells names: an article that writes "Mevlut Cavusoglu" writes "Ahmet Davutoglu".
        const name = perPerson && /^[\x20-\x7e]*$/.test(personSpan.text) ? ascii(other.person) : other.person;
        const text = doc.article.text;
        const plantedDoc = annotate(article(unit.rows[i]!, text.slice(0, personSpan.start) + name + text.slice(personSpan.end)));
        const at = { start: personSpan.start, end: personSpan.start + name.length };
        const run = analyse(docs.map((d, j) => (j === i ? plantedDoc : d)), kb, claimsOf);
        let hit = false;
        for (const f of run.found.filter(serious)) {
          if (f.evidence.some((e) => e.articleId === plantedDoc.article.id && e.start < at.end && at.start < e.end)) hit = true;
          else tl.fp++;
        }
        tl.plants++;
        if (checkable) tl.checkable++;
        if (hit) { tl.tp++; if (checkable) tl.tpCheckable++; }
        if (debug) console.log(`${hit ? "hit " : "MISS"} ${unit.id}[${i}] ${c.span.text} -> ${name} (${other.start}–${other.end}); story ${base.tf.from}..${base.tf.to}; planted ${run.tf.from}..${run.tf.to} [${run.tf.basis.length} basis${run.tf.basis.includes("tie-break:later") ? ", tie" : ""}]; checkable=${checkable}; found=${run.found.map((f) => `${f.severity}:${f.evidence[0]?.text}`).join(" | ")}`);
      }
    }
  });
}

export async function run(sharedEvalDir: string): Promise<Record<string, number | string>> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const kb = loadKb();
  const ecb = ecbRows(sharedEvalDir);
  const frank = frankRows(sharedEvalDir);
  const units: Record<SetName, Unit[]> = {
    "ecb+ stories": ecb.clusters,
    "frank dated": frank.filter((r) => r.publishedAt !== null).map((r) => ({ id: r.id, part: part(r.id), rows: [r] })),
    "own stories": ownStories(path.join(root, "test/fixtures/kb/stories")),
    "single (old)": [...ecb.rows, ...frank].map((r) => ({ id: r.id, part: part(r.id), rows: [r] })),
  };
  const debug = process.env["KB_EVAL_DEBUG"] ?? "";
  const out: Record<string, number | string> = {};
  const log: string[] = [];
  console.log("kb planted-anachronism benchmark: one officeholder replaced by the predecessor/successor in one article; the story analysed whole");
  console.log("set            part    units  articles  plants  recall  checkable  recall(chk)  precision  alarms(untouched)  low");
  for (const set of SETS) {
    const tallies: Record<Part, Tally> = { tune: tally(), report: tally() };
    const old = set === "single (old)";
    for (const u of units[set]) runUnit(u, kb, tallies[u.part], old ? [] : log, u.part === "tune" && debug !== "" && (debug === "all" || set.startsWith(debug)), !old);
    for (const p of ["tune", "report"] as const) {
      const x = tallies[p];
      const recall = x.plants ? x.tp / x.plants : 0, precision = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1, rc = x.checkable ? x.tpCheckable / x.checkable : 0;
      console.log(`${set.padEnd(15)}${p.padEnd(8)}${String(x.units).padStart(5)}${String(x.articles).padStart(10)}${String(x.plants).padStart(8)}${recall.toFixed(3).padStart(8)}${String(x.checkable).padStart(11)}${rc.toFixed(3).padStart(13)}${precision.toFixed(3).padStart(11)}${String(x.alarms).padStart(19)}${String(x.lowHints).padStart(5)}`);
      const k = `${set}.${p}`;
      Object.assign(out, { [`${k}.plants`]: x.plants, [`${k}.recall`]: Number(recall.toFixed(3)), [`${k}.recallCheckable`]: Number(rc.toFixed(3)), [`${k}.precision`]: Number(precision.toFixed(3)), [`${k}.alarms`]: x.alarms, [`${k}.lowHints`]: x.lowHints });
    }
  }
  console.log("recall/precision/alarms count anachronism findings of severity medium or high; \"low\" = tie-break hints on untouched stories");
  if (log.length > 0) console.log(`findings on untouched stories (single (old) not listed):\n  ${log.join("\n  ")}`);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  await run(process.argv[2] ?? path.resolve(root, "../shared/eval"));
}
