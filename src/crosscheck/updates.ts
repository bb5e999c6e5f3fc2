// Tolls that change as reports come in: a lower figure one day and a higher one the next is an
// update when the texts date it (publish times 12 hours apart) or say it ("rose to 19").
/** Tolls that grow as reports come in (the missing are found, so that one may shrink). */
export const UPDATED_AS_REPORTED: ReadonlySet<string> = new Set(["killed", "injured", "detained", "evacuated", "missing"]);
export const UPDATE_WORDS = /\b(rose|risen|rises|climbed|climbs|increased|jumped|grew|has reached|had reached|updated|revised|raised|later died|died later|new toll|latest toll|up from|now stands|by the end\b|so far|to date|by (early )?(morning|nightfall|evening|the next day))\b/i;
/** Reports this far apart (12 hours) are different moments of the story. */
export const APART_MS = 12 * 3600 * 1000;

/**
 * Whether the articles of one figure were all published at least 12 hours before those of the
 * other (publish times as epoch ms, NaN when unknown: then nothing is dated).
 */
export function allBefore(earlier: readonly number[], later: readonly number[]): boolean {
  return earlier.length > 0 && later.length > 0 && earlier.every(Number.isFinite) && later.every(Number.isFinite)
    && Math.max(...earlier) + APART_MS <= Math.min(...later);
}
