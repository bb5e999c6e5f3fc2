// The shipped snapshot format: compact columnar JSON (string tables + one array per term), so
// 12k terms load in milliseconds. Pure: parse/validate/serialize only; files are read in load.ts.
// One format serves the build script (from ../shared/kb), `kb refresh` (from Wikidata) and the loader.
import type { DatedEvent, OfficeTerm } from "../domain/kb.js";
import { NAME_KEY_VERSION, plainKey, surnameKey } from "./names.js";

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
  /**
   * [name, alias, Wikidata Q-id, surname keys] per person: nested tuples, or (layout "flat") one flat
   * array of 4 cells per person, which parses with far fewer objects.
   */
  readonly people: readonly (readonly [name: string, alias: string | null, qid: string | null, surnames?: string])[] | readonly (string | null)[];
  /** Version of the stored name keys (names.ts NAME_KEY_VERSION); other versions are recomputed at load. */
  readonly nameKeys?: string;
  readonly positions: readonly string[];
  readonly offices: readonly string[];
  readonly bases: readonly string[];
  /** Country names, when terms give the country as an index into this table (older files give the name inline). */
  readonly countryNames?: readonly string[];
  /** [person, position, office, country, start, end, asOf, endBasis] as indexes into the tables (dates inline). */
  readonly terms: readonly (readonly [number, number, number, number | string, string | null, string | null, string | null, number])[] | readonly (number | string | null)[];
  /** "flat": people and terms are flat arrays of 4 and 8 cells per row (one row per line on disk). */
  readonly layout?: "flat";
}

export interface Snapshot {
  readonly asOf: string;
  readonly source: string;
  readonly licence: string;
  /** Country name → Wikidata Q-id (for per-country refresh queries). */
  readonly countryIds: Readonly<Record<string, string>>;
  /** Number of terms. Terms are made into objects only when asked for (a 50k-term table loads without 50k objects). */
  readonly size: number;
  /** Term i (0 ≤ i < size), made once and kept. */
  term(i: number): OfficeTerm;
  /** All terms (made on first use). */
  readonly terms: readonly OfficeTerm[];
  /** Term i's main office and country, its end, and its person's surname keys, read without making the term. */
  officeOf(i: number): string;
  officesOf(i: number): readonly string[];
  countryOf(i: number): string;
  /** People: how many, each one's label and surname keys, and the terms of each (term ids grouped by person). */
  readonly persons: number;
  personName(p: number): string;
  personSurnames(p: number): readonly string[];
  termsOfPerson(p: number): readonly number[];
  /** Person label → other name (English Wikipedia title: "Sergey Shoygu" → "Sergei Shoigu"). */
  readonly aliases: ReadonlyMap<string, string>;
}

