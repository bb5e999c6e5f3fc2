// Three ways a story is split or merged wrongly, each with its look-alike negatives:
// - a follow-up that recalls its event by a relative week or month ("flooded by a burst main last week") and dates
//   itself by its own day ("the city said on Monday"): its time frame reaches back to the recalled week;
// - two collective actions on one square a day apart by different groups ("midwives" / "truckers"): two events,
//   unless a report names the other group too;
// - an event in the sky, or a quake felt far off, whose reports name where it was watched or felt from: no place clash.
import { describe, expect, it } from "vitest";
import { clusterStories, DEFAULT_STORY_OPTIONS, StoryIndex } from "../../src/stories/cluster.js";
import { dayNumber, eventFeatures, fromGroupingFeatures, groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const oneStory = (...docs: ReturnType<typeof docOf>[]) => {
  const groups = clusterStories(docs);
  return groups.some((g) => docs.every((d) => g.docs.includes(d)));
};
const from = (d: ReturnType<typeof docOf>) => eventFeatures(d).when![0];

describe("stories: a follow-up that recalls its event by a week or a month before it", () => {
  const flood = docOf("Burst main floods Ghent opera house",
    "A burst water main flooded the basement of the Ghent opera house on Thursday, damaging costumes and the stage machinery, the city said.",
    "2026-02-05");
  const cost = docOf("Ghent opera repairs to cost millions",
    "Repairs to the Ghent opera house, flooded by a burst water main last week, will cost 2 million euros, the city said on Tuesday.",
    "2026-02-11");
  const month = docOf("Opera flood damage assessed",
    "The basement of the Ghent opera house, flooded by a burst water main earlier this month, will stay shut until May, the city said on Friday.",
    "2026-02-20");

  it("reaches the time frame back to the week or month the lead recalls", () => {
    expect(from(cost)).toBe(dayNumber("2026-02-02"));
    expect(from(month)).toBe(dayNumber("2026-02-01"));
  });

  it("keeps the frame at the article's own day when the recalled week is another event's, or only named later", () => {
    const repeat = docOf("Second flood at Ghent opera", "Another burst main flooded the Ghent opera house on Monday, after a similar flood last week, the city said.", "2026-02-16");
    expect(from(repeat)).toBe(dayNumber("2026-02-16"));
    const later = docOf("Opera reopens", "The Ghent opera house reopened on Monday. Staff pumped out water. Cleaners worked for days. A storm hit the coast last week.", "2026-02-16");
    expect(from(later)).toBe(dayNumber("2026-02-16"));
    // "this month" holds the publication: "due to reopen this month" recalls nothing before it.
    const plan = docOf("Opera to reopen", "The Ghent opera house is due to reopen this month, the city said on Monday.", "2026-02-16");
    expect(from(plan)).toBe(dayNumber("2026-02-16"));
  });

  it("counts back from a verb's -ing form, not from a name", () => {
    const vote = docOf("Ferry crews strike", "Ferry crews in Piraeus stopped work on Monday, a week after voting for a 24-hour strike, their union said.", "2026-03-09");
    expect(eventFeatures(vote).days).toContain(dayNumber("2026-03-02"));
    const name = docOf("Ferry crews strike", "Ferry crews in Piraeus stopped work on Monday, a week after Athens raised fuel taxes, their union said.", "2026-03-09");
    expect(eventFeatures(name).days).not.toContain(dayNumber("2026-03-02"));
  });

  it("puts the follow-up in the event's story", () => {
    expect(oneStory(flood, cost)).toBe(true);
    expect(oneStory(flood, month)).toBe(true);
  });
});

describe("stories: collective actions by different groups on one square", () => {
  const midwives = docOf("Midwives march in Warsaw",
    "Thousands of midwives marched through central Warsaw on Saturday demanding higher pay, ending their rally outside the health ministry.",
    "2026-04-18");
  const midwivesAgain = docOf("Warsaw rally for midwives' pay",
    "About 5,000 midwives rallied outside the health ministry in central Warsaw on Saturday after marching from the old town, organisers said.",
    "2026-04-18");
  const truckers = docOf("Truckers block Warsaw ring road",
    "Hundreds of truckers blocked the ring road around central Warsaw on Sunday to protest against new motorway tolls, police said.",
    "2026-04-19");

  it("reads the group behind the action from the headline and the lead's opening words", () => {
    expect(eventFeatures(midwives).actors.length).toBe(1);
    expect(eventFeatures(truckers).actors).toEqual(eventFeatures(docOf("Truckers block Warsaw ring road", "Truckers drove slowly.", null)).actors);
    // Anyone, or a report that opens on the action itself, names no group.
    expect(eventFeatures(docOf("Protest in Warsaw", "Protesters blocked the ring road around Warsaw on Sunday.", "2026-04-19")).actors).toEqual([]);
    expect(eventFeatures(docOf("Strike goes on", "The strike by Warsaw bus drivers entered its second day on Tuesday.", "2026-04-21")).actors).toEqual([]);
    // No collective action, no group: "Two gunmen robbed …".
    expect(eventFeatures(docOf("Robbery in Warsaw", "Masked robbers raided a jeweller in central Warsaw on Sunday.", "2026-04-19")).actors).toEqual([]);
  });

  it("keeps two groups' protests a day apart in two stories, one group's reports in one", () => {
    expect(oneStory(midwives, truckers)).toBe(false);
    expect(oneStory(midwives, midwivesAgain)).toBe(true);
  });

  it("does not clash when one report names the other group", () => {
    const both = docOf("Truckers block Warsaw ring road",
      "Hundreds of truckers blocked the ring road around central Warsaw on Sunday to protest against new motorway tolls, a day after midwives marched through the city.",
      "2026-04-19");
    const score = (x: ReturnType<typeof docOf>, y: ReturnType<typeof docOf>, penalty?: number) => {
      const index = new StoryIndex(penalty === undefined ? {} : { actorClashPenalty: penalty });
      index.add(x); index.add(y);
      return index.similarity(x.article.id, y.article.id)!;
    };
    // The clash takes its penalty off the pair that names one group each, not off the one that names both.
    expect(score(midwives, truckers, 0) - score(midwives, truckers)).toBeCloseTo(DEFAULT_STORY_OPTIONS.actorClashPenalty, 6);
    expect(score(midwives, both, 0)).toBeCloseTo(score(midwives, both), 6);
  });

  it("keeps the groups through the store's features", () => {
    expect(fromGroupingFeatures(groupingFeatures(truckers)).actors).toEqual(eventFeatures(truckers).actors);
  });
});

describe("stories: an event watched or felt from somewhere else than where it happens", () => {
  it("gives an event in the sky no place, and a place a quake was felt in no place of its own", () => {
    const meteors = docOf("Perseids light up Andalusia", "Stargazers in Cordoba watched the Perseid meteor shower peak on Tuesday night under clear skies.", "2026-08-12");
    expect(eventFeatures(meteors).places).toEqual([]);
    const quake = docOf("Quake off Crete", "A magnitude 5.0 earthquake struck off the south coast of Crete on Monday and was felt in Heraklion, the institute said.", "2026-06-01");
    expect(eventFeatures(quake).places).not.toContain("heraklion");
    // Where it happened stays a place.
    const shooting = docOf("Man shot in Brownsville", "A man was shot in Brownsville on Monday night, police said.", "2026-06-01");
    expect(eventFeatures(shooting).places).toContain("brownsville");
  });

  it("puts one comet watched from two countries in one story", () => {
    const a = docOf("Comet visible over Namibia", "Skywatchers in Namibia photographed comet C/2026 K2 low on the western horizon on Saturday evening as it neared the Sun.", "2026-10-03");
    const b = docOf("Bright comet over the Andes", "Comet C/2026 K2 hung low on the western horizon on Saturday evening, and observers in Bolivia caught its long tail as it neared the Sun.", "2026-10-03");
    expect(oneStory(a, b)).toBe(true);
  });
});

describe("stories: one outage told twice the same day, and two outages in two cities", () => {
  it("keeps one region's outage in one story and two cities' look-alike outages apart", () => {
    const a = docOf("Power cut across Lower Saxony", "A fire at a substation cut power to 80,000 homes in Lower Saxony on Sunday, the grid operator said.", "2026-03-01");
    const b = docOf("Lower Saxony blackout", "Much of Lower Saxony was without electricity on Sunday after a blaze at an electrical substation, officials said.", "2026-03-01");
    expect(oneStory(a, b)).toBe(true);
    // The outage words shared, the cause shared, the evening shared: two cities, two outages.
    const leeds = docOf("Blackout in Leeds", "A blackout hit parts of Leeds on Saturday evening after a substation fault, Northern Powergrid said.", "2026-12-05");
    const bristol = docOf("Power cut in Bristol", "Thousands of homes in Bristol lost electricity on Saturday evening after a substation fault, the network operator said.", "2026-12-05");
    expect(oneStory(leeds, bristol)).toBe(false);
  });
});
