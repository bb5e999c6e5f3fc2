// Runs the torture sets through the signals stage: per phenomenon, how many positives of a batch
// the rule finds, and which negatives get a finding of that rule (medium/high ones are false alarms).
import { annotate } from "../../../src/annotate/annotate.js";
import type { FindingDraft } from "../../../src/domain/finding.js";
import { articleFromRecord } from "../../../src/ingest/record.js";
import { signals } from "../../../src/signals/index.js";
import { loadedTerms } from "./loaded-terms.js";
import { machineAuthorship } from "./machine-authorship.js";
import { promoFooters } from "./promo-footers.js";
import { oneSided } from "./sourcing.js";
import { stuffing } from "./stuffing.js";
import { C } from "./batch-c.js";
import type { TortureCase, TortureSet } from "./types.js";

export const SETS: readonly TortureSet[] = [machineAuthorship, promoFooters, stuffing, oneSided, loadedTerms];

/** The findings of `rule` on the case's own article. */
export function ruleFindings(set: TortureSet, c: TortureCase): FindingDraft[] {
  const texts = [c.text, ...(c.others ?? [])];
  const docs = texts.map((text, i) => annotate(articleFromRecord("torture", {
    text, title: null, publishedAt: null, id: `${c.id}#${i}`,
    outlet: i === 0 ? c.outlet ?? null : null, url: i === 0 ? c.url ?? null : null, byline: i === 0 ? c.byline ?? null : null,
  })));
  const own = docs[0]!.article.id;
  return signals(docs).findings.filter((f) => f.rule === set.rule && f.articleIds.includes(own));
}

export interface BatchResult {
  readonly detected: number;
  readonly total: number;
  readonly missed: readonly string[];
  /** Negatives with a medium or high finding of the rule. */
  readonly falseAlarms: readonly string[];
  /** Negatives with a low or info finding of the rule. */
  readonly lowOnNegatives: readonly string[];
}

export function runBatch(set: TortureSet, batch: "A" | "B"): BatchResult {
  const positives = batch === "A" ? set.A : set.B;
  const negatives = batch === "A" ? set.negA : set.negB;
  const missed = positives.filter((c) => ruleFindings(set, c).length === 0).map((c) => c.id);
  const falseAlarms: string[] = [];
  const lowOnNegatives: string[] = [];
  for (const c of negatives) {
    const fs = ruleFindings(set, c);
    if (fs.some((f) => f.severity === "medium" || f.severity === "high")) falseAlarms.push(`${c.id} (${fs.map((f) => f.severity).join(",")})`);
    else if (fs.length > 0) lowOnNegatives.push(`${c.id} (${fs.map((f) => f.severity).join(",")}: ${fs[0]!.evidence.map((e) => e.text).join(" | ").slice(0, 80)})`);
  }
  return { detected: positives.length - missed.length, total: positives.length, missed, falseAlarms, lowOnNegatives };
}

function main(): void {
  const batches = process.argv.includes("--report") ? (["A", "B"] as const) : (["A"] as const);
  for (const batch of batches) {
    console.log(`batch ${batch}: detection on positives, false alarms (medium/high) and low/info findings on negatives`);
    for (const set of SETS) {
      const r = runBatch(set, batch);
      console.log(`  ${set.phenomenon.padEnd(26)} detected ${r.detected}/${r.total} = ${(r.detected / r.total).toFixed(2)}   false alarms ${r.falseAlarms.length}   low on negatives ${r.lowOnNegatives.length}`);
      for (const m of r.missed) console.log(`      missed: ${m}`);
      for (const m of r.falseAlarms) console.log(`      FALSE ALARM: ${m}`);
      for (const m of r.lowOnNegatives) console.log(`      low/info on negative: ${m}`);
    }
  }
}

if (process.argv[1]?.endsWith("run.ts") && !process.argv.includes("--c")) main();

/** Batch C (batch-c.ts): detection and false alarms, same measures. */
export function runBatchC(set: TortureSet): BatchResult {
  const c = C[set.rule];
  if (!c) return { detected: 0, total: 0, missed: [], falseAlarms: [], lowOnNegatives: [] };
  return runBatch({ ...set, B: c.pos, negB: c.neg }, "B");
}

if (process.argv[1]?.endsWith("run.ts") && process.argv.includes("--c")) {
  console.log("batch C: detection on positives, false alarms (medium/high) and low/info findings on negatives");
  for (const set of SETS) {
    const r = runBatchC(set);
    console.log(`  ${set.phenomenon.padEnd(26)} detected ${r.detected}/${r.total} = ${(r.detected / r.total).toFixed(2)}   false alarms ${r.falseAlarms.length}   low on negatives ${r.lowOnNegatives.length}`);
    for (const m of r.missed) console.log(`      missed: ${m}`);
    for (const m of r.falseAlarms) console.log(`      FALSE ALARM: ${m}`);
    for (const m of r.lowOnNegatives) console.log(`      low/info on negative: ${m}`);
  }
}
