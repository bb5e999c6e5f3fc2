// Dated evidence in a story's text, shared by the time-frame inference and the anachronism rule:
// officeholders stated as current ("President Donald Trump") and named events ("the Istanbul
// talks", "the G20 in New Delhi"), each resolved against the kb. Pure.
import type { Claim, EventClaim, RoleClaim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import type { DatedEvent, Kb, OfficeTerm } from "../domain/kb.js";
import type { Span } from "../domain/span.js";
import { spanOf } from "../domain/span.js";
import { addDays, coverage, termInterval, type Coverage } from "./dates.js";
import { MULTI_HOLDER, officesForRole } from "./offices.js";

export interface Interval { readonly from: string | null; readonly to: string | null }

/** The person's kb terms in the office a role claim names (country-checked when the article gives one). */
export function termsForRole(kb: Kb, claim: RoleClaim): OfficeTerm[] {
  const offices = officesForRole(claim.value.office, claim.value.country);
  const terms = kb.termsForPerson(claim.value.person)
    .filter((t) => claim.value.country === null || t.country === claim.value.country);
  // The first office that the person held at all ("Chancellor": Germany's chancellor, or the UK's finance minister).
  for (const office of offices) {
    const hit = terms.filter((t) => holds(t, office));
    if (hit.length > 0) return hit.map((t) => (t.office === office ? t : { ...t, office }));
  }
  return [];
}

const holds = (t: OfficeTerm, office: string) => t.office === office || (t.alsoOffices?.includes(office) ?? false);

export interface RoleVerdict {
  readonly status: Coverage | "no-record";
  readonly terms: readonly OfficeTerm[];
  /** Who held the office in the frame (in office, or open with no later data), the person excluded. */
  readonly holders: readonly OfficeTerm[];
}

export function checkRole(kb: Kb, claim: RoleClaim, from: string, to: string): RoleVerdict {
  const terms = termsForRole(kb, claim);
  if (terms.length === 0) return { status: "no-record", terms, holders: [] };
  const cov = terms.map((t) => (t.endBasis?.startsWith("relabelled_to") && coverage(t, from, to) === "out" ? "unknown" : coverage(t, from, to)));
  const status: Coverage = cov.includes("in") ? "in" : cov.includes("unknown") ? "unknown" : "out";
  const first = terms[0]!;
  const holders = MULTI_HOLDER.has(first.office) ? [] : kb.holders(first.country, first.office)
    .filter((h) => h.position === first.position && h.personKey !== first.personKey && coverage(h, from, to) !== "out" && h.start !== null);
  return { status, terms, holders };
}

export interface EventMention {
  readonly articleId: string;
  readonly span: Span;
  readonly claimId: string | null;
  /** Series word and place as written ("G20", "New Delhi"; "talks", "Istanbul"). */
  readonly query: string;
  readonly place: string;
  readonly events: readonly DatedEvent[];
  /** "ahead of", "just weeks before", "upcoming": the event lies after the story. */
  readonly upcoming: boolean;
  readonly sentence: string;
}

// "meeting between Ukrainian and Russian officials in Istanbul", "the gathering in Istanbul", "discussions in Istanbul"
const TALKS_IN = /\b(talks|negotiations|meeting|gathering|discussions|summit)\b[^.;\n]{0,60}?\bin\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/gu;
const CONTEXT = 400;
const UPCOMING = /\b(upcoming|ahead of|weeks before|days before|months before|will (be )?(host|held|meet|gather)|next (week|month)|forthcoming|coming)\b/i;

export function eventMentions(doc: Doc, claims: readonly Claim[], kb: Kb): EventMention[] {
  const text = doc.article.text;
  const out: EventMention[] = [];
  const sentenceOf = (pos: number) => doc.sentences.find((s) => s.start <= pos && pos < s.end)?.text ?? "";
  const add = (span: Span, claimId: string | null, series: string, place: string) => {
    if (out.some((m) => m.span.start < span.end && span.start < m.span.end)) return;
    const query = `${series} ${place}`;
    // The text around the mention says whose talks these are ("between Ukrainian and Russian officials").
    const events = kb.events(query, text.slice(Math.max(0, span.start - CONTEXT), span.end + CONTEXT));
    if (events.length === 0) return;
    const sentence = sentenceOf(span.start);
    out.push({ articleId: doc.article.id, span, claimId, query, place, events, upcoming: UPCOMING.test(sentence), sentence });
  };
  for (const c of claims) {
    if (c.kind !== "event" || c.articleId !== doc.article.id) continue;
    add(c.span, c.id, (c as EventClaim).value.event, (c as EventClaim).value.place ?? "");
  }
  TALKS_IN.lastIndex = 0;
  for (let m = TALKS_IN.exec(text); m; m = TALKS_IN.exec(text)) add(spanOf(text, m.index, m.index + m[0].length), null, m[1]!, m[2]!);
  return out;
}

/** When a story mentioning the event can be set: around it, or before it when it is upcoming. */
export function eventWindow(e: DatedEvent, upcoming: boolean): Interval {
  return upcoming ? { from: addDays(e.start, -120), to: e.end } : { from: addDays(e.start, -14), to: addDays(e.end, 120) };
}

export function termIntervals(terms: readonly OfficeTerm[]): Interval[] {
  return terms.map(termInterval);
}
