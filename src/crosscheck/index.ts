// crosscheck: Claim[] + kb → Finding[]. The rules run in this order; each lives in rules/<rule>.ts.
import type { QuoteClaim } from "../domain/claim.js";
import type { FindingDraft } from "../domain/finding.js";
import type { StoryContext } from "../pipeline/context.js";
import { anachronism } from "./rules/anachronism.js";
import { arithmetic } from "./rules/arithmetic.js";
import { contradiction } from "./rules/contradiction.js";
import { corroboration } from "./rules/corroboration.js";
import { quoteAltered } from "./rules/quote-altered.js";
import { restatedSentence } from "./rules/restated-sentence.js";
import { singleSource } from "./rules/single-source.js";

export type Rule = (ctx: StoryContext) => FindingDraft[];

export const RULES: readonly Rule[] = [contradiction, restatedSentence, quoteAltered, arithmetic, corroboration, singleSource, anachronism];

export function crosscheck(ctx: StoryContext): FindingDraft[] {
  const all = RULES.flatMap((rule) => rule(ctx));
  // A restated sentence whose figure the slot rule already flagged says nothing new: one finding per disagreement.
  const flagged = all.filter((f) => f.rule === "crosscheck/contradiction");
  const covered = (f: FindingDraft) => f.evidence.every((e) => flagged.some((g) => g.evidence.some((x) => x.articleId === e.articleId && x.start <= e.start && x.end >= e.end)));
  return weighSingleSourceQuotes(all.filter((f) => f.rule !== "crosscheck/restated-sentence" || !covered(f)), ctx);
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
