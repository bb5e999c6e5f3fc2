// Story assignment for a batch of articles in one short transaction under the story lock. One
// query finds, for every new article, the stories of the stored articles it shares enough keys
// with; the batch is then placed in memory in order, exactly as if its articles were assigned
// one at a time (each sees the stored corpus and the batch articles before it); a few set-based
// statements write the outcome. Workers annotate in parallel and leave their articles' keys in
// assign_pending; whichever holds the lock assigns what is pending in queue order (the others do
// not wait for it), so one worker or ten build the same stories.
import type { Driver, Queryable } from "./driver.js";
import { enqueue } from "./queue.js";
import type { AssignResult, Assignment, PendingOptions, PendingResult } from "./store.js";

export const STORY_LOCK = 7_340_022;
/**
 * Two articles match when they share 40 % of the smaller key set and a fifth of the larger; a new
 * article joins the story holding most of its matches (the oldest on a tie), or starts one.
 * Stories are never merged: merging the stories an article links (connected components) chained
 * 5,565 of the 10,000 articles of `npm run bench store` into one story (pairwise precision 0.04);
 * joining the best story keeps the largest at 475 (precision 0.66, recall 0.68 against the ECB+
 * events the texts come from), and on the 684 ../shared/eval/news-clusters/dev.jsonl articles
 * gives 207 stories, precision 0.64, recall 0.53 (merging at half and a quarter: 0.68, 0.53).
 * The price: which story an article joins depends on arrival order, as in any online grouping.
 */
export const MIN_SHARE = 0.4;
export const MIN_SHARE_OF_LARGER = 0.2;

/** Story change times are kept to the millisecond, as clients see them (ISO strings). */
export const NOW_MS = "date_trunc('milliseconds', clock_timestamp())";

export const sharesEnough = (shared: number, aKeys: number, bKeys: number): boolean =>
  shared >= MIN_SHARE * Math.max(1, Math.min(aKeys, bKeys)) && shared >= MIN_SHARE_OF_LARGER * Math.max(aKeys, bKeys);

/** A stored story a batch article matches: how many of its articles match, and its creation order. */
export interface StoryMatch {
  readonly storyId: string;
  readonly seq: number;
  readonly votes: number;
}

/** What the batch found in the store: stories already holding some of its articles, and each new article's matching stories. */
export interface Found {
  /** Article id → its story, for batch articles assigned before (retried jobs). */
  readonly prior: ReadonlyMap<string, string>;
  /** Batch index → stored stories it matches (a story may appear more than once; votes add up). */
  readonly matches: ReadonlyMap<number, readonly StoryMatch[]>;
}

export interface Plan {
  readonly results: readonly AssignResult[];
  /** Stories created by the batch, in creation order. */
  readonly created: readonly { readonly id: string; readonly title: string }[];
  /** Stored stories that gained articles. */
  readonly touched: readonly string[];
  /** Rows for story_articles and article_keys. */
  readonly placed: readonly { readonly articleId: string; readonly storyId: string; readonly keys: readonly string[] }[];
}

