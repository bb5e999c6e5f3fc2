// How the store places a new article, as pure functions (assign.ts reads and writes the tables
// around them): with analyze's clusterer itself (stories/story-index.ts), on the article's
// neighbourhood, with idf over the whole store. One model, one set of features and thresholds.
// Every feature the placement scores — the new article's, the candidates', the near stories'
// members' — is weighed with its count in the store (storeIdf over counts of all of them), as
// analyze weighs every article's with the corpus's.
//
//   1. Candidates: the articles sharing the new article's rare features, found through capped
//      posting lists (feature_postings) exactly as StoryIndex finds them in memory — every event
//      feature and the RETRIEVAL_TOPIC_TERMS rarest topic words vote with their idf, a list holds
//      the first `maxPosting` articles with its feature, and the `candidates` best-voted are read.
//   2. Near stories: the candidates scored against the new article by StoryIndex; the stories of
//      its KEPT_NEIGHBOURS closest ones scoring at least mergeThreshold / 2 (the pairs analyze
//      keeps for its settled clustering).
//   3. Placement: those stories' articles (up to STORY_SAMPLE of each) and the new one clustered
//      by StoryIndex (average link with time frames, local re-split, adoption), the new one scored
//      against every member and words ranked by their count in the store; the group the new
//      article falls in becomes its story (see placement()): it joins a story, starts one, merges
//      stories, or takes articles that the re-split parts from their story. A report of a second
//      event of one topic first joins the first event's story (its camp of one cannot be split
//      off); the second report of it splits both off. ECB+ tune fold, file order (2026-12-07,
//      stories14): B³-F1 0.969, analyze 0.981; GVA tune part 0.928, analyze 0.930.
//
// Each article is placed in its own step (reads and writes in the assignment transaction), so a
// batch gives the stories its articles give one at a time. What stays: order effects (an article
// placed early never sees the later articles analyze would weigh it with, and stories are never
// split) — `regroup` settles those.
import type { Doc } from "../domain/doc.js";
import { DEFAULT_STORY_OPTIONS, KEPT_NEIGHBOURS, RETRIEVAL_TOPIC_TERMS, StoryIndex, type CorpusIdf } from "../stories/cluster.js";
import { fromGroupingFeatures, monthOfDay, NO_TEXT, TOPIC_PREFIX, type EventFeatures } from "../stories/features.js";
import { RARE_NAME } from "../stories/story-index.js";

/** Candidate articles read per new article (StoryOptions.candidates). */
export const CANDIDATES = DEFAULT_STORY_OPTIONS.candidates;
/** Articles a feature's posting list holds: the first ones to have it (StoryOptions.maxPosting). */
export const MAX_POSTING = DEFAULT_STORY_OPTIONS.maxPosting;
/** Articles of one near story read for the placement (a large story is read in part). */
export const STORY_SAMPLE = 40;
/**
 * Longest feature stored, in UTF-8 bytes. A B-tree index row holds at most about 2.7 KB, and a
 * longer one (a 3,000-letter "name" in a hostile article) would fail every assignment batch it is
 * in, and with queue order every batch after it. Real names are far shorter.
 */
export const MAX_KEY_BYTES = 200;

/** The id of a story an article starts. */
export const storyIdFor = (articleId: string): string => `s-${articleId.slice(0, 12)}`;

/** The grouping features kept of an article: without empty ones and ones too long to index. */
export function keptKeys(keys: readonly string[]): string[] {
  return keys.filter((k) => k.length > 0 && (k.length * 3 <= MAX_KEY_BYTES || Buffer.byteLength(k, "utf8") <= MAX_KEY_BYTES));
}

/** The features counted in feature_df (all but the "@" ones), distinct. */
export function dfFeatures(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((k) => !k.startsWith("@")))];
}

const counted = new WeakMap<readonly string[], readonly string[]>();
/** dfFeatures of a stored article's keys, worked out once per keys array (they are read again for each placement near it). */
export function dfFeaturesOf(keys: readonly string[]): readonly string[] {
  let f = counted.get(keys);
  if (!f) counted.set(keys, (f = dfFeatures(keys)));
  return f;
}

/** A stored, placed article as the placement reads it. */
export interface StoredArticle {
  readonly articleId: string;
  /** Its place in assignment order (story_articles.seq). */
  readonly seq: number;
  readonly storyId: string;
  /** Creation order of its story (stories.seq). */
  readonly storySeq: number;
  readonly keys: readonly string[];
}

/** The article to place. */
export interface NewArticle {
  readonly articleId: string;
  readonly title: string;
  /** keptKeys of its grouping features. */
  readonly keys: readonly string[];
}

