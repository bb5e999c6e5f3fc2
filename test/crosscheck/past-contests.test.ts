// Earlier occurrences and other contests told beside the story's own (issue 17, trust11: classes seen on PolNeAR,
// built from the phenomenon in wordings and events of these tests' own). "the first debate in 2000" named after a
// preposition is an earlier event the sentence refers to, not the story's event dated wrongly; counts of two
// contests each named by its own place (two primaries, two grounds, two courts) are two figures, not one disputed.
// The story's own event dated to another year, and one contest's count given two ways, stay flagged.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";
import { heldOnOtherDays, placedAtOthers } from "../../src/crosscheck/places.js";
import { findingsOf } from "./torture.js";

/** A figure in its sentence, for placedAtOthers. */
const at = (sentence: string, figure: string) => ({ sentence, at: sentence.indexOf(figure), end: sentence.indexOf(figure) + figure.length });

const yearFindings = (text: string, published: string) =>
  anachronisms([docOf(`Notes\n${text}`, published)]).filter((f) => f.startsWith("anachronism-year") && !f.includes(" low "));

describe("an earlier occurrence named after a preposition", () => {
  it("'during the first debate in 2000', 'at the second summit in 2018', 'in the first final in 2009' are background", () => {
    expect(yearFindings("The governor, who was mocked for his sighs during the first debate in 2000, said he would watch tonight.", "2016-09-26")).toEqual([]);
    expect(yearFindings("The two leaders, who last shook hands at the second summit in 2018, met again in Hanoi on Friday.", "2025-03-08")).toEqual([]);
    expect(yearFindings("The striker, who scored twice in the first final in 2009, was on the bench on Saturday.", "2025-05-24")).toEqual([]);
  });
  it("the story's own event dated to another year stays flagged", () => {
    expect(yearFindings("Tuesday's walkout by the dockers was the third strike of 2022 at the port.", "2025-03-08")).toHaveLength(1);
    expect(yearFindings("This week's meeting in Geneva was the fifth round of talks in 2023, the envoy said.", "2025-03-08")).toHaveLength(1);
  });
});

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("counts of two contests, each named by its own place", () => {
  it("terms handed down at two courts", () => {
    expect(loud([
      "The judge sentenced Ray Coll to 12 years at Leeds Crown Court.",
      "Ray Coll was sentenced to eight years at Bradford Crown Court.",
    ])).toEqual([]);
  });
  it("homes lost in two towns to one fire", () => {
    expect(loud([
      "The fire destroyed 40 homes in Paradise, officials said.",
      "Fire officials said 40 homes were destroyed in Paradise.",
      "The blaze destroyed 12 homes in Magalia, officials said.",
    ])).toEqual([]);
  });
  it("what reads as placed at other names", () => {
    expect(placedAtOthers(at("won 24 delegates in the Nevada caucuses", "24"), at("took 31 delegates in the Idaho primary", "31"))).toBe(true);
    expect(placedAtOthers(at("In Kentucky, 55 delegates were at stake", "55"), at("In Oregon, 61 delegates were at stake", "61"))).toBe(true);
    expect(placedAtOthers(at("scored 11 goals at Anfield this season", "11"), at("scored 4 goals at Goodison Park", "4"))).toBe(true);
  });
});

describe("one contest's count given two ways stays a dispute", () => {
  it("one court's term, 12 against eight years", () => {
    expect(loud([
      "The judge sentenced Ray Coll to 12 years at Leeds Crown Court.",
      "Ray Coll was sentenced to eight years at Leeds Crown Court on Friday.",
    ])).not.toEqual([]);
  });
  it("one town's homes, 40 against 12", () => {
    expect(loud([
      "The fire destroyed 40 homes in Paradise, officials said.",
      "Fire officials said 40 homes were destroyed in Paradise.",
      "The blaze destroyed 12 homes in Paradise, officials said.",
    ])).not.toEqual([]);
  });
  it("the same sentence with the same count and another town is still a renamed sentence", () => {
    expect(loud([
      "The fire destroyed 40 homes in Paradise, officials said.",
      "Fire officials said 40 homes were destroyed in Paradise.",
      "The blaze destroyed 40 homes in Magalia, officials said.",
    ]).map((f) => f.rule)).toEqual(["crosscheck/restated-sentence"]);
  });
  it("not apart: the same name, a name the other sentence also writes, or a figure placed nowhere", () => {
    expect(placedAtOthers(at("won 24 delegates in the Nevada caucuses", "24"), at("won 42 delegates in Nevada on Saturday", "42"))).toBe(false);
    expect(placedAtOthers(at("40 homes in Paradise", "40"), at("12 homes in Magalia, near Paradise", "12"))).toBe(false);
    expect(placedAtOthers(at("140 millimetres of rain on Bergen", "140"), at("60 millimetres of rain overnight", "60"))).toBe(false);
    expect(placedAtOthers(at("rose 5 percent in January", "5"), at("rose 7 percent in February", "7"))).toBe(false);
  });
});

describe("counts of two contests named by their weekdays", () => {
  it("delegates of Tuesday's primaries and of Saturday's caucuses are two figures", () => {
    expect(loud([
      "Lowe won 24 delegates in Tuesday's primaries, the party said.",
      "Party officials said Lowe won 24 delegates in Tuesday's primaries.",
      "Lowe won 31 delegates in Saturday's caucuses, the party said.",
    ])).toEqual([]);
  });
  it("one contest's delegates given as 24 and 31 stay a dispute", () => {
    expect(loud([
      "Lowe won 24 delegates in Tuesday's primaries, the party said.",
      "Party officials said Lowe won 24 delegates in Tuesday's primaries.",
      "Lowe won 31 delegates in Tuesday's primaries, the party said.",
    ])).not.toEqual([]);
  });
  it("a reporting day ('said on Tuesday') does not name a contest", () => {
    expect(heldOnOtherDays("won 24 delegates in Tuesday's primaries", "won 31 delegates in Saturday's caucuses")).toBe(true);
    expect(heldOnOtherDays("won 24 delegates, the party said on Tuesday", "won 31 delegates, the party said on Saturday")).toBe(false);
    expect(heldOnOtherDays("won 24 delegates in Tuesday's primaries", "won 31 delegates in the primaries")).toBe(false);
  });
});
