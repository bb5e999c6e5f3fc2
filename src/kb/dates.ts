// Partial ISO dates as Wikidata gives them ("2015", "2015-03", "2015-03-04") turned into day
// bounds, and whether a term covers a span of days: in, out, or unknown (open term after as_of).
import type { OfficeTerm } from "../domain/kb.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Earliest day a partial date can denote ("2015" → "2015-01-01"). */
export function lowDay(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d.slice(0, 10);
}

/** Latest day a partial date can denote ("2015" → "2015-12-31", "2015-02" → "2015-02-28"). */
export function highDay(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  if (/^\d{4}-\d{2}$/.test(d)) {
    const [y, m] = d.split("-").map(Number) as [number, number];
    return `${d}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  }
  return d.slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Start dates are sometimes the appointment, sometimes the swearing-in (Rubio 2025-01-21 vs
 * Blinken's end 2025-01-20, kb README): a week's tolerance before calling a date "out".
 */
export const TOLERANCE_DAYS = 7;

export type Coverage = "in" | "out" | "unknown";

/**
 * Whether the holder was in office at some point of [from, to].
 * An open term is "in" only up to its as_of date; after it the kb does not know ("unknown").
 */
export function coverage(term: OfficeTerm, from: string, to: string): Coverage {
  const { start, end } = bounds(term);
  if (start !== null && to < start) return "out";
  if (end !== null) {
    return from > end ? "out" : term.start === null ? "unknown" : "in";
  }
  if (term.start === null) return "unknown";
  return term.asOf !== null && from > term.asOf ? "unknown" : "in";
}

const BOUNDS = new WeakMap<OfficeTerm, { start: string | null; end: string | null }>();

/** A term's outer day bounds with the tolerance applied, computed once per term (lookups stay fast). */
function bounds(term: OfficeTerm): { start: string | null; end: string | null } {
  let b = BOUNDS.get(term);
  if (!b) {
    b = {
      start: term.start ? addDays(lowDay(term.start), -TOLERANCE_DAYS) : null,
      end: term.end ? addDays(highDay(term.end), TOLERANCE_DAYS) : null,
    };
    BOUNDS.set(term, b);
  }
  return b;
}

/** The term as a day interval for voting on a time frame; open terms run on (null = unbounded). */
export function termInterval(term: OfficeTerm): { from: string | null; to: string | null } {
  return { from: term.start ? lowDay(term.start) : null, to: term.end ? highDay(term.end) : null };
}
