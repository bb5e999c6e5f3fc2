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
  const text = article.text;
  const { sentences, tokens } = tokenize(text);
  const found = linkSurnames(text, tokens, entities(text, tokens));
  const people = found.filter((e) => e.type === "person");
  const annotations = {
    article,
    sentences,
    entities: found,
    quantities: quantities(text, tokens),
    dates: dates(text, sentences, article.publishedAt),
    quotes: quotes(text, sentences, found),
    roles: roles(text, people),
  };
  return packedDoc(annotations, packTokens(tokens));
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
