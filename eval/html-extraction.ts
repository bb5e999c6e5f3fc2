// Main-text extraction quality on real news pages (../shared/eval/html-extraction, the dev part
// of Zyte's article-extraction-benchmark), scored with that benchmark's own evaluate.py metric.
// Pages are split by sha1(id) parity: heuristics were tuned on the `tune` fold (even) only; the
// `report` fold (odd) is the honest figure. Run: npx tsx eval/html-extraction.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { extractHtml } from "../src/ingest/html.js";

interface Truth {
  readonly articleBody?: string;
  readonly url?: string;
}

type Fold = "tune" | "report";
type TpFpFn = readonly [number, number, number];

function foldOf(id: string): Fold {
  const digest = createHash("sha1").update(id).digest();
  return (digest[digest.length - 1] ?? 0) % 2 === 0 ? "tune" : "report";
}

// evaluate.py tokenises with Python's Unicode `\w+`: letters, digits and underscore.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** evaluate.py `_ngrams`: shingles of n tokens; a text shorter than n gives one short shingle. */
function shingleCounts(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py `string_shingle_matching`: TP/FP/FN over shingle counts, normalised to sum 1. */
export function shingleMatching(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingleCounts(truth, n);
  const p = shingleCounts(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** evaluate.py `metrics_from_tp_fp_fns`: per-page precision and recall averaged, F1 from the averages. */
export function metrics(rows: readonly TpFpFn[]): { f1: number; precision: number; recall: number } {
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

interface PageResult {
  readonly id: string;
  readonly fold: Fold;
  readonly url: string;
  readonly score: TpFpFn;
  readonly ms: number;
}

export async function run(sharedEvalDir: string): Promise<Record<string, number | string>> {
  const dir = join(sharedEvalDir, "html-extraction");
  if (!existsSync(join(dir, "ground-truth.json"))) {
    console.log(`skipped: ${dir} not found`);
    return {};
  }
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, Truth>;
  const rows: PageResult[] = [];
  const only = process.env["HTML_EVAL_ONLY"];
  for (const [id, t] of Object.entries(truth)) {
    if (only && !id.startsWith(only)) continue;
    const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
    const t0 = performance.now();
    // Like the published baselines, the extractor is not told the page URL.
    const got = extractHtml(html);
    const ms = performance.now() - t0;
    rows.push({ id, fold: foldOf(id), url: t.url ?? "", score: shingleMatching(t.articleBody ?? "", got.text), ms });
  }
  const out: Record<string, number | string> = { pages: rows.length, tunedOn: "tune (sha1(id) even)" };
  console.log("html-extraction (tuned on fold 'tune'; 'report' is held out from tuning)");
  console.log("fold     pages     F1  precision  recall");
  for (const [name, subset] of [
    ["tune", rows.filter((r) => r.fold === "tune")],
    ["report", rows.filter((r) => r.fold === "report")],
    ["all", rows],
  ] as const) {
    const m = metrics(subset.map((r) => r.score));
    console.log(`${name.padEnd(8)} ${String(subset.length).padStart(5)}  ${m.f1.toFixed(3)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}`);
    out[`${name}.f1`] = m.f1;
    out[`${name}.precision`] = m.precision;
    out[`${name}.recall`] = m.recall;
  }
  const meanMs = mean(rows.map((r) => r.ms));
  console.log(`mean ${meanMs.toFixed(1)} ms per page`);
  out["msPerPage"] = meanMs;
  const worst = [...rows]
    .map((r) => ({ r, f: metrics([r.score]).f1, p: precisionScore(r.score), rc: recallScore(r.score) }))
    .sort((a, b) => a.f - b.f)
    .slice(0, 10);
  writeFileSync(
    "/tmp/html-extraction-worst.txt",
    `${worst.map((w) => `${w.r.fold}\t${w.f.toFixed(3)}\tP=${w.p.toFixed(3)}\tR=${w.rc.toFixed(3)}\t${w.r.id}\t${w.r.url}`).join("\n")}\n`,
  );
  return out;
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? "")) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  await run(resolve(root, "../shared/eval"));
}
