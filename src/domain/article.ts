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

// `publishedAt` keeps the publisher's own offset ("2020-02-15T07:00:00+09:00"): its first ten
// characters are the day the publisher printed, which a UTC conversion would move to the 14th.

/** The publisher's local day of a `publishedAt` (`YYYY-MM-DD`), or null. */
export function publishedDay(publishedAt: string | null): string | null {
  const day = publishedAt?.slice(0, 10) ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** The instant of a `publishedAt` in ms, for ordering; a time without zone is read as UTC; NaN when unreadable. */
export function publishedInstant(publishedAt: string): number {
  const s = publishedAt.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Date.parse(`${s}T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) return Date.parse(`${s}Z`);
  return Date.parse(s);
}
