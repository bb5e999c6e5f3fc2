// Stored docs read back equal to the annotated ones, and name the annotator that made them.
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { annotatorVersion, decodeDoc, encodeDoc } from "../../src/annotate/persist.js";
import { codeFingerprint } from "../../src/annotate/version.js";
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

  it("name the annotator by a hash of its code, the same on every call", () => {
    expect(annotatorVersion()).toMatch(/^\d+:[0-9a-f]{16}$/);
    expect(annotatorVersion()).toBe(annotatorVersion());
  });
});

describe("the annotator's fingerprint", () => {
  // A small module tree in memory: annotate.ts → steps/dates.ts → words.json, and a library.
  const tree = (over: Record<string, string> = {}) => {
    const files: Record<string, string> = {
      "/app/src/annotate/annotate.ts": `import type { Doc } from "../domain/doc.js";\nimport { dates } from "./steps/dates.js";\nexport const annotate = dates;`,
      "/app/src/annotate/steps/dates.ts": `import * as chrono from "chrono-node";\nimport words from "./words.json" with { type: "json" };\nexport const dates = () => [chrono, words];`,
      "/app/src/annotate/steps/words.json": `["yesterday", "today"]`,
      "/app/src/domain/doc.ts": `export interface Doc { readonly id: string }`,
      "/app/src/report/render.ts": `export const render = 1;`,
      ...over,
    };
    return codeFingerprint("/app/src/annotate/annotate.js", (f) => files[f] ?? null);
  };

  it("covers the modules and word lists the annotator imports, and its libraries", () => {
    expect(tree().parts).toEqual(["annotate/annotate.ts", "annotate/steps/dates.ts", "annotate/steps/words.json", "chrono-node@?"]);
  });
  it("changes when a word list changes", () => {
    expect(tree({ "/app/src/annotate/steps/words.json": `["yesterday", "today", "tonight"]` }).hash).not.toBe(tree().hash);
  });
  it("changes when a step's code changes", () => {
    expect(tree({ "/app/src/annotate/steps/dates.ts": `import * as chrono from "chrono-node";\nimport words from "./words.json" with { type: "json" };\nexport const dates = () => [words];` }).hash).not.toBe(tree().hash);
  });
  it("does not change for code the annotator does not import, nor for a type-only import", () => {
    expect(tree({ "/app/src/report/render.ts": `export const render = 2;` }).hash).toBe(tree().hash);
    expect(tree({ "/app/src/domain/doc.ts": `export interface Doc { readonly id: number }` }).hash).toBe(tree().hash);
  });
  it("reads the real annotator's steps, gazetteer and libraries", () => {
    const parts = codeFingerprint(fileURLToPath(new URL("../../src/annotate/annotate.js", import.meta.url))).parts;
    expect(parts).toEqual(expect.arrayContaining(["annotate/steps/dates.ts", "annotate/steps/roles.ts", "annotate/gazetteer.ts"]));
    expect(parts.some((p) => /^chrono-node@\d/.test(p))).toBe(true);
  });
});
