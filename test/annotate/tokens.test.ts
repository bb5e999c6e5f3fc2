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
  // Wordings unlike the text above: capitals and lower case side by side, contractions, letters whose lower case is
  // longer than they are ("İzmir"), a ticker, a web address, an emoji, a tab, a headline in capitals.
  const variants = [
    "THE FERRY SANK OFF İZMIR\nThe ferry sank off İzmir; the ferry's owner, Deniz Hat, can't say why. She'll testify.",
    "Harbour Pulp <HPL.TO> fell 2 percent to C$4.10 at www.example.com/markets 🙂 on Tuesday.",
    "Ångström units\tand ångströms: McDONALD and mcdonald; O'Neill's and o'neill.",
  ];
  it("keep each token's own text, its lower case and a lower-case lemma, in every casing", () => {
    for (const v of variants) {
      const { tokens } = tokenize(v);
      expect(tokens.length).toBeGreaterThan(5);
      for (const t of tokens) {
        expect(t.text).toBe(v.slice(t.start, t.end));
        expect(t.lower).toBe(t.text.toLowerCase());
        expect(t.lemma).toBe(t.lemma.toLowerCase());
      }
    }
  });
  it("come back identical from the packed form, capitals and all", () => {
    for (const v of variants) {
      const { tokens } = tokenize(v);
      expect(unpackTokens(v, packTokens(tokens))).toEqual(tokens);
    }
  });
  it("are rebuilt on demand from an annotated doc", () => {
    const doc = docOf(text);
    expect(doc.tokens).toEqual(tokenize(doc.article.text).tokens);
    expect(doc.tokens.length).toBeGreaterThan(20);
  });
});
