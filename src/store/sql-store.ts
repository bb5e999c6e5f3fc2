// The Store over any PostgreSQL driver. Writes are batched multi-VALUES statements in one
// transaction per batch (an article and its jobs land together or not at all); story
// assignment (assign.ts) runs a batch at a time under a transaction-scoped advisory lock so
// concurrent workers see and extend the same stories.
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import { canonicalizeUrl } from "../domain/url.js";
import { ARTICLE_COLS, ARTICLE_COLS_OF_A, toArticle, type ArticleRow } from "./article-rows.js";
import { assignBatch, assignPending } from "./assign.js";
import type { Driver, Queryable } from "./driver.js";
import { MIGRATIONS, migrate } from "./migrations/index.js";
import * as queue from "./queue.js";
import { regroup, type RegroupOptions, type Settle } from "./regroup.js";
import { PackedReport, packReport, unpackReport } from "./report-pack.js";
import type { AnnotatedArticle, AssignResult, Assignment, Counts, FeedState, FindingReview, JobSpec, ReviewState, PendingOptions, PendingResult, PutResult, Store, StoredStory } from "./store.js";

const BATCH = 500;

interface StoryRow { id: string; title: string; n: number; updated_at: Date | string }


export async function sqlStore(db: Driver): Promise<Store> {
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    const why = ((e as Error)?.message ?? String(e)).split("\n")[0]!.slice(0, 160);
    throw new InputError(db.location, `could not apply the schema migrations (${why}); if a process was killed while creating this store, move it aside and ingest again; on a server, check the user's rights`);
  }
  // Only one process opens an embedded store at a time (its lock file), so a job still marked
  // running belongs to a process that died (killed, or a full disk): its lease is ended now instead
  // of blocking the queue order for minutes. It then counts as lost, so it is retried alone.
  if (db.kind === "pglite") await queue.releaseHeld(db, null);
  return new SqlStore(db);
}

class SqlStore implements Store {
  readonly kind: Store["kind"];
  readonly location: string;

  constructor(private readonly db: Driver) {
    this.kind = db.kind;
    this.location = db.location;
  }

