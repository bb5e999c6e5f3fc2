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
import { dfFeatures, hasNoText, keptKeys, MAX_POSTING, retrievalFeatures, storeIdf, storyIdFor } from "./grouping.js";
import { enqueue } from "./queue.js";
import { NOW_MS, STORY_LOCK } from "./assign.js";
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
export function planRegroup(current: ReadonlyMap<string, string>, groups: Settled["groups"]): RegroupPlan {
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
  const existing = new Set(current.values());
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
  const removed = [...existing].filter((s) => !taken.has(s)).sort(cmp);
  return { moves, created, changed, removed, storiesAfter: ordered.length };
}

/** Regroups every assigned article in one transaction under the story lock (see the file comment). */
export async function regroup(db: Driver, settle: Settle, opts: RegroupOptions): Promise<RegroupResult> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK]);
    const current = new Map<string, string>();
    const settled = await settle(read(tx, opts.annotator, opts.batch ?? 1000, current));
    const listed = settled.groups.flatMap((g) => g.articleIds);
    const seen = new Set(listed);
    const missing = [...current.keys()].filter((id) => !seen.has(id));
    if (missing.length > 0 || seen.size !== current.size || listed.length !== seen.size) {
      const example = missing[0] ?? [...seen].find((id) => !current.has(id)) ?? listed.find((id, i) => listed.indexOf(id) !== i);
      throw new Error(`the settle step returned ${listed.length} placements of ${seen.size} articles for ${current.size} assigned ones (e.g. ${example}); nothing was changed`);
    }
    const [before] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM stories");
    const plan = planRegroup(current, settled.groups);
    await write(tx, plan, settled, opts);
    return {
      articles: current.size, storiesBefore: before?.n ?? 0, storiesAfter: plan.storiesAfter, moved: plan.moves.size,
      changed: plan.changed.size, created: plan.created.length, removed: plan.removed.length,
    };
  });
}

/**
 * Every assigned article with its story and doc, a batch at a time, by article id: not in ingest
 * order, since the clusterer's candidate search sees articles in the order they come, and two
 * stores holding the same articles must settle on the same stories (ids are hex digests, in one
 * order under any collation). Fills `current`.
 */
async function* read(tx: Queryable, annotator: string, batch: number, current: Map<string, string>): AsyncIterable<RegroupSource[]> {
  let after = "";
  for (;;) {
    const rows = await tx.query<ArticleRow & { story_id: string; doc: string | null }>(
      `SELECT ${ARTICLE_COLS_OF_A}, sa.story_id, d.doc
       FROM story_articles sa JOIN articles a ON a.id = sa.article_id
       LEFT JOIN article_docs d ON d.article_id = a.id AND d.annotator = $3
       WHERE sa.article_id > $1 ORDER BY sa.article_id LIMIT $2`, [after, batch, annotator]);
    if (rows.length === 0) return;
    for (const r of rows) current.set(r.id, r.story_id);
    yield rows.map((r) => ({
      article: toArticle(r),
      storyId: r.story_id,
      doc: r.doc === null ? null : Buffer.from(r.doc, "base64"),
    }));
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

async function write(tx: Queryable, plan: RegroupPlan, settled: Settled, opts: RegroupOptions): Promise<void> {
  await fillKeys(tx, settled);
  if (plan.moves.size === 0 && plan.removed.length === 0) return;
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
    `UPDATE stories s SET articles = c.n, title = c.title, updated_at = ${NOW_MS}
     FROM unnest($1::text[], $2::int[], $3::text[]) AS c(id, n, title) WHERE s.id = c.id AND s.id = ANY($1::text[])`,
    [changed.map(([id]) => id), changed.map(([, g]) => g.articleIds.length), changed.map(([, g]) => g.title)]);
  if (plan.removed.length > 0) await tx.query("DELETE FROM stories WHERE id = ANY($1::text[])", [plan.removed]);
  if (opts.jobs && changed.length > 0) {
    // Their reports are out of date now, whatever their age: no debounce.
    await enqueue(tx, changed.flatMap(([id, g]) => opts.jobs!(id, { articles: g.articleIds.length, reportAgeMs: null, newArticles: null })));
  }
}

/**
 * Articles placed before the store kept grouping features (migration 0009) get them, and their
 * postings, so new articles find them as candidates.
 */
async function fillKeys(tx: Queryable, settled: Settled): Promise<void> {
  const missing = await tx.query<{ article_id: string; seq: string }>("SELECT article_id, seq::text AS seq FROM story_articles WHERE keys IS NULL ORDER BY seq");
  if (missing.length === 0) return;
  const [totals] = await tx.query<{ articles: string }>("SELECT articles::text FROM grouping_totals");
  for (const m of missing) {
    const a = { articleId: m.article_id, title: "", keys: keptKeys(settled.featuresOf(m.article_id)) };
    await tx.query("UPDATE story_articles SET keys = $2::text[] WHERE article_id = $1", [a.articleId, a.keys]);
    const features = dfFeatures(a.keys);
    const [known] = await tx.query<{ features: string[] | null; df: number[] | null }>(
      "SELECT array_agg(feature) AS features, array_agg(df) AS df FROM feature_df WHERE feature = ANY($1::text[])", [features]);
    const df = new Map((known?.features ?? []).map((f, i) => [f, known!.df![i]! - 1]));
    const retrieval = hasNoText(a) ? [] : retrievalFeatures(a, storeIdf(Math.max(0, Number(totals?.articles ?? 1) - 1), df, a));
    if (retrieval.length === 0) continue;
    await tx.query(
      `WITH up AS (UPDATE feature_df d SET posted = d.posted + 1 WHERE d.feature = ANY($1::text[]) AND d.posted < $2 RETURNING d.feature)
       INSERT INTO feature_postings (feature, article_seq) SELECT feature, $3::bigint FROM up`, [retrieval, MAX_POSTING, m.seq]);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
