// Stored docs read back equal to the annotated ones, and name the annotator that made them.
import { describe, expect, it } from "vitest";
import { annotatorVersion, decodeDoc, encodeDoc } from "../../src/annotate/persist.js";
import { docOf } from "../helpers.js";

const texts = [
  "Ukraine’s Foreign Minister Dmytro Kuleba said, “This exchange shows that dialogue is possible.”\nNearly 800 individuals were released on Friday—1,000 from each country.",
  "The council of Lyon approved a €2.4 billion budget on 4 March 2025, up 3% from a year earlier, mayor Grégory Doucet said.",
  "Breaking.",
  `${"A very long sentence about the harbour expansion in Gdańsk ".repeat(2000)}.`,
];

describe("stored docs", () => {
  it("decode to the doc that was encoded, tokens and span texts included", () => {
    for (const t of texts) {
      const doc = docOf(t);
      const bytes = encodeDoc(doc);
      const back = decodeDoc(doc.article, bytes);
      expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
      expect(back.tokens).toEqual(doc.tokens);
    }
  });

  it("take less room than the doc's JSON", () => {
    const doc = docOf(texts[1]!.repeat(20));
    expect(encodeDoc(doc).length).toBeLessThan(JSON.stringify({ ...doc, tokens: doc.tokens }).length / 5);
  });

  it("refuse bytes that are not a stored doc", () => {
    expect(() => decodeDoc(docOf(texts[0]!).article, new Uint8Array([1, 2, 3, 4]))).toThrow();
  });

  it("name the annotator by what it makes of a probe, the same on every call", () => {
    expect(annotatorVersion()).toMatch(/^\d+:[0-9a-f]{16}$/);
    expect(annotatorVersion()).toBe(annotatorVersion());
  });
});
