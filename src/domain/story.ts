// Stories (articles about one event) and the derivations between their articles.
import type { ReportClaim } from "./claim.js";
import type { Finding } from "./finding.js";
import type { Span } from "./span.js";

export type DerivationRelation = "near-duplicate" | "paraphrase" | "shared-source";

export interface Change {
  readonly kind: "number" | "name" | "quote" | "added" | "dropped" | "other";
  /** Words in `from` (null when added). */
  readonly before: string | null;
  /** Words in `to` (null when dropped). */
  readonly after: string | null;
}

export interface AlignedPair {
  readonly from: Span;
  readonly to: Span;
  readonly score: number;
  readonly changes: readonly Change[];
}

export interface Derivation {
  /** The source article when the direction is known; otherwise the earlier / first article. */
  readonly from: string;
  readonly to: string;
  readonly relation: DerivationRelation;
  readonly score: number;
  readonly alignedSentences: number;
  /** "known" when publish time, containment or added material show who copied whom. */
  readonly direction: "known" | "unknown";
  readonly directionBasis: string;
  readonly pairs: readonly AlignedPair[];
}

export interface Timeframe {
  readonly from: string | null;
  readonly to: string | null;
  readonly basis: readonly string[];
  /** Human-readable reasons, one per basis entry (extension). */
  readonly reasons?: readonly string[];
}

export interface SourcingRow {
  readonly articleId: string;
  /** Who the article cites, grouped by side/kind: { "Russian official": 3, "Ukrainian official": 1, ... }. */
  readonly cites: Readonly<Record<string, number>>;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  readonly timeframe: Timeframe;
  readonly claims: readonly ReportClaim[];
  readonly findings: readonly Finding[];
  readonly provenance: readonly Derivation[];
  readonly sourcing?: readonly SourcingRow[];
  /** Notes about the grouping, e.g. an article that could not be placed (extension). */
  readonly notes?: readonly string[];
}
