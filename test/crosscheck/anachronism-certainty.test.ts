// How sure an out-of-office title is (issue 17, trust12: all 66 anachronisms judged on real news were false). A
// title is a claim about the story's time only with evidence in the text: the holder speaks, acts in the present,
// is dealt with, or acts on a day of the story; a past deed as the subject, no day named, only for a change of the
// last two years (a writer's slip) or a holder yet to come. A passing mention, an acting spell, a term that starts a
// few months after the story (a late kb start date) or ends days before it (a caretaker spell), and US titles kept
// for life ("President X" once left: never high) are hints (low) or capped. Wordings and events of this file's own.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const roles = (text: string, published: string) =>
  anachronisms([docOf(`Dispatch\n${text}`, published)]).filter((f) => f.startsWith("anachronism-role")).map((f) => f.split(" ")[1]);
const loud = (text: string, published: string) => roles(text, published).filter((s) => s !== "low");

describe("the holder in the story's own time", () => {
  it("speaking, on a day of the story, or met with: flagged", () => {
    expect(loud("Australian Prime Minister Malcolm Turnbull told parliament on Tuesday that the coal mine would close.", "2019-03-05")).toHaveLength(1);
    expect(loud("\"The mine will close,\" said Prime Minister Malcolm Turnbull, as miners gathered outside.", "2019-03-05")).toHaveLength(1);
    expect(loud("The Indonesian envoy met with Prime Minister Malcolm Turnbull to discuss the cattle trade.", "2019-03-05")).toHaveLength(1);
  });
  it("the subject of a clause after 'but' on a day of the story: flagged", () => {
    expect(loud("The senate backed the levy, but Prime Minister Malcolm Turnbull blocked it on Wednesday.", "2019-03-05")).toHaveLength(1);
  });
});

describe("a passing mention or an old deed", () => {
  it("an object or a possessive, no day named, is low", () => {
    expect(roles("Miners still resent the levy imposed by the cabinet of Prime Minister Manmohan Singh.", "2019-03-05")).toEqual(["low"]);
    expect(roles("Farm groups in Punjab blame the debt on Prime Minister Manmohan Singh.", "2019-03-05")).toEqual(["low"]);
  });
  it("a past deed as the subject of a holder gone more than two years, no day named, is low", () => {
    expect(roles("Prime Minister Manmohan Singh opened the port with a promise of jobs for the coast.", "2017-03-05")).toEqual(["low"]);
  });
  it("the same deed of a holder gone under two years stays flagged (a writer's slip)", () => {
    expect(loud("Prime Minister Manmohan Singh opened the port with a promise of jobs for the coast.", "2015-03-05")).toHaveLength(1);
  });
  it("a holder yet to come acting in the story stays flagged, however far off", () => {
    expect(loud("Prime Minister Malcolm Turnbull opened the port with a promise of jobs for the coast.", "2011-03-05")).toHaveLength(1);
  });
});

describe("an acting spell", () => {
  it("'Acting Prime Minister X' outside X's full term is low: the kb seldom lists acting spells", () => {
    expect(roles("Acting Prime Minister Malcolm Turnbull told parliament on Tuesday that the mine would close.", "2019-03-05")).toEqual(["low"]);
  });
});

describe("outside the term by less than the kb's dates can be trusted", () => {
  it("a term that starts within three months after the story is low; six months after is flagged", () => {
    expect(roles("Prime Minister Malcolm Turnbull told parliament on Tuesday that the mine would close.", "2015-07-21")).toEqual(["low"]);
    expect(loud("Prime Minister Malcolm Turnbull told parliament on Tuesday that the mine would close.", "2015-03-03")).toHaveLength(1);
  });
  it("a term that ended within a month before the story (published a month on) is low; months before is flagged", () => {
    expect(roles("Prime Minister Malcolm Turnbull told parliament on Tuesday that the mine would close.", "2018-10-18")).toEqual(["low"]);
    expect(loud("Prime Minister Malcolm Turnbull told parliament on Tuesday that the mine would close.", "2018-12-18")).toHaveLength(1);
  });
});

describe("a title US usage keeps for life", () => {
  it("'President X' once left, even speaking on a day of the story, is at most medium", () => {
    expect(roles("President Bill Clinton told the union hall on Monday that the mill must reopen.", "2004-03-05")).toEqual(["medium"]);
  });
  it("other titles so placed can be high", () => {
    expect(roles("\"The mill must reopen,\" Secretary of State Madeleine Albright told the union hall on Monday.", "2004-03-05")).not.toContain("low");
  });
  it("'President X' as the object of a sentence of the story's day is low (a courtesy title)", () => {
    expect(roles("The senator on Monday mocked President Bill Clinton over the mill closures.", "2004-03-05")).toEqual(["low"]);
  });
});

describe("a holder yet to come named as a supposition", () => {
  it("an object on a day of the story, or after 'a', is low: a fear or a hope, no slip", () => {
    expect(roles("Across Australia on Monday, coal towns rallied against Prime Minister Malcolm Turnbull and his levy.", "2011-03-05")).toEqual(["low"]);
    expect(roles("Coal towns across Australia say they dread a Prime Minister Malcolm Turnbull and his levy.", "2011-03-05")).toEqual(["low"]);
  });
  it("the same holder as the doer on a day of the story stays flagged", () => {
    expect(loud("Across Australia on Monday, Prime Minister Malcolm Turnbull rallied coal towns behind his levy.", "2011-03-05")).toHaveLength(1);
  });
});

describe("a sentence that says who held a title then", () => {
  it("'when X was in charge and Y was president', 'at a time when Y was finance minister' tell that time: low", () => {
    expect(roles("The pact dates from when Prime Minister Manmohan Singh was in charge and Hu Jintao was president of China.", "2019-03-05")).toEqual(["low"]);
    expect(roles("Prime Minister Manmohan Singh opened the port at a time when Pranab Mukherjee was finance minister.", "2015-03-05")).toEqual(["low"]);
  });
  it("a sentence with no such past title keeps the finding", () => {
    expect(loud("Prime Minister Manmohan Singh opened the port on Tuesday, and the new governor was there too.", "2015-03-05")).toHaveLength(1);
  });
});

describe("a capacity set off by its comma", () => {
  it("'Defending her record as foreign minister, X said on Tuesday' is the past post, even in the story's present: low", () => {
    expect(roles("Defending her record as foreign minister, Julie Bishop said on Tuesday that the aid cuts were needed.", "2020-02-11")).toEqual(["low"]);
  });
  it("'Foreign Minister X said on Tuesday' stays flagged", () => {
    expect(loud("Foreign Minister Julie Bishop said on Tuesday that the aid cuts were needed.", "2020-02-11")).toHaveLength(1);
  });
});
