// Issue 17, sixteenth session, from a development set of long articles (longform22 dev) and written here about other
// events: what a theft took when the sentence tells the theft first ("robbed a shop …, escaping with watches worth"),
// an amount of a past year's event ("In 2023, …") is no second figure of the story's, a limit set ("cut the load limit
// … to 15 tonnes") and a thing's size ("a 38-kilometre detour" / "a detour of 70 kilometres") are one measure each, a
// road the tagger takes for a person names no party, and several bodies' figure together is no one body's.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";
import { docOf } from "../helpers.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";

const loud = (texts: string[]) => findingsOf(texts.map((text) => ({ text, publishedAt: "2026-12-05" })))
  .filter((f) => ["contradiction", "arithmetic"].includes(f.type) && (f.severity === "high" || f.severity === "medium"));

describe("what a theft took", () => {
  it("is one amount when the theft is told at the sentence's start, and a past year's theft is another", () => {
    const f = loud(["Three men robbed a watch dealer in Geneva on Friday, escaping with timepieces worth an estimated 4 million francs, police said. In 2021, thieves stole watches worth about 9 million francs from a shop nearby.",
      "Police said on Friday that the haul taken from the Geneva watch dealer was worth around 14 million francs."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence.map((e) => e.text).join(" ")).toMatch(/4 million/);
    expect(f[0]!.evidence.map((e) => e.text).join(" ")).not.toMatch(/9 million/);
  });
  it("agrees when the amounts agree", () => {
    expect(loud(["Three men robbed a watch dealer in Geneva on Friday, escaping with timepieces worth an estimated 4 million francs, police said.",
      "Police said on Friday that the haul taken from the Geneva watch dealer was worth around 4 million francs."])).toEqual([]);
  });
  it("a fine of a past year is another event's", () => {
    expect(loud(["The regulator fined the airline €3 million on Tuesday over late refunds. In 2022 it was fined €11 million for overbooking.",
      "The airline was fined €3 million by the regulator on Tuesday for late refunds."])).toEqual([]);
  });
});

describe("a limit set and a thing's size", () => {
  it("two limits set on one bridge disagree", () => {
    const f = loud(["Highways officials cut the weight limit on the old river crossing at Tewkesbury to 18 tonnes on Monday after cracks were found.",
      "On Monday, highways officials lowered the Tewkesbury crossing's weight limit to 7.5 tonnes, sending lorries onto the A38."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/limit/);
  });
  it("a diversion told glued and after 'of' is one length, whatever road the sentences name", () => {
    const f = loud(["Lorries face a 25-mile diversion while the bridge is shut, the county council said on Monday.",
      "Drivers of heavy vehicles have been told to use a diversion of 12 miles via the Ross Road, the council said on Monday."]);
    expect(f).toHaveLength(1);
    expect(loud(["Lorries face a 25-mile diversion while the bridge is shut, the county council said on Monday.",
      "Drivers of heavy vehicles have been told to use a diversion of 25 miles via the Ross Road, the council said on Monday."])).toEqual([]);
  });
  it("a limit and what a lorry weighs are two measures", () => {
    expect(loud(["Highways officials cut the weight limit on the old river crossing at Tewkesbury to 18 tonnes on Monday.",
      "Fire engines weighing up to 14 tonnes can still use the Tewkesbury crossing, officials said on Monday."])).toEqual([]);
  });
});

describe("several bodies counted together", () => {
  it("a town's makers in total are no one maker's workforce", () => {
    expect(loud(["The brewery, which employs about 240 people at its site outside Burton, said it would stop production for a week.",
      "Burton's brewing industry is large, with five breweries in the town employing more than 1,800 people in total, the council said."])).toEqual([]);
  });
  it("one maker's workforce told twice still disagrees", () => {
    expect(loud(["The brewery, which employs about 240 people at its site outside Burton, said on Monday it would stop production.",
      "The Burton brewery, which employs about 420 people, said on Monday it would stop production for a week."])).toHaveLength(1);
  });
});

describe("a breakdown after the figure is no set of owners", () => {
  it("cases in nine districts against cases told plainly still disagree", () => {
    expect(loud(["The health ministry has recorded 410 cholera cases in nine districts since the outbreak began, it said on Monday.",
      "The health ministry said on Monday it had recorded 530 cholera cases since the outbreak began."])).toHaveLength(1);
  });
});

describe("one more named after a count", () => {
  it("passengers and their pilot are fewer than all aboard", () => {
    expect(loud(["The seaplane, carrying nine passengers and a pilot, came down on the lake near Kelowna on Saturday.",
      "All 10 people aboard the seaplane, including the pilot, were rescued from the lake near Kelowna on Saturday."])).toEqual([]);
  });
  it("two counts of passengers still disagree", () => {
    expect(loud(["The seaplane, carrying nine passengers and a pilot, came down on the lake near Kelowna on Saturday.",
      "The seaplane was carrying 14 passengers and a pilot when it came down on the lake near Kelowna on Saturday."])).toHaveLength(1);
  });
});

describe("the story's fall", () => {
  it("told with other verbs and ranked as the worst of its kind is the story's own, a dispute", () => {
    const f = loud(["The minibus left the mountain road near Sacapulas at about 4 pm and fell about 150 metres into a ravine, the fire service spokesman Luis Herrera said.",
      "Fourteen farm workers died on Sunday when their minibus plunged nearly 400 metres into a ravine near Sacapulas, in the worst road accident of the year in the Quiché region, weeks after the harvest began."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/fall/);
  });
  it("the same fall told twice agrees, and an earlier crash's fall is another", () => {
    expect(loud(["The minibus left the mountain road near Sacapulas on Sunday and fell about 150 metres into a ravine, firefighters said.",
      "Fourteen farm workers died on Sunday when their minibus plunged about 150 metres into a ravine near Sacapulas. In 2019, the deadliest crash on the road, a lorry fell 400 metres."])).toEqual([]);
  });
});

describe("a person described by what happened to them, then 'aged'", () => {
  it("is the person of that description", () => {
    expect(loud(["A 53-year-old woman was arrested in Leeds on Friday on suspicion of fraud, police said.",
      "The woman arrested in Leeds on Friday, aged 35, has been released on bail, police said."])).toHaveLength(1);
    expect(loud(["A 53-year-old woman was arrested in Leeds on Friday on suspicion of fraud, police said.",
      "The woman arrested in Leeds on Friday, aged 53, has been released on bail, police said."])).toEqual([]);
  });
  it("another person of the story is no dispute", () => {
    expect(loud(["Police said a 34-year-old man was arrested in Leeds on Friday after a man was found dead in a flat.",
      "The man found dead in the flat in Leeds on Friday, aged 70, was named by police as Derek Hall."])).toEqual([]);
  });
});

describe("a relative clause between the counted people and their fate", () => {
  it("'two patients who had been moved … died' are dead, not evacuated", () => {
    expect(loud(["A total of 146 patients were evacuated from the hospital in Pune on Tuesday night, officials said.",
      "The toll from the hospital fire in Pune rose to nine after two patients who had been moved to another hospital died, officials said."])).toEqual([]);
  });
  it("those evacuated told twice still disagree", () => {
    expect(loud(["A total of 146 patients were evacuated from the hospital in Pune on Tuesday night, officials said.",
      "Officials said 164 patients were evacuated from the hospital in Pune on Tuesday night."])).toHaveLength(1);
  });
});

describe("a time after someone's act", () => {
  it("'comes a month after X killed 20 children' tells another event", () => {
    const scope = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.span.text}:${c.slot.scope}`);
    expect(scope("The attack comes a little over a month after Omar Haddad killed 14 people at a market in Lyon.")).toEqual(["14 people:earlier"]);
    expect(loud(["The attack comes a little over a month after Omar Haddad killed 14 people at a market in Lyon. Five people were found dead in a flat in Nantes on Sunday.",
      "Police arrested a man on Sunday over the killing of all five people in the Nantes flat."])).toEqual([]);
  });
});
