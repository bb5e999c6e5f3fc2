// Two readings of who speaks for a body. (1) A body set off before "which" is the subject of the relative
// clause that carries the cue: "… by the Lisbon Housing League, which called it “…”". (2) A title for one
// person ("the minister", "the senator") never points back to a body: past the body, to the nearest person,
// or to nobody when that person was brought in with another title; "the spokesman" may still be the body.
// Wordings written for these tests (a tram line, an orchard, a ferry fleet), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("'<body>, which called …': the body speaks", () => {
  it("a named body, a body named by its noun after a name, and a cue a few words into the clause", () => {
    expect(speakers("The tram plan was attacked by the Lisbon Housing League, which called it “a tax on the poor.”")).toEqual(["Lisbon Housing League"]);
    expect(speakers("The route was backed by the Harrow campaign, which described it as “overdue by twenty years.”")).toEqual(["Harrow campaign"]);
    expect(speakers("Growers sided with Fruitnet, which has long warned that the orchards were “one frost from ruin.”")).toEqual(["Fruitnet"]);
  });
});

describe("look-alikes of '<body>, which …'", () => {
  it("'which' as the object of the clause ('which the mayor called'): not the body", () => {
    expect(speakers("The council turned down the bid from Carvalho Builders, which it called “insulting.”")).not.toEqual(["Carvalho Builders"]);
  });
  it("a thing, not a body, before 'which' is no speaker", () => {
    expect(speakers("The tram line, which opened in May, was called “a triumph” by Mayor Rui Lopes.")).toEqual(["Rui Lopes"]);
  });
});

describe("'the minister said' points back to a person, never to a body", () => {
  it("past a body named in between, to the person before it", () => {
    expect(speakers("Ingrid Dahl inspected the ferries. The Coastal Authority grounded two of them. “Nobody sails on a cracked hull,” the minister said.")).toEqual(["Ingrid Dahl"]);
  });
  it("nobody, when the only person near was brought in with another title", () => {
    expect(speakers("The ferry union thanked Judge Olav Berg. The minister called him “a danger to every passenger.”")).toEqual(["-"]);
  });
  it("'the spokesman' may speak for the body named before", () => {
    expect(speakers("The Coastal Authority grounded two ferries on Monday. “Nobody sails on a cracked hull,” the spokesman said.")).toEqual(["Coastal Authority"]);
  });
});
