// Speakers in the plural or in pairs: a verb's base form after a plural subject ("Economists at Nordbank
// predict"), a tie opening the sentence with no article ("Aides to Ruth Calder said"), people of a body by
// their work ("Nurses at Mercy General"), two bare surnames joined by "and"; and plural subjects that name
// nobody. Wordings written for these tests (a pipeline bill, a hospital ward, a power plant, a ferry line).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a verb's base form after a plural subject is a cue", () => {
  it("staff at a body speak for it ('Economists at Nordbank predict')", () => {
    expect(said("Economists at Nordbank predict that prices will “rise sharply by spring.”")).toEqual(["Nordbank: rise sharply by spring."]);
  });
  it("two surnames joined by 'and' are named by the first ('Calder and Harlan agree', '… said')", () => {
    expect(said("Calder and Harlan agree the pipeline is “a matter for voters.”")).toEqual(["Calder: a matter for voters."]);
    expect(said("Calder and Harlan said the pipeline is “a matter for voters.”")).toEqual(["Calder: a matter for voters."]);
  });
  it("does not read a noun as the verb ('Biden rubbished Trump's claim …', then 'he said')", () => {
    expect(said("Joe Biden rubbished Ward’s claim to understand the miners. “It is a bunch of nonsense,” he said."))
      .toEqual(["Joe Biden: It is a bunch of nonsense"]);
  });
});

describe("a tie opening the sentence with no article", () => {
  it("'Aides to X said', 'Senior advisers to X said', 'People close to X say'", () => {
    expect(said("Aides to Ruth Calder said she “never took a dime from the oil lobby.”")).toEqual(["Aides to Ruth Calder: never took a dime from the oil lobby."]);
    expect(said("Senior advisers to Ruth Calder said she was “ready for the fight.”")).toEqual(["Senior advisers to Ruth Calder: ready for the fight."]);
    expect(said("People close to Ruth Calder say she is “furious about the leak.”")).toEqual(["People close to Ruth Calder: furious about the leak."]);
  });
  it("a capitalised modifier opening the tie is not the speaker ('Campaign aides to X')", () => {
    expect(said("Campaign aides to Ruth Calder said she “never took a dime from the oil lobby.”"))
      .toEqual(["Campaign aides to Ruth Calder: never took a dime from the oil lobby."]);
  });
  it("people where they live or stand are no tie ('People in Fort Pierce')", () => {
    expect(said("People in Fort Pierce said the storm was “worse than anything since 2004.”")).toEqual(["-: worse than anything since 2004."]);
  });
});

describe("people by their work", () => {
  it("at a body, the body speaks ('Nurses at Mercy General', 'Engineers at Nordbank Energy')", () => {
    expect(said("Nurses at Mercy General warn that the ward is “one bad night away from disaster.”"))
      .toEqual(["Nurses at Mercy General: one bad night away from disaster."]);
  });
  it("alone, nobody is named ('Nurses said'), as with fans at a stadium", () => {
    expect(said("Nurses said the ward was “one bad night away from disaster.”")).toEqual(["-: one bad night away from disaster."]);
    expect(said("Fans at Wembley chanted “Bring him on!” before kickoff.")).toEqual(["-: Bring him on!"]);
  });
});

describe("a pronoun left unresolved, and a name before a colon", () => {
  it("a contracted pronoun is no speaker ('They’re … and agree that …')", () => {
    expect(said("Catholic voters are out of step with the base. They’re less hostile to regulation and agree that the rich should pay “a lot” more."))
      .toEqual(["-: a lot"]);
  });
  it("a name and a colon right before the quote win over a cue naming nobody ('Pollsters agree - Carl Bialik:')", () => {
    expect(said("Pollsters agree - Nadia Petrov: “Keep calling voters as late as you possibly can.”"))
      .toEqual(["Nadia Petrov: Keep calling voters as late as you possibly can."]);
  });
});
