// Paraphrase quality on MRPC (../shared/eval/paraphrase/dev.jsonl): accuracy and F1 of
// comparePairs, beside always answering "paraphrase". Pairs are split by sha1(id) parity: the
// logistic-regression weights and threshold in src/similarity/weights.ts were fitted on the
// `tune` fold only (`--train` refits and prints them); the `report` fold is the honest figure.
// Run: npx tsx eval/paraphrase.ts [--train]
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { comparePairs } from "../src/similarity/compare.js";
import { FEATURE_NAMES, logistic, paraphraseFeatures } from "../src/similarity/paraphrase.js";

interface Row {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly label: number;
}

type Fold = "tune" | "report";

function foldOf(id: string): Fold {
  const d = createHash("sha1").update(id).digest();
  return (d[d.length - 1] ?? 0) % 2 === 0 ? "tune" : "report";
}

function scores(pred: readonly boolean[], gold: readonly number[]): { accuracy: number; f1: number; precision: number; recall: number } {
  let tp = 0, fp = 0, fn = 0, right = 0;
  pred.forEach((p, i) => {
    const g = gold[i] === 1;
    if (p === g) right++;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { accuracy: right / Math.max(1, pred.length), f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), precision, recall };
}

/** Batch gradient descent with a little L2; features are already in [0, 1]. */
function train(x: readonly number[][], y: readonly number[]): { weights: number[]; bias: number } {
  const d = x[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  const rate = 0.5, l2 = 1e-4;
  for (let epoch = 0; epoch < 4000; epoch++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    x.forEach((f, i) => {
      const err = logistic(f, w, bias) - (y[i] ?? 0);
      f.forEach((v, k) => { gw[k]! += err * v; });
      gb += err;
    });
    for (let k = 0; k < d; k++) w[k]! -= rate * (gw[k]! / x.length + l2 * w[k]!);
    bias -= (rate * gb) / x.length;
  }
  return { weights: w, bias };
}

export async function run(sharedEvalDir: string, retrain = false): Promise<Record<string, number | string>> {
  const file = join(sharedEvalDir, "paraphrase", "dev.jsonl");
  if (!existsSync(file)) {
    console.log(`skipped: ${dirname(file)} not found`);
    return {};
  }
  const rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  if (retrain) {
    const tune = rows.filter((r) => foldOf(r.id) === "tune");
    const x = tune.map((r) => paraphraseFeatures(r.a, r.b));
    const { weights, bias } = train(x, tune.map((r) => r.label));
    let best = 0.5, bestAcc = 0;
    for (let t = 0.3; t <= 0.7; t += 0.01) {
      // Accuracy and F1 both count: the threshold that maximizes their sum on the tune fold.
      const s = scores(x.map((f) => logistic(f, weights, bias) >= t), tune.map((r) => r.label));
      if (s.accuracy + s.f1 > bestAcc) { bestAcc = s.accuracy + s.f1; best = t; }
    }
    console.log(FEATURE_NAMES.map((n, k) => `  ${n}: ${weights[k]!.toFixed(4)}`).join("\n"));
    console.log(`export const PARAPHRASE_WEIGHTS: readonly number[] = [${weights.map((v) => v.toFixed(4)).join(", ")}];`);
    console.log(`export const PARAPHRASE_BIAS = ${bias.toFixed(4)};`);
    console.log(`export const PARAPHRASE_THRESHOLD = ${best.toFixed(2)};  // tune accuracy + F1 ${bestAcc.toFixed(3)}`);
  }
  const out: Record<string, number | string> = {};
  console.log(`paraphrase (MRPC dev, ${rows.length} pairs; weights and threshold fitted on 'tune', 'report' held out)`);
  console.log("fold     pairs  method            accuracy  F1     P      R");
  for (const fold of ["tune", "report"] as const) {
    const part = rows.filter((r) => foldOf(r.id) === fold);
    const gold = part.map((r) => r.label);
    const ours = scores(comparePairs(part).map((r) => r.paraphrase), gold);
    const yes = scores(part.map(() => true), gold);
    const line = (name: string, s: typeof ours) =>
      console.log(`${fold.padEnd(8)} ${String(part.length).padStart(5)}  ${name.padEnd(16)}  ${s.accuracy.toFixed(3)}     ${s.f1.toFixed(3)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}`);
    line("comparePairs", ours);
    line("always yes", yes);
    out[`${fold}.accuracy`] = ours.accuracy; out[`${fold}.f1`] = ours.f1;
    out[`${fold}.yes.accuracy`] = yes.accuracy; out[`${fold}.yes.f1`] = yes.f1;
  }
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(resolve(here, "..", "../shared/eval"), process.argv.includes("--train"));
}
