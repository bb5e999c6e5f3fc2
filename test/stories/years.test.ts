// The year a report's lead dates its event to (anchorYear) tells two look-alike events apart
// ("a fire at the plant in 2014" vs "in 2016"), unless a report recalls the other's year in its
// headline or lead: a verdict two years on is still the story of the fire it names. A year the
// headline writes out dates the report first; a season ("2011-12") dates no one year.
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
  const verdict = docOf("Jury convicts night guard over Harbour Mills fire",
    "June 8, 2016 — A jury convicted the former night guard Ansel Brabazon of starting the blaze that gutted the Harbour Mills textile plant in Corbridge in March 2014. "
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

  it("takes nothing off a later report whose lead names the event's year", () => {
    expect(yearPenalty(fire, verdict)).toBeCloseTo(0, 9);
  });

  it("still keeps apart a look-alike event of another year that only mentions the first further down", () => {
    expect(yearPenalty(fire, newFire)).toBeCloseTo(DEFAULT_STORY_OPTIONS.yearClashPenalty, 9);
  });
});

describe("the year a headline writes out", () => {
  it("dates the report before its lead's dates: the event a verdict is about, or a dateline in the headline slot", () => {
    const verdict = docOf("Guard convicted over the 2014 Harbour Mills fire", "June 8, 2016 — A jury convicted the former night guard of starting the blaze.");
    expect(eventFeatures(verdict).anchorYear).toBe(2014);
    const dateline = docOf("Thursday, October 9, 2003", "Fire crews fought a blaze at a paint depot in Marlock for six hours.");
    expect(eventFeatures(dateline).anchorYear).toBe(2003);
  });

  it("takes no year from a season or a count, nor one far from the publication date", () => {
    const season = docOf("Rovers sack coach after poor start to 2011-12 season", "The club dismissed its coach after one win in nine games.");
    expect(eventFeatures(season).anchorYear).toBeNull();
    expect(eventFeatures(season).leadYears).toEqual([2011, 2012]);
    const count = docOf("Rebels Free 2000 Prisoners", "Rebels freed two thousand prisoners from the northern camp on Friday.");
    expect(eventFeatures(count).anchorYear).toBeNull();
    const old = docOf("Marlock remembers the 1983 depot fire", "A plaque was unveiled on Sunday.", "2016-05-02");
    expect(eventFeatures(old).anchorYear).toBeNull();
  });

  it("keeps apart two look-alike events of other years, and joins a later report headed with its event's year", () => {
    const opening = docOf("Kellerby bridge opens to traffic",
      "The new Kellerby river bridge opened to traffic in 2009 after three years of work, the county said. "
      + "The bridge carries the Wenlow road over the river and replaced a ferry. Engineers from Tamsin Works built it.");
    const closing = docOf("Kellerby bridge closed to traffic in 2013",
      "The Kellerby river bridge was closed to traffic after engineers found cracks in a pier, the county said. "
      + "Drivers on the Wenlow road face a detour of twelve miles. Engineers from Tamsin Works will inspect it.");
    const anniversary = docOf("2009 Kellerby bridge opening remembered",
      "October 2, 2019 — Ten years after the Kellerby river bridge opened to traffic, the county held a ceremony on it. "
      + "The bridge carries the Wenlow road over the river. Engineers from Tamsin Works attended.");
    expect(yearPenalty(opening, closing)).toBeCloseTo(DEFAULT_STORY_OPTIONS.yearClashPenalty, 9);
    expect(yearPenalty(opening, anniversary)).toBeCloseTo(0, 9);
  });
});

