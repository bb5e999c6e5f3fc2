// Officeholder torture texts: title forms as news writes them (pre-/post-nominal, appositive,
// descriptive, "acting", vice-presidential), former/past-tense mentions, and talks in the example's
// host country between other parties. Each item is a one-article story with its own publish date (or
// none); "flag" items name someone out of the office they are given at that date, "clear" items are
// look-alike negatives. Batch A (offices-a.jsonl) was built on; batch B (offices-b.jsonl) was written
// before the rules were run on it and is only reported. Detection = a medium/high anachronism-role
// finding covering the name; a false alarm = any medium/high anachronism finding on a "clear" item.
// Run: npx tsx eval/offices.ts (batch A, with its misses); OFFICES_B=1 adds batch B's figures (never its items).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../src/annotate/annotate.js";
import { extractClaims } from "../src/claims/extract.js";
import { anachronism } from "../src/crosscheck/rules/anachronism.js";
import { articleId, normalizeText } from "../src/ingest/normalize.js";
import { loadKb } from "../src/kb/load.js";
import { inferTimeframe } from "../src/kb/timeframe.js";

interface Item { id: string; expect: "flag" | "clear"; name: string; published: string | null; text: string }

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, "../test/fixtures/kb/torture");

export async function run(_sharedEvalDir?: string): Promise<Record<string, number | string>> {
  const kb = loadKb();
  const out: Record<string, number | string> = {};
  console.log("officeholder torture texts: detection of out-of-office titles, false alarms on look-alike negatives");
  console.log("batch  flag-items  detected  detection  clear-items  false-alarms(medium/high)");
  // Batch B is the report batch: run it only when asked (OFFICES_B=1), so looks at it are counted.
  for (const batch of (process.env["OFFICES_B"] === "1" || _sharedEvalDir !== undefined ? ["a", "b"] : ["a"]) as ("a" | "b")[]) {
    const items = readFileSync(path.join(dir, `offices-${batch}.jsonl`), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Item);
    let flags = 0, hits = 0, clears = 0, alarms = 0;
    const misses: string[] = [];
    for (const it of items) {
      const text = normalizeText(it.text);
      const doc = annotate({ id: articleId(text), sourceId: it.id, title: text.split("\n")[0]!, outlet: null, url: null, byline: null, publishedAt: it.published, path: null, text });
      const claims = extractClaims(doc);
      const timeframe = inferTimeframe([doc], claims, kb);
      const found = anachronism({ docs: [doc], claims, derivations: [], timeframe, kb }).filter((f) => f.severity !== "low");
      const covers = found.some((f) => f.rule === "crosscheck/anachronism-role" && f.evidence.some((e) => e.text.includes(it.name.split(" ").pop()!)));
      if (it.expect === "flag") { flags++; if (covers) hits++; else misses.push(`${it.id} missed: ${doc.roles.map((r) => `${r.span.text}|${r.office}|${r.country}|${r.tense}`).join("; ") || "no role read"}`); }
      else { clears++; if (found.length > 0) { alarms++; misses.push(`${it.id} false alarm: ${found.map((f) => f.summary).join(" / ")}`); } }
    }
    console.log(`${batch.toUpperCase().padEnd(7)}${String(flags).padStart(10)}${String(hits).padStart(10)}${(flags ? hits / flags : 0).toFixed(3).padStart(11)}${String(clears).padStart(13)}${String(alarms).padStart(27)}`);
    Object.assign(out, { [`${batch}.detection`]: Number((flags ? hits / flags : 0).toFixed(3)), [`${batch}.falseAlarms`]: alarms });
    if (batch === "a") for (const m of misses) console.log(`  ${m}`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