/** Idf over the store: `stored` placed articles and their feature counts (of every feature that will be asked), plus the new article. */
export function storeIdf(stored: number, df: { get(feature: string): number | undefined }, a: NewArticle): CorpusIdf {
  const own = new Set(dfFeatures(a.keys));
  return { articles: stored + 1, df: (f) => (df.get(f) ?? 0) + (own.has(f) ? 1 : 0) };
}

/** Whether the article has no text to compare (it stands alone, as in analyze). */
export const hasNoText = (a: NewArticle): boolean => a.keys.includes(NO_TEXT);

/** What the new article is retrieved by, and posted under: its event features and rarest topic words (StoryIndex.rareTopicTerms). */
export function retrievalFeatures(a: NewArticle, idf: CorpusIdf, extraTopicTerms = 0): string[] {
  const event = new Set<string>(), topic = new Set<string>();
  for (const k of a.keys) {
    if (k.startsWith("@")) continue;
    (k.startsWith(TOPIC_PREFIX) ? topic : event).add(k);
  }
  const rare = [...topic].sort((x, y) => idf.df(x) - idf.df(y) || (x < y ? -1 : x > y ? 1 : 0)).slice(0, RETRIEVAL_TOPIC_TERMS + extraTopicTerms);
  return [...event, ...rare];
}

/** The weight a feature votes with: its idf as StoryIndex weighs it. */
export function voteWeight(feature: string, idf: CorpusIdf): number {
  const background = feature.startsWith(TOPIC_PREFIX) ? DEFAULT_STORY_OPTIONS.backgroundArticles : 0;
  return Math.log((idf.articles + background + 1) / (idf.df(feature) + 1)) + 1;
}

/** The CANDIDATES best-voted stored articles (by seq), best first; ties go to the earlier article. */
export function topCandidates(postings: ReadonlyMap<string, readonly number[]>, idf: CorpusIdf): number[] {
  const votes = new Map<number, number>();
  for (const [feature, seqs] of postings) {
    const w = voteWeight(feature, idf);
    for (const s of seqs) votes.set(s, (votes.get(s) ?? 0) + w);
  }
  return [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES).map(([s]) => s);
}

/** What StoryIndex keeps of an article here: its id; no text marks NO_TEXT. One per article's features, as they are read again for each placement near it. */
const stubs = new WeakMap<readonly string[], Doc>();
function stub(articleId: string, keys: readonly string[]): Doc {
  const known = stubs.get(keys);
  if (known?.article.id === articleId) return known;
  const made = newStub(articleId, keys);
  stubs.set(keys, made);
  return made;
}
function newStub(articleId: string, keys: readonly string[]): Doc {
  return {
    article: { id: articleId, sourceId: null, title: "", outlet: null, url: null, byline: null, publishedAt: null, path: null, text: keys.includes(NO_TEXT) ? "" : "…" },
    sentences: [], tokens: [], entities: [], quantities: [], dates: [], quotes: [], roles: [],
  };
}

const features = new WeakMap<readonly string[], EventFeatures>();
const featuresOf = (keys: readonly string[]): EventFeatures => {
  let f = features.get(keys);
  if (!f) features.set(keys, (f = fromGroupingFeatures(keys)));
  return f;
};

/** Step 2: the stories of the new article's closest candidates, closest first. */
export function nearStories(a: NewArticle, candidates: readonly StoredArticle[], idf: CorpusIdf): string[] {
  if (candidates.length === 0 || hasNoText(a)) return [];
  // Only the new article's similarity to each candidate is read: the candidates are not linked to
  // one another (no retrieval among them), which would cost a score per pair.
  const index = new StoryIndex({ candidates: 0, maxPosting: 0 }, idf);
  for (const c of [...candidates].sort((x, y) => x.seq - y.seq)) index.include(featuresOf(c.keys), stub(c.articleId, c.keys));
  index.include(featuresOf(a.keys), stub(a.articleId, a.keys));
  const half = DEFAULT_STORY_OPTIONS.mergeThreshold / 2;
  const scored = candidates.map((c) => ({ c, s: index.similarity(a.articleId, c.articleId) ?? -Infinity }))
    .filter((x) => x.s >= half)
    .sort((x, y) => y.s - x.s || x.c.seq - y.c.seq)
    .slice(0, KEPT_NEIGHBOURS);
  return [...new Set(scored.map((x) => x.c.storyId))];
}

