// Figures a fact-checker compares although the outlets tell them on other days or without names
// (issue 17, classes missed by the lead's third probe batch; every wording here is new and about other
// events): the age of the one person arrested, told on the day of the arrest by one outlet and on the
// day of the crime by another; a percentage dated by the day it is about, not the day it was announced;
// people "treated" or "needing treatment" as a count of the hurt; a total broken down by place that does
// not add up. Each beside the look-alike it must leave alone.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0], type = "contradiction") =>
  findingsOf(texts).filter((f) => f.type === type && (f.severity === "medium" || f.severity === "high"));

describe("the age of the one person held, told on different days", () => {
  it("flags 31 against 13 for the one woman arrested", () => {
    expect(loud([
      "Police in Aarhus said on Wednesday they had arrested a 31-year-old woman over an arson attack on a bus depot on Tuesday night. No one was hurt.",
      "A 13-year-old woman was detained on Thursday in connection with Tuesday night's arson attack on an Aarhus bus depot, police said. Nobody was injured.",
    ])).toHaveLength(1);
  });
  it("leaves the ages of the victim and the person held apart", () => {
    expect(loud([
      "A 45-year-old man was stabbed outside a bar in Gdańsk on Saturday night. Police arrested a 20-year-old man on Sunday.",
      "Police in Gdańsk on Sunday detained a 20-year-old man after a 45-year-old was stabbed outside a bar on Saturday night.",
    ])).toEqual([]);
  });
  it("leaves two people held with different ages apart", () => {
    expect(loud([
      "Two men, aged 24 and 29, were arrested on Monday over the theft of copper cable from a railway line near Brno.",
      "A 24-year-old man was arrested on Monday over the theft of copper cable near Brno; a second man, 29, was held on Tuesday.",
    ])).toEqual([]);
  });
});

