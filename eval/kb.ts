// Planted-anachronism benchmark for the kb and crosscheck/anachronism-role. Real articles
// (ECB+ news-clusters, FRANK CNN/BBC articles) are read untouched; in a copy of each article that names
// an officeholder the kb knows in office at the article's time frame, the name is replaced by the
// predecessor or successor in the same office (from the kb). Recall: planted names flagged;
// precision: flagged roles that are planted ones; false alarms: any anachronism on untouched
// articles and gold clusters. Articles are split by a hash of their id into a "tune" and a "report"
// part; only the report part's figures count (the rule was developed on the seeds and the tune part).
// Frames: ECB+ has no publish dates, so its frame comes from the text (datelines, officeholders,
// events, dates); FRANK CNN articles get the date in their URL (/2015/03/31/), BBC ones none.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import { extractClaims } from "../src/claims/extract.js";
import { anachronism } from "../src/crosscheck/rules/anachronism.js";
import type { Article } from "../src/domain/article.js";
import type { RoleClaim } from "../src/domain/claim.js";
import type { Doc } from "../src/domain/doc.js";
import type { FindingDraft } from "../src/domain/finding.js";
import type { Kb, OfficeTerm } from "../src/domain/kb.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { addDays } from "../src/kb/dates.js";
import { checkRole } from "../src/kb/evidence.js";
import { loadKb } from "../src/kb/load.js";
import { inferTimeframe } from "../src/kb/timeframe.js";

interface Row { id: string; title: string; text: string; publishedAt: string | null; cluster: string | null }

function article(r: Row, text = normalizeText(`${r.title}\n${r.text}`)): Article {
  return { id: articleId(text), sourceId: r.id, title: r.title, outlet: null, url: null, byline: null, publishedAt: r.publishedAt, path: null, text };
}

