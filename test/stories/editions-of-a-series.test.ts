// Recurring events read alike from one edition to the next: a player hurt in two seasons, a race run
// every spring, a book fair every autumn. The year or the number of the edition ("the 2015-16 season",
// "Vendrell Classic 2017", "the ninth Ostmark Book Fair") tells which one a report is about, with no
// publication date needed; a report that writes both years recalls the other edition rather than
// telling of it. A possessive year ("Harlow's 2016 budget" is no edition of Harlow), a model year, a
// rights line and a player's "third season" are no editions (the town's 2016 budget is one). None of these events is from an eval set.
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
const editions = (title: string, text: string) => eventFeatures(docOf(title, text)).ordinals;

describe("stories: editions of a recurring event", () => {
  it("reads a season's year, a named edition's year before or after its name, and an edition counted in words", () => {
    expect(editions("Skier out for the year", "Downhill racer Ines Marek will miss the rest of the 2015-16 season.")).toEqual(["season/y:2015", "season/y:2016"]);
    expect(editions("Organisers expect crowds", "Riders start the 2017 Vendrell Classic on Sunday; Vendrell Classic 2018 will start in Tarsa."))
      .toEqual(["classic/y:2017", "classic/y:2018"]);
    expect(editions("Fair opens", "Publishers from 30 countries came to the ninth Ostmark Book Fair, the 4th annual one held in the new hall."))
      .toEqual(["annual:4", "ostmark:9"]);
    // Still read by the store: what it keeps and reads back is what analyze read.
    const d = docOf("Skier out", "Ines Marek will miss the rest of the 2015-16 season.");
    expect(fromGroupingFeatures(groupingFeatures(d)).ordinals).toEqual(eventFeatures(d).ordinals);
  });

  it("reads no edition in a possessive, a model year, a rights line, a clause, a sum or a player's third season", () => {
    // The town's yearly budget is an edition; the town is not one ("harlow/y:2016").
    expect(editions("Council vote", "Harlow's 2016 budget was approved, and in 2009 when the season began the hall was shut.")).toEqual(["budget/y:2016"]);
    expect(editions("Car found", "Police found a Silver 2011 Subaru Outback. © Valley Herald 2015. All rights reserved.")).toEqual([]);
    expect(editions("Coach stays", "In his third season, the coach spent $2,015 on the 2,016 season tickets for WKRN 2016 viewers.")).toEqual([]);
  });

  // One goalkeeper broke a finger in two seasons; the club, the manager, the reserve and the injury are the same.
  const earlier = [
    docOf("Rovers keeper Almeida breaks finger", "Westbury Rovers goalkeeper Tiago Almeida broke a finger in training on Thursday and will miss six weeks of the 2014-15 season, "
      + "manager Colm Doherty said. Reserve keeper Sam Idowu will start on Saturday."),
    docOf("Almeida sidelined for six weeks", "Tiago Almeida will be out for six weeks of the 2014-15 season after breaking a finger in training, Westbury Rovers manager Colm Doherty said. "
      + "Sam Idowu replaces him."),
  ];
  const later = [
    docOf("Rovers keeper Almeida breaks finger again", "Westbury Rovers goalkeeper Tiago Almeida broke a finger in training on Thursday and will miss six weeks of the 2017-18 season, "
      + "manager Colm Doherty said. Reserve keeper Sam Idowu will start on Saturday."),
    docOf("Almeida sidelined again", "Tiago Almeida will be out for six weeks of the 2017-18 season after breaking a finger in training, Westbury Rovers manager Colm Doherty said. "
      + "Sam Idowu replaces him."),
  ];

  it("keeps one player's injuries of two seasons apart, and each season's reports together", () => {
    const groups = clusterStories([...earlier, ...later]);
    expect(together(groups, earlier)).toBe(true);
    expect(together(groups, later)).toBe(true);
    expect(apart(groups, earlier, later)).toBe(true);
  });

  it("keeps two book fairs counted in words apart", () => {
    const ninth = [
      docOf("Ostmark Book Fair draws record crowd", "The ninth Ostmark Book Fair closed on Sunday after 61,000 visitors, director Pia Lorenz said. The prize for debut novels went to Aron Feld."),
      docOf("Feld wins debut prize at Ostmark", "Aron Feld won the debut novel prize at the ninth Ostmark Book Fair, which director Pia Lorenz said drew 61,000 visitors."),
    ];
    const eleventh = [
      docOf("Ostmark Book Fair draws big crowd", "The eleventh Ostmark Book Fair closed on Sunday after 58,000 visitors, director Pia Lorenz said. The prize for debut novels went to Lena Brandt."),
      docOf("Brandt wins debut prize at Ostmark", "Lena Brandt won the debut novel prize at the eleventh Ostmark Book Fair, which director Pia Lorenz said drew 58,000 visitors."),
    ];
    const groups = clusterStories([...ninth, ...eleventh]);
    expect(together(groups, ninth)).toBe(true);
    expect(together(groups, eleventh)).toBe(true);
    expect(apart(groups, ninth, eleventh)).toBe(true);
  });

  it("keeps a report that recalls the last edition with its own one", () => {
    // It names 2017 and 2016: no clash with the 2017 reports, whose words and names it shares.
    const race = [
      docOf("Kovac wins Vendrell Classic", "Luka Kovac won the 2017 Vendrell Classic on Sunday, outsprinting Piet Haas on the climb to Tarsa."),
      docOf("Kovac takes Vendrell title", "Luka Kovac outsprinted Piet Haas on the climb to Tarsa to win the Vendrell Classic on Sunday, "
        + "a year after Haas beat him at the 2016 Vendrell Classic. Kovac also won Vendrell Classic 2017's mountain prize."),
    ];
    const groups = clusterStories(race);
    expect(together(groups, race)).toBe(true);
  });
});
