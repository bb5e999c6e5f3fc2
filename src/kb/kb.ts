// The in-memory kb over parsed snapshots: indexes by surname (transliteration-folded) and by
// (country, office), and matches events by series, city and country words. Pure: no I/O.
import type { DatedEvent, Kb, OfficeTerm } from "../domain/kb.js";
import { coverage, lowDay } from "./dates.js";
import { HEAD_OFFICES, officesForRole } from "./offices.js";
import { namesCompatible, plainKey, surnameKey } from "./names.js";
import { nameSurnames, type Snapshot } from "./snapshot.js";
import { EVENT_SERIES, namesCountry, seriesParties } from "../lexicon/series.js";

export function createKb(main: Snapshot, supplements: readonly Snapshot[] = [], events: readonly DatedEvent[] = []): Kb {
  // Term ids: 0..main.size-1 are the main table's; the 2026 heads rows it did not already hold follow.
  const { overrides, extra } = mergeSupplements(main, supplements.flatMap((s) => s.terms));
  const n = main.size;
  const term = (id: number): OfficeTerm => (id < n ? overrides.get(id) ?? main.term(id) : extra[id - n]!);
  const aliases = new Map([...main.aliases, ...supplements.flatMap((s) => [...s.aliases])]);
  // Surname key → people of the main table (negative ids: the heads rows it lacked, -1 - j).
  const bySurname = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, id: number) => { const l = m.get(k); if (l) l.push(id); else m.set(k, [id]); };
  for (let p = 0; p < main.persons; p++) for (const k of main.personSurnames(p)) push(bySurname, k, p);
  extra.forEach((t, j) => { for (const k of nameSurnames(t.person, aliases.get(t.person) ?? null)) push(bySurname, k, -1 - j); });
  const compatible = (name: string, person: string) => {
    const alias = aliases.get(person);
    return namesCompatible(name, person) || (alias !== undefined && namesCompatible(name, alias));
  };
  // By (country, office): term ids indexed on the first holders() call; a post's terms are made and
  // sorted by start when that post is first asked for.
  let byOffice: Map<string, number[]> | null = null;
  const posts = new Map<string, readonly OfficeTerm[]>();
  const byRole = new Map<string, readonly OfficeTerm[]>();
  const holdersOf = (key: string): readonly OfficeTerm[] => {
    const hit = posts.get(key);
    if (hit) return hit;
    if (!byOffice) {
      byOffice = new Map();
      for (let id = 0; id < n + extra.length; id++) {
        const t = id < n && !overrides.has(id) ? null : term(id);
        const country = t ? t.country : main.countryOf(id);
        for (const o of t ? [t.office, ...(t.alsoOffices ?? [])] : main.officesOf(id)) push(byOffice, `${country}|${o}`, id);
      }
    }
    const list = (byOffice.get(key) ?? []).map(term).sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
    posts.set(key, list);
    return list;
  };
  const cache = new Map<string, readonly OfficeTerm[]>();

  return {
    asOf: [main, ...supplements].map((s) => s.asOf).sort().pop() ?? main.asOf,
    sources: [main, ...supplements].map((s) => `${s.source} (${s.licence})`),
    termsForPerson(name: string): readonly OfficeTerm[] {
      const hit = cache.get(name);
      if (hit) return hit;
      const found: OfficeTerm[] = [];
      for (const p of bySurname.get(surnameKey(name)) ?? []) {
        if (p < 0) { const t = extra[-1 - p]!; if (compatible(name, t.person)) found.push(t); continue; }
        if (!compatible(name, main.personName(p))) continue;
        for (const id of main.termsOfPerson(p)) found.push(term(id));
      }
      if (cache.size > 50_000) cache.clear();
      cache.set(name, found);
      return found;
    },
    holders(country: string, office: string, onDate?: string): readonly OfficeTerm[] {
      const key = `${country}|${office}`;
      let all = byRole.get(key);
      if (!all) byRole.set(key, all = officesForRole(office, country).flatMap((o) => holdersOf(`${country}|${o}`)));
      return onDate === undefined ? all : all.filter((t) => coverage(t, onDate, onDate) !== "out");
    },
    events(query: string, context?: string): readonly DatedEvent[] {
      return matchEvents(events, query, context);
    },
  };
}

