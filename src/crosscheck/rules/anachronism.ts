// crosscheck/anachronism: roles, years and events that cannot be right for the story's time frame.
// Interim: the knowledge-base rule lands with the kb issue.
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../pipeline/context.js";

export function anachronism(ctx: StoryContext): FindingDraft[] {
  void ctx;
  return [];
}
