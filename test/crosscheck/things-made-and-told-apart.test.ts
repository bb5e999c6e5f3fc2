// Issue 17, eleventh session: the year a thing was made (built, opened, founded) told two ways; two groups of people
// or two shares told in like words ("arrested 14 protesters" / "also detained three journalists"); a vote's tally on
// a motion; an officeholder's age; how long hostages were held; a length told with "is … long"; the month "March" read
// as a march. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("the year a thing was made", () => {
  it("two years for one act of one thing are a dispute, whichever verb tells it", () => {
    const f = loud([
      "The water tower, erected in 1911, was struck by lightning on Sunday.",
      "Lightning struck the water tower, which was constructed in 1919, on Sunday night.",
    ]);
    expect(f.map((x) => x.rule)).toContain("crosscheck/made-year");
    expect(f.find((x) => x.rule === "crosscheck/made-year")!.evidence.map((e) => e.text).sort()).toEqual(["constructed in 1919", "erected in 1911"]);
  });
  it("a thing opened before it was built is a dispute; opened years after it was built is not", () => {
    expect(loud([
      "The Varna ferry terminal, built in 1964, will be closed for a month.",
      "The terminal, which opened in 1958, will be closed for a month from Monday.",
    ]).map((x) => x.rule)).toContain("crosscheck/made-year");
    expect(loud([
      "The Varna ferry terminal, built in 1964, will be closed for a month.",
      "The terminal, which opened to the public in 1966, will be closed for a month from Monday.",
    ])).toEqual([]);
  });
  it("founded and established are one act", () => {
    expect(loud([
      "The brewery, founded in 1872, will lay off 80 workers.",
      "The brewery was established in 1827 and will lay off 80 of its workers.",
    ]).map((x) => x.rule)).toContain("crosscheck/made-year");
  });
  it("leaves alone two things of one kind, acts done again, decades and other things", () => {
    expect(loud([
      "The old pier, built in 1890, collapsed in the storm.",
      "The new pier, which was built in 2015, survived the storm that destroyed the old one.",
    ])).toEqual([]);
    expect(loud([
      "The cathedral was rebuilt in 1952 after the war; its roof caught fire on Monday.",
      "The cathedral, built in 1347, caught fire on Monday.",
    ])).toEqual([]);
    expect(loud([
      "The mill, built in the 1790s, burned down on Friday.",
      "The mill, built in 1795, burned down on Friday.",
    ])).toEqual([]);
    expect(loud([
      "The gallery, which opened in 1987, is housed in a former warehouse.",
      "The warehouse was built in 1903 and has housed the gallery since the 1980s.",
    ])).toEqual([]);
  });
});