function readRows(dir: string): Row[] {
  const rows: Row[] = [];
  const ecb = path.join(dir, "news-clusters/dev.jsonl");
  if (existsSync(ecb)) for (const l of readFileSync(ecb, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { id: string; title: string; text: string; cluster: string };
    rows.push({ id: r.id, title: r.title, text: r.text === r.title ? "" : r.text, publishedAt: null, cluster: r.cluster });
  }
  const frank = path.join(dir, "factual-consistency/dev.jsonl");
  const seen = new Set<string>();
  if (existsSync(frank)) for (const l of readFileSync(frank, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l) as { articleId: string; article: string; url: string };
    if (seen.has(r.articleId)) continue;
    seen.add(r.articleId);
    const d = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//.exec(r.url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+\//, ""));
    const first = r.article.split(/(?<=[.!?])\s/)[0] ?? "";
    rows.push({ id: `frank:${r.articleId}`, title: first.slice(0, 120), text: r.article, publishedAt: d ? `${d[1]}-${d[2]}-${d[3]}` : null, cluster: null });
  }
  return rows;
}

const part = (id: string) => ((createHash("sha1").update(`triangulate-kb:${id}`).digest()[0]! & 1) === 0 ? "tune" : "report");

function analyse(docs: readonly Doc[], kb: Kb): FindingDraft[] {
  const claims = docs.flatMap(extractClaims);
  return anachronism({ docs, claims, derivations: [], timeframe: inferTimeframe(docs, claims, kb), kb });
}

/** The holder just before or just after `t` in the same post, whose term lies wholly outside [from, to]. */
function neighbour(kb: Kb, t: OfficeTerm, from: string, to: string): OfficeTerm | null {
  const all = kb.holders(t.country, t.office).filter((h) => h.position === t.position && h.personKey !== t.personKey && h.start && h.end);
  // Wholly outside the frame with a week's margin, and a real term (not a one-day acting holder).
  const outside = all.filter((h) => (addDays(h.end!, 7) < from || addDays(h.start!, -7) > to) && daysBetween(h.start!, h.end!) > 60);
  const before = outside.filter((h) => h.end! <= (t.start ?? "")).sort((a, b) => b.end!.localeCompare(a.end!))[0];
  const after = outside.filter((h) => h.start! >= (t.end ?? "9999")).sort((a, b) => a.start!.localeCompare(b.start!))[0];
  return before ?? after ?? null;
}

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

interface Tally { articles: number; untouchedAlarms: number; clusterAlarms: number; plants: number; checkable: number; lowHints: number; tp: number; tpCheckable: number; fp: number }

export async function run(sharedEvalDir: string): Promise<Record<string, number | string>> {
  if (!existsSync(path.join(sharedEvalDir, "news-clusters")) && !existsSync(path.join(sharedEvalDir, "factual-consistency"))) {
    console.log(`skipped: ${sharedEvalDir} not found`);
    return {};
  }
  const kb = loadKb();
  const rows = readRows(sharedEvalDir);
  const tally: Record<string, Tally> = {};
  const t = (p: string) => (tally[p] ??= { articles: 0, untouchedAlarms: 0, clusterAlarms: 0, plants: 0, checkable: 0, lowHints: 0, tp: 0, tpCheckable: 0, fp: 0 });
  const clusters = new Map<string, Doc[]>();
  const alarms: string[] = [];
  for (const r of rows) {
    const p = part(r.id), tl = t(p);
    const doc = annotate(article(r));
    tl.articles++;
    if (r.cluster) clusters.set(r.cluster, [...(clusters.get(r.cluster) ?? []), doc]);
    const found = analyse([doc], kb);
    tl.untouchedAlarms += found.filter((f) => f.severity !== "low").length;
    tl.lowHints += found.filter((f) => f.severity === "low").length;
    for (const f of found) alarms.push(`${p} ${r.id}: ${f.rule} ${f.severity} "${f.evidence[0]?.text}"`);
    // Plant: the first officeholder the kb places in office within this article's frame.
    const claims = extractClaims(doc);
    const tf = inferTimeframe([doc], claims, kb);
    const from = tf.from ?? "0000-01-01", to = tf.to ?? "9999-12-31";
    for (const c of claims) {
      if (c.kind !== "role" || c.value.tense !== "current") continue;
      const v = checkRole(kb, c as RoleClaim, from, to);
      if (v.status !== "in") continue;
      const held = v.terms.find((x) => x.start !== null && x.start <= to && (x.end ?? "9999") >= from) ?? v.terms[0]!;
      const other = neighbour(kb, held, from, to);
      if (!other) continue;
      const personSpan = doc.roles.find((x) => x.span.start === c.span.start)?.personSpan;
      if (!personSpan) continue;
      const text = doc.article.text;
      const planted = text.slice(0, personSpan.start) + other.person + text.slice(personSpan.end);
      const at = { start: personSpan.start, end: personSpan.start + other.person.length };
      const pf = analyse([annotate(article(r, planted))], kb).filter((f) => f.rule === "crosscheck/anachronism-role");
      tl.plants++;
      // Checkable: the article dates itself without the replaced mention (otherwise the plant is the only evidence of time).
      const rest = inferTimeframe([doc], claims.filter((x) => x.id !== c.id), kb);
      const checkable = rest.from !== null && rest.to !== null && rest.basis.length > 0;
      if (checkable) tl.checkable++;
      if (process.env["KB_EVAL_DEBUG"] && p === "tune") console.log(`plant ${r.id}: ${c.span.text} -> ${other.person} frame ${tf.from}..${tf.to} basis=${tf.basis.length} found=${pf.map((f) => f.evidence[0]?.text).join("|")}`);
      for (const f of pf.filter((x) => x.severity !== "low")) {
        const hit = f.evidence.some((e) => e.start < at.end && at.start < e.end);
        if (hit) { tl.tp++; if (checkable) tl.tpCheckable++; } else tl.fp++;
      }
      break;
    }
  }
  for (const [id, docs] of clusters) {
    const found = analyse(docs, kb);
    t(part(id)).clusterAlarms += found.filter((f) => f.severity !== "low").length;
    for (const f of found) alarms.push(`${part(id)} cluster ${id}: ${f.rule} ${f.severity} "${f.evidence[0]?.text}"`);
  }
  const out: Record<string, number | string> = {};
  console.log("kb planted-anachronism benchmark (ECB+ news-clusters + FRANK articles, dev files)");
  console.log("part    articles  plants  recall  checkable  recall(checkable)  precision  alarms(untouched)  alarms(clusters)");
  for (const p of ["tune", "report"]) {
    const x = t(p);
    const recall = x.plants ? x.tp / x.plants : 0, precision = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1;
    const rc = x.checkable ? x.tpCheckable / x.checkable : 0;
    console.log(`${p.padEnd(8)}${String(x.articles).padStart(8)}${String(x.plants).padStart(8)}${recall.toFixed(3).padStart(8)}${String(x.checkable).padStart(11)}${rc.toFixed(3).padStart(19)}${precision.toFixed(3).padStart(11)}${String(x.untouchedAlarms).padStart(18)}${String(x.clusterAlarms).padStart(18)}`);
    Object.assign(out, { [`${p}.articles`]: x.articles, [`${p}.plants`]: x.plants, [`${p}.recall`]: Number(recall.toFixed(3)), [`${p}.checkable`]: x.checkable, [`${p}.recallCheckable`]: Number(rc.toFixed(3)), [`${p}.precision`]: Number(precision.toFixed(3)), [`${p}.alarmsUntouched`]: x.untouchedAlarms, [`${p}.alarmsClusters`]: x.clusterAlarms });
  }
  console.log(`recall/precision count findings of severity medium or high; "low" tie-break hints on untouched articles: ${t("tune").lowHints} (tune), ${t("report").lowHints} (report)`);
  out["tune.lowHints"] = t("tune").lowHints;
  out["report.lowHints"] = t("report").lowHints;
  if (alarms.length > 0) console.log(`findings on untouched text:\n  ${alarms.join("\n  ")}`);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  await run(process.argv[2] ?? path.resolve(root, "../shared/eval"));
}