/** Surname keys of a person: the label's and, when different, the alias's. */
export function nameSurnames(name: string, alias: string | null): string[] {
  const own = surnameKey(name);
  const other = alias ? surnameKey(alias) : own;
  return other === own ? [own] : [own, other];
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
  const countryNames = table(rows.map((r) => r.country));
  const head = {
    format: FORMAT, asOf: meta.asOf, source: meta.source, licence: meta.licence, count: rows.length,
    countries: meta.countryIds, nameKeys: NAME_KEY_VERSION, layout: "flat",
    positions: positions.list, offices: offices.list, bases: bases.list, countryNames: countryNames.list,
  };
  // Surname keys stored with each person, so loading needs no name folding: name, alias, qid, surname keys.
  const peopleLines = people.list.map((k) => {
    const [name, alias, qid] = JSON.parse(k) as [string, string | null, string | null];
    return JSON.stringify([name, alias, qid, nameSurnames(name, alias).join(" ")]).slice(1, -1);
  });
  // One person and one term per line keeps diffs of a refresh reviewable.
  const termLines = rows.map((r) => JSON.stringify([people.index.get(peopleKey(r))!, positions.index.get(r.position)!, offices.index.get(r.office)!,
    countryNames.index.get(r.country)!, r.start, r.end, r.asOf, bases.index.get(r.endBasis)!]).slice(1, -1));
  return `${JSON.stringify(head).slice(0, -1)},"people":[\n${peopleLines.join(",\n")}\n],"terms":[\n${termLines.join(",\n")}\n]}\n`;
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
  // An office cell may name several offices of one post, main one first: "transport minister|communications minister".
  const officeCells = f.offices.map((o) => o.split("|"));
  // Flat layout: 4 cells per person, 8 per term; older files nest one array per row.
  const flat = f.layout === "flat";
  const T: readonly (number | string | null)[] = flat ? f.terms as readonly (number | string | null)[] : (f.terms as readonly (readonly (number | string | null)[])[]).flat();
  const P: readonly (string | null)[] = flat ? f.people as readonly (string | null)[]
    : (f.people as readonly (readonly (string | null)[])[]).flatMap((p) => [p[0] ?? null, p[1] ?? null, p[2] ?? null, p[3] ?? null]);
  const size = T.length / 8, persons = P.length / 4;
  if (f.count !== size) throw new Error(`holds ${Math.floor(size)} terms but says ${String(f.count)}: truncated`);
  if (!Number.isInteger(persons)) throw new Error("people table is truncated");
  if (typeof f.asOf !== "string" || !DAY.test(f.asOf)) throw new Error("missing asOf date");
  const positions = f.positions, bases = f.bases, countryNames = f.countryNames ?? [];
  const countryAt = (c: number | string): string => (typeof c === "number" ? countryNames[c]! : c);
  const num = (i: number, k: number) => T[i * 8 + k] as number;
  const str = (i: number, k: number) => T[i * 8 + k] as string | null;
  const name = (p: number) => P[p * 4] as string;
  for (let i = 0; i < size; i++) {
    const start = str(i, 4), end = str(i, 5), asOf = str(i, 6), c = T[i * 8 + 3], p = num(i, 0);
    const datesOk = (start === null || DAY.test(start)) && (end === null || DAY.test(end)) && (asOf === null || DAY.test(asOf));
    const countryOk = typeof c === "string" || (typeof c === "number" && countryNames[c] !== undefined);
    if (typeof p !== "number" || typeof P[p * 4] !== "string" || positions[num(i, 1)] === undefined || officeCells[num(i, 2)] === undefined || bases[num(i, 7)] === undefined || !countryOk || !datesOk)
      throw new Error(`term ${i} is malformed: ${JSON.stringify(T.slice(i * 8, i * 8 + 8))}`);
  }
  const aliases = new Map<string, string>();
  for (let p = 0; p < persons; p++) { const alias = P[p * 4 + 1]; if (alias) aliases.set(name(p), alias); }
  const stored = f.nameKeys === NAME_KEY_VERSION;
  const personKeys: (string | undefined)[] = new Array(persons);
  const surnameCache: (readonly string[] | undefined)[] = new Array(persons);
  // Term ids grouped by person (a counting sort: no array per person).
  const byPerson = new Int32Array(size), starts = new Int32Array(persons + 1);
  for (let i = 0; i < size; i++) starts[num(i, 0) + 1]!++;
  for (let p = 0; p < persons; p++) starts[p + 1]! += starts[p]!;
  const fill = starts.slice(0, persons);
  for (let i = 0; i < size; i++) byPerson[fill[num(i, 0)]!++] = i;
  const made: (OfficeTerm | undefined)[] = new Array(size);
  const term = (i: number): OfficeTerm => {
    const hit = made[i];
    if (hit) return hit;
    const p = num(i, 0), offices = officeCells[num(i, 2)]!, qid = P[p * 4 + 2];
    const key = personKeys[p] ??= plainKey(name(p));
    const out: OfficeTerm = {
      person: name(p), personKey: key, position: positions[num(i, 1)]!, office: offices[0]!, country: countryAt(T[i * 8 + 3] as number | string),
      start: str(i, 4), end: str(i, 5), asOf: str(i, 6), source: sourceLabel, endBasis: bases[num(i, 7)]!, confidence,
      ...(offices.length > 1 ? { alsoOffices: offices.slice(1) } : {}), ...(qid ? { personId: qid } : {}),
    };
    return (made[i] = out);
  };
  let all: OfficeTerm[] | null = null;
  return {
    asOf: f.asOf, source: f.source ?? sourceLabel, licence: f.licence ?? "", countryIds: f.countries ?? {}, aliases,
    size,
    term,
    get terms() { return (all ??= Array.from({ length: size }, (_, i) => term(i))); },
    officeOf: (i) => officeCells[num(i, 2)]![0]!,
    officesOf: (i) => officeCells[num(i, 2)]!,
    countryOf: (i) => countryAt(T[i * 8 + 3] as number | string),
    persons,
    personName: name,
    personSurnames(p) {
      const hit = surnameCache[p];
      if (hit) return hit;
      const keys = P[p * 4 + 3];
      return (surnameCache[p] = stored && typeof keys === "string" ? keys.split(" ") : nameSurnames(name(p), P[p * 4 + 1] ?? null));
    },
    termsOfPerson: (p) => byPerson.subarray(starts[p]!, starts[p + 1]!) as unknown as readonly number[],
  };
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