export interface Placement {
  /** The story the article joins, or null when it starts one. */
  readonly storyId: string | null;
  /** Stories that merge into that one. */
  readonly merged: readonly string[];
  /** Articles of other stories that move into that one (split off from stories whose articles mostly stay apart). */
  readonly moved: readonly string[];
}

/**
 * Step 3: clusters the near stories' articles (`members`) with the new article; the group the
 * article falls in becomes its story. That is the story most of whose read articles are in the
 * group (the one with most of them there, the older on a tie), or a new one when no story is; the
 * other stories mostly in the group merge into it, and articles of stories mostly elsewhere split
 * off into it. Stories are only changed through the new article's group.
 */
export function placement(a: NewArticle, members: readonly StoredArticle[], idf: CorpusIdf): Placement {
  const alone = { storyId: null, merged: [], moved: [] };
  if (members.length === 0 || hasNoText(a)) return alone;
  const index = new StoryIndex({}, idf);
  // By article id, as analyze ranks them (ties fall as they would there).
  const sorted = [...members].sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0));
  for (const m of sorted) index.include(featuresOf(m.keys), stub(m.articleId, m.keys));
  // The new article is scored against every member, as nearStories() scored it against every
  // candidate: retrieval by rare words among a handful of articles can miss the very pair that
  // brought them here (two reports sharing only words the store rarely sees, no name or number).
  index.include(featuresOf(a.keys), stub(a.articleId, a.keys), true);
  const groups = index.groups().map((g) => g.docs.map((d) => d.article.id));
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => { for (const id of g) groupOf.set(id, k); });
  const mine = groupOf.get(a.articleId)!;
  // Per story: how many of its read articles each group holds.
  const spread = new Map<string, Map<number, number>>();
  const storySeq = new Map<string, number>();
  for (const m of sorted) {
    storySeq.set(m.storyId, m.storySeq);
    const per = spread.get(m.storyId) ?? new Map<number, number>();
    const g = groupOf.get(m.articleId)!;
    per.set(g, (per.get(g) ?? 0) + 1);
    spread.set(m.storyId, per);
  }
  // A story's home: the group holding most of its read articles (ties: the new article's group).
  const home = (per: ReadonlyMap<number, number>) => {
    let best = -1, n = 0;
    for (const [g, c] of per) if (c > n || (c === n && g === mine)) { best = g; n = c; }
    return best;
  };
  const homed = [...spread].filter(([, per]) => home(per) === mine)
    .map(([s, per]) => ({ s, n: per.get(mine)! }))
    .sort((x, y) => y.n - x.n || storySeq.get(x.s)! - storySeq.get(y.s)!);
  const storyId = homed[0]?.s ?? null;
  const merged = homed.slice(1).map((h) => h.s);
  const stays = new Set(homed.map((h) => h.s));
  const moved = members.filter((m) => groupOf.get(m.articleId) === mine && !stays.has(m.storyId)).map((m) => m.articleId).sort();
  return { storyId, merged, moved };
}

// ---------------------------------------------------------------------------------------------
// The time window: a year of news in one store.
//
// A story whose latest article was published more than `windowDays` before the new article is
// closed to it: its articles are not searched (feature_postings are read from the window's first
// day on, through an index on (feature, day)), so the cost of placing an article depends on the
// news of the last weeks, not on the archive. The default, 30 days, is where the clusterer itself
// stops joining articles on words alone: an article that names no day covers the 30 days up to its
// publication (features.ts UNNAMED_DAYS), and a story's members' time frames must fit in one
// window of storySpan days, so two such articles published more than 31 days apart are two
// events unless something bridges them. What bridges them is what re-opens a closed story here,
// and the clusterer then decides as it always does:
//   - the new article names a day (or a month) of the old story's time: "the March 3 fire", "in
//     February": a day within bridgeDays of a day the old article names or of its publication
//     (clash.ts timeApart's bridges); the search then reaches back to that day;
//   - both name, twice in full, one person few articles name (story-index.ts RARE_NAME): the
//     arrest, the trial or the sentence months after the crime (StoryOptions.bridgeScore). Such a
//     name's posting list is short by definition, and is read whole.
// Articles with no publication date are never closed out and never close anything.

/** Days a story stays open after its latest article (`ingest`/`worker --window`). */
export const DEFAULT_WINDOW_DAYS = 30;

