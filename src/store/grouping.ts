// How the store groups articles into stories, as pure functions (assign.ts reads and writes the
// tables around them). An article is a tf-idf vector over its grouping features — topic words
// ("w:<stem>") and event features (names, dates, specific numbers: "n:…", "y:…", "d:…", "#:…",
// which weigh twice) — with idf from the store's own document frequencies plus a background of
// notional other articles, as in analyze's clusterer. A story keeps the sum of its articles'
// vectors, so an article's dot product with that sum over the story's size is its mean
// similarity to the story's articles. A new article joins the story it is most like on average
// when that mean reaches THRESHOLD (the older story on a tie), or starts a story. Stories are
// never merged, so an article keeps its story.
//
// Cost stays flat as the store grows: an article looks up only its QUERY_TERMS heaviest features,
// and of each feature only the WINDOW newest stories that have it; it adds its STORED_TERMS
// heaviest features to its story's sum. Weights are kept in whole millionths, so sums are exact in
// any order, and a batch is planned exactly as if its articles came one at a time: each sees the
// stored sums and df, and the batch articles before it. (The window goes by story age, not by
// when a story last gained the feature: a batch article giving a feature to a stored story outside
// the window would then bring it in with a sum the batch never read.)
//
// Settings chosen on the even ("tune") topics of ECB+ dev in a simulation of this rule (file order
// and two shuffles, B³-F1 0.841 on tune; the entity-key-overlap rule it replaces: 0.648).

/** Topic words; every other feature is event-specific. */
export const TOPIC_PREFIX = "w:";
/** Weight of an event feature relative to a topic word. */
export const EVENT_WEIGHT = 2;
/** Articles notionally in the stream besides the store's own (see StoryOptions.backgroundArticles). */
export const BACKGROUND_ARTICLES = 200;
/** Features of a new article looked up (its heaviest). */
export const QUERY_TERMS = 60;
/** Features an article leaves postings for (its heaviest). */
export const STORED_TERMS = 40;
/** Stories read per looked-up feature: the newest ones that have it. */
export const WINDOW = 10;
/** Stored weights are whole multiples of this, so sums do not depend on their order. */
export const UNIT = 1e-6;
/** Mean similarity to a story's articles an article needs to join it. */
export const THRESHOLD = 0.13;
/**
 * Longest feature stored, in UTF-8 bytes. A B-tree index row holds at most about 2.7 KB, and a
 * longer one (a 3,000-letter "name" in a hostile article) would fail every assignment batch it is
 * in, and with queue order every batch after it. Real names are far shorter.
 */
export const MAX_KEY_BYTES = 200;

/** The id of a story an article starts. */
export const storyIdFor = (articleId: string): string => `s-${articleId.slice(0, 12)}`;

/** Feature → how often the article has it, without features too long to index. */
export function featureCounts(features: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) {
    if (f.length === 0) continue;
    const c = counts.get(f);
    if (c !== undefined) counts.set(f, c + 1);
    else if (Buffer.byteLength(f, "utf8") <= MAX_KEY_BYTES) counts.set(f, 1);
  }
  return counts;
}

/** One weighted feature of an article's vector. */
export interface Term {
  readonly feature: string;
  readonly weight: number;
}

export interface Vector {
  /** The heaviest QUERY_TERMS features, heaviest first (ties by feature). */
  readonly query: readonly Term[];
  /** The heaviest STORED_TERMS features, weights in whole UNITs as the store keeps them. */
  readonly stored: readonly Term[];
}

/** The article's unit-length tf-idf vector, with idf over `articles` counted articles (this one included). */
export function weigh(counts: ReadonlyMap<string, number>, df: (feature: string) => number, articles: number): Vector {
  const terms: { feature: string; weight: number }[] = [];
  let norm = 0;
  for (const [feature, c] of counts) {
    const idf = Math.log((articles + BACKGROUND_ARTICLES + 1) / (df(feature) + 1)) + 1;
    const weight = (1 + Math.log(c)) * idf * (feature.startsWith(TOPIC_PREFIX) ? 1 : EVENT_WEIGHT);
    terms.push({ feature, weight });
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const t of terms) t.weight /= norm;
  terms.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  return {
    query: terms.slice(0, QUERY_TERMS),
    stored: terms.slice(0, STORED_TERMS).map((t) => ({ feature: t.feature, weight: Math.round(t.weight / UNIT) })),
  };
}

export interface BatchArticle {
  readonly articleId: string;
  readonly title: string;
  /** Grouping features, each as often as the article has it. */
  readonly keys: readonly string[];
}

/** An article of the batch to place: its features counted and weighed (null: placed before, or a repeat in the batch). */
export interface Weighed {
  readonly counts: ReadonlyMap<string, number>;
  readonly vector: Vector;
}

/**
 * Weighs the batch in order: each article's idf counts the stored df (`df`, over `articles`
 * stored articles) and the batch articles before it. Articles with a story already (`prior`) and
 * repeats of an id earlier in the batch are not counted again.
 */
export function weighBatch(batch: readonly BatchArticle[], prior: ReadonlyMap<string, string>, df: ReadonlyMap<string, number>, articles: number): (Weighed | null)[] {
  const added = new Map<string, number>();
  const seen = new Set<string>();
  let n = articles;
  return batch.map((a) => {
    if (prior.has(a.articleId) || seen.has(a.articleId)) return null;
    seen.add(a.articleId);
    const counts = featureCounts(a.keys);
    n++;
    for (const f of counts.keys()) added.set(f, (added.get(f) ?? 0) + 1);
    return { counts, vector: weigh(counts, (f) => (df.get(f) ?? 0) + (added.get(f) ?? 0), n) };
  });
}

