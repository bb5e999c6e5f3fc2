// Issue 17, real disputes missed: a share of a vote told for a side in other words ("approved with 62 percent in
// favour" / "won 52% of the vote"; "backed the deal by 71 per cent" / "voted 64 per cent in favour"; "rejected by 51
// percent of voters" / "with 56 percent voting against"), and the people taking part in a strike ("Some 4,800 dockers
// walked out" / "8,400 dock workers had joined the strike"; "the walkout by 700 pilots"). Beside each, the look-alikes
// that stay quiet: turnout, the share against beside the share for, two candidates or two questions, a poll before
// the vote, seats against votes; a union's members, a firm's staff, a strike to come, an earlier strike.
// Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"))
  .map((f) => `${f.severity} ${f.evidence.map((e) => e.text).sort().join(" / ")}`);

describe("a share of a vote told for one side", () => {
  it("flags 'approved with 62 percent in favour' against 'won 52% of the vote' for one constitution", () => {
    const f = findingsOf([
      "The new constitution was approved with 62 percent in favour, the election commission said on Monday.",
      "The election commission said on Monday that the new constitution won 52% of the vote.",
    ]).filter((x) => x.severity === "medium" || x.severity === "high");
    expect(f).toHaveLength(1);
  });
  it("flags 'backed the deal by 71 per cent' against 'voted 64 per cent in favour'", () => {
    expect(loud([
      "Members of the nurses' union backed the pay deal by 71 per cent in a ballot that closed on Friday.",
      "Union members voted 64 per cent in favour of the pay deal in a ballot that closed on Friday.",
    ])).toEqual(["medium 64 per cent / 71 per cent"]);
  });
  it("flags two shares against told in other words, and a measure's share of the ballots", () => {
    expect(loud([
      "Voters rejected the pension reform in Sunday's referendum, with 56 percent voting against.",
      "The pension reform was rejected in Sunday's referendum by 51 percent of voters.",
    ])).toHaveLength(1);
    expect(loud([
      "Measure B garnered 55 percent of the vote on Tuesday, the county clerk said.",
      "The county clerk said Measure B received 59 percent of ballots cast on Tuesday.",
    ])).toHaveLength(1);
  });
  it("says which side the share is of", () => {
    const f = findingsOf([
      "Members of the nurses' union backed the pay deal by 71 per cent in a ballot that closed on Friday.",
      "Union members voted 64 per cent in favour of the pay deal in a ballot that closed on Friday.",
    ]).find((x) => x.rule === "crosscheck/contradiction");
    expect(f?.summary).toMatch(/the share voting in favour/);
  });
  it("is quiet on the share against beside the share for, and on turnout beside the share for", () => {
    expect(loud([
      "The housing levy was approved in Basel on Sunday with 62 percent in favour.",
      "Some 38 percent of voters in Basel voted against the housing levy on Sunday.",
    ])).toEqual([]);
    expect(loud([
      "Proposition 12 failed on Tuesday, with 44 percent voting yes.",
      "Proposition 12 failed on Tuesday, with 56 percent voting no.",
    ])).toEqual([]);
    expect(loud([
      "Voters in Basel approved the housing levy on Sunday, with 62 percent in favour.",
      "Turnout in Sunday's housing levy vote in Basel was 48 percent, officials said.",
    ])).toEqual([]);
  });
  it("is quiet on two questions on one ballot, a poll before the vote, and seats against votes", () => {
    expect(loud([
      "The school bond passed on Tuesday with 61 percent of the vote, the county clerk said.",
      "The library levy, on the same ballot on Tuesday, won 53 percent of the vote, the county clerk said.",
    ])).toEqual([]);
    expect(loud([
      "A poll last week put support for the tram levy at 48 percent.",
      "The tram levy passed on Sunday with 57 percent of the vote.",
    ])).toEqual([]);
    expect(loud([
      "The Centre Party won 40 percent of the vote on Sunday, enough for a majority of seats.",
      "The Centre Party won 52 percent of the seats in parliament on Sunday.",
    ])).toEqual([]);
  });
  it("leaves a share with no vote in its sentence alone", () => {
    expect(loud([
      "The board approved the budget, up by 4 percent, on Monday.",
      "On Monday the board approved the budget, which rises by 7 percent.",
    ])).toEqual([]);
  });
});

