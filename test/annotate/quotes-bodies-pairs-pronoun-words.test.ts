// Who speaks when the speaker phrase holds an employer, an unnamed spokesperson, a pair with appositives, a
// pronoun's words, an age before a noun, or a cue verb of Spanish, Portuguese, French or Italian copy. Wordings
// written for these tests (a dam, a ferry line, a bakery, a cycling race, a flood), with look-alikes beside them.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);
const last = (text: string) => said(text).pop();

describe("a person's employer after 'of' and a place's possessive", () => {
  it("is where the person works, not the speaker", () => {
    expect(last("“The dam will hold,” hydrologist Rosa Almeida of Porto's Centre for River Studies said on Friday."))
      .toBe("Rosa Almeida: The dam will hold");
    expect(last("“The dam will hold,” hydrologists Rosa Almeida and Rui Paiva of Porto's Institute for Water Research wrote."))
      .toBe("Rosa Almeida: The dam will hold");
  });
  it("a body speaking for itself is still the body", () => {
    expect(last("“The dam will hold,” the Centre for River Studies said on Friday.")).toBe("Centre for River Studies: The dam will hold");
  });
});

describe("a sentence adverb before a name", () => {
  it("is no part of the name", () => {
    expect(last("Mirela Dragan waited an hour. Then Mirela Dragan took the microphone. “The bakery stays open,” she said."))
      .toBe("Mirela Dragan: The bakery stays open");
  });
});

describe("'said one …, Name'", () => {
  it("names the person in apposition after 'one' or 'another'", () => {
    expect(last("“The water rose in minutes,” said one shopkeeper, Dimitra Kallis, 52.")).toBe("Dimitra Kallis: The water rose in minutes");
    expect(last("“The water rose in minutes,” said another witness, Yusuf Demir.")).toBe("Yusuf Demir: The water rose in minutes");
  });
  it("not someone unnamed", () => {
    expect(last("“The water rose in minutes,” said one shopkeeper, who asked not to be named.")).toBe("-: The water rose in minutes");
  });
});

describe("an unnamed spokesperson", () => {
  it("speaks for the body named as the speaker or subject just before", () => {
    expect(last("Fjordlink Ferries suspended the night crossing. “Safety comes first,” a spokeswoman said."))
      .toBe("Fjordlink Ferries: Safety comes first");
    expect(last("Fjordlink Ferries suspended the night crossing. “Safety comes first,” a company spokesman said."))
      .toBe("Fjordlink Ferries: Safety comes first");
  });
  it("not for a person, nor for nobody", () => {
    expect(last("Mayor Ilse Varga closed the ferry pier. “Safety comes first,” a spokeswoman said.")).toBe("-: Safety comes first");
    expect(last("Storms battered the coast overnight. “Safety comes first,” a spokeswoman said.")).toBe("-: Safety comes first");
  });
  it("a public body's spokesperson keeps the body's noun", () => {
    expect(last("“Safety comes first,” a coastguard spokeswoman said.")).toBe("coastguard: Safety comes first");
  });
});

describe("two people with appositives as the subject", () => {
  it("a pronoun both fit names nobody", () => {
    expect(last("Piotr Nowak, the race director, and his deputy, Jan Zielinski, met the riders. “The stage is cancelled,” he said."))
      .toBe("-: The stage is cancelled");
  });
  it("one of them of the pronoun's gender", () => {
    expect(last("Piotr Nowak, the race director, and his deputy, Anna Zielinska, met the riders. “The stage is cancelled,” he said."))
      .toBe("Piotr Nowak: The stage is cancelled");
  });
});

describe("a pronoun's words opening the sentence before the quote", () => {
  it("are the words of whoever the pronoun points back to", () => {
    expect(last("Greta Lund runs the bakery. Her answer to the landlord was short: “We are staying.”")).toBe("Greta Lund: We are staying.");
    expect(last("Greta Lund met Oskar Berg. His reply: “We are staying.”")).toBe("Oskar Berg: We are staying.");
  });
  it("not a possessive that owns no words", () => {
    expect(last("Greta Lund runs the bakery. Her shop sells “artisan” bread.")).toBeUndefined();
  });
});

describe("an age before a noun for a person", () => {
  it("points back to the person given that age", () => {
    expect(last("Lotte Maes, 29, and Wim Claes, 47, rode together. “The climb broke me,” the 47-year-old cyclist said."))
      .toBe("Wim Claes: The climb broke me");
  });
  it("with no age given, as the noun alone does", () => {
    expect(last("Wim Claes won the stage. “The climb broke me,” the 47-year-old cyclist said.")).toBe("Wim Claes: The climb broke me");
  });
});

