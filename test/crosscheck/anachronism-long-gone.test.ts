// Titles of holders who left office long before the story (issue 17, PolNeAR election news: "President Bill Clinton",
// "President Bush's troop surge" in 2016). A person whose every term in that office ended more than a full term
// before the story's time is no slip of a writer who missed a change: US usage keeps the title for life, and a
// sentence about the past names people by the titles they held then. Low, a hint only, unless the sentence puts the
// person in the story's own present (today, a weekday, this week, a dated day of the story, "says"). Titles of
// future holders in a hypothetical ("a would-be …", "if …", "the next …") are a prospect, not a claim: low too.
// The same names acting in the story's time stay flagged.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const roles = (text: string, published: string) =>
  anachronisms([docOf(`Report\n${text}`, published)]).filter((f) => f.startsWith("anachronism-role")).map((f) => f.split(" ")[1]);

describe("a holder who left office long before the story", () => {
  it("a thing of their time in office ('Prime Minister X's second government', 'Prime Minister X's government') is low", () => {
    expect(roles("The dam was finished during Prime Minister John Major's second government, the engineers recalled.", "2019-05-14")).toEqual(["low"]);
    expect(roles("Prime Minister Tony Blair's government signed the fishing accord, which the new minister wants to revisit.", "2019-05-14")).toEqual(["low"]);
  });
  it("blame, comparison and courtesy wordings are low", () => {
    expect(roles("Critics of the pension reform blame the shortfall on Chancellor Gerhard Schröder.", "2019-05-14")).toEqual(["low"]);
    expect(roles("The new budget cuts the navy deeper than even President Jacques Chirac dared.", "2019-05-14")).toEqual(["low"]);
    expect(roles("\"We would be glad to have Prime Minister Gordon Brown join the election monitors,\" the commission's chair said.", "2019-05-14")).toEqual(["low"]);
  });
  it("a past account in the subject's own words is low", () => {
    expect(roles("After the levees broke, President George W. Bush kept the relief money flowing for the rest of his presidency.", "2019-05-14")).toEqual(["low"]);
  });
  it("the same people put in the story's present stay flagged", () => {
    const flagged = (text: string) => { const r = roles(text, "2019-05-14"); expect(r).toHaveLength(1); expect(r).not.toEqual(["low"]); };
    flagged("President George W. Bush told reporters on Monday that the levee plan would go ahead.");
    flagged("Secretary of State Condoleezza Rice arrived in Ankara today for talks on the pipeline.");
    flagged("President Bill Clinton says the fishing accord must be signed this week.");
  });
  it("acting as the subject of the story's sentence without a day named stays flagged, at most medium", () => {
    expect(roles("German Chancellor Gerhard Schröder said the pension reform would go ahead despite the protests.", "2019-05-14")).toEqual(["medium"]);
    // after an opening participle phrase the mention is still the subject
    expect(roles("Brushing off criticism of the pension plan, German Chancellor Gerhard Schröder said the reform would go ahead.", "2019-05-14")).toEqual(["medium"]);
  });
  it("a holder who left recently, as the subject of the story's deed, keeps the finding without a day named (a writer's slip)", () => {
    const r = roles("Prime Minister David Cameron opened the new bridge over the Tyne, waving to a large crowd.", "2017-06-14");
    expect(r).toHaveLength(1);
    expect(r).not.toEqual(["low"]);
  });
  it("the same holder named in passing (an object, no day of the story) is low: a kept or past title as often as a slip", () => {
    expect(roles("Critics of the pension reform blame the shortfall on President Barack Obama.", "2018-05-14")).toEqual(["low"]);
    expect(roles("The bridge's critics blame the delays on Prime Minister David Cameron.", "2017-06-14")).toEqual(["low"]);
  });
});

describe("a future holder in a hypothetical", () => {
  it("'a would-be …', 'would welcome …', 'the next …' before the name are low", () => {
    expect(roles("Markets are already bracing for a would-be chancellor Olaf Scholz and his tax plans.", "2019-05-14")).toEqual(["low"]);
    expect(roles("Voters in Leeds say they would welcome Prime Minister Boris Johnson and his plans for the north.", "2018-05-14")).toEqual(["low"]);
    expect(roles("Bankers in Lyon fear the next president of France, Emmanuel Macron, will cut their bonuses.", "2016-05-14")).toEqual(["low"]);
  });
  it("the future holder acting in the story stays flagged, a modal after the name included", () => {
    const a = roles("Chancellor Olaf Scholz told reporters in Berlin on Monday that the plant would close.", "2019-05-14");
    expect(a).toHaveLength(1); expect(a).not.toEqual(["low"]);
    const b = roles("Prime Minister Boris Johnson said on Tuesday he would call an early election.", "2018-05-14");
    expect(b).toHaveLength(1); expect(b).not.toEqual(["low"]);
  });
});

describe("a quote by another person of the same surname", () => {
  it("does not make the holder act in the story ('Michelle Obama said' beside 'the agenda of President Barack Obama')", () => {
    const r = roles("\"We will rebuild the school,\" Michelle Obama said on Monday. The plan follows the agenda of President Barack Obama.", "2018-05-14");
    expect(r).toHaveLength(1);
    expect(r).not.toContain("high");
  });
  it("the holder's own quote still does, at medium: quoted elsewhere, named here in passing with no day of the story", () => {
    expect(roles("\"We will rebuild the school,\" Barack Obama said on Monday. The plan follows the agenda of President Barack Obama.", "2018-05-14")).toEqual(["medium"]);
    expect(roles("\"We will rebuild the school,\" David Cameron said on Monday. The plan follows the agenda of Prime Minister David Cameron.", "2017-06-14")).toEqual(["medium"]);
  });
});

describe("a term of office named as past before the title", () => {
  it("'its first-term secretary of state, X' and 'the onetime secretary of state X' tell that term, not the story's present", () => {
    const serious = (found: string[]) => found.filter((f) => !/ low "/.test(f));
    expect(serious(anachronisms([docOf("Critics blamed the government and, by extension, its first-term secretary of state, Clinton, for the collapse of the talks.", "2015-11-20")]))).toEqual([]);
    expect(serious(anachronisms([docOf("Aid groups recalled the onetime secretary of state Hillary Clinton's pledge to the region.", "2015-11-20")]))).toEqual([]);
  });
  it("keeps the title told as the story's present", () => {
    expect(anachronisms([docOf("Secretary of State Hillary Clinton told reporters in Geneva on Monday that the talks would resume.", "2015-11-20")]).some((f) => f.includes("Clinton"))).toBe(true);
  });
});

describe("a past term named before the title of someone who speaks in the article", () => {
  it("stays low although the person is quoted elsewhere", () => {
    const doc = docOf("Critics blamed the government and, by extension, its first-term secretary of state, Clinton, for the collapse of the talks.\n\"We will not be lectured,\" Clinton said at a rally.", "2015-11-20");
    expect(anachronisms([doc]).filter((f) => !/ low "/.test(f))).toEqual([]);
  });
});
