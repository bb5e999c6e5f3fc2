// "Pavel Novak of the rail operator said": a name, then where the person works in lower case — the person
// speaks, not the body. "Minister Amara Diallo and her deputy, Seydou Keita, … “…,” he said": the possessive
// shows the first of the pair is a woman, so "he" is the deputy. Wordings written for these tests (a rail line, a
// dam, a football ground), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a name before 'of/at the <lower-case body>' speaks", () => {
  it("with or without a title before the name", () => {
    expect(said("Pavel Novak of the rail operator said the line “will reopen by Friday.”")).toEqual(["Pavel Novak: will reopen by Friday."]);
    expect(said("Engineer Ilse Brandt at the water board said the dam was “perfectly safe.”")).toEqual(["Ilse Brandt: perfectly safe."]);
    expect(said("Dr. Omar Haddad of the university hospital told reporters the ward was “overwhelmed.”")).toEqual(["Omar Haddad: overwhelmed."]);
  });
  it("look-alikes: a group or an unnamed person 'of the …' names nobody", () => {
    expect(said("Residents of the valley said the river rose “faster than anyone had seen.”")).toEqual(["-: faster than anyone had seen."]);
    expect(said("A friend of the family said the boy was “always careful near water.”")).toEqual(["-: always careful near water."]);
    expect(said("Most of the crew said the ship was “unfit to sail.”")).toEqual(["-: unfit to sail."]);
  });
});

describe("'X and his/her <role>, Y' before a pronoun", () => {
  it("the possessive's gender sets the first apart from the pronoun: the second speaks", () => {
    expect(said("Transport Minister Amara Diallo and her deputy, Seydou Keita, visited the site. “We will rebuild the bridge,” he said."))
      .toEqual(["Seydou Keita: We will rebuild the bridge"]);
    expect(said("Coach Jonas Lind and his assistant, Maja Berg, watched from the stands. “The pitch was a swamp,” she said."))
      .toEqual(["Maja Berg: The pitch was a swamp"]);
  });
  it("the same gender as the pronoun, or no possessive: nobody rather than a guess", () => {
    expect(said("Coach Jonas Lind and his assistant, Marek Berg, watched from the stands. “The pitch was a swamp,” he said."))
      .toEqual(["-: The pitch was a swamp"]);
    expect(said("Coach Jonas Lind and Marek Berg watched from the stands. “The pitch was a swamp,” he said.")).toEqual(["-: The pitch was a swamp"]);
  });
});
