// StoryIndex: groups articles about one event as they arrive. Each add() finds candidates
// through an inverted index over rare features (names, dates, numbers, the rarest words),
// capped per feature so the cost per article stays flat as the corpus grows, and scores them;
// groups() rescores the candidate graph with the final idf, clusters it (average link, then a
// local re-split of each group) and orders everything by article id, so the result does not
// depend on the order articles arrived in.
import { createHash } from "node:crypto";
import { publishedInstant } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import { stem, terms } from "../similarity/tokens.js";
import { IntTable, packedWeights, packedWeightsInto, Vocabulary, type PackedCounts } from "../similarity/packed.js";
import { arenaCosine, DenseVector, Postings, VectorArena } from "./arena.js";
import { averageLinkSparse, localSplit, type EdgeList, type TimeFrames } from "./agglomerate.js";
import { eventFeatures, TOPIC_PREFIX, type EventFeatures } from "./features.js";
import { adjacency, mostCentral, topVotes } from "./graph.js";
import { adopt, bridge, longSpanNote, yearSpanNote } from "./second-pass.js";
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from "./options.js";
import { storyTitle } from "./title.js";
import { clash, timeApart, type ClashContext } from "./clash.js";
import type { Entry } from "./entry.js";

export { DEFAULT_STORY_OPTIONS, type StoryOptions };

export interface StoryGroup {
  readonly id: string;
  readonly title: string;
  readonly docs: readonly Doc[];
  readonly notes: readonly string[];
}


/** One weighing of every vector: the arenas' add-time weights. */
interface Weights {
  readonly topic: Float32Array;
  readonly event: Float32Array;
}

/**
 * Document frequencies from outside the index, for a caller that clusters a few articles of a
 * larger corpus (the store placing a new article among its neighbours): idf then counts the whole
 * corpus, as analyze would over all of it, and the index's own articles are not counted again.
 */
export interface CorpusIdf {
  /** Articles in the corpus (those in the index included). */
  readonly articles: number;
  /** Articles having the feature: topic words as "w:<stem>", event features as they are (groupingFeatures). */
  readonly df: (feature: string) => number;
}

/** Scored pairs kept per added article for the settled clustering: its closest ones. */
export const KEPT_NEIGHBOURS = 16;
/** Words retrieved by, per article: its rarest ones. */
export const RETRIEVAL_TOPIC_TERMS = 20;
/** A person named in at most this many articles can bridge two stories (StoryOptions.bridgeScore). */
export const RARE_NAME = 12;
/** Groups larger than this are not re-split (the dense re-split is cubic in group size). */
const MAX_SPLIT = 120;

export function storyId(seedArticleId: string): string {
  return `s-${createHash("sha256").update(seedArticleId).digest("hex").slice(0, 12)}`;
}

export class StoryIndex {
  private readonly opts: StoryOptions;
  private readonly entries: Entry[] = [];
  private readonly byArticle = new Map<string, number>();
  // Under a CorpusIdf (the store's small indexes, over the same articles again and again) the vocabularies share the process's lexicon.
  private readonly topicVocab: Vocabulary;
  private readonly eventVocab: Vocabulary;
  private readonly topics = new VectorArena();
  private readonly events = new VectorArena();
  private readonly topicPostings: Postings;
  private readonly eventPostings: Postings;
  private readonly neighbours: (readonly number[])[] = [];
  /** Under a CorpusIdf, the score of each kept pair when it was found (the idf, and so the score, never changes after). */
  private readonly neighbourScores: (readonly number[])[] = [];
  private readonly parent: number[] = [];
  private readonly seed: string[] = [];
  private cached: StoryGroup[] | null = null;
  /** Vote per article during retrieve(); all zero between calls. */
  private votes = new Float64Array(0);

  /** Idf, and articles having the feature, per vocabulary id under a CorpusIdf (undefined: not yet worked out). */
  private readonly corpusTopicIdf: number[] = [];
  private readonly corpusTopicDf: number[] = [];
  private readonly corpusEventIdf: number[] = [];
  private readonly clashContext: ClashContext;
  /** Scratch: one article's topic and event vectors spread out, scored against many (arena.ts DenseVector). */
  private readonly denseTopic = new DenseVector();
  private readonly denseEvent = new DenseVector();

