// crosscheck: Claim[] + kb → Finding[]. The rules run in this order; each lives in rules/<rule>.ts.
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
  return all.filter((f) => f.rule !== "crosscheck/restated-sentence" || !covered(f));
}
