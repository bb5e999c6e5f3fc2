// annotate: Article → Doc. Runs the steps in order; each step is a pure function of the text
// and what earlier steps found.
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import { dates } from "./steps/dates.js";
import { entities, linkSurnames } from "./steps/entities.js";
import { quantities } from "./steps/quantities.js";
import { quotes } from "./steps/quotes.js";
import { roles } from "./steps/roles.js";
import { tokenize } from "./steps/tokens.js";

export function annotate(article: Article): Doc {
  const text = article.text;
  const { sentences, tokens } = tokenize(text);
  const found = linkSurnames(text, tokens, entities(text, tokens));
  const people = found.filter((e) => e.type === "person");
  return {
    article,
    sentences,
    tokens,
    entities: found,
    quantities: quantities(text, tokens),
    dates: dates(text, sentences, article.publishedAt),
    quotes: quotes(text, sentences, found),
    roles: roles(text, people),
  };
}
