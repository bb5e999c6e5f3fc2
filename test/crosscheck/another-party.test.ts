// Issue 17 ("different people", "a subgroup against a total"): a figure whose clause opens with "another", "a second"
// or "a different" belongs to a party or a group besides the one told first, so it is no second value of the first
// one's figure. Summaries of findings kept low say why. Wordings and events of their own, disputes beside.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const contradictions = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && f.rule === "crosscheck/contradiction");
const loud = (texts: string[]) => contradictions(texts).filter((f) => f.severity === "medium" || f.severity === "high");

describe("a figure told of another party", () => {
  it("keeps 'Another buyer, Jon Berg, paid 9,000 kroner' apart from the first buyer's 6,000", () => {
    const texts = [
      "A collector in Bergen paid 6,000 kroner for one of the commemorative coins, the mint said.",
      "Another buyer, Jon Berg, paid 9,000 kroner for one of the commemorative coins from the mint.",
    ];
    expect(loud(texts)).toHaveLength(0);
    expect(contradictions(texts)[0]?.summary).toMatch(/Rated low: one is told of another party/);
  });
  it("says why an unnamed driver's age beside another driver's is kept low", () => {
    const texts = [
      "A 52-year-old driver was hurt in the crash on the A1 near Doncaster on Monday.",
      "Another driver, 61, was hurt in the crash on the A1 near Doncaster on Monday.",
    ];
    expect(loud(texts)).toHaveLength(0);
    expect(contradictions(texts)[0]?.summary).toMatch(/Rated low: one is told of another party/);
  });
});

describe("disputes that stay disputes", () => {
  it("still flags one buyer's price told as 6,000 and 9,000 kroner", () => {
    expect(loud([
      "A collector in Bergen, Jon Berg, paid 6,000 kroner for one of the commemorative coins, the mint said.",
      "Jon Berg, a collector in Bergen, paid 9,000 kroner for one of the commemorative coins, the mint said.",
    ])).toHaveLength(1);
  });
  it("is not put off by 'for a second time'", () => {
    expect(loud([
      "The club confirmed for a second time on Monday that it paid 35 million euros for the striker Caio Lima.",
      "The club paid 53 million euros for the striker Caio Lima, it said on Monday.",
    ])).toHaveLength(1);
  });
});
