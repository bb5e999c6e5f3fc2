// Issue 17, fifteenth session: forms long reports use for one fact, seen on development sets of long articles and
// written here about other events: deaths counted as a noun ("caused four deaths"), an outbreak's running total told
// with "since January", "now" that pins no day, a vote told as a tally ("by six votes to five"), a mine's level named by
// its depth, a rescue told with other verbs, two nights of the same edge, a named rate ("case fatality rate") and a
// day's or a fortnight's tally. Negatives beside each. Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts.map((text) => ({ text, publishedAt: "2026-12-05" })))
  .filter((f) => ["contradiction", "arithmetic"].includes(f.type) && (f.severity === "high" || f.severity === "medium"));
const slots = (text: string) => extractClaims(annotate(articleFromRecord("t", { id: "t", text, publishedAt: "2026-12-05" })))
  .filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.span.text} ${c.slot.noun}:${c.slot.pred}:${c.slot.scope}`);

describe("deaths counted as a noun", () => {
  it("'caused six deaths' is a toll, as 'six people died' is", () => {
    expect(slots("The landslide caused six deaths in the village.")).toContain("six deaths people:killed:now");
    expect(slots("Officials reported three fatalities after the crash.")).toContain("three fatalities people:killed:now");
  });
  it("a toll told as deaths against one told as people who died disagree; the same toll agrees", () => {
    const f = loud(["The gas explosion at the market has now caused five deaths, the fire brigade said on Thursday.",
      "Eight people have died after the gas explosion at the market, the fire brigade said on Thursday."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/killed/);
    expect(loud(["The gas explosion at the market has now caused five deaths, the fire brigade said on Thursday.",
      "Five people have died after the gas explosion at the market, the fire brigade said on Thursday."])).toEqual([]);
  });
  it("a kind of death is a part of the toll", () => {
    expect(loud(["At least 24 deaths have been blamed on the blizzard, 11 of them in Ohio.",
      "Seven traffic deaths were blamed on the blizzard in Ohio, Indiana and Kentucky."])).toEqual([]);
  });
  it("last year's deaths are another figure", () => {
    expect(loud(["Two people died when the bus overturned near Cusco on Sunday.",
      "The bus overturned near Cusco on Sunday, killing two people. There were 3,100 road deaths in Peru last year."])).toEqual([]);
  });
});

describe("an outbreak's running total", () => {
  it("'since January, with two deaths' and 'three people have died in the outbreak' count one thing", () => {
    const f = loud(["Health officials have confirmed 240 cholera cases in the province since January, with four deaths.",
      "Six people have died in the cholera outbreak in the province, health officials said, as cases reached 240."]);
    expect(f.some((x) => /killed/.test(x.summary))).toBe(true);
  });
  it("a year's national total is no dispute of the outbreak's", () => {
    expect(loud(["Health officials have confirmed 240 cholera cases in the province since January, with four deaths.",
      "Four people have died in the cholera outbreak in the province. Nationally, cholera has killed 61 people this year."])).toEqual([]);
  });
});

describe("a vote told as a tally", () => {
  it("'by six votes to five' is the split 'voted 6-5' gives", () => {
    expect(slots("The board approved the plan by six votes to five on Tuesday.").filter((s) => /vote/.test(s))).toEqual(["by six votes to five vote-split:voted:now"]);
    expect(slots("The motion passed with nine votes in favour and two against.").filter((s) => /vote/.test(s))).toEqual(["nine votes in favour and two against vote-split:voted:now"]);
  });
  it("a tally and a split of one vote disagree when they differ, agree when they match", () => {
    const f = loud(["The licensing committee voted 7-2 to close the nightclub on Monday.",
      "The licensing committee closed the nightclub on Monday by five votes to four."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/vote split/);
    expect(loud(["The licensing committee voted 7-2 to close the nightclub on Monday.",
      "The licensing committee closed the nightclub on Monday by seven votes to two."])).toEqual([]);
  });
  it("one side the same, the other misreported, is one vote told two ways", () => {
    expect(loud(["The senate passed the bill by 61 votes to 30 on Wednesday.",
      "The bill passed the senate on Wednesday with 16 votes in favour and 30 against."])).toHaveLength(1);
  });
  it("another motion's split beside it is another vote", () => {
    expect(loud(["The committee voted 7-2 to close the nightclub. A motion on licence fees was then defeated 5-4.",
      "The committee closed the nightclub by seven votes to two on Monday."])).toEqual([]);
  });
});

describe("depths underground", () => {
  it("'at the 520-metre level' of a mine is a depth, as 'metres below the surface' is", () => {
    const f = loud(["The fire started in a tunnel 250 metres below the surface, the mine's owner said.",
      "The fire broke out at the 520-metre level of the mine, its owner said."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/depth/);
    expect(loud(["The fire started in a tunnel 520 metres below the surface, the mine's owner said.",
      "The fire broke out at the 520-metre level of the mine, its owner said."])).toEqual([]);
  });
  it("a quake's depth beside its distance from a town is no list of parts", () => {
    const f = loud(["The quake struck at a depth of 62 km, about 40 km south of Kermadec, the agency said.",
      "The agency said the quake was 26 km deep and centred 40 km south of Kermadec."]);
    expect(f.some((x) => /depth/.test(x.summary))).toBe(true);
  });
});

describe("one rescue told with other verbs, one night told as another", () => {
  it("'rescued on Monday' against 'brought out on Wednesday' is one rescue on two days", () => {
    const f = loud(["Lifeboat crews rescued the kayakers from the sea cave on Monday afternoon.",
      "Lifeboat crews brought the kayakers out of the sea cave on Wednesday afternoon."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/rescue/);
  });
  it("the day they set out and the day they were rescued are two acts", () => {
    expect(loud(["The kayakers were rescued on Wednesday. They had paddled out on Monday morning.",
      "Lifeboat crews brought the kayakers out of the sea cave on Wednesday, two days after they set off."])).toEqual([]);
  });
  it("'on Friday night' against 'on Saturday night' is two nights; 'late on Friday' against 'early on Saturday' may be one", () => {
    expect(loud(["The sirens went off briefly on Friday night, but the patrol that checked the depot found nothing.",
      "The sirens went off briefly on Saturday night, but a patrol sent to the depot saw nothing unusual."])).toHaveLength(1);
    expect(loud(["The sirens went off late on Friday, residents said.", "The sirens went off early on Saturday, residents said."])).toEqual([]);
  });
});

describe("named rates and tallies of a period", () => {
  it("a case fatality rate is one figure, whatever else its sentence counts", () => {
    const f = loud(["The ministry recorded 410 confirmed cases in 9 districts, giving a case fatality rate of 12.5%.",
      "The case fatality rate now stands at 9 per cent, the ministry said."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/fatality rate/);
  });
  it("a day's deaths and a fortnight's are two tallies", () => {
    expect(slots("Seven more people died of measles in the 24 hours to noon on Monday.")[0]).toMatch(/:killed:period=24 hours$/);
    expect(loud(["Seven more people died of measles in the 24 hours to noon on Monday, officials said.",
      "Officials said the month had already recorded 83 deaths in its first 12 days. Seven deaths were reported in 24 hours."])).toEqual([]);
  });
  it("'now' is the moment of writing, no day the figure is pinned to", () => {
    const f = loud(["The flu outbreak at the care home has now caused three deaths, managers said on Tuesday.",
      "Five residents have died in the flu outbreak at the care home, managers said on Tuesday."]);
    expect(f).toHaveLength(1);
  });
});

// From the held-out long articles of this session (longform21 sealed), read after its one final run; written here about
// other events, so these are informed fixes.
describe("figures that are parts, background or bounds", () => {
  it("'That epidemic … killed over 900 people' points back to an earlier event", () => {
    expect(loud(["A measles outbreak in the district has killed seven children since the start of the month, officials said.",
      "Of the seven children who have died, three were under a year old.",
      "Seven children have died of measles in the district. That epidemic, which lasted two years, killed over 900 children."])).toEqual([]);
  });
  it("one site's workforce is a part of the company's", () => {
    expect(loud(["Brenner Axle reported a loss on Monday. Brenner employs about 9,000 people.",
      "The truck maker, which employs some 9,000 people worldwide, reported a loss on Monday.",
      "The plant, which makes gearboxes for Brenner's trucks, employs about 800 people, the union said on Monday."])).toEqual([]);
    expect(loud(["The Lindau plant employs about 800 people, the company said.", "The Lindau plant employs about 1,300 people, the company said."])).toHaveLength(1);
  });
  it("'more than 150 mm' against '150 mm' of rain is one measure told with a bound", () => {
    expect(loud(["More than 150 millimetres of rain fell on the town in 24 hours, forecasters said.", "The storm dropped 150 millimetres of rain on the town in 24 hours."])).toEqual([]);
    expect(loud(["More than 150 millimetres of rain fell on the town in 24 hours, forecasters said.", "The storm dropped 90 millimetres of rain on the town in 24 hours."])).toHaveLength(1);
  });
  it("the injured still in hospital are a part of all the injured", () => {
    expect(loud(["Four people were killed and 17 injured when the tram derailed on Friday, police said.",
      "Twelve injured are still being treated in hospital after Friday's tram derailment, in which four people were killed."])).toEqual([]);
  });
});

describe("a figure told of another place", () => {
  it("'…, where authorities have evacuated 2,000 people' after a neighbouring country is that country's", () => {
    expect(loud(["Typhoon Mirae hit northern Luzon on Sunday. About 31,000 people have been evacuated in the Philippines, officials said.",
      "About 31,000 people have been evacuated in the Philippines since Typhoon Mirae struck northern Luzon on Sunday, officials said.",
      "Typhoon Mirae struck northern Luzon on Sunday. The storm is expected to bring heavy rain to southern Taiwan on Tuesday, where authorities have evacuated 2,000 people."])).toEqual([]);
  });
  it("the same place named in both is no other place", () => {
    expect(loud(["Floods hit the north of the country. Rain is falling on northern Luzon, where officials have evacuated 31,000 people.",
      "Officials have evacuated 13,000 people in northern Luzon because of the floods."])).toHaveLength(1);
    expect(loud(["Rain is falling on northern Luzon, where officials have evacuated 31,000 people.",
      "Floods hit northern Luzon on Sunday. Officials said they had evacuated 13,000 people."])).toHaveLength(1);
  });
});
