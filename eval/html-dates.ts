// Publication-date accuracy on real web pages: ../shared/eval/html-dates (Media Cloud 2020 news
// set via htmldate) and ../shared/eval/html-dates-bbaw (htmldate's default set: German and English
// news, blogs and institutional pages, 2000–2020). Pages of each set are split by sha1(file)
// parity: rules were tuned on the `tune` fold (even) only; the `report` fold (odd) is the honest
// figure. Run: npx tsx eval/html-dates.ts [--tune-only] [set…] (--tune-only: print the tune fold only,
// so rules can be worked on without seeing the report fold's figure; --misses: print the tune fold's
// misses with the candidates behind the found day and the gold day — never the report fold's).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeHtmlBytes } from "../src/ingest/charset.js";
import { extractPublishedDate, parseDocument } from "../src/ingest/html-date.js";

interface Gold {
  readonly url: string;
  readonly file: string;
  readonly date: string;
}

type Fold = "tune" | "report";

function foldOf(id: string): Fold {
  const digest = createHash("sha1").update(id).digest();
  return (digest[digest.length - 1] ?? 0) % 2 === 0 ? "tune" : "report";
}

interface PageResult {
  readonly file: string;
  readonly url: string;
  readonly fold: Fold;
  readonly gold: string;
  readonly withUrl: string | null;
  readonly withoutUrl: string | null;
  readonly ms: number;
  /** Candidates (with URL) for the found and the gold day: where each was found. */
  readonly where: string;
}

function score(rows: readonly PageResult[], pick: (r: PageResult) => string | null): { accuracy: number; precision: number; coverage: number } {
  const dated = rows.filter((r) => pick(r) !== null);
  const right = rows.filter((r) => pick(r)?.slice(0, 10) === r.gold);
  return {
    accuracy: rows.length ? right.length / rows.length : 0,
    precision: dated.length ? right.length / dated.length : 0,
    coverage: rows.length ? dated.length / rows.length : 0,
  };
}

const SETS = ["html-dates", "html-dates-bbaw"] as const;

export async function run(sharedEvalDir: string, sets: readonly string[] = SETS, tuneOnly = false, printMisses = false): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const misses: string[] = [];
  for (const set of sets) {
    for (const [k, v] of Object.entries(await runSet(sharedEvalDir, set, misses, tuneOnly))) out[`${set}.${k}`] = v;
  }
  // Only the tune folds' misses are listed: the report folds stay unseen.
  writeFileSync("/tmp/html-dates-worst.txt", `${misses.join("\n")}\n`);
  if (printMisses) console.log(`tune-fold misses (set, file, gold, found, found without URL, where found):\n${misses.join("\n")}`);
  return out;
}

async function runSet(sharedEvalDir: string, set: string, misses: string[], tuneOnly: boolean): Promise<Record<string, number | string>> {
  const dir = join(sharedEvalDir, set);
  if (!existsSync(join(dir, "gold.jsonl"))) {
    console.log(`skipped: ${dir} not found`);
    return {};
  }
  const gold = readFileSync(join(dir, "gold.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
  const rows: PageResult[] = [];
  for (const g of gold) {
    const html = decodeHtmlBytes(gunzipSync(readFileSync(join(dir, "html", `${g.file}.gz`))));
    // extractHtml runs the date step on a fresh parse, before any cleaning; so does this.
    // The no-URL run goes first so the timed run measures the step, not first-call compilation.
    const doc = parseDocument(html);
    const withoutUrl = extractPublishedDate(doc);
    const t0 = performance.now();
    let trace: ReadonlyArray<{ readonly day: string; readonly source: string; readonly weight: number; readonly role: string }> = [];
    const withUrl = extractPublishedDate(doc, g.url, { trace: (c) => (trace = c) });
    const ms = performance.now() - t0;
    const show = (day: string | null) =>
      trace.filter((c) => c.day.slice(0, 10) === day?.slice(0, 10)).map((c) => `${c.source}:${c.weight.toFixed(1)}${c.role === "unknown" ? "" : `/${c.role}`}`).join(",") || "none";
    const where = `found[${show(withUrl)}] gold[${show(g.date)}] all=${trace.length}`;
    rows.push({ file: g.file, url: g.url, fold: foldOf(g.file), gold: g.date, withUrl, withoutUrl, ms, where });
  }
  const out: Record<string, number | string> = { pages: rows.length, tunedOn: "tune (sha1(file) even)" };
  console.log(`${set} (tuned on fold 'tune'; 'report' is held out from tuning)`);
  console.log("fold     pages  acc(url)  prec(url)  acc(no url)  prec(no url)");
  const folds = [
    ["tune", rows.filter((r) => r.fold === "tune")],
    ["report", rows.filter((r) => r.fold === "report")],
    ["all", rows],
  ] as const;
  for (const [name, subset] of tuneOnly ? folds.slice(0, 1) : folds) {
    const a = score(subset, (r) => r.withUrl);
    const b = score(subset, (r) => r.withoutUrl);
    console.log(
      `${name.padEnd(8)} ${String(subset.length).padStart(5)}  ${a.accuracy.toFixed(3).padStart(8)}  ${a.precision.toFixed(3).padStart(9)}  ${b.accuracy.toFixed(3).padStart(11)}  ${b.precision.toFixed(3).padStart(12)}`,
    );
    out[`${name}.accuracy`] = a.accuracy;
    out[`${name}.precision`] = a.precision;
    out[`${name}.accuracyNoUrl`] = b.accuracy;
    out[`${name}.precisionNoUrl`] = b.precision;
  }
  const meanMs = rows.reduce((s, r) => s + r.ms, 0) / Math.max(1, rows.length);
  console.log(`mean ${meanMs.toFixed(1)} ms per page (date step, parse excluded)`);
  out["msPerPage"] = meanMs;
  const wrong = rows.filter((r) => r.fold === "tune" && r.withUrl?.slice(0, 10) !== r.gold);
  for (const r of wrong) misses.push(`${set}\t${r.file}\tgold=${r.gold}\tgot=${r.withUrl ?? "-"}\tnoUrl=${r.withoutUrl ?? "-"}\t${r.where}\t${r.url}`);
  return out;
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? "")) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const args = process.argv.slice(2);
  const tuneOnly = args.includes("--tune-only");
  const printMisses = args.includes("--misses");
  const only = args.filter((a) => a !== "--tune-only" && a !== "--misses");
  await run(resolve(root, "../shared/eval"), only.length ? only : SETS, tuneOnly, printMisses);
}
