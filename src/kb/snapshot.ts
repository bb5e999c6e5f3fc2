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
  readonly people: readonly (readonly [name: string, alias: string | null, qid: string | null, surnames?: string])[];
  /** Version of the stored name keys (names.ts NAME_KEY_VERSION); other versions are recomputed at load. */
  readonly nameKeys?: string;
  readonly positions: readonly string[];
  readonly offices: readonly string[];
  readonly bases: readonly string[];
  /** Country names, when terms give the country as an index into this table (older files give the name inline). */
  readonly countryNames?: readonly string[];
  /** [person, position, office, country, start, end, asOf, endBasis] as indexes into the tables (dates inline). */
  readonly terms: readonly (readonly [number, number, number, number | string, string | null, string | null, string | null, number])[];
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
  surnamesOf(i: number): readonly string[];
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
  const file: SnapshotFile = {
    format: FORMAT, asOf: meta.asOf, source: meta.source, licence: meta.licence, count: rows.length,
    countries: meta.countryIds,
    nameKeys: NAME_KEY_VERSION,
    // Surname keys stored with each person, so loading needs no name folding: [name, alias, qid, surname keys].
    people: people.list.map((k) => {
      const [name, alias, qid] = JSON.parse(k) as [string, string | null, string | null];
      return [name, alias, qid, nameSurnames(name, alias).join(" ")] as const;
    }),
    positions: positions.list, offices: offices.list, bases: bases.list, countryNames: countryNames.list,
    terms: rows.map((r) => [people.index.get(peopleKey(r))!, positions.index.get(r.position)!, offices.index.get(r.office)!,
      countryNames.index.get(r.country)!, r.start, r.end, r.asOf, bases.index.get(r.endBasis)!] as const),
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
  const people = f.people, positions = f.positions, bases = f.bases, rows = f.terms, countryNames = f.countryNames ?? [];
  const countryAt = (c: number | string): string => (typeof c === "number" ? countryNames[c]! : c);
  // An office cell may name several offices of one post, main one first: "transport minister|communications minister".
  const officeCells = f.offices.map((o) => o.split("|"));
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i]!;
    const start = t[4], end = t[5], asOf = t[6];
    const datesOk = (start === null || DAY.test(start)) && (end === null || DAY.test(end)) && (asOf === null || DAY.test(asOf));
    const countryOk = typeof t[3] === "string" || (typeof t[3] === "number" && countryNames[t[3]] !== undefined);
    if (!people[t[0]] || positions[t[1]] === undefined || officeCells[t[2]] === undefined || bases[t[7]] === undefined || !countryOk || !datesOk)
      throw new Error(`term ${i} is malformed: ${JSON.stringify(t)}`);
  }
  const aliases = new Map<string, string>();
  for (const p of people) if (p[1]) aliases.set(p[0], p[1]);
  const stored = f.nameKeys === NAME_KEY_VERSION;
  const personKeys: (string | undefined)[] = [];
  const personSurnames: (readonly string[] | undefined)[] = [];
  const made: (OfficeTerm | undefined)[] = new Array(rows.length);
  const term = (i: number): OfficeTerm => {
    const hit = made[i];
    if (hit) return hit;
    const t = rows[i]!, p = people[t[0]]!, offices = officeCells[t[2]]!;
    const key = personKeys[t[0]] ??= plainKey(p[0]);
    const out: OfficeTerm = {
      person: p[0], personKey: key, position: positions[t[1]]!, office: offices[0]!, country: countryAt(t[3]), start: t[4], end: t[5], asOf: t[6],
      source: sourceLabel, endBasis: bases[t[7]]!, confidence,
      ...(offices.length > 1 ? { alsoOffices: offices.slice(1) } : {}), ...(p[2] ? { personId: p[2] } : {}),
    };
    return (made[i] = out);
  };
  let all: OfficeTerm[] | null = null;
  return {
    asOf: f.asOf, source: f.source ?? sourceLabel, licence: f.licence ?? "", countryIds: f.countries ?? {}, aliases,
    size: rows.length,
    term,
    get terms() { return (all ??= rows.map((_, i) => term(i))); },
    officeOf: (i) => officeCells[rows[i]![2]]![0]!,
    officesOf: (i) => officeCells[rows[i]![2]]!,
    countryOf: (i) => countryAt(rows[i]![3]),
    surnamesOf(i) {
      const at = rows[i]![0];
      const hit = personSurnames[at];
      if (hit) return hit;
      const p = people[at]!;
      return (personSurnames[at] = stored && typeof p[3] === "string" ? p[3].split(" ") : nameSurnames(p[0], p[1]));
    },
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
