// The shipped snapshot format: compact columnar JSON (string tables + one array per term), so
// 12k terms load in milliseconds. Pure: parse/validate/serialize only; files are read in load.ts.
// One format serves the build script (from ../shared/kb), `kb refresh` (from Wikidata) and the loader.
import type { DatedEvent, OfficeTerm } from "../domain/kb.js";
import { plainKey } from "./names.js";

export const FORMAT = "triangulate-kb/1";

export interface TermRow {
  readonly person: string;
  readonly alias: string | null;
  readonly personId: string | null;
  readonly position: string;
  readonly office: string;
  readonly country: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly asOf: string | null;
  readonly endBasis: string;
}

/** On disk: string tables and one tuple per term. */
export interface SnapshotFile {
  readonly format: typeof FORMAT;
  readonly asOf: string;
  readonly source: string;
  readonly licence: string;
  readonly count: number;
  readonly countries: Readonly<Record<string, string>>;
  readonly people: readonly (readonly [name: string, alias: string | null, qid: string | null])[];
  readonly positions: readonly string[];
  readonly offices: readonly string[];
  readonly bases: readonly string[];
  /** [person, position, office, country, start, end, asOf, endBasis] as indexes into the tables (dates inline). */
  readonly terms: readonly (readonly [number, number, number, string, string | null, string | null, string | null, number])[];
}

export interface Snapshot {
  readonly asOf: string;
  readonly source: string;
  readonly licence: string;
  /** Country name → Wikidata Q-id (for per-country refresh queries). */
  readonly countryIds: Readonly<Record<string, string>>;
  readonly terms: readonly OfficeTerm[];
  /** Person label → other name (English Wikipedia title: "Sergey Shoygu" → "Sergei Shoigu"). */
  readonly aliases: ReadonlyMap<string, string>;
}

function table(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

export function serializeSnapshot(meta: { asOf: string; source: string; licence: string; countryIds: Readonly<Record<string, string>> }, rows: readonly TermRow[]): string {
  const peopleKey = (r: TermRow) => JSON.stringify([r.person, r.alias, r.personId]);
  const people = table(rows.map(peopleKey));
  const positions = table(rows.map((r) => r.position));
  const offices = table(rows.map((r) => r.office));
  const bases = table(rows.map((r) => r.endBasis));
  const file: SnapshotFile = {
    format: FORMAT, asOf: meta.asOf, source: meta.source, licence: meta.licence, count: rows.length,
    countries: meta.countryIds,
    people: people.list.map((k) => JSON.parse(k) as [string, string | null, string | null]),
    positions: positions.list, offices: offices.list, bases: bases.list,
    terms: rows.map((r) => [people.index.get(peopleKey(r))!, positions.index.get(r.position)!, offices.index.get(r.office)!,
      r.country, r.start, r.end, r.asOf, bases.index.get(r.endBasis)!] as const),
  };
  // One term per line keeps diffs of a refresh reviewable.
  const { terms, ...head } = file;
  return `${JSON.stringify(head).slice(0, -1)},"terms":[\n${terms.map((t) => JSON.stringify(t)).join(",\n")}\n]}\n`;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parse and check a snapshot; throws an Error saying what is wrong (the loader adds the file name). */
export function parseSnapshot(json: string, sourceLabel: string, confidence: "high" | "low" = "high"): Snapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`not valid JSON, probably truncated or corrupt (${(e as Error).message})`);
  }
  const f = raw as Partial<SnapshotFile>;
  if (typeof f !== "object" || f === null || f.format !== FORMAT) throw new Error(`not a ${FORMAT} snapshot`);
  if (!Array.isArray(f.terms) || !Array.isArray(f.people) || !Array.isArray(f.positions) || !Array.isArray(f.offices) || !Array.isArray(f.bases))
    throw new Error("missing tables (people, positions, offices, bases, terms)");
  if (f.count !== f.terms.length) throw new Error(`holds ${f.terms.length} terms but says ${String(f.count)}: truncated`);
  if (typeof f.asOf !== "string" || !DAY.test(f.asOf)) throw new Error("missing asOf date");
  const terms: OfficeTerm[] = [];
  const aliases = new Map<string, string>();
  const keys = f.people.map((p) => plainKey(p[0]));
  for (let i = 0; i < f.terms.length; i++) {
    const t = f.terms[i]!;
    const person = f.people[t[0]], position = f.positions[t[1]], office = f.offices[t[2]], endBasis = f.bases[t[7]];
    const start = t[4], end = t[5], asOf = t[6];
    const datesOk = (start === null || DAY.test(start)) && (end === null || DAY.test(end)) && (asOf === null || DAY.test(asOf));
    if (!person || position === undefined || office === undefined || endBasis === undefined || typeof t[3] !== "string" || !datesOk)
      throw new Error(`term ${i} is malformed: ${JSON.stringify(t)}`);
    terms.push({
      person: person[0], personKey: keys[t[0]]!, position, office, country: t[3], start, end, asOf,
      source: sourceLabel, endBasis, confidence, ...(person[2] ? { personId: person[2] } : {}),
    });
    if (person[1]) aliases.set(person[0], person[1]);
  }
  return { asOf: f.asOf, source: f.source ?? sourceLabel, licence: f.licence ?? "", countryIds: f.countries ?? {}, terms, aliases };
}

/** Events file: an array of DatedEvent rows. */
export function parseEvents(json: string): DatedEvent[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`not valid JSON, probably truncated or corrupt (${(e as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new Error("expected an array of events");
  return raw.map((r: Partial<DatedEvent>, i) => {
    if (typeof r.event !== "string" || typeof r.start !== "string" || !DAY.test(r.start) || typeof r.series !== "string")
      throw new Error(`event ${i} is malformed`);
    return {
      event: r.event, series: r.series, start: r.start, end: r.end ?? r.start, city: r.city ?? "", country: r.country ?? "",
      status: r.status ?? "held", ...(r.confidence ? { confidence: r.confidence } : {}),
    };
  });
}
