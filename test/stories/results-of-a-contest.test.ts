// A contest's result tells one match, fight or vote from another of the same sides: two derbies of one
// pair of clubs, a season apart, read alike in every word but the score ("beat Harwick 3-1" against
// "beat Harwick 2-0"), and undated reports carry nothing else to tell them apart. Every outlet gives one
// match's score alike, in either order ("lost 1-3 to", "a 3-1 win"); a report that recalls an earlier
// result writes both. A score needs a word of winning, losing or voting beside it: "lost 10-15 pounds",
// "aged 16-18", "the 1400-1500 block" and "a 9-5 job" are no results. None of these events is from an eval set.
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
const scoresOf = (title: string, text: string) => {
  const f = eventFeatures(docOf(title, text));
  return { all: f.event.filter((e) => e.startsWith("s:")).sort(), lead: f.leadScores };
};

describe("stories: the result of a match, a fight or a vote", () => {
  it("reads a result beside a word of winning, losing or voting, either way round, in the headline and the text", () => {
    expect(scoresOf("Corvids edge Mariners 24-17", "The Halden Corvids beat the Port Ellis Mariners 24 - 17 on Sunday.").lead).toEqual(["24-17"]);
    expect(scoresOf("Mariners fall", "Port Ellis lost 17-24 to Halden, its third straight loss.").lead).toEqual(["24-17"]);
    expect(scoresOf("Council backs bypass", "The council voted 7-2 to build the bypass. A 5–4 ruling last year had stopped it.")).toEqual({ all: ["s:5-4", "s:7-2"], lead: ["5-4", "7-2"] });
    expect(scoresOf("Derby report", "Rovers came from behind to win 3-1 at Mill Lane.").lead).toEqual(["3-1"]);
    expect(scoresOf("Derby report", "It finished in a 2-2 draw. Rovers had won the first meeting 3-1.")).toEqual({ all: ["s:2-2", "s:3-1"], lead: ["2-2", "3-1"] });
    // A sports desk's headline names each side with its figure; running text that reads so is left alone.
    expect(scoresOf("Corvids 24, Mariners 17", "Halden held on in the rain.").lead).toEqual(["24-17"]);
    expect(scoresOf("March 15, Flight 370 lands", "It landed at Gate 12, Terminal 3.").all).toEqual([]);
    // Past the lead, a result still counts for likeness but does not date the report's own contest.
    expect(scoresOf("Derby preview", "Rovers host Harwick on Saturday. Both sides have injuries. Kelso is out. Rovers won 3-1 in March.")).toEqual({ all: ["s:3-1"], lead: [] });
  });

  it("reads no result in a range, an age, a block, a time, a weight, a record, a lead or a date", () => {
    for (const [title, text] of [
      ["Diet tips", "She lost 10-15 pounds in a month and won 2-3 hours of sleep a night."],
      ["Camp opens", "Players aged 16-18 beat the heat at the camp, open 9-5 on weekdays."],
      ["Shooting", "A man was shot in the 1400-1500 block of Elm Street after a 2-1 split of the gang, police said."],
      ["Storm", "Winds of 40-50 mph won't ease before 6-8 p.m., forecasters said."],
      // A season's record and a lead inside a match or a series are no result of one contest.
      ["Corvids roll on", "The Corvids (11-4) beat the heat and improved to 11-4, then took a 3-1 lead in the series on 12-25-2008."],
    ] as const) expect(scoresOf(title, text).all).toEqual([]);
  });

  it("keeps what the store keeps: the lead's results read back as analyze read them", () => {
    const d = docOf("Corvids edge Mariners 24-17", "The Halden Corvids beat the Port Ellis Mariners 24-17 on Sunday.");
    expect(fromGroupingFeatures(groupingFeatures(d)).leadScores).toEqual(eventFeatures(d).leadScores);
  });

  // Two derbies of one pair of clubs, a season apart, with the same manager, ground and scorer, no dates.
  const first = [
    docOf("Rovers beat Harwick 3-1 in Mill Lane derby", "Westbury Rovers beat Harwick Town 3-1 in the Mill Lane derby, with Tiago Almeida scoring twice. "
      + "Manager Colm Doherty praised the crowd of 12,400."),
    docOf("Almeida double sinks Harwick", "Tiago Almeida scored twice as Westbury Rovers won the Mill Lane derby 3-1 against Harwick Town. "
      + "Colm Doherty said the 12,400 fans carried his side."),
    docOf("Harwick lose derby", "Harwick Town lost 1-3 to Westbury Rovers at Mill Lane; Tiago Almeida scored two for the hosts, whose manager Colm Doherty was delighted."),
  ];
  const second = [
    docOf("Rovers beat Harwick 2-0 in Mill Lane derby", "Westbury Rovers beat Harwick Town 2-0 in the Mill Lane derby, with Kofi Mensah scoring both goals. "
      + "Manager Colm Doherty praised his defence."),
    docOf("Mensah double sinks Harwick", "Kofi Mensah scored twice as Westbury Rovers won the Mill Lane derby 2-0 against Harwick Town. "
      + "Colm Doherty said his defence won it."),
    docOf("Harwick lose derby again", "Harwick Town lost 0-2 to Westbury Rovers at Mill Lane; Kofi Mensah scored two for the hosts, whose manager Colm Doherty was delighted."),
  ];

  it("keeps two derbies of one pair of clubs apart, and each derby's reports together", () => {
    const groups = clusterStories([...first, ...second]);
    expect(together(groups, first)).toBe(true);
    expect(together(groups, second)).toBe(true);
    expect(apart(groups, first, second)).toBe(true);
  });

  it("keeps a report that recalls the last derby's score with its own derby", () => {
    const recall = docOf("Rovers make it two in a row", "Westbury Rovers beat Harwick Town 2-0 in the Mill Lane derby, after winning the last one 3-1, "
      + "with Kofi Mensah scoring twice. Colm Doherty praised his defence.");
    const groups = clusterStories([...first, ...second, recall]);
    expect(storyOf(groups, recall)).toBe(storyOf(groups, second[0]!));
  });

  it("keeps reports of one fight together when one gives the result and another only the fighters", () => {
    const fight = [
      docOf("Okafor retains title", "Dayo Okafor retained his Pan-Atlantic middleweight title in Lagos, beating Ruslan Vekua on a 2-1 split decision after twelve rounds."),
      docOf("Okafor keeps belt", "Dayo Okafor kept his Pan-Atlantic middleweight belt after twelve hard rounds against Ruslan Vekua in Lagos, the judges split."),
      docOf("Vekua falls short in Lagos", "Ruslan Vekua lost a 2-1 split decision to Dayo Okafor in Lagos for the Pan-Atlantic middleweight title."),
    ];
    expect(together(clusterStories(fight), fight)).toBe(true);
  });
});
