// Issue 17, thirteenth session: a region's figure set against the whole's in its own sentence, a year that dates the
// figure a sentence contrasts with ("compared with 58 percent in 2019"), people in hospital counted again a day later,
// a prison term in months against one in years, and "two and a half". Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));
const contradictions = (texts: Parameters<typeof findingsOf>[0]) => findingsOf(texts).filter((f) => f.type === "contradiction");

describe("a region's figure set against the whole's", () => {
  it("is kept low against the whole's figure told alone", () => {
    const f = contradictions([
      "Unemployment in Andalusia stood at 18.2 percent in the third quarter, compared with 11.7 percent for Spain as a whole, the statistics office said.",
      "Spain's unemployment rate was 11.9 percent in the third quarter, the statistics office said.",
    ]).filter((x) => x.evidence.some((e) => e.text.includes("18.2")));
    expect(f.map((x) => x.severity)).toEqual(["low"]);
    expect(f[0]!.summary).toMatch(/a region's or a town's/);
    expect(loud([
      "Turnout in Bavaria was 71 percent, against 66 percent nationally, the election office said on Monday.",
      "Turnout in the election was 68 percent, the federal election office said on Monday.",
    ]).filter((x) => x.evidence.some((e) => e.text.includes("71")))).toEqual([]);
  });
  it("two whole figures still disagree, and two places' figures are two places", () => {
    expect(loud([
      "Turnout in the election was 61 percent, the commission said on Monday.",
      "Turnout in the election was 46 percent, the electoral commission said on Monday.",
    ])).toHaveLength(1);
    expect(loud([
      "Turnout in Bavaria was 71 percent, the election office said on Monday.",
      "Turnout in Saxony was 64 percent, the election office said on Monday.",
    ])).toEqual([]);
  });
});

describe("a year after a contrast dates the other figure", () => {
  it("the figure before the contrast is the story's own", () => {
    expect(loud([
      { text: "Turnout in the election was 61 percent, compared with 58 percent in 2019, the commission said.", publishedAt: "2026-05-04" },
      { text: "Turnout in the election was 46 percent, the commission said.", publishedAt: "2026-05-04" },
    ]).map((f) => f.summary)).toEqual([expect.stringMatching(/61 percent.*46 percent|46 percent.*61 percent/)]);
    expect(loud([
      { text: "The jobless rate was 7.2 percent in October, down from 8.1 percent in 2024, the statistics office said.", publishedAt: "2026-11-03" },
      { text: "The jobless rate was 7.9 percent in October, the statistics office said.", publishedAt: "2026-11-03" },
    ])).toHaveLength(1);
  });
  it("a figure of a past year is still that year's", () => {
    expect(loud([
      { text: "In 2019, turnout in the election was 58 percent, the commission said.", publishedAt: "2026-05-04" },
      { text: "Turnout in the election was 46 percent, the commission said.", publishedAt: "2026-05-04" },
    ])).toEqual([]);
  });
});

