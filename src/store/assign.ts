// Story assignment for a batch of articles in one short transaction under the story lock. One
// query finds, for every new article, the stories of the stored articles it shares enough keys
// with; the batch is then placed in memory in order, exactly as if its articles were assigned
// one at a time (each sees the stored corpus and the batch articles before it); a few set-based
// statements write the outcome. Lock hold time is a handful of round trips per batch, not per
// article, so workers spend their time annotating, in parallel.
import type { Driver, Queryable } from "./driver.js";
import type { AssignResult, Assignment } from "./store.js";

export const STORY_LOCK = 7_340_022;
/**
 * Two articles share a story when they share half the smaller key set and a quarter of the larger.
 * Half of the smaller set alone chained 573 of the 684 ../shared/eval/news-clusters/dev.jsonl
 * articles into one story, short articles linking long ones through one common key (pairwise
 * precision 0.02, F1 0.04 against its 60 clusters); with the quarter it gives 223 stories, the
 * largest 25 (precision 0.68, recall 0.53).
 */
export const MIN_SHARE = 0.5;
export const MIN_SHARE_OF_LARGER = 0.25;

/** Story change times are kept to the millisecond, as clients see them (ISO strings). */
export const NOW_MS = "date_trunc('milliseconds', clock_timestamp())";

export const sharesEnough = (shared: number, aKeys: number, bKeys: number): boolean =>
  shared >= MIN_SHARE * Math.max(1, Math.min(aKeys, bKeys)) && shared >= MIN_SHARE_OF_LARGER * Math.max(aKeys, bKeys);

/** What the batch found in the store: stories already holding some of its articles, and each new article's matching stories. */
export interface Found {
  /** Article id → its story, for batch articles assigned before (retried jobs). */
  readonly prior: ReadonlyMap<string, string>;
  /** Batch index → stored stories it matches, with their creation order. */
  readonly matches: ReadonlyMap<number, readonly { readonly storyId: string; readonly seq: number }[]>;
}

export interface Plan {
  readonly results: readonly AssignResult[];
  /** Stories created by the batch and still standing at its end, in creation order. */
  readonly created: readonly { readonly id: string; readonly title: string }[];
  /** Stored story → the story it was merged into. */
  readonly mergedInto: ReadonlyMap<string, string>;
  /** Stored stories that gained articles (or absorbed others). */
  readonly touched: readonly string[];
  /** Rows for story_articles and article_keys. */
  readonly placed: readonly { readonly articleId: string; readonly storyId: string; readonly keys: readonly string[] }[];
}

/** Places the batch in order, as one-at-a-time assignment would. Keys must be deduplicated. */
export function planAssignments(batch: readonly Assignment[], found: Found): Plan {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let r = s;
    while (parent.has(r)) r = parent.get(r)!;
    for (let x = s; x !== r; ) { const next = parent.get(x)!; parent.set(x, r); x = next; }
    return r;
  };
  const order = new Map<string, number>();
  const isNew = new Set<string>();
  let nextNew = 2 ** 52;
  const storyOf = new Map<string, string>(found.prior);
  const byKey = new Map<string, number[]>();
  const placedIdx: number[] = [];
  const titles = new Map<string, string>();
  const results: AssignResult[] = [];

  batch.forEach((a, i) => {
    const before = storyOf.get(a.articleId);
    if (before !== undefined) {
      results.push({ storyId: find(before), merged: [], created: false });
      return;
    }
    const stories = new Set<string>();
    for (const m of found.matches.get(i) ?? []) {
      if (!order.has(m.storyId)) order.set(m.storyId, m.seq);
      stories.add(find(m.storyId));
    }
    const shared = new Map<number, number>();
    for (const k of a.keys) for (const j of byKey.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const b = batch[j]!;
      if (sharesEnough(n, a.keys.length, b.keys.length)) stories.add(find(storyOf.get(b.articleId)!));
    }
    const [target, ...merged] = [...stories].sort((x, y) => order.get(x)! - order.get(y)!);
    let storyId = target;
    if (storyId === undefined) {
      storyId = `s-${a.articleId.slice(0, 12)}`;
      order.set(storyId, nextNew++);
      isNew.add(storyId);
      titles.set(storyId, a.title);
    }
    for (const m of merged) parent.set(m, storyId);
    storyOf.set(a.articleId, storyId);
    for (const k of a.keys) {
      const list = byKey.get(k);
      if (list) list.push(i); else byKey.set(k, [i]);
    }
    placedIdx.push(i);
    results.push({ storyId, merged, created: true });
  });

  const mergedInto = new Map<string, string>();
  const touched = new Set<string>();
  for (const s of order.keys()) {
    const root = find(s);
    if (isNew.has(s)) continue;
    if (root !== s) mergedInto.set(s, root);
    if (!isNew.has(root)) touched.add(root);
  }
  const placed = placedIdx.map((i) => {
    const a = batch[i]!;
    const storyId = find(storyOf.get(a.articleId)!);
    if (!isNew.has(storyId)) touched.add(storyId);
    return { articleId: a.articleId, storyId, keys: a.keys };
  });
  const created = [...isNew].filter((s) => find(s) === s).map((id) => ({ id, title: titles.get(id)! }));
  return { results, created, mergedInto, touched: [...touched].filter((s) => find(s) === s), placed };
}