describe("the people taking part in a strike", () => {
  it("flags a walkout told with 'walked out' and 'had joined the strike', two words for one trade", () => {
    expect(loud([
      "Some 4,800 dockers walked out at the port of Gdansk on Wednesday.",
      "Around 8,400 dock workers had joined Wednesday's strike at the port of Gdansk.",
    ])).toEqual(["medium Around 8,400 dock workers / Some 4,800 dockers"]);
  });
  it("flags 'took part in the walkout' against 'the walkout by', and 'stopped work' against 'joined the stoppage'", () => {
    expect(loud([
      "Some 1,400 pilots took part in the walkout at the airline on Friday, grounding 300 flights.",
      "The walkout by 700 pilots at the airline on Friday grounded 300 flights.",
    ])).toHaveLength(1);
    expect(loud([
      "Nearly 12,000 miners stopped work at Kolwezi on Thursday in protest at unpaid wages.",
      "About 4,000 miners at Kolwezi joined Thursday's stoppage over unpaid wages.",
    ])).toHaveLength(1);
  });
  it("names the strikers in the summary, not a hospital they work at", () => {
    const f = findingsOf([
      "About 3,000 nurses at Auckland hospitals walked off the job on Tuesday over pay, their union said.",
      "The strike by 1,200 nurses at Auckland hospitals on Tuesday over pay forced the cancellation of surgeries.",
    ]).find((x) => x.rule === "crosscheck/contradiction");
    expect(f?.summary).toMatch(/nurses on strike/);
  });
  it("is quiet on a union's members, a firm's staff and the passengers stranded", () => {
    expect(loud([
      "Some 4,800 dockers walked out at the port of Gdansk on Wednesday.",
      "The union, which has 8,400 members at the port of Gdansk, called Wednesday's strike.",
    ])).toEqual([]);
    expect(loud([
      "About 3,000 workers walked out at the Airbus plant in Toulouse on Friday.",
      "Airbus, which employs 12,000 people in Toulouse, said the walkout on Friday halted one assembly line.",
    ])).toEqual([]);
    expect(loud([
      "Some 1,200 bus drivers walked out in Porto on Thursday.",
      "The strike by bus drivers in Porto on Thursday left 20,000 passengers stranded.",
    ])).toEqual([]);
  });
  it("is quiet on a strike to come and on an earlier strike's turnout", () => {
    expect(loud([
      "The union expects 50,000 teachers to strike next week.",
      "Some 20,000 teachers went on strike on Monday in Lagos.",
    ])).toEqual([]);
    expect(loud([
      "About 900 refinery workers walked out at Grangemouth on Monday.",
      "A strike at Grangemouth in 2013 involved 1,400 workers and shut the refinery for a week.",
    ])).toEqual([]);
    expect(loud([
      "About 4,000 rail workers walked out on Wednesday, the union said.",
      "A similar strike in March drew 9,000 rail workers, the union said.",
    ])).toEqual([]);
  });
  it("is quiet on a quake that struck, and on people who walked out of a hall", () => {
    expect(loud([
      "Two people died when a quake struck Van province on Tuesday.",
      "A quake in Van province on Tuesday killed two people, the disaster agency said.",
    ])).toEqual([]);
    expect(loud([
      "About 200 people walked out of the hall in Leeds on Friday during the minister's speech.",
      "Some 40 people walked out of the hall in Leeds on Friday during the minister's speech, organisers said.",
    ]).filter((x) => /on strike/.test(x))).toEqual([]);
  });
});

