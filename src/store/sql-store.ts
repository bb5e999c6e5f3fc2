// The Store over any PostgreSQL driver. Writes are batched multi-VALUES statements in one
// transaction per batch (an article and its jobs land together or not at all); story
// assignment runs under a transaction-scoped advisory lock so concurrent workers see and
// extend the same stories.
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import { canonicalizeUrl } from "../ingest/url.js";
import type { Driver, Queryable } from "./driver.js";
import { migrate } from "./migrations/index.js";
import * as queue from "./queue.js";
import type { AssignResult, Assignment, Counts, FeedState, JobSpec, PutResult, Store, StoredStory } from "./store.js";

const BATCH = 500;
const STORY_LOCK = 7_340_022;
/** Two articles share a story when they share this share of the smaller key set (as stories/cluster.ts). */
const MIN_SHARE = 0.5;

interface ArticleRow {
  id: string; source_id: string | null; title: string; outlet: string | null; url: string | null;
  byline: string | null; published_at: string | null; path: string | null; text: string;
}
interface StoryRow { id: string; title: string; n: number; updated_at: Date | string }

/** Story change times are kept to the millisecond, as clients see them (ISO strings). */
const NOW_MS = "date_trunc('milliseconds', clock_timestamp())";
const ARTICLE_COLS = "id, source_id, title, outlet, url, byline, published_at, path, text";

export async function sqlStore(db: Driver): Promise<Store> {
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    const why = ((e as Error)?.message ?? String(e)).split("\n")[0]!.slice(0, 160);
    throw new InputError(db.location, `could not apply the schema migrations (${why}); if a process was killed while creating this store, move it aside and ingest again; on a server, check the user's rights`);
  }
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
    const keys = [...new Set(a.keys)];
    return this.db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK]);
      const prior = await tx.query<{ story_id: string }>("SELECT story_id FROM story_articles WHERE article_id = $1", [a.articleId]);
      if (prior[0]) return { storyId: prior[0].story_id, merged: [], created: false };
      const found = keys.length === 0 ? [] : await tx.query<{ story_id: string }>(
        `SELECT sa.story_id FROM (
           SELECT article_id, count(*) AS shared FROM article_keys WHERE key = ANY($1::text[]) AND article_id <> $2 GROUP BY article_id
         ) m JOIN story_articles sa ON sa.article_id = m.article_id JOIN stories s ON s.id = sa.story_id
         WHERE m.shared >= $3::float8 * greatest(1, least($4::int, sa.n_keys))
         GROUP BY sa.story_id, s.seq ORDER BY s.seq`,
        [keys, a.articleId, MIN_SHARE, keys.length]);
      const [target, ...merged] = found.map((r) => r.story_id);
      const storyId = target ?? `s-${a.articleId.slice(0, 12)}`;
      if (target === undefined) {
        await tx.query(`INSERT INTO stories (id, title, updated_at) VALUES ($1, $2, ${NOW_MS}) ON CONFLICT (id) DO NOTHING`, [storyId, a.title]);
      } else {
        if (merged.length > 0) {
          await tx.query("UPDATE story_articles SET story_id = $1 WHERE story_id = ANY($2::text[])", [storyId, merged]);
          await tx.query("DELETE FROM stories WHERE id = ANY($1::text[])", [merged]);
        }
        await tx.query(`UPDATE stories SET updated_at = ${NOW_MS} WHERE id = $1`, [storyId]);
      }
      if (keys.length > 0) {
        const params: unknown[] = [a.articleId];
        await tx.query(`INSERT INTO article_keys (article_id, key) VALUES ${keys.map((k) => `($1, $${params.push(k)})`).join(", ")} ON CONFLICT DO NOTHING`, params);
      }
      await tx.query("INSERT INTO story_articles (article_id, story_id, n_keys) VALUES ($1, $2, $3)", [a.articleId, storyId, keys.length]);
      return { storyId, merged, created: true };
    });
  }

  async listStories(opts: { limit?: number } = {}): Promise<StoredStory[]> {
    const rows = await this.db.query<StoryRow>(
      `SELECT s.id, s.title, count(sa.article_id)::int AS n, s.updated_at FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id
       GROUP BY s.id ORDER BY count(sa.article_id) DESC, s.seq LIMIT $1`, [opts.limit ?? 1_000_000]);
    return rows.map(toStory);
  }

  async getStory(id: string): Promise<{ story: StoredStory; articles: Article[] } | null> {
    const rows = await this.db.query<StoryRow>(
      `SELECT s.id, s.title, count(sa.article_id)::int AS n, s.updated_at FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id
       WHERE s.id = $1 GROUP BY s.id`, [id]);
    if (!rows[0]) return null;
    const articles = await this.db.query<ArticleRow>(
      `SELECT ${ARTICLE_COLS.split(", ").map((c) => `a.${c}`).join(", ")} FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1 ORDER BY a.seq`, [id]);
    return { story: toStory(rows[0]), articles: articles.map(toArticle) };
  }

  async saveStoryReport(id: string, report: unknown, basedOn: string): Promise<boolean> {
    const rows = await this.db.query(
      "UPDATE stories SET report = $2::jsonb, report_at = now() WHERE id = $1 AND updated_at <= $3::timestamptz RETURNING id",
      [id, JSON.stringify(report), basedOn]);
    return rows.length > 0;
  }

  async getStoryReport(id: string): Promise<unknown | null> {
    const rows = await this.db.query<{ report: unknown }>(
      "SELECT report FROM stories WHERE id = $1 AND report IS NOT NULL AND report_at >= updated_at", [id]);
    return rows[0]?.report ?? null;
  }

  async storyAssignments(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ article_id: string; story_id: string }>("SELECT article_id, story_id FROM story_articles");
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  }

  async counts(): Promise<Counts> {
    const rows = await this.db.query<Counts>(
      `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM stories)::int AS stories,
              (SELECT count(*) FROM jobs WHERE state IN ('queued', 'running'))::int AS queued`);
    return rows[0] ?? { articles: 0, stories: 0, queued: 0 };
  }

  enqueue(jobs: readonly JobSpec[]) { return queue.enqueue(this.db, jobs); }
  claim(workerId: string, opts?: Parameters<Store["claim"]>[1]) { return queue.claim(this.db, workerId, opts); }
  complete(job: Parameters<Store["complete"]>[0], workerId: string) { return queue.complete(this.db, job, workerId); }
  fail(job: Parameters<Store["fail"]>[0], workerId: string, error: string) { return queue.fail(this.db, job, workerId, error); }

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

function toArticle(r: ArticleRow): Article {
  return { id: r.id, sourceId: r.source_id, title: r.title, outlet: r.outlet, url: r.url, byline: r.byline, publishedAt: r.published_at, path: r.path, text: r.text };
}

function toStory(r: StoryRow): StoredStory {
  return { id: r.id, title: r.title, articleCount: Number(r.n), updatedAt: iso(r.updated_at) };
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export type { Queryable };
