import { describe, expect, it } from "vitest";
import { comparePairs } from "../../src/similarity/compare.js";
import { FEATURE_NAMES, isParaphrase, paraphraseFeatures, sentenceSimilarity } from "../../src/similarity/paraphrase.js";

const sold = "Yucaipa sold the chain to Safeway in 1998 for $2.5 billion.";

describe("paraphrase features", () => {
  it("gives one value per feature name, each in [0, 1]", () => {
    const f = paraphraseFeatures(sold, "In 1998 Yucaipa sold the chain to Safeway for $1.8 billion.");
    expect(f).toHaveLength(FEATURE_NAMES.length);
    for (const v of f) expect(v >= 0 && v <= 1).toBe(true);
  });

  it("counts '$2.5 billion' against '$1.8 billion' as an unmatched number", () => {
    const at = FEATURE_NAMES.indexOf("number-unmatched-ratio");
    expect(paraphraseFeatures(sold, "Yucaipa sold the chain to Safeway in 1998 for $1.8 billion.")[at]).toBeGreaterThan(0);
  });

  it("does not count '1,000' against '1000' as a changed number", () => {
    const at = FEATURE_NAMES.indexOf("number-unmatched-ratio");
    expect(paraphraseFeatures("Police released 1,000 prisoners.", "1000 prisoners were released by police.")[at]).toBe(0);
  });

  it("flags 'would not support' against 'would support' as a negation mismatch", () => {
    const at = FEATURE_NAMES.indexOf("negation-mismatch");
    expect(paraphraseFeatures("The senator said he would support the bill.", "The senator said he would not support the bill.")[at]).toBe(1);
  });

  it("does not flag a negation both sentences share", () => {
    const at = FEATURE_NAMES.indexOf("negation-mismatch");
    expect(paraphraseFeatures("The senator would not back the bill.", "The bill will not get the senator's support.")[at]).toBe(0);
  });

  it("meets '5 percent' and '5%' as the same words", () => {
    const at = FEATURE_NAMES.indexOf("unigram-precision-min");
    expect(paraphraseFeatures("Profits rose 5 percent.", "Profits rose 5%.")[at]).toBe(1);
  });
});

describe("sentence similarity", () => {
  it("calls a reordered rewrite with the same number a paraphrase", () => {
    expect(isParaphrase(sold, "In 1998 Yucaipa sold the chain to Safeway for $2.5 billion.")).toBe(true);
  });

  it("scores a changed number below the same sentence with the number kept", () => {
    expect(sentenceSimilarity(sold, "Yucaipa sold the chain to Safeway in 1998 for $1.8 billion."))
      .toBeLessThan(sentenceSimilarity(sold, "In 1998 Yucaipa sold the chain to Safeway for $2.5 billion."));
  });

  it("scores an added 'not' below an added word that keeps the meaning", () => {
    const a = "The senator said he would support the bill.";
    expect(sentenceSimilarity(a, "The senator said he would not support the bill.")).toBeLessThan(sentenceSimilarity(a, "The senator said he would also support the bill."));
  });

  it("does not call two sentences about different events paraphrases", () => {
    expect(isParaphrase("The council approved a new budget for city schools on Monday.", "Floods closed three highways in the north of the state overnight.")).toBe(false);
  });

  it("is symmetric", () => {
    const b = "Profits rose 5% in the quarter, the company said.";
    const a = "The company said profits rose 5 percent in the quarter.";
    expect(sentenceSimilarity(a, b)).toBeCloseTo(sentenceSimilarity(b, a), 10);
  });

  it("scores empty against empty as the same sentence, and empty against text as unrelated", () => {
    expect(sentenceSimilarity("", "")).toBe(1);
    expect(isParaphrase("", "Floods closed three highways.")).toBe(false);
  });
});

describe("compare", () => {
  it("answers each line with its id, a rounded score and the decision", () => {
    const [r] = comparePairs([{ id: "p1", a: sold, b: "In 1998 Yucaipa sold the chain to Safeway for $2.5 billion." }]);
    expect(r).toMatchObject({ id: "p1", paraphrase: true });
    expect(r!.score).toBe(Math.round(r!.score * 1e4) / 1e4);
  });
});
