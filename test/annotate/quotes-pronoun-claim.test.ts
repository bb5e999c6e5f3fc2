// "Critics mocked her claim that the budget was “…”", "fined for his comment that the referee was “…”": words
// inside a claim, remark or comment a possessive pronoun owns are the words of whoever the pronoun points back to
// (the sentence's own subject first). Wordings written for these tests (a town budget, a football referee, a
// ferry line), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("'his/her claim that … “…”' anywhere in the sentence", () => {
  it("after a cue whose subject names nobody", () => {
    expect(said("Mayor Ines Duarte faced the council on Tuesday. Critics mocked her claim that the budget was “fully balanced.”"))
      .toEqual(["Ines Duarte: fully balanced."]);
  });
  it("opening the sentence, the quote short and with no cue", () => {
    expect(said("Coach Marek Nowak was fined on Monday. His comment that the referee was “a disgrace” cost him 5,000 euros."))
      .toEqual(["Marek Nowak: a disgrace"]);
  });
  it("the sentence's own subject, not a man who spoke before", () => {
    expect(said("Olav Berg said on Monday that fares would “stay frozen.” Ferry chief Tomas Lind also repeated his promise that the route would “never close.”"))
      .toEqual(["Olav Berg: stay frozen.", "Tomas Lind: never close."]);
  });
  it("the pronoun's gender picks among the people before", () => {
    expect(said("Tomas Lind met the mayor, Ines Duarte, on Friday. Lind later mocked her claim that the budget was “fully balanced.”"))
      .toEqual(["Ines Duarte: fully balanced."]);
  });
});

describe("after a cue that names its own speaker, a claim's 'that' clause holds the claimant's words", () => {
  it("'Lind mocked Duarte's claim that … “…”' → Duarte", () => {
    expect(said("Tomas Lind met the mayor, Ines Duarte, on Friday. Lind later mocked Duarte's claim that the budget was “fully balanced.”"))
      .toEqual(["Duarte: fully balanced."]);
  });
  it("look-alikes: words describing the remarks, or judging the claim after its clause, are the cue's speaker's", () => {
    expect(said("Tomas Lind met the mayor, Ines Duarte, on Friday. Lind later called Duarte's remarks “pure fantasy.”"))
      .toEqual(["Lind: pure fantasy."]);
    expect(said("Tomas Lind said on Friday that Duarte's claim that the budget is balanced was “pure fantasy.”"))
      .toEqual(["Tomas Lind: pure fantasy."]);
  });
});

describe("look-alikes", () => {
  it("someone else's claim after the possessive ('her rival's claim') is not the pronoun's", () => {
    expect(said("Mayor Ines Duarte faced the council on Tuesday. Critics mocked her rival's claim that the budget was “a fiction.”"))
      .not.toContain("Ines Duarte: a fiction.");
  });
  it("a noun that is no speech ('his car', 'her plan') gives nothing new", () => {
    expect(said("Coach Marek Nowak was fined on Monday. His car was towed from the “players only” bay.")).toEqual([]);
  });
});