describe("people in hospital counted again", () => {
  it("more in hospital a day later is an update; fewer a day later are discharges", () => {
    expect(loud([
      { text: "Six people were in hospital on Monday after eating contaminated oysters at a restaurant in Galway, health officials said.", publishedAt: "2026-02-09T08:00:00Z" },
      { text: "Fourteen people are in hospital after eating contaminated oysters at a Galway restaurant, health officials said on Tuesday.", publishedAt: "2026-02-10T09:00:00Z" },
    ])).toEqual([]);
    expect(loud([
      { text: "Twenty people were in hospital on Friday with carbon monoxide poisoning after a boiler fault at a hostel in Cork.", publishedAt: "2026-03-06T18:00:00Z" },
      { text: "Eight people were still in hospital on Sunday after the carbon monoxide leak at a hostel in Cork.", publishedAt: "2026-03-08T10:00:00Z" },
    ])).toEqual([]);
  });
  it("an outbreak's cases and patients a day later are updates, told as grown or not", () => {
    const f = findingsOf([
      { text: "The mumps outbreak in Leeds has reached 60 cases. Seven people have been admitted to hospital, health officials said.", publishedAt: "2026-02-09T04:00:00Z" },
      { text: "The mumps outbreak in Leeds has grown to 66 cases, officials said on Tuesday, and 12 people are now in hospital.", publishedAt: "2026-02-10T05:30:00Z" },
      { text: "Health officials say 12 people are in hospital with mumps in Leeds.", publishedAt: "2026-02-10T09:45:00Z" },
    ]).filter((x) => x.type === "contradiction");
    expect(f.filter((x) => x.severity === "medium" || x.severity === "high")).toEqual([]);
    expect(f.filter((x) => x.rule === "crosscheck/update").map((x) => x.summary)).toEqual([
      expect.stringMatching(/cases changed over time: “60 cases” in earlier reports, then “66 cases”/),
      expect.stringMatching(/hospital changed over time: “Seven people” in earlier reports, then “12 people”/),
    ]);
  });
  it("two counts of one day still disagree", () => {
    expect(loud([
      { text: "Nine people were taken to hospital after a gas leak at a school in Leeds on Thursday.", publishedAt: "2026-03-05T12:00:00Z" },
      { text: "Nineteen people were taken to hospital after a gas leak at a Leeds school on Thursday.", publishedAt: "2026-03-05T13:00:00Z" },
    ])).toHaveLength(1);
  });
});

