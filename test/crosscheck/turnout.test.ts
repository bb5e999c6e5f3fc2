// Turnout is a share of the electorate told with the word before the figure ("turnout was 61 percent", "a turnout
// of 58%", "61 percent turnout"), with no "of the vote" after it (issue 17: a real dispute missed). A turnout
// counted by midday, among one group, in one place or at an earlier vote is another figure. Written before the
// rule, in wordings and events of their own, with negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => (f.type === "contradiction" || f.type === "arithmetic") && (f.severity === "medium" || f.severity === "high"));

describe("turnout", () => {
  it("flags 'turnout stood at 72 per cent' against 'a turnout of 58%'", () => {
    const f = loud([
      "Slovakia's parliamentary election on Saturday drew crowds to the polls; turnout stood at 72 per cent, the statistics office said.",
      "The statistics office reported a turnout of 58% in Saturday's parliamentary election in Slovakia.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/turnout/);
  });
  it("flags '61 percent turnout' against 'turnout was 44 percent'", () => {
    expect(loud([
      "Chile's constitutional plebiscite on Sunday saw 61 percent turnout, the electoral service said.",
      "The electoral service said turnout in Sunday's constitutional plebiscite in Chile was 44 percent.",
    ])).toHaveLength(1);
  });
  it("is quiet on a midday count against the final turnout", () => {
    expect(loud([
      "By noon on Sunday, turnout in the Bavarian state election was 23 percent, the returning officer said.",
      "Final turnout in Sunday's Bavarian state election was 61 percent, the returning officer said.",
    ])).toHaveLength(0);
  });
  it("is quiet on an earlier election's turnout", () => {
    expect(loud([
      "Turnout in Sunday's Portuguese election was 59 percent, up from 51 percent in 2022, the electoral commission said.",
      "The electoral commission said turnout in Sunday's Portuguese election reached 59%.",
    ])).toHaveLength(0);
  });
  it("is quiet on one group's turnout against the whole", () => {
    expect(loud([
      "Turnout among voters under 25 in Sunday's Dutch election was 31 percent, a survey found.",
      "Overall turnout in Sunday's Dutch election was 78 percent, the electoral council said.",
    ])).toHaveLength(0);
  });
  it("is quiet on one city's turnout against the nation's", () => {
    expect(loud([
      "In Warsaw, turnout in Sunday's Polish presidential election reached 81 percent, the electoral commission said.",
      "Nationwide turnout in Sunday's Polish presidential election was 67 percent, the electoral commission said.",
    ])).toHaveLength(0);
  });
});
