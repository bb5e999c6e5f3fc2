// "“…,” the witness said", "the coach added": a definite noun for someone right after a quote is the cue's
// subject. It points back to a person the text brought in with that noun ("Luis Faria, a witness from Braga,"),
// also past someone nearer whom nothing describes so; with nobody so introduced it names nobody, rather than
// the subject of the sentence before. Wordings written for these tests (a level crossing, a rowing club), not
// taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("'the <noun> said' points back to the person introduced with the noun", () => {
  it("nouns no title list holds: witness, nanny", () => {
    expect(speakers("Mirela Oprea, a witness from Cluj, saw the barrier fail. Dan Voicu called the railway. “The lights never turned red that morning,” the witness said.")).toEqual(["Mirela Oprea"]);
    expect(speakers("Mirela Oprea, the family's nanny, saw the barrier fail. Dan Voicu called the railway. “The lights never turned red that morning,” the nanny said.")).toEqual(["Mirela Oprea"]);
  });
  it("a title: the one introduced with it, past a nearer person nothing describes so", () => {
    expect(speakers("Mirela Oprea, a rowing coach from Cluj, met the crew at dawn. Dan Voicu unlocked the boathouse. “The river is too high to row today,” the coach said.")).toEqual(["Mirela Oprea"]);
  });
});

describe("look-alike: nobody introduced with the noun", () => {
  it("names nobody rather than the subject of the sentence before", () => {
    expect(speakers("Mirela Oprea saw the barrier fail. Dan Voicu called the railway. “The lights never turned red that morning,” the witness said.")).toEqual(["-"]);
  });
});
