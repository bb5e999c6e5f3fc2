// Story assignment in short transactions under the story lock. Each article is placed in turn
// with analyze's clusterer (grouping.ts): its candidates come from the capped posting lists of its
// rare features, the stories of the close ones and the article are clustered together, and the
// article joins a story, starts one, or joins one that others merge into. Workers annotate in
// parallel and leave their articles' features in assign_pending; whichever holds the lock assigns
// what is pending in queue order (the others do not wait for it), so one worker or ten build the
// same stories, and a batch builds what its articles build one at a time.
import type { Driver, Queryable } from "./driver.js";
import {
  bridgePeople, continues, DEFAULT_WINDOW_DAYS, dfFeatures, dfFeaturesOf, hasNoText, keptKeys, nearStories, placement, post, publishedDay, retrievalFeatures,
  searched, storeIdf, STORY_SAMPLE, storyIdFor, timeReach, topCandidates, type NewArticle, type Placement, type PostingState, type StoredArticle,
} from "./grouping.js";
import { enqueue } from "./queue.js";
import type { AssignResult, Assignment, PendingOptions, PendingResult } from "./store.js";

export const STORY_LOCK = 7_340_022;

/**
 * The story lock of this store: advisory locks belong to the whole database, so the key pairs
 * STORY_LOCK with the store's schema. Stores in other schemas of one database (test runs,
 * benchmarks, several newsrooms) then assign at the same time instead of waiting for each other.
 */
export const storyLock = (fn: "pg_advisory_xact_lock" | "pg_try_advisory_xact_lock"): string =>
  `${fn}(${STORY_LOCK}, hashtext(current_schema()))`;

/**
 * What placements in this process read, summed: articles placed, postings read, candidates and
 * near-story members weighed. The per-article work free of the machine's load (benchmarks, tests).
 */
export const placementReads = { articles: 0, postings: 0, candidates: 0, members: 0 };

/**
 * Pending articles assigned per transaction. Each placement updates its story's row, and a story
 * row stays locked until the transaction ends: another worker saving that story's analysis waits
 * for it. At ~35 ms a placement on a loaded machine, 500 a transaction kept rows locked ~17 s (a
 * second worker's report saves took 134 s of a 10k run, 12 s with one worker); 64 keep it near 2 s. Same stories: a
 * batch gives what its articles give one at a time.
 */
export const PENDING_BATCH = 64;

/** Story change times are kept to the millisecond, as clients see them (ISO strings). */
export const NOW_MS = "date_trunc('milliseconds', clock_timestamp())";

