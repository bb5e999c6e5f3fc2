// Events of one series read alike: the hosts of two editions of one festival, two title fights of one
// boxer, two lord mayors sworn in. A written ordinal with the noun it ranks ("the 41st lord mayor",
// "the 9th round") tells which one a report is about, with no date needed. A street, a grade or a
// floor ("6th Avenue", "8th grade") is no series, and a report that writes both ordinals ("the 42nd
// lord mayor, after the 41st") recalls the other event rather than telling of it. None of these
// events is taken from an eval set.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures, fromGroupingFeatures, groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

type Groups = ReturnType<typeof clusterStories>;
const storyOf = (groups: Groups, d: Doc) => groups.findIndex((g) => g.docs.some((x) => x.article.id === d.article.id));
const together = (groups: Groups, docs: readonly Doc[]) => new Set(docs.map((d) => storyOf(groups, d))).size === 1;
const apart = (groups: Groups, a: readonly Doc[], b: readonly Doc[]) => {
  const sa = new Set(a.map((d) => storyOf(groups, d)));
  return b.every((d) => !sa.has(storyOf(groups, d)));
};

describe("stories: places in a series", () => {
  it("reads a written ordinal with the noun it ranks, not a street, a grade or a floor", () => {
    const d = docOf("Brannock sworn in as city's 41st lord mayor",
      "Councillor Ida Brannock became the 41st lord mayor of Kellsworth on Monday at a ceremony in the 6th Avenue guildhall. "
      + "She taught 8th grade for twenty years and keeps her office on the 2nd floor.");
    const f = eventFeatures(d);
    expect(f.ordinals).toEqual(["lord:41"]);
    // The store keeps them: what it reads back is what analyze read.
    expect(fromGroupingFeatures(groupingFeatures(d)).ordinals).toEqual(f.ordinals);
  });

  // Two swearings-in of one city's lord mayor, undated, with the same office, hall and speakers.
  const older = [
    docOf("Brannock sworn in as Kellsworth's 41st lord mayor",
      "Councillor Ida Brannock was sworn in as the 41st lord mayor of Kellsworth at the guildhall, promising to reopen the riverside library. "
      + "The town clerk, Peter Vance, read the oath. Brannock, a former teacher, takes the chain of office for one year."),
    docOf("New lord mayor for Kellsworth",
      "Kellsworth has its 41st lord mayor: Ida Brannock took the oath at the guildhall before a full council chamber. "
      + "Town clerk Peter Vance said the former teacher would serve for one year and chair the library committee."),
  ];
  const newer = [
    docOf("Osei becomes Kellsworth's 42nd lord mayor",
      "Councillor Kwame Osei was sworn in as the 42nd lord mayor of Kellsworth at the guildhall, promising to repair the harbour wall. "
      + "The town clerk, Peter Vance, read the oath. Osei, a former ferry engineer, takes the chain of office for one year."),
    docOf("Kellsworth swears in new lord mayor",
      "Kellsworth's 42nd lord mayor, Kwame Osei, took the oath at the guildhall before a full council chamber. "
      + "Town clerk Peter Vance said the former engineer would serve for one year and chair the harbour committee."),
  ];

  it("keeps two swearings-in of one office apart by their ordinals, and each one's reports together", () => {
    const groups = clusterStories([...older, ...newer]);
    expect(together(groups, older)).toBe(true);
    expect(together(groups, newer)).toBe(true);
    expect(apart(groups, older, newer)).toBe(true);
  });

  it("keeps a report that writes both ordinals with its own event", () => {
    // It recalls the 41st to tell of the 42nd: no clash with either, and its words and names make it the 42nd's.
    const recalling = docOf("Osei takes the chain from Brannock",
      "Kwame Osei was sworn in at the guildhall as the 42nd lord mayor of Kellsworth, taking the chain of office from Ida Brannock, the 41st. "
      + "Town clerk Peter Vance read the oath, and Osei promised to repair the harbour wall in his year as lord mayor.");
    const groups = clusterStories([...newer, recalling]);
    expect(together(groups, [...newer, recalling])).toBe(true);
  });

  it("does not split one fight whose reports name different rounds or rank different things", () => {
    // One report counts the round of the stoppage, another a knockdown's and the title defence: moments inside one
    // fight are no series, and a defence is another noun.
    const fight = [
      docOf("Varga stops Lindqvist in the 9th round",
        "Tamas Varga kept his middleweight belt on Saturday in Szeged, stopping Erik Lindqvist in the 9th round before 8,000 fans. "
        + "Lindqvist was down twice before the referee waved it off."),
      docOf("Varga retains belt with stoppage of Lindqvist",
        "Tamas Varga made the 4th defence of his middleweight belt in Szeged on Saturday, stopping Erik Lindqvist, who was down twice, in front of 8,000 fans. "
        + "Lindqvist had already been down in the 7th round before the referee waved it off."),
    ];
    const groups = clusterStories(fight);
    expect(together(groups, fight)).toBe(true);
  });
});
