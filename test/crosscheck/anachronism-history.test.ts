// Old titles in history told in passing (issue 17): "who advised President X", "the program created by
// President X", "royals like King X" name the office the person held then; low, a hint only. The same
// person acting in the story under the old title stays flagged.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const severityOf = (text: string, published: string) =>
  anachronisms([docOf(`Talks\n${text}`, published)]).filter((f) => f.startsWith("anachronism-role")).map((f) => f.split(" ")[1]);

describe("old titles in history told in passing", () => {
  it("a relative clause in the past ('who advised President …') is low", () => {
    expect(severityOf("The talks were led by Mara Tell, a diplomat who advised President George W. Bush on trade.", "2019-03-02")).toEqual(["low"]);
  });
  it("a participle's agent ('the fund created by President …') is low", () => {
    expect(severityOf("Farmers rely on the relief fund created by President Barack Obama, officials said on Monday.", "2019-03-02")).toEqual(["low"]);
  });
  it("an example in a list ('leaders like President …') is low", () => {
    expect(severityOf("The hall has hosted leaders like President Barack Obama and many others.", "2019-03-02")).toEqual(["low"]);
  });
  it("the same person acting under the old title is flagged", () => {
    expect(severityOf("President Barack Obama told reporters on Monday that the talks would resume.", "2019-03-02")).not.toEqual(["low"]);
    expect(severityOf("President Barack Obama told reporters on Monday that the talks would resume.", "2019-03-02").length).toBe(1);
  });
  it("a passive with its own verb is the story's event, not history ('was presented by …')", () => {
    expect(severityOf("The budget was presented by President Barack Obama at the White House on Monday.", "2019-03-02")).not.toEqual(["low"]);
  });
  it("one of a list of people named in passing is low; the same title acting in the story is not", () => {
    expect(severityOf("The memo lists meetings with President Barack Obama, Senator Harry Reid and others over the dam.", "2019-03-02")).toEqual(["low"]);
    expect(severityOf("She kept notes of talks with Mayor Ana Costa, President Barack Obama, and two aides.", "2019-03-02")).toEqual(["low"]);
    expect(severityOf("In Denver, President Barack Obama told reporters the dam would be finished.", "2019-03-02")).not.toEqual(["low"]);
  });
  it("a subordinate clause in the past ('when President … visited') and a past perfect ('had promised') are low", () => {
    expect(severityOf("When President Barack Obama visited the dam, the workers cheered.", "2019-03-02")).toEqual(["low"]);
    expect(severityOf("President Barack Obama had promised to finish the dam, the mayor recalled on Monday.", "2019-03-02")).toEqual(["low"]);
  });
  it("the same clause about now is flagged ('when President … visits')", () => {
    expect(severityOf("When President Barack Obama visits the dam on Friday, the workers will protest.", "2019-03-02")).not.toEqual(["low"]);
  });
});

// A sentence that tells an earlier time of its own ("twice before", "in the past", "years ago") names each
// person by the title held then (issue 17, real multi-outlet news: an earlier veto told in a later story).
describe("a sentence about an earlier time", () => {
  it("'twice before … but President … vetoed them' is low", () => {
    expect(severityOf("Parliament twice before passed similar curbs on drilling, but President Barack Obama vetoed them.", "2019-03-02")).toEqual(["low"]);
  });
  it("'years ago … President … signed' is low", () => {
    expect(severityOf("Years ago the same treaty was signed by President Barack Obama and then abandoned.", "2019-03-02")).toEqual(["low"]);
  });
  it("a sentence with no earlier time keeps the finding", () => {
    expect(severityOf("Parliament passed similar curbs on drilling, but President Barack Obama vetoed them on Monday.", "2019-03-02")).toHaveLength(1);
    expect(severityOf("Parliament passed similar curbs on drilling, but President Barack Obama vetoed them on Monday.", "2019-03-02")).not.toEqual(["low"]);
  });
});

// A sentence that sets someone else's title as "then" or "now" tells a past time of its own (issue 17, PolNeAR tune:
// a White House narrative years back, "as X, then the secretary of state, put it").
describe("a sentence that dates itself by another person's then- or now-title", () => {
  it("'…, then the ambassador, …' or '…, now the governor, …' beside the old title is low", () => {
    expect(severityOf("Rex Tillerson, his secretary of state, urged patience, while Nikki Haley, then the ambassador to the United Nations, pressed for sanctions.", "2019-03-02")).toEqual(["low"]);
    expect(severityOf("Rex Tillerson, his secretary of state, warned that Mr. Ortiz, now the governor of the province, would walk away.", "2019-03-02")).toEqual(["low"]);
  });
  it("without it the old title acting in the story stays flagged", () => {
    const r = severityOf("Rex Tillerson, his secretary of state, urged patience while aides pressed for sanctions.", "2019-03-02");
    expect(r).toHaveLength(1);
    expect(r).not.toEqual(["low"]);
  });
});

// trust12: a past relative clause in the passive names its doer by the title held then; a main clause's passive
// with a day of the story is the story's own event.
describe("a relative clause in the past passive", () => {
  it("'the accord, which was brokered by Chancellor X' and 'a judge who was appointed by President X' are low", () => {
    expect(severityOf("Farmers still rely on the grain accord, which was brokered by President Barack Obama.", "2017-09-02")).toEqual(["low"]);
    expect(severityOf("The case went to a judge who was appointed by President Barack Obama.", "2017-09-02")).toEqual(["low"]);
  });
  it("the main clause's passive with a day of the story stays flagged", () => {
    expect(severityOf("The grain accord was brokered by President Barack Obama in Geneva on Tuesday.", "2017-09-02")).not.toEqual(["low"]);
    expect(severityOf("The grain accord was brokered by President Barack Obama in Geneva on Tuesday.", "2017-09-02")).toHaveLength(1);
  });
});
