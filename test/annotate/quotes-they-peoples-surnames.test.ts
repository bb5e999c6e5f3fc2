// Four pronoun and body readings. (1) "they" after two people named together as a sentence's subject points
// back to them (the first speaks first, as in "Ada Lind and Olle Berg said"), and after a body the tagger did
// not type, to the body; not past a sentence with another subject. (2) "the Chinese said", "the Dutch insisted":
// a people whose plural is its adjective is a country's side speaking as a body (one person is "the Chinese
// envoy"). (3) A surname's ending shows the sex in Slavic, Polish, Czech and Lithuanian names ("Bekova",
// "Kowalska", "Sadykov"), when no first name does. (4) "he said" after two people the pronoun fits named together
// as the subject ("X and Y argued") is nobody rather than a guess.
// Wordings written for these tests (a glacier survey, a grain deal, a chess club), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("'they said' after two people named together, or after an untyped body", () => {
  it("two people as the subject of the sentence before", () => {
    expect(speakers("The glaciologists Ada Lind and Olle Berg measured the ice shelf in March. “It lost four metres in a year,” they said.")).toEqual(["Ada Lind"]);
  });
  it("a body the tagger did not type, the subject of the sentence before", () => {
    expect(speakers("The Fjordland Chess Circle cancelled its spring open. “We could not find a hall,” they said.")).toEqual(["Fjordland Chess Circle"]);
  });
});

describe("look-alikes of 'they said'", () => {
  it("two people named as objects are not the subject", () => {
    expect(speakers("The ministry fined Ada Lind and Olle Berg for the late survey. “The ice does not wait,” they said.")).not.toEqual(["Ada Lind"]);
  });
  it("a sentence with another subject in between ends the search", () => {
    expect(speakers("Ada Lind and Olle Berg sued the mine. The villagers joined the suit. “We want the river back,” they said.")).toEqual(["-"]);
  });
});

describe("'the Chinese said': a people whose plural is its adjective speaks as a side", () => {
  it("after the quote and before it", () => {
    expect(speakers("“The grain corridor stays open until June,” the Chinese said after the talks.")).toEqual(["Chinese"]);
    expect(speakers("The Dutch insisted: “No vessel leaves Rotterdam without inspection.”")).toEqual(["Dutch"]);
  });
  it("look-alike: 'the Chinese envoy said' is one person, not the side", () => {
    expect(speakers("“The grain corridor stays open until June,” the Chinese envoy said after the talks.")).not.toEqual(["Chinese"]);
  });
});

describe("a surname's ending shows the sex when no first name does", () => {
  it("'she' and 'he' each find the one their surname fits", () => {
    expect(speakers("Dinara Bekova beat Yerlan Sadykov in the club final. “I saw the mate in five moves,” she said.")).toEqual(["Dinara Bekova"]);
    expect(speakers("Dinara Bekova beat Yerlan Sadykov in the club final. “I should have resigned earlier,” he said.")).toEqual(["Yerlan Sadykov"]);
    expect(speakers("Zofia Kowalska thanked Bartosz Nowicki. “The tournament pays for itself,” he said.")).toEqual(["Bartosz Nowicki"]);
  });
  it("look-alike: an Italian surname ending in -nova shows no woman", () => {
    expect(speakers("Tiziano Casanova greeted Maria Conti at the club. “The hall is ours until ten,” he said.")).toEqual(["Tiziano Casanova"]);
  });
});

describe("'he said' after two men named together as the subject: nobody rather than a guess", () => {
  it("two men joined by 'and' as the subject of a cue or of a plain verb", () => {
    expect(speakers("Olek Marczak and Bartosz Nowicki argued over the club's fees. “The juniors cannot pay that,” he said.")).toEqual(["-"]);
    expect(speakers("Olek Marczak and Bartosz Nowicki run the chess club. “The juniors cannot pay that,” he said.")).toEqual(["-"]);
  });
  it("look-alike: a man and a woman the surname shows, 'he' is the man", () => {
    expect(speakers("Olek Marczak and Zofia Kowalska run the chess club. “The juniors cannot pay that,” he said.")).toEqual(["Olek Marczak"]);
  });
});
