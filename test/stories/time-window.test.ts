// How close in time two reports must be to tell one event (StoryOptions timeWindow, storySpan):
// a desk's look-alike shootings on one street come days or weeks apart, and the reports of one
// shooting name the same night. A follow-up weeks later joins through the people it names again.
import { describe, expect, it } from "vitest";
import { clusterStories, DEFAULT_STORY_OPTIONS, StoryIndex } from "../../src/stories/cluster.js";
import { docOf } from "./helpers.js";

const storyOf = (groups: ReturnType<typeof clusterStories>, title: string) => groups.findIndex((g) => g.docs.some((d) => d.article.title === title));

describe("stories: look-alike shootings days and weeks apart", () => {
  const fri1 = docOf("Man shot on Kestrel Row", "A man was shot on Kestrel Row in Annsby on Friday night, police said. "
    + "He was taken to Annsby General Hospital with wounds that were not life-threatening. Officers found shell casings near the corner store.", "2018-06-09");
  const fri2 = docOf("Kestrel Row shooting leaves man wounded", "Police in Annsby are looking for a gunman who wounded a man on Kestrel Row late Friday. "
    + "The man is recovering at Annsby General Hospital. Neighbours said they heard four shots near the corner store.", "2018-06-10");
  const mon = docOf("Woman shot on Kestrel Row", "A woman was shot in the leg on Kestrel Row in Annsby on Monday night, police said. "
    + "She was taken to Annsby General Hospital. Officers found shell casings in an alley near the laundromat.", "2018-06-12");

  it("keeps two shootings on one street three days apart in two stories, and two reports of one night together", () => {
    const groups = clusterStories([fri1, fri2, mon]);
    expect(storyOf(groups, fri1.article.title)).toBe(storyOf(groups, fri2.article.title));
    expect(storyOf(groups, mon.article.title)).not.toBe(storyOf(groups, fri1.article.title));
  });

  it("takes the time clash off two reports that name no day, published three weeks apart, not ten days apart", () => {
    const a = docOf("Man shot on Kestrel Row", "A man was shot on Kestrel Row in Annsby, police said. "
      + "He was taken to Annsby General Hospital with wounds that were not life-threatening. Officers found shell casings near the corner store.", "2018-06-09");
    const b = docOf("Teen wounded in Kestrel Row shooting", "A 17-year-old was wounded by gunfire on Kestrel Row in Annsby, police said. "
      + "He is recovering at Annsby General Hospital. Officers found shell casings outside a barber shop.", "2018-06-30");
    const near = docOf(b.article.title, b.article.text, "2018-06-19");
    const score = (x: typeof a) => { const index = new StoryIndex(); index.add(a); index.add(x); return index.similarity(a.article.id, x.article.id)!; };
    // Three weeks apart with no day named to bridge them: the time clash takes its penalty; ten days apart, none.
    expect(score(near) - score(b)).toBeCloseTo(DEFAULT_STORY_OPTIONS.timeClashPenalty, 5);
  });

  it("still joins an arrest three weeks later that names the victim and the suspect again", () => {
    const shot = docOf("Annsby man shot outside corner store",
      "Tobiah Wrenfield, 24, was shot outside a corner store on Kestrel Row in Annsby, police said. Tobiah Wrenfield was taken to Annsby General Hospital. "
      + "Witnesses said the gunman, Casimir Dobbe, fled on foot; police said Casimir Dobbe was known to the victim.", "2018-06-09");
    const arrest = docOf("Suspect arrested in Kestrel Row shooting",
      "Annsby police arrested Casimir Dobbe, 27, on an attempted murder charge. Casimir Dobbe is accused of shooting Tobiah Wrenfield outside a corner store. "
      + "Tobiah Wrenfield has left the hospital, police said.", "2018-06-30");
    const groups = clusterStories([shot, arrest]);
    expect(storyOf(groups, shot.article.title)).toBe(storyOf(groups, arrest.article.title));
  });
});
