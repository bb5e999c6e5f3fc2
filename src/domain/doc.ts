// Doc: an article with its annotations, all as spans into article.text. Produced by annotate/.
import type { Article } from "./article.js";
import type { Span } from "./span.js";

export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph (line) the sentence sits in. */
  readonly paragraph: number;
}

export type TokenKind = "word" | "number" | "punct" | "symbol" | "other";

export interface Token extends Span {
  readonly kind: TokenKind;
  /** Lower-cased text, for matching. */
  readonly lower: string;
  /** Universal POS tag from the tagger (PROPN, NOUN, VERB, NUM, ...). */
  readonly pos: string;
  /** Lemma, lower-cased ("released" → "release", "servicemen" → "serviceman"). */
  readonly lemma: string;
  readonly sentence: number;
}

export type EntityType = "person" | "org" | "place";

export interface Entity {
  readonly kind: "entity";
  readonly type: EntityType;
  readonly span: Span;
  /** Canonical name used to compare mentions across articles (e.g. "zelensky"). */
  readonly key: string;
  readonly sentence: number;
}

/** What a quantity measures. */
export type QuantityUnit = "count" | "money" | "percent" | "distance" | "duration" | "age" | "other";

/** When a title applies to its holder: "former minister", "president-elect", "acting chief". */
export type RoleTense = "current" | "former" | "elect" | "acting";

export type Hedge =
  | "exact" | "nearly" | "over" | "at-least" | "at-most" | "about" | "up-to" | "range" | "vague";

export interface Quantity {
  readonly kind: "quantity";
  /** The whole mention: hedge + number + counted noun ("nearly 800 individuals"). */
  readonly span: Span;
  /** Just the number ("800", "1,000", "two"). */
  readonly numberSpan: Span;
  readonly value: number;
  /** Interval implied by the hedge: low/high inclusive bounds, null = unbounded. */
  readonly low: number | null;
  readonly high: number | null;
  readonly hedge: Hedge;
  /** The hedge words as written ("nearly", "over", "at least"), or null. */
  readonly hedgeText: string | null;
  /** Head noun counted, singularized and lower-cased ("prisoner", "ukrainian"), or null. */
  readonly noun: string | null;
  readonly nounSpan: Span | null;
  /** What the number measures: people, money, percent, distance, time, ordinal, other. */
  readonly unit: QuantityUnit;
  /** Main verb/predicate near the mention, lemmatized ("release", "return", "kill"), or null. */
  readonly predicate: string | null;
  /** True when "each"/"per"/"from each side" marks a per-party figure. */
  readonly perParty: boolean;
  readonly sentence: number;
}

export interface DateMention {
  readonly kind: "date";
  readonly span: Span;
  /** absolute ("May 16, 2025"), relative ("last week"), year ("in 2023"), weekday ("on Friday"), month ("in March"). */
  readonly form: "absolute" | "relative" | "year" | "weekday" | "month";
  /** Resolved interval, inclusive, YYYY-MM-DD; null when it cannot be resolved (no publish date). */
  readonly from: string | null;
  readonly to: string | null;
  readonly granularity: "day" | "month" | "year";
  readonly sentence: number;
}

export interface Quote {
  readonly kind: "quote";
  /** The quoted words without the quote marks. */
  readonly span: Span;
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly sentence: number;
}

export interface RoleMention {
  readonly kind: "role";
  /** Office + person as written ("U.S. Secretary of State Antony Blinken"). */
  readonly span: Span;
  readonly personSpan: Span;
  readonly officeSpan: Span;
  /** Normalized office ("secretary of state", "foreign minister", "president"). */
  readonly office: string;
  /** Country the office belongs to when stated or implied ("United States"), else null. */
  readonly country: string | null;
  /** Stated as current (default), former ("former President"), or elect/acting. */
  readonly tense: RoleTense;
  readonly sentence: number;
}

export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  /** Rebuilt on demand from a packed copy (annotate/steps/tokens.ts): read it where needed, do not spread a Doc. */
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
  readonly roles: readonly RoleMention[];
}