/** The publication day among an article's grouping features ("@pub:<day>"), or null. */
export function publishedDay(keys: readonly string[]): number | null {
  for (const k of keys) {
    if (!k.startsWith("@pub:")) continue;
    const n = Number(k.slice(5));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** First day of a month numbered as year × 12 + month − 1 (features.ts monthNumber). */
const monthStart = (m: number): number => Math.round(Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000);

/** How far back a named day can reach (features.ts RECALL_DAYS): older ones date background events. */
const RECALL_DAYS = 730;

export interface TimeReach {
  /** Stories whose latest article is older than this day are closed (null: none is; undated article or no window). */
  readonly open: number | null;
  /**
   * Earlier spans of publication days searched as well, [from, to]: around each day (or month) the
   * article recalls, from bridgeDays before it to a window after it — where the old story's
   * reports of that day were published. At most MAX_RECALLED, the latest; each as long as a window
   * (or a month and a window), so what is read stays bounded however old the day.
   */
  readonly recalled: readonly (readonly [number, number])[];
}

/** Spans of recalled days searched per article (the latest ones). */
const MAX_RECALLED = 4;

/** The new article's window: which stories are open to it and which earlier days its search also reads. */
export function timeReach(a: NewArticle, windowDays: number): TimeReach {
  const p = publishedDay(a.keys);
  if (p === null || !Number.isFinite(windowDays)) return { open: null, recalled: [] };
  const open = p - windowDays;
  const f = featuresOf(a.keys);
  const spans: [number, number][] = [];
  const near = DEFAULT_STORY_OPTIONS.bridgeDays;
  for (const d of f.days) if (d >= p - RECALL_DAYS && d < open + near) spans.push([d - near, d + windowDays]);
  for (const m of f.months) {
    const d = monthStart(m);
    if (d >= p - RECALL_DAYS && d < open) spans.push([d, monthStart(m + 1) - 1 + windowDays]);
  }
  // Merged, cut at the window (searched anyway), the latest MAX_RECALLED kept.
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi0] of spans) {
    const hi = Math.min(hi0, open - 1);
    if (hi < lo) continue;
    const last = merged.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return { open, recalled: merged.slice(-MAX_RECALLED) };
}

/** Whether a posting of an article published on `day` is searched under `reach` (undated ones always are). */
export function searched(reach: TimeReach, day: number | null): boolean {
  if (reach.open === null || day === null || day >= reach.open) return true;
  return reach.recalled.some(([lo, hi]) => day >= lo && day <= hi);
}

/** Rare people the new article names twice in full: their postings are read whatever their day. */
export function bridgePeople(a: NewArticle, idf: CorpusIdf): string[] {
  return featuresOf(a.keys).people.filter((p) => idf.df(p) <= RARE_NAME);
}

/**
 * Whether the new article plainly continues the event of a stored article of a closed story: it
 * names a day within bridgeDays of one the stored article names or of its publication, or a
 * month holding one of those; or both name a rare person twice in full (`rare`).
 */
export function continues(a: NewArticle, c: StoredArticle, rare: ReadonlySet<string>): boolean {
  const x = featuresOf(a.keys), y = featuresOf(c.keys);
  const near = DEFAULT_STORY_OPTIONS.bridgeDays;
  const theirs = y.published === null ? y.days : [...y.days, y.published];
  // Days of the last two years only: an older one dates a background event (features.ts RECALL_DAYS).
  const p = x.published;
  const recalled = p === null ? x.days : x.days.filter((d) => d >= p - RECALL_DAYS && d <= p + 1);
  if (recalled.some((d) => theirs.some((e) => Math.abs(d - e) <= near))) return true;
  if (x.months.length > 0 && theirs.some((e) => x.months.includes(monthOfDay(e)))) return true;
  return y.people.some((p) => rare.has(p) && x.people.includes(p));
}

/** A feature's posting list now: how many it holds in its current period and the day that period began. */
export interface PostingState {
  readonly posted: number;
  readonly epochDay: number | null;
}

/**
 * Whether an article published on `day` is posted under a feature, and the list's state after:
 * a list holds the first MAX_POSTING articles of a period; an article published more than
 * `windowDays` after the period began starts a new one (the old postings stay, and are searched
 * by articles whose window reaches them). Undated articles never start a period. Within one
 * window of days nothing starts a new period: the lists are the first MAX_POSTING ever, as before.
 */
export function post(state: PostingState, day: number | null, windowDays: number): { posted: boolean; state: PostingState } {
  let { posted, epochDay } = state;
  if (day !== null && Number.isFinite(windowDays)) {
    if (epochDay === null) epochDay = day;
    else if (day - epochDay > windowDays) { epochDay = day; posted = 0; }
  }
  if (posted >= MAX_POSTING) return { posted: false, state: { posted, epochDay } };
  return { posted: true, state: { posted: posted + 1, epochDay } };
}
