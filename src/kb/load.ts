// kb: the embedded snapshot of dated facts. Interim: an empty knowledge base.
import type { Kb } from "../domain/kb.js";

export function emptyKb(): Kb {
  return { asOf: "1970-01-01", termsForPerson: () => [], holders: () => [], events: () => [] };
}

export function loadKb(): Kb {
  return emptyKb();
}
