// Former office holders named in a past context (issue 17, trust11: the classes seen on FRANK and PolNeAR, built
// from the phenomenon in wordings and events of these tests' own). A title the article itself marks as left, a
// title held "as" a capacity in a past clause, a title named inside the past event that ended the term, or the
// title of another post ("Shadow …", "Assistant …") is no claim that the person holds the office in the story's
// time. The same person acting under the old title in the story's present stays flagged.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const roleFindings = (text: string, published: string) =>
  anachronisms([docOf(`Notes\n${text}`, published)]).filter((f) => f.startsWith("anachronism-role")).map((f) => f.split(" ")[1]);
/** Findings a reader is shown as a problem (medium or high). */
const loud = (text: string, published: string) => roleFindings(text, published).filter((s) => s === "medium" || s === "high");

describe("'former' read across an organisation or party word between it and the title", () => {
  it("'former U.N. secretary general …' and 'former Tory Chancellor …' are past titles", () => {
    expect(loud("The former U.N. secretary general Kofi Annan opened the water forum in Dakar on Monday.", "2016-05-10")).toEqual([]);
    expect(loud("Former Tory Chancellor George Osborne told the bankers' dinner on Thursday that rates would rise.", "2019-06-14")).toEqual([]);
    expect(loud("The ex-Labour Health Secretary Andy Burnham joined the hospital picket on Friday.", "2014-03-08")).toEqual([]);
  });
  it("without 'former' the same titles acting in the story's present stay flagged", () => {
    expect(loud("The U.N. secretary general Kofi Annan opened the water forum in Dakar on Monday.", "2016-05-10")).toHaveLength(1);
    expect(loud("The Tory chancellor George Osborne told the bankers' dinner on Thursday that rates would rise.", "2019-06-14")).toHaveLength(1);
  });
  it("a party word after another word ('the new Labour health secretary …') says nothing of a past term", () => {
    expect(loud("The new Labour health secretary Andy Burnham joined the picket on Friday.", "2014-03-08")).toHaveLength(1);
    expect(loud("Miners and the Labour health secretary Andy Burnham joined the picket on Friday.", "2014-03-08")).toHaveLength(1);
  });
  it("the role read: 'former' across 'U.N.' or 'World Bank' is past; before a country read already it qualifies the country", () => {
    const tenses = (text: string) => docOf(text).roles.map((r) => `${r.span.text}: ${r.tense}`);
    expect(tenses("The former U.N. secretary general Kofi Annan opened the forum.")).toEqual(["former U.N. secretary general Kofi Annan: former"]);
    expect(tenses("The former World Bank president Jim Kim opened the forum.")).toEqual(["former World Bank president Jim Kim: former"]);
    expect(tenses("The former Soviet republic's president Viktor Yanukovych visited the plant.")).toEqual(["republic's president Viktor Yanukovych: current"]);
  });
  it("'previous', 'onetime', 'erstwhile' before a title are 'former'; 'the previous day, Minister X …' is not", () => {
    const tenses = (text: string) => docOf(text).roles.map((r) => `${r.span.text}: ${r.tense}`);
    expect(tenses("The film leaves out previous Secretary of State Hillary Clinton entirely.")).toEqual(["previous Secretary of State Hillary Clinton: former"]);
    expect(tenses("The erstwhile Chancellor George Osborne now edits a newspaper.")).toEqual(["erstwhile Chancellor George Osborne: former"]);
    expect(tenses("Talks stalled the previous day. Chancellor George Osborne said on Monday that rates would rise.")).toEqual(["Chancellor George Osborne: current"]);
  });
});

