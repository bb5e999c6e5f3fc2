// provenance: which article in a story rewrites which. Interim: none found yet.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import type { Derivation } from "../domain/story.js";

export function findProvenance(docs: readonly Doc[]): { derivations: Derivation[]; findings: FindingDraft[] } {
  void docs;
  return { derivations: [], findings: [] };
}
