// Who speaks when the cue is a participle or a second verb far from the sentence's subject ("…, calling
// it", "… and said"), when a paper speaks ("X's report notes", "the suit claims"), when a description points
// back to someone unnamed ("the adviser said"), and when a quote stands as its own sentence after one about
// someone. Look-alikes beside each: a place, a recipient, a body named in between, a cue after the quote.
// Wordings written for these tests (a vineyard, a ferry line, a glacier survey), issue 20, helper speakers11.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a participle or a second verb belongs to the sentence's subject, whatever stands before the verb", () => {
  it("a description with the full name in apposition: the name", () => {
    expect(said("His agent, Mirela Dobre, turned down the offer, calling it “a joke from start to finish.”")).toEqual(["Mirela Dobre: a joke from start to finish."]);
    expect(said("The winery's founder, Jean-Luc Marchal, sold the estate and said the vines were “older than the village.”")).toEqual(["Jean-Luc Marchal: older than the village."]);
  });
  it("a possessive description with a name in apposition: the name, not the owner", () => {
    expect(said("Tove Lund's manager, Arvid Sand, cancelled the tour, saying the singer was “simply exhausted.”")).toEqual(["Arvid Sand: simply exhausted."]);
  });
  it("someone tied to a named body: the tie, and staff nouns tie too", () => {
    expect(said("An official at the Port of Gdynia played down the strike, calling it “a one-day affair.”")).toEqual(["official at the Port of Gdynia: a one-day affair."]);
    expect(said("“The ice lost four metres in a year,” one researcher at the Svalbard Polar Institute said.")).toEqual(["researcher at the Svalbard Polar Institute: The ice lost four metres in a year"]);
    expect(said("A lawyer for Tove Lund said the contract was “void from the first day.”")).toEqual(["lawyer for Tove Lund: void from the first day."]);
  });
  it("look-alikes: where someone lives names nobody, even a town no list holds", () => {
    expect(said("A resident of Kvalsund rejected the plan, calling it “an insult to the fishermen.”")).toEqual(["-: an insult to the fishermen."]);
    expect(said("Longtime residents of Kvalsund said the ferry was “our only road.”")).toEqual(["-: our only road."]);
  });
  it("look-alike: a description with no name in apposition stays unnamed", () => {
    expect(said("The winery's new owner sold the estate and said the vines were “older than the village.”")).toEqual(["-: older than the village."]);
  });
});

describe("a paper speaks for its owner", () => {
  it("an owner's paper with words before the noun, or a recipient after it", () => {
    expect(said("The Glacier Trust's yearly survey notes that the ice is “retreating faster than modelled.”")).toEqual(["Glacier Trust: retreating faster than modelled."]);
    expect(said("Mayor Ilse Brandt's letter to the ferry board warned that the service was “on its last legs.”")).toEqual(["Ilse Brandt: on its last legs."]);
  });
  it("an opinion, a piece or a paper from a named body; 'had this to say'", () => {
    expect(said("A 2011 legal opinion from the Fisheries Agency concluded that the quota was “plainly unlawful.”")).toEqual(["Fisheries Agency: plainly unlawful."]);
    expect(said("A paper from the Nordic Ice Institute had this to say about the glacier: “It will not survive the century.”")).toEqual(["Nordic Ice Institute: It will not survive the century."]);
  });
  it("look-alike: the recipient of a paper is no speaker", () => {
    expect(said("The union's letter to Ilse Brandt warned that the service was “on its last legs.”")).toEqual(["-: on its last legs."]);
  });
  it("'claims' or 'states' after a paper is a cue: the paper's words, not the last speaker's", () => {
    expect(said("Ferry boss Arne Vik called the fares “fair.” The lawsuit also claims that Vik “hid the losses from the board.”")).toEqual(["Arne Vik: fair.", "-: hid the losses from the board."]);
    expect(said("Ferry boss Arne Vik called the fares “fair.” The complaint states the line “never met its timetable.”")).toEqual(["Arne Vik: fair.", "-: never met its timetable."]);
  });
  it("look-alike: a paper that 'states' what someone named before it told someone reports their words", () => {
    expect(said("Mia Lund asked to press charges and told the officer she was “afraid to go home,” the report states.")).toEqual(["Mia Lund: afraid to go home"]);
  });
  it("look-alike: 'claims' as a noun is no cue", () => {
    expect(said("Arne Vik dismissed the claims as “fairy tales.” “We will fight this,” he said.")).toEqual(["Arne Vik: fairy tales.", "Arne Vik: We will fight this"]);
  });
});

