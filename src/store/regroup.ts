// Regrouping the store's stories. Online assignment (assign.ts) places each article once, in the
// order articles arrive, and never revisits a decision, so the stories depend on that order and
// an early article can start a story its later fellows never reach. `regroup` settles them the
// way `analyze` does: under the story lock it reads every assigned article, lets a settle
// function (store/settle.ts: analyze's order-independent clusterer) group them, and moves
// only the articles whose story changed. A story keeps its id when it keeps most of its articles
// (links to it stay good); the stories that changed get new titles and a new analysis; stories
// left empty are removed. Articles placed before the store kept their features get them now.
import type { Article } from "../domain/article.js";
import { ARTICLE_COLS_OF_A, toArticle, type ArticleRow } from "./article-rows.js";
import type { Driver, Queryable } from "./driver.js";
import { DEFAULT_WINDOW_DAYS, dfFeatures, hasNoText, keptKeys, MAX_POSTING, publishedDay, retrievalFeatures, storeIdf, storyIdFor } from "./grouping.js";
import { enqueue } from "./queue.js";
import { NOW_MS, storyLock } from "./assign.js";
import type { JobSpec, StoryFacts } from "./store.js";

/** An assigned article as regrouping reads it: its story now and its stored doc (null when another annotator made it). */
export interface RegroupSource {
  readonly article: Article;
  readonly storyId: string;
  readonly doc: Uint8Array | null;
}

/** What a settle function returns: every article it was given in exactly one group. */
export interface Settled {
  readonly groups: readonly { readonly title: string; readonly articleIds: readonly string[] }[];
  /** The article's grouping features (stories/features.ts groupingFeatures), for articles the store has none of. */
  readonly featuresOf: (articleId: string) => readonly string[];
}

export type Settle = (batches: AsyncIterable<readonly RegroupSource[]>) => Promise<Settled>;

export interface RegroupOptions {
  /** Docs made by this annotator are passed on; others come as null. */
  readonly annotator: string;
  /** Jobs to queue for each story that changed (e.g. its analysis). */
  readonly jobs?: (storyId: string, story: StoryFacts) => readonly JobSpec[];
  /** Articles read per query. */
  readonly batch?: number;
  /** Days of publication settled at a time (default DEFAULT_WINDOW_DAYS; Infinity: all at once). */
  readonly windowDays?: number;
  /** Called after each window is written, outside any transaction (progress; tests). */
  readonly onWindow?: (done: number, windows: number) => void | Promise<void>;
}

export interface RegroupResult {
  readonly articles: number;
  readonly storiesBefore: number;
  readonly storiesAfter: number;
  /** Articles now in another story. */
  readonly moved: number;
  /** Stories that gained or lost articles, or were created (still existing after). */
  readonly changed: number;
  readonly created: number;
  readonly removed: number;
  /** Windows of publication days settled one after another, each in its own short transaction. */
  readonly windows: number;
  /** The longest time the story lock was held, in ms. */
  readonly lockMs: number;
}

export interface RegroupPlan {
  /** Article → its story after regrouping, for the articles that move. */
  readonly moves: ReadonlyMap<string, string>;
  readonly created: readonly { readonly id: string; readonly title: string }[];
  /** Stories that exist after and gained or lost articles, with their new title and members. */
  readonly changed: ReadonlyMap<string, { readonly title: string; readonly articleIds: readonly string[] }>;
  /** Stories left without articles. */
  readonly removed: readonly string[];
  readonly storiesAfter: number;
}

/**
 * Which story id each settled group takes: a group keeps the id of the story most of its
 * articles are in now (the largest overlaps are matched first; each id goes to one group); the
 * others take a new id from their first article (as online assignment names stories), one no
 * story has now. Pure: the same input gives the same plan.
 */
