// A reporting verb used in a sense that reports no speech is no cue: "continued to train", "continued
// his feud", "was charged with assault". Taken for cues, they made the person after "said" a speaker, so a
// later "he said" or a quote in the sentence went to them ("Ann Lee said Tom Ward continued to hurt his
// cause. “…,” he said" → Ward). Look-alikes: "continued:", "“…,” X continued", "continued to say",
// "charged that". Wordings written for these tests (a ferry line, a hospital board), issue 20, helper speakers10.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("'continued' with an infinitive or an object reports no speech", () => {
  it("a pronoun after it points back to the one who said so", () => {
    expect(said("Harbour chief Nils Aune said ferry boss Pal Rud continued to cancel crossings.\n\n“He owes the islands an apology,” he said.")).toEqual(["Nils Aune: He owes the islands an apology"]);
    expect(said("Nils Aune said Pal Rud continues the price war. “Nobody wins it,” he said.")).toEqual(["Nils Aune: Nobody wins it"]);
  });
  it("a quote in the same sentence is the reporting speaker's", () => {
    expect(said("Nils Aune said Pal Rud continued to run what islanders call “ghost ferries.”")).toEqual(["Nils Aune: ghost ferries."]);
  });
  it("look-alikes: 'continued' before a colon or a comma and a quote, after a quote, or with 'to say'", () => {
    expect(said("Pal Rud continued: “The timetable stays.”")).toEqual(["Pal Rud: The timetable stays."]);
    expect(said("“The timetable stays,” Pal Rud continued.")).toEqual(["Pal Rud: The timetable stays"]);
    expect(said("Pal Rud continued to say the timetable was “fixed.”")).toEqual(["Pal Rud: fixed."]);
  });
});

describe("'charged with' reports a charge, not speech", () => {
  it("a pronoun after it points back to the one who spoke", () => {
    expect(said("Board chair Eva Lind said surgeon Karl Moe was charged with fraud in 2019. “He has repaid every krone,” she said.")).toEqual(["Eva Lind: He has repaid every krone"]);
  });
  it("words quoted in the charge are not the charged man's", () => {
    expect(said("Karl Moe was charged with “reckless endangerment” on Friday.")).not.toContain("Karl Moe: reckless endangerment");
  });
  it("nor words quoted in another passive the subject undergoes ('was convicted of “…”')", () => {
    expect(said("In 2019, surgeon Karl Moe was convicted of “gross negligence” after a patient died.")).not.toContain("Karl Moe: gross negligence");
  });
  it("look-alikes: a passive of feeling, or one giving the subject's own words after 'for', keeps the subject", () => {
    expect(said("Karl Moe was pleased with what he called “a very quick recovery.”")).toEqual(["Karl Moe: a very quick recovery."]);
    expect(said("Karl Moe was fired for calling the board “a pack of clowns.”")).toEqual(["Karl Moe: a pack of clowns."]);
  });
  it("look-alike: 'charged that' reports speech", () => {
    expect(said("Eva Lind charged that the board had “hidden the losses.”")).toEqual(["Eva Lind: hidden the losses."]);
  });
});
