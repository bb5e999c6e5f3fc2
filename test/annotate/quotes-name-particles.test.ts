// Names with lower-case particles between their capitalised words ("van der", "de la", "bin", "dos"), in
// every place a speaker stands; and look-alikes where a particle-like word joins nothing. Wordings written
// for these tests (a dike survey, a ballot count, a port, a fresco, a mosque).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a name with particles is one speaker", () => {
  it("after an inverted cue, with an appositive after it", () => {
    expect(said("“The dikes are older than anyone admits,” said Pieter van der Berg, a hydrologist in Delft."))
      .toEqual(["Pieter van der Berg: The dikes are older than anyone admits"]);
    expect(said("“We counted every ballot twice,” said Rosa de la Fuente, the election clerk."))
      .toEqual(["Rosa de la Fuente: We counted every ballot twice"]);
    expect(said("“The mosque will reopen in June,” said Khalid ibn Rashid, the imam."))
      .toEqual(["Khalid ibn Rashid: The mosque will reopen in June"]);
  });
  it("at the end of the sentence, after a description", () => {
    expect(said("“The port needs dredging,” said João dos Santos.")).toEqual(["João dos Santos: The port needs dredging"]);
    expect(said("“Nobody warned us,” said farmer Gerrit ter Horst.")).toEqual(["Gerrit ter Horst: Nobody warned us"]);
    expect(said("“The quota stays,” said Fisheries Minister Jan van den Broek.")).toEqual(["Jan van den Broek: The quota stays"]);
  });
  it("before the cue, with or without an appositive, and after a title", () => {
    expect(said("Pieter van der Berg said the dikes were “older than anyone admits.”")).toEqual(["Pieter van der Berg: older than anyone admits."]);
    expect(said("Rosa de la Fuente, the election clerk, said: “We counted every ballot twice.”")).toEqual(["Rosa de la Fuente: We counted every ballot twice."]);
    expect(said("“The frescoes are safe,” Lucia di Stefano told the council.")).toEqual(["Lucia di Stefano: The frescoes are safe"]);
  });
  it("as the antecedent of a pronoun in the next sentence", () => {
    expect(said("Rosa de la Fuente has run the count for years. “It was the calmest night I remember,” she said."))
      .toEqual(["Rosa de la Fuente: It was the calmest night I remember"]);
  });
});

describe("a surname that opens with its particles, written alone", () => {
  it("before and after the cue, after a quote, a sentence or 'according to'", () => {
    expect(said("“We lost our shape after the break,” van Gaal told reporters.")).toEqual(["van Gaal: We lost our shape after the break"]);
    expect(said("“The dike held,” said de Jong, the regional water manager.")).toEqual(["de Jong: The dike held"]);
    expect(said("Maria dos Santos runs the co-op. dos Santos said the harvest was “the worst in a decade.”")).toEqual(["dos Santos: the worst in a decade."]);
    expect(said("According to ter Horst, the flock was “half what it was in spring.”")).toEqual(["ter Horst: half what it was in spring."]);
  });
  it("in apposition", () => {
    expect(said("The minister, van Rijn, said the budget would be “balanced by 2027.”")).toEqual(["van Rijn: balanced by 2027."]);
  });
  it("an Arabic name with its article, alone or after a given name", () => {
    expect(said("“Egypt will not accept any threat to its water,” al-Sisi said in a televised speech.")).toEqual(["al-Sisi: Egypt will not accept any threat to its water"]);
    expect(said("President Abdel Fattah al-Sisi said the dam was “a matter of life and death.”")).toEqual(["Abdel Fattah al-Sisi: a matter of life and death."]);
  });
  it("not a preposition after a noun ('il sindaco di Genova'), nor 'de facto'", () => {
    expect(said("«Il ponte sarà riaperto», ha detto il sindaco di Genova.")).not.toContain("di Genova: Il ponte sarà riaperto");
    expect(said("“The river is rising,” de facto leaders said.")).toEqual(["-: The river is rising"]);
  });
});

describe("particle-like words that join nothing", () => {
  it("a capitalised 'La' or 'Le' opens a place, not a particle", () => {
    expect(said("“The tide comes at noon,” said the guide in La Rochelle.")).toEqual(["-: The tide comes at noon"]);
  });
  it("a particle before a lower-case word leaves the name as it is", () => {
    expect(said("“The yard is closed,” said Ana Reyes, de facto head of the harbour board.")).toEqual(["Ana Reyes: The yard is closed"]);
  });
  it("'of the' after a name is no particle: the person, not the board", () => {
    expect(said("“We need two new cranes,” said Tomas Lind of the Harbour Board.")).toEqual(["Tomas Lind: We need two new cranes"]);
  });
});
