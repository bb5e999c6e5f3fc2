// signals: per-article content-farm tells, sourcing and framing, for one story's articles.
// Tells run per article (some compare with the story's other articles); combine.ts decides their
// severity together; sourcing gives the story's table and framing compares the articles.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import type { SourcingRow } from "../domain/story.js";
import { contentFarmFindings } from "./combine.js";
import { framingFindings } from "./framing.js";
import { citations, sourcingFindings, sourcingRow } from "./sourcing.js";
import type { StoryView, Tell, TellHit } from "./tell.js";
import { aiByline } from "./tells/ai-byline.js";
import { boilerplate } from "./tells/boilerplate.js";
import { genericQuotes } from "./tells/generic-quotes.js";
import { lowVariety } from "./tells/low-variety.js";
import { phraseStuffing } from "./tells/phrase-stuffing.js";
import { templateArtefacts } from "./tells/template-artefacts.js";

export const TELLS: readonly Tell[] = [aiByline, boilerplate, phraseStuffing, templateArtefacts, genericQuotes, lowVariety];

/** Every tell's hits for one article. */
export function tellHits(doc: Doc, story: StoryView): TellHit[] {
  return TELLS.flatMap((tell) => tell(doc, story));
}

export function signals(docs: readonly Doc[]): { findings: FindingDraft[]; sourcing: SourcingRow[] } {
  const story: StoryView = { docs };
  const findings: FindingDraft[] = [];
  for (const doc of docs) findings.push(...contentFarmFindings(doc, tellHits(doc, story)));
  const cites = docs.map((d) => citations(d, docs));
  const sourcing = docs.map((d, i) => sourcingRow(d, cites[i] ?? []));
  docs.forEach((d, i) => findings.push(...sourcingFindings(d, cites[i] ?? [], sourcing[i]!, sourcing)));
  findings.push(...framingFindings(docs));
  return { findings, sourcing };
}
