// What the per-story stages receive: the story's docs, their claims, the derivations between
// them, the inferred time frame and the knowledge base.
import type { Claim } from "./claim.js";
import type { Doc } from "./doc.js";
import type { Kb } from "./kb.js";
import type { Derivation, Timeframe } from "./story.js";

export interface StoryContext {
  readonly docs: readonly Doc[];
  readonly claims: readonly Claim[];
  readonly derivations: readonly Derivation[];
  readonly timeframe: Timeframe;
  readonly kb: Kb;
}