describe("a crowd's size credited to its counters", () => {
  it("flags one counter's figure told two ways", () => {
    expect(loud([
      "Police said 12,000 people marched through Tbilisi on Sunday.",
      "About 30,000 people marched through Tbilisi on Sunday, police said.",
    ])).toHaveLength(1);
  });
  it("keeps organisers' against police figures low, and says why", () => {
    const f = findingsOf([
      "Organisers said 40,000 people marched through Tbilisi on Sunday.",
      "Police said 12,000 people marched through Tbilisi on Sunday.",
    ]).filter((x) => x.rule === "crosscheck/contradiction");
    expect(f.map((x) => x.severity)).toEqual(["low"]);
    expect(f[0]!.summary).toMatch(/different counters/);
  });
  it("keeps crowds credited to no one low", () => {
    expect(loud([
      "An estimated 25,000 farmers protested in Brussels on Monday, blocking roads with tractors.",
      "About 9,000 farmers protested in Brussels on Monday, blocking roads with tractors.",
    ])).toEqual([]);
  });
});

describe("shares of a vote that are a group's or a candidate's", () => {
  it("is quiet on two groups' shares and on a share that backed a person", () => {
    expect(loud([
      "About 73 percent of Democratic voters backed Clinton in Tuesday's primary in Ohio.",
      "Some 65 percent of black voters backed Clinton in Tuesday's primary in Ohio.",
    ])).toEqual([]);
    expect(loud([
      "In Sunday's referendum, 62 percent of women voted in favour of the pension reform.",
      "In Sunday's referendum, 55 percent of men voted in favour of the pension reform.",
    ])).toEqual([]);
    expect(loud([
      "Among voters under 30, 70 percent backed the tram levy on Sunday.",
      "The tram levy was approved on Sunday with 57 percent of the vote.",
    ])).toEqual([]);
  });
  it("still reads 'of the pilots who voted' as the whole ballot", () => {
    expect(loud([
      "The motion to strike was carried with 80% support among the pilots who voted, the union said on Monday.",
      "The union said on Monday that 68% of the pilots who voted supported the motion to strike.",
    ])).toHaveLength(1);
  });
});

describe("a side or a party named before its share, and strikers by name", () => {
  it("flags the yes side's share told two ways, and is quiet on the yes side against the no vote", () => {
    expect(loud([
      "The yes side won 54 percent in Sunday's referendum on the water reform.",
      "Voters approved the water reform in Sunday's referendum with 61 percent in favour.",
    ])).toHaveLength(1);
    expect(loud([
      "The yes side won 54 percent in Sunday's referendum on the water reform.",
      "The 'no' vote stood at 46% in Sunday's referendum on the water reform.",
    ])).toEqual([]);
  });
  it("flags one party's share told two ways, and is quiet on its share in one city against the nation, or in another year", () => {
    expect(loud([
      "Lars Eriksen's Centre Party won 31 percent of the vote in Sunday's election.",
      "Eriksen's Centre Party took 27 percent of the vote in Sunday's election, the count showed.",
    ])).toHaveLength(1);
    expect(loud([
      "The Centre Party won 31 percent of the vote in Oslo on Sunday.",
      "The Centre Party won 27 percent of the vote nationally on Sunday.",
    ])).toEqual([]);
    expect(loud([
      "The Centre Party won 31 percent of the vote in Sunday's election.",
      "The Centre Party won 27 percent of the vote in the 2021 election.",
    ])).toEqual([]);
  });
  it("counts strikers as on strike whatever they did", () => {
    expect(loud([
      "About 3,000 strikers gathered outside the Volvo plant in Ghent on Tuesday.",
      "Some 7,500 workers walked out at the Volvo plant in Ghent on Tuesday.",
    ])).toHaveLength(1);
  });
});

