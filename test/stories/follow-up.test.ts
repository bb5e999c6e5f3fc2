// Follow-ups weeks later: a charging report names the victim once in full and then by surname
// ("... wounded Lucinda Marsh ... Detectives said Marsh was asleep"); that is as plain a bridge as a
// full name given twice.
// A look-alike charging report about another child in the same town stays apart.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const together = (groups: ReturnType<typeof clusterStories>, a: string, b: string) =>
  groups.some((g) => g.docs.some((d) => d.article.title === a) && g.docs.some((d) => d.article.title === b));

const night = docOf("Girl, 8, hit by stray bullet in Oakhurst home",
  "Lucinda Marsh, 8, was struck by a stray bullet while she slept in her family's home on Fennimore Street in Oakhurst on Saturday, police said. "
  + "Marsh was taken to Oakhurst Children's Hospital in critical condition. Investigators said shots were fired from a passing pickup truck.",
  "2016-09-11");
const nextDay = docOf("Oakhurst girl hit by stray bullet remains critical",
  "The 8-year-old girl struck by a stray bullet on Fennimore Street remained in critical condition on Sunday. "
  + "Neighbours described the pickup truck that sped away. Lucinda Marsh is a third-grader at Dunmore Elementary.",
  "2016-09-12");
const charged = docOf("Two charged in stray-bullet shooting that wounded Oakhurst girl",
  "Oakhurst prosecutors on Tuesday charged two men in the shooting that wounded Lucinda Marsh as she slept in her home on Fennimore Street. "
  + "Police traced the pickup truck seen speeding away to one of the men, detectives said. "
  + "Detectives said Marsh, 8, was asleep when the stray bullet came through the window. She spent weeks at Oakhurst Children's Hospital.",
  "2016-11-08");
const otherChild = docOf("Man charged in shooting that wounded Oakhurst boy",
  "Oakhurst prosecutors on Tuesday charged a man in the shooting that wounded Tobias Grell as he played on Quarry Lane. "
  + "Police traced the car to the man, detectives said. The man was held on bail of $250,000. "
  + "Detectives said Grell, 9, was playing when the shots were fired.",
  "2016-11-15");

describe("stories: a follow-up that names the victim once in full and then by surname", () => {
  it("counts the surname as a second naming of the person", () => {
    expect(eventFeatures(charged).people).toContain("n:lucinda marsh");
    // Named once, never again: not a person the article is about.
    expect(eventFeatures(nextDay).people).not.toContain("n:lucinda marsh");
    // A relative named in full is another person, not a second naming.
    const relative = docOf("Oakhurst girl recovering", "Lucinda Marsh left the hospital on Friday. Her father, Owen Marsh, thanked the nurses.", "2016-09-20");
    expect(eventFeatures(relative).people).not.toContain("n:lucinda marsh");
  });

  it("joins the charging report weeks later to the shooting, not the look-alike about another child", () => {
    const groups = clusterStories([night, nextDay, charged, otherChild]);
    expect(together(groups, night.article.title, nextDay.article.title)).toBe(true);
    expect(together(groups, night.article.title, charged.article.title)).toBe(true);
    expect(together(groups, night.article.title, otherChild.article.title)).toBe(false);
    expect(together(groups, charged.article.title, otherChild.article.title)).toBe(false);
  });
});
