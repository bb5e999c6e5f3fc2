// The rise of consumer prices over a year is the inflation rate (issue 17, "real disputes missed"; probe batch 18's
// "rose 3.2% in the year to October" / "stood at 2.3 percent", read after its final run). Wordings and events of these
// tests' own: other countries, other verbs, other ways to say "on the year".
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("consumer prices over a year and the inflation rate", () => {
  it("a CPI rise from a year earlier against the rate told as a level", () => {
    expect(loud([
      "Kenya's consumer price index was up 6.1 percent in March from a year earlier, the statistics bureau said.",
      "Inflation in Kenya stood at 1.6 percent in March, the statistics bureau said.",
    ]).length).toBeGreaterThan(0);
  });
  it("the same rate told both ways is no dispute", () => {
    expect(loud([
      "Consumer prices in Ghana climbed 23.1% year on year in May, the statistical service said.",
      "Ghana's annual inflation rate eased to 23.1 percent in May, the statistical service said.",
    ])).toEqual([]);
  });
  it("house prices are no inflation rate", () => {
    expect(loud([
      "House prices in Ghana rose 14 percent in the year to May, a property group said.",
      "Ghana's annual inflation rate eased to 23.1 percent in May, the statistical service said.",
    ])).toEqual([]);
  });
  it("a rise on the month is no inflation rate", () => {
    expect(loud([
      "Consumer prices in Kenya rose 0.6 percent in March from February, the statistics bureau said.",
      "Inflation in Kenya stood at 6.1 percent in March, the statistics bureau said.",
    ])).toEqual([]);
  });
  it("another month's rate is no dispute", () => {
    expect(loud([
      "Kenya's consumer price index was up 6.1 percent in March from a year earlier, the statistics bureau said.",
      "Inflation in Kenya stood at 5.7 percent in February, the statistics bureau said.",
    ])).toEqual([]);
  });
});