/** A key shared by more stored articles than this links a new article only to its most recent ones. */
export const KEY_WINDOW = 50;

const BATCH_KEYS = `b AS (SELECT idx, key FROM unnest($1::int[], $2::text[]) AS b(idx, key)),
  n AS (SELECT idx, count(*)::int AS n FROM b GROUP BY idx)`;
/** sharesEnough, in SQL: m.shared of n.n (the new article's keys) and m.n_keys (the stored one's). */
const ENOUGH = `m.shared >= ${MIN_SHARE} * greatest(1, least(n.n, m.n_keys)) AND m.shared >= ${MIN_SHARE_OF_LARGER} * greatest(n.n, m.n_keys)`;
/** The story of article `x.article_id`, by primary key (LIMIT keeps the planner from scanning story_articles whole). */
const STORY_OF = (x: string) => `CROSS JOIN LATERAL (SELECT sa.story_id, s.seq FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ${x}.article_id LIMIT 1) st`;

/**
 * Assigns the batch; results are in batch order. The costly lookup (each key's recent articles)
 * runs before the lock, on a snapshot; under the lock only what was assigned since that snapshot
 * is looked up (article_keys.pos grows in lock order), and the snapshot's matches are mapped to
 * their current stories (merges since then).
 */
export async function assignBatch(db: Driver, input: readonly Assignment[]): Promise<AssignResult[]> {
  const batch = input.map((a) => ({ ...a, keys: [...new Set(a.keys)] }));
  const idx: number[] = [];
  const keys: string[] = [];
  batch.forEach((a, i) => { for (const k of a.keys) { idx.push(i); keys.push(k); } });
  const seen = keys.length === 0 ? [] : await db.query<{ hw: string; idx: number | null; article_id: string | null }>(
    `WITH ${BATCH_KEYS},
       w AS (SELECT k.key, r.article_id, r.n_keys FROM (SELECT DISTINCT key FROM b) k
             CROSS JOIN LATERAL (SELECT article_id, n_keys FROM article_keys ak WHERE ak.key = k.key ORDER BY ak.pos DESC LIMIT $3) r),
       m AS (SELECT b.idx, w.article_id, min(w.n_keys) AS n_keys, count(*) AS shared FROM b JOIN w ON w.key = b.key GROUP BY b.idx, w.article_id),
       found AS (SELECT DISTINCT ON (m.idx, st.story_id) m.idx, m.article_id FROM m JOIN n ON n.idx = m.idx ${STORY_OF("m")} WHERE ${ENOUGH})
     SELECT (SELECT coalesce(max(pos), 0) FROM article_keys)::text AS hw, found.idx, found.article_id FROM (SELECT 1) one LEFT JOIN found ON true`,
    [idx, keys, KEY_WINDOW]);
  const hw = seen[0]?.hw ?? "0";
  const reps = seen.filter((r) => r.article_id !== null);
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK]);
    const ids = [...new Set(batch.map((a) => a.articleId))];
    const prior = new Map((await tx.query<{ article_id: string; story_id: string }>(
      "SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])", [ids])).map((r) => [r.article_id, r.story_id]));
    const matches = new Map<number, { storyId: string; seq: number }[]>();
    if (keys.length > 0) {
      const rows = await tx.query<{ idx: number; story_id: string; seq: string }>(
        `WITH ${BATCH_KEYS},
           m AS (SELECT b.idx, ak.article_id, min(ak.n_keys) AS n_keys, count(*) AS shared FROM article_keys ak JOIN b ON b.key = ak.key
                 WHERE ak.pos > $3::bigint GROUP BY b.idx, ak.article_id),
           c AS (SELECT m.idx, m.article_id FROM m JOIN n ON n.idx = m.idx WHERE ${ENOUGH}
                 UNION ALL SELECT * FROM unnest($4::int[], $5::text[]))
         SELECT DISTINCT c.idx, st.story_id, st.seq::text AS seq FROM c ${STORY_OF("c")}`,
        [idx, keys, hw, reps.map((r) => r.idx), reps.map((r) => r.article_id)]);
      for (const r of rows) {
        const m = { storyId: r.story_id, seq: Number(r.seq) };
        const list = matches.get(r.idx);
        if (list) list.push(m); else matches.set(r.idx, [m]);
      }
    }
    const plan = planAssignments(batch, { prior, matches });
    await write(tx, plan);
    return [...plan.results];
  });
}

async function write(tx: Queryable, plan: Plan): Promise<void> {
  if (plan.created.length > 0) {
    await tx.query(
      `INSERT INTO stories (id, title, updated_at) SELECT id, title, ${NOW_MS} FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(id, title, n)
       ORDER BY n ON CONFLICT (id) DO NOTHING`,
      [plan.created.map((s) => s.id), plan.created.map((s) => s.title)]);
  }
  if (plan.mergedInto.size > 0) {
    const [from, to] = [[...plan.mergedInto.keys()], [...plan.mergedInto.values()]];
    await tx.query("UPDATE story_articles sa SET story_id = m.target FROM unnest($1::text[], $2::text[]) AS m(source, target) WHERE sa.story_id = m.source", [from, to]);
    await tx.query("DELETE FROM stories WHERE id = ANY($1::text[])", [from]);
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
