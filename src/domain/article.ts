// An article as every stage sees it: normalized text plus metadata. Produced only by ingest/.
export interface Article {
  /** Hash of the normalized text: the same article ingested twice is one article. */
  readonly id: string;
  /** The input's own id (JSONL `id`, API `id`), or null. */
  readonly sourceId: string | null;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  /** ISO-8601 date or date-time, or null when unknown. */
  readonly publishedAt: string | null;
  /** Local path the article was read from, or null. */
  readonly path: string | null;
  /** The normalized text that every offset refers to. */
  readonly text: string;
}
