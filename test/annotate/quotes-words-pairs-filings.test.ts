// Forms of attribution listed before any rule was written (issue 20, session of 2026-12-06, helper
// speakers12): "In X's words, “…”", two speakers joined by "and" (the first named speaks), and a suit,
// complaint or petition that reads out the words of whoever filed it or sued. Wordings written for these
// tests (a brewery, a choir, a ski resort, a tram line), with look-alikes beside them.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("'In X's words, “…”' is X's", () => {
  it("a person's words, whoever the sentence is about", () => {
    expect(said("The brewery closed after 140 years. In Henrik Dalby's words, “the town lost its kitchen.”")).toEqual(["Henrik Dalby: the town lost its kitchen."]);
  });
  it("a body's words, written with a bare apostrophe, inside a sentence naming someone else", () => {
    expect(said("The choir moved to Graz because, in the Vienna Singers' words, “no hall in the capital would take sixty voices.” Its director, Eva Maurer, agreed.")).toEqual(["Vienna Singers: no hall in the capital would take sixty voices."]);
  });
  it("'in X's own words:' before a colon", () => {
    expect(said("In Eva Maurer's own words: “I conduct, I do not sing.”")).toEqual(["Eva Maurer: I conduct, I do not sing."]);
  });
  it("look-alike: 'In other words' names nobody; the cue after the quote decides", () => {
    expect(said("In other words, “the resort will not open this winter,” Jon Haug said.")).toEqual(["Jon Haug: the resort will not open this winter"]);
  });
  it("look-alike: 'In X's chalet' is no one's words", () => {
    expect(said("In Jon Haug's chalet, “the snow never stopped,” his guest recalled.")).not.toContain("Jon Haug: the snow never stopped");
  });
});

describe("two speakers joined by 'and': the first named", () => {
  it("'Name and Name said' before the quote", () => {
    expect(said("Skiers Marit Olsen and Jon Haug said the lift was “shaking like a leaf.”")).toEqual(["Marit Olsen: shaking like a leaf."]);
  });
  it("'“…,” Name and Name, a description, said' after the quote", () => {
    expect(said("“We had no warning,” Marit Olsen and Jon Haug, two instructors at the resort, said on Sunday.")).toEqual(["Marit Olsen: We had no warning"]);
  });
  it("'Name and her deputy, Name, said': the first, not the name in apposition to the second", () => {
    expect(said("Director Eva Maurer and her assistant, Paul Roth, said the tour was “sold out to the last seat.”")).toEqual(["Eva Maurer: sold out to the last seat."]);
  });
  it("look-alike: two clauses joined by 'and': the second clause's subject speaks", () => {
    expect(said("Marit Olsen closed the lift and Jon Haug said it was “shaking like a leaf.”")).toEqual(["Jon Haug: shaking like a leaf."]);
  });
});

describe("a suit, complaint or petition speaks for whoever filed it or sued", () => {
  it("'X filed a complaint … The complaint says' → X", () => {
    expect(said("Tramways Nord filed a complaint with the regulator on Monday. The complaint says the city “rewrote the tender overnight.”")).toEqual(["Tramways Nord: rewrote the tender overnight."]);
  });
  it("'X sued Y … The lawsuit alleges' → X", () => {
    expect(said("Ana Kovac sued the tram operator in June. The lawsuit alleges that drivers were “told to skip safety checks.”")).toEqual(["Ana Kovac: told to skip safety checks."]);
  });
  it("look-alike: 'X was sued by …' — X is the defendant, not the one the suit speaks for", () => {
    expect(said("Tramways Nord was sued by two drivers in June. The lawsuit alleges that drivers were “told to skip safety checks.”")).toEqual(["-: told to skip safety checks."]);
  });
  it("look-alike: a complaint nobody was said to file names nobody", () => {
    expect(said("Ana Kovac chaired the hearing. The complaint says the city “rewrote the tender overnight.”")).toEqual(["-: rewrote the tender overnight."]);
  });
});

