// `triangulate kb refresh`: rebuild the officeholder table from Wikidata's SPARQL endpoint (P39
// "position held" with P580/P582 start/end qualifiers), one query per country, and write a new
// snapshot atomically (temp file, validated, then rename). On any failure the old snapshot stays.
// Wikidata is CC0, so a refreshed snapshot carries no NonCommercial term. EDGE: network and files.
import { existsSync, copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultKbDir } from "./load.js";
import { isNamedOffice, officesOfPosition } from "./offices.js";
import { parseSnapshot, serializeSnapshot, type TermRow } from "./snapshot.js";

export const ENDPOINT = "https://query.wikidata.org/sparql";
export const USER_AGENT = "Triangulate/0.1 (news verification engine; kb refresh of officeholders; https://github.com/triangulate) node-fetch";

/** Countries news most often names officials of; the rest of the shipped snapshot is kept as is unless asked. */
export const DEFAULT_COUNTRIES: readonly string[] = [
  "United States", "United Kingdom", "Russia", "Ukraine", "China", "France", "Germany", "Italy", "Spain", "Poland", "Turkey",
  "Israel", "Iran", "India", "Pakistan", "Japan", "South Korea", "North Korea", "Canada", "Mexico", "Brazil", "Argentina",
  "Australia", "Saudi Arabia", "Egypt", "South Africa", "Nigeria", "Indonesia", "Netherlands", "Belgium", "Sweden", "Finland",
  "Norway", "Hungary", "Belarus", "Georgia", "Syria", "Qatar", "United Arab Emirates",
];

export interface RefreshOptions {
  readonly fetch: typeof fetch;
  readonly outDir: string;
  readonly countries?: readonly string[];
  readonly log: (msg: string) => void;
  /** When the refresh runs (open terms are known up to this day). */
  readonly now?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
  readonly retries?: number;
}

export interface RefreshResult {
  readonly file: string;
  readonly asOf: string;
  readonly terms: number;
  readonly countries: readonly string[];
}

export function sparqlFor(countryQid: string): string {
  return `SELECT ?person ?personLabel ?position ?positionLabel ?start ?end WHERE {
  { wd:${countryQid} wdt:P1906|wdt:P1313 ?position . } UNION { ?position wdt:P1001 wd:${countryQid} . }
  ?person p:P39 ?statement .
  ?statement ps:P39 ?position .
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank . }
  OPTIONAL { ?statement pq:P580 ?start . }
  OPTIONAL { ?statement pq:P582 ?end . }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}`;
}

interface Binding { readonly [k: string]: { readonly value: string } | undefined }

const day = (v: string | undefined) => (v ? v.replace(/^\+/, "").slice(0, 10) : null);
const qid = (uri: string | undefined) => uri?.split("/").pop() ?? null;

/** SPARQL JSON results for one country → snapshot rows for the offices news names. */
export function rowsFromSparql(json: unknown, country: string, asOf: string): TermRow[] {
  const bindings = (json as { results?: { bindings?: Binding[] } })?.results?.bindings;
  if (!Array.isArray(bindings)) throw new Error(`unexpected SPARQL answer for ${country} (no results.bindings)`);
  const seen = new Set<string>();
  const out: TermRow[] = [];
  for (const b of bindings) {
    const person = b["personLabel"]?.value, position = b["positionLabel"]?.value;
    if (!person || !position || /^Q\d+$/.test(person)) continue;
    // Wikidata lists every post a person held (members of parliament, party posts): keep those news names by a title.
    const offices = officesOfPosition(position, country).filter(isNamedOffice);
    if (offices.length === 0) continue;
    const office = offices.join("|");
    const start = day(b["start"]?.value), end = day(b["end"]?.value);
    const key = `${qid(b["person"]?.value)}|${position}|${start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ person, alias: null, personId: qid(b["person"]?.value), position, office, country, start, end, asOf: end ? null : asOf, endBasis: "wikidata" });
  }
  return out;
}

async function query(opts: RefreshOptions, country: string, countryQid: string): Promise<unknown> {
  const retries = opts.retries ?? 3;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const url = `${ENDPOINT}?query=${encodeURIComponent(sparqlFor(countryQid))}`;
  let last = "";
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      const wait = 1000 * 2 ** (attempt - 1);
      opts.log(`kb refresh: ${country}: ${last}; retrying in ${wait / 1000}s (${attempt}/${retries})`);
      await sleep(wait);
    }
    let res: Response;
    try {
      res = await opts.fetch(url, {
        headers: { accept: "application/sparql-results+json", "user-agent": USER_AGENT },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      last = `cannot reach ${ENDPOINT} (${(e as Error).name === "TimeoutError" ? "timed out" : cause ?? (e as Error).message})`;
      continue;
    }
    if (res.status === 429 || res.status >= 500) { last = `HTTP ${res.status}`; continue; }
    if (!res.ok) throw new Error(`kb refresh: ${country}: Wikidata answered HTTP ${res.status}`);
    try {
      return await res.json();
    } catch {
      last = "the answer was cut off (invalid JSON)";
    }
  }
  throw new Error(`kb refresh: ${country}: ${last} after ${retries + 1} attempts. Are you offline? The existing snapshot is unchanged.`);
}

/** Rebuild officeholders.json in outDir from Wikidata; the previous file is replaced only by a complete, valid one. */
export async function refreshKb(opts: RefreshOptions): Promise<RefreshResult> {
  const shipped = JSON.parse(readFileSync(path.join(defaultKbDir(), "officeholders.json"), "utf8")) as { countries: Record<string, string> };
  const countries = opts.countries ?? DEFAULT_COUNTRIES;
  const unknown = countries.filter((c) => !shipped.countries[c]);
  if (unknown.length > 0) throw new Error(`kb refresh: unknown countries: ${unknown.join(", ")} (use the kb's names, e.g. "United States")`);
  const asOf = (opts.now ?? (() => new Date()))().toISOString().slice(0, 10);
  const rows: TermRow[] = [];
  for (const c of countries) {
    const got = rowsFromSparql(await query(opts, c, shipped.countries[c]!), c, asOf);
    opts.log(`kb refresh: ${c}: ${got.length} terms`);
    rows.push(...got);
  }
  if (rows.length === 0) throw new Error("kb refresh: Wikidata returned no terms; the existing snapshot is unchanged");
  mkdirSync(opts.outDir, { recursive: true });
  const file = path.join(opts.outDir, "officeholders.json");
  const tmp = `${file}.tmp-${process.pid}`;
  const text = serializeSnapshot({
    asOf, source: `Wikidata SPARQL (P39 with P580/P582), ${countries.length} countries, fetched ${asOf}`, licence: "CC0 (Wikidata)",
    countryIds: Object.fromEntries(countries.map((c) => [c, shipped.countries[c]!])),
  }, rows);
  try {
    writeFileSync(tmp, text);
    parseSnapshot(readFileSync(tmp, "utf8"), "refresh");
    renameSync(tmp, file);
  } finally {
    if (existsSync(tmp)) rmSync(tmp);
  }
  const events = path.join(opts.outDir, "events.json");
  if (!existsSync(events) && path.resolve(opts.outDir) !== defaultKbDir()) copyFileSync(path.join(defaultKbDir(), "events.json"), events);
  opts.log(`kb refresh: wrote ${rows.length} terms for ${countries.length} countries to ${file}`);
  return { file, asOf, terms: rows.length, countries };
}