describe("'the adviser said' points back to the unnamed adviser the text brought in", () => {
  it("also when the adviser was brought in with a capitalised word, or a body was named in between", () => {
    expect(said("Arne Vik runs the ferry line. One Labour adviser close to the council said Vik had ignored the warnings. “He never reads the reports,” the adviser said.")).toEqual(["-: He never reads the reports"]);
    expect(said("In 2019, Arne Vik told NRK that ferries were “his whole life.”\n\nOne adviser close to the council said Vik had ignored the warnings. “He never reads the reports,” the adviser said.")).toEqual(["Arne Vik: his whole life.", "-: He never reads the reports"]);
  });
  it("look-alike: an adviser named when brought in is the one who speaks", () => {
    expect(said("Marit Holm, a senior adviser to the council, spoke first. “The ferry must run,” the adviser said.")).toEqual(["Marit Holm: The ferry must run"]);
  });
});

describe("a quote standing as its own sentence after a sentence about someone is theirs", () => {
  it("a named subject, also after an earlier sentence with someone else's cue", () => {
    expect(said("Paolo Rossi walked through the burnt rows. “Forty years, and now this.”")).toEqual(["Paolo Rossi: Forty years, and now this."]);
    expect(said("Inspector Mara Ilves said the fire started at dawn. Paolo Rossi walked through the burnt rows. “Forty years, and now this.”")).toEqual(["Paolo Rossi: Forty years, and now this."]);
  });
  it("look-alikes: a place or a word opening the sentence, a description, or a cue after the quote", () => {
    expect(said("Inspector Mara Ilves said the fire started at dawn. Montalcino woke to smoke. “Forty years, and now this.”")).toEqual(["Mara Ilves: Forty years, and now this."]);
    expect(said("Smoke hung over the valley for days. “Forty years, and now this.”")).toEqual(["-: Forty years, and now this."]);
    expect(said("Paolo Rossi walked through the burnt rows. “Forty years, and now this,” it said.")).toEqual(["-: Forty years, and now this"]);
  });
});

describe("a name in apposition to a possessive description is the speaker, not the owner", () => {
  it("after a cue or 'according to': 'Vik's spokeswoman, Siri Dahl'", () => {
    expect(said("According to Arne Vik's spokeswoman, Siri Dahl, the line was “never for sale.”")).toEqual(["Siri Dahl: never for sale."]);
    expect(said("“Never for sale,” said the ferry line's owner's lawyer, Siri Dahl.")).toEqual(["Siri Dahl: Never for sale"]);
  });
  it("before the cue, with a description of the name in the appositive", () => {
    expect(said("Vik's deputy, the former harbour pilot Siri Dahl, said the line was “never for sale.”")).toEqual(["Siri Dahl: never for sale."]);
  });
  it("look-alikes: an appositive with no name, or one that ends in a place", () => {
    expect(said("Vik's deputy, the former harbour pilot, said the line was “never for sale.”")).toEqual(["Vik's deputy: never for sale."]);
    expect(said("The harbour master, the first woman in Tromso to hold the job, said the line was “never for sale.”")).toEqual(["-: never for sale."]);
  });
});

describe("an age between the quote and the name is part of the speaker's description", () => {
  it("`“…,” the 47-year-old Ines Moreau said`", () => {
    expect(said("“I lost the boat and the nets,” the 47-year-old Ines Moreau said.")).toEqual(["Ines Moreau: I lost the boat and the nets"]);
    expect(said("“I lost the boat and the nets,” 47-year-old fisherman Ines Moreau told the paper.")).toEqual(["Ines Moreau: I lost the boat and the nets"]);
  });
  it("look-alike: an age with no name stays unnamed when nobody was given that age", () => {
    expect(said("Storms hit the coast. “I lost the boat and the nets,” the 47-year-old said.")).toEqual(["-: I lost the boat and the nets"]);
  });
});

describe("a numbered part of a text speaks its words", () => {
  it("an article, a section of a named text, an amendment, a verse", () => {
    expect(said("Article 9 affirms: “Every citizen may fish the common waters.”")).toEqual(["Article 9: Every citizen may fish the common waters."]);
    expect(said("Section 4 of the harbour statute states: “No vessel may anchor in the channel.”")).toEqual(["Section 4 of the harbour statute: No vessel may anchor in the channel."]);
    expect(said("The Sixth Amendment says that the accused shall enjoy “a speedy and public trial.”")).toEqual(["The Sixth Amendment: a speedy and public trial."]);
    expect(said("Psalm 23:1 reads: “The Lord is my shepherd.”")).toEqual(["Psalm 23:1: The Lord is my shepherd."]);
  });
  it("look-alikes: the verb in another sense, or a name before it, is no text speaking", () => {
    expect(said("Article 9 reads well in Danish. “It is a fine text,” said translator Ana Berg.")).toEqual(["Ana Berg: It is a fine text"]);
    expect(said("Judge Ana Berg says Article 9 “was never meant for trawlers.”")).toEqual(["Ana Berg: was never meant for trawlers."]);
  });
});
