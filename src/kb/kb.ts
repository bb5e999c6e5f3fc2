// The in-memory kb over parsed snapshots: indexes by surname (transliteration-folded) and by
// (country, office), and matches events by series, city and country words. Pure: no I/O.
import type { DatedEvent, Kb, OfficeTerm } from "../domain/kb.js";
import { coverage, lowDay } from "./dates.js";
import { HEAD_OFFICES, officeForMention } from "./offices.js";
import { namesCompatible, plainKey, surnameKey } from "./names.js";
import type { Snapshot } from "./snapshot.js";

export function createKb(main: Snapshot, supplements: readonly Snapshot[] = [], events: readonly DatedEvent[] = []): Kb {
  const terms = mergeSupplements(main.terms, supplements.flatMap((s) => s.terms));
  const aliases = new Map([...main.aliases, ...supplements.flatMap((s) => [...s.aliases])]);
  const bySurname = new Map<string, OfficeTerm[]>();
  const byOffice = new Map<string, OfficeTerm[]>();
  const push = <K>(m: Map<K, OfficeTerm[]>, k: K, t: OfficeTerm) => { const l = m.get(k); if (l) l.push(t); else m.set(k, [t]); };
  const surnames = new Map<string, string>();
  const surnameOf = (name: string) => { let k = surnames.get(name); if (k === undefined) surnames.set(name, k = surnameKey(name)); return k; };
  for (const t of terms) {
    push(bySurname, surnameOf(t.person), t);
    const alias = aliases.get(t.person);
    if (alias && surnameOf(alias) !== surnameOf(t.person)) push(bySurname, surnameOf(alias), t);
    push(byOffice, `${t.country}|${t.office}`, t);
  }
  for (const l of byOffice.values()) l.sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
  const cache = new Map<string, readonly OfficeTerm[]>();

  return {
    asOf: [main, ...supplements].map((s) => s.asOf).sort().pop() ?? main.asOf,
    sources: [main, ...supplements].map((s) => `${s.source} (${s.licence})`),
    termsForPerson(name: string): readonly OfficeTerm[] {
      const hit = cache.get(name);
      if (hit) return hit;
      const found = (bySurname.get(surnameKey(name)) ?? []).filter((t) => {
        const alias = aliases.get(t.person);
        return namesCompatible(name, t.person) || (alias !== undefined && namesCompatible(name, alias));
      });
      if (cache.size > 50_000) cache.clear();
      cache.set(name, found);
      return found;
    },
    holders(country: string, office: string, onDate?: string): readonly OfficeTerm[] {
      const all = byOffice.get(`${country}|${officeForMention(office)}`) ?? [];
      return onDate === undefined ? all : all.filter((t) => coverage(t, onDate, onDate) !== "out");
    },
    events(query: string): readonly DatedEvent[] {
      return matchEvents(events, query);
    },
  };
}

/**
 * The 2026 heads table (lower quality) extends the main table for heads of state/government:
 * a new holder closes an older open term ("Scholz → Merz (2025-05-06)", heads README), and the
 * same holder's as_of moves on. Rows are matched by Wikidata Q-id.
 */
function mergeSupplements(main: readonly OfficeTerm[], extra: readonly OfficeTerm[]): OfficeTerm[] {
  const out = [...main];
  for (const h of extra) {
    if (!HEAD_OFFICES.has(h.office)) continue;
    let same = false;
    for (let i = 0; i < out.length; i++) {
      const t = out[i]!;
      if (t.country !== h.country || t.office !== h.office || t.end !== null) continue;
      if (t.personId !== undefined && t.personId === h.personId) {
        same = true;
        out[i] = { ...t, asOf: h.asOf ?? t.asOf, confidence: "low" };
      } else if (h.start !== null && t.start !== null && lowDay(t.start) < lowDay(h.start) && (t.asOf === null || t.asOf < lowDay(h.start))) {
        out[i] = { ...t, end: h.start, asOf: null, endBasis: `successor_start (${h.source})`, confidence: "low" };
      }
    }
    if (!same && !out.some((t) => t.personId !== undefined && t.personId === h.personId && t.office === h.office && t.start === h.start)) out.push(h);
  }
  return out;
}

const SERIES_WORDS: readonly [RegExp, string][] = [
  [/\bg-?20\b/i, "G20"], [/\bg-?7\b/i, "G7"], [/\bnato\b/i, "NATO"], [/\bbrics\b/i, "BRICS"], [/\bcop\s?\d+\b|\bclimate (summit|conference)\b/i, "UNFCCC COP"],
  [/\b(talks|negotiations|peace talks|meeting|discussions|gathering)\b/i, "Russia-Ukraine talks"],
];

/** "Istanbul talks" → the Russia-Ukraine talks held in Istanbul; "G20 New Delhi" → the 2023 summit. */
function matchEvents(events: readonly DatedEvent[], query: string): DatedEvent[] {
  const series = SERIES_WORDS.filter(([re]) => re.test(query)).map(([, s]) => s);
  const words = plainKey(query).split(" ").filter((w) => w.length > 2 && !/^(the|talks|summit|meeting|negotiations|discussions|gathering|peace|in|at|of|and|conference)$/.test(w));
  const place = words.filter((w) => !/^(g20|g7|nato|brics|cop\d*)$/.test(w));
  return events.filter((e) => {
    if (series.length > 0 && !series.includes(e.series)) return false;
    const where = plainKey(`${e.city} ${e.country}`);
    if (place.length === 0) return series.length > 0 && e.series !== "Russia-Ukraine talks";
    return place.every((w) => where.includes(w));
  });
}