  async putArticles(articles: readonly Article[], jobs?: (a: Article) => readonly JobSpec[], onBatch?: (done: number, total: number) => void): Promise<PutResult> {
    const added: string[] = [];
    let existing = 0;
    const seen = new Set<string>();
    for (let i = 0; i < articles.length; i += BATCH) {
      const batch = articles.slice(i, i + BATCH).filter((a) => (seen.has(a.id) ? (existing++, false) : (seen.add(a.id), true)));
      if (batch.length === 0) continue;
      const ids = await this.db.transaction(async (tx) => {
        const params: unknown[] = [];
        const values = batch.map((a) => {
          const row = [a.id, a.sourceId, a.title, a.outlet, a.url, a.url ? canonicalizeUrl(a.url) : null, a.byline, a.publishedAt, a.path, a.text];
          return `(${row.map((v) => `$${params.push(v)}`).join(", ")})`;
        });
        const rows = await tx.query<{ id: string }>(
          `INSERT INTO articles (id, source_id, title, outlet, url, canonical_url, byline, published_at, path, text) VALUES ${values.join(", ")}
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          params,
        );
        const fresh = new Set(rows.map((r) => r.id));
        const specs = jobs ? batch.filter((a) => fresh.has(a.id)).flatMap(jobs) : [];
        if (specs.length > 0) await queue.enqueue(tx, specs);
        // An article stored before whose job failed gets another chance when it is ingested again.
        const again = jobs ? batch.filter((a) => !fresh.has(a.id)).flatMap(jobs).map((j) => j.key) : [];
        if (again.length > 0) await queue.requeueFailed(tx, again);
        return fresh;
      });
      for (const a of batch) if (ids.has(a.id)) added.push(a.id); else existing++;
      onBatch?.(Math.min(i + BATCH, articles.length), articles.length);
    }
    return { added, existing };
  }

  async getArticle(id: string): Promise<Article | null> {
    return (await this.getArticles([id]))[0] ?? null;
  }

  async getArticles(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM articles WHERE id = ANY($1::text[]) ORDER BY seq`, [ids]);
    return rows.map(toArticle);
  }

  async *iterateArticles(batchSize = 1000): AsyncIterable<Article> {
    let after = 0;
    for (;;) {
      const rows = await this.db.query<ArticleRow & { seq: string }>(
        `SELECT seq::text AS seq, ${ARTICLE_COLS} FROM articles WHERE articles.seq > $1 ORDER BY articles.seq LIMIT $2`, [after, batchSize]);
      for (const r of rows) yield toArticle(r);
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) return;
      after = Number(last.seq);
    }
  }

  async knownUrls(canonicalUrls: readonly string[]): Promise<Set<string>> {
    if (canonicalUrls.length === 0) return new Set();
    const rows = await this.db.query<{ u: string }>("SELECT DISTINCT canonical_url AS u FROM articles WHERE canonical_url = ANY($1::text[])", [canonicalUrls]);
    return new Set(rows.map((r) => r.u));
  }

  async saveStoryAssignment(a: Assignment): Promise<AssignResult> {
    return (await this.saveStoryAssignments([a]))[0]!;
  }

  saveStoryAssignments(batch: readonly Assignment[], opts: { readonly windowDays?: number } = {}): Promise<AssignResult[]> {
    return batch.length === 0 ? Promise.resolve([]) : assignBatch(this.db, batch, opts.windowDays);
  }

  async saveAnnotated(items: readonly AnnotatedArticle[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.transaction(async (tx) => {
      const params: unknown[] = [];
      const docs = items.map((a) => `($${params.push(a.articleId)}, $${params.push(a.annotator)}, $${params.push(Buffer.from(a.doc.buffer, a.doc.byteOffset, a.doc.byteLength).toString("base64"))})`);
      await tx.query(`INSERT INTO article_docs (article_id, annotator, doc) VALUES ${docs.join(", ")}
        ON CONFLICT (article_id) DO UPDATE SET annotator = EXCLUDED.annotator, doc = EXCLUDED.doc`, params);
      await tx.query(
        `INSERT INTO assign_pending (job_id, article_id, title, keys)
         SELECT p.job_id, p.article_id, p.title, ARRAY(SELECT jsonb_array_elements_text(p.keys)) FROM unnest($1::bigint[], $2::text[], $3::text[], $4::jsonb[]) AS p(job_id, article_id, title, keys)
         ON CONFLICT (job_id) DO NOTHING`,
        [items.map((a) => a.jobId), items.map((a) => a.articleId), items.map((a) => a.title), items.map((a) => JSON.stringify(a.keys))]);
    });
  }

  async getDocs(ids: readonly string[], annotator: string): Promise<Map<string, Uint8Array>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<{ article_id: string; doc: string }>(
      "SELECT article_id, doc FROM article_docs WHERE article_id = ANY($1::text[]) AND annotator = $2", [ids, annotator]);
    return new Map(rows.map((r) => [r.article_id, Buffer.from(r.doc, "base64")]));
  }

  assignPending(opts?: PendingOptions): Promise<PendingResult> {
    return assignPending(this.db, opts);
  }

  regroup(settle: Settle, opts: RegroupOptions) {
    return regroup(this.db, settle, opts);
  }

  async closedStories(windowDays: number): Promise<{ closed: number; undated: number; latestDay: number | null }> {
    const [r] = await this.db.query<{ closed: number; undated: number; latest: number | null }>(
      `WITH m AS (SELECT max(last_day) AS d FROM stories)
       SELECT (SELECT count(*)::int FROM stories, m WHERE last_day < m.d - $1::int) AS closed,
              (SELECT count(*)::int FROM stories WHERE last_day IS NULL) AS undated, (SELECT d FROM m) AS latest`,
      [Number.isFinite(windowDays) ? windowDays : 2_000_000_000]);
    return { closed: r?.closed ?? 0, undated: r?.undated ?? 0, latestDay: r?.latest ?? null };
  }

  async listStories(opts: { limit?: number } = {}): Promise<StoredStory[]> {
    const rows = await this.db.query<StoryRow>(
      // stories.articles is kept with every assignment (migration 0006), so listing reads no assignments.
      "SELECT s.id, s.title, s.articles AS n, s.updated_at FROM stories s ORDER BY s.articles DESC, s.seq LIMIT $1", [opts.limit ?? 1_000_000]);
    return rows.map(toStory);
  }

  async getStory(id: string): Promise<{ story: StoredStory; articles: Article[] } | null> {
    const rows = await this.db.query<StoryRow>(
      "SELECT s.id, s.title, s.articles AS n, s.updated_at FROM stories s WHERE s.id = $1", [id]);
    if (!rows[0]) return null;
    const articles = await this.db.query<ArticleRow>(
      `SELECT ${ARTICLE_COLS_OF_A} FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1 ORDER BY a.seq`, [id]);
    return { story: toStory(rows[0]), articles: articles.map(toArticle) };
  }

  async saveStoryReport(id: string, report: unknown, basedOn: string): Promise<boolean> {
    const rows = await this.db.query(
      "UPDATE stories SET report = $2, report_at = now(), report_articles = articles WHERE id = $1 AND updated_at <= $3::timestamptz RETURNING id",
      [id, report instanceof PackedReport ? report.packed : packReport(report), basedOn]);
    return rows.length > 0;
  }

  async getStoryReport(id: string): Promise<unknown | null> {
    const rows = await this.db.query<{ report: string }>(
      "SELECT report FROM stories WHERE id = $1 AND report IS NOT NULL AND report_at >= updated_at", [id]);
    const kept = rows[0]?.report;
    return kept === undefined ? null : unpackReport(kept);
  }

  async storyAssignments(ids?: readonly string[]): Promise<Map<string, string>> {
    const rows = ids === undefined
      ? await this.db.query<{ article_id: string; story_id: string }>("SELECT article_id, story_id FROM story_articles")
      : await this.db.query<{ article_id: string; story_id: string }>("SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])", [ids]);
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  }

  async counts(): Promise<Counts> {
    const rows = await this.db.query<Counts>(
      `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM stories)::int AS stories,
              (SELECT count(*) FROM jobs WHERE state IN ('queued', 'running'))::int AS queued,
              (SELECT count(*) FROM jobs WHERE state = 'failed')::int AS failed`);
    return rows[0] ?? { articles: 0, stories: 0, queued: 0, failed: 0 };
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const known = new Set(MIGRATIONS.map((m) => m.id));
    const applied = (await this.db.query<{ id: string }>("SELECT id FROM schema_migrations")).map((r) => r.id);
    const newer = applied.filter((id) => !known.has(id));
    if (newer.length > 0) problems.push(`its schema is newer than this Triangulate (${newer.join(", ")}); upgrade Triangulate`);
    const [r] = await this.db.query<{ kept: number; assigned: number; orphans: number; lost: number }>(
      `SELECT (SELECT coalesce(sum(articles), 0) FROM stories)::int AS kept,
              (SELECT count(*) FROM story_articles)::int AS assigned,
              (SELECT count(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sa.article_id))::int AS orphans,
              (SELECT count(*) FROM jobs j WHERE j.kind = 'assign' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = j.payload->>'articleId'))::int AS lost`);
    if (r && r.kept !== r.assigned) problems.push(`its stories say they hold ${r.kept} articles but ${r.assigned} are assigned`);
    if (r && r.orphans > 0) problems.push(`${r.orphans} story assignments name articles the store no longer has`);
    if (r && r.lost > 0) problems.push(`${r.lost} queued or finished article jobs name articles the store no longer has`);
    return problems;
  }

  enqueue(jobs: readonly JobSpec[]) { return queue.enqueue(this.db, jobs); }
  claim(workerId: string, opts?: Parameters<Store["claim"]>[1]) { return queue.claim(this.db, workerId, opts); }
  complete(job: Parameters<Store["complete"]>[0], workerId: string) { return queue.complete(this.db, job, workerId); }
  completeAll(jobs: Parameters<Store["completeAll"]>[0], workerId: string) { return queue.completeAll(this.db, jobs, workerId); }
  fail(job: Parameters<Store["fail"]>[0], workerId: string, error: string) { return queue.fail(this.db, job, workerId, error); }
  releaseHeld(workerId: string) { return queue.releaseHeld(this.db, workerId); }
  renew(jobIds: readonly number[], workerId: string, leaseMs?: number) { return queue.renew(this.db, jobIds, workerId, leaseMs); }
  failedJobs(limit?: number) { return queue.failedJobs(this.db, limit); }
  requeueFailed(keys?: readonly string[]) { return queue.requeueFailed(this.db, keys); }

  async saveReview(r: FindingReview): Promise<void> {
    await this.db.query(
      `INSERT INTO finding_reviews (story_id, fingerprint, finding_id, state, note, reviewer, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (story_id, fingerprint) DO UPDATE SET finding_id = EXCLUDED.finding_id, state = EXCLUDED.state, note = EXCLUDED.note, reviewer = EXCLUDED.reviewer, reviewed_at = EXCLUDED.reviewed_at`,
      [r.storyId, r.fingerprint, r.findingId, r.state, r.note, r.reviewer, r.reviewedAt],
    );
  }

  async listReviews(storyId: string): Promise<FindingReview[]> {
    const rows = await this.db.query<{ story_id: string; fingerprint: string; finding_id: string; state: ReviewState; note: string; reviewer: string; reviewed_at: Date | string }>(
      "SELECT story_id, fingerprint, finding_id, state, note, reviewer, reviewed_at FROM finding_reviews WHERE story_id = $1 ORDER BY reviewed_at DESC, fingerprint",
      [storyId],
    );
    return rows.map((r) => ({ storyId: r.story_id, fingerprint: r.fingerprint, findingId: r.finding_id, state: r.state, note: r.note, reviewer: r.reviewer, reviewedAt: new Date(r.reviewed_at).toISOString() }));
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const rows = await this.db.query<{ url: string; etag: string | null; last_modified: string | null; checked_at: Date | string | null }>(
      "SELECT url, etag, last_modified, checked_at FROM feeds WHERE url = $1", [url]);
    const r = rows[0];
    return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, checkedAt: r.checked_at === null ? null : iso(r.checked_at) } : null;
  }

  async saveFeedState(s: FeedState): Promise<void> {
    await this.db.query(
      `INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, checked_at = EXCLUDED.checked_at`,
      [s.url, s.etag, s.lastModified, s.checkedAt]);
  }

  sizeBytes(): Promise<number> { return this.db.sizeBytes(); }
  close(): Promise<void> { return this.db.close(); }
}

function toStory(r: StoryRow): StoredStory {
  return { id: r.id, title: r.title, articleCount: Number(r.n), updatedAt: iso(r.updated_at) };
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export type { Queryable };