describe("two groups or two shares in like words", () => {
  it("people of two named kinds are not one count", () => {
    expect(loud([
      "Riot police detained 22 students outside the ministry in Belgrade on Friday.",
      "Riot police in Belgrade on Friday also detained four photographers covering the protest outside the ministry.",
    ])).toEqual([]);
  });
  it("a turnout and a party's share are two figures", () => {
    expect(loud([
      "Turnout in the Croatian local elections was 48 percent on Sunday.",
      "The governing party won 31 percent of the vote in Sunday's Croatian local elections.",
    ])).toEqual([]);
  });
  it("one kind of people counted twice still disagrees", () => {
    expect(loud([
      "Riot police detained 22 students outside the ministry in Belgrade on Friday.",
      "Riot police in Belgrade detained 52 students outside the ministry on Friday.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a tally on a motion", () => {
  it("the votes for a bill told as 'N votes to M' and 'N in favour' are compared", () => {
    const f = loud([
      "The senate passed the water bill by 61 votes to 30 on Wednesday.",
      "The water bill cleared the senate on Wednesday with 16 votes in favour and 30 against.",
    ]);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]!.summary).not.toMatch(/share of the vote/);
  });
  it("a candidate's votes still need the candidate named in both", () => {
    expect(loud([
      "The mayor was re-elected with 4,100 votes.",
      "The challenger got 1,400 votes in the mayoral race.",
    ])).toEqual([]);
  });
});

describe("an officeholder's age", () => {
  it("one mayor's age told two ways disagrees", () => {
    expect(loud([
      "The governor, aged 71, signed the decree on Thursday.",
      "The 61-year-old governor signed the decree on Thursday, his office said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a former holder and the holder are two people", () => {
    expect(loud([
      "The 48-year-old former mayor was charged with fraud in Porto on Monday.",
      "The mayor of Porto, 66, said on Monday he had not met the contractor.",
    ])).toEqual([]);
  });
});

describe("how long people were held", () => {
  it("'held for N days' and 'after M days in captivity' are one length", () => {
    expect(loud([
      "The aid workers were held for 40 days before their release on Friday.",
      "The aid workers were freed on Friday after 14 days in captivity.",
    ]).some((f) => /how long people were held/.test(f.summary))).toBe(true);
  });
});

describe("a length told with 'is … long'", () => {
  it("the thing is the subject of the verb, not the verb", () => {
    expect(loud([
      "The new tunnel under the Elbe is 3,300 metres long.",
      "The new Elbe tunnel runs 3,800 metres from portal to portal.",
    ]).length).toBeGreaterThan(0);
  });
  it("two things' lengths stay apart", () => {
    expect(loud([
      "The new tunnel under the Elbe is 3,300 metres long.",
      "The old Elbe tunnel, opened in 1911, runs 426 metres under the river.",
    ])).toEqual([]);
  });
});

describe("the price of a ticket", () => {
  it("one ticket's price told with other words and another subject is compared", () => {
    const f = loud([
      "Tickets for the rugby final in Dublin will cost 85 euros each, the union said on Tuesday.",
      "Supporters will pay 58 euros for a ticket to the rugby final in Dublin, the union said on Tuesday.",
    ]);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]!.summary).toMatch(/price of a ticket/);
  });
  it("two kinds of ticket, or what tickets took in, are not one price", () => {
    expect(loud([
      "Terrace tickets for the derby cost 25 euros.",
      "Seats in the new stand for the derby cost 60 euros a ticket.",
    ])).toEqual([]);
    expect(loud([
      "Tickets for the festival in Ghent cost 45 euros a day.",
      "Ticket sales for the festival in Ghent brought in 4 million euros.",
    ])).toEqual([]);
    expect(loud([
      "A return ticket on the new tram line costs 4 euros.",
      "A single ticket on the new tram line costs 2 euros.",
    ])).toEqual([]);
  });
});


describe("more forms of one fact (eleventh session, from a helper's variants written without the code)", () => {
  it("one person's resignation told on two days, in few common words", () => {
    const f = findingsOf([
      { text: "Harbour board chair Ines Vidal resigned on Tuesday, 3 June, over the dredging contract.", publishedAt: "2026-12-05" },
      { text: "Ines Vidal stepped down from the harbour board on Friday, 6 June, after weeks of pressure.", publishedAt: "2026-12-05" },
    ]).filter((x) => x.rule === "crosscheck/event-date" && x.severity === "medium");
    expect(f.length).toBe(1);
  });
  it("two people of one family dying on two days are not one death", () => {
    expect(findingsOf([
      { text: "Ana Costa died on Sunday in hospital in Braga, her family said.", publishedAt: "2026-12-05" },
      { text: "Rui Costa died on Tuesday in hospital in Braga, his family said.", publishedAt: "2026-12-05" },
    ]).filter((x) => x.rule === "crosscheck/event-date")).toEqual([]);
  });
  it("what thieves took, by its worth, is one amount", () => {
    expect(loud([
      "Robbers took watches worth 600,000 euros from a jeweller in Antwerp on Saturday.",
      "Watches valued at 1.6 million euros were stolen from an Antwerp jeweller on Saturday, police said.",
    ]).length).toBeGreaterThan(0);
  });
  it("'N voting in favour' is a tally on the motion", () => {
    expect(loud([
      "The city council approved the tram plan by 27 votes to 9 on Monday.",
      "City councillors backed the tram plan on Monday, with 21 voting in favour and 9 against.",
    ]).length).toBeGreaterThan(0);
  });
  it("a thing told before a relative clause is the subject of 'is … long'", () => {
    expect(loud([
      "The new Sunda Tunnel under the strait, which opened on Monday, is 4.2 km long.",
      "The new Sunda Tunnel under the strait is 2.4 km long, the builder said on Monday.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("the year a thing was made, the thing placed by a name", () => {
  it("'the mill at Hexley, built in 1790' is the Hexley mill's year", () => {
    expect(loud([
      "The water mill at Hexley, built in 1790, was flooded on Thursday.",
      "Thursday's flood reached the Hexley water mill, which was built in 1709.",
    ]).map((x) => x.rule)).toContain("crosscheck/made-year");
  });
});

describe("long reports: a toll's noun left out, a named person's age told with 'is', one party's two forecasts", () => {
  it("'and 12 were killed' is a toll; 'No one was injured' is not one injured", () => {
    expect(loud([
      "Forty passengers were hurt, 11 of them seriously, and 6 were killed, the rail operator said on Monday.",
      "The rail operator said on Monday that eight people were killed and 40 injured in the derailment.",
    ]).some((f) => /killed/.test(f.summary))).toBe(true);
    expect(loud([
      "No one was injured in the warehouse fire, the brigade said.",
      "Nobody was hurt when the warehouse burned, according to the brigade.",
    ])).toEqual([]);
  });
  it("'The suspect, Erik Dahl, is 41 and has …' gives Dahl's age, whatever year the sentence also names", () => {
    expect(loud([
      "The alleged forger, named as Tomas Linde, 36, was arrested in Malmo on Friday.",
      "The suspect, Tomas Linde, is 63 and has a conviction for fraud from 2011, police said.",
    ]).some((f) => /Tomas Linde|Linde/.test(f.summary))).toBe(true);
  });
  it("one company's two tellings of its forecast disagree; analysts' forecast against the company's does not", () => {
    expect(loud([
      "Maravel expects revenue of 3.4 billion dollars next year.",
      "Maravel said it expects revenue of 4.3 billion dollars next year.",
    ]).length).toBeGreaterThan(0);
    expect(loud([
      "Analysts expect Maravel to report revenue of 3.4 billion dollars next year.",
      "Maravel expects revenue of 4.3 billion dollars next year, it said.",
    ])).toEqual([]);
  });
});

describe("a place's part of a breakdown (batch 20's look-alike, fixed after its run)", () => {
  it("'six in Galicia, three in Asturias' is no toll for the whole storm", () => {
    expect(loud([
      "Floods killed 14 people in Sindh and five in Balochistan on Sunday, officials said.",
      "Nineteen people died in floods across Sindh and Balochistan on Sunday.",
    ])).toEqual([]);
  });
  it("one place's toll told two ways still disagrees", () => {
    expect(loud([
      "Floods killed 14 people in Sindh on Sunday, officials said.",
      "Floods killed 41 people in Sindh on Sunday, the disaster agency said.",
    ]).length).toBeGreaterThan(0);
  });
});
