// What tells two articles' events apart whatever their words share: two anchor years neither lead recalls, two
// protagonists each a side figure in the other, publication weeks apart with no day bridging them,
// two datelines neither names, two named buildings of one kind neither names, two results neither writes, and two
// groups behind a protest or a strike neither names. Each sign takes its penalty off the pair's score (StoryIndex).
import type { Entry } from "./entry.js";
import { monthOfDay } from "./features.js";
import type { StoryOptions } from "./options.js";

/** What the clash rules read from the index: its options, and how often an article has a topic term. */
export interface ClashContext {
  readonly opts: StoryOptions;
  /** Occurrences of topic term `id` in `entry`. */
  count(entry: Entry, id: number): number;
  /** Occurrences of event feature `id` in `entry`. */
  eventCount(entry: Entry, id: number): number;
}

/** What a strong sign of two different events takes off a pair's score. */
export function clash(a: Entry, b: Entry, ctx: ClashContext): number {
  const years = yearsApart(a, b);
  // Only when each protagonist is a side figure in the other article: a report on one arrest
  // often recalls the other one ("the team's second such arrest") by name.
  const people = a.protagonist >= 0 && b.protagonist >= 0 && a.protagonist !== b.protagonist
    && minor(a, b.protagonist, ctx) && minor(b, a.protagonist, ctx);
  return (years ? ctx.opts.yearClashPenalty : 0) + (people ? ctx.opts.protagonistClashPenalty : 0)
    + (seriesApart(a, b) ? ctx.opts.ordinalClashPenalty : 0)
    + (timeApart(a, b, ctx) ? ctx.opts.timeClashPenalty : 0)
    + Math.max(placesApart(a, b, ctx) ? ctx.opts.placeClashPenalty : 0, venuesApart(a, b, ctx) ? ctx.opts.venueClashPenalty : 0,
      venuesApart(a, b, ctx, true) ? ctx.opts.streetClashPenalty : 0)
    + (resultsApart(a, b, ctx) ? ctx.opts.resultClashPenalty : 0) + (actorsApart(a, b, ctx) ? ctx.opts.actorClashPenalty : 0);
}

/**
 * Both leads tell of a collective action by a named group, no group is the other's, and neither article names the
 * other's group anywhere: "Hundreds of farmers drove tractors into Brussels to protest" and "Thousands of teachers
 * marched through Brussels", a day apart, are two protests. A report that names both ("a day after the farmers'
 * protest") does not clash, nor one whose lead names no group ("The strike by dock workers entered its third day").
 */
export function actorsApart(a: Entry, b: Entry, ctx: ClashContext): boolean {
  if (a.actors.length === 0 || b.actors.length === 0) return false;
  for (const id of a.actors) if (id >= 0 && ctx.count(b, id) > 0) return false;
  for (const id of b.actors) if (id >= 0 && ctx.count(a, id) > 0) return false;
  return true;
}

/**
 * Both leads give a result, and neither article writes any of the other's: "Rovers beat Harwick 3-1" and "Rovers
 * beat Harwick 2-0" are two derbies whatever else they share. A report of the second that recalls the first
 * ("after winning the last one 3-1") writes both, and does not clash.
 */
export function resultsApart(a: Entry, b: Entry, ctx: ClashContext): boolean {
  if (a.leadScores.length === 0 || b.leadScores.length === 0) return false;
  for (const id of a.leadScores) if (ctx.eventCount(b, id) > 0) return false;
  for (const id of b.leadScores) if (ctx.eventCount(a, id) > 0) return false;
  return true;
}

/**
 * Both leads date the article's own event, to two different years, and neither names the other's
 * year in its headline or lead: a 2012 report of the verdict headed "... in 2010 plant shooting"
 * recalls its event, a 2013 casting report that mentions the 2009 casting further down does not.
 */
export function yearsApart(a: Entry, b: Entry): boolean {
  if (a.anchorYear === null || b.anchorYear === null || a.anchorYear === b.anchorYear) return false;
  return !a.leadYears.includes(b.anchorYear) && !b.leadYears.includes(a.anchorYear);
}

/**
 * Datelined in two places, and neither article names the other's: "COLUMBUS, Ohio —" and
 * "ATLANTA —" reports of a 12-year-old shot by accident the same day are two events. A report
 * filed from elsewhere names the place it is about ("DETROIT (AP) — ... the party in Brownsville"); a street or a hotel
 * named after the place does not name it (writesPlace).
 */
export function placesApart(a: Entry, b: Entry, ctx: ClashContext): boolean {
  if (a.places.length === 0 || b.places.length === 0 || a.places.some((p) => b.places.includes(p))) return false;
  return !b.placeTerms.some((p) => writesPlace(a, p, ctx)) && !a.placeTerms.some((p) => writesPlace(b, p, ctx));
}