/** Places the batch in order, as one-at-a-time assignment would. Keys must be deduplicated. */
export function planAssignments(batch: readonly Assignment[], found: Found): Plan {
  const order = new Map<string, number>();
  let nextNew = 2 ** 52;
  const storyOf = new Map<string, string>(found.prior);
  const byKey = new Map<string, number[]>();
  const results: AssignResult[] = [];
  const created: { id: string; title: string }[] = [];
  const touched = new Set<string>();
  const placed: { articleId: string; storyId: string; keys: readonly string[] }[] = [];

  batch.forEach((a, i) => {
    const before = storyOf.get(a.articleId);
    if (before !== undefined) {
      results.push({ storyId: before, created: false });
      return;
    }
    const votes = new Map<string, number>();
    for (const m of found.matches.get(i) ?? []) {
      if (!order.has(m.storyId)) order.set(m.storyId, m.seq);
      votes.set(m.storyId, (votes.get(m.storyId) ?? 0) + m.votes);
    }
    const shared = new Map<number, number>();
    for (const k of a.keys) for (const j of byKey.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const b = batch[j]!;
      if (!sharesEnough(n, a.keys.length, b.keys.length)) continue;
      const s = storyOf.get(b.articleId)!;
      votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    let storyId: string | undefined;
    for (const [s, v] of votes) {
      const best = storyId === undefined ? 0 : votes.get(storyId)!;
      if (v > best || (v === best && order.get(s)! < order.get(storyId!)!)) storyId = s;
    }
    if (storyId === undefined) {
      storyId = `s-${a.articleId.slice(0, 12)}`;
      order.set(storyId, nextNew++);
      created.push({ id: storyId, title: a.title });
    } else if (order.get(storyId)! < 2 ** 52) {
      touched.add(storyId);
    }
    storyOf.set(a.articleId, storyId);
    for (const k of a.keys) {
      const list = byKey.get(k);
      if (list) list.push(i); else byKey.set(k, [i]);
    }
    placed.push({ articleId: a.articleId, storyId, keys: a.keys });
    results.push({ storyId, created: true });
  });
  return { results, created, touched: [...touched], placed };
}

/**
 * Longest entity key stored, in UTF-8 bytes. A B-tree index row holds at most about 2.7 KB, and a
 * longer key (a 3,000-letter "name" in a hostile article) would fail every assignment batch it is
 * in, and with queue order every batch after it. Real names are far shorter.
 */
export const MAX_KEY_BYTES = 200;

/** The keys assignment uses: distinct, and none too long to index. */
export const usableKeys = (keys: readonly string[]): string[] =>
  [...new Set(keys)].filter((k) => k.length > 0 && Buffer.byteLength(k, "utf8") <= MAX_KEY_BYTES);

/** A key shared by more stored articles than this links a new article only to its most recent ones. */
export const KEY_WINDOW = 50;

const BATCH_KEYS = `b AS (SELECT idx, key FROM unnest($1::int[], $2::text[]) AS b(idx, key)),
  n AS (SELECT idx, count(*)::int AS n FROM b GROUP BY idx)`;
/** sharesEnough, in SQL: m.shared of n.n (the new article's keys) and m.n_keys (the stored one's). */
const ENOUGH = `m.shared >= ${MIN_SHARE} * greatest(1, least(n.n, m.n_keys)) AND m.shared >= ${MIN_SHARE_OF_LARGER} * greatest(n.n, m.n_keys)`;
/** The story of article `x.article_id`, by primary key (LIMIT keeps the planner from scanning story_articles whole). */
const STORY_OF = (x: string) => `CROSS JOIN LATERAL (SELECT sa.story_id, s.seq FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ${x}.article_id LIMIT 1) st`;

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
      const changed = [...plan.created.map((c) => c.id), ...plan.touched];
      if (opts.jobs && changed.length > 0) {
        const facts = await tx.query<{ id: string; articles: number; report_age_ms: number | null }>(
          `SELECT s.id, (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)::int AS articles,
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

/** Places a batch under the story lock: each article's matching stored stories (each key's recent articles), then the plan, written. */
async function place(tx: Queryable, input: readonly Assignment[]): Promise<Plan> {
  const batch = input.map((a) => ({ ...a, keys: usableKeys(a.keys) }));
  const idx: number[] = [];
  const keys: string[] = [];
  batch.forEach((a, i) => { for (const k of a.keys) { idx.push(i); keys.push(k); } });
  const ids = [...new Set(batch.map((a) => a.articleId))];
  const prior = new Map((await tx.query<{ article_id: string; story_id: string }>(
    "SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])", [ids])).map((r) => [r.article_id, r.story_id]));
  const rows = keys.length === 0 ? [] : await tx.query<MatchRow>(
    `WITH ${BATCH_KEYS},
       w AS (SELECT k.key, r.article_id, r.n_keys FROM (SELECT DISTINCT key FROM b) k
             CROSS JOIN LATERAL (SELECT article_id, n_keys FROM article_keys ak WHERE ak.key = k.key ORDER BY ak.pos DESC LIMIT $3) r),
       m AS (SELECT b.idx, w.article_id, min(w.n_keys) AS n_keys, count(*) AS shared FROM b JOIN w ON w.key = b.key GROUP BY b.idx, w.article_id)
     SELECT m.idx, st.story_id, st.seq::text AS seq, count(*)::int AS votes FROM m JOIN n ON n.idx = m.idx ${STORY_OF("m")} WHERE ${ENOUGH}
     GROUP BY m.idx, st.story_id, st.seq`,
    [idx, keys, KEY_WINDOW]);
  const matches = new Map<number, StoryMatch[]>();
  for (const r of rows) {
    const m = { storyId: r.story_id, seq: Number(r.seq), votes: r.votes };
    const list = matches.get(r.idx);
    if (list) list.push(m); else matches.set(r.idx, [m]);
  }
  const plan = planAssignments(batch, { prior, matches });
  await write(tx, plan);
  return plan;
}

interface MatchRow { idx: number; story_id: string; seq: string; votes: number }

async function write(tx: Queryable, plan: Plan): Promise<void> {
  if (plan.created.length > 0) {
    await tx.query(
      `INSERT INTO stories (id, title, updated_at) SELECT id, title, ${NOW_MS} FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(id, title, n)
       ORDER BY n ON CONFLICT (id) DO NOTHING`,
      [plan.created.map((s) => s.id), plan.created.map((s) => s.title)]);
  }
  if (plan.touched.length > 0) await tx.query(`UPDATE stories SET updated_at = ${NOW_MS} WHERE id = ANY($1::text[])`, [plan.touched]);
  if (plan.placed.length === 0) return;
  const keyRows = plan.placed.flatMap((p) => p.keys.map((k) => [p.articleId, k, p.keys.length] as const));
  if (keyRows.length > 0) {
    await tx.query("INSERT INTO article_keys (article_id, key, n_keys) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])",
      [keyRows.map((r) => r[0]), keyRows.map((r) => r[1]), keyRows.map((r) => r[2])]);
  }
  await tx.query("INSERT INTO story_articles (article_id, story_id, n_keys) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])",
    [plan.placed.map((p) => p.articleId), plan.placed.map((p) => p.storyId), plan.placed.map((p) => p.keys.length)]);
}
