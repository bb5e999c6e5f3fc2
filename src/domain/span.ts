// One span type for every offset in the system: [start, end) in UTF-16 code units of an
// article's normalized text, with the covered text kept for checking (text.slice(start, end) === span.text).
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Evidence is a span inside one named article. */
export interface Evidence extends Span {
  readonly articleId: string;
}

export function evidenceOf(articleId: string, text: string, start: number, end: number): Evidence {
  return { articleId, start, end, text: text.slice(start, end) };
}
