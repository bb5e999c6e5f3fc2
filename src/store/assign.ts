// Story assignment in short transactions under the story lock. Each article is placed in turn
// with analyze's clusterer (grouping.ts): its candidates come from the capped posting lists of its
// rare features, the stories of the close ones and the article are clustered together, and the
// article joins a story, starts one, or joins one that others merge into. Workers annotate in
// parallel and leave their articles' features in assign_pending; whichever holds the lock assigns
// what is pending in queue order (the others do not wait for it), so one worker or ten build the
// same stories, and a batch builds what its articles build one at a time.
import type { Driver, Queryable } from "./driver.js";
import {
  dfFeatures, hasNoText, keptKeys, MAX_POSTING, nearStories, placement, retrievalFeatures, storeIdf, STORY_SAMPLE, storyIdFor, topCandidates,
  type NewArticle, type Placement, type StoredArticle,
} from "./grouping.js";
import { enqueue } from "./queue.js";
import type { AssignResult, Assignment, PendingOptions, PendingResult } from "./store.js";

export const STORY_LOCK = 7_340_022;

/** Story change times are kept to the millisecond, as clients see them (ISO strings). */
export const NOW_MS = "date_trunc('milliseconds', clock_timestamp())";

/** Assigns the batch in order, waiting for the story lock; results are in batch order. */
export async function assignBatch(db: Driver, input: readonly Assignment[]): Promise<AssignResult[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK]);
    return [...(await place(tx, input)).results];
  });
}

/**
 * Assigns annotated articles waiting in assign_pending, in queue order, up to the first article
 * whose assignment job is still queued or running (so the order, and with it the stories, is the
 * order articles were queued in, however many workers annotate them). Failed jobs do not hold the
 * line. One transaction per batch; returns totals.
 */
export async function assignPending(db: Driver, opts: PendingOptions = {}): Promise<PendingResult> {
  let assigned = 0;
  let stories = 0;
  for (;;) {
    const r = await db.transaction(async (tx) => {
      const locked = await tx.query<{ ok: boolean }>(`SELECT ${opts.wait ? "true AS ok, pg_advisory_xact_lock($1)" : "pg_try_advisory_xact_lock($1) AS ok"}`, [STORY_LOCK]);
      if (!locked[0]?.ok) return null;
      const rows = await tx.query<{ job_id: string; article_id: string; title: string; keys: string[] }>(
        `SELECT p.job_id::text AS job_id, p.article_id, p.title, p.keys FROM assign_pending p
         WHERE p.job_id < coalesce((SELECT min(id) FROM jobs WHERE kind = 'assign' AND state IN ('queued', 'running')), 9223372036854775807)
         ORDER BY p.job_id LIMIT $1`, [opts.batch ?? 500]);
      if (rows.length === 0) return null;
      const plan = await place(tx, rows.map((p) => ({ articleId: p.article_id, title: p.title, keys: p.keys })));
      await tx.query("DELETE FROM assign_pending WHERE job_id = ANY($1::bigint[])", [rows.map((p) => p.job_id)]);
      const changed = [...plan.gained];
      if (opts.jobs && changed.length > 0) {
        const facts = await tx.query<{ id: string; articles: number; report_age_ms: number | null }>(
          `SELECT s.id, s.articles,
                  (extract(epoch FROM clock_timestamp() - s.report_at) * 1000)::float8 AS report_age_ms
           FROM stories s WHERE s.id = ANY($1::text[])`, [changed]);
        await enqueue(tx, facts.flatMap((f) => opts.jobs!(f.id, { articles: f.articles, reportAgeMs: f.report_age_ms })));
      }
      return { n: rows.length, stories: changed.length, full: rows.length === (opts.batch ?? 500) };
    });
    if (!r) break;
    assigned += r.n;
    stories += r.stories;
    if (!r.full) break;
  }
  return { assigned, stories };
}

/** What a batch changed. */
interface Plan {
  readonly results: AssignResult[];
  /** Stories created or changed (gained articles or merged others in), still existing. */
  readonly gained: Set<string>;
}

/**
 * Places a batch under the story lock, one article after another, each with its own reads and
 * writes in this transaction: a batch gives what its articles give one at a time.
 */
async function place(tx: Queryable, batch: readonly Assignment[]): Promise<Plan> {
  const plan: Plan = { results: [], gained: new Set() };
  for (const a of batch) plan.results.push(await placeOne(tx, a, plan.gained));
  return plan;
}

interface MemberRow { article_id: string; seq: string; story_id: string; story_seq: string; keys: string[] | null }
const MEMBER_COLS = "sa.article_id, sa.seq::text AS seq, sa.story_id, s.seq::text AS story_seq, sa.keys";
const toStored = (r: MemberRow): StoredArticle => ({ articleId: r.article_id, seq: Number(r.seq), storyId: r.story_id, storySeq: Number(r.story_seq), keys: r.keys ?? [] });

