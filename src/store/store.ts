// The store seam: everything the CLI, the worker and the server need from persistence, and
// nothing more. One implementation (sql-store.ts) runs over two drivers — embedded PGlite and
// a PostgreSQL server — so both speak the same SQL and pass the same conformance suite.
import { REVIEW_STATES, type FindingReview, type ReviewState } from "../domain/api.js";
import type { Article } from "../domain/article.js";
import type { FailedJob } from "./queue.js";
import type { RegroupOptions, RegroupResult, Settle } from "./regroup.js";

export type { FailedJob };

export interface StoredStory {
  readonly id: string;
  readonly title: string;
  readonly articleCount: number;
  /** ISO date-time of the last assignment to this story. */
  readonly updatedAt: string;
}

export interface Counts {
  readonly articles: number;
  readonly stories: number;
  /** Jobs waiting or running. */
  readonly queued: number;
  /** Jobs that ran out of attempts: their articles are stored but in no story until re-queued. */
  readonly failed: number;
}

export interface PutResult {
  /** Ids stored by this call (new articles), in input order. */
  readonly added: readonly string[];
  /** Articles already stored (same id), skipped. */
  readonly existing: number;
}

export interface Assignment {
  readonly articleId: string;
  /**
   * The article's grouping features (stories/features.ts groupingFeatures: "w:<topic word>", event
   * features such as "n:<name>", each as often as the article has it, and "@" ones such as dates).
   */
  readonly keys: readonly string[];
  readonly title: string;
}

export interface AssignResult {
  readonly storyId: string;
  /** False when the article already had a story (a retried job). */
  readonly created: boolean;
}

/** An annotated article: its doc, kept for analyses, and its features, waiting for story assignment. */
export interface AnnotatedArticle extends Assignment {
  /** The article's assignment job: articles are assigned in the order of their jobs. */
  readonly jobId: number;
  /** Which annotator made the doc (docs by another one are not read back). */
  readonly annotator: string;
  readonly doc: Uint8Array;
}

export interface PendingOptions {
  /** Wait for the story lock; by default give up when another process holds it (that one assigns what is pending). */
  readonly wait?: boolean;
  /** Articles placed per transaction. */
  readonly batch?: number;
  /** Jobs to queue, in the same transaction, for each story that was created or gained articles. */
  readonly jobs?: (storyId: string, story: StoryFacts) => readonly JobSpec[];
  /**
   * Days a story stays open after its latest article (store/grouping.ts "time window"; default
   * DEFAULT_WINDOW_DAYS, Infinity: never closed). Give every process of a store the same value.
   */
  readonly windowDays?: number;
}

/** What assignment tells a job-maker about a story it changed. */
export interface StoryFacts {
  readonly articles: number;
  /** Milliseconds since the story's last kept report, or null when it has none. */
  readonly reportAgeMs: number | null;
  /** Articles the story gained since its kept report was made, or null when that is not known. */
  readonly newArticles: number | null;
}

export interface PendingResult {
  readonly assigned: number;
  /** Stories created or extended. */
  readonly stories: number;
  /** Whether another process held the story lock when this one asked for it without waiting (that one places what is pending). */
  readonly busy?: boolean;
}

export interface JobSpec {
  readonly kind: string;
  /** Unique per job; enqueueing an existing key is a no-op unless `requeue`. */
  readonly key: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Run again when already done (e.g. re-analyze a story that got a new article). */
  readonly requeue?: boolean;
  /** Not before this many ms from now; a requeue pushes it back again (debounce). */
  readonly delayMs?: number;
}

export interface Job {
  readonly id: number;
  readonly kind: string;
  readonly key: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly attempts: number;
}

export interface ClaimOptions {
  readonly limit?: number;
  /** Only jobs of this kind. */
  readonly kind?: string;
  /** A claimed job neither completed nor renewed within this time is given to another worker (default 30 s). */
  readonly leaseMs?: number;
}

// The review shapes are the API's too (domain/api.ts); re-exported for the store's modules.
export { REVIEW_STATES, type FindingReview, type ReviewState };

export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly checkedAt: string | null;
}

/** What every part of a store shares: where it is, and closing it. */
export interface StoreHandle {
  readonly kind: "pglite" | "postgres";
  /** Folder or redacted URL, for messages. */
  readonly location: string;
  /** Bytes on disk (PGlite folder or server database). */
  sizeBytes(): Promise<number>;
  close(): Promise<void>;
}