/**
 * Whether `entry` names a place (its topic-term ids) other than inside a street's or a hotel's name: "a bus hit a bridge
 * on Lower Bristol Road in Bath" does not name Bristol, so a bridge strike in Bristol the day before is another event.
 */
function writesPlace(entry: Entry, terms: Int32Array, ctx: ClashContext): boolean {
  return writesAll(entry, terms, ctx) && !terms.some((id) => entry.nameOnly.includes(id));
}

/**
 * Both leads put the event at a named building of one kind, the names differ, and neither article names the other's:
 * "a ransomware attack at the Karolinska hospital" and "hackers hit the Danderyd hospital", in one city two days apart,
 * are two attacks. A report that names the other's building too ("two days after the attack on Karolinska") or one
 * that names no building does not clash. With `streets`, the streets the leads put their events on, likewise ("a house
 * fire on Kelvin Street" / "on Abbeydale Road", one city, one night); without, every other kind.
 */
export function venuesApart(a: Entry, b: Entry, ctx: ClashContext, streets = false): boolean {
  if (a.venues.length === 0 || b.venues.length === 0) return false;
  const names = (x: Entry, terms: Int32Array) => writesAll(x, terms, ctx);
  const noun = (v: string) => v.slice(0, v.indexOf(":") + 1);
  for (const v of a.venues) {
    const kind = noun(v);
    if ((kind === "street:") !== streets) continue;
    const theirs = b.venues.map((w, k) => [w, k] as const).filter(([w]) => w.startsWith(kind));
    if (theirs.length === 0 || theirs.some(([w]) => a.venues.includes(w))) continue;
    const ours = a.venues.map((w, k) => [w, k] as const).filter(([w]) => w.startsWith(kind));
    if (theirs.some(([, k]) => names(a, b.venueTerms[k]!)) || ours.some(([, k]) => names(b, a.venueTerms[k]!))) continue;
    return true;
  }
  return false;
}

/** Whether `entry` writes every word of a name (its topic-term ids; -1, a word no article has, is never written). */
function writesAll(entry: Entry, terms: Int32Array, ctx: ClashContext): boolean {
  return terms.length > 0 && terms.every((id) => id >= 0 && ctx.count(entry, id) > 0);
}

/**
 * Both articles rank one noun, with different ordinals, and neither writes the other's: "the 11th Doctor" and
 * "the 12th Doctor" are two castings. A report that writes both ("the 12th Doctor, after Smith's 11th") does not clash.
 */
export function seriesApart(a: Entry, b: Entry): boolean {
  if (a.ordinals.length === 0 || b.ordinals.length === 0) return false;
  // A few "<noun>:<n>" each: for every noun of a that b ranks too, whether they share an ordinal.
  for (const x of a.ordinals) {
    const noun = x.slice(0, x.lastIndexOf(":") + 1);
    let ranked = false, shared = false;
    for (const y of b.ordinals) {
      if (!y.startsWith(noun) || y.indexOf(":", noun.length) >= 0) continue;
      ranked = true;
      if (a.ordinals.includes(y)) { shared = true; break; }
    }
    if (ranked && !shared) return true;
  }
  return false;
}

/**
 * Published more than timeWindow days apart, and neither names a day close to one the other
 * names or was published on: a later report that recalls "the January 27 shooting" bridges.
 */
export function timeApart(a: Entry, b: Entry, ctx: ClashContext): boolean {
  if (!(Math.abs(a.published - b.published) > ctx.opts.timeWindow)) return false;
  const near = (xs: readonly number[], ys: readonly number[], y0: number) => {
    for (const x of xs) {
      if (Math.abs(x - y0) <= ctx.opts.bridgeDays) return true;
      for (const y of ys) if (Math.abs(x - y) <= ctx.opts.bridgeDays) return true;
    }
    return false;
  };
  // "in February 2014": a named month holds the other's publication or one of its days.
  const inMonth = (x: Entry, y: Entry) => x.months.length > 0
    && (x.months.includes(monthOfDay(y.published)) || y.days.some((d) => x.months.includes(monthOfDay(d))));
  return !near(a.days, b.days, b.published) && !near(b.days, [], a.published) && !inMonth(a, b) && !inMonth(b, a);
}

/** Whether `entry` names person `other` less than protagonistShare times as often as its own protagonist. */
function minor(entry: Entry, other: number, ctx: ClashContext): boolean {
  const count = (id: number) => ctx.count(entry, id);
  return count(other) < ctx.opts.protagonistShare * count(entry.protagonist);
}
