// Unnamed people and counts placed in two parts of a city by their own sentences — two neighbourhoods, blocks of two
// streets — are two shootings of a round-up or of a story that mixes incidents, not one fact told two ways (issue 17,
// gun-corpus tune fold: round-ups of one city's weekend grouped together). The same place, a place inside the other,
// or a named person stay compared. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { placedApart } from "../../src/crosscheck/places.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("placed apart: two people, two shootings", () => {
  it("an unnamed girl in two neighbourhoods", () => {
    expect(loud([
      "A 13-year-old girl was wounded by a stray bullet on Friday night in the Brightmoor neighborhood, police said.",
      "A 15-year-old girl was shot in the arm on Friday night in the Corktown neighborhood, according to police.",
    ])).toEqual([]);
  });
  it("counts on blocks of two streets", () => {
    expect(loud([
      "Police said three men were wounded late Saturday in the 4500 block of West Ohio Street.",
      "Police said five men were wounded late Saturday in the 1200 block of South Pulaski Road.",
    ])).toEqual([]);
  });
  it("what reads as apart", () => {
    expect(placedApart("shot in the Hermosa neighborhood", "shot in the Chatham neighborhood")).toBe(true);
    expect(placedApart("in the 300 block of North Lotus Avenue", "in the 7100 block of South Wood Street")).toBe(true);
  });
});

describe("not apart: one place, or a place inside the other, or a named person", () => {
  it("the same neighbourhood, written with its side of the city", () => {
    expect(placedApart("in the Far South Side Roseland neighborhood", "in the Roseland neighborhood")).toBe(false);
  });
  it("two blocks of one street", () => {
    expect(placedApart("in the 8300 block of South Ashland", "in the 8400 block of S. Ashland Ave.")).toBe(false);
  });
  it("a neighbourhood against a block: different kinds of place, no call", () => {
    expect(placedApart("in the Hermosa neighborhood", "in the 2100 block of North Kilbourn")).toBe(false);
  });
  it("the same unnamed girl given two ages in the same neighbourhood is still a dispute", () => {
    expect(loud([
      "A 13-year-old girl was wounded by a stray bullet on Friday night in the Brightmoor neighborhood, police said.",
      "A 15-year-old girl was wounded by a stray bullet on Friday night in the Brightmoor neighborhood, according to police.",
    ]).length).toBeGreaterThan(0);
  });
  it("a named man placed on two streets is still one man with two ages", () => {
    expect(loud([
      "Darnell Whitfield, 24, was shot in the 4500 block of West Ohio Street late Saturday, police said.",
      "Darnell Whitfield, 27, was shot in the 1200 block of South Pulaski Road late Saturday, police said.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("streets named without a block (eleventh session)", () => {
  it("two streets of one city are two places; one street told two ways is one", () => {
    expect(placedApart("was shot in the arm on 9th Street early Monday", "was wounded near 31st Street on Monday night")).toBe(true);
    expect(placedApart("was stabbed on Grove Street", "was stabbed outside a shop on Grove St. in Hartford")).toBe(false);
    expect(placedApart("was robbed on North Main Street", "was robbed on Main Street")).toBe(false);
  });
  it("two unnamed men shot on two streets are two men", () => {
    expect(loud([
      "A 29-year-old man was shot in the hand on Ward Street in Newark on Friday night.",
      "On Saturday morning a 44-year-old man was shot in the shoulder near Orange Street in Newark.",
    ])).toEqual([]);
  });
  it("one unnamed man shot on one street, given two ages, is still a dispute", () => {
    expect(loud([
      "A 29-year-old man was shot in the hand on Ward Street in Newark on Friday night.",
      "A 39-year-old man was shot in the hand on Ward Street in Newark on Friday night, police said.",
    ]).length).toBeGreaterThan(0);
  });
});
