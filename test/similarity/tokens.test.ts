// The term lists the stages read: wordTerms is matchTerms' words and names, in order, without numbers.
import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../src/similarity/packed.js";
import { matchTerms, stem, wordTerms } from "../../src/similarity/tokens.js";

describe("word terms", () => {
  const texts = [
    "Ferry sinks off Lorel: 1,204 passengers rescued, 3.5 hours after the alarm.",
    "“We’re still counting,” said the harbour master's deputy, Mr. Anouk Varga-Smith, on 12 May.\nSearches resumed.",
    "",
  ];
  it.each(texts)("gives matchTerms' word and name terms of %j, numbers left out", (text) => {
    expect(wordTerms(text)).toEqual(matchTerms(text).filter((t) => t.kind !== "number").map((t) => t.term));
  });
  it("adds to a list, each term as many times as asked", () => {
    expect(wordTerms("Harbour closed", ["x"], 2)).toEqual(["x", "harbour", "harbour", "clos", "clos"]);
  });
});

describe("term forms (the regex-free stemming and lower-casing give what the regexes gave)", () => {
  it("strips -es after ch, sh, x, ss and z, and only there", () => {
    expect(["benches", "crashes", "faxes", "misses", "waltzes", "tunes", "canoes"].map(stem))
      .toEqual(["bench", "crash", "fax", "miss", "waltz", "tune", "cano"]);
  });
  it("undoubles a final consonant except l, s and z", () => {
    expect(["stopped", "planning", "spelled", "fizzing", "dressed"].map(stem)).toEqual(["stop", "plan", "spell", "fizz", "dress"]);
  });
  it("drops a possessive with either apostrophe, writes the curly one straight, and reads capitals beyond ASCII as names", () => {
    expect(matchTerms("Crews said O’Neill’s boat passed Émile Lund's pier and ſeveral ÖSTRA buoys.").map((t) => `${t.term}/${t.kind}`))
      .toEqual(["crew/word", "o'neill/name", "boat/word", "pass/word", "émil/name", "lund/name", "pier/word", "ſeveral/word", "östra/name", "buoy/word"]);
  });
});

describe("packed term counts", () => {
  it("lists a document's term ids in increasing order with their counts, and counts each document once per term", () => {
    const v = new Vocabulary();
    v.addDocument(["tide", "pier", "tide"]);
    const second = v.addDocument(["gale", "pier", "gale", "gale", "tide"]);
    expect([...second.ids]).toEqual([0, 1, 2]);
    expect([...second.tf]).toEqual([1, 1, 3]);
    expect([0, 1, 2].map((id) => v.frequency(id))).toEqual([2, 2, 1]);
  });
  it("grows past its first table size", () => {
    const v = new Vocabulary();
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const counts = v.addDocument([...many, "w2999", "w0"]);
    expect(counts.ids.length).toBe(3000);
    expect(counts.tf[0]).toBe(2);
    expect(counts.tf[2999]).toBe(2);
    expect(v.frequency(2999)).toBe(1);
  });
});
