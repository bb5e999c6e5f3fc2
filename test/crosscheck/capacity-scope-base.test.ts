// Figures that count different things under one noun (issue 17, "numbers that are not about the same thing"):
// what a place or vessel can hold against how many were there; a company's or country's whole against one site;
// a change on the month against a change on the year; what was found, told by two outlets. Wordings and events of
// these tests' own (the development variants are in another file, not in the repo).
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("a capacity is not a count of who was there", () => {
  it("an arena that holds 18,000 against the crowd at a concert", () => {
    expect(loud([
      "The Ostrava arena, which can hold 18,000 spectators, hosted the final on Sunday.",
      "Some 11,000 spectators watched the final at the Ostrava arena on Sunday.",
    ])).toEqual([]);
  });
  it("a ferry with room for 900 passengers against those aboard", () => {
    expect(loud([
      "The ferry, which has room for 900 passengers, caught fire off Crete on Monday.",
      "The ferry had 412 passengers on board when it caught fire off Crete on Monday.",
    ])).toEqual([]);
  });
  it("two capacities of one hall still disagree, told in words", () => {
    const found = loud([
      "The new concert hall in Aarhus seats 1,600 people, the city said on Tuesday.",
      "The new concert hall in Aarhus can seat 2,600 people, the city said on Tuesday.",
    ]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.summary).toContain("how many people it can hold");
    expect(found[0]!.summary).not.toMatch(/\bcapacity\b/);
  });
  it("a crowd told two ways still disagrees", () => {
    expect(loud([
      "About 9,000 fans attended the match in Ostrava on Sunday.",
      "Some 19,000 fans attended Sunday's match in Ostrava.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a whole company or country against one site or place", () => {
  it("a bank's staff worldwide against one office", () => {
    expect(loud([
      "The bank has 12,000 employees around the world, the company said on Wednesday.",
      "The bank's Leeds office, which has 900 employees, will close next year, the company said on Wednesday.",
    ])).toEqual([]);
  });
  it("two figures for one office still disagree", () => {
    expect(loud([
      "The bank's Leeds office, which has 900 employees, will close next year, the company said on Wednesday.",
      "The bank will close its Leeds office, which has 1,900 employees, next year, the company said on Wednesday.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a change on the month against a change on the year", () => {
  it("rents in March from February and from a year earlier", () => {
    expect(loud([
      "Average rents in Lisbon rose 6.2 percent in March from a year earlier, the property portal said.",
      "Average rents in Lisbon rose 0.8 percent in March from February, the property portal said.",
    ])).toEqual([]);
  });
  it("one change on the year told twice still disagrees", () => {
    expect(loud([
      "Average rents in Lisbon rose 6.2 percent in March from a year earlier, the property portal said.",
      "Average rents in Lisbon rose 2.6 percent in March from a year earlier, the property portal said.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("what was found, told by two outlets", () => {
  it("bodies recovered by divers: 14 against 41", () => {
    expect(loud([
      "Divers recovered 14 bodies from the sunken bus in the Mekong on Saturday, officials said.",
      "Divers found 41 bodies in the sunken bus in the Mekong on Saturday, officials said.",
    ]).length).toBeGreaterThan(0);
  });
  it("bodies found against the toll stays low", () => {
    expect(loud([
      "Divers recovered 14 bodies from the sunken bus in the Mekong on Saturday, officials said.",
      "The bus crash in the Mekong on Saturday killed 41 people, officials said.",
    ])).toEqual([]);
  });
});
