// One person told of at two ages is told of at two times: a bowler's hamstring in two summers, a chess player's
// two titles. Reports of one event may still slip a year on someone's age, and a sentencing years after a killing
// gives the killer an older age but is the story of that killing (ECB+ labels a crime and its trial one event):
// such pairs share their place, their victims and their figures, which outweigh the clash. None of these events is
// from an eval set.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { clusterStories, DEFAULT_STORY_OPTIONS, StoryIndex } from "../../src/stories/cluster.js";
import { eventFeatures, fromGroupingFeatures, groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

type Groups = ReturnType<typeof clusterStories>;
const storyOf = (groups: Groups, d: Doc) => groups.findIndex((g) => g.docs.some((x) => x.article.id === d.article.id));
const together = (groups: Groups, docs: readonly Doc[]) => new Set(docs.map((d) => storyOf(groups, d))).size === 1;
const apart = (groups: Groups, a: readonly Doc[], b: readonly Doc[]) => {
  const sa = new Set(a.map((d) => storyOf(groups, d)));
  return b.every((d) => !sa.has(storyOf(groups, d)));
};
const ages = (title: string, text: string) => eventFeatures(docOf(title, text)).ages;

/** How much the age clash takes off a pair's score. */
function agePenalty(a: Doc, b: Doc): number {
  const score = (ageClashPenalty: number) => {
    const index = new StoryIndex({ ageClashPenalty });
    index.add(a); index.add(b);
    return index.similarity(a.article.id, b.article.id)!;
  };
  return score(0) - score(DEFAULT_STORY_OPTIONS.ageClashPenalty);
}

describe("stories: the ages a report gives named people", () => {
  it("reads an age beside a name, after it or before it, and keeps it with the grouping features", () => {
    expect(ages("Bowler hurt", "Kent seamer Rahul Mehta, 29, pulled a hamstring. The 41-year-old umpire Peter Gale stopped play.")).toEqual(["gale:41", "mehta:29"]);
    expect(ages("Champion again", "Ivana Petrova (25) won the title; Petrova, aged 25, beat Dana Holt.")).toEqual(["petrova:25"]);
    const d = docOf("Bowler hurt", "Kent seamer Rahul Mehta, 29, pulled a hamstring on Tuesday.");
    expect(fromGroupingFeatures(groupingFeatures(d)).ages).toEqual(eventFeatures(d).ages);
  });

  it("reads an age opening a sentence as the last person named's, not a new person's", () => {
    expect(ages("Okafor hurt", "Chidi Okafor sprained a knee on Sunday. The 24-year-old leads the Mariners in goals.")).toEqual(["okafor:24"]);
    expect(ages("Two hurt", "Dana Ruiz was hurt. The 16-year-old girl beside her was not. The 19-year-old Pia Holm drove.")).toEqual(["holm:19"]);
  });

  it("reads no age from a count, a date, a place or an age away from any name", () => {
    expect(ages("Flood", "Mayor Tina Lowe said 29 homes were flooded on May 12, 2016. In Hull, 30 more were hit. A 40-year-old man drowned.")).toEqual([]);
    expect(ages("Win", "Lowe, who turned 50 last week, thanked the crews.")).toEqual([]);
  });

  const summer1 = docOf("Mehta pulls hamstring", "Kent seamer Rahul Mehta, 29, pulled his left hamstring bowling against Surrey at Canterbury on Tuesday "
    + "and will miss the next three county matches, coach Alan Firth said. Mehta has taken 31 wickets.");
  const summer2 = docOf("Mehta out with torn hamstring", "Kent seamer Rahul Mehta, 31, tore his right hamstring fielding against Durham at Chester-le-Street on Saturday "
    + "and will miss the rest of the summer, coach Alan Firth said. Mehta had taken 18 wickets.");
  const slip = docOf("Mehta hamstring blow for Kent", "Kent will be without seamer Rahul Mehta, 30, for three county matches after he pulled his left hamstring "
    + "bowling against Surrey at Canterbury on Tuesday, coach Alan Firth said. Mehta has 31 wickets.");

  it("takes the age clash off a pair that gives one person two ages, and nothing off a pair with no age or a shared one", () => {
    expect(agePenalty(summer1, summer2)).toBeCloseTo(DEFAULT_STORY_OPTIONS.ageClashPenalty, 9);
    const noAge = docOf("Mehta sidelined", "Rahul Mehta will miss three matches after pulling a hamstring against Surrey, Kent said.");
    expect(agePenalty(summer1, noAge)).toBeCloseTo(0, 9);
    const both = docOf("Mehta recalls injury", "Rahul Mehta, 29, and Rahul Mehta, 31, are one man: the Kent seamer was hurt twice.");
    expect(agePenalty(summer1, both)).toBeCloseTo(0, 9);
  });

  it("keeps one report that slips a year on the bowler's age with the reports of its own injury", () => {
    const groups = clusterStories([summer1, slip, summer2]);
    expect(together(groups, [summer1, slip])).toBe(true);
  });
});

const sides = (title: string, text: string) => eventFeatures(docOf(title, text)).opponents;

/** How much the opponent clash takes off a pair's score. */
function opponentPenalty(a: Doc, b: Doc): number {
  const score = (opponentClashPenalty: number) => {
    const index = new StoryIndex({ opponentClashPenalty });
    index.add(a); index.add(b);
    return index.similarity(a.article.id, b.article.id)!;
  };
  return score(0) - score(DEFAULT_STORY_OPTIONS.opponentClashPenalty);
}

describe("stories: the side a result sets the event against", () => {
  it("reads the side of a result in the headline or lead, team names in figures too", () => {
    expect(sides("Lynx guard hurt in loss to Comets", "Point guard Mara Eze sprained an ankle in Friday's 88-71 loss to the Comets.")).toEqual(["comets"]);
    expect(sides("Eze out", "Mara Eze broke a wrist in the Lynx's 90-84 win over the Portland Sparks, the team said.")).toEqual(["portland sparks"]);
    expect(sides("Fullback hurt", "Jon Aske was hurt as the Harriers beat the 76ers on Monday.")).toEqual(["76ers"]);
    expect(sides("Title defended", "Dario Vukic vs Emil Sorensen ended in the ninth round.")).toEqual(["emil sorensen"]);
  });

  it("reads no side from charges, a game named by its noun, a result further down, or a month", () => {
    expect(sides("Charges against Lynx guard", "Prosecutors weighed charges against Lynx guard Mara Eze. She plays in Friday's game against the Comets.")).toEqual([]);
    expect(sides("Coach fired", "The Lynx fired coach Ivo Dunn. His team lost to March's deadline pressure, a rival said. Last month they beat the Sparks."))
      .toEqual([]);
  });

  const first = docOf("Eze sprains ankle", "Lynx point guard Mara Eze sprained her left ankle in Friday's 88-71 loss to the Comets and will miss two games, coach Ivo Dunn said.");
  const second = docOf("Eze breaks wrist", "Lynx point guard Mara Eze broke her right wrist in Sunday's 90-84 win over the Sparks and will miss six weeks, coach Ivo Dunn said.");

  it("takes the clash off a pair whose results name two sides, and nothing off one that names the other's side", () => {
    expect(opponentPenalty(first, second)).toBeCloseTo(DEFAULT_STORY_OPTIONS.opponentClashPenalty, 9);
    const recall = docOf("Eze out again", "Lynx point guard Mara Eze broke her right wrist in the win over the Sparks, weeks after an ankle sprain in the loss to the Comets.");
    expect(opponentPenalty(first, recall)).toBeCloseTo(0, 9);
    const sameGame = docOf("Ankle sprain for Eze", "Mara Eze will miss two games after spraining an ankle as the Lynx lost 88-71 to the Comets on Friday.");
    expect(opponentPenalty(first, sameGame)).toBeCloseTo(0, 9);
  });
});

describe("stories: a day long past that only the body names", () => {
  const lead = (d: Doc) => eventFeatures(d).when;
  it("dates another event, not this one's start; a lead that names it still reaches back", () => {
    const similar = docOf("Two hurt in Elm Row stabbing", "Two men were stabbed on Elm Row on Saturday night, police said. Both are in hospital. "
      + "The street has a history. On June 2, 2014, a man was stabbed outside the same bar.", "2016-03-14");
    expect(lead(similar)![0]).toBeGreaterThan(eventFeatures(docOf("x", "y", "2016-01-01")).published!);
    const trial = docOf("Trial opens in Elm Row stabbing", "The trial of Tom Fray, accused of stabbing two men on Elm Row on June 2, 2014, opened on Monday.", "2016-03-14");
    expect(lead(trial)![0]).toBe(eventFeatures(docOf("x", "y", "2014-06-02")).published);
  });
});
