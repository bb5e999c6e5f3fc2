// Issue 17: different things compared as one. A forecast or an expectation ("analysts had expected 40
// cents", "it expects a profit of 30 cents") is not the result it forecasts ("earned 52 cents"); a poll's
// margin of error belongs to its poll, and a story with two polls has two. In wordings and events of
// their own, negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("a forecast is not the result", () => {
  it("an outlook against the quarter's profit", () => {
    expect(loud([
      "Excluding special charges, the brewer earned a profit of 52 cents a share in the quarter.",
      "Excluding special charges, the brewer expects a profit of 40 cents to 44 cents a share next quarter.",
    ])).toHaveLength(0);
  });
  it("analysts' expectation against the reported profit", () => {
    expect(loud([
      "The brewer earned 52 cents a share in the quarter, while analysts had expected 47 cents a share.",
      "Analysts had forecast 45 cents a share, but the brewer earned 52 cents a share in the quarter.",
    ])).toHaveLength(0);
  });
  it("two results of one quarter still disagree", () => {
    expect(loud([
      "Excluding special charges, the brewer earned a profit of 52 cents a share in the quarter.",
      "Excluding special charges, the brewer earned a profit of 38 cents a share in the quarter.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("margins of error belong to their polls", () => {
  it("two polls' margins are no dispute", () => {
    expect(loud([
      "The survey of residents has a margin of error of plus or minus 3 percentage points.",
      "That survey, taken by the council a week later, has a margin of error of plus or minus 4.5 percentage points.",
    ])).toHaveLength(0);
  });
});

describe("an estimate of what happened is no forecast", () => {
  it("'officials estimated that 3,000 people were evacuated' against 8,000 stays loud", () => {
    expect(loud([
      "Officials estimated that 3,000 people were evacuated from villages near Girona on Sunday as the wildfire spread.",
      "The regional government said on Sunday that 8,000 people had been evacuated from villages near Girona as the wildfire spread.",
    ]).length).toBeGreaterThan(0);
  });
  it("an attack that 'targeted' places is what happened, not a target to reach", () => {
    expect(loud([
      "Arsonists targeted two churches in the south of Lyon overnight on Tuesday, police said.",
      "Police said arsonists targeted five churches in the south of Lyon overnight on Tuesday.",
    ]).length).toBeGreaterThan(0);
  });
});