/**
 * The 2026 heads table (lower quality) extends the main table for heads of state/government:
 * a new holder closes an older open term ("Scholz → Merz (2025-05-06)", heads README), and the
 * same holder's as_of moves on. Rows are matched by Wikidata Q-id. Returns the main table's
 * changed terms by id and the heads rows it lacked.
 */
function mergeSupplements(main: Snapshot, heads: readonly OfficeTerm[]): { overrides: Map<number, OfficeTerm>; extra: OfficeTerm[] } {
  const overrides = new Map<number, OfficeTerm>();
  const extra: OfficeTerm[] = [];
  // Only open head-of-state/government terms can be closed or extended: look at those alone, not all 50k terms per row.
  const open = new Map<string, number[]>();
  const known = new Set<string>();
  const at = (id: number) => (id < main.size ? overrides.get(id) ?? main.term(id) : extra[id - main.size]!);
  for (let i = 0; i < main.size; i++) {
    if (!HEAD_OFFICES.has(main.officeOf(i))) continue;
    const t = main.term(i);
    if (t.personId !== undefined) known.add(`${t.personId}|${t.office}|${t.start}`);
    if (t.end !== null) continue;
    const k = `${t.country}|${t.office}`;
    open.set(k, [...(open.get(k) ?? []), i]);
  }
  const set = (id: number, t: OfficeTerm) => { if (id < main.size) overrides.set(id, t); else extra[id - main.size] = t; };
  for (const h of heads) {
    if (!HEAD_OFFICES.has(h.office)) continue;
    let same = false;
    for (const i of open.get(`${h.country}|${h.office}`) ?? []) {
      const t = at(i);
      if (t.end !== null) continue;
      if (t.personId !== undefined && t.personId === h.personId) {
        same = true;
        set(i, { ...t, asOf: h.asOf ?? t.asOf, confidence: "low" });
      } else if (h.start !== null && t.start !== null && lowDay(t.start) < lowDay(h.start) && (t.asOf === null || t.asOf < lowDay(h.start))) {
        set(i, { ...t, end: h.start, asOf: null, endBasis: `successor_start (${h.source})`, confidence: "low" });
      }
    }
    const key = `${h.personId}|${h.office}|${h.start}`;
    if (!same && !known.has(key)) {
      known.add(key);
      if (h.end === null) { const k = `${h.country}|${h.office}`; open.set(k, [...(open.get(k) ?? []), main.size + extra.length]); }
      extra.push(h);
    }
  }
  return { overrides, extra };
}

/**
 * "Istanbul talks" → the Russia-Ukraine talks held in Istanbul, but only when the context names both
 * parties; "G20 New Delhi" → the 2023 summit. `context` is the text around the mention.
 */
function matchEvents(events: readonly DatedEvent[], query: string, context?: string): DatedEvent[] {
  const series = EVENT_SERIES.filter((s) => s.words.test(query)).map((s) => s.series);
  const words = plainKey(query).split(" ").filter((w) => w.length > 2 && !/^(the|talks|summit|meeting|negotiations|discussions|gathering|peace|in|at|of|and|conference)$/.test(w));
  const place = words.filter((w) => !/^(g20|g7|nato|brics|cop\d*)$/.test(w));
  const parties = new Map<string, boolean>();
  const partiesNamed = (s: string) => {
    let ok = parties.get(s);
    if (ok === undefined) parties.set(s, ok = seriesParties(s).every((c) => namesCountry(`${query} ${context ?? ""}`, c)));
    return ok;
  };
  return events.filter((e) => {
    if (series.length > 0 && !series.includes(e.series)) return false;
    const where = plainKey(`${e.city} ${e.country}`);
    if (place.length === 0) return series.length > 0 && seriesParties(e.series).length === 0;
    return place.every((w) => where.includes(w)) && partiesNamed(e.series);
  });
}
