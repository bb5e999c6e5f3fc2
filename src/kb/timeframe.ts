// Story time frame: when can this story be set? Each article's dated evidence (publish date,
// dateline, officeholders stated as current, named events in the kb, dates it reports) votes for
// intervals; each article's best-supported interval then votes once for the story. So one
// recycled article ("U.S. Secretary of State Antony Blinken" in a 2025 story) cannot move the
// frame: it is outvoted by the articles that agree, and the anachronism rule flags it. Pure.
import { publishedDay } from "../domain/article.js";
import type { Claim, RoleClaim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import type { Kb } from "../domain/kb.js";
import type { Timeframe } from "../domain/story.js";
import { addDays } from "./dates.js";
import { eventMentions, eventWindow, termsForRole, termIntervals, type Interval } from "./evidence.js";

interface Evidence {
  readonly id: string;
  readonly reason: string;
  readonly weight: number;
  readonly intervals: readonly Interval[];
}

const MIN = "0000-01-01", MAX = "9999-12-31";
const FUTURE = /\b(will|would|plans? to|scheduled|due to|next|upcoming|expected to)\b/i;

/** Weights: a printed publish date decides; a dateline nearly so; a kb event or an officeholder is one fact; a reported day is near the story; a reported year or month only bounds it from below. */
const W = { published: 5, dateline: 3, event: 1.5, role: 1, reportedDay: 0.75, lowerBound: 0.25 } as const;

export function articleEvidence(doc: Doc, claims: readonly Claim[], kb: Kb): Evidence[] {
  const a = doc.article;
  const out: Evidence[] = [];
  const pub = publishedDay(a.publishedAt);
  if (pub)
    out.push({ id: `published:${a.id}`, reason: `published ${pub}`, weight: W.published, intervals: [{ from: addDays(pub, -30), to: pub }] });
  const claimAt = new Map(claims.filter((c) => c.articleId === a.id && c.kind === "date").map((c) => [c.span.start, c.id]));
  for (const d of doc.dates) {
    if (d.from === null || d.to === null) continue;
    const sentence = doc.sentences[d.sentence]?.text ?? "";
    const id = claimAt.get(d.span.start) ?? `date:${a.id}:${d.span.start}`;
    if (d.form === "absolute" && d.span.start < 80 && d.sentence <= 1) {
      // "December 15th, 2008, 7:35 am" heading the text is the story's own date line.
      out.push({ id, reason: `dateline "${d.span.text}"`, weight: W.dateline, intervals: [{ from: addDays(d.from, -7), to: addDays(d.to, 7) }] });
    } else if (FUTURE.test(sentence)) {
      continue;
    } else if (d.form === "absolute" && d.granularity === "day") {
      // News reports recent days: "on 9 September 2015" places the story near it (background days are rarer than background years).
      out.push({ id, reason: `reports "${d.span.text}"`, weight: W.reportedDay, intervals: [{ from: addDays(d.from, -7), to: addDays(d.to, 365) }] });
    } else {
      out.push({ id, reason: `reports "${d.span.text}"`, weight: W.lowerBound, intervals: [{ from: d.from, to: null }] });
    }
  }
  const seen = new Set<string>();
  for (const c of claims) {
    // "Acting Defense Secretary X" says X holds the office now, as "Defense Secretary X" does.
    if (c.kind !== "role" || c.articleId !== a.id || (c.value.tense !== "current" && c.value.tense !== "acting")) continue;
    const terms = termsForRole(kb, c as RoleClaim);
    const key = terms[0]?.personKey;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const t = terms[0]!;
    out.push({ id: c.id, reason: `${c.span.text}: ${t.person} was ${t.position} (${t.country}) ${terms.map((x) => `${x.start ?? "?"}–${x.end ?? ""}`).join(", ")}`, weight: W.role, intervals: termIntervals(terms) });
  }
  const events = new Set<string>();
  for (const m of eventMentions(doc, claims, kb)) {
    const key = m.events.map((e) => e.start).join();
    if (events.has(key)) continue;
    events.add(key);
    out.push({
      id: m.claimId ?? `event:${a.id}:${m.span.start}`, reason: `"${m.span.text}": ${m.events.map((e) => `${e.event} (${e.start})`).join("; ")}`,
      weight: W.event, intervals: m.events.map((e) => eventWindow(e, m.upcoming)),
    });
  }
  return out;
}

interface Scored { readonly from: string; readonly to: string; readonly score: number }

/** Elementary segments between interval boundaries, scored by the weight of the items covering them. */
function bestSegments(items: readonly { weight: number; intervals: readonly Interval[] }[]): Scored[] {
  const cuts = new Set<string>([MIN]);
  for (const it of items) for (const iv of it.intervals) { if (iv.from) cuts.add(iv.from); if (iv.to) cuts.add(addDays(iv.to, 1)); }
  const sorted = [...cuts].sort();
  const segs: Scored[] = sorted.map((from, i) => {
    const next = sorted[i + 1];
    const to = next ? addDays(next, -1) : MAX;
    const score = items.reduce((s, it) => s + (it.intervals.some((iv) => (iv.from ?? MIN) <= from && to <= (iv.to ?? MAX)) ? it.weight : 0), 0);
    return { from, to, score };
  });
  const max = Math.max(0, ...segs.map((s) => s.score));
  return max === 0 ? [] : segs.filter((s) => s.score === max);
}

/**
 * Equal support for disjoint periods: take the latest. A text cannot name facts from after it was
 * written, but it can repeat stale ones (a recycled "Secretary of State Antony Blinken"), so the
 * later period is the likelier setting. Such a frame is marked as a tie-break (never "high").
 */
function latestRun(best: readonly Scored[]): { segs: Scored[]; tie: boolean } {
  let at = best.length - 1;
  while (at > 0 && addDays(best[at - 1]!.to, 1) === best[at]!.from) at--;
  return { segs: best.slice(at), tie: at > 0 };
}

export const TIE_BREAK = "tie-break:later";

const hull = (segs: readonly Scored[]): Interval => ({
  from: segs[0]!.from === MIN ? null : segs[0]!.from,
  to: segs[segs.length - 1]!.to === MAX ? null : segs[segs.length - 1]!.to,
});

const overlaps = (a: Interval, b: Interval) => (a.from ?? MIN) <= (b.to ?? MAX) && (b.from ?? MIN) <= (a.to ?? MAX);

/**
 * An article's say in the story's frame: double when it dates itself (publish date or dateline),
 * half when its own frame was a tie-break. "Netanyahu" (2009–2021 and from 2022) cannot outvote a
 * report published on 2015-07-14 together with one undated article that agrees with it.
 */
function voteWeight(v: { evidence: readonly Evidence[]; best: Interval | null; tie: boolean }): number {
  if (v.tie) return 0.5;
  return v.evidence.some((e) => e.weight >= W.dateline && e.intervals.some((iv) => overlaps(iv, v.best!))) ? 2 : 1;
}

export function inferTimeframe(docs: readonly Doc[], claims: readonly Claim[], kb: Kb): Timeframe {
  // Each article's claims, gathered once: articleEvidence only reads the article's own claims.
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) { const l = byArticle.get(c.articleId); if (l) l.push(c); else byArticle.set(c.articleId, [c]); }
  const perArticle = docs.map((d) => {
    const evidence = articleEvidence(d, byArticle.get(d.article.id) ?? [], kb);
    const best = latestRun(bestSegments(evidence));
    return { evidence, best: best.segs.length > 0 ? hull(best.segs) : null, tie: best.tie };
  });
  const votes = perArticle.filter((p) => p.best !== null && (p.best.from !== null || p.best.to !== null));
  if (votes.length === 0) return { from: null, to: null, basis: [], reasons: [] };
  const story = latestRun(bestSegments(votes.map((v) => ({ weight: voteWeight(v), intervals: [v.best!] }))));
  const frame = hull(story.segs);
  const basis: string[] = [], reasons: string[] = [];
  // One article torn between two periods (a planted or recycled name beside a current one) does not
  // make the story's frame a guess when other articles settle it without a tie.
  if (story.tie || !votes.some((v) => !v.tie && overlaps(v.best!, frame))) {
    basis.push(TIE_BREAK);
    reasons.push("facts in the text support different periods equally; the later period is taken, since a text cannot name facts from after it was written");
  }
  for (const p of votes) {
    if (!overlaps(p.best!, frame)) continue;
    for (const e of p.evidence) {
      // Dates the text merely reports only bound the frame from below; they are not what it rests on.
      if (e.weight < W.reportedDay || !e.intervals.some((iv) => overlaps(iv, frame)) || basis.includes(e.id)) continue;
      basis.push(e.id);
      reasons.push(e.reason);
    }
  }
  return { from: frame.from, to: frame.to, basis, reasons };
}