/** A story's summed weight for a feature (whole UNITs). */
export interface Posting {
  readonly storyId: string;
  readonly weight: number;
}

export interface Found {
  /** Article id → its story, for batch articles assigned before (retried jobs). */
  readonly prior: ReadonlyMap<string, string>;
  /** Each looked-up feature's WINDOW newest stored stories that have it. */
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** The stored stories those postings name: creation order and article count. */
  readonly stories: ReadonlyMap<string, { readonly seq: number; readonly articles: number }>;
}

/** The features to look up for the weighed batch, distinct. */
export function lookups(weighed: readonly (Weighed | null)[]): string[] {
  const out = new Set<string>();
  for (const w of weighed) if (w) for (const t of w.vector.query) out.add(t.feature);
  return [...out];
}

/** What the batch adds to a story's sum for a feature. */
export interface TermChange {
  readonly storyId: string;
  readonly feature: string;
  /** Whole UNITs. */
  readonly added: number;
}

export interface Placed {
  readonly articleId: string;
  readonly storyId: string;
  readonly features: number;
  /** Mean similarity to the story it joined, or the best one below THRESHOLD when it started one (0 without any). */
  readonly mean: number;
}

export interface Plan {
  readonly results: readonly { readonly storyId: string; readonly created: boolean }[];
  /** Stories created by the batch, in creation order. */
  readonly created: readonly { readonly id: string; readonly title: string }[];
  /** Story → articles it gained: every story the batch created or changed. */
  readonly gained: ReadonlyMap<string, number>;
  /** Placed articles, in order. */
  readonly placed: readonly Placed[];
  /** Feature → placed articles having it (the df to add). */
  readonly df: ReadonlyMap<string, number>;
  /** What the batch adds to story sums. */
  readonly terms: readonly TermChange[];
}

/** Places the batch in order, as one-at-a-time assignment would. `weighed` comes from weighBatch. */
export function planAssignments(batch: readonly BatchArticle[], weighed: readonly (Weighed | null)[], found: Found): Plan {
  const storyOf = new Map<string, string>(found.prior);
  const seq = new Map<string, number>();
  const size = new Map<string, number>();
  for (const [id, s] of found.stories) { seq.set(id, s.seq); size.set(id, s.articles); }
  let nextNew = 2 ** 52;
  // Feature → story → summed weight: the stored window, and what the batch adds.
  const sums = new Map<string, Map<string, number>>();
  for (const [f, list] of found.postings) sums.set(f, new Map(list.map((p) => [p.storyId, p.weight])));
  const changes = new Map<string, { storyId: string; feature: string; added: number }>();
  const results: { storyId: string; created: boolean }[] = [];
  const created: { id: string; title: string }[] = [];
  const gained = new Map<string, number>();
  const placed: Placed[] = [];
  const df = new Map<string, number>();

  batch.forEach((a, i) => {
    const w = weighed[i];
    const before = storyOf.get(a.articleId);
    if (!w || before !== undefined) {
      results.push({ storyId: before!, created: false });
      return;
    }
    const sum = new Map<string, number>();
    for (const { feature, weight } of w.vector.query) {
      const stories = sums.get(feature);
      if (!stories) continue;
      // The WINDOW newest. A stored story outside the stored window that the batch gave this
      // feature is older than the whole window (had it been newer, it would have had the
      // feature already, and been read), so it never enters here.
      const window = stories.size <= WINDOW ? [...stories] : [...stories].sort((x, y) => seq.get(y[0])! - seq.get(x[0])!).slice(0, WINDOW);
      for (const [s, total] of window) sum.set(s, (sum.get(s) ?? 0) + weight * total * UNIT);
    }
    let storyId: string | undefined;
    let best = THRESHOLD;
    let nearest = 0;
    for (const [s, total] of [...sum].sort((x, y) => seq.get(x[0])! - seq.get(y[0])!)) {
      const mean = total / size.get(s)!;
      nearest = Math.max(nearest, mean);
      // Older first, and only a clearly higher mean displaces it: float sums in another order stay a tie.
      if (mean >= best + (storyId === undefined ? 0 : 1e-12)) { best = mean; storyId = s; }
    }
    const mean = storyId === undefined ? nearest : best;
    if (storyId === undefined) {
      storyId = storyIdFor(a.articleId);
      seq.set(storyId, nextNew++);
      size.set(storyId, 0);
      created.push({ id: storyId, title: a.title });
    }
    size.set(storyId, size.get(storyId)! + 1);
    gained.set(storyId, (gained.get(storyId) ?? 0) + 1);
    storyOf.set(a.articleId, storyId);
    for (const t of w.vector.stored) {
      let stories = sums.get(t.feature);
      if (!stories) sums.set(t.feature, (stories = new Map()));
      stories.set(storyId, (stories.get(storyId) ?? 0) + t.weight);
      const key = `${storyId}\u0000${t.feature}`;
      const c = changes.get(key);
      if (c) c.added += t.weight; else changes.set(key, { storyId, feature: t.feature, added: t.weight });
    }
    for (const f of w.counts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    placed.push({ articleId: a.articleId, storyId, features: w.counts.size, mean });
    results.push({ storyId, created: true });
  });
  return { results, created, gained, placed, df, terms: [...changes.values()] };
}