describe("cue verbs of Spanish, Portuguese, French and Italian copy", () => {
  it("after the quote, with a body or a person and a trailing phrase", () => {
    expect(last("«El río ha vuelto a su cauce», informó la Confederación Hidrográfica en un comunicado."))
      .toBe("Confederación Hidrográfica: El río ha vuelto a su cauce");
    expect(last("\"As aulas foram suspensas\", informou a Defesa Civil em nota.")).toBe("Defesa Civil: As aulas foram suspensas");
    expect(last("« Le pont est fermé », a réagi le maire de Tours, Luc Perrin, sur France Bleu.")).toBe("Luc Perrin: Le pont est fermé");
    expect(last("«Le scuole restano chiuse», ha confermato il sindaco Paolo Conti.")).toBe("Paolo Conti: Le scuole restano chiuse");
  });
});

describe("a paper someone made or took down, then its words", () => {
  it("'deleted the post, which said:' and 'It read:' name the one who made it", () => {
    expect(last("Councillor Edda Sveins apologised on Monday. Sveins later deleted the post, which said: “The ferry users can swim.”"))
      .toBe("Sveins: The ferry users can swim.");
    expect(last("Councillor Edda Sveins apologised on Monday. Sveins later deleted the post. It read: “The ferry users can swim.”"))
      .toBe("Sveins: The ferry users can swim.");
  });
  it("not words that are no reading of the paper", () => {
    expect(said("Councillor Edda Sveins deleted the post on Monday. It had been shared 4,000 times, often with the comment “shameful and cruel.”")).toEqual([]);
  });
});

describe("claims and confirmations put before the speaker", () => {
  it("name the speaker after them", () => {
    expect(last("“The count was rigged,” claimed Petra Novak, the losing candidate.")).toBe("Petra Novak: The count was rigged");
    expect(last("“Two engines failed,” confirmed the airline's safety chief, Omar Haddad.")).toBe("Omar Haddad: Two engines failed");
  });
  it("not a verb with its own object after the name", () => {
    expect(last("The referee called the tackle “reckless,” charged Petra Novak with misconduct and left.")).toBe("-: reckless");
  });
});

describe("a body brought in with a noun for its kind", () => {
  it("'The charity X', 'Energy firm X' open the sentence: 'the group said' points back to X", () => {
    expect(last("The charity Secours du Nord said its shelter in Lille was full. “Families sleep in the corridors,” the group said."))
      .toBe("Secours du Nord: Families sleep in the corridors");
    expect(last("Energy firm Norcraft raised its prices on Monday. “Gas costs have doubled,” the company said."))
      .toBe("Norcraft: Gas costs have doubled");
  });
  it("not a person with particles in the name", () => {
    expect(last("Pieter van der Berg said the dyke was safe. “It will hold,” the group said.")).toBe("group: It will hold");
  });
});

describe("a party in the plural opening the sentence", () => {
  it("speaks as a body past an auxiliary or an aside", () => {
    expect(last("Democrats have called the flood levy “a tax on the valley.”")).toBe("Democrats: a tax on the valley.");
    expect(last("Republicans, meanwhile, said the levy was “long overdue.”")).toBe("Republicans: long overdue.");
    expect(last("Senate Republicans have dismissed the levy as “a gimmick.”")).toBe("Senate Republicans: a gimmick.");
  });
  it("not any plural noun opening the sentence", () => {
    expect(last("Hydrologists, meanwhile, said the levy was “long overdue.”")).toBe("-: long overdue.");
  });
});

describe("a body a pronoun owns", () => {
  it("'her campaign', 'his office' speak for the one the pronoun points back to", () => {
    expect(last("Mayor Ilse Varga faces a recall vote. Her campaign called the petition “a stunt by developers.”"))
      .toBe("Ilse Varga: a stunt by developers.");
    expect(last("Tomas Brenner chairs the port board. In a statement, his office described the audit as “routine.”"))
      .toBe("Tomas Brenner: routine.");
  });
  it("not someone of theirs, who is another person", () => {
    expect(last("Mayor Ilse Varga faces a recall vote. Her lawyer called the petition “a stunt by developers.”"))
      .toBe("-: a stunt by developers.");
  });
});
