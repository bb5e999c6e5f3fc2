// FRANK (issue 5): a machine summary read as a rewrite of its article. A summary is judged
// unfaithful when it states a number, name or date the article does not support, or when enough
// of its content words never occur in the article. Balanced accuracy, and recall on the error
// types that concern numbers, entities and dates (CircE, EntE) and on unsupported content (OutE).
// Folds: articles whose sha1 ends in an even byte are "tune" (the threshold is chosen there), odd "report".
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import type { Doc } from "../src/domain/doc.js";
import { novelWords, unsupported } from "../src/crosscheck/support.js";
import { articleFromRecord } from "../src/ingest/record.js";

interface Row { id: string; article: string; claim: string; label: number; errorTypes: string[]; articleId: string }
const fold = (id: string) => ((createHash("sha1").update(id).digest()[19]! % 2) === 0 ? "tune" : "report");

interface Scored { row: Row; unsupported: number; novel: number; fold: string }

export async function run(sharedEvalDir: string): Promise<Record<string, number | string>> {
  const file = resolve(sharedEvalDir, "factual-consistency/dev.jsonl");
  if (!existsSync(file)) { console.log(`skipped: ${file} not found`); return {}; }
  const rows: Row[] = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const docs = new Map<string, Doc>();
  const scored: Scored[] = rows.map((row) => {
    let src = docs.get(row.articleId);
    if (!src) { src = annotate(articleFromRecord(row.articleId, { text: row.article })); docs.set(row.articleId, src); }
    const sum = annotate(articleFromRecord(row.id, { text: row.claim }));
    return { row, unsupported: unsupported(src, sum).length, novel: novelWords(src, sum).length, fold: fold(row.articleId) };
  });
  // Choose the novel-word threshold on the tune fold (balanced accuracy).
  let best = { k: 1, bacc: 0 };
  for (let k = 1; k <= 8; k++) {
    const b = metrics(scored.filter((s) => s.fold === "tune"), k).bacc;
    if (b > best.bacc) best = { k, bacc: b };
  }
  console.log(`unfaithful when: any unsupported number/name/date, or ≥ ${best.k} content words absent from the article (threshold from tune fold)`);
  console.log("fold     rows  bal.acc  prec(unf)  rec(unf)  rec CircE  rec EntE  rec OutE  faithful flagged");
  const out: Record<string, number | string> = { threshold: best.k };
  for (const f of ["tune", "report", "all"]) {
    const part = scored.filter((s) => f === "all" || s.fold === f);
    const m = metrics(part, best.k);
    console.log(`${f.padEnd(7)} ${String(part.length).padStart(5)}  ${m.bacc.toFixed(3)}    ${m.prec.toFixed(3)}      ${m.rec.toFixed(3)}     ${m.circ.toFixed(3)}      ${m.ent.toFixed(3)}     ${m.out.toFixed(3)}     ${m.fpr.toFixed(3)}`);
    out[`bacc_${f}`] = m.bacc;
  }
  return out;
}

function metrics(part: readonly Scored[], k: number) {
  const pred = (s: Scored) => s.unsupported > 0 || s.novel >= k;
  let tp = 0, fp = 0, tn = 0, fn = 0;
  const typeRec = (t: string) => {
    const withT = part.filter((s) => s.row.errorTypes.includes(t));
    return withT.filter(pred).length / Math.max(1, withT.length);
  };
  for (const s of part) {
    const unf = s.row.label === 0;
    if (pred(s)) { if (unf) tp++; else fp++; } else { if (unf) fn++; else tn++; }
  }
  const rec = tp / Math.max(1, tp + fn), spec = tn / Math.max(1, tn + fp);
  return { bacc: (rec + spec) / 2, prec: tp / Math.max(1, tp + fp), rec, fpr: fp / Math.max(1, fp + tn), circ: typeRec("CircE"), ent: typeRec("EntE"), out: typeRec("OutE") };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  await run(process.argv[2] ?? resolve(root, "../shared/eval"));
}