export function planRegroup(current: ReadonlyMap<string, string>, groups: Settled["groups"], others: ReadonlySet<string> = new Set()): RegroupPlan {
  const ordered = groups.map((g) => ({ title: g.title, articleIds: [...g.articleIds].sort(cmp) })).filter((g) => g.articleIds.length > 0)
    .sort((a, b) => b.articleIds.length - a.articleIds.length || cmp(a.articleIds[0]!, b.articleIds[0]!));
  const overlaps: { group: number; story: string; n: number }[] = [];
  ordered.forEach((g, k) => {
    const count = new Map<string, number>();
    for (const id of g.articleIds) {
      const s = current.get(id);
      if (s !== undefined) count.set(s, (count.get(s) ?? 0) + 1);
    }
    for (const [story, n] of count) overlaps.push({ group: k, story, n });
  });
  overlaps.sort((a, b) => b.n - a.n || a.group - b.group || cmp(a.story, b.story));
  const idOf: (string | undefined)[] = ordered.map(() => undefined);
  const taken = new Set<string>();
  for (const o of overlaps) {
    if (idOf[o.group] !== undefined || taken.has(o.story)) continue;
    idOf[o.group] = o.story;
    taken.add(o.story);
  }
  const existing = new Set([...current.values(), ...others]);
  const created: { id: string; title: string }[] = [];
  ordered.forEach((g, k) => {
    if (idOf[k] !== undefined) return;
    let id: string | undefined;
    for (const a of g.articleIds) {
      const candidate = storyIdFor(a);
      if (!existing.has(candidate) && !taken.has(candidate)) { id = candidate; break; }
    }
    // Every member's own id is taken (by stories of other articles with the same 12 first characters): count on.
    for (let n = 2; id === undefined; n++) {
      const candidate = `${storyIdFor(g.articleIds[0]!)}-${n}`;
      if (!existing.has(candidate) && !taken.has(candidate)) id = candidate;
    }
    idOf[k] = id;
    taken.add(id);
    created.push({ id, title: g.title });
  });
  const moves = new Map<string, string>();
  const touched = new Set<string>();
  ordered.forEach((g, k) => {
    for (const a of g.articleIds) {
      const before = current.get(a);
      if (before === idOf[k]) continue;
      moves.set(a, idOf[k]!);
      touched.add(idOf[k]!);
      if (before !== undefined) touched.add(before);
    }
  });
  const changed = new Map<string, { title: string; articleIds: readonly string[] }>();
  ordered.forEach((g, k) => { if (touched.has(idOf[k]!)) changed.set(idOf[k]!, g); });
  const removed = [...new Set(current.values())].filter((s) => !taken.has(s)).sort(cmp);
  return { moves, created, changed, removed, storiesAfter: ordered.length };
}

/**
 * Regroups every assigned article, one window of publication days at a time (see the file
 * comment and regroupWindow): each window is read and settled with no lock held, then checked and
 * written in one short transaction under the story lock, so workers place new articles between
 * windows. A store whose articles all fall in one window (or have no dates) is settled in one
 * step, as before.
 */
export async function regroup(db: Driver, settle: Settle, opts: RegroupOptions): Promise<RegroupResult> {
  const windowDays = opts.windowDays ?? DEFAULT_WINDOW_DAYS;
  const [span] = await db.query<{ lo: number | null; hi: number | null; n: number; stories: number }>(
    "SELECT min(day) AS lo, max(day) AS hi, count(*)::int AS n, (SELECT count(*)::int FROM stories) AS stories FROM story_articles");
  const windows: (Window | null)[] = [];
  if (span?.lo == null || span.hi == null || !Number.isFinite(windowDays)) windows.push(null);
  else for (let from = span.lo; from <= span.hi; from += windowDays + 1) windows.push({ from, to: from + windowDays, windowDays, first: from === span.lo });
  const total = { moved: 0, created: 0, removed: 0, lockMs: 0 };
  const changed = new Set<string>();
  for (const [k, w] of windows.entries()) {
    let done: WindowResult | null = null;
    // Articles that other processes moved while the window was being settled: settle it again;
    // after two such tries, settle it under the lock (a window's worth of waiting, once).
    for (let attempt = 0; done === null; attempt++) done = await regroupWindow(db, settle, opts, w, attempt >= 2);
    total.moved += done.moved; total.created += done.created; total.removed += done.removed;
    total.lockMs = Math.max(total.lockMs, done.lockMs);
    for (const id of done.changed) changed.add(id);
    for (const id of done.gone) changed.delete(id);
    await opts.onWindow?.(k + 1, windows.length);
  }
  const [after] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM stories");
  return {
    articles: span?.n ?? 0, storiesBefore: span?.stories ?? 0, storiesAfter: after?.n ?? 0, moved: total.moved,
    changed: changed.size, created: total.created, removed: total.removed, windows: windows.length, lockMs: Math.round(total.lockMs),
  };
}

/** Articles published from day `from` to day `to`; the first window also takes the stories no dated article is in. */
interface Window { readonly from: number; readonly to: number; readonly windowDays: number; readonly first: boolean }

interface WindowResult {
  readonly moved: number;
  readonly created: number;
  readonly removed: number;
  readonly changed: readonly string[];
  readonly gone: readonly string[];
  /** How long the story lock was held. */
  readonly lockMs: number;
}

/**
 * The articles a window settles: those published in it, and, of the stories they are in, the
 * articles of the window before it (so a story running across the line is settled whole while it
 * is open) and the undated ones. Null: every assigned article. By article id.
 */
