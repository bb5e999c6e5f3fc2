// Summaries a journalist reads without a manual: no slot labels, decimals intact, counts that can
// be true, and no "A rewrites B" when which came first is unknown. Stories written for these tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import { slotPhrase } from "../../src/crosscheck/values.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { quantitySlotOfKey } from "../../src/domain/slot.js";
import type { Derivation } from "../../src/domain/story.js";
import { derivationFinding } from "../../src/provenance/summary.js";
import { docOf } from "../helpers.js";
import { findingsOf } from "./torture.js";

const LABEL = /\b(person|role|main)=|~|\b\w+:\w+:|\by\d{4}\b|=/;

describe("what a figure counts, in words", () => {
  it.each([
    ["count:-:prisoner:released:now", "prisoners released or returned"],
    ["count:Ukraine:people:killed:now", "people killed (Ukraine's side)"],
    ["count:-:casualty:killed:y2014", "casualties killed in 2014"],
    ["count:-:child:injured:part", "children injured in one part of the total"],
    ["age:-:person=varga~ines:-:any", "the age of Ines Varga"],
    ["age:-:role=woman:-:any", "the age of the woman"],
    ["distance:-:length:-:now", "the distance"],
    ["percent:-:people:-:now", "the share of people"],
    ["percent:-:voter:voted:y2019", "the share of voters voting in 2019"],
    ["percent:-:-:-:now", "the percentage"],
    // A mass is never made plural; a day of the week keeps its capital.
    ["count:-:oil:-:now", "oil"],
    ["count:-:fentanyl:seized:now", "fentanyl seized"],
    ["count:-:sunday:-:now", "Sundays"],
  ])("%s reads as “%s”", (key, words) => {
    const slot = quantitySlotOfKey(key);
    expect(slotPhrase(slot)).toBe(words);
    expect(slotPhrase(slot)).not.toMatch(LABEL);
  });
  it("writes no label in a finding about a named person's age", () => {
    const fs = findingsOf(["Ana Ruiz, 52, was hurt when the roof of the market fell.", "The roof of the market fell on Ana Ruiz, 53, a stallholder."]);
    const age = fs.find((f) => f.type === "contradiction")!;
    expect(age.summary).toContain("the age of Ana Ruiz");
    expect(age.summary).not.toMatch(LABEL);
  });
});

describe("decimals and broken figures", () => {
  const figures = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => c.value.number);
  it("never reads the '1' of 'magnitude-6.1' as a figure", () => {
    expect(figures("The magnitude-6.1 quake hit on Monday, killing two people.")).toEqual([2]);
  });
  it("keeps '6.1' whole when written on its own", () => {
    expect(figures("A 6.1 earthquake struck, and 40 homes collapsed.")).toContain(6.1);
  });
  it("reads '1, 500 jobs' as nothing, and '1,500 jobs' as 1,500", () => {
    expect(figures("The firm will cut 1, 500 jobs.")).toEqual([]);
    expect(figures("The firm will cut 1,500 jobs.")).toEqual([1500]);
  });
  it("still reads a list 'rooms for 4, 12 and 300 guests' figure by figure", () => {
    expect(figures("The hotel has 40 rooms, 12 suites and 300 beds.")).toEqual([40, 12, 300]);
  });
});

describe("derivation headings", () => {
  const a = docOf("The dam burst on Sunday. Water covered the valley road. Forty homes were flooded.");
  const b = docOf("The dam burst on Sunday night. Water covered the road in the valley. Forty-one homes were flooded.");
  const d = (direction: "known" | "unknown", aligned: number): Derivation => ({
    from: a.article.id, to: b.article.id, relation: "paraphrase", score: 0.8, alignedSentences: aligned, direction,
    directionBasis: direction === "known" ? "published earlier" : "the articles carry no publish times and neither contains the other", pairs: [],
  });
  it("says which rewrites which only when the direction is known", () => {
    expect(derivationFinding(d("known", 3), a, b).summary).toMatch(/reads as a sentence-by-sentence rewrite of/);
    const unknown = derivationFinding(d("unknown", 3), a, b).summary;
    expect(unknown).not.toMatch(/rewrite of|copy of/);
    expect(unknown).toMatch(/rewrites of one text/);
  });
  it("lists what a known rewrite changed as a sentence of its own, not as 'It changes drops …'", () => {
    const changed: Derivation = {
      ...d("known", 3),
      pairs: [{ from: { start: 0, end: 10, text: "x" }, to: { start: 0, end: 10, text: "x" }, score: 0.8, changes: [
        { kind: "number", before: "Forty", after: "Forty-one" }, { kind: "name", before: "Sunday", after: null },
      ] }],
    };
    const s = derivationFinding(changed, a, b).summary;
    expect(s).toMatch(/What the rewrite changed: "Forty" → "Forty-one"; drops "Sunday"\./);
    expect(s).not.toMatch(/changes (drops|adds)/);
  });
  it("never says more sentences are aligned than the articles have", () => {
    const [, n, total] = /(\d+) of (\d+) sentences aligned/.exec(derivationFinding(d("known", 5), a, b).summary)!.map(Number) as [number, number, number];
    expect(n).toBeLessThanOrEqual(total);
  });
});

describe("a quote that copies of one article carry", () => {
  it("says the articles carrying it copy one another, never that no other article carries it", () => {
    const texts = [
      "“Some of the papers called it a riot, my son is not a rioter,” said Maria Lenz, the boy’s mother. “My son is a quiet boy who likes to paint and read books,” she added.",
      "“Some of the papers called it a riot; my son is not a rioter,” Maria Lenz told the Gazette. “My son is a quiet boy who likes to paint and read books.”",
    ];
    const single = findingsOf(texts).filter((f) => f.rule === "crosscheck/single-source-quote");
    expect(single.length).toBeGreaterThan(0);
    for (const f of single) {
      expect(f.summary).not.toMatch(/no other article/);
      expect(f.summary).toMatch(/the 2 articles that carry it copy or rewrite one another/);
    }
  });
});

describe("a hedged figure with a decimal", () => {
  it("'about 6.4 percent' and 'about 9.8 percent' are two values, not one corroborated figure", () => {
    const fs = findingsOf([
      "About 6.4 percent of adults in the valley are unemployed, the regional council said in its yearly report.",
      "About 9.8 percent of adults in the valley are unemployed, the regional council said in its yearly report.",
    ]);
    expect(fs.filter((f) => f.type === "corroboration")).toHaveLength(0);
    expect(fs.some((f) => f.type === "contradiction" && f.summary.includes("the share of "))).toBe(true);
  });
  it("'about 6.4 percent' and '6.5 percent' still agree", () => {
    const fs = findingsOf([
      "About 6.4 percent of adults in the valley are unemployed, the regional council said in its yearly report.",
      "Some 6.5 percent of adults in the valley are unemployed, the regional council said in its yearly report.",
    ]);
    expect(fs.filter((f) => f.type === "contradiction" && f.severity !== "low" && f.severity !== "info")).toHaveLength(0);
  });
});
