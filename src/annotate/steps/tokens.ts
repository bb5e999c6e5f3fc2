// Sentences and tokens with character offsets, from wink-nlp. wink treats a newline as a space,
// so each paragraph (line) is read on its own and offsets are rebased onto the article text.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type winkNLPType from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token, TokenKind } from "../../domain/doc.js";

type Wink = ReturnType<typeof winkNLPType>;
let nlp: Wink | null = null;
function pipeline(): Wink {
  nlp ??= forgetfulWink()(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * wink-nlp with a tokenizer that does not depend on the texts read before. wink's cache keeps every
 * out-of-vocabulary word it has met, and its tokenizer keeps a chunk whole when the chunk is in the
 * cache: "'I" read as one token once (in some odd context) is one token in every later text, while a
 * fresh instance splits it into "'" and "I". So the same article was tokenized differently depending on
 * what the thread had read before it, and `analyze` on two threads could give another report than on
 * one (found on 4,000 bench articles, 2026-12-05). Here the tokenizer's lookups see only the shipped
 * vocabulary; words met before are still reused when added (same index, no growth).
 */
function forgetfulWink(): typeof winkNLPType {
  const require = createRequire(import.meta.url);
  const wrapperPath = join(dirname(require.resolve("wink-nlp")), "dd-wrapper.js");
  const loaded = require.cache[wrapperPath]?.exports as { forgetful?: true } | undefined;
  if (loaded !== undefined && loaded.forgetful !== true) throw new Error("wink-nlp was loaded before its tokenizer could be made history-free: load it only through annotate/steps/tokens.ts");
  if (loaded === undefined) {
    type Cache = { intrinsicSize(): number; lookup(text: string): number[] | null };
    const original = require(wrapperPath) as (data: { cache: Cache }) => unknown;
    // The tokenizer asks the cache through the document wrapper only ("is this chunk a known word?"):
    // that view of the cache sees the shipped vocabulary; the cache itself, which the tagger and the
    // features read, is left as it is.
    // The view answers from the shipped vocabulary only, and one view serves every document of a cache.
    // (Each chunk's answer was kept in a Map, bounded, for the 1.7 million chunks the tokenizer asks about in
    // 4,000 bench articles; tokenize alone ran faster without it, 2026-12-07, interleaved runs on a loaded
    // machine: median CPU 2,105 → 1,907 ms over the 1k bench texts, 5,835 → 5,130 ms over the 4k ones.)
    const views = new WeakMap<Cache, Cache>();
    const viewOf = (cache: Cache): Cache => {
      let view = views.get(cache);
      if (view === undefined) {
        const shipped = cache.intrinsicSize();
        const lookup = (text: string) => {
          const hit = cache.lookup(text);
          return hit !== null && hit.length === 1 && hit[0]! >= shipped ? null : hit;
        };
        view = Object.assign(Object.create(null) as Cache, cache, { lookup });
        views.set(cache, view);
      }
      return view;
    };
    const forgetful = (data: { cache: Cache }): unknown => {
      const cache = data.cache;
      data.cache = viewOf(cache);
      try { return original(data); } finally { data.cache = cache; }
    };
    require.cache[wrapperPath]!.exports = Object.assign(forgetful, { forgetful: true as const });
  }
  return require("wink-nlp") as typeof winkNLPType;
}

const KIND: Readonly<Record<string, TokenKind>> = {
  word: "word", number: "number", punctuation: "punct", symbol: "symbol", currency: "symbol",
  ordinal: "word", emoticon: "other", emoji: "other", email: "other", url: "other", hashtag: "other",
  mention: "other", time: "number", quoted_phrase: "word", tabCRLF: "other",
};

export interface Tokenized {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/**
 * Wink ends a sentence at the dot inside a ticker ("Harbour Pulp <HPL.TO> fell 2 percent" → "… <HPL." and
 * "TO> fell …"): a boundary between an open "<" and its ">" with no space between is no boundary.
 */
function mergeTickers(spans: [number, number][], line: string, starts: readonly number[], ends: readonly number[]): [number, number][] {
  if (!line.includes("<")) return spans;
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && /<[A-Z0-9][A-Z0-9.]{0,11}$/.test(line.slice(starts[prev[0]] ?? 0, ends[prev[1]] ?? 0)) && /^[A-Z0-9]{1,6}>/.test(line.slice(starts[span[0]] ?? 0))) {
      prev[1] = span[1];
      continue;
    }
    out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * A word in lower case, one copy per spelling: the word itself when it has no capital (wink's own string, one
 * for every token of that spelling), else the process's copy (intern). Packing then keeps the strings as they are.
 */
function lowerOf(t: string): string {
  const low = t.toLowerCase();
  return low === t ? t : intern(low);
}

export function tokenize(text: string): Tokenized {
  const nlp = pipeline();
  const its = nlp.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      const doc = nlp.readDoc(line);
      const values = doc.tokens().out() as string[];
      const spaces = doc.tokens().out(its.precedingSpaces) as string[];
      const types = doc.tokens().out(its.type) as string[];
      const tags = doc.tokens().out(its.pos) as string[];
      const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const n = values.length;
      const starts = new Array<number>(n);
      const ends = new Array<number>(n);
      // A token found where it was looked for is its own text: wink's string, shared by every token of that spelling,
      // instead of a fresh slice of the text (one fewer string per token).
      const found = new Array<boolean>(n);
      let pos = 0;
      for (let i = 0; i < n; i++) {
        const v = values[i] ?? "";
        pos += (spaces[i] ?? "").length;
        let at = line.startsWith(v, pos) ? pos : line.indexOf(v, pos);
        found[i] = at >= 0;
        if (at < 0) at = pos; // wink never drops characters; keep going defensively
        starts[i] = at;
        ends[i] = Math.min(line.length, at + v.length);
        pos = at + v.length;
      }
      const spans = mergeTickers(doc.sentences().out(its.span) as unknown as [number, number][], line, starts, ends);
      for (const [first, last] of spans) {
        const sIndex = sentences.length;
        const start = lineStart + (starts[first] ?? 0);
        const end = lineStart + (ends[last] ?? line.length);
        sentences.push({ index: sIndex, paragraph, start, end, text: text.slice(start, end) });
        for (let i = first; i <= last; i++) {
          const s = lineStart + (starts[i] ?? 0);
          const e = lineStart + (ends[i] ?? 0);
          const t = found[i] ? values[i]! : text.slice(s, e);
          // Share one string where text, lower case and lemma coincide: a 10k-article corpus holds
          // millions of tokens, and three copies of each word would triple its memory.
          const lower = lowerOf(t);
          const lemma = lemmas[i];
          const lem = lemma === undefined ? lowerOf(t) : lemma === t ? lower : lowerOf(lemma);
          tokens.push({
            start: s, end: e, text: t, kind: KIND[types[i] ?? ""] ?? "other", lower,
            pos: tags[i] ?? "X", lemma: lem === lower ? lower : lem, sentence: sIndex,
          });
        }
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return { sentences, tokens };
}

/**
 * Tokens kept compactly between stages: numbers in typed arrays and interned strings, about a
 * quarter of the memory of token objects. A corpus of 10k articles holds millions of tokens until
 * its stories are formed; the objects are rebuilt on demand, one story at a time.
 */
export interface PackedTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: Int32Array;
  readonly kinds: Uint8Array;
  readonly tags: Uint8Array;
  readonly lowers: readonly string[];
  readonly lemmas: readonly string[];
}

const KINDS: readonly TokenKind[] = ["word", "number", "punct", "symbol", "other"];
const KIND_ID: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punct: 2, symbol: 3, other: 4 };
const TAGS: string[] = [];
const TAG_ID = new Map<string, number>();
/** One copy of each lower-case word and lemma for the whole process: words repeat across articles. */
const INTERNED = new Map<string, string>();
export const intern = (s: string): string => {
  const known = INTERNED.get(s);
  if (known !== undefined) return known;
  if (INTERNED.size < 2_000_000) INTERNED.set(s, s);
  return s;
};

/** This thread's tag table: packed tags are indices into it. */
export const tagNames = (): readonly string[] => TAGS;

export function tagId(pos: string): number {
  let tag = TAG_ID.get(pos);
  if (tag === undefined) { tag = TAGS.length; TAGS.push(pos); TAG_ID.set(pos, tag); }
  return tag;
}

export function packTokens(tokens: readonly Token[]): PackedTokens {
  const n = tokens.length;
  const p = {
    starts: new Int32Array(n), ends: new Int32Array(n), sentences: new Int32Array(n),
    kinds: new Uint8Array(n), tags: new Uint8Array(n), lowers: new Array<string>(n), lemmas: new Array<string>(n),
  };
  let tag = "", id = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    p.starts[i] = t.start;
    p.ends[i] = t.end;
    p.sentences[i] = t.sentence;
    p.kinds[i] = KIND_ID[t.kind];
    // (Tags come in runs of few values: the last one's id is at hand.)
    if (t.pos !== tag) { tag = t.pos; id = tagId(tag); }
    p.tags[i] = id;
    // (Interned where tokenize made them: a lookup per token here cost more than the rest of packing.)
    const lower = t.lower;
    p.lowers[i] = lower;
    p.lemmas[i] = t.lemma === lower ? lower : t.lemma;
  }
  return p;
}

export function unpackTokens(text: string, p: PackedTokens): Token[] {
  const out: Token[] = new Array(p.starts.length);
  for (let i = 0; i < p.starts.length; i++) {
    const start = p.starts[i]!, end = p.ends[i]!;
    const lower = p.lowers[i]!;
    // (A word written in lower case is its lower-case string: compared in place rather than sliced out first.)
    const t = end - start === lower.length && text.startsWith(lower, start) ? lower : text.slice(start, end);
    out[i] = {
      start, end, text: t, kind: KINDS[p.kinds[i]!] ?? "other", lower,
      pos: TAGS[p.tags[i]!] ?? "X", lemma: p.lemmas[i]!, sentence: p.sentences[i]!,
    };
  }
  return out;
}

/** Recently rebuilt token arrays: stages work a story at a time, so a few hundred cover the docs in use. */
const RECENT = new Map<PackedTokens, Token[]>();
const RECENT_MAX = 256;

/** Token objects for a packed doc, rebuilt when not among the recently used. */
export function tokensOf(text: string, p: PackedTokens): readonly Token[] {
  let t = RECENT.get(p);
  if (t) {
    RECENT.delete(p);
  } else {
    t = unpackTokens(text, p);
    if (RECENT.size >= RECENT_MAX) RECENT.delete(RECENT.keys().next().value!);
  }
  RECENT.set(p, t);
  return t;
}
