// Ways of stating a figure that the slot reader did not know (issue 17): a toll told as a toll ("the death toll
// rose to 23", "claimed 40 lives"), a share of the vote, homes destroyed, people on board, an age given after a
// described person ("a cyclist, 41,", "a man aged 63"), and harm of one degree ("seriously injured") beside all
// the injured. Written before the rules, in wordings and events of their own, with negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => (f.type === "contradiction" || f.type === "arithmetic") && (f.severity === "medium" || f.severity === "high"));

describe("a toll told as a toll", () => {
  it("flags 'the death toll rose to 23' against 'killed 31 people'", () => {
    expect(loud([
      "The death toll from the ferry fire off Sulawesi rose to 23 on Monday, the search agency said.",
      "The fire that swept through a ferry off Sulawesi killed 31 people, the search agency said on Monday.",
    ])).toHaveLength(1);
  });
  it("flags 'claimed 40 lives' against 'killing 25'", () => {
    expect(loud([
      "Heavy rain in Bahia state claimed 40 lives over the weekend, the state governor said on Monday.",
      "The state governor said on Monday that heavy weekend rain in Bahia state caused floods, killing 25 people.",
    ])).toHaveLength(1);
  });
  it("flags 'twelve lives were lost' against '19 people died'", () => {
    expect(loud([
      "Twelve lives were lost when the hotel in Pokhara caught fire on Friday night, police said.",
      "Police said 19 people died when fire broke out at a hotel in Pokhara on Friday night.",
    ])).toHaveLength(1);
  });
  it("is quiet on an earlier disaster's toll in the same story", () => {
    expect(loud([
      "Two people died when a quake struck Van province on Tuesday. The death toll of the 2011 quake in Van was 604.",
      "A quake in Van province on Tuesday killed two people, the disaster agency said.",
    ])).toHaveLength(0);
  });
  it("is quiet on a toll that the texts tell as grown", () => {
    expect(loud([
      { text: "Seven people died in a bus crash near Arequipa on Sunday, police said.", publishedAt: "2026-03-01" },
      { text: "The death toll from Sunday's bus crash near Arequipa rose to 15 on Tuesday, police said.", publishedAt: "2026-03-03" },
    ])).toHaveLength(0);
  });
});

describe("a share of the vote", () => {
  it("flags a winner's share given as 52 percent and as 42%", () => {
    expect(loud([
      "Eva Kovacs was elected mayor of Pecs on Sunday with 52 percent of the vote, the election office said.",
      "The election office said Eva Kovacs became mayor of Pecs on Sunday after winning 42% of the vote.",
    ])).toHaveLength(1);
  });
  it("is quiet on the winner's and the runner-up's shares", () => {
    expect(loud([
      "Eva Kovacs won the Pecs mayoral race on Sunday with 52 percent of the vote; her rival Gabor Toth took 41 percent.",
      "Eva Kovacs was elected mayor of Pecs on Sunday with 52% of the vote, the election office said.",
    ])).toHaveLength(0);
  });
});

describe("homes destroyed", () => {
  it("flags 60 homes destroyed against 160 houses razed", () => {
    expect(loud([
      "A wildfire destroyed 60 homes in the hills above Marseille on Wednesday, the prefecture said.",
      "The prefecture said 160 houses were razed by Wednesday's wildfire in the hills above Marseille.",
    ])).toHaveLength(1);
  });
  it("is quiet on homes damaged beside homes destroyed", () => {
    expect(loud([
      "The storm damaged 300 homes in Galway on Thursday and destroyed 40, the council said.",
      "The council said 40 houses were destroyed by Thursday's storm in Galway.",
    ])).toHaveLength(0);
  });
});

describe("people on board", () => {
  it("flags a bus with 44 passengers on board against one carrying 24", () => {
    expect(loud([
      "A bus with 44 passengers on board slid off an icy road near Zakopane on Saturday; nobody was badly hurt, police said.",
      "Police said a bus carrying 24 passengers slid off an icy road near Zakopane on Saturday.",
    ])).toHaveLength(1);
  });
});

