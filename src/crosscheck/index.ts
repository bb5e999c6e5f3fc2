// crosscheck: Claim[] + kb → Finding[]. The rules run in this order; each lives in rules/<rule>.ts.
import type { FindingDraft } from "../domain/finding.js";
import type { StoryContext } from "../pipeline/context.js";
import { anachronism } from "./rules/anachronism.js";
import { arithmetic } from "./rules/arithmetic.js";
import { contradiction } from "./rules/contradiction.js";
import { corroboration } from "./rules/corroboration.js";
import { quoteAltered } from "./rules/quote-altered.js";
import { singleSource } from "./rules/single-source.js";

export type Rule = (ctx: StoryContext) => FindingDraft[];

export const RULES: readonly Rule[] = [contradiction, quoteAltered, arithmetic, corroboration, singleSource, anachronism];

export function crosscheck(ctx: StoryContext): FindingDraft[] {
  return RULES.flatMap((rule) => rule(ctx));
}
