// Year-dating torture texts (test/fixtures/crosscheck/year-dating.{a,b}.txt): how many sentences that
// date a story's own event to another year the anachronism rule flags, and whether it raises a
// medium/high finding on background years. Batch A was built on; batch B is the honest figure.
// Run: npx tsx eval/year-dating.ts [a|b]
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import { extractClaims } from "../src/claims/extract.js";
import { anachronism } from "../src/crosscheck/rules/anachronism.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { loadKb } from "../src/kb/load.js";
import { inferTimeframe } from "../src/kb/timeframe.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PUBLISHED = "2025-06-10";

export interface Variant { readonly positive: boolean; readonly text: string; readonly note: string }

export function variants(batch: "a" | "b"): Variant[] {
  return readFileSync(resolve(root, `test/fixtures/crosscheck/year-dating.${batch}.txt`), "utf8")
    .split("\n")
    .filter((l) => /^[+-]\t/.test(l))
    .map((l) => {
      const [text, note] = l.slice(2).split(" # ");
      return { positive: l[0] === "+", text: text!.trim(), note: note?.trim() ?? "" };
    });
}

const kb = loadKb();

/** The year findings (severity and evidence) for one sentence in a story published on PUBLISHED. */
export function yearFindings(sentence: string): string[] {
  const text = normalizeText(`Report from the region\n${sentence}`);
  const doc = annotate({ id: articleId(text), sourceId: null, title: "Report", outlet: null, url: null, byline: null, publishedAt: PUBLISHED, path: null, text });
  const claims = extractClaims(doc);
  const timeframe = inferTimeframe([doc], claims, kb);
  return anachronism({ docs: [doc], claims, derivations: [], timeframe, kb })
    .filter((f) => f.rule === "crosscheck/anachronism-year")
    .map((f) => `${f.severity} "${f.evidence.map((e) => e.text).join(" | ")}"`);
}

export async function run(_dir: string, batches: readonly ("a" | "b")[] = ["a", "b"]): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const batch of batches) {
    const vs = variants(batch);
    const pos = vs.filter((v) => v.positive), neg = vs.filter((v) => !v.positive);
    const hit = pos.filter((v) => yearFindings(v.text).some((f) => /^(high|medium)/.test(f)));
    const alarms = neg.filter((v) => yearFindings(v.text).some((f) => /^(high|medium)/.test(f)));
    console.log(`batch ${batch}: detected ${hit.length}/${pos.length} (${(hit.length / pos.length).toFixed(2)}); medium/high on negatives ${alarms.length}/${neg.length}`);
    for (const v of pos.filter((p) => !hit.includes(p))) console.log(`  missed: ${v.text}`);
    for (const v of alarms) console.log(`  false alarm: ${v.text} → ${yearFindings(v.text).join("; ")}`);
    out[`${batch}.detection`] = hit.length / pos.length;
    out[`${batch}.falseAlarms`] = alarms.length;
  }
  return out;
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? "")) {
  const only = process.argv.slice(2).filter((b): b is "a" | "b" => b === "a" || b === "b");
  await run("", only.length ? only : ["a", "b"]);
}
