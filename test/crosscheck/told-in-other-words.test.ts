// Issue 17, fourteenth session: one figure of a story named by other words in each article — an amount written with a
// currency's name and a hedge against the same currency's sign, a scale letter closing a sentence ("£4m."), jobs
// called positions, roles or posts, people "ordered to leave their homes" against people evacuated, a prison term
// "handed" as "a 12-year sentence". Negatives beside each: another currency, positions that are no jobs, an order
// and those who left, a term served before. Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "high" || f.severity === "medium"));
const quantities = (text: string) => extractClaims(annotate(articleFromRecord("t", { id: "t", text }))).filter((c): c is QuantityClaim => c.kind === "quantity");

describe("an amount written with a currency's name and a hedge", () => {
  it("'about 3.1 million pounds' and 'an estimated £1.3m' are one currency, so two values of one haul", () => {
    const f = loud([
      "Thieves stole paintings worth about 3.1 million pounds from a gallery in Harrogate on Sunday night, police said.",
      "Police in Harrogate said the paintings taken from the gallery on Sunday night were worth an estimated £1.3 million.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence.map((e) => e.text).sort()).toEqual(["about 3.1 million pounds", "an estimated £1.3 million"]);
  });
  it("'480 million shillings' and 'Sh408 million' are one currency, so two values of one fine", () => {
    const f = loud([
      "The court jailed former mayor Peter Otieno for eight years on Friday. Otieno was also fined 250 million shillings.",
      "The magistrate on Friday jailed former mayor Peter Otieno for eight years and slapped him with a fine of Sh520 million.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/fine/);
    expect(loud([
      "The court jailed former mayor Peter Otieno for eight years on Friday. Otieno was also fined 250 million shillings.",
      "The magistrate on Friday jailed former mayor Peter Otieno for eight years and fined him $1.9 million.",
    ])).toEqual([]);
  });
  it("another currency is the same haul converted, not another value", () => {
    expect(loud([
      "Thieves stole paintings worth about 3.1 million pounds from a gallery in Harrogate on Sunday night, police said.",
      "Police in Harrogate said the paintings stolen on Sunday night were worth about $4 million.",
    ])).toEqual([]);
  });
});

describe("a scale letter closing a sentence", () => {
  it("reads '£4m.' as four million pounds, with the full stop left out of the span", () => {
    const [q] = quantities("The club paid £4m. The striker signed a five-year deal.").filter((c) => c.value.unit === "money");
    expect(q!.value.number).toBe(4_000_000);
    expect(q!.span.text).toBe("£4m");
  });
  it("a metre at a sentence's end stays a metre, and '£4m' inside a sentence is read as before", () => {
    expect(quantities("The wall was 4 m.").map((c) => c.value.unit)).toEqual(["distance"]);
    expect(quantities("The club paid £4m for him.").map((c) => c.value.number)).toEqual([4_000_000]);
  });
});

describe("jobs called positions, roles or posts", () => {
  it("'axe 1,800 positions' against 'cut 800 jobs' at one named site is a dispute", () => {
    const f = loud([
      "The mining company will cut 800 jobs at its Broken Hill operations, it said on Monday.",
      "The company said on Monday it would axe 1,800 positions at its Broken Hill mines.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence.map((e) => e.text).sort()).toEqual(["1,800 positions", "800 jobs"]);
    expect(loud([
      "The insurer said on Thursday it would shed 450 roles in its Cardiff offices.",
      "The insurer plans to cut 540 jobs in Cardiff, it said on Thursday.",
    ])).toHaveLength(1);
  });
  it("positions an army takes or posts a man held are no jobs; jobs cut and positions created are two things", () => {
    const slots = quantities("The army took 30 positions near the river. He held 12 posts in government.").map((c) => c.slot.noun);
    expect(slots).not.toContain("worker");
    expect(loud([
      "The bank will cut 450 jobs in Cardiff, it said on Thursday, and create 200 positions in Swansea.",
      "The bank said on Thursday it would shed 450 roles in Cardiff.",
    ])).toEqual([]);
  });
});

describe("people ordered or told to leave their homes", () => {
  it("are people evacuated, compared with those evacuated", () => {
    const f = loud([
      "Some 12,000 people were told to leave their homes around Bairnsdale on Saturday as bushfires spread.",
      "Authorities evacuated 21,000 people from towns around Bairnsdale on Saturday as bushfires spread.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/evacuated/);
  });
  it("an order and those who had left by evening, in one article, do not make the other article's figure wrong", () => {
    expect(loud([
      "About 12,000 people were ordered to leave their homes around Bairnsdale on Saturday; about 4,000 had left by the evening.",
      "About 12,000 people around Bairnsdale were told to leave their homes on Saturday as bushfires spread.",
    ])).toEqual([]);
  });
});

describe("a prison term handed down as 'an N-year sentence'", () => {
  it("'handed … a 12-year sentence' against 'sentenced … to 21 years' is a dispute over one term", () => {
    const f = loud([
      "The judge handed Alvarez a 12-year sentence for the Reno casino robbery on Friday.",
      "Alvarez was sentenced on Friday to 21 years in prison for the Reno casino robbery.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/prison sentence/);
  });
  it("a term served before is no sentence given in the story", () => {
    const terms = quantities("Alvarez, who served a four-year sentence for burglary, was back in court on Friday.").filter((c) => c.slot.pred === "sentenced");
    expect(terms).toEqual([]);
  });
});
