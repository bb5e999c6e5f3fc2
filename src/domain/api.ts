// The HTTP API's shapes that the server sends and the web UI reads: shared here, so neither edge
// imports the other (the report itself is report.ts).
import type { FindingType, Severity } from "./finding.js";
import type { Timeframe } from "./story.js";

/** GET /api/info: what this server offers. */
export interface ServerInfo {
  readonly name: "triangulate";
  readonly version: 1;
  /** A story store is configured (GET /api/stories answers). */
  readonly store: boolean;
  /** The store takes articles (POST /api/articles). */
  readonly writable: boolean;
  /** Writes need a bearer token. */
  readonly auth: boolean;
}

/** One row of the stories list: enough for the list page without loading every report. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly articleCount: number;
  readonly timeframe: Timeframe;
  readonly findings: Readonly<Record<Severity, number>>;
  /** True while the story waits for its analysis (counts and time frame not known yet). */
  readonly pending?: boolean;
  /** Findings by type (contradiction, arithmetic, …), for the type filter. */
  readonly findingTypes?: Readonly<Partial<Record<FindingType, number>>>;
  /** People named in the story's claims (speakers, office holders), for search. */
  readonly people?: readonly string[];
  /** Places named in the story's claims, for search. */
  readonly places?: readonly string[];
  /** Findings by review state ("unreviewed": nobody reviewed it) and severity, for the review filter; absent while pending. */
  readonly reviews?: ReviewCounts;
}

export type ReviewCounts = Readonly<Partial<Record<ReviewState | "unreviewed", Readonly<Partial<Record<Severity, number>>>>>>;

export interface PutResult {
  /** Ids of articles that were new to the store. */
  readonly added: readonly string[];
  /** Ids of articles the store already held (same normalized text). */
  readonly existing: readonly string[];
  /** Stories the articles now belong to. */
  readonly storyIds: readonly string[];
}

export interface StoreStatus {
  readonly articles: number;
  readonly stories: number;
  /** Jobs waiting or running (articles not yet in a story, stories not yet analyzed). */
  readonly queued: number;
  /** Jobs out of attempts: their articles are in no story. */
  readonly failed: number;
  /** Disagreements the store's checks found (a damaged store); none for a sound one. */
  readonly problems: readonly string[];
}

/** What a person decided about a finding. */
export type ReviewState = "confirmed" | "dismissed" | "needs-work";
export const REVIEW_STATES: readonly ReviewState[] = ["confirmed", "dismissed", "needs-work"];

/** A person's latest review of one finding of a story (keyed by the finding's fingerprint). */
export interface FindingReview {
  readonly storyId: string;
  readonly fingerprint: string;
  /** The finding's id when it was reviewed (ids move when a story is analyzed again; fingerprints do not). */
  readonly findingId: string;
  readonly state: ReviewState;
  readonly note: string;
  readonly reviewer: string;
  /** ISO date-time. */
  readonly reviewedAt: string;
}
