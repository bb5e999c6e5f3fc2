// Two sentences that count the same things and give each a different figure are two stat lines — of different games,
// seasons or contests merged into one story — not one line misreported (issue 17: a player's two seasons, two primary
// nights' delegate counts). A sentence with one figure changed, or one quantity told as change, share and level, stays
// a dispute. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { otherFigureLines } from "../../src/crosscheck/figure-lines.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));
const low = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && f.severity === "low");

describe("two stat lines are no dispute", () => {
  it("a player's points, rebounds and assists in two games", () => {
    const texts = [
      "Ana Petrovic scored 31 points, grabbed 9 rebounds and handed out 11 assists as Belgrade beat Zagreb on Friday.",
      "Ana Petrovic scored 24 points, grabbed 12 rebounds and handed out 6 assists in Belgrade's win over Zagreb on Friday.",
    ];
    expect(loud(texts)).toEqual([]);
    // Still shown, at low, with the reason in words.
    expect(low(texts).some((f) => /count several things and give each a different figure/.test(f.summary))).toBe(true);
  });
  it("a striker's goals and matches over two seasons", () => {
    expect(loud([
      "The striker scored 22 goals in 30 matches this season and provided 7 assists.",
      "The striker scored 14 goals in 25 matches this season and provided 11 assists.",
    ])).toEqual([]);
  });
  it("two contests' delegates and states", () => {
    expect(loud([
      "In all, 600 delegates are up for grabs in eight states on Tuesday.",
      "In all, 412 delegates are up for grabs in six states on Tuesday.",
    ])).toEqual([]);
  });
});

describe("one figure changed stays a dispute", () => {
  it("a toll that differs while the injured and the passengers agree", () => {
    expect(loud([
      "A bus crash near Lyon killed 12 people and injured 40 on Monday; the bus was carrying 55 passengers.",
      "A bus crash near Lyon killed 21 people and injured 40 on Monday; the bus was carrying 55 passengers.",
    ]).length).toBeGreaterThan(0);
  });
  it("homes destroyed differ while the evacuated agree", () => {
    expect(loud([
      "The fire destroyed 35 homes and forced 800 people to leave, officials said.",
      "The fire destroyed 53 homes and forced 800 people to leave, officials said.",
    ]).length).toBeGreaterThan(0);
  });
  it("one quantity told as a change, a share and a level names one thing at most", () => {
    expect(loud([
      "Staff at the Tallinn depot fell 300, or 2 percent, to 14,700 last year, the operator said.",
      "Staff at the Tallinn depot fell 900, or 6 percent, to 14,100 last year, the operator said.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("otherFigureLines", () => {
  const line = (o: Record<string, number[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));
  it("needs two counted things that differ and fewer that agree", () => {
    expect(otherFigureLines(line({ pass: [52], yard: [440], touchdown: [2] }), line({ pass: [29], yard: [201], touchdown: [2] }))).toBe(true);
    expect(otherFigureLines(line({ people: [12], passenger: [55] }), line({ people: [21], passenger: [55] }))).toBe(false);
    expect(otherFigureLines(line({ pass: [52], yard: [440] }), line({ pass: [29], yard: [440, 201] }))).toBe(false);
    expect(otherFigureLines(line({ block: [4500] }), line({ block: [1200] }))).toBe(false);
  });
});
