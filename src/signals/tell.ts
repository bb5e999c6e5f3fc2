// What a content-farm tell reports before severity is decided: the tells only describe what
// they saw (with evidence and a weight); combine.ts turns the hits of one article into findings,
// because "severity combines the tells; one weak tell alone is low" (issue 7).
import type { Doc } from "../domain/doc.js";
import type { Evidence } from "../domain/span.js";

/** How much a hit says about machine-made or farmed text on its own. */
export type TellStrength =
  /** Page furniture any scraper leaves (share buttons, tag lists): never above low. */
  | "furniture"
  /** Weak alone (a footer, generic quotes, low variety); raises severity only with others. */
  | "weak"
  /** Hard to explain in edited news (a byline "By AI", a phrase repeated ten times). */
  | "strong";

export interface TellHit {
  /** Rule id, "signals/<tell>". */
  readonly rule: string;
  readonly strength: TellStrength;
  /** Points toward the article's content-farm score (see combine.ts). */
  readonly points: number;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
  readonly actual?: string;
  readonly expected?: string;
}

/** The other articles of the same story, for tells that compare across coverage. */
export interface StoryView {
  readonly docs: readonly Doc[];
}

export type Tell = (doc: Doc, story: StoryView) => readonly TellHit[];