describe("an age after a described person", () => {
  it("flags 'a cyclist, 41,' against 'a 44-year-old cyclist'", () => {
    expect(loud([
      "A cyclist, 41, died after colliding with a van on the Bristol ring road on Sunday, police said.",
      "Police said a 44-year-old cyclist was killed in a collision with a van on the Bristol ring road on Sunday.",
    ])).toHaveLength(1);
  });
  it("flags 'a man aged 63' against 'a 36-year-old man'", () => {
    expect(loud([
      "A man aged 63 was rescued from the river Tay in Perth on Monday evening, the coastguard said.",
      "The coastguard rescued a 36-year-old man from the river Tay in Perth on Monday evening.",
    ])).toHaveLength(1);
  });
  it("is quiet when the article gives two described people their own ages", () => {
    expect(loud([
      "A cyclist, 41, and a pedestrian, 70, were hurt when a van mounted the pavement in Bristol on Sunday.",
      "Police said the 41-year-old cyclist and a pedestrian were hurt when a van mounted the pavement in Bristol on Sunday.",
    ])).toHaveLength(0);
  });
});

describe("harm of one degree beside all the harmed", () => {
  it("is quiet on 'four in critical condition' beside 'twenty injured'", () => {
    expect(loud([
      "Twenty workers were injured in the scaffolding collapse in Lodz on Monday; four of them are in critical condition.",
      "Four workers were critically injured among 20 hurt when scaffolding collapsed in Lodz on Monday, officials said.",
    ])).toHaveLength(0);
  });
  it("is quiet on 'seven seriously injured' beside '18 injured'", () => {
    expect(loud([
      "Seven people were seriously injured when a tram hit a bus in Zagreb on Friday, the ambulance service said.",
      "The ambulance service said 18 people were injured when a tram hit a bus in Zagreb on Friday.",
    ])).toHaveLength(0);
  });
  it("still flags two different counts of the seriously injured", () => {
    expect(loud([
      "Seven people were seriously injured when a tram hit a bus in Zagreb on Friday, the ambulance service said.",
      "The ambulance service said 12 people were seriously injured when a tram hit a bus in Zagreb on Friday.",
    ])).toHaveLength(1);
  });
});

describe("temperatures", () => {
  it("flags the day's heat given as 41C and as 46°C", () => {
    const fs = loud([
      "The temperature in Cordoba reached 41C on Tuesday afternoon, the state weather agency said.",
      "The state weather agency said the thermometer in Cordoba hit 46°C on Tuesday afternoon.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.summary).toContain("the temperature");
  });
  it("is quiet on one temperature in Celsius and the same in Fahrenheit", () => {
    expect(loud([
      "The temperature in Phoenix reached 47C on Sunday, forecasters said.",
      "Forecasters said Phoenix hit 117F on Sunday.",
    ])).toHaveLength(0);
  });
  it("is quiet on a day's high beside the night's low", () => {
    expect(loud([
      "Athens sweltered at 43C on Monday, and the night brought little relief at 31C, the weather service said.",
      "The weather service said Athens reached 43C on Monday.",
    ])).toHaveLength(0);
  });
});

describe("ages read after 'aged' and after a described person", () => {
  it("reads 'a pedestrian, 52,' as the pedestrian's age", () => {
    expect(loud([
      "A pedestrian, 52, died after being struck by a tram in Nantes on Friday evening, police said.",
      "Police said a 57-year-old pedestrian was killed by a tram in Nantes on Friday evening.",
    ])).toHaveLength(1);
  });
});

describe("summaries of tolls", () => {
  it("calls a toll's dead 'people killed'", () => {
    const fs = loud([
      "The death toll from the ferry fire off Sulawesi rose to 23 on Monday, the search agency said.",
      "The fire that swept through a ferry off Sulawesi killed 31 people, the search agency said on Monday.",
    ]);
    expect(fs[0]!.summary).toContain("people killed");
    expect(fs[0]!.summary).not.toMatch(/victims killed/);
  });
});
