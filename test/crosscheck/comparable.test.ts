// Comparable-claim reasoning by phenomenon (issue 17): what a figure counts, of whom and when, so
// that only real disputes reach medium. Each negative stands beside a positive in other words.
import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/domain/finding.js";
import { docOf } from "../helpers.js";
import { quantities } from "../../src/annotate/steps/quantities.js";
import { findingsOf, type Text } from "./torture.js";

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };
/** The highest severity of a contradiction in the story ("none" when there is none). */
function loudest(texts: readonly Text[]): Severity | "none" {
  const fs = findingsOf(texts).filter((f) => f.type === "contradiction");
  return fs.length ? fs.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), "info" as Severity) : "none";
}
const atLeastMedium = (s: Severity | "none") => s === "high" || s === "medium";

describe("counts of one kind given in parts within one sentence", () => {
  it("does not set a part against the whole ('one crew member burned, and two crew members …')", () => {
    expect(atLeastMedium(loudest([
      "One crew member was burned on the hands, and two crew members were hurt by smoke, the operator said.",
      "Three crew members were injured in the engine fire, the operator said.",
    ]))).toBe(false);
  });
  it("still flags a count stated whole in both articles", () => {
    expect(atLeastMedium(loudest([
      "Three crew members were injured in the engine fire, the operator said.",
      "Seven crew members were injured in the engine fire, the operator said.",
    ]))).toBe(true);
  });
  it("keeps '12 killed and 40 injured' in one sentence as two figures, not parts of one", () => {
    expect(atLeastMedium(loudest([
      "Twelve people were killed and 40 people were injured in the blast, officials said.",
      "The blast killed 19 people, officials said.",
      "Officials said 19 people were killed by the blast.",
    ]))).toBe(true);
  });
});

describe("counts of those identified so far", () => {
  it("does not set 'the names of two victims' against the toll", () => {
    expect(atLeastMedium(loudest([
      "The coroner released the identities of two victims killed in the warehouse fire.",
      "Six victims were killed in the warehouse fire, the coroner said.",
    ]))).toBe(false);
  });
  it("flags two tolls of the same fire", () => {
    expect(atLeastMedium(loudest([
      "Two victims were killed in the warehouse fire, the coroner said.",
      "Six victims were killed in the warehouse fire, the coroner said.",
    ]))).toBe(true);
  });
});

describe("a running total told as such is an update", () => {
  it("reads 'so far' and 'by the end … had been' as a later figure", () => {
    expect(atLeastMedium(loudest([
      "Police said two people were detained at the stadium gates.",
      "By the end of the night, 31 people had been detained, police said.",
    ]))).toBe(false);
    expect(atLeastMedium(loudest([
      "Police said two people were detained at the stadium gates.",
      "So far 31 people have been detained at the stadium, police said.",
    ]))).toBe(false);
  });
  it("flags the same two figures told flat", () => {
    expect(atLeastMedium(loudest([
      "Police said two people were detained at the stadium gates.",
      "Police said 31 people were detained at the stadium gates on Saturday.",
    ]))).toBe(true);
  });
});

describe("ages: one person's age at two moments", () => {
  it("an age at the verdict a year or two above the age at the arrest is no dispute", () => {
    expect(atLeastMedium(loudest([
      "Detectives arrested Colm Ferris, 41, on Monday after the robbery.",
      "A jury convicted Colm Ferris, 43, of armed robbery.",
    ]))).toBe(false);
  });
  it("the older age at the arrest and the younger at the verdict is one", () => {
    expect(atLeastMedium(loudest([
      "Detectives arrested Colm Ferris, 43, on Monday after the robbery.",
      "A jury convicted Colm Ferris, 41, of armed robbery.",
    ]))).toBe(true);
  });
  it("an age beside a year is that year's age; a year elsewhere in the sentence dates something else", () => {
    expect(atLeastMedium(loudest([
      "Ines Varga, 33, was first questioned in 2019.",
      "Ines Varga, 36, appeared in court on Friday.",
    ]))).toBe(false);
    expect(atLeastMedium(loudest([
      "Thirty-three-year-old Ines Varga is accused of defrauding the pension fund of the mill workers between 2011 and 2015.",
      "Ines Varga, 36, appeared in court on Friday.",
    ]))).toBe(true);
  });
});

describe("ages: the one person of a role", () => {
  it("flags the only girl of each article given two ages", () => {
    expect(atLeastMedium(loudest([
      "Paramedics treated a 6-year-old girl for smoke inhalation after the fire.",
      "A 4-year-old girl was treated for smoke inhalation, firefighters said.",
    ]))).toBe(true);
  });
  it("stays low when an article gives two girls' ages", () => {
    expect(atLeastMedium(loudest([
      "Paramedics treated a 6-year-old girl and a 9-year-old girl for smoke inhalation.",
      "A 4-year-old girl was treated for smoke inhalation, firefighters said.",
    ]))).toBe(false);
  });
  it("stays low when the article knows two of the role ('two suspects', 'the other girl')", () => {
    expect(atLeastMedium(loudest([
      "Police arrested two suspects on Monday; a 19-year-old suspect was charged with murder.",
      "A 17-year-old suspect was charged with murder, police said.",
    ]))).toBe(false);
  });
  it("stays low for a role many people share ('a man')", () => {
    expect(atLeastMedium(loudest([
      "A 30-year-old man was treated for burns after the fire.",
      "A 33-year-old man was treated for burns, firefighters said.",
    ]))).toBe(false);
  });
});

describe("restated sentences dated apart", () => {
  it("takes a toll restated a day later with a higher figure as an update", () => {
    expect(atLeastMedium(loudest([
      { text: "Three hikers were killed by the avalanche near the pass, rescuers said.", publishedAt: "2024-01-10T07:00:00Z" },
      { text: "Five hikers were killed by the avalanche near the pass, rescuers said.", publishedAt: "2024-01-11T09:00:00Z" },
    ]))).toBe(false);
  });
  it("flags the same restatement published the same morning", () => {
    expect(atLeastMedium(loudest([
      { text: "Three hikers were killed by the avalanche near the pass, rescuers said.", publishedAt: "2024-01-10T07:00:00Z" },
      { text: "Five hikers were killed by the avalanche near the pass, rescuers said.", publishedAt: "2024-01-10T09:00:00Z" },
    ]))).toBe(true);
  });
});

describe("number words: 'half a' a scale", () => {
  it("reads 'half a dozen' as 6 and 'half a million' as 500,000, never 'a dozen' alone", () => {
    const q = (t: string) => quantities(t, docOf(t).tokens).map((x) => [x.span.text, x.value]);
    expect(q("Half a dozen boats sank.")).toEqual([["Half a dozen boats", 6]]);
    expect(q("The repairs cost half a million dollars.")[0]![1]).toBe(500_000);
    expect(q("A dozen boats sank.")).toEqual([["A dozen boats", 12]]);
  });
});

describe("the verb right before a figure governs it", () => {
  it("reads 'killed three workers and injured 14 others' as three killed, 14 injured", () => {
    expect(atLeastMedium(loudest([
      "The explosion at the refinery killed three workers and injured 14 others.",
      "Three workers were killed in the refinery explosion.",
      "Fourteen workers were hurt in the refinery blast, and three were killed.",
    ]))).toBe(false);
  });
  it("still flags a killed count two sources contradict", () => {
    expect(atLeastMedium(loudest([
      "The explosion at the refinery killed five workers and injured 14 others.",
      "Three workers were killed in the refinery explosion, the company said.",
      "The company said three workers were killed in the blast at the refinery.",
    ]))).toBe(true);
  });
});