describe("a prison term in months and in years", () => {
  it("18 months against two and a half years is a dispute; 30 months is the same term", () => {
    const f = loud([
      "A court in Porto sentenced the former bank manager to 18 months in prison for fraud on Monday.",
      "The former bank manager was jailed for two and a half years on Monday after a Porto court found him guilty of fraud.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/prison sentence.*(18 months|two and a half years)/);
    expect(contradictions([
      "A court in Porto sentenced the former bank manager to 30 months in prison for fraud on Monday.",
      "The former bank manager was jailed for two and a half years on Monday after a Porto court found him guilty of fraud.",
    ])).toEqual([]);
  });
  it("a summary gives the terms as written, never the months they are compared in", () => {
    const summaries = findingsOf([
      "A court in Porto sentenced the former bank manager to 12 years in prison on Monday. His deputy was jailed for seven years.",
      "The former bank manager was jailed for 12 years on Monday.",
    ]).filter((x) => x.type === "contradiction").map((x) => x.summary);
    expect(summaries.length).toBeGreaterThan(0);
    for (const x of summaries) expect(x).not.toMatch(/\b(?:144|84)\b/);
    expect(summaries.join(" ")).toMatch(/“12 years”/);
  });
  it("a number naming a place before the term is no range's start ('the mayor of District 5 to 18 months')", () => {
    const f = loud([
      "A court in Sofia sentenced the former mayor of District 5 to 18 months in prison for bribery on Tuesday.",
      "The former District 5 mayor was jailed for three years on Tuesday after a Sofia court found him guilty of taking bribes.",
    ]);
    expect(f.map((x) => x.evidence.map((e) => e.text).sort())).toEqual([["18 months", "three years"]]);
  });
  it("a term someone faces is no term given", () => {
    expect(loud([
      "The former bank manager faces up to five years in prison if convicted of fraud, prosecutors in Porto said.",
      "A Porto court jailed the former bank manager for 18 months on Monday.",
    ])).toEqual([]);
  });
});

describe("tolls told in lists, and what a list's lead figure counts (longform dev set 2, other wordings)", () => {
  it("'23 dead and 19 missing': the missing are counted, and another harm beside them is no list of parts", () => {
    const f = loud([
      { text: "Fourteen people remain missing after the floods in Santa Catarina, according to the civil defence's noon bulletin.", publishedAt: "2026-05-06T18:00:00Z" },
      { text: "The floods in Santa Catarina have left 23 dead and 19 missing, according to the civil defence bulletin released at noon on Wednesday.", publishedAt: "2026-05-06T15:20:00Z" },
    ]);
    expect(f.map((x) => x.summary)).toEqual([expect.stringMatching(/people missing/)]);
  });
  it("the displaced beside the missing are another count, not a part of theirs", () => {
    expect(loud([
      { text: "About 18,000 people have been forced from their homes, civil defence said, and 11 people were missing.", publishedAt: "2026-05-06T02:00:00Z" },
      { text: "The floods in Santa Catarina have left 20 dead and 16 missing, according to the civil defence bulletin released at noon on Wednesday.", publishedAt: "2026-05-06T09:20:00Z" },
    ]).map((x) => x.summary)).toEqual([expect.stringMatching(/people missing/)]);
  });
  it("a figure that counts the named places is no total of what they hold; a real shortfall still is", () => {
    const rules = (texts: string[]) => findingsOf(texts).filter((x) => x.type === "arithmetic" && x.severity !== "info");
    expect(rules(["About 900 pupils attend the four schools: 310 at Oakfield, 250 at Brookside, 190 at Elm Park and 150 at Hillcrest."])).toEqual([]);
    expect(rules(["Twenty-three people were killed: 9 in Kayes and 11 in Mopti."])).toHaveLength(1);
  });
  it("homes destroyed counted later in the day are an update; two counts of one evening disagree", () => {
    expect(loud([
      { text: "Hundreds of homes were believed to have been destroyed by the fire near Patras, but officials said it was too early to give a figure.", publishedAt: "2026-08-07T04:10:00Z" },
      { text: "The civil protection agency said 1,200 homes had been destroyed by the fire near Patras.", publishedAt: "2026-08-07T23:30:00Z" },
    ])).toEqual([]);
    expect(loud([
      { text: "The civil protection agency said 1,200 homes had been destroyed by the fire near Patras.", publishedAt: "2026-08-07T23:30:00Z" },
      { text: "The fire near Patras has destroyed 1,500 homes, according to official figures released on Saturday.", publishedAt: "2026-08-08T00:45:00Z" },
    ])).toHaveLength(1);
  });
  it("a summary names no harm neither figure's sentence tells", () => {
    const f = loud([
      { text: "The regulator has received 60 reports of the heaters overheating, including 9 reports of burns. No deaths have been reported.", publishedAt: "2026-06-18T14:00:00Z" },
      { text: "According to the regulator, the company has received 60 reports of the heaters overheating. Twelve people reported burns.", publishedAt: "2026-06-18T18:30:00Z" },
      { text: "The regulator says the company knows of 60 incidents of overheating. Those include 9 people who were burned. No one has died.", publishedAt: "2026-06-19T12:00:00Z" },
    ]);
    for (const x of f) expect(x.summary).not.toMatch(/killed/);
  });
});

// The sealed long-article set's two false alarms and batch 22's one, fixed after their final runs (so those sets are
// development data for these three): a background of recent years, a strike that may come, a part told "N of those hurt".
describe("figures of other times, of a strike that may come, and of a part of the hurt", () => {
  it("'in recent years' dates a background toll", () => {
    expect(loud([
      "Feuds between rival gangs have killed dozens of people in the district in recent years. On Friday, a shooting at a market there killed four.",
      "Four people were killed in a shooting at a market in the district on Friday, police said.",
    ])).toEqual([]);
  });
  it("a strike threatened or not ruled out is not the strike under way; the one under way still counts", () => {
    expect(loud([
      "Nurses in Ontario began a 24-hour strike on Tuesday over pay.",
      "Nurses walked out across Ontario on Tuesday. Their union has not ruled out a 48-hour strike next month if talks fail.",
    ])).toEqual([]);
    expect(loud([
      "Nurses in Ontario began a 24-hour strike on Tuesday over pay.",
      "Nurses across Ontario began a 48-hour strike on Tuesday over pay, their union said.",
    ])).toHaveLength(1);
  });
  it("'Twelve of those hurt' is a part of the hurt", () => {
    expect(loud([
      "Twenty-eight people were injured in an explosion at a fireworks depot near Porto on Saturday, officials said.",
      "Nine of those hurt in Saturday's explosion at the fireworks depot near Porto were children, officials said.",
    ])).toEqual([]);
  });
});
