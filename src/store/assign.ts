// Story assignment for a batch of articles in one short transaction under the story lock. A few
// queries read what the batch needs from the store (document frequencies of its features, the
// newest stories' sums for the features it looks up, those stories' sizes); grouping.ts places the
// batch in memory in order, exactly as if its articles were assigned one at a time; a few
// set-based statements write the outcome. Workers annotate in parallel and leave their articles'
// features in assign_pending; whichever holds the lock assigns what is pending in queue order (the
// others do not wait for it), so one worker or ten build the same stories.
import type { Driver, Queryable } from "./driver.js";
import { lookups, planAssignments, weighBatch, WINDOW, type Plan, type Posting } from "./grouping.js";
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
      const changed = [...plan.gained.keys()];
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

/** Places a batch under the story lock: reads what the plan needs, plans, writes. */
async function place(tx: Queryable, batch: readonly Assignment[]): Promise<Plan> {
  const ids = [...new Set(batch.map((a) => a.articleId))];
  const prior = new Map((await tx.query<{ article_id: string; story_id: string }>(
    "SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])", [ids])).map((r) => [r.article_id, r.story_id]));
  const features = [...new Set(batch.filter((a) => !prior.has(a.articleId)).flatMap((a) => a.keys))];
  // Arrays, not a row per feature: PGlite builds rows as objects, at about twice the cost.
  const [known] = await tx.query<{ features: string[] | null; df: number[] | null }>(
    "SELECT array_agg(feature) AS features, array_agg(df) AS df FROM feature_df WHERE feature = ANY($1::text[])", [features]);
  const df = new Map((known?.features ?? []).map((f, i) => [f, known!.df![i]!]));
  const [totals] = await tx.query<{ articles: string }>("SELECT articles::text FROM grouping_totals");
  const weighed = weighBatch(batch, prior, df, Number(totals?.articles ?? 0));
  const looked = lookups(weighed);
  const [found] = looked.length === 0 ? [] : await tx.query<{ features: string[] | null; seqs: string[] | null; weights: number[] | null }>(
    `SELECT array_agg(f.feature) AS features, array_agg(r.story_seq::text) AS seqs, array_agg(r.weight) AS weights
     FROM unnest($1::text[]) AS f(feature)
     CROSS JOIN LATERAL (SELECT t.story_seq, t.weight FROM story_terms t WHERE t.feature = f.feature ORDER BY t.story_seq DESC LIMIT $2) r`,
    [looked, WINDOW]);
  const seqs = found?.seqs ?? [];
  const named = [...new Set(seqs)];
  const facts = named.length === 0 ? [] : await tx.query<{ id: string; seq: string; articles: number }>(
    "SELECT id, seq::text AS seq, articles FROM stories WHERE seq = ANY($1::bigint[])", [named]);
  const idOf = new Map(facts.map((r) => [r.seq, r.id]));
  const stories = new Map(facts.map((r) => [r.id, { seq: Number(r.seq), articles: r.articles }]));
  const postings = new Map<string, Posting[]>();
  seqs.forEach((seq, i) => {
    const feature = found!.features![i]!;
    const p = { storyId: idOf.get(seq)!, weight: found!.weights![i]! };
    const list = postings.get(feature);
    if (list) list.push(p); else postings.set(feature, [p]);
  });
  const plan = planAssignments(batch, weighed, { prior, postings, stories });
  await write(tx, plan, df);
  return plan;
}

/** Writes the plan; `known` holds the features feature_df had before the batch. */
// Joins to a batch of ids also say "id = ANY(ids)": otherwise the planner hashes the batch and
// scans the whole table (feature_df at 10k articles: 80k rows a batch, growing with the store).
async function write(tx: Queryable, plan: Plan, known: ReadonlyMap<string, number>): Promise<void> {
  if (plan.placed.length === 0) return;
  if (plan.created.length > 0) {
    await tx.query(
      `INSERT INTO stories (id, title, updated_at) SELECT id, title, ${NOW_MS} FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(id, title, n)
       ORDER BY n ON CONFLICT (id) DO NOTHING`,
      [plan.created.map((s) => s.id), plan.created.map((s) => s.title)]);
  }
  const gained = [...plan.gained];
  await tx.query(
    `UPDATE stories s SET articles = s.articles + g.n, updated_at = ${NOW_MS} FROM unnest($1::text[], $2::int[]) AS g(id, n)
     WHERE s.id = g.id AND s.id = ANY($1::text[])`,
    [gained.map(([id]) => id), gained.map(([, n]) => n)]);
  await tx.query("INSERT INTO story_articles (article_id, story_id, n_keys) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])",
    [plan.placed.map((p) => p.articleId), plan.placed.map((p) => p.storyId), plan.placed.map((p) => p.features)]);
  if (plan.terms.length > 0) {
    await tx.query(
      `INSERT INTO story_terms (feature, story_seq, weight)
       SELECT t.feature, s.seq, t.added FROM unnest($1::text[], $2::text[], $3::float8[]) AS t(story_id, feature, added)
       JOIN stories s ON s.id = t.story_id AND s.id = ANY($1::text[])
       ON CONFLICT (feature, story_seq) DO UPDATE SET weight = story_terms.weight + EXCLUDED.weight`,
      [plan.terms.map((t) => t.storyId), plan.terms.map((t) => t.feature), plan.terms.map((t) => t.added)]);
  }
  // Most features are known: updating those and inserting the rest costs less than one upsert of all.
  const df = [...plan.df];
  const seen = df.filter(([f]) => known.has(f));
  const fresh = df.filter(([f]) => !known.has(f));
  if (seen.length > 0) {
    await tx.query("UPDATE feature_df d SET df = d.df + x.n FROM unnest($1::text[], $2::int[]) AS x(feature, n) WHERE d.feature = x.feature AND d.feature = ANY($1::text[])",
      [seen.map(([f]) => f), seen.map(([, n]) => n)]);
  }
  if (fresh.length > 0) {
    await tx.query(
      `INSERT INTO feature_df (feature, df) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (feature) DO UPDATE SET df = feature_df.df + EXCLUDED.df`,
      [fresh.map(([f]) => f), fresh.map(([, n]) => n)]);
  }
  await tx.query("UPDATE grouping_totals SET articles = articles + $1", [plan.placed.length]);
}
