// Choosing the day: per day, each source kind votes once with its best weight; modified dates,
// lists of teasers and UTC instants a day off are handled before the vote.
import type { Ymd } from "../date-text.js";
import type { Candidate } from "./candidate.js";

function dayNumber(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d) / 86_400_000;
}

/**
 * An instant written in UTC may fall on the day before or after the local day a reader sees
 * ("2020-12-24T23:59:50+00:00" beside "2020-12-25T01:59:50+02:00"); such a candidate also
 * supports the neighbouring day its hour allows, when something else supports that day.
 */
function utcNeighbour(v: Ymd): { day: number; share: number } | null {
  const m = /^T(\d{2}):(\d{2}):\d{2}(Z|\+00:00)$/.exec(v.time);
  if (!m) return null;
  const hour = Number(m[1]) + Number(m[2]) / 60;
  // How likely the publisher's day differs, by the hour: zones run from UTC-12 to UTC+14, so
  // 23:15Z is the next day almost anywhere east of London, 12:02Z almost nowhere; 04:15Z is the
  // day before in the Americas.
  return hour >= 12 ? { day: dayNumber(v) + 1, share: Math.max(0, (hour - 10) / 14) } : { day: dayNumber(v) - 1, share: Math.max(0, (12 - hour) / 12) };
}

export function choose(all: readonly Candidate[]): Ymd | null {
  // Lists of teasers: one signature carrying two or more different days is not the page's date.
  const daysBySig = new Map<string, Set<number>>();
  for (const c of all) {
    const sig = c.signature;
    if (!sig) continue;
    const set = daysBySig.get(sig) ?? new Set<number>();
    set.add(dayNumber(c.v));
    daysBySig.set(sig, set);
  }
  const weighted = all.map((c) => {
    const sig = c.signature;
    return sig && (daysBySig.get(sig)?.size ?? 0) >= 2 ? { ...c, weight: c.weight / 4 } : c;
  });
  // A visible "updated" stamp on the page outweighs dates only mentioned in running text (an event the
  // story tells of, a law that came into force): those alone do not set it aside. A modified date in
  // the head (a CMS's regeneration time) does not.
  const strong = weighted.some((c) => c.role !== "modified" && c.weight > WEAK);
  const visibleModified = weighted.some((c) => c.role === "modified" && !/^(meta|ld):/.test(c.source));
  const hasPublished = weighted.some((c) => c.role !== "modified") && (strong || !visibleModified);
  const pool = hasPublished ? weighted.filter((c) => c.role !== "modified") : weighted;
  if (pool.length === 0) return null;

  // Votes: per day, each source kind counts once with its best weight.
  const exact = new Map<number, Map<string, number>>();
  for (const c of pool) {
    const day = dayNumber(c.v);
    const kinds = exact.get(day) ?? new Map<string, number>();
    kinds.set(c.source, Math.max(kinds.get(c.source) ?? 0, c.weight));
    exact.set(day, kinds);
  }
  const score = new Map<number, number>();
  for (const [day, kinds] of exact) score.set(day, [...kinds.values()].reduce((a, b) => a + b, 0));
  for (const c of pool) {
    const n = utcNeighbour(c.v);
    if (n === null || !exact.has(n.day)) continue;
    const kinds = exact.get(n.day);
    if (kinds?.has(c.source)) continue;
    score.set(n.day, (score.get(n.day) ?? 0) + c.weight * n.share);
  }
  let top = 0;
  for (const s of score.values()) top = Math.max(top, s);
  // Among tied days, the one the page gives first: sources run from the head's to the body's in
  // reading order, so a story's own stamp precedes the teasers or the next stories below it.
  let bestDay = Infinity;
  for (const c of pool) {
    const day = dayNumber(c.v);
    if ((score.get(day) ?? 0) >= top * TIE) {
      bestDay = day;
      break;
    }
  }
  let best: Candidate | null = null;
  for (const c of pool) {
    if (dayNumber(c.v) !== bestDay) continue;
    if (!best || c.weight > best.weight || (c.weight === best.weight && c.v.time && !best.v.time)) best = c;
  }
  return best?.v ?? null;
}

/** Candidates at or below this weight (a date anywhere in running text, an image folder) are weak. */
const WEAK = 1;

/** Days scoring at least this share of the best are ties; the one the page gives first wins. */
const TIE = 0.999;
