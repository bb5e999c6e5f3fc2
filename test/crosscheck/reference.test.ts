// Which figure an odd one is compared with, and which figures are no claims at all. Stories written
// for these tests; positives beside negatives.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import { contradiction } from "../../src/crosscheck/rules/contradiction.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { emptyKb } from "../../src/kb/load.js";
import { docOf } from "../helpers.js";

function lines(texts: string[]): string[] {
  const docs = texts.map((t) => docOf(t));
  const claims = docs.flatMap(extractClaims);
  const idx = (id: string) => docs.findIndex((d) => d.article.id === id);
  return contradiction({ docs, claims, derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() })
    .map((f) => `${f.type} ${f.severity} ${f.evidence.map((e) => `${idx(e.articleId)}:"${e.text}"`).join(" ")}`);
}

const quantities = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity");

describe("the reference figure", () => {
  // Three articles say Saka hit two shots from one corner; two of them say Arsenal fired 14 shots in all.
  const final = [
    "Leeds scored first, but Arsenal fired 14 shots against 3 for Leeds and won 3-1. In the second half Saka hit two shots from one corner.",
    "Arsenal won 3-1 on Sunday. They fired 14 shots against just 3 for Leeds in the match. Saka hit two shots from one corner.",
    "Saka hit two shots from one corner as Arsenal beat Leeds 3-1.",
  ];
  it("compares 'fired 23 shots against 3' with the figure stated in the same words, not with the majority's 'two shots'", () => {
    const texts = [...final, "Arsenal won 3-1 on Sunday, firing 23 shots against 3 for Leeds. Saka hit two shots from one corner."];
    expect(lines(texts)).toEqual([`contradiction medium 3:"23 shots" 0:"14 shots" 1:"14 shots"`]);
  });
  it("does not flag the same figures restated", () => {
    expect(lines(final)).toEqual([]);
  });
  it("compares 'a man and five women' with 'two women', not with the total it is a part of", () => {
    const texts = [
      "Police said at least three people, a man and two women, were killed in the fire at the bank.",
      "Three people were killed when the bank caught fire. Two women and a man died inside, police said.",
      "Three people were killed in the fire at the bank.",
      "Police said at least three people, a man and five women, were killed in the fire at the bank.",
    ];
    expect(lines(texts)).toEqual([`contradiction high 3:"five women" 0:"two women" 1:"Two women"`]);
  });
  it("does not flag 'a man and two women' against three people killed", () => {
    const texts = ["Police said at least three people, a man and two women, were killed in the fire.", "Three people were killed in the fire at the bank."];
    expect(lines(texts)).toEqual([]);
  });
  it("compares polls of 1,000 and 1,400 people even when the slot opens with figures no one repeats", () => {
    const texts = [
      "Five young men threw stones at the police. A poll of 1,000 people found most blamed the government.",
      "A poll of 1,400 people found most blamed the government for the unrest.",
    ];
    expect(lines(texts)).toEqual([`contradiction medium 0:"1,000 people" 1:"1,400 people"`]);
  });
});

describe("figures of different days", () => {
  it("do not shield a figure from the ones it contradicts: '150 people rioted … tonight' against 'about 100 people'", () => {
    const texts = [
      "About 100 people rioted near the vigil and threw bottles at officers. On Saturday two men were seen running.",
      "About 100 people rioted near the vigil and threw bottles at officers, witnesses said.",
      "The vigil turned chaotic tonight as 150 people rioted near the vigil and threw bottles at officers.",
    ];
    expect(lines(texts).map((l) => l.split(" 0:")[0])).toEqual([`contradiction medium 2:"150 people"`]);
  });
  it("are not compared: 5 arrested on Monday, 9 arrested on Tuesday", () => {
    const texts = ["Police arrested 5 people on Monday after the protest.", "Police arrested 9 people on Tuesday after the protest.", "Police arrested 9 people on Tuesday after the march."];
    expect(lines(texts)).toEqual([]);
  });
});

describe("severity of a figure with no predicate", () => {
  it("is low when the same words speak of different people: 'Ortiz has spent 19 seasons with the club' / 'Tom Baker has spent 11 seasons with the club'", () => {
    const texts = [
      "Luis Ortiz has spent 19 seasons with the club as assistant coach and general manager.",
      "Luis Ortiz has spent 19 seasons with the club as assistant coach and then general manager.",
      "Tom Baker has spent 11 seasons with the club as assistant coach and general manager.",
    ];
    expect(lines(texts).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["contradiction low"]);
  });
  it("is at most low against an article that states both: 'down almost five points … with his 5.8 points'", () => {
    const texts = [
      "Lopez is down almost five points per game (5.8 ppg) this season.",
      "Lopez is down almost five points per game with his 5.8 points this season.",
    ];
    expect(lines(texts).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["contradiction low"]);
  });
});

describe("figures that are no claims", () => {
  it("takes no figure from a question", () => {
    expect(quantities("“What is he doing pointing a gun at over six police officers?” his aunt asked.")).toEqual([]);
  });
  it("still takes the figure of a statement", () => {
    expect(quantities("He pointed a gun at six police officers, his aunt said.").map((c) => c.span.text)).toEqual(["six police officers"]);
  });
  it("takes no count from a person introduced: 'one woman, who said she was his cousin', '(one a nurse)'", () => {
    expect(quantities("But one woman, who said she was his cousin, told reporters he was unarmed.")).toEqual([]);
    expect(quantities("Three workers (one a nurse) died in the fire.").map((c) => c.span.text)).toEqual(["Three workers"]);
  });
  it("still counts 'one person was arrested'", () => {
    expect(quantities("Police said one person was arrested for disorderly conduct.").map((c) => c.span.text)).toEqual(["one person"]);
  });
  it("puts 'weeks after a driver … shot eight people' in an earlier event", () => {
    const [c] = quantities("The shooting came just weeks after a driver at a beer distributor fatally shot eight people.");
    expect(c?.slot.scope).toBe("earlier");
  });
  it("keeps 'two weeks after the shooting, eight people remain in hospital' in this event", () => {
    const [c] = quantities("Two weeks after the shooting, eight people remain in hospital.");
    expect(c?.slot.scope).toBe("now");
  });
});
