// Dev-time: builds the shipped kb snapshot (data/kb/) from ../shared/kb. The project never reads
// ../shared at run time; it reads only data/kb. Keeps national offices news names
// every national post, each mapped to the offices news names it by (src/lexicon/offices.ts).
// Run: npx tsx scripts/kb-build.ts [sharedKbDir]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { officesOfPosition } from "../src/kb/offices.js";
import { serializeSnapshot, type TermRow } from "../src/kb/snapshot.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(process.argv[2] ?? path.join(root, "../shared/kb"));
const out = path.join(root, "data/kb");
mkdirSync(out, { recursive: true });

interface SourceRow {
  person: string; alias?: string; position: string; country: string; country_qid?: string;
  start: string; end: string; source_id?: string; end_basis: string; as_of?: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Dates as the snapshot takes them: "2014s" (a decade-like value in the source) → "2014". */
const day = (v: string | undefined) => (!v ? null : /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : /^\d{4}/.exec(v)?.[0] ?? null);

function toRows(rows: readonly SourceRow[], countryIds: Record<string, string>): TermRow[] {
  const out: TermRow[] = [];
  for (const r of rows) {
    if (r.country_qid) countryIds[r.country] = r.country_qid;
    // Every national post (ambassadors and junior posts included, under their own label); sub-national ones are left out.
    const offices = officesOfPosition(r.position, r.country);
    if (offices.length === 0) continue;
    const office = offices.join("|");
    out.push({
      person: r.person, alias: r.alias && r.alias !== r.person ? r.alias : null, personId: r.source_id || null,
      position: r.position, office, country: r.country, start: day(r.start), end: day(r.end),
      asOf: r.end ? null : r.as_of || null, endBasis: r.end_basis,
    });
  }
  return out;
}

const countryIds: Record<string, string> = {};
const pepper = toRows(readJsonl<SourceRow>(path.join(shared, "officeholders-peppercat/officeholders.jsonl")), countryIds);
writeFileSync(path.join(out, "officeholders.json"), serializeSnapshot({
  asOf: "2025-01-31",
  source: "officeholders-peppercat: Peppercat (peppercat.org), Tony Bowden; data from Wikidata",
  licence: "CC BY-NC 4.0 (compilation); facts from Wikidata, CC0",
  countryIds,
}, pepper));

// heads-2026-wlc is CC BY-SA 4.0 and of lower quality: shipped as its own file, combined only in memory.
const headsRaw = readJsonl<SourceRow>(path.join(shared, "heads-2026-wlc/heads.jsonl"));
// Its README: "Canada: Mark Carney has no start date in the source. It was 2025-03-14."
const heads = toRows(headsRaw.map((r) => (r.person === "Mark Carney" && !r.start ? { ...r, start: "2025-03-14" } : r)), {});
writeFileSync(path.join(out, "heads-2026-wlc.json"), serializeSnapshot({
  asOf: "2026-08-22",
  source: "heads-2026-wlc: open-data-archive/world-leaders-current, data from Wikidata and Wikipedia",
  licence: "CC BY-SA 4.0",
  countryIds: {},
}, heads));

interface SummitRow { event: string; series: string; start: string; end: string; city: string; country: string; status: string; source: string }
const events = readJsonl<SummitRow>(path.join(shared, "summits/summits.jsonl")).map((e) => ({
  event: e.event, series: e.series, start: e.start, end: e.end, city: e.city, country: e.country, status: e.status,
  confidence: /not checked/.test(e.source) ? "unchecked" : "checked",
}));
writeFileSync(path.join(out, "events.json"), `[\n${events.map((e) => JSON.stringify(e)).join(",\n")}\n]\n`);

console.log(`data/kb: ${pepper.length} officeholder terms, ${heads.length} heads-2026 terms, ${events.length} events`);