describe("a body a name owns ('Ruiz's campaign', 'Peru's health ministry') is what 'it said' and 'the ministry said' point back to", () => {
  it("'it said' after 'X's campaign …' is the campaign's", () => {
    expect(said("Dalby's campaign rejected the poll on Tuesday. “The numbers were taken before the debate,” it said.")).toEqual(["Dalby's campaign: The numbers were taken before the debate"]);
  });
  it("'the ministry said' after a country's ministry with a modifier", () => {
    expect(said("Peru's health ministry ordered the clinics shut. “No patient was harmed,” the ministry said.")).toEqual(["Peru's health ministry: No patient was harmed"]);
  });
  it("look-alike: a person the name owns ('X's sister') is no body 'it' points back to", () => {
    expect(said("Dalby's sister rejected the poll on Tuesday. “The numbers were taken before the debate,” it said.")).toEqual(["-: The numbers were taken before the debate"]);
  });
  it("look-alike: a thing the name owns ('X's old office burned') is not either", () => {
    expect(said("Dalby's old office burned down on Tuesday. “The numbers were taken before the debate,” it said.")).toEqual(["-: The numbers were taken before the debate"]);
  });
});

describe("'the former mayor said' is the person called a former mayor, before the name or in its appositive", () => {
  it("the modifier in the appositive after the name", () => {
    expect(said("Ruth Adeyemi, a former mayor of Ibadan, opposed the toll. “The road was paid for twice,” the former mayor said.")).toEqual(["Ruth Adeyemi: The road was paid for twice"]);
  });
  it("look-alike: 'former' in a clause about someone else before the name is not this person's", () => {
    expect(said("Ruth Adeyemi, a former mayor of Ibadan, met Kunle Bello, the mayor of Oyo. “The road was paid for twice,” the former mayor said.")).toEqual(["Ruth Adeyemi: The road was paid for twice"]);
  });
});

describe("a word capitalised only because it opens the sentence is no speaker of a quote no cue attributes", () => {
  it("an adjective or a verb opening the sentence names nobody", () => {
    expect(said("The tram line opened in 1911. Fresh paint can only do so much when the rails are “older than anyone riding them.”")).toEqual(["-: older than anyone riding them."]);
    expect(said("Candidates must: Score well enough in the trials to “be counted among the serious contenders” for the post.")).toEqual(["-: be counted among the serious contenders"]);
  });
  it("a short quote in such a sentence is still kept, naming nobody", () => {
    expect(said("The tram line opened in 1911. Generous budgets since then produced only “modest gains.”")).toEqual(["-: modest gains."]);
  });
  it("look-alike: a surname the text also writes after a first name is the person", () => {
    expect(said("The tram line was run by Ilse Brandt for a decade. Brandt thanked the drivers “for forty years without a strike.”")).toEqual(["Brandt: for forty years without a strike."]);
  });
  it("look-alike: a possessive opening the sentence is its owner's", () => {
    expect(said("The tram line opened in 1911. Brandt’s letter makes the case plainly: “The rails are older than anyone riding them.”")).toEqual(["Brandt: The rails are older than anyone riding them."]);
  });
});

describe("a quote paragraph with no cue after a paragraph whose subject follows a long opening phrase", () => {
  it("the person named after the opening phrase speaks", () => {
    expect(said("Without a word from the tram company, which has kept silent since May, Ilse Brandt locked the depot.\n\n“We will run the line ourselves if we have to.”")).toEqual(["Ilse Brandt: We will run the line ourselves if we have to."]);
  });
  it("look-alike: a thing as that subject names nobody", () => {
    expect(said("Without a word from the tram company, which has kept silent since May, the trams stopped running.\n\n“We will run the line ourselves if we have to.”")).toEqual(["-: We will run the line ourselves if we have to."]);
  });
});

describe("a crowd's chant and a candidate's camp", () => {
  it("'supporters chanted “…”' before the quote is theirs", () => {
    expect(said("Outside the stadium, Ferreira supporters chanted “One more season” until midnight.")).toEqual(["Ferreira supporters: One more season"]);
  });
  it("'the Ferreira camp said' is the camp's", () => {
    expect(said("“The coach has not spoken to any other club,” the Ferreira camp said.")).toEqual(["Ferreira camp: The coach has not spoken to any other club"]);
  });
  it("look-alike: 'chanted his name' is no quote's cue", () => {
    expect(said("Fans chanted his name. “One more season,” Ana Ferreira said.")).toEqual(["Ana Ferreira: One more season"]);
  });
});