/** Articles as ingested, and their annotated docs. */
export interface ArticleStore extends StoreHandle {
  /** Stores new articles and enqueues `jobs(article)` for each, in one transaction per batch. */
  putArticles(articles: readonly Article[], jobs?: (a: Article) => readonly JobSpec[], onBatch?: (done: number, total: number) => void): Promise<PutResult>;
  getArticle(id: string): Promise<Article | null>;
  getArticles(ids: readonly string[]): Promise<Article[]>;
  /** All articles in ingest order, read in batches. */
  iterateArticles(batchSize?: number): AsyncIterable<Article>;
  /** Which of these canonical URLs are already stored. */
  knownUrls(canonicalUrls: readonly string[]): Promise<Set<string>>;
  /** Keeps annotated articles' docs and queues their features for assignPending; idempotent. */
  saveAnnotated(items: readonly AnnotatedArticle[]): Promise<void>;
  /** Stored docs by article id, of those made by `annotator`. */
  getDocs(ids: readonly string[], annotator: string): Promise<Map<string, Uint8Array>>;
}

/** Stories: placing articles in them, regrouping, their reports and reviews, and the store's own checks. */
export interface StoryStore extends StoreHandle {
  /** Places the article with analyze's clusterer (store/grouping.ts): joins, starts or merges stories; serialized across processes. */
  saveStoryAssignment(a: Assignment): Promise<AssignResult>;
  /** The same for a batch in one transaction; results in batch order, equal to assigning one at a time in that order. */
  saveStoryAssignments(batch: readonly Assignment[], opts?: { readonly windowDays?: number }): Promise<AssignResult[]>;
  /** Assigns annotated articles to stories in the order of their jobs, up to the first one not yet annotated. */
  assignPending(opts?: PendingOptions): Promise<PendingResult>;
  /**
   * Regroups every assigned article with `settle` under the story lock (store/regroup.ts): stories
   * stop depending on the order articles arrived in. Articles still pending are left alone.
   */
  regroup(settle: Settle, opts: RegroupOptions): Promise<RegroupResult>;
  listStories(opts?: { limit?: number }): Promise<StoredStory[]>;
  /**
   * Stories closed to new articles as of the latest publication day stored: their latest article
   * is more than `windowDays` older (store/grouping.ts "time window"; read through stories.last_day's index).
   */
  closedStories(windowDays: number): Promise<{ readonly closed: number; readonly undated: number; readonly latestDay: number | null }>;
  getStory(id: string): Promise<{ story: StoredStory; articles: Article[] } | null>;
  /** Keeps the story's report (an object, or a PackedReport), unless the story changed after `basedOn` (its updatedAt when the analysis read it). */
  saveStoryReport(id: string, report: unknown, basedOn: string): Promise<boolean>;
  /** The kept report, when it is at least as new as the story's last change. */
  getStoryReport(id: string): Promise<unknown | null>;
  /** Article id → story id, for every assigned article (or for those of `ids`). */
  storyAssignments(ids?: readonly string[]): Promise<Map<string, string>>;
  /** Keeps a review, replacing an earlier one of the same finding. */
  saveReview(review: FindingReview): Promise<void>;
  /** A story's reviews, latest first. */
  listReviews(storyId: string): Promise<FindingReview[]>;
  counts(): Promise<Counts>;
  /**
   * Cheap consistency checks over what the store keeps twice (story sizes and assignments, jobs
   * and articles, schema version): each disagreement as a sentence; none for a sound store.
   */
  check(): Promise<string[]>;
}

/** The work queue workers claim from, with leases. */
export interface JobQueue extends StoreHandle {
  enqueue(jobs: readonly JobSpec[]): Promise<number>;
  claim(workerId: string, opts?: ClaimOptions): Promise<Job[]>;
  /** False when the lease was lost (another worker has the job). */
  complete(job: Job, workerId: string): Promise<boolean>;
  /** Completes several jobs in one statement; returns the ids this worker still held (and so completed). */
  completeAll(jobs: readonly Job[], workerId: string): Promise<Set<number>>;
  fail(job: Job, workerId: string, error: string): Promise<void>;
  /** Extends the leases of these jobs this worker holds by leaseMs (default 30 s) from now; returns how many it still held. */
  renew(jobIds: readonly number[], workerId: string, leaseMs?: number): Promise<number>;
  /** Ends the leases of the jobs this worker holds (it lost track of them, e.g. in a database outage); returns how many. */
  releaseHeld(workerId: string): Promise<number>;
  /** Jobs that ran out of attempts, oldest first. */
  failedJobs(limit?: number): Promise<FailedJob[]>;
  /** Re-queues failed jobs (all, or those with these keys) with fresh attempts; returns how many. */
  requeueFailed(keys?: readonly string[]): Promise<number>;
}

/** What `watch` remembers of each feed between polls. */
export interface FeedStore extends StoreHandle {
  getFeedState(url: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
}

/**
 * A whole store (store/sql-store.ts over PGlite or PostgreSQL). Code that needs one part takes that
 * part's interface (ArticleStore, StoryStore, JobQueue, FeedStore), so what it can touch is visible.
 */
export interface Store extends ArticleStore, StoryStore, JobQueue, FeedStore {}