describe("a percentage dated by what it is about", () => {
  it("flags 71 against 57 per cent for one election's turnout announced the next day", () => {
    expect(loud([
      "Turnout in Saturday's mayoral election in Split was 71 per cent, the electoral commission said on Sunday.",
      "The electoral commission said on Sunday that 57 per cent of voters took part in Saturday's mayoral election in Split.",
    ])).toHaveLength(1);
  });
  it("names the percentage, not 'cents'", () => {
    const fs = loud([
      "Turnout in Saturday's mayoral election in Split was 71 per cent, the electoral commission said on Sunday.",
      "The electoral commission said on Sunday that 57 per cent of voters took part in Saturday's mayoral election in Split.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.summary).not.toMatch(/\bcents\b/);
  });
  it("leaves two days' figures of a count that moves apart", () => {
    expect(loud([
      "Turnout stood at 31 per cent at noon on Saturday, the electoral commission in Split said.",
      "By the close of polls on Sunday turnout had reached 57 per cent, the electoral commission in Split said.",
    ])).toEqual([]);
  });
});

describe("people treated for their injuries", () => {
  it("flags 9 against 19 people treated after one fire", () => {
    expect(loud([
      "Nine residents were treated for smoke inhalation after a fire in a block of flats in Cluj on Monday, the fire service said.",
      "A fire in a block of flats in Cluj on Monday left 19 residents needing treatment for smoke inhalation, the fire service said.",
    ])).toHaveLength(1);
  });
  it("does not compare the hurt with those taken to hospital", () => {
    expect(loud([
      "Thirty people were hurt when a tram hit a bus in Zagreb on Friday; eight of them were taken to hospital.",
      "Eight people were taken to hospital after a tram hit a bus in Zagreb on Friday. Thirty people were injured in all.",
    ])).toEqual([]);
  });
});

describe("a total broken down by place", () => {
  it("flags a total that its places do not add up to", () => {
    expect(loud([
      "The floods killed 23 people in the north of the country: 9 in Kayes and 11 in Mopti, the civil protection agency said.",
      "The civil protection agency said floods had killed people in the north of the country.",
    ], "arithmetic")).toHaveLength(1);
  });
  it("leaves a breakdown that adds up alone", () => {
    expect(loud([
      "The floods killed 20 people in the north of the country: 9 in Kayes and 11 in Mopti, the civil protection agency said.",
    ], "arithmetic")).toEqual([]);
  });
  it("leaves a breakdown that names only some places, with 'including', alone", () => {
    expect(loud([
      "The floods killed 31 people across the country, including 9 in Kayes and 11 in Mopti, the civil protection agency said.",
    ], "arithmetic")).toEqual([]);
  });
  it("leaves times and dates after a colon alone", () => {
    expect(loud([
      "Polls opened for 12 hours: 7 in the morning and 7 in the evening were the busiest times, officials in Kayes said.",
    ], "arithmetic")).toEqual([]);
  });
});

describe("a breakdown by place in other forms", () => {
  it("reads parts in words after a dash", () => {
    expect(loud([
      "Rescuers pulled 14 people from the rubble — six in Antakya and five in Iskenderun — on Tuesday, officials said.",
    ], "arithmetic")).toHaveLength(1);
  });
  it("leaves a count of people followed by times of day alone", () => {
    expect(loud([
      "Police arrested 12 people over the weekend: 7 in the morning raids and 3 at Central Station, officials said.",
    ], "arithmetic")).toHaveLength(0);
  });
});

describe("a prison term told of the one person the article names", () => {
  it("flags 12 years against 7 years when one article names the man only in the next sentence", () => {
    expect(loud([
      "A nurse who poisoned three patients at a care home in Ghent was jailed for 12 years on Thursday. Pieter Claes, 44, had admitted the charges.",
      "Pieter Claes, 44, a nurse who poisoned three patients at a care home in Ghent, was jailed for seven years on Thursday.",
    ])).toHaveLength(1);
  });
  it("leaves terms of two people named in one article apart", () => {
    expect(loud([
      "Two brothers who ran a counterfeit cigarette factory in Antwerp were jailed on Friday: Jan Peeters got 6 years and Luc Peeters 4 years.",
      "Jan Peeters, who ran a counterfeit cigarette factory in Antwerp with his brother Luc, was jailed for four years on Friday.",
    ])).toEqual([]);
  });
});

describe("jobs lost and people evacuated, told in other words", () => {
  it("flags 450 jobs cut against 1,450 jobs lost at one plant", () => {
    expect(loud([
      "The carmaker Stellwerk will close its plant in Győr next year, cutting 450 jobs, the company said on Monday.",
      "Stellwerk said on Monday it would close its Győr plant next year with the loss of 1,450 jobs.",
    ])).toHaveLength(1);
  });
  it("leaves jobs created and jobs cut apart", () => {
    expect(loud([
      "The carmaker Stellwerk will close its plant in Győr next year, cutting 450 jobs, the company said on Monday.",
      "Stellwerk said on Monday its new battery plant in Győr would create 1,200 jobs by 2029.",
    ])).toEqual([]);
  });
  it("flags 5,000 people against 500 residents evacuated from one town", () => {
    expect(loud([
      "About 5,000 people were evacuated from Sremska Mitrovica on Tuesday as the Sava rose, officials said.",
      "Some 500 residents were evacuated from Sremska Mitrovica on Tuesday as the Sava river rose, officials said.",
    ])).toHaveLength(1);
  });
  it("leaves children evacuated from a school against people evacuated from the town alone", () => {
    expect(loud([
      "About 5,000 people were evacuated from Sremska Mitrovica on Tuesday as the Sava rose, officials said.",
      "Some 400 children were evacuated from a school in Sremska Mitrovica on Tuesday as the Sava rose, officials said.",
    ])).toEqual([]);
  });
});

describe("a toll told as grown only by its own words", () => {
  it("does not read 'as the river rose' as the toll rising", () => {
    expect(loud([
      "Four people drowned in Novi Sad on Tuesday as the Danube rose, officials said.",
      "Nine people drowned in Novi Sad on Tuesday as the Danube rose, officials said.",
    ])).toHaveLength(1);
  });
  it("still reads 'the toll rose to nine' as an update", () => {
    expect(loud([
      "Four people drowned in Novi Sad on Tuesday, officials said.",
      "The toll from Tuesday's flooding in Novi Sad rose to nine, officials said.",
    ])).toEqual([]);
  });
});
