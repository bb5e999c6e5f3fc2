// Tokens: exact offsets, and the packed form docs keep rebuilds the same token objects.
import { describe, expect, it } from "vitest";
import { packTokens, tokenize, unpackTokens } from "../../src/annotate/steps/tokens.js";
import { docOf } from "../helpers.js";

const text = "Ukraine’s Foreign Minister Dmytro Kuleba said, “This exchange shows that dialogue is possible.”\nNearly 800 individuals were released on Friday—1,000 from each country.";

describe("tokens", () => {
  it("rebuild the input: every token's text is the text at its offsets", () => {
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("split paragraphs into their own sentences", () => {
    expect(tokenize(text).sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });
  it("come back identical from the packed form", () => {
    const { tokens } = tokenize(text);
    expect(unpackTokens(text, packTokens(tokens))).toEqual(tokens);
  });
  it("are rebuilt on demand from an annotated doc", () => {
    const doc = docOf(text);
    expect(doc.tokens).toEqual(tokenize(doc.article.text).tokens);
    expect(doc.tokens.length).toBeGreaterThan(20);
  });
});
