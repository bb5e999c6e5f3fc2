// Small text helpers shared by the signals: word runs with offsets, lines, evidence spans.
// Signals read article.text directly (regexes over a few KB are far cheaper than the tagger).
export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophe folded to straight. */
  readonly lower: string;
}

// "1,000" and "Russia’s" are one word each; punctuation is skipped.
const WORD = /[\p{L}\p{N}]+(?:[’'.,\-][\p{L}\p{N}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    out.push({ index: index++, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/** Quote words for a summary: ‘…’, shortened past 60 characters. */
export function quoted(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return `“${t.length > 60 ? `${t.slice(0, 57)}…` : t}”`;
}

export const STOPWORDS: ReadonlySet<string> = new Set((
  "a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did " +
  "it its this that these those he she they we i you his her their our your him them us me my not no so than then " +
  "there here who whom which what when where why how all any both each more most other some such only own same too " +
  "very can will just would could should may might must shall also into over after before about against between " +
  "through during under again further once up down out off said says one two"
).split(" "));