describe("a title held 'as' a capacity in a past clause", () => {
  it("'As secretary of state, X approved …', 'During her time as …, X …', 'In his years as …, X …' are low", () => {
    expect(loud("As secretary of state, Hillary Clinton approved the sale of the uranium mine to a Canadian firm.", "2016-08-20")).toEqual([]);
    expect(loud("During her time as Secretary of State, Hillary Clinton kept her email on a server in her basement.", "2016-08-20")).toEqual([]);
    expect(loud("In his years as Foreign Secretary, Boris Johnson clashed with the embassy over the visa rules.", "2021-02-11")).toEqual([]);
  });
  it("'When she was secretary of state, X …', 'Having served as …, X …' are low", () => {
    expect(loud("When she was secretary of state, Hillary Clinton approved the sale of the uranium mine.", "2016-08-20")).toEqual([]);
    expect(loud("Having served as Foreign Secretary, Boris Johnson knew the embassy staff well.", "2021-02-11")).toEqual([]);
  });
  it("'As Secretary of State X said on Tuesday, …' is a report of the story's present: still flagged", () => {
    expect(loud("As Secretary of State John Kerry told reporters in Oslo on Tuesday, the ferry deal is close.", "2026-04-15")).toHaveLength(1);
  });
  it("'Secretary of State X said on Tuesday' in a story years after the term stays flagged", () => {
    expect(loud("Secretary of State John Kerry said on Tuesday that the ferry deal was close.", "2026-04-15")).toHaveLength(1);
  });
});

describe("a title named inside the past event that ended or marked the term", () => {
  it("'the ousting of President X', 'after the resignation of Prime Minister X' are low", () => {
    expect(loud("Riot police were disbanded after the ousting of President Viktor Yanukovych, and the unit's name was taken by a hacking group.", "2016-03-02")).toEqual([]);
    expect(loud("The bill stalled after the resignation of Prime Minister Theresa May and was revived by the new cabinet.", "2021-09-30")).toEqual([]);
  });
  it("the same person acting in the story is still flagged", () => {
    expect(loud("President Viktor Yanukovych visited the plant in Kharkiv on Wednesday.", "2016-03-02")).toHaveLength(1);
  });
});

describe("a title the article itself gives as left", () => {
  it("a later bare mention telling the past is low when the article says 'former' for the same person and office", () => {
    const text = "Former Chancellor George Osborne backed the rail link in a speech in Leeds on Monday. "
      + "Chancellor George Osborne had set aside money for the line in the budget.";
    expect(loud(text, "2019-06-14")).toEqual([]);
  });
  it("the bare title in the story's present ('said on Tuesday') stays flagged even so", () => {
    const text = "Former Chancellor George Osborne backed the rail link in Leeds. "
      + "Chancellor George Osborne said on Tuesday that the line should be built first.";
    expect(loud(text, "2019-06-14")).toHaveLength(1);
  });
});

describe("the title of another post", () => {
  it("'Shadow Health Secretary X' and 'Assistant Secretary of State X' do not claim the office", () => {
    expect(roleFindings("Shadow Health Secretary Andy Burnham said the waiting lists were a scandal.", "2014-03-08")).toEqual([]);
    expect(roleFindings("Assistant Secretary of State Hillary Clinton met the delegation on Monday.", "2016-08-20")).toEqual([]);
  });
  it("the office itself acting in the story stays flagged", () => {
    expect(loud("Health Secretary Andy Burnham said on Monday the waiting lists were a scandal.", "2014-03-08")).toHaveLength(1);
  });
});

describe("a holder gone more than a full term, as the subject of a past deed", () => {
  it("'President Bill Clinton signed …', 'Chancellor Gordon Brown sold …' with no day of the story are low", () => {
    expect(loud("President Bill Clinton signed the welfare overhaul into law, and the rolls have shrunk since.", "2016-08-20")).toEqual([]);
    expect(loud("Chancellor Gordon Brown sold half of the gold reserves at the bottom of the market.", "2019-06-14")).toEqual([]);
  });
  it("the same holder speaking ('said', 'told') or acting on a day of the story stays flagged", () => {
    expect(loud("Secretary of State John Kerry said the ferry deal was close.", "2026-04-15")).toHaveLength(1);
    expect(loud("Chancellor Gordon Brown sold the last of the gold reserves on Monday.", "2019-06-14")).toHaveLength(1);
  });
  it("a holder gone less than a full term, as the subject of a past deed, stays flagged", () => {
    expect(loud("Chancellor George Osborne cut the top rate of tax for the new year.", "2017-03-02")).toHaveLength(1);
  });
});