/** Places one article (store/grouping.ts: candidates, near stories, placement) and writes the outcome. */
async function placeOne(tx: Queryable, input: Assignment, gained: Set<string>): Promise<AssignResult> {
  const [prior] = await tx.query<{ story_id: string }>("SELECT story_id FROM story_articles WHERE article_id = $1", [input.articleId]);
  if (prior) return { storyId: prior.story_id, created: false };
  const a: NewArticle = { articleId: input.articleId, title: input.title, keys: keptKeys(input.keys) };
  const features = dfFeatures(a.keys);
  // Arrays, not a row per feature: PGlite builds rows as objects, at about twice the cost.
  const [known] = await tx.query<{ features: string[] | null; df: number[] | null; articles: string | null }>(
    `SELECT array_agg(feature) AS features, array_agg(df) AS df, (SELECT articles::text FROM grouping_totals) AS articles
     FROM feature_df WHERE feature = ANY($1::text[])`, [features]);
  const df = new Map((known?.features ?? []).map((f, i) => [f, known!.df![i]!]));
  const idf = storeIdf(Number(known?.articles ?? 0), df, a);
  const retrieval = hasNoText(a) ? [] : retrievalFeatures(a, idf);

  let placed: Placement = { storyId: null, merged: [], moved: [] };
  if (retrieval.length > 0) {
    const [found] = await tx.query<{ features: string[] | null; seqs: string[] | null }>(
      "SELECT array_agg(feature) AS features, array_agg(article_seq::text) AS seqs FROM feature_postings WHERE feature = ANY($1::text[])", [retrieval]);
    const postings = new Map<string, number[]>();
    (found?.features ?? []).forEach((f, i) => {
      const list = postings.get(f);
      const seq = Number(found!.seqs![i]!);
      if (list) list.push(seq); else postings.set(f, [seq]);
    });
    const top = topCandidates(postings, idf);
    const candidates = top.length === 0 ? [] : (await tx.query<MemberRow>(
      `SELECT ${MEMBER_COLS} FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.seq = ANY($1::bigint[])`, [top.map(String)])).map(toStored);
    const near = nearStories(a, candidates, idf);
    if (near.length > 0) {
      const sampled = (await tx.query<MemberRow>(
        `SELECT ${MEMBER_COLS} FROM unnest($1::text[]) AS n(id)
         CROSS JOIN LATERAL (SELECT * FROM story_articles x WHERE x.story_id = n.id ORDER BY x.seq LIMIT $2) sa
         JOIN stories s ON s.id = sa.story_id`, [near, STORY_SAMPLE])).map(toStored);
      const nearSet = new Set(near);
      const members = new Map(sampled.map((m) => [m.articleId, m]));
      for (const c of candidates) if (nearSet.has(c.storyId)) members.set(c.articleId, c);
      placed = placement(a, [...members.values()], idf);
    }
  }

  let storyId = placed.storyId;
  if (storyId === null) {
    storyId = storyIdFor(a.articleId);
    await tx.query(`INSERT INTO stories (id, title, updated_at) VALUES ($1, $2, ${NOW_MS}) ON CONFLICT (id) DO NOTHING`, [storyId, input.title]);
  }
  const reshaped = placed.merged.length > 0 || placed.moved.length > 0;
  if (placed.moved.length > 0) {
    // Split off: their stories lose them (and go when left empty).
    const left = await tx.query<{ story_id: string }>(
      "UPDATE story_articles x SET story_id = $1 FROM story_articles o WHERE x.article_id = o.article_id AND x.article_id = ANY($2::text[]) RETURNING o.story_id",
      [storyId, placed.moved]);
    const from = [...new Set(left.map((r) => r.story_id))];
    await tx.query(
      `UPDATE stories s SET articles = (SELECT count(*)::int FROM story_articles x WHERE x.story_id = s.id), updated_at = ${NOW_MS} WHERE s.id = ANY($1::text[])`, [from]);
    const emptied = (await tx.query<{ id: string }>("DELETE FROM stories WHERE id = ANY($1::text[]) AND articles = 0 RETURNING id", [from])).map((r) => r.id);
    for (const s of from) gained.add(s);
    for (const s of emptied) gained.delete(s);
  }
  if (placed.merged.length > 0) {
    await tx.query("UPDATE story_articles SET story_id = $1 WHERE story_id = ANY($2::text[])", [storyId, placed.merged]);
    await tx.query("DELETE FROM stories WHERE id = ANY($1::text[])", [placed.merged]);
    for (const m of placed.merged) gained.delete(m);
  }
  const [row] = await tx.query<{ seq: string }>(
    "INSERT INTO story_articles (article_id, story_id, n_keys, keys) VALUES ($1, $2, $3, $4::text[]) RETURNING seq::text AS seq",
    [a.articleId, storyId, features.length, a.keys]);
  await tx.query(
    `UPDATE stories s SET articles = ${reshaped ? "(SELECT count(*)::int FROM story_articles x WHERE x.story_id = $1)" : "s.articles + 1"}, updated_at = ${NOW_MS}
     WHERE s.id = $1`, [storyId]);
  gained.add(storyId);
  if (features.length > 0) {
    await tx.query(
      `INSERT INTO feature_df (feature, df) SELECT f, 1 FROM unnest($1::text[]) AS f
       ON CONFLICT (feature) DO UPDATE SET df = feature_df.df + 1`, [features]);
  }
  if (retrieval.length > 0) {
    await tx.query(
      `WITH up AS (UPDATE feature_df d SET posted = d.posted + 1 WHERE d.feature = ANY($1::text[]) AND d.posted < $2 RETURNING d.feature)
       INSERT INTO feature_postings (feature, article_seq) SELECT feature, $3::bigint FROM up`, [retrieval, MAX_POSTING, row!.seq]);
  }
  await tx.query("UPDATE grouping_totals SET articles = articles + 1");
  return { storyId, created: true };
}
