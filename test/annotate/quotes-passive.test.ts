// A passive cue's agent speaks: "Ortiz was accused by Carl Reid of “…”", "the tolls, described by Okafor
// as “…”", "The levy was branded “…” by Gov. Tom Hale". Look-alikes: "by" naming who signed, approved
// or was called, not who spoke the words. Wordings written for these tests (bridge tolls, a levy).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("the agent of a passive cue before the quote", () => {
  it("'accused by X of “…”', with or without a description before the name", () => {
    expect(said("Mayor Ana Ortiz was accused by Carl Reid of “letting the bridges rot.”")).toEqual(["Carl Reid: letting the bridges rot."]);
    expect(said("Mayor Ana Ortiz has been accused by her rival, Carl Reid, of “letting the bridges rot.”")).toEqual(["Carl Reid: letting the bridges rot."]);
  });
  it("'described by X as “…”', in a clause set off by commas too", () => {
    expect(said("The tolls, described by Gloria Okafor as “a tax on commuters,” will rise in May.")).toEqual(["Gloria Okafor: a tax on commuters"]);
    expect(said("The tolls were described by commissioner Gloria Okafor as “a tax on commuters.”")).toEqual(["Gloria Okafor: a tax on commuters."]);
  });
});

describe("the agent after the quote of a passive cue", () => {
  it("'was branded “…” by X', 'has been called “…” by X, the …'", () => {
    expect(said("The levy was branded “a tax on commuters” by Gov. Tom Hale.")).toEqual(["Tom Hale: a tax on commuters"]);
    expect(said("The levy has been called “a tax on commuters” by Tom Hale, the former treasurer.")).toEqual(["Tom Hale: a tax on commuters"]);
  });
});

describe("look-alikes: 'by' names someone who did not speak the words", () => {
  it("'criticized by X for “…”': the words are the criticized person's own, not the critic's", () => {
    expect(said("Mayor Ana Ortiz was criticized by Carl Reid for “we will never raise the tolls.”")).not.toContain("Carl Reid: we will never raise the tolls.");
  });
  it("who signed or approved something, when someone else speaks", () => {
    expect(said("The bill was signed by Gov. Tom Hale on Monday, after lawmakers called it “a fix for the ferry.”")).toEqual(["-: a fix for the ferry."]);
    expect(said("The tolls, approved by Gloria Okafor in 2014, were “a necessary evil,” said Tom Hale.")).toEqual(["Tom Hale: a necessary evil"]);
  });
  it("'called by reporters' is a phone call, and the speaker is the one called", () => {
    expect(said("Ana Ortiz was called by reporters on Monday. She said the tolls were “a necessary evil.”")).toEqual(["Ana Ortiz: a necessary evil."]);
  });
});

// A question put to someone: "X was asked (by Y) …, “…?”" — the asker speaks the question, the one asked
// does not; with no asker named, nobody. Look-alikes: an active "asked", "Asked …, X said" (the one asked
// answers), and a pronoun after the question (the one asked answers). Wordings written for these tests
// (a tunnel inquiry, a museum closure), issue 20, helper speakers10.
describe("a question put to the sentence's subject ('X was asked by Y, “…?”')", () => {
  it("the asker named after 'by' speaks the question, with a title, a description or a relative clause between", () => {
    expect(said("Director Hanne Vik was asked by committee chair Omar Sayed whether the tunnel met the code: “Did anyone test the fans?”")).toEqual(["Omar Sayed: Did anyone test the fans?"]);
    expect(said("Hanne Vik was asked by Bergen Post reporter Ida Lunde, who broke the story, “Who approved the budget?”")).toEqual(["Ida Lunde: Who approved the budget?"]);
  });
  it("no asker named: nobody, not the one asked", () => {
    expect(said("At the inquiry on Thursday, Hanne Vik was repeatedly asked, “Why were the fans switched off?”")).toEqual(["-: Why were the fans switched off?"]);
    expect(said("In a radio interview, the curator, Jonas Brekke, was asked: “Will the museum ever reopen?”")).toEqual(["-: Will the museum ever reopen?"]);
  });
  it("look-alike: an active 'asked' is the subject's question", () => {
    expect(said("Hanne Vik asked the engineers, “Who switched the fans off?”")).toEqual(["Hanne Vik: Who switched the fans off?"]);
  });
  it("look-alike: 'Asked whether …, X said' — the one asked answers", () => {
    expect(said("Asked by reporters whether the museum would reopen, curator Jonas Brekke said: “Not this year.”")).toEqual(["Jonas Brekke: Not this year."]);
  });
  it("look-alike: 'he said' after the question points back to the one asked, not the asker", () => {
    expect(said("Jonas Brekke was asked by council member Sofie Dahl whether the roof could be saved.\n\n“We will know in a month,” he said.")).toEqual(["Jonas Brekke: We will know in a month"]);
  });
});
