// Small text helpers shared by the signals: words (from the annotate tokens), lines, quoting.
import type { Doc, Token } from "../domain/doc.js";

/** A word or number token: the tagger's tokens minus punctuation ("1,000" is one word). */
export type Word = Pick<Token, "start" | "end" | "lower">;

/** Keyed by the token array, not the Doc: docs rebuild their tokens on demand, and the words go with them. */
const cache = new WeakMap<readonly Token[], readonly Word[]>();

/** The article's words in order, from the annotate tokens (computed once per token array). */
export function words(doc: Doc): readonly Word[] {
  const tokens = doc.tokens;
  let ws = cache.get(tokens);
  if (!ws) {
    ws = tokens.filter((t) => t.kind === "word" || t.kind === "number");
    cache.set(tokens, ws);
  }
  return ws;
}

export interface WordIds {
  /** Each word's id (same lower-case word, same id), in text order. */
  readonly ids: Int32Array;
  /** How often each id occurs in the article. */
  readonly freq: Int32Array;
}

const idCache = new WeakMap<Doc, WordIds>();

/** Words as small integers, so counting needs no string maps (computed once per Doc). */
export function wordIds(doc: Doc): WordIds {
  let cached = idCache.get(doc);
  if (!cached) {
    const ws = words(doc);
    const intern = new Map<string, number>();
    const ids = new Int32Array(ws.length);
    for (let i = 0; i < ws.length; i++) {
      const lower = ws[i]!.lower;
      let n = intern.get(lower);
      if (n === undefined) intern.set(lower, (n = intern.size));
      ids[i] = n;
    }
    const freq = new Int32Array(intern.size);
    for (const n of ids) freq[n]!++;
    cached = { ids, freq };
    idCache.set(doc, cached);
  }
  return cached;
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
