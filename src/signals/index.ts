// signals: per-article content-farm tells, sourcing and framing. Interim: none yet.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import type { SourcingRow } from "../domain/story.js";

export function signals(docs: readonly Doc[]): { findings: FindingDraft[]; sourcing: SourcingRow[] } {
  void docs;
  return { findings: [], sourcing: [] };
}
