// A finding is a message with evidence (after vfile's messages): rule id, type, severity,
// a sentence a journalist understands, and the exact words in each article involved.
import type { Evidence } from "./span.js";

export type FindingType =
  | "contradiction" | "corroboration" | "single-source" | "arithmetic"
  | "anachronism" | "derivation" | "content-farm" | "framing";

/** high = a reader would be misled; medium = worth checking; low = weak signal; info = context. */
export type Severity = "high" | "medium" | "low" | "info";

export const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low", "info"];

export interface Finding {
  readonly id: string;
  /** stage/rule-name, e.g. "crosscheck/contradiction". */
  readonly rule: string;
  readonly type: FindingType;
  readonly severity: Severity;
  readonly summary: string;
  readonly articleIds: readonly string[];
  readonly claimIds: readonly string[];
  readonly actual?: string;
  readonly expected?: string;
  readonly evidence: readonly Evidence[];
}

/** A finding before the report assigns its id. */
export type FindingDraft = Omit<Finding, "id">;
