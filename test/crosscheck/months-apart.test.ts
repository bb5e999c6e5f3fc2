// Issue 17 ("updates over time reported as contradictions", "a story's time frame spanning events"): a figure of the
// present told in articles published more than a month apart is two moments of it, not a dispute — a hospital's staff in
// January and June, a party's poll rating in spring and summer. Figures of one event reported days apart still are
// compared; a person's age has its own check. Wordings and events of their own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const contradictions = (texts: Parameters<typeof findingsOf>[0]) => findingsOf(texts).filter((f) => f.type === "contradiction" && f.rule !== "crosscheck/update");
const loud = (texts: Parameters<typeof findingsOf>[0]) => contradictions(texts).filter((f) => f.severity === "medium" || f.severity === "high");

describe("figures of articles months apart", () => {
  it("keeps a workforce told in January and in June low", () => {
    const texts = [
      { text: "The Santa Maria hospital in Porto, which employs 4,000 staff, will open a new cancer wing, its director said.", publishedAt: "2026-01-12" },
      { text: "The Santa Maria hospital in Porto, which employs 4,600 staff, will open a new cancer wing, its director said.", publishedAt: "2026-06-20" },
    ];
    expect(loud(texts)).toHaveLength(0);
  });
  it("keeps a metro's busiest day told in February and in September low, and says why", () => {
    const texts = [
      { text: "The Lisbon metro carried 520,000 passengers on its busiest day, the operator said.", publishedAt: "2026-02-02" },
      { text: "The Lisbon metro carried 610,000 passengers on its busiest day, the operator said.", publishedAt: "2026-09-15" },
    ];
    expect(loud(texts)).toHaveLength(0);
    expect(contradictions(texts).some((f) => /months? apart|different moments/.test(f.summary))).toBe(true);
  });
});

describe("articles dated by the line heading their text", () => {
  it("keeps a player's season yardage in undated articles headed a year apart low", () => {
    const texts = [
      "March 3, 2008\nThe Denver Broncos said wide receiver Marcus Hale, who caught passes for 1,120 yards, will be ready for training camp after surgery on his ankle.",
      "February 10, 2009\nThe Denver Broncos said wide receiver Marcus Hale, who caught passes for 640 yards, will be ready for training camp after surgery on his knee.",
    ];
    expect(loud(texts)).toHaveLength(0);
    expect(contradictions(texts).some((f) => /dated more than a month apart/.test(f.summary))).toBe(true);
  });
  it("still flags the yardage when the heading lines are two days apart", () => {
    expect(loud([
      "March 3, 2008\nThe Denver Broncos said wide receiver Marcus Hale, who caught passes for 1,120 yards, will be ready for training camp after surgery on his ankle.",
      "March 5, 2008\nThe Denver Broncos said wide receiver Marcus Hale, who caught passes for 640 yards, will be ready for training camp after surgery on his ankle.",
    ])).toHaveLength(1);
  });
});

describe("disputes that stay disputes", () => {
  it("still flags homes destroyed told as 120 and 210 the same day (three days apart, a higher count is the survey's update)", () => {
    expect(loud([
      { text: "The wildfire near Patras destroyed 120 homes on Monday, the fire service said.", publishedAt: "2026-08-03T09:00:00Z" },
      { text: "The wildfire near Patras destroyed 210 homes on Monday, the fire service said.", publishedAt: "2026-08-03T15:00:00Z" },
    ])).toHaveLength(1);
    expect(loud([
      { text: "The wildfire near Patras destroyed 120 homes on Monday, the fire service said.", publishedAt: "2026-08-03" },
      { text: "The wildfire near Patras destroyed 210 homes on Monday, the fire service said on Thursday.", publishedAt: "2026-08-06" },
    ])).toEqual([]);
  });
  it("still flags the same sentence with another figure a week apart", () => {
    expect(loud([
      { text: "The Santa Maria hospital in Porto, which employs 4,000 staff, will open a new cancer wing, its director said.", publishedAt: "2026-01-12" },
      { text: "The Santa Maria hospital in Porto, which employs 6,400 staff, will open a new cancer wing, its director said.", publishedAt: "2026-01-19" },
    ])).toHaveLength(1);
  });
});
