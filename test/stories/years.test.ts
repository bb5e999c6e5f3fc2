// The year a report's lead dates its event to (anchorYear) tells two look-alike events apart
// ("a fire at the plant in 2014" vs "in 2016"), unless a report recalls the other's year in its
// headline or lead: a verdict two years on is still the story of the fire it names.
import { describe, expect, it } from "vitest";
import { DEFAULT_STORY_OPTIONS, StoryIndex } from "../../src/stories/cluster.js";
import { eventFeatures, fromGroupingFeatures, groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

/** How much the year clash takes off the pair's score. */
function yearPenalty(a: ReturnType<typeof docOf>, b: ReturnType<typeof docOf>): number {
  const score = (yearClashPenalty: number) => {
    const index = new StoryIndex({ yearClashPenalty });
    index.add(a); index.add(b);
    return index.similarity(a.article.id, b.article.id)!;
  };
  return score(0) - score(DEFAULT_STORY_OPTIONS.yearClashPenalty);
}

describe("stories: the year of the event, and a later report that recalls it", () => {
  const fire = docOf("Fire guts Harbour Mills plant",
    "On March 3, 2014, a fire gutted the Harbour Mills textile plant in Corbridge, the fire service said. "
    + "Nobody was hurt. Investigators said the blaze started in a storeroom on the ground floor. The night guard, Ansel Brabazon, raised the alarm.");
  const verdict = docOf("Jury convicts night guard over 2014 Harbour Mills fire",
    "June 8, 2016 — A jury convicted the former night guard Ansel Brabazon of starting the blaze that gutted the Harbour Mills textile plant in Corbridge. "
    + "Prosecutors said he set the storeroom alight to cover a theft. He will be sentenced next month.");
  const newFire = docOf("Blaze at Harbour Mills plant",
    "June 8, 2016 — Fire crews fought a blaze at the Harbour Mills textile plant in Corbridge for six hours, the fire service said. "
    + "Nobody was hurt. The fire started in the loading bay. The plant reopened last year after a fire in 2014 gutted it.");

  it("reads the years a headline or lead writes out, and keeps them with the grouping features", () => {
    expect(eventFeatures(verdict).anchorYear).toBe(2016);
    expect(eventFeatures(verdict).leadYears).toEqual([2014, 2016]);
    expect(eventFeatures(newFire).leadYears).toEqual([2016]); // the 2014 fire comes up further down
    expect(fromGroupingFeatures(groupingFeatures(verdict)).leadYears).toEqual([2014, 2016]);
  });

  it("takes nothing off a later report whose headline names the event's year", () => {
    expect(yearPenalty(fire, verdict)).toBeCloseTo(0, 9);
  });

  it("still keeps apart a look-alike event of another year that only mentions the first further down", () => {
    expect(yearPenalty(fire, newFire)).toBeCloseTo(DEFAULT_STORY_OPTIONS.yearClashPenalty, 9);
  });
});
