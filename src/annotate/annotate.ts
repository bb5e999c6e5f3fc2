// annotate: Article → Doc. Runs the steps in order; each step is a pure function of the text
// and what earlier steps found.
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import { dates } from "./steps/dates.js";
import { entities, linkSurnames } from "./steps/entities.js";
import { quantities } from "./steps/quantities.js";
import { quotes } from "./steps/quotes.js";
import { roles } from "./steps/roles.js";
import { packTokens, tokenize, tokensOf, type PackedTokens } from "./steps/tokens.js";
import type { Token } from "../domain/doc.js";

export function annotate(article: Article): Doc {
  // Steps read a text whose leftover mojibake and combining marks are letters (see `readable`); spans quote the article's own.
  const text = flowed(readable(article.text));
  const { sentences, tokens } = tokenize(text);
  const found = linkSurnames(text, tokens, entities(text, tokens));
  const people = found.filter((e) => e.type === "person");
  const steps = {
    sentences,
    entities: found,
    quantities: quantities(text, tokens),
    dates: dates(text, sentences, article.publishedAt),
    quotes: quotes(text, sentences, found, tokens),
    roles: roles(text, people),
  };
  const annotations = { article, ...(text === article.text ? steps : respan(steps, article.text)) };
  return packedDoc(annotations, packTokens(tokens));
}

/**
 * UTF-8 read as Latin-1 that the ingest could not undo because the text mixes encodings (real “curly” quotes
 * beside "PeÃ±a Nieto", "FranÃ§ois Hollande", "SarukhÃÂ¡n", decomposed too: "A" + a combining tilde, "¼" as
 * "1⁄4"; PolNeAR's texts are so), and letters written with combining marks ("José" as "Jose" + U+0301): the
 * name breaks at the mark, so nobody speaks in `“…,” PeÃ±a Nieto said`. The steps read such runs as plain
 * letters ("Pexxxa"), same length, so every offset holds and every span still quotes the article's text.
 */
export function readable(text: string): string {
  if (!MARKED.test(text)) return text;
  return text.replace(MOJIBAKE_RUN, (run, at: number) => (/\p{L}/u.test(text[at - 1] ?? "") ? "x" : "X") + "x".repeat(run.length - 1))
    .replace(COMBINING, "x");
}
/** A mojibake lead ("Ã", "Â", or "A" with a combining tilde or circumflex) and the bytes after it. */
const MOJIBAKE_RUN = /(?:[\u00C2\u00C3]|A[\u0302\u0303])(?:[\u00C2\u00C3]|A[\u0302\u0303]|[\u0080-\u00BF]|\d\u2044\d| [\u0300-\u036F])*(?:[\u0080-\u00BF]|\d\u2044\d| [\u0300-\u036F])/g;
/** A combining mark after a letter. */
const COMBINING = /(?<=\p{L})[\u0300-\u036F]/gu;
const MARKED = /[\u00C2\u00C3][\u0080-\u00BF]|[\u0300-\u036F]/;

/**
 * Hard-wrapped text (wire copy, e-mail, text taken from a PDF: a line break every 70 characters or so, inside
 * sentences, "… would not\nbe “the end of this valley.”"): the steps read each paragraph as one line, as they
 * read flowing text, so that a quote, its cue and a name broken across lines hold together. Known by line
 * breaks between two lower-case words, or after a comma, three times or more; a break inside a paragraph then
 * reads as a space (same length: offsets hold). Paragraphs stay apart where a blank line separates them; with
 * no blank line anywhere, only breaks inside a sentence are joined.
 */
export function flowed(text: string): string {
  let wraps = 0;
  for (const _ of text.matchAll(WRAPPED)) if (++wraps >= 3) break;
  if (wraps < 3) return text;
  const blank = /\n[ \t]*\n/.test(text);
  return text.replace(/(?<=[^\n])\n(?=[^\n])/g, (nl, at: number) => (blank || !/[.!?:]["”’)]?\s*$/.test(text.slice(Math.max(0, at - 3), at)) ? " " : nl));
}
/** A line break inside a sentence: between lower-case words, or after a comma or semicolon. */
const WRAPPED = /[\p{Ll},;]\n(?=\p{Ll})/gu;

/** The annotations with every span's text (and a quote's speaker) read from the article's own text. */
function respan<T>(x: T, text: string): T {
  if (Array.isArray(x)) return x.map((v) => respan(v, text)) as T;
  if (x === null || typeof x !== "object") return x;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) o[k] = respan(v, text);
  if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") o.text = text.slice(o.start, o.end);
  // (A speaker's name broken across lines reads with a space.)
  if (o.kind === "quote") o.speaker = (o.speakerSpan as { text: string } | null)?.text.replace(/\s+/g, " ") ?? null;
  return o as T;
}

/** The annotations a Doc carries besides its tokens. */
export type Annotations = Omit<Doc, "tokens">;

/**
 * A Doc whose token objects are rebuilt on demand from a packed copy (a few hundred recent ones
 * are kept): a whole corpus stays in memory until stories form, its token objects need not.
 */
export function packedDoc(annotations: Annotations, packed: PackedTokens): Doc {
  const text = annotations.article.text;
  const doc: Doc = {
    ...annotations,
    get tokens(): readonly Token[] {
      return tokensOf(text, packed);
    },
  };
  PACKED.set(doc, packed);
  return doc;
}

const PACKED = new WeakMap<Doc, PackedTokens>();

/** The packed tokens behind a Doc made here (to send it to another thread), or undefined. */
export const packedTokensOf = (doc: Doc): PackedTokens | undefined => PACKED.get(doc);
