// crosscheck: Claim[] + kb → Finding[]. The rules run in this order; each lives in rules/<rule>.ts.
import type { QuoteClaim } from "../domain/claim.js";
import type { FindingDraft } from "../domain/finding.js";
import type { StoryContext } from "../domain/context.js";
import { alignedFigure } from "./rules/aligned-figure.js";
import { anachronism } from "./rules/anachronism.js";
import { arithmetic } from "./rules/arithmetic.js";
import { contradiction } from "./rules/contradiction.js";
import { corroboration } from "./rules/corroboration.js";
import { eventDate } from "./rules/event-date.js";
import { eventDay } from "./rules/event-day.js";
import { madeYear } from "./rules/made-year.js";
import { eventTime } from "./rules/event-time.js";
import { origin } from "./rules/origin.js";
import { quoteAltered } from "./rules/quote-altered.js";
import { restatedSentence } from "./rules/restated-sentence.js";
import { singleSource } from "./rules/single-source.js";

export type Rule = (ctx: StoryContext) => FindingDraft[];

export const RULES: readonly Rule[] = [contradiction, restatedSentence, alignedFigure, eventDate, eventDay, origin, madeYear, eventTime, quoteAltered, arithmetic, corroboration, singleSource, anachronism];

export function crosscheck(ctx: StoryContext): FindingDraft[] {
  return weighSingleSourceQuotes(staleFactsAgree(oneFindingPerDisagreement(RULES.flatMap((rule) => rule(ctx)))), ctx);
}

/**
 * How sure an anachronism is. One stale fact alone (a title, or a year) is, on real news, almost always a look back
 * the rules did not recognise or a gap in the kb: judged on real multi-outlet news and pages, none of 25 such
 * findings rated high was a real problem. What misleads a reader is text whose facts are stale in more than one way
 * at once — officeholders of another time beside a summit or a year that cannot be the story's (old text passed off
 * as new, or written from stale knowledge). So an anachronism is high only when its article also has one of
 * another kind (role, year, named event) above low; alone it is medium.
 */
export function staleFactsAgree(findings: FindingDraft[]): FindingDraft[] {
  const kinds = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.type !== "anachronism" || f.severity === "low" || f.severity === "info") continue;
    for (const id of f.articleIds) (kinds.get(id) ?? kinds.set(id, new Set()).get(id)!).add(f.rule);
  }
  return findings.map((f) => (f.type === "anachronism" && f.severity === "high" && !f.articleIds.some((id) => (kinds.get(id)?.size ?? 0) >= 2)
    ? { ...f, severity: "medium" } : f));
}

/**
 * A restated or reworded sentence whose figures a slot rule already compared says nothing new: one
 * finding per disagreement, the slot rule's (it weighed what each figure counts, and whether the
 * two are an earlier and a later toll).
 */
export function oneFindingPerDisagreement(all: readonly FindingDraft[]): FindingDraft[] {
  const holds = (g: FindingDraft, f: FindingDraft) => f.evidence.every((e) => g.evidence.some((x) => x.articleId === e.articleId && x.start <= e.start && x.end >= e.end));
  const overlapsAll = (g: FindingDraft, f: FindingDraft) => f.evidence.every((e) => g.evidence.some((x) => x.articleId === e.articleId && x.start < e.end && e.start < x.end));
  const slotFindings = all.filter((f) => f.rule === "crosscheck/contradiction" || f.rule === "crosscheck/update");
  // (The findings each kind is weighed against, picked out once: a 50-article story has a thousand altered-quote
  // findings, and scanning all of them for each aligned figure took most of crosscheck's time.)
  const otherDays = all.filter((g) => g.type === "contradiction" && g.rule !== "crosscheck/event-date");
  const compared = all.filter((g) => g.rule === "crosscheck/restated-sentence" || g.rule === "crosscheck/contradiction" || g.rule === "crosscheck/update");
  return all.filter((f) => {
    if (f.rule === "crosscheck/restated-sentence") return !slotFindings.some((g) => g.rule === "crosscheck/contradiction" && holds(g, f));
    // A day another rule already set against the other (the same sentence restated with another weekday).
    if (f.rule === "crosscheck/event-date") return !otherDays.some((g) => overlapsAll(g, f));
    // The event's day told by its name, when the days were compared by their verb already.
    if (f.rule === "crosscheck/event-day") return !all.some((g) => g.rule === "crosscheck/event-date" && overlapsAll(f, g));
    if (f.rule !== "crosscheck/aligned-figure") return true;
    // Compared already when another finding holds its spans or weighed both its claims (a slot finding lists every claim of both groups).
    return !compared.some((g) => holds(g, f) || f.claimIds.every((id) => g.claimIds.includes(id)));
  });
}

/**
 * How much a quote that only one source carries should worry a reader. Alone it is worth a look
 * (low): most quotes come from one reporter's own interview, and judged on real multi-outlet news,
 * almost none of these pointed to a problem. It is worth acting on (kept at its rule's severity)
 * when the story gives a reason to doubt it: the same article presents the speaker in an office
 * they did not hold at the time the story is set (an anachronism finding naming them).
 */
export function weighSingleSourceQuotes(findings: FindingDraft[], ctx: StoryContext): FindingDraft[] {
  const speakers = new Map(ctx.claims.filter((c) => c.kind === "quote").map((c) => [c.id, (c as QuoteClaim).value.speaker]));
  const outOfOffice = findings.filter((f) => f.type === "anachronism" && f.severity !== "low" && f.severity !== "info");
  return findings.map((f) => {
    if (f.rule !== "crosscheck/single-source-quote" || (f.severity !== "medium" && f.severity !== "high")) return f;
    const speaker = speakers.get(f.claimIds[0] ?? "") ?? null;
    const surname = speaker?.split(/\s+/).pop()?.toLowerCase() ?? null;
    const articleId = f.articleIds[0];
    const doubt = surname !== null && surname.length > 1 && outOfOffice.some((a) =>
      a.evidence.some((e) => e.articleId === articleId && e.text.toLowerCase().includes(surname)));
    if (doubt) return { ...f, summary: `${f.summary} The same article presents ${speaker} in an office they did not hold at the time, so the quote may not be genuine.` };
    return { ...f, severity: "low" };
  });
}