async function windowArticles(q: Queryable, w: Window | null): Promise<string[]> {
  if (w === null) return (await q.query<{ ids: string[] | null }>("SELECT array_agg(article_id ORDER BY article_id) AS ids FROM story_articles"))[0]?.ids ?? [];
  const [row] = await q.query<{ ids: string[] | null }>(
    `WITH own AS (
       SELECT article_id, story_id FROM story_articles WHERE day BETWEEN $1 AND $2
       ${w.first ? "UNION SELECT x.article_id, x.story_id FROM story_articles x JOIN stories s ON s.id = x.story_id WHERE s.last_day IS NULL" : ""}
     ), touched AS (SELECT DISTINCT story_id FROM own)
     SELECT array_agg(article_id ORDER BY article_id) AS ids FROM (
       SELECT article_id FROM own
       UNION SELECT x.article_id FROM story_articles x WHERE x.story_id IN (SELECT story_id FROM touched) AND (x.day IS NULL OR x.day BETWEEN $3 AND $2)
     ) a`, [w.from, w.to, w.from - w.windowDays - 1]);
  return row?.ids ?? [];
}

/**
 * Settles one window: reads and settles its articles with no lock held (or under it, `locked`),
 * then under the story lock checks that none of them moved meanwhile (null when some did: the
 * caller tries again), plans the ids (planRegroup, with the ids other stories hold) and writes.
 */