/** Assigns the batch in order, waiting for the story lock; results are in batch order. */
export async function assignBatch(db: Driver, input: readonly Assignment[], windowDays = DEFAULT_WINDOW_DAYS): Promise<AssignResult[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT ${storyLock("pg_advisory_xact_lock")}`);
    return [...(await place(tx, keyCache(db), dfCache(db), input, windowDays)).results];
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
  let busy = false;
  for (;;) {
    const r = await db.transaction(async (tx) => {
      const locked = await tx.query<{ ok: boolean }>(`SELECT ${opts.wait ? `true AS ok, ${storyLock("pg_advisory_xact_lock")}` : `${storyLock("pg_try_advisory_xact_lock")} AS ok`}`);
      if (!locked[0]?.ok) {
        busy = true;
        return null;
      }
      const rows = await tx.query<{ job_id: string; article_id: string; title: string; keys: string[] }>(
        `SELECT p.job_id::text AS job_id, p.article_id, p.title, p.keys FROM assign_pending p
         WHERE p.job_id < coalesce((SELECT min(id) FROM jobs WHERE kind = 'assign' AND state IN ('queued', 'running')), 9223372036854775807)
         ORDER BY p.job_id LIMIT $1`, [opts.batch ?? PENDING_BATCH]);
      if (rows.length === 0) return null;
      const plan = await place(tx, keyCache(db), dfCache(db), rows.map((p) => ({ articleId: p.article_id, title: p.title, keys: p.keys })), opts.windowDays ?? DEFAULT_WINDOW_DAYS);
      await tx.query("DELETE FROM assign_pending WHERE job_id = ANY($1::bigint[])", [rows.map((p) => p.job_id)]);
      const changed = [...plan.gained];
      if (opts.jobs && changed.length > 0) {
        const facts = await tx.query<{ id: string; articles: number; report_age_ms: number | null; new_articles: number | null }>(
          `SELECT s.id, s.articles, s.articles - s.report_articles AS new_articles,
                  (extract(epoch FROM clock_timestamp() - s.report_at) * 1000)::float8 AS report_age_ms
           FROM stories s WHERE s.id = ANY($1::text[])`, [changed]);
        await enqueue(tx, facts.flatMap((f) => opts.jobs!(f.id, { articles: f.articles, reportAgeMs: f.report_age_ms, newArticles: f.new_articles })));
      }
      return { n: rows.length, stories: changed.length, full: rows.length === (opts.batch ?? PENDING_BATCH) };
    });
    if (!r) break;
    assigned += r.n;
    stories += r.stories;
    if (!r.full) break;
  }
  return busy ? { assigned, stories, busy } : { assigned, stories };
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
async function place(tx: Queryable, keys: KeyCache, dfs: DfCache, batch: readonly Assignment[], windowDays: number): Promise<Plan> {
  const plan: Plan = { results: [], gained: new Set() };
  const counts = new BatchCounts();
  const first = await batchKnown(tx, batch);
  const known: BatchKnown = { ...first, ahead: await readAhead(tx, batch, first, windowDays) };
  dfs.check(known.lastSeq);
  const placed = new Set<string>();
  for (const a of batch) {
    // An article met a second time in one batch reads where the first placement left it.
    const prior = placed.has(a.articleId) ? undefined : known;
    placed.add(a.articleId);
    plan.results.push(await placeOne(tx, keys, dfs, counts, a, plan.gained, windowDays, prior));
  }
  await counts.flush(tx, dfs);
  return plan;
}

/**
 * What every placement of a batch reads first, read for the whole batch in one statement: the
 * story each article is already in, its features' stored counts and posting-list states, and the
 * store's article total and last seq. None of these is written before the batch's end (counts and
 * postings are flushed then, BatchCounts adds the batch's own) except the articles' stories,
 * which only the batch's own placements change: the same values each placement read one at a
 * time, at one round trip a batch instead of one an article (the lock holder's critical path).
 */
interface BatchKnown {
  readonly lastSeq: string | null;
  readonly articles: number;
  readonly prior: ReadonlyMap<string, string>;
  readonly df: ReadonlyMap<string, number>;
  readonly lists: ReadonlyMap<string, PostingState>;
  /** Stored postings read ahead for each article of the batch (see readAhead), by article id. */
  readonly ahead?: ReadonlyMap<string, Ahead>;
}

/**
 * Stored postings read ahead for one article, with the batch's first reads: those of its retrieval
 * features as the counts stood before the batch plus AHEAD_TOPIC_TERMS more topic words (the
 * batch's own articles can make a few of its words commoner, and others take their place among
 * the rarest), and all of the people that were rare then (counts only grow within a batch, so
 * the rare people at its placement are among them). Each row keeps its day, so the placement picks
 * exactly the rows its own query would have read; when its features are not all covered it reads
 * them itself.
 */
interface Ahead {
  readonly retrieval: ReadonlySet<string>;
  readonly bridges: ReadonlySet<string>;
  readonly rows: readonly { readonly feature: string; readonly seq: number; readonly day: number | null }[];
}

const AHEAD_TOPIC_TERMS = 12;

/** The postings query of one article: the parts a posting must meet one of (store/grouping.ts: window, undated, recalled days, rare people). */
function postingParts(retrieval: readonly string[], reach: ReturnType<typeof timeReach>, bridges: readonly string[], params: unknown[]): string[] {
  const r = `$${params.push(retrieval)}::text[]`;
  return reach.open === null ? [`feature = ANY(${r})`] : [
    `feature = ANY(${r}) AND day >= $${params.push(reach.open)}`,
    `feature = ANY(${r}) AND day IS NULL`,
    ...reach.recalled.map(([lo, hi]) => `feature = ANY(${r}) AND day BETWEEN $${params.push(lo)} AND $${params.push(hi)}`),
    ...(bridges.length > 0 ? [`feature = ANY($${params.push(bridges)}::text[])`] : []),
  ];
}

/** Reads ahead the postings of every article of the batch (Ahead), in one statement. */
async function readAhead(tx: Queryable, batch: readonly Assignment[], known: BatchKnown, windowDays: number): Promise<Map<string, Ahead>> {
  const params: unknown[] = [];
  const plans: { id: string; retrieval: string[]; bridges: string[]; parts: string[] }[] = [];
  const seen = new Set<string>();
  for (const input of batch) {
    if (seen.has(input.articleId) || known.prior.has(input.articleId)) continue;
    seen.add(input.articleId);
    const a: NewArticle = { articleId: input.articleId, title: input.title, keys: keptKeys(input.keys) };
    if (hasNoText(a)) continue;
    const idf = storeIdf(known.articles, known.df, a);
    const retrieval = retrievalFeatures(a, idf, AHEAD_TOPIC_TERMS);
    if (retrieval.length === 0) continue;
    const reach = timeReach(a, windowDays);
    const bridges = reach.open === null ? [] : bridgePeople(a, idf);
    plans.push({ id: input.articleId, retrieval, bridges, parts: postingParts(retrieval, reach, bridges, params) });
  }
  const ahead = new Map<string, Ahead>();
  if (plans.length === 0) return ahead;
  const rows = await tx.query<{ i: number; features: string[] | null; seqs: string[] | null; days: (number | null)[] | null }>(
    `SELECT i, array_agg(feature) AS features, array_agg(article_seq::text) AS seqs, array_agg(day) AS days FROM (
       ${plans.map((p, i) => `SELECT ${i} AS i, feature, article_seq, day FROM (${p.parts.map((w) => `SELECT feature, article_seq, day FROM feature_postings WHERE ${w}`).join(" UNION ")}) p${i}`).join(" UNION ALL ")}
     ) x GROUP BY i`, params);
  const byIndex = new Map(rows.map((r) => [Number(r.i), r]));
  plans.forEach((p, i) => {
    const r = byIndex.get(i);
    ahead.set(p.id, {
      retrieval: new Set(p.retrieval), bridges: new Set(p.bridges),
      rows: (r?.features ?? []).map((feature, k) => ({ feature, seq: Number(r!.seqs![k]!), day: r!.days![k] ?? null })),
    });
  });
  return ahead;
}

async function batchKnown(tx: Queryable, batch: readonly Assignment[]): Promise<BatchKnown> {
  const features = [...new Set(batch.flatMap((a) => dfFeatures(keptKeys(a.keys))))];
  const [row] = await tx.query<{ seq: string | null; articles: string | null; ids: string[] | null; stories: string[] | null; features: string[] | null; df: number[] | null; posted: number[] | null; epoch: (number | null)[] | null }>(
    `SELECT (SELECT max(seq)::text FROM story_articles) AS seq,
            (SELECT articles::text FROM grouping_totals) AS articles,
            (SELECT array_agg(article_id) FROM story_articles WHERE article_id = ANY($2::text[])) AS ids,
            (SELECT array_agg(story_id) FROM story_articles WHERE article_id = ANY($2::text[])) AS stories,
            array_agg(feature) AS features, array_agg(df) AS df, array_agg(posted) AS posted, array_agg(epoch_day) AS epoch
     FROM feature_df WHERE feature = ANY($1::text[])`, [features, batch.map((a) => a.articleId)]);
  const fs = row?.features ?? [];
  return {
    lastSeq: row?.seq ?? null,
    articles: Number(row?.articles ?? 0),
    prior: new Map((row?.ids ?? []).map((id, i) => [id, row!.stories![i]!])),
    df: new Map(fs.map((f, i) => [f, row!.df![i]!])),
    lists: new Map(fs.map((f, i): [string, PostingState] => [f, { posted: row!.posted![i]!, epochDay: row!.epoch?.[i] ?? null }])),
  };
}

/**
 * The feature counts, postings and total a batch adds, kept here and written once at its end:
 * each article reads the tables plus what the articles before it in the batch added, exactly
 * what it would read had they been written one at a time (the batch holds the story lock), at
 * one statement per batch instead of three per article.
 */
class BatchCounts {
  articles = 0;
  /** The seq of the last article this batch placed. */
  private lastSeq = 0;
  private readonly df = new Map<string, number>();
  /** Posting lists this batch touched: their state as read first, and now. */
  private readonly lists = new Map<string, { readonly first: PostingState; now: PostingState }>();
  private readonly postings = new Map<string, { seq: number; day: number | null }[]>();

  /** Articles with `f` added in this batch. */
  dfOf(f: string): number { return this.df.get(f) ?? 0; }
  /** Postings of `f` added in this batch. */
  postingsOf(f: string): readonly { readonly seq: number; readonly day: number | null }[] { return this.postings.get(f) ?? []; }
  /** The state of `f`'s posting list: as this batch left it, or as stored (`stored`). */
  listOf(f: string, stored: PostingState): PostingState { return this.lists.get(f)?.now ?? stored; }

  /** Counts a placed article: its features, and the posting lists it was offered to (`offered`: the lists' states before it). */
  add(seq: number, day: number | null, features: readonly string[], offered: ReadonlyMap<string, PostingState>, windowDays: number): void {
    this.articles++;
    this.lastSeq = seq;
    for (const f of features) this.df.set(f, this.dfOf(f) + 1);
    for (const [f, before] of offered) {
      const r = post(before, day, windowDays);
      const list = this.lists.get(f);
      if (list) list.now = r.state; else this.lists.set(f, { first: before, now: r.state });
      if (!r.posted) continue;
      const seqs = this.postings.get(f);
      if (seqs) seqs.push({ seq, day }); else this.postings.set(f, [{ seq, day }]);
    }
  }

  async flush(tx: Queryable, dfs: DfCache): Promise<void> {
    if (this.articles === 0) return;
    dfs.added(this.df, this.lastSeq);
    const features = [...new Set([...this.df.keys(), ...this.lists.keys()])];
    const pf: string[] = [], ps: string[] = [], pd: (number | null)[] = [];
    for (const [f, list] of this.postings) for (const p of list) { pf.push(f); ps.push(String(p.seq)); pd.push(p.day); }
    // feature_df.posted moves by what this batch changed (a new period starts it again from 0);
    // the batch holds the story lock, so nothing else wrote it since it was read.
    const delta = (f: string) => { const l = this.lists.get(f); return l ? l.now.posted - l.first.posted : 0; };
    const epoch = (f: string) => this.lists.get(f)?.now.epochDay ?? null;
    await tx.query(
      `WITH counted AS (
         INSERT INTO feature_df AS d (feature, df, posted, epoch_day)
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $7::int[])
         ON CONFLICT (feature) DO UPDATE SET df = d.df + EXCLUDED.df, posted = d.posted + EXCLUDED.posted, epoch_day = coalesce(EXCLUDED.epoch_day, d.epoch_day)
       ), posted AS (
         INSERT INTO feature_postings (feature, article_seq, day) SELECT * FROM unnest($4::text[], $5::bigint[], $8::int[])
       )
       UPDATE grouping_totals SET articles = articles + $6`,
      [features, features.map((f) => this.dfOf(f)), features.map(delta), pf, ps, this.articles, features.map(epoch), pd]);
  }
}

/**
 * Placed articles' grouping features by seq. A placed article's features never change once
 * written (regroup only fills in missing ones), and reading them back is most of what a
 * placement would read (48 candidates and up to 40 articles of each near story, ~100 features
 * each), so each process keeps the ones it has read or written, per database, most recent last.
 * An entry counts only for the article it was kept for (a seq of another article is a miss).
 * Keeping the same array also keeps its parsed features (grouping.ts) across placements.
 */
export class KeyCache {
  private readonly bySeq = new Map<number, { readonly articleId: string; readonly keys: readonly string[] }>();
  constructor(private readonly capacity = 30_000) {}

  get(seq: number, articleId: string): readonly string[] | undefined {
    const e = this.bySeq.get(seq);
    if (!e || e.articleId !== articleId) return undefined;
    this.bySeq.delete(seq);
    this.bySeq.set(seq, e);
    return e.keys;
  }

  set(seq: number, articleId: string, keys: readonly string[]): void {
    this.bySeq.delete(seq);
    this.bySeq.set(seq, { articleId, keys });
    if (this.bySeq.size > this.capacity) this.bySeq.delete(this.bySeq.keys().next().value!);
  }

  get size(): number { return this.bySeq.size; }
}

const keyCaches = new WeakMap<Driver, KeyCache>();
function keyCache(db: Driver): KeyCache {
  let c = keyCaches.get(db);
  if (!c) keyCaches.set(db, (c = new KeyCache()));
  return c;
}

/**
 * Stored feature counts (feature_df.df) as this process last read or wrote them. The placement
 * weighs every feature of the candidates and near stories it reads (a few thousand), not only the
 * new article's, and those are mostly the same from one placement to the next. The counts change
 * only when a batch of placements is written, and each placed article takes a new seq (never
 * reused, even when its transaction is rolled back), so the entries are exact while the store's
 * last seq is the one this process last wrote or saw; any other seq clears them.
 */
export class DfCache {
  private readonly df = new Map<string, number>();
  private seq: string | null = null;
  /** Moves on whenever an entry may have gone (cleared, or the oldest dropped for room). */
  private generation = 0;
  /** Keys arrays whose features were all kept, and in which generation. */
  private readonly complete = new WeakMap<readonly string[], number>();
  constructor(private readonly capacity = 300_000) {}

  /** Clears the entries unless `lastSeq` (the store's highest story_articles.seq) is the one they were kept for. */
  check(lastSeq: string | null): void {
    if (lastSeq !== this.seq) {
      this.df.clear();
      this.generation++;
    }
    this.seq = lastSeq;
  }

  /**
   * Whether every feature of this stored article's keys is kept: true only when covered() said so
   * since the last time an entry may have gone. Saves checking a hundred features one by one for
   * each of the thousands of candidates and near-story articles a placement weighs.
   */
  covers(keys: readonly string[]): boolean {
    return this.complete.get(keys) === this.generation;
  }

  /** Notes that every feature of `keys` is kept, unless an entry may have gone since `generation` (the value of mark() then). */
  covered(keys: readonly string[], generation: number): void {
    if (generation === this.generation) this.complete.set(keys, generation);
  }

  /** The current generation, for covered(). */
  mark(): number {
    return this.generation;
  }

  /** The stored count of `feature`, or undefined when not kept. */
  get(feature: string): number | undefined {
    return this.df.get(feature);
  }

  set(feature: string, n: number): void {
    this.df.set(feature, n);
    if (this.df.size > this.capacity) {
      this.df.delete(this.df.keys().next().value!);
      this.generation++;
    }
  }

  /** A batch wrote `df` more articles per feature, the last of them with `lastSeq`. */
  added(df: ReadonlyMap<string, number>, lastSeq: number): void {
    for (const [f, n] of df) {
      const known = this.df.get(f);
      if (known !== undefined) this.df.set(f, known + n);
    }
    this.seq = String(lastSeq);
  }

  get size(): number { return this.df.size; }
}

const dfCaches = new WeakMap<Driver, DfCache>();
function dfCache(db: Driver): DfCache {
  let c = dfCaches.get(db);
  if (!c) dfCaches.set(db, (c = new DfCache()));
  return c;
}

/**
 * Makes sure `dfs` holds the stored count of every feature of `articles` (the ones it lacks read in
 * one query): the placement weighs the candidates' and near stories' features with them, as
 * analyze weighs every article's with the corpus's counts.
 */
async function countsOf(tx: Queryable, dfs: DfCache, articles: readonly StoredArticle[]): Promise<void> {
  const missing = new Set<string>();
  const generation = dfs.mark();
  const open = articles.filter((m) => !dfs.covers(m.keys));
  for (const m of open) for (const f of dfFeaturesOf(m.keys)) if (dfs.get(f) === undefined) missing.add(f);
  if (missing.size > 0) {
    const wanted = [...missing];
    const [found] = await tx.query<{ features: string[] | null; df: number[] | null }>(
      "SELECT array_agg(feature) AS features, array_agg(df) AS df FROM feature_df WHERE feature = ANY($1::text[])", [wanted]);
    const read = new Map((found?.features ?? []).map((f, i) => [f, found!.df![i]!]));
    for (const f of wanted) dfs.set(f, read.get(f) ?? 0);
  }
  // Marked only if no entry went meanwhile (a set that made room moves the generation on).
  for (const m of open) dfs.covered(m.keys, generation);
}

interface MemberRow { article_id: string; seq: string; story_id: string; story_seq: string; last_day?: number | null }
// The story's seq through its primary key, row by row: a join lets the planner hash the whole
// stories table for a few rows, which grows with the store.
const MEMBER_COLS = "sa.article_id, sa.seq::text AS seq, sa.story_id, (SELECT s.seq::text FROM stories s WHERE s.id = sa.story_id) AS story_seq";

/** Stored articles of the member rows, their features from the cache or, for the rest, read in one query. */
async function members(tx: Queryable, cache: KeyCache, rows: readonly MemberRow[]): Promise<StoredArticle[]> {
  const read = new Map<string, readonly string[]>();
  const missing = rows.filter((r) => cache.get(Number(r.seq), r.article_id) === undefined).map((r) => r.seq);
  if (missing.length > 0) {
    // One row of arrays, each article's keys joined by a unit separator: PGlite builds rows and nested arrays slowly.
    const [found] = await tx.query<{ seqs: string[] | null; ids: string[] | null; keys: (string | null)[] | null }>(
      `SELECT array_agg(seq::text) AS seqs, array_agg(article_id) AS ids, array_agg(array_to_string(keys, chr(31))) AS keys
       FROM story_articles WHERE seq = ANY($1::bigint[])`, [missing]);
    (found?.seqs ?? []).forEach((seq, i) => {
      const joined = found!.keys![i];
      if (joined === null || joined === undefined) return; // not filled in yet (placed before features were kept): none, not kept
      const keys = joined === "" ? [] : joined.split("\u001f");
      cache.set(Number(seq), found!.ids![i]!, keys);
      read.set(seq, keys);
    });
  }
  return rows.map((r) => ({
    articleId: r.article_id, seq: Number(r.seq), storyId: r.story_id, storySeq: Number(r.story_seq),
    keys: cache.get(Number(r.seq), r.article_id) ?? read.get(r.seq) ?? [],
  }));
}

/** Places one article (store/grouping.ts: candidates, near stories, placement) and writes the outcome. */
async function placeOne(tx: Queryable, cache: KeyCache, dfs: DfCache, counts: BatchCounts, input: Assignment, gained: Set<string>, windowDays: number, batch?: BatchKnown): Promise<AssignResult> {
  const a: NewArticle = { articleId: input.articleId, title: input.title, keys: keptKeys(input.keys) };
  const features = dfFeatures(a.keys);
  const day = publishedDay(a.keys);
  // Read with the batch's (batchKnown), or alone for an article met twice in one batch.
  // Arrays, not a row per feature: PGlite builds rows as objects, at about twice the cost.
  const known: BatchKnown = batch ?? await (async () => {
    const [r] = await tx.query<{ prior: string | null; features: string[] | null; df: number[] | null; posted: number[] | null; epoch: (number | null)[] | null; articles: string | null }>(
      `SELECT (SELECT story_id FROM story_articles WHERE article_id = $2) AS prior,
              array_agg(feature) AS features, array_agg(df) AS df, array_agg(posted) AS posted, array_agg(epoch_day) AS epoch,
              (SELECT articles::text FROM grouping_totals) AS articles
       FROM feature_df WHERE feature = ANY($1::text[])`, [features, input.articleId]);
    const fs = r?.features ?? [];
    return {
      lastSeq: null, articles: Number(r?.articles ?? 0),
      prior: new Map(r?.prior ? [[input.articleId, r.prior]] : []),
      df: new Map(fs.map((f, i) => [f, r!.df![i]!])),
      lists: new Map(fs.map((f, i): [string, PostingState] => [f, { posted: r!.posted![i]!, epochDay: r!.epoch?.[i] ?? null }])),
    };
  })();
  if (known.prior.has(input.articleId)) {
    // Placed before: its story now (an earlier placement of this batch may have merged or moved it).
    const [now] = batch ? await tx.query<{ story_id: string }>("SELECT story_id FROM story_articles WHERE article_id = $1", [input.articleId]) : [];
    return { storyId: now?.story_id ?? known.prior.get(input.articleId)!, created: false };
  }
  placementReads.articles++;
  const lists = known.lists;
  for (const f of features) dfs.set(f, known.df.get(f) ?? 0);
  // Every feature's count: as stored (kept in dfs, which countsOf fills for the candidates and near stories) and added by this batch.
  const df = { get: (f: string) => { const n = dfs.get(f); return n === undefined ? undefined : n + counts.dfOf(f); } };
  const idf = storeIdf(known.articles + counts.articles, df, a);
  const retrieval = hasNoText(a) ? [] : retrievalFeatures(a, idf);
  const reach = timeReach(a, windowDays);

  let placed: Placement = { storyId: null, merged: [], moved: [] };
  if (retrieval.length > 0) {
    // Only the postings of the window and of the days the article recalls, and all of a rare
    // person's: each part a range of the (feature, day) index, so what is read does not grow with
    // the archive.
    const bridges = reach.open === null ? [] : bridgePeople(a, idf);
    const postings = new Map<string, number[]>();
    const add = (f: string, seq: number) => {
      const list = postings.get(f);
      if (list) list.push(seq); else postings.set(f, [seq]);
    };
    // Read ahead with the batch's first reads when that covers this article's features (Ahead):
    // the rows its own query returns, picked by feature and day; else read here.
    const ahead = batch?.ahead?.get(a.articleId);
    if (ahead && retrieval.every((f) => ahead.retrieval.has(f)) && bridges.every((f) => ahead.bridges.has(f))) {
      const wanted = new Set(retrieval), rare = new Set(bridges);
      let n = 0;
      for (const r of ahead.rows) {
        if (!(rare.has(r.feature) || (wanted.has(r.feature) && searched(reach, r.day)))) continue;
        add(r.feature, r.seq);
        n++;
      }
      placementReads.postings += n;
    } else {
      const params: unknown[] = [];
      const parts = postingParts(retrieval, reach, bridges, params);
      const [found] = await tx.query<{ features: string[] | null; seqs: string[] | null }>(
        `SELECT array_agg(feature) AS features, array_agg(article_seq::text) AS seqs FROM (
           ${parts.map((w) => `SELECT feature, article_seq FROM feature_postings WHERE ${w}`).join(" UNION ")}
         ) p`, params);
      (found?.features ?? []).forEach((f, i) => add(f, Number(found!.seqs![i]!)));
      placementReads.postings += found?.features?.length ?? 0;
    }
    for (const f of retrieval) {
      for (const p of counts.postingsOf(f)) if (searched(reach, p.day) || bridges.includes(f)) add(f, p.seq);
    }
    const top = topCandidates(postings, idf);
    // The candidates, and with them the first STORY_SAMPLE articles of each of their stories: the
    // near stories are some of those, so their samples come in the same round trip (the lock
    // holder's path is a chain of round trips); nothing is written between the two reads.
    const rows = top.length === 0 ? [] : await tx.query<MemberRow & { top: boolean }>(
      `WITH c AS (SELECT sa.article_id, sa.seq, sa.story_id FROM story_articles sa WHERE sa.seq = ANY($1::bigint[]))
       SELECT true AS top, ${MEMBER_COLS}, (SELECT s.last_day FROM stories s WHERE s.id = sa.story_id) AS last_day FROM c sa
       UNION ALL
       SELECT false AS top, ${MEMBER_COLS}, NULL AS last_day FROM (SELECT DISTINCT story_id FROM c) n
         CROSS JOIN LATERAL (SELECT x.article_id, x.seq, x.story_id FROM story_articles x WHERE x.story_id = n.story_id ORDER BY x.seq LIMIT $2) sa`,
      [top.map(String), STORY_SAMPLE]);
    const found2 = rows.filter((r) => r.top);
    // A story quiet for longer than the window is closed, unless the article plainly continues it (grouping.ts).
    const open = reach.open;
    const closed = new Set(open === null ? [] : found2.filter((r) => r.last_day !== null && r.last_day !== undefined && r.last_day < open).map((r) => r.story_id));
    const all = await members(tx, cache, found2);
    const rare = new Set(bridges);
    const reopened = new Set(all.filter((c) => closed.has(c.storyId) && continues(a, c, rare)).map((c) => c.storyId));
    const candidates = closed.size === 0 ? all : all.filter((c) => !closed.has(c.storyId) || reopened.has(c.storyId));
    await countsOf(tx, dfs, candidates);
    const near = nearStories(a, candidates, idf);
    placementReads.candidates += candidates.length;
    if (near.length > 0) {
      // Each near story's sample, in the order of `near`, by seq: as read by story alone.
      const samples = new Map<string, MemberRow[]>(near.map((id) => [id, []]));
      for (const r of rows) if (!r.top) samples.get(r.story_id)?.push(r);
      const sampled = await members(tx, cache, [...samples.values()].flatMap((list) => list.sort((x, y) => Number(x.seq) - Number(y.seq))));
      const nearSet = new Set(near);
      const byId = new Map(sampled.map((m) => [m.articleId, m]));
      for (const c of candidates) if (nearSet.has(c.storyId)) byId.set(c.articleId, c);
      await countsOf(tx, dfs, sampled);
      placed = placement(a, [...byId.values()], idf);
      placementReads.members += byId.size;
    }
  }

  let storyId = placed.storyId;
  const reshaped = placed.merged.length > 0 || placed.moved.length > 0;
  // A new story's row goes with the article's (below), unless other articles move into it first.
  const starts = storyId === null && !reshaped;
  if (storyId === null) {
    storyId = storyIdFor(a.articleId);
    if (!starts) await tx.query(`INSERT INTO stories (id, title, updated_at) VALUES ($1, $2, ${NOW_MS}) ON CONFLICT (id) DO NOTHING`, [storyId, input.title]);
  }
  if (placed.moved.length > 0) {
    // Split off: their stories lose them (and go when left empty).
    const left = await tx.query<{ story_id: string }>(
      "UPDATE story_articles x SET story_id = $1 FROM story_articles o WHERE x.article_id = o.article_id AND x.article_id = ANY($2::text[]) RETURNING o.story_id",
      [storyId, placed.moved]);
    const from = [...new Set(left.map((r) => r.story_id))];
    await tx.query(
      `UPDATE stories s SET articles = (SELECT count(*)::int FROM story_articles x WHERE x.story_id = s.id),
         last_day = (SELECT max(x.day) FROM story_articles x WHERE x.story_id = s.id), updated_at = ${NOW_MS} WHERE s.id = ANY($1::text[])`, [from]);
    const emptied = (await tx.query<{ id: string }>("DELETE FROM stories WHERE id = ANY($1::text[]) AND articles = 0 RETURNING id", [from])).map((r) => r.id);
    for (const s of from) gained.add(s);
    for (const s of emptied) gained.delete(s);
  }
  if (placed.merged.length > 0) {
    await tx.query("UPDATE story_articles SET story_id = $1 WHERE story_id = ANY($2::text[])", [storyId, placed.merged]);
    await tx.query("DELETE FROM stories WHERE id = ANY($1::text[])", [placed.merged]);
    for (const m of placed.merged) gained.delete(m);
  }
  // The article's row and its story's count in one statement (statements within see the tables
  // as they were before it, hence + 1); its features' counts and postings go with the batch's. A
  // story it starts is inserted in the same statement with its count (or, when a story of that id
  // is there already, counted as the update below would), one round trip fewer.
  const [row] = await tx.query<{ seq: string }>(
    `WITH placed AS (
       INSERT INTO story_articles (article_id, story_id, n_keys, keys, day) VALUES ($1, $2, $3, $4::text[], $5::int) RETURNING seq
     ), story AS (
       ${starts
         ? `INSERT INTO stories AS s (id, title, articles, last_day, updated_at) VALUES ($2, $6, 1, $5::int, ${NOW_MS})
            ON CONFLICT (id) DO UPDATE SET articles = s.articles + 1, updated_at = ${NOW_MS}, last_day = greatest(s.last_day, $5::int)`
         : `UPDATE stories s SET articles = ${reshaped ? "(SELECT count(*)::int FROM story_articles x WHERE x.story_id = $2) + 1" : "s.articles + 1"}, updated_at = ${NOW_MS},
              last_day = greatest(${reshaped ? "(SELECT max(x.day) FROM story_articles x WHERE x.story_id = $2)" : "s.last_day"}, $5::int)
            WHERE s.id = $2`}
     )
     SELECT seq::text AS seq FROM placed`,
    [a.articleId, storyId, features.length, a.keys, day, ...(starts ? [input.title] : [])]);
  const seq = Number(row!.seq);
  cache.set(seq, a.articleId, a.keys);
  const none: PostingState = { posted: 0, epochDay: null };
  counts.add(seq, day, features, new Map(retrieval.map((f) => [f, counts.listOf(f, lists.get(f) ?? none)])), windowDays);
  gained.add(storyId);
  return { storyId, created: true };
}
