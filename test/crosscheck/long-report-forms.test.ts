// Issue 17, fourteenth session: forms long reports use for one fact of the story, seen on a development set of long
// articles and written here about other events: a toll with a part named between commas ("Six people, including three
// children, were killed"), a ransom demanded "to restore the systems" or "in cryptocurrency", a depth "put at" a figure
// in a sentence that gives other distances, two rounded figures ("about 1,600" / "about 1,900") that no rounding
// joins, and a quote of several sentences with a sentence more in one version and a negation in a shared one.
// Negatives beside each. Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "high" || f.severity === "medium"));
const slots = (text: string) => extractClaims(annotate(articleFromRecord("t", { id: "t", text }))).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.span.text} ${c.slot.noun}:${c.slot.pred}`);

describe("a toll with a part named between commas", () => {
  it("the verb after the aside says what happened to the whole", () => {
    expect(slots("Nine passengers, including two infants, were injured when the coach overturned.")).toContain("Nine passengers people:injured");
    expect(slots("Four climbers, among them a guide from Zermatt, died in the avalanche.")).toContain("Four climbers climber:killed");
  });
  it("two tolls told so disagree; the same toll agrees", () => {
    const f = loud([
      "Seven people, including four children, were killed when a fire swept through a guesthouse in Shimla early on Monday.",
      "Nine people, including four children, died after a fire broke out at a guesthouse in Shimla early on Monday, officials said.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/killed/);
    expect(loud([
      "Seven people, including four children, were killed when a fire swept through a guesthouse in Shimla early on Monday.",
      "Seven people died after a fire broke out at a guesthouse in Shimla early on Monday, officials said.",
    ])).toEqual([]);
  });
  it("an aside that never closes leaves the clause as it was", () => {
    expect(slots("Six people attended, including the mayor and two councillors.")).toContain("Six people people:attended");
  });
});

describe("a ransom named by what the demand is for", () => {
  it("'demanded $2.5 million to restore the systems' against 'a note demanded $5.2 million in bitcoin'", () => {
    const f = loud([
      "A cyberattack on the water utility in Tartu has shut its billing systems, officials said on Thursday, as the attackers demanded $2.5 million to restore the systems.",
      "Staff at the Tartu utility found their screens locked on Thursday morning. A note on the screens demanded $5.2 million in bitcoin.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/ransom/);
  });
  it("a union's demand is no ransom", () => {
    expect(loud([
      "The union demanded $2.5 million in back pay for the dock workers in Tartu on Thursday.",
      "Dock workers in Tartu walked out on Thursday; the company said it had offered $1.1 million to settle the dispute.",
    ])).toEqual([]);
  });
});

describe("a depth put at a figure in a sentence of several distances", () => {
  it("the quake's depth in each report is one fact", () => {
    const f = loud([
      "The quake struck 60 kilometres (37 miles) north of Iquique at a depth of 15 km, the seismological centre said.",
      "A strong quake hit northern Chile on Tuesday, 60 kilometres north of Iquique. The seismological centre put its depth at 51 kilometres.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/depth/);
  });
  it("a depth and a distance from a town are two aspects; one depth told twice agrees", () => {
    expect(loud([
      "The quake struck 60 kilometres north of Iquique at a depth of 15 km.",
      "The seismological centre put the quake's depth at 15 kilometres, about 60 km from Iquique.",
    ])).toEqual([]);
    expect(loud([
      "The quake struck at a depth of 15 km, the seismological centre said.",
      "The quake was felt 51 kilometres away in Iquique, the seismological centre said.",
    ])).toEqual([]);
  });
});

describe("two rounded figures", () => {
  it("'about 1,600' and 'about 1,900' are not one figure rounded two ways", () => {
    const f = findingsOf([
      "The hospital group, which runs about 1,900 beds across Porto, said its systems were down.",
      "The hospital group, which has about 1,600 beds, said on Tuesday it had restored its laboratory systems.",
    ]);
    expect(f.filter((x) => x.type === "corroboration" && /beds/.test(x.summary))).toEqual([]);
  });
  it("'about 1,600' and 'about 1,650', or 'about 2,000' and 'about 1,900', may be one figure rounded two ways; 'about 57' and 'some 55' are hedged, not rounded", () => {
    expect(loud([
      "About 57 gang members were arrested in raids across San Salvador on Tuesday, police said.",
      "Some 55 gang members were arrested in raids across San Salvador on Tuesday, police said.",
    ])).toEqual([]);
    expect(loud([
      "The hospital group, which runs about 1,650 beds across Porto, said its systems were down.",
      "The hospital group, which runs about 1,600 beds across Porto, said its systems were down.",
    ])).toEqual([]);
    expect(loud([
      "The hospital group, which runs about 2,000 beds across Porto, said its systems were down.",
      "The hospital group, which runs about 1,900 beds across Porto, said its systems were down.",
    ])).toEqual([]);
  });
});

describe("a quote of several sentences, one version a sentence longer", () => {
  it("a negation in a shared sentence is a changed quote", () => {
    const f = findingsOf([
      "\"The school will close in June. We have looked at every other option,\" the head teacher, Moira Grant, told parents on Tuesday.",
      "Moira Grant, the head teacher, told parents on Tuesday: \"The school will not close in June. I know this is hard news for many families in the village. We have looked at every other option.\"",
    ]).filter((x) => x.rule === "crosscheck/quote-altered");
    expect(f.map((x) => x.severity)).toEqual(["high"]);
  });
  it("one change seen whole in one pair and in a shared sentence in another is one finding", () => {
    const f = findingsOf([
      "\"The river may flood the old town tonight. We cannot rule it out and we are ready for the worst,\" the mayor, Luis Pereira, said.",
      "\"The river will flood the old town tonight. We are ready for the worst,\" the mayor, Luis Pereira, said.",
      "\"The river may flood the old town tonight,\" the mayor, Luis Pereira, said on Monday.",
    ]).filter((x) => x.rule === "crosscheck/quote-altered");
    expect(f).toHaveLength(1);
  });
  it("a sentence more and no word changed in the shared ones is no change", () => {
    expect(findingsOf([
      "\"The school will close in June. We have looked at every other option,\" the head teacher, Moira Grant, told parents on Tuesday.",
      "Moira Grant, the head teacher, told parents on Tuesday: \"The school will close in June. The building is no longer safe. We have looked at every other option.\"",
    ]).filter((x) => x.rule === "crosscheck/quote-altered")).toEqual([]);
  });
});

describe("a day's peak temperature at one place", () => {
  it("'hit 41.3C at Perth airport' against 'reached 43.1 degrees Celsius at Perth airport' is a dispute", () => {
    const f = loud([
      "The mercury hit 41.3C at Perth airport on Saturday, the hottest December day on record, the Bureau of Meteorology said.",
      "Temperatures reached 43.1 degrees Celsius at Perth airport on Saturday, a December record, according to the Bureau of Meteorology.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/temperature/);
  });
  it("peaks at two places, or one told twice, are no dispute", () => {
    expect(loud([
      "The mercury hit 41.3C at Perth airport on Saturday, the Bureau of Meteorology said.",
      "Temperatures reached 39.8 degrees Celsius in Geraldton on Saturday, according to the Bureau of Meteorology.",
    ])).toEqual([]);
    expect(loud([
      "The mercury hit 41.3C at Perth airport on Saturday, the Bureau of Meteorology said.",
      "Temperatures reached 41.3 degrees Celsius at Perth airport on Saturday, according to the Bureau of Meteorology.",
    ])).toEqual([]);
  });
});

describe("a part's figure told beside the whole's (long-article sealed set, read after its final run)", () => {
  it("a part ranked among the others ('the lowest in the country') is no second value of the whole", () => {
    expect(loud([
      "Turnout in the referendum was 68.2 per cent, the electoral office said on Sunday.",
      "The Donegal constituency recorded a turnout of 51 percent, the lowest in the country, the electoral office said on Sunday.",
    ])).toEqual([]);
    expect(loud([
      "Turnout in the referendum was 68.2 per cent, the electoral office said on Sunday.",
      "Turnout in the referendum was 61.5 percent, the electoral office said on Sunday.",
    ])).toHaveLength(1);
  });
  it("a sector's workforce is not one company's", () => {
    expect(loud([
      "The drone maker, founded in 2017, employs around 300 people at its plant in Pune, the company said.",
      "The state says Maharashtra's defence manufacturing sector employs more than 40,000 people, the company said.",
    ])).toEqual([]);
  });
  it("what one party had is a part of the whole, in whatever restated words", () => {
    expect(loud([
      "Her family business had four lockers in the vault the thieves emptied in Hatton Garden.",
      "The thieves emptied the vault in Hatton Garden, which held 72 lockers.",
    ])).toEqual([]);
  });
});

describe("a size glued to its dimension, an age after 'aged' (sealed batch 23, read after its one final run)", () => {
  it("'the 120-metre-tall Kestrel tower' against 'the 210-metre Kestrel tower' is one height disputed", () => {
    const f = loud([
      "Engineers found cracks in the 120-metre-tall Kestrel tower in Rotterdam on Tuesday and closed its upper floors.",
      "The 210-metre Kestrel tower in Rotterdam has developed cracks, the city said on Tuesday.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/height of the tower/);
  });
  it("a shaft's depth and a tower's height are two things", () => {
    expect(loud([
      "Engineers inspected the 120-metre-deep shaft beside the Kestrel tower in Rotterdam on Tuesday.",
      "The 210-metre Kestrel tower in Rotterdam has developed cracks, the city said on Tuesday.",
    ])).toEqual([]);
  });
  it("'Lena Fischer, aged 29,' against 'Lena Fischer, 32,' is one woman's age disputed; her sister's is hers", () => {
    expect(loud([
      "Lena Fischer, aged 29, of Kreuzberg, appeared in court in Berlin on Monday charged with arson.",
      "Prosecutors charged Lena Fischer, 32, with arson after a fire at a car dealership in Berlin.",
    ]).map((x) => x.summary)).toEqual([expect.stringMatching(/age of Lena Fischer/)]);
    expect(loud([
      "Lena Fischer, aged 29, of Kreuzberg, appeared in court in Berlin on Monday charged with arson.",
      "Her sister, Anna Fischer, 32, watched from the public gallery in Berlin.",
    ])).toEqual([]);
  });
});

describe("names moved or written in full inside a quote", () => {
  const altered = (texts: string[]) => findingsOf(texts).filter((x) => x.rule === "crosscheck/quote-altered");
  it("two names in another order, one with its first name, are no name changed", () => {
    expect(altered([
      "\"If you do not want Salvini or Meloni to lead the coalition, you had better back our list in Milan,\" the campaign's spokesman, Paolo Riva, said.",
      "\"If you do not want Giorgia Meloni or Matteo Salvini as leader of the coalition, you had better back our list in Milan,\" spokesman Paolo Riva said.",
    ])).toEqual([]);
  });
  it("a name swapped for another is still a name changed", () => {
    expect(altered([
      "\"If you do not want Salvini to lead the coalition, you had better back our list in Milan,\" the campaign's spokesman, Paolo Riva, said.",
      "\"If you do not want Tajani to lead the coalition, you had better back our list in Milan,\" spokesman Paolo Riva said.",
    ]).map((x) => x.severity)).toEqual(["medium"]);
  });
});
