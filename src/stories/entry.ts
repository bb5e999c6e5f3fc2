// One article in the story index: its doc, where its vectors sit in the index's arenas, and the
// features that tell two events apart (time, places, the people it is about).
import type { Doc } from "../domain/doc.js";

export interface Entry {
  readonly doc: Doc;
  /** Offset and length of the topic-word vector in the topic arena. */
  readonly t: number;
  readonly tn: number;
  /** Offset and length of the event-feature vector in the event arena. */
  readonly e: number;
  readonly en: number;
  readonly anchorYear: number | null;
  /** Years the headline or the lead writes out (EventFeatures.leadYears). */
  readonly leadYears: readonly number[];
  /** Publication day, or NaN. */
  readonly published: number;
  /** Days named in the text, sorted. */
  readonly days: readonly number[];
  /** Months named in the text (features.ts monthNumber). */
  readonly months: readonly number[];
  /** When the event happened, days [from, to] (±Infinity when unknown). */
  readonly whenFrom: number;
  readonly whenTo: number;
  /** Event-feature ids of the people the article names twice in full (EventFeatures.people), sorted. */
  readonly people: Int32Array;
  /** Topic-term id of the protagonist's surname (see eventFeatures), or -1. */
  readonly protagonist: number;
  /** Places in a series the text names, "<noun>:<n>" (EventFeatures.ordinals), sorted. */
  readonly ordinals: readonly string[];
  /** Event-feature ids of the results the headline or the lead gives ("s:24-17"; EventFeatures.leadScores). */
  readonly leadScores: Int32Array;
  /** Where it happened: the dateline's place and the lead's (EventFeatures.city, places), with the topic-term ids of their words (-1: a word no article has). */
  readonly places: readonly string[];
  readonly placeTerms: readonly Int32Array[];
  /** Topic-term ids of the words it writes only inside a street's or a hotel's name (EventFeatures.nameOnly), sorted. */
  readonly nameOnly: Int32Array;
  /** Named buildings the lead puts the event at, "<noun>:<name>" (EventFeatures.venues), with the topic-term ids of each name's words. */
  readonly venues: readonly string[];
  readonly venueTerms: readonly Int32Array[];
  /** Topic-term ids of the groups a collective action of the headline or the lead is by (EventFeatures.actors; -1: a word no article has). */
  readonly actors: Int32Array;
  readonly note: string | null;
}
