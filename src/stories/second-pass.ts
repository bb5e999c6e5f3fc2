// What StoryIndex does after average link has cut the candidate graph into groups: stories of one
// event told at two times join through a rare shared person (bridge), a story of one or two
// articles joins its plainly closest larger story (adopt), and a story spanning more than a year
// says so (longSpanNote). Pure functions of the groups, the scored pairs and each article's time
// frame, so the result does not depend on the order articles arrived in.
import type { EdgeList, TimeFrames } from "./agglomerate.js";
import type { Adjacency } from "./graph.js";
import type { StoryOptions } from "./options.js";

/** A story whose articles were published further apart than this gets a note saying so. */
const LONG_SPAN_DAYS = 365;

/** A story's time frame: the latest start and earliest end of its members' event days. */
function storyFrames(clusters: readonly (readonly number[])[], time: TimeFrames): { lo: number[]; hi: number[] } {
  return {
    lo: clusters.map((c) => Math.max(...c.map((i) => time.lo[i]!))),
    hi: clusters.map((c) => Math.min(...c.map((i) => time.hi[i]!))),
  };
}

/**
 * Stories of one event told at two times join (see StoryOptions.bridgeScore): any scored pair
 * across two stories whose time frames do not fit in one window, that reaches bridgeScore and
 * names one rare person twice in full on both sides (`sharePerson`), joins them. A union over
 * pairs, so the result does not depend on order.
 */
export function bridge(clusters: number[][], edges: EdgeList, time: TimeFrames, bridgeScore: number,
  sharePerson: (a: number, b: number) => boolean, timePenalty: (a: number, b: number) => number = () => 0, maxTimePenalty = 0): number[][] {
  const of = new Int32Array(time.lo.length);
  clusters.forEach((c, k) => { for (const i of c) of[i] = k; });
  const parent = clusters.map((_, k) => k);
  const find = (k: number): number => { while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!; return k; };
  // Only stories the time frame kept apart: the others had their chance in averageLink and
  // localSplit, and two events of one kind often share a person (a singer's two arrests).
  const { lo, hi } = storyFrames(clusters, time);
  const apart = (k: number, t: number) => Math.max(lo[k]!, lo[t]!) - Math.min(hi[k]!, hi[t]!) > time.span;
  let joined = false;
  const dated = (i: number) => Number.isFinite(time.lo[i]!) && Number.isFinite(time.hi[i]!);
  for (let x = 0; x < edges.a.length; x++) {
    if (edges.score[x]! < bridgeScore - maxTimePenalty) continue;
    const a = edges.a[x]!, b = edges.b[x]!;
    const ka = find(of[a]!), kb = find(of[b]!);
    // Stories the time frame kept apart, or two dated ones whose frames fit (average link and the
    // re-split left them apart on words alone): undated articles have no time to vouch for them,
    // and two events of one kind often share a person (a singer's two arrests).
    if (ka === kb || !(apart(of[a]!, of[b]!) || (dated(a) && dated(b))) || !sharePerson(a, b)) continue;
    // Months between the shooting and the trial are what a bridge is for: they take nothing off.
    if (edges.score[x]! + timePenalty(a, b) < bridgeScore) continue;
    parent[Math.max(ka, kb)] = Math.min(ka, kb);
    joined = true;
  }
  if (!joined) return clusters;
  const out = new Map<number, number[]>();
  clusters.forEach((c, k) => { const r = find(k); const m = out.get(r); if (m) m.push(...c); else out.set(r, [...c]); });
  return [...out.values()];
}

/**
 * Second pass: a story of one or two articles whose best average link to a larger story is
 * close to the threshold joins it. Average link over a whole topic leaves the odd follow-up
 * ("On Saturday, the 26-year-old was handed the keys ...") alone although its nearest story is
 * plainly its own. Every article of the small story must link to the larger one. Targets are
 * only the larger stories, so the result does not depend on order.
 */
export function adopt(clusters: number[][], scores: Adjacency, rank: (i: number) => number, time: TimeFrames,
  opts: Pick<StoryOptions, "adoptSize" | "adoptThreshold">): number[][] {
  const { adoptSize, adoptThreshold } = opts;
  if (adoptSize <= 0) return clusters;
  const of = new Int32Array(scores.start.length - 1);
  clusters.forEach((c, k) => { for (const i of c) of[i] = k; });
  const into = clusters.map(() => -1);
  const { lo, hi } = storyFrames(clusters, time);
  const fits = (k: number, t: number) => Math.max(lo[k]!, lo[t]!) - Math.min(hi[k]!, hi[t]!) <= time.span;
  clusters.forEach((c, k) => {
    if (c.length > adoptSize) return;
    const link = new Map<number, { sum: number; count: number; members: Set<number> }>();
    for (const i of c) for (let x = scores.start[i]!; x < scores.start[i + 1]!; x++) {
      const j = scores.to[x]!, s = scores.score[x]!;
      const t = of[j]!;
      if (t === k || clusters[t]!.length <= adoptSize || !fits(k, t)) continue;
      const l = link.get(t) ?? { sum: 0, count: 0, members: new Set<number>() };
      l.sum += s; l.count++; l.members.add(i);
      link.set(t, l);
    }
    let best = -1, bestScore = adoptThreshold;
    for (const [t, l] of link) {
      // Every article of the small story must reach the larger one: one stray link (two police
      // press releases of one format) does not carry a pair about another town.
      if (l.members.size < c.length) continue;
      const mean = l.sum / l.count;
      if (mean > bestScore || (mean === bestScore && best >= 0 && rank(clusters[t]![0]!) < rank(clusters[best]![0]!))) { best = t; bestScore = mean; }
    }
    into[k] = best;
  });
  const out = clusters.map((c) => [...c]);
  into.forEach((t, k) => { if (t >= 0) { out[t]!.push(...clusters[k]!); out[k] = []; } });
  return out.filter((c) => c.length > 0);
}

/**
 * A story whose articles were published more than LONG_SPAN_DAYS apart says so: it holds one
 * event only because the later articles name its day or its people (or read as the same report), and a reader
 * comparing their figures should know the time between them. `published`: each member's publication day, or NaN.
 */
export function longSpanNote(published: readonly number[]): string | null {
  let first = Infinity, last = -Infinity;
  for (const p of published) {
    if (Number.isNaN(p)) continue;
    first = Math.min(first, p); last = Math.max(last, p);
  }
  if (!(last - first > LONG_SPAN_DAYS)) return null;
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return `Its articles were published ${last - first} days apart (${iso(first)} to ${iso(last)}); they are grouped as one event because the later ones name its day or its people, or read as the same report.`;
}

/**
 * A story of undated articles whose leads date their events more than a year apart says so: "Trial begins for
 * Kraft shooting suspect" (2012) and "2 dead in shooting at Kraft plant" (2010) are one event told later only if the
 * reader can see why, and two seasons' injuries of one player joined by mistake show here. `years`: each member's
 * anchor year (features.ts anchorYear), or null.
 */
export function yearSpanNote(years: readonly (number | null)[]): string | null {
  let first = Infinity, last = -Infinity;
  for (const y of years) {
    if (y === null) continue;
    first = Math.min(first, y); last = Math.max(last, y);
  }
  if (!(last - first > 1)) return null;
  return `Its articles date their events years apart (${first} to ${last}); they are grouped as one event because their words, names and places agree: check that the later ones tell of the same event.`;
}
