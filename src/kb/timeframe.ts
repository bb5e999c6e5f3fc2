// Story time frame from the evidence the story carries. Interim: publication dates only.
import type { Claim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import type { Kb } from "../domain/kb.js";
import type { Timeframe } from "../domain/story.js";

export function inferTimeframe(docs: readonly Doc[], claims: readonly Claim[], kb: Kb): Timeframe {
  void claims; void kb;
  const days = docs.map((d) => d.article.publishedAt?.slice(0, 10)).filter((d): d is string => !!d).sort();
  return { from: days[0] ?? null, to: days[days.length - 1] ?? null, basis: [] };
}