  constructor(options: Partial<StoryOptions> = {}, private readonly corpus: CorpusIdf | null = null) {
    this.opts = { ...DEFAULT_STORY_OPTIONS, ...options };
    this.topicVocab = new Vocabulary(corpus !== null);
    this.eventVocab = new Vocabulary(corpus !== null);
    this.topicPostings = new Postings(this.opts.maxPosting);
    this.eventPostings = new Postings(this.opts.maxPosting);
    this.clashContext = { opts: this.opts, count: (e, id) => this.topics.count(e.t, e.tn, id), eventCount: (e, id) => this.events.count(e.e, e.en, id) };
  }

  /** Topic-word idf against the corpus plus `backgroundArticles` that lack the word (see StoryOptions). */
  private readonly topicIdf = (id: number) => this.corpus ? this.corpusTopicIdf[id]!
    : Math.log((this.topicVocab.documents + this.opts.backgroundArticles + 1) / (this.topicVocab.frequency(id) + 1)) + 1;
  /**
   * Event features keep the corpus's own idf: names and dates are rare in any stream, and in a
   * one-topic corpus the ones both events share ("sheriff's department") are rightly damped.
   */
  private readonly eventIdf = (id: number) => this.corpus ? this.corpusEventIdf[id]! : this.eventVocab.idf(id);