describe("shares that are a candidate's, read as news of a primary writes them", () => {
  it("is quiet on a share 'against' a candidate, a share 'backing' one, a poll's support and an approval rating", () => {
    expect(findingsOf([
      "He won 86 percent of the vote against Clinton in Tuesday's primary in Vermont.",
      "He won 79 percent of the vote in Tuesday's primary in Vermont, against 20 percent for Clinton.",
    ]).filter((x) => /share voting/.test(x.summary))).toEqual([]);
    expect(loud([
      "Among likely voters in a four-way race, 46 percent would choose Clinton and 44 percent would back Trump.",
      "Clinton won 52 percent of the vote in the state on Tuesday.",
    ])).toEqual([]);
  });
  it("still reads a share voting against a named initiative as the share against it", () => {
    expect(loud([
      "The initiative resulted in 58.9 percent voting against the SVP initiative on Sunday.",
      "The SVP initiative was rejected on Sunday by 52 percent of voters.",
    ])).toHaveLength(1);
  });
});

describe("summaries a reader needs no manual for", () => {
  it("calls students on strike students, not children", () => {
    const f = findingsOf([
      "Roughly 300 students staged a sit-in at the university library on Tuesday.",
      "Around 1,000 students took part in a sit-in at the university library on Tuesday.",
    ]).find((x) => x.rule === "crosscheck/contradiction");
    expect(f?.severity).toBe("medium");
    expect(f?.summary).toMatch(/students on strike/);
  });
});

describe("a place's voters against a candidate's voters", () => {
  it("flags a share of a place's voters told two ways", () => {
    expect(loud([
      "Voters in Bergen rejected the toll ring expansion on Monday, with 61 percent voting no.",
      "The toll ring expansion was defeated on Monday by 54 percent of Bergen voters.",
    ])).toHaveLength(1);
  });
  it("is quiet on a candidate's voters' share", () => {
    expect(loud([
      "Senator Maria Alvarez spoke in Reno. About 62 percent of Alvarez voters backed the water plan, the tally showed.",
      "The water plan was approved by 55 percent of the vote in Reno, the tally showed.",
    ])).toEqual([]);
  });
});

describe("a vote's result told as a pair of shares", () => {
  it("flags 'passed 62% to 38%' against 'with 55 percent in favour', and is quiet on the same result told as a pair", () => {
    expect(loud([
      "The harbour levy passed 62% to 38% on Sunday, the election office said.",
      "Voters approved the harbour levy on Sunday with 55 percent in favour, the election office said.",
    ])).toHaveLength(1);
    expect(loud([
      "Voters rejected the harbour levy 58 percent to 42 percent on Sunday.",
      "The harbour levy failed on Sunday, with 42 percent voting yes.",
    ])).toEqual([]);
  });
  it("is quiet on a change told from one share to another, and on a candidate's race", () => {
    expect(loud([
      "The harbour levy, approved on Sunday, saw support rise from 41 percent to 48 percent in the vote.",
      "Voters approved the harbour levy on Sunday with 55 percent in favour.",
    ])).toEqual([]);
    expect(findingsOf([
      "Ana Perez won the mayoral election 54% to 41% on Sunday, a result that also decided the harbour levy.",
      "Ana Perez won 51% of the vote in Sunday's mayoral election.",
    ]).filter((x) => /share voting/.test(x.summary))).toEqual([]);
  });
});

describe("a vote on an offer, and two initiatives of one place", () => {
  it("flags the share backing an offer told two ways (a result, not a side's asking price)", () => {
    expect(loud([
      "Members of the dockers' union backed the pay offer by 88 percent on Wednesday.",
      "On Wednesday 79 percent of dockers' union members voted in favour of the pay offer.",
    ])).toHaveLength(1);
  });
  it("is quiet on two initiatives of one city on one ballot, named by the word before them", () => {
    expect(loud([
      "The Basel rent initiative was accepted by 57 percent of voters on Sunday.",
      "The Basel transport initiative, on the same ballot on Sunday, was accepted by 51 percent of voters.",
    ])).toEqual([]);
  });
});