async function regroupWindow(db: Driver, settle: Settle, opts: RegroupOptions, w: Window | null, locked: boolean): Promise<WindowResult | null> {
  const batch = opts.batch ?? 1000;
  const work = async (tx: Queryable, settled: Settled | null, current: Map<string, string>, ids: readonly string[], lockedAt: number): Promise<WindowResult | null> => {
    if (settled === null) {
      settled = await settle(read(tx, opts.annotator, batch, ids, current));
    } else {
      const now = await tx.query<{ article_id: string; story_id: string }>("SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])", [ids]);
      if (now.length !== current.size || now.some((r) => current.get(r.article_id) !== r.story_id)) return null;
    }
    check(settled, current);
    // Ids of stories outside the window that a new group could be named after.
    const others = new Set((await tx.query<{ id: string }>(
      "SELECT id FROM stories WHERE left(id, 14) = ANY($1::text[])", [[...new Set(ids.map(storyIdFor))]])).map((r) => r.id));
    const plan = planRegroup(current, settled.groups, others);
    const r = await write(tx, plan, settled, opts);
    return { ...r, lockMs: performance.now() - lockedAt };
  };
  if (locked) {
    return db.transaction(async (tx) => {
      await tx.query(`SELECT ${storyLock("pg_advisory_xact_lock")}`);
      const at = performance.now();
      const ids = await windowArticles(tx, w);
      return work(tx, null, new Map(), ids, at);
    });
  }
  const ids = await windowArticles(db, w);
  const current = new Map<string, string>();
  const settled = await settle(read(db, opts.annotator, batch, ids, current));
  check(settled, current);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT ${storyLock("pg_advisory_xact_lock")}`);
    return work(tx, settled, current, ids, performance.now());
  });
}

/** Throws unless the settle step placed every article it was given exactly once. */
function check(settled: Settled, current: ReadonlyMap<string, string>): void {
  const listed = settled.groups.flatMap((g) => g.articleIds);
  const seen = new Set(listed);
  const missing = [...current.keys()].filter((id) => !seen.has(id));
  if (missing.length > 0 || seen.size !== current.size || listed.length !== seen.size) {
    const example = missing[0] ?? [...seen].find((id) => !current.has(id)) ?? listed.find((id, i) => listed.indexOf(id) !== i);
    throw new Error(`the settle step returned ${listed.length} placements of ${seen.size} articles for ${current.size} assigned ones (e.g. ${example}); nothing was changed`);
  }
}

/**
 * The window's articles (`ids`, by article id) with their story and doc, a batch at a time: not
 * in ingest order, since the clusterer's candidate search sees articles in the order they come,
 * and two stores holding the same articles must settle on the same stories (ids are hex digests,
 * in one order under any collation). Fills `current`; an article gone meanwhile is left out.
 */
async function* read(q: Queryable, annotator: string, batch: number, ids: readonly string[], current: Map<string, string>): AsyncIterable<RegroupSource[]> {
  for (let i = 0; i < ids.length; i += batch) {
    const rows = await q.query<ArticleRow & { story_id: string; doc: string | null }>(
      `SELECT ${ARTICLE_COLS_OF_A}, sa.story_id, d.doc
       FROM story_articles sa JOIN articles a ON a.id = sa.article_id
       LEFT JOIN article_docs d ON d.article_id = a.id AND d.annotator = $2
       WHERE sa.article_id = ANY($1::text[]) ORDER BY sa.article_id`, [ids.slice(i, i + batch), annotator]);
    if (rows.length === 0) continue;
    for (const r of rows) current.set(r.id, r.story_id);
    yield rows.map((r) => ({
      article: toArticle(r),
      storyId: r.story_id,
      doc: r.doc === null ? null : Buffer.from(r.doc, "base64"),
    }));
  }
}

/**
 * Writes a window's plan. A story the plan leaves without any of the window's articles may keep
 * others outside the window: counts and last days are read back, and only stories left empty go.
 */
async function write(tx: Queryable, plan: RegroupPlan, settled: Settled, opts: RegroupOptions): Promise<Omit<WindowResult, "lockMs">> {
  await fillKeys(tx, settled);
  const none = { moved: 0, created: 0, removed: 0, changed: [], gone: [] };
  if (plan.moves.size === 0 && plan.removed.length === 0) return none;
  if (plan.created.length > 0) {
    await tx.query(
      `INSERT INTO stories (id, title, updated_at) SELECT id, title, ${NOW_MS} FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(id, title, n) ORDER BY n`,
      [plan.created.map((s) => s.id), plan.created.map((s) => s.title)]);
  }
  const moves = [...plan.moves];
  await tx.query(
    `UPDATE story_articles sa SET story_id = m.story_id FROM unnest($1::text[], $2::text[]) AS m(article_id, story_id)
     WHERE sa.article_id = m.article_id AND sa.article_id = ANY($1::text[])`,
    [moves.map(([a]) => a), moves.map(([, s]) => s)]);
  const changed = [...plan.changed];
  await tx.query(
    `UPDATE stories s SET title = c.title, updated_at = ${NOW_MS}
     FROM unnest($1::text[], $2::text[]) AS c(id, title) WHERE s.id = c.id AND s.id = ANY($1::text[])`,
    [changed.map(([id]) => id), changed.map(([, g]) => g.title)]);
  const touched = [...new Set([...changed.map(([id]) => id), ...plan.removed])];
  const counted = await tx.query<{ id: string; n: number }>(
    `UPDATE stories s SET articles = (SELECT count(*)::int FROM story_articles x WHERE x.story_id = s.id),
       last_day = (SELECT max(x.day) FROM story_articles x WHERE x.story_id = s.id), updated_at = ${NOW_MS}
     WHERE s.id = ANY($1::text[]) RETURNING s.id, s.articles AS n`, [touched]);
  const gone = counted.filter((c) => c.n === 0).map((c) => c.id);
  if (gone.length > 0) await tx.query("DELETE FROM stories WHERE id = ANY($1::text[])", [gone]);
  const kept = counted.filter((c) => c.n > 0);
  if (opts.jobs && kept.length > 0) {
    // Their reports are out of date now, whatever their age: no debounce.
    await enqueue(tx, kept.flatMap((c) => opts.jobs!(c.id, { articles: c.n, reportAgeMs: null, newArticles: null })));
  }
  return { moved: plan.moves.size, created: plan.created.length, removed: gone.length, changed: kept.map((c) => c.id), gone };
}

/**
 * Articles placed before the store kept grouping features (migration 0009) get them, and their
 * postings, so new articles find them as candidates.
 */
async function fillKeys(tx: Queryable, settled: Settled): Promise<void> {
  const missing = (await tx.query<{ article_id: string; seq: string }>("SELECT article_id, seq::text AS seq FROM story_articles WHERE keys IS NULL ORDER BY seq"))
    .filter((m) => settled.featuresOf(m.article_id).length > 0);
  if (missing.length === 0) return;
  const [totals] = await tx.query<{ articles: string }>("SELECT articles::text FROM grouping_totals");
  for (const m of missing) {
    const a = { articleId: m.article_id, title: "", keys: keptKeys(settled.featuresOf(m.article_id)) };
    await tx.query("UPDATE story_articles SET keys = $2::text[], day = $3::int WHERE article_id = $1", [a.articleId, a.keys, publishedDay(a.keys)]);
    const features = dfFeatures(a.keys);
    const [known] = await tx.query<{ features: string[] | null; df: number[] | null }>(
      "SELECT array_agg(feature) AS features, array_agg(df) AS df FROM feature_df WHERE feature = ANY($1::text[])", [features]);
    const df = new Map((known?.features ?? []).map((f, i) => [f, known!.df![i]! - 1]));
    const retrieval = hasNoText(a) ? [] : retrievalFeatures(a, storeIdf(Math.max(0, Number(totals?.articles ?? 1) - 1), df, a));
    if (retrieval.length === 0) continue;
    await tx.query(
      `WITH up AS (UPDATE feature_df d SET posted = d.posted + 1 WHERE d.feature = ANY($1::text[]) AND d.posted < $2 RETURNING d.feature)
       INSERT INTO feature_postings (feature, article_seq, day) SELECT feature, $3::bigint, $4::int FROM up`, [retrieval, MAX_POSTING, m.seq, publishedDay(a.keys)]);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