  /** Under a CorpusIdf: the idf of the features just added (`topic`, `event`: their vocabulary ids), by vocabulary id (the corpus's counts do not change). */
  private corpusIdfOf(topic: PackedCounts, event: PackedCounts): void {
    const c = this.corpus;
    if (!c) return;
    const known = corpusCounts(c);
    for (const id of topic.ids) {
      if (this.corpusTopicIdf[id] !== undefined) continue;
      const df = known.df(known.topic, this.topicVocab.globalId(id), () => c.df(`${TOPIC_PREFIX}${this.topicVocab.term(id)}`));
      this.corpusTopicDf[id] = df;
      this.corpusTopicIdf[id] = Math.log((c.articles + this.opts.backgroundArticles + 1) / (df + 1)) + 1;
    }
    for (const id of event.ids) {
      if (this.corpusEventIdf[id] !== undefined) continue;
      const df = known.df(known.event, this.eventVocab.globalId(id), () => c.df(this.eventVocab.term(id)));
      this.corpusEventIdf[id] = Math.log((c.articles + 1) / (df + 1)) + 1;
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Adds an article and returns the id of the story it joins now. A later article can bridge or
   * split stories; groups() gives the settled grouping. Its groups hold `keep` for the article
   * (by default the doc itself): a caller that needs only ids and titles back can keep less.
   */
  add(doc: Doc, keep: Doc = doc): string {
    const known = this.byArticle.get(doc.article.id);
    if (known !== undefined) return storyId(this.seed[this.find(known)]!);
    return this.addFeatures(eventFeatures(doc), keep);
  }

  /**
   * add() for an article whose features were worked out before (features.ts eventFeatures, or
   * fromGroupingFeatures of what the store kept): `keep` stands for the article in the groups,
   * and an empty `keep.article.text` marks an article with no text.
   */
  addFeatures(f: EventFeatures, keep: Doc): string {
    // While the index holds no more articles than retrieval would return, every one is scored: a local report of an
    // event told from its residents' side may share no rare word or event key with the wire's, only common ones.
    // (Not the store's placement, include() below, which scores a handful of stored neighbours its own way.)
    return storyId(this.seed[this.find(this.include(f, keep, this.entries.length <= this.opts.candidates))]!);
  }

  /**
   * addFeatures() without working out the story id (a caller that reads groups() or similarity()
   * after); returns the article's place. `scoreAll`: the article is scored against every article
   * added before it, not only the retrieved ones (the store's new article among its few neighbours).
   */
  include(f: EventFeatures, keep: Doc, scoreAll = false): number {
    const known = this.byArticle.get(keep.article.id);
    if (known !== undefined) return known;
    this.cached = null;
    const doc = keep;
    const i = this.entries.length;
    const note = doc.article.text.trim() === ""
      ? `Article ${doc.article.id} ("${doc.article.title.slice(0, 60)}") has no text to compare; it stands as its own story.`
      : null;
    const topic = this.topicVocab.addDocument(f.topic);
    const event = this.eventVocab.addDocument(f.event);
    this.corpusIdfOf(topic, event);
    const entry: Entry = {
      doc: keep, note, anchorYear: f.anchorYear, leadYears: orNone(f.leadYears), published: f.published ?? NaN, days: orNone(f.days), months: orNone(f.months),
      whenFrom: f.when?.[0] ?? -Infinity, whenTo: f.when?.[1] ?? Infinity,
      t: this.topics.append(topic, packedWeights(topic, this.topicIdf)), tn: topic.ids.length,
      e: this.events.append(event, packedWeights(event, this.eventIdf)), en: event.ids.length,
      protagonist: f.protagonist === null ? -1 : this.topicVocab.idOf(stem(f.protagonist)) ?? -1,
      ordinals: orNone(f.ordinals),
      leadScores: f.leadScores.length === 0 ? NO_IDS : Int32Array.from(f.leadScores.map((r) => this.eventVocab.idOf(`s:${r}`) ?? -1).filter((id) => id >= 0)),
      people: f.people.length === 0 ? NO_IDS : Int32Array.from(f.people.map((k) => this.eventVocab.idOf(k) ?? -1).filter((id) => id >= 0)).sort(),
      ...this.placesOf(f),
      venues: orNone(f.venues),
      nameOnly: f.nameOnly.length === 0 ? NO_IDS : Int32Array.from(f.nameOnly.map((w) => this.topicVocab.idOf(w) ?? -1).filter((id) => id >= 0)).sort(),
      actors: f.actors.length === 0 ? NO_IDS : Int32Array.from(f.actors, (a) => this.topicVocab.idOf(a) ?? -1),
      venueTerms: f.venues.length === 0 ? NONE : f.venues.map((v) => Int32Array.from(terms(v.slice(v.indexOf(":") + 1)), (t) => this.topicVocab.idOf(t) ?? -1)),
    };
    this.entries.push(entry);
    this.byArticle.set(doc.article.id, i);
    this.neighbours.push(NONE);
    this.neighbourScores.push(NONE);
    this.parent.push(i);
    this.seed.push(doc.article.id);
    if (note !== null) return i;

    // An index that retrieves nothing (the store scoring one article against given ones) needs no rare terms.
    if (this.opts.candidates === 0 || this.opts.maxPosting === 0) return i;
    const rare = this.rareTopicTerms(entry);
    const candidates = scoreAll ? Array.from({ length: i }, (_, j) => j) : this.retrieve(entry, rare);
    const kept: [number, number][] = [];
    const now: Weights = { topic: this.topics.weights, event: this.events.weights };
    this.load(entry, now);
    for (const j of candidates) {
      const s = this.scoreLoaded(entry, this.entries[j]!, now);
      if (s < this.opts.mergeThreshold / 2) continue;
      kept.push([j, s]);
      if (s >= this.opts.mergeThreshold) this.union(i, j);
    }
    this.unload(entry);
    // Only the closest few edges go to settle(): memory and settle time stay linear in the corpus
    // (tune fold B³-F1 is unchanged down to 8; it drops at 4).
    kept.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    // Lists of their exact length (grown one push at a time they kept slack).
    const closest = kept.slice(0, KEPT_NEIGHBOURS);
    if (closest.length > 0) this.neighbours[i] = closest.map(([j]) => j);
    if (closest.length > 0 && this.corpus) this.neighbourScores[i] = closest.map(([, s]) => s);
    this.index(i, entry, rare);
    return i;
  }

  /** The score of two added articles (by article id) as add() weighs them, or null when either is missing. */
  similarity(a: string, b: string): number | null {
    const x = this.byArticle.get(a), y = this.byArticle.get(b);
    if (x === undefined || y === undefined) return null;
    const now: Weights = { topic: this.topics.weights, event: this.events.weights };
    return this.score(this.entries[x]!, this.entries[y]!, now, now);
  }

  /** The settled grouping: every added article in exactly one story. */
  groups(): StoryGroup[] {
    this.cached ??= this.settle();
    return this.cached;
  }

  private settle(): StoryGroup[] {
    const n = this.entries.length;
    const order = Array.from({ length: n }, (_, i) => i)
      .sort((x, y) => cmp(this.entries[x]!.doc.article.id, this.entries[y]!.doc.article.id));
    const rankOf = new Int32Array(n);
    order.forEach((i, r) => { rankOf[i] = r; });
    const rank = (i: number) => rankOf[i]!;
    // Every kept pair rescored with the final idf, in flat typed arrays: at 100k articles there
    // are 1.6M pairs, and one object per pair cost more memory than everything else in settle().
    // Under a CorpusIdf the idf never changes, so the scores found at add time are final.
    let m = 0;
    for (const list of this.neighbours) m += list.length;
    const edges: EdgeList = { a: new Int32Array(m), b: new Int32Array(m), score: new Float64Array(m) };
    const final = this.corpus ? null : this.finalWeighing();
    // One scratch array for the weights of the article being spread out (load() copies them).
    let weights = new Float32Array(256);
    const scratch = (n: number) => (n <= weights.length ? weights : (weights = new Float32Array(2 * n)));
    let k = 0;
    for (let i = 0; i < n; i++) {
      const list = this.neighbours[i]!, scored = this.neighbourScores[i]!;
      if (final === null) {
        for (let x = 0; x < list.length; x++) { edges.a[k] = i; edges.b[k] = list[x]!; edges.score[k++] = scored[x]!; }
        continue;
      }
      if (list.length === 0) continue;
      const a = this.entries[i]!;
      // The article's own final weights spread out once; each neighbour's made term by term as it is read.
      const topicIds = this.topics.ids.subarray(a.t, a.t + a.tn), eventIds = this.events.ids.subarray(a.e, a.e + a.en);
      this.denseTopic.load(topicIds, packedWeightsInto(this.topics.view(a.t, a.tn), this.topicIdf, scratch(a.tn)), 0, a.tn);
      this.denseEvent.load(eventIds, packedWeightsInto(this.events.view(a.e, a.en), this.eventIdf, scratch(a.en)), 0, a.en);
      for (let x = 0; x < list.length; x++) {
        const j = list[x]!, b = this.entries[j]!;
        edges.a[k] = i; edges.b[k] = j;
        const ew = this.opts.eventWeight;
        const topic = this.denseTopic.dotWeighed(this.topics.ids, this.topics.tf, b.t, b.tn, final.topicIdf, final.topicNorm[j]!);
        const event = this.denseEvent.dotWeighed(this.events.ids, this.events.tf, b.e, b.en, final.eventIdf, final.eventNorm[j]!);
        edges.score[k++] = (1 - ew) * topic + ew * event - this.clash(a, b);
      }
      this.denseTopic.clear(topicIds, 0, a.tn);
      this.denseEvent.clear(eventIds, 0, a.en);
    }
    const scores = adjacency(n, edges);
    const time: TimeFrames = {
      lo: Float64Array.from(this.entries, (e) => e.whenFrom), hi: Float64Array.from(this.entries, (e) => e.whenTo), span: this.opts.storySpan,
    };
    const clusters = averageLinkSparse(n, edges, this.opts.mergeThreshold, rank, time)
      .flatMap((c) => (c.length > MAX_SPLIT ? [c] : localSplit(c, (items) => this.localSimilarity(items), this.opts.splitRatio, rank)));
    const bridged = bridge(clusters, edges, time, this.opts.bridgeScore, (a, b) => this.sharePerson(this.entries[a]!, this.entries[b]!),
      (a, b) => (timeApart(this.entries[a]!, this.entries[b]!, this.clashContext) ? this.opts.timeClashPenalty : 0), this.opts.timeClashPenalty);
    const groups = adopt(bridged, scores, rank, time, this.opts).map((members) => {
      const sorted = [...members].sort((x, y) => rank(x) - rank(y));
      const docs = sorted.map((i) => this.entries[i]!.doc);
      const centre = mostCentral(sorted, scores);
      const notes = sorted.map((i) => this.entries[i]!.note).filter((x): x is string => x !== null);
      // Publication days say how far apart a story runs; without them (at most one article dated), the years its leads give.
      const published = sorted.map((i) => this.entries[i]!.published);
      const span = published.filter((p) => !Number.isNaN(p)).length > 1 ? longSpanNote(published) : yearSpanNote(sorted.map((i) => this.entries[i]!.anchorYear));
      if (span !== null) notes.push(span);
      return {
        id: storyId(docs[0]!.article.id),
        title: storyTitle(this.entries[centre]!.doc),
        docs: byPublication(docs),
        notes,
      };
    });
    return groups.sort((a, b) => b.docs.length - a.docs.length || cmp(a.id, b.id));
  }

  /**
   * The final idf by term id and each article's norm under it: what settle() needs to score a pair as
   * packedWeights with the final idf would weigh it (arena.ts dotWeighed), without an arena-sized array
   * of new weights (60 MB at 100k articles, the peak of the run).
   */
  private finalWeighing(): { topicIdf: Float64Array; eventIdf: Float64Array; topicNorm: Float64Array; eventNorm: Float64Array } {
    const topicIdf = Float64Array.from({ length: this.topicVocab.size }, (_, id) => this.topicIdf(id));
    const eventIdf = Float64Array.from({ length: this.eventVocab.size }, (_, id) => this.eventIdf(id));
    return {
      topicIdf, eventIdf,
      topicNorm: this.topics.norms(this.entries.map((e) => e.t), this.entries.map((e) => e.tn), topicIdf),
      eventNorm: this.events.norms(this.entries.map((e) => e.e), this.entries.map((e) => e.en), eventIdf),
    };
  }

  /** Whether two articles both name, twice in full, a person at most RARE_NAME articles name. */
  private sharePerson(a: Entry, b: Entry): boolean {
    const x = a.people, y = b.people;
    for (let i = 0, j = 0; i < x.length && j < y.length;) {
      if (x[i] === y[j]) {
        if (this.eventDf(x[i]!) <= RARE_NAME) return true;
        i++; j++;
      } else if (x[i]! < y[j]!) i++;
      else j++;
    }
    return false;
  }

  /** Articles having event feature `id`: in the index, or under a CorpusIdf in the corpus (read back from its idf). */
  private eventDf(id: number): number {
    if (!this.corpus) return this.eventVocab.frequency(id);
    return (this.corpus.articles + 1) / Math.exp(this.corpusEventIdf[id]! - 1) - 1;
  }

  /** Candidate articles sharing rare features with `entry`, best first, at most `candidates`. */
  private retrieve(entry: Entry, rare: readonly number[]): number[] {
    // Votes accumulate in one reused array indexed by article, not a fresh Map per add: the
    // voters are the same few thousand either way, but a Map costs hashing and garbage.
    if (this.votes.length < this.entries.length) {
      const grown = new Float64Array(Math.max(1024, this.entries.length * 2));
      grown.set(this.votes);
      this.votes = grown;
    }
    const votes = this.votes, touched: number[] = [];
    // A full list still votes: it holds the first articles with the feature, which keeps copies together.
    for (let x = entry.e; x < entry.e + entry.en; x++) { const id = this.events.ids[x]!; this.eventPostings.vote(id, this.eventIdf(id), votes, touched); }
    for (const id of rare) this.topicPostings.vote(id, this.topicIdf(id), votes, touched);
    const best = topVotes(touched, votes, this.opts.candidates);
    for (const j of touched) votes[j] = 0;
    return best;
  }

  /**
   * Articles having topic word `id`: so far in the index, or under a CorpusIdf in the corpus. The
   * store's placement clusters a handful of stored articles: counted among them, the words two
   * reports of one event share are their commonest, and two that share rare words but no name,
   * number or date (one gives a girl's age as 7, the other as 8) were never compared.
   */
  private readonly topicFrequency = (id: number): number => (this.corpus ? this.corpusTopicDf[id]! : this.topicVocab.frequency(id));

  /** The entry's RETRIEVAL_TOPIC_TERMS topic ids fewest articles have (ties: the lower id). */
  private rareTopicTerms(entry: Entry): number[] {
    const n = entry.tn, ids = this.topics.ids;
    // One number per term, frequency then id, sorted natively: exact while frequency × 2^32 + id
    // stays below 2^53 (a frequency under 2^21); a larger index sorts with a comparator.
    const keys = new Float64Array(n);
    const frequency = this.topicFrequency;
    for (let k = 0; k < n; k++) {
      const id = ids[entry.t + k]!, df = frequency(id);
      if (df >= 1 << 21) {
        return Array.from(ids.subarray(entry.t, entry.t + n))
          .sort((x, y) => frequency(x) - frequency(y) || x - y)
          .slice(0, RETRIEVAL_TOPIC_TERMS);
      }
      keys[k] = df * 4_294_967_296 + id;
    }
    keys.sort();
    const m = Math.min(n, RETRIEVAL_TOPIC_TERMS), out = new Array<number>(m);
    for (let k = 0; k < m; k++) out[k] = keys[k]! % 4_294_967_296;
    return out;
  }

  private index(i: number, entry: Entry, rare: readonly number[]): void {
    for (let x = entry.e; x < entry.e + entry.en; x++) this.eventPostings.put(this.events.ids[x]!, i);
    for (const id of rare) this.topicPostings.put(id, i);
  }

  /** Spreads `a`'s vectors weighed by `w` for scoreLoaded(); unload() after. */
  private load(a: Entry, w: Weights): void {
    this.denseTopic.load(this.topics.ids, w.topic, a.t, a.tn);
    this.denseEvent.load(this.events.ids, w.event, a.e, a.en);
  }

  private unload(a: Entry): void {
    this.denseTopic.clear(this.topics.ids, a.t, a.tn);
    this.denseEvent.clear(this.events.ids, a.e, a.en);
  }

  /** score(a, b, w, w) with `a` loaded by load(a, w): the same number, bit for bit. */
  private scoreLoaded(a: Entry, b: Entry, w: Weights): number {
    const ew = this.opts.eventWeight;
    const topic = this.denseTopic.dot(this.topics.ids, w.topic, b.t, b.tn);
    const event = this.denseEvent.dot(this.events.ids, w.event, b.e, b.en);
    return (1 - ew) * topic + ew * event - this.clash(a, b);
  }

  /** Score of a pair, with `a`'s vectors weighed by `aw` and `b`'s by `bw`. */
  private score(a: Entry, b: Entry, aw: Weights, bw: Weights): number {
    const w = this.opts.eventWeight;
    const topic = arenaCosine(this.topics.ids, aw.topic, a.t, a.tn, bw.topic, b.t, b.tn);
    const event = arenaCosine(this.events.ids, aw.event, a.e, a.en, bw.event, b.e, b.en);
    return (1 - w) * topic + w * event - this.clash(a, b);
  }

  private placesOf(f: EventFeatures): Pick<Entry, "places" | "placeTerms"> {
    if (f.city === null && f.places.length === 0) return { places: NONE, placeTerms: NONE };
    const places = [...new Set([...(f.city === null ? [] : [f.city]), ...f.places])];
    return { places, placeTerms: places.map((p) => Int32Array.from(terms(p), (t) => this.topicVocab.idOf(t) ?? -1)) };
  }

  /** What a strong sign of two different events takes off a pair's score (clash.ts). */
  private clash(a: Entry, b: Entry): number {
    return clash(a, b, this.clashContext);
  }

  /** Pairwise similarity inside one group, with idf computed over the group alone. */
  private localSimilarity(items: readonly number[]): number[][] {
    // Group counts and idf in arrays by vocabulary id, reused (zeroed after) across calls: a
    // group's terms are a few thousand of the index's.
    const vectors = (starts: (e: Entry) => readonly [number, number]) => items.map((i) => starts(this.entries[i]!));
    const topicIdf = this.groupIdf(0, this.topicVocab.size, this.topics.ids, vectors((e) => [e.t, e.tn]), items.length);
    const eventIdf = this.groupIdf(1, this.eventVocab.size, this.events.ids, vectors((e) => [e.e, e.en]), items.length);
    const tv = items.map((i) => this.topics.view(this.entries[i]!.t, this.entries[i]!.tn));
    const ev = items.map((i) => this.events.view(this.entries[i]!.e, this.entries[i]!.en));
    const tw = tv.map((v) => packedWeights(v, topicIdf));
    const ew = ev.map((v) => packedWeights(v, eventIdf));
    // Symmetric: each pair is scored once.
    const m = items.map(() => new Array<number>(items.length).fill(0));
    // Each member spread out once and scored against the later ones: packedCosine's numbers (arena.ts DenseVector).
    const dt = this.denseTopic, de = this.denseEvent;
    for (let a = 0; a < items.length; a++) {
      const x = this.entries[items[a]!]!;
      const ta = tv[a]!.ids, ea = ev[a]!.ids;
      dt.load(ta, tw[a]!, 0, ta.length);
      de.load(ea, ew[a]!, 0, ea.length);
      for (let b = a + 1; b < items.length; b++) {
        const y = this.entries[items[b]!]!;
        const tb = tv[b]!.ids, eb = ev[b]!.ids;
        const s = 0.5 * dt.dot(tb, tw[b]!, 0, tb.length)
          + 0.5 * de.dot(eb, ew[b]!, 0, eb.length)
          - this.clash(x, y);
        m[a]![b] = s;
        m[b]![a] = s;
      }
      dt.clear(ta, 0, ta.length);
      de.clear(ea, 0, ea.length);
    }
    this.groupIdfDone(0, this.topics.ids, vectors((e) => [e.t, e.tn]));
    this.groupIdfDone(1, this.events.ids, vectors((e) => [e.e, e.en]));
    return m;
  }

  /** Scratch per vocabulary (topic, event): counts and idf over one group, by vocabulary id; all zero between uses. */
  private readonly groupDf: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
  private readonly groupIdfs: Float64Array[] = [new Float64Array(0), new Float64Array(0)];

  /** Idf over the group of `n` articles whose vectors are `vectors` ([start, length] in `ids`). */
  private groupIdf(k: 0 | 1, vocabSize: number, ids: Uint32Array, vectors: readonly (readonly [number, number])[], n: number): (id: number) => number {
    if (this.groupDf[k]!.length < vocabSize) {
      this.groupDf[k] = new Int32Array(vocabSize * 2);
      this.groupIdfs[k] = new Float64Array(vocabSize * 2);
    }
    const df = this.groupDf[k]!, idf = this.groupIdfs[k]!;
    for (const [start, len] of vectors) for (let x = start; x < start + len; x++) df[ids[x]!]!++;
    for (const [start, len] of vectors) {
      for (let x = start; x < start + len; x++) {
        const id = ids[x]!;
        // Never 0 once set: df ≤ n, so the log is ≥ 0.
        if (idf[id] === 0) idf[id] = Math.log((n + 1) / (df[id]! + 1)) + 1;
      }
    }
    return (id: number) => idf[id]!;
  }

  private groupIdfDone(k: 0 | 1, ids: Uint32Array, vectors: readonly (readonly [number, number])[]): void {
    const df = this.groupDf[k]!, idf = this.groupIdfs[k]!;
    for (const [start, len] of vectors) for (let x = start; x < start + len; x++) { df[ids[x]!] = 0; idf[ids[x]!] = 0; }
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) { const next = this.parent[i]!; this.parent[i] = r; i = next; }
    return r;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = cmp(this.seed[ra]!, this.seed[rb]!) <= 0 ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
  }
}

/**
 * Feature counts read from a CorpusIdf, by lexicon id: the store builds two indexes per placed
 * article over one CorpusIdf, with mostly the same articles, and asks each count once.
 */
interface CorpusCounts {
  readonly topic: IntTable;
  readonly event: IntTable;
  df(table: IntTable, gid: number, read: () => number): number;
}
const corpusCountsOf = new WeakMap<CorpusIdf, CorpusCounts>();
function corpusCounts(c: CorpusIdf): CorpusCounts {
  let k = corpusCountsOf.get(c);
  if (!k) {
    corpusCountsOf.set(c, (k = {
      topic: new IntTable(), event: new IntTable(),
      df(table, gid, read) {
        let n = table.get(gid);
        if (n < 0) {
          n = read();
          if (n >= 0) table.add(gid, n);
        }
        return n;
      },
    }));
  }
  return k;
}

// Most articles name no person twice, no series place, no day: one shared empty list stands for
// all of theirs (at 100k articles, an empty array or typed array per field and article cost tens of MB).
const NONE: readonly never[] = [];
const NO_IDS = new Int32Array(0);
const orNone = <T>(xs: readonly T[]): readonly T[] => (xs.length === 0 ? NONE : xs);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Earliest publication first; undated after dated; then by article id. */
function byPublication(docs: readonly Doc[]): Doc[] {
  return [...docs].sort((a, b) => {
    const pa = a.article.publishedAt, pb = b.article.publishedAt;
    // By instant: "2020-02-15T07:00:00+09:00" was published before "2020-02-14T23:30:00Z".
    if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : publishedInstant(pa) - publishedInstant(pb) || cmp(pa, pb);
    return cmp(a.article.id, b.article.id);
  });
}
