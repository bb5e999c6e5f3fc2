// "X asked Y about …  ¶ “…,” he replied": a pronoun before a verb of reply points back to the one asked, when that
// person fits the pronoun; a plain "he said" keeps the asker. Wordings written for these tests (a budget hearing, a
// debate), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a reply points back to the one asked", () => {
  it("'replied', 'responded' after 'X asked <title> Y'", () => {
    expect(said("Tom Hale asked Treasury Secretary Mark Lopez about the deficit.\n\n“We will close it by 2030,” he replied."))
      .toEqual(["Mark Lopez: We will close it by 2030"]);
    expect(said("The moderator, Ana Berg, asked Tom Hale about the deficit. “It will close by 2030,” he responded."))
      .toEqual(["Tom Hale: It will close by 2030"]);
  });
  it("the pronoun's gender still decides: the asker when only the asker fits", () => {
    expect(said("The moderator, Ana Berg, asked Tom Hale about the deficit. “Is that a promise?” she responded."))
      .toEqual(["Ana Berg: Is that a promise?"]);
  });
  it("look-alikes: 'he said' after the question, or nobody asked, keeps the asker", () => {
    expect(said("Tom Hale asked Treasury Secretary Mark Lopez about the deficit.\n\n“We will close it by 2030,” he said."))
      .toEqual(["Tom Hale: We will close it by 2030"]);
    expect(said("Tom Hale asked about the deficit. “We will close it by 2030,” he replied.")).toEqual(["Tom Hale: We will close it by 2030"]);
  });
});

// "The campaign released a new ad on Tuesday. “…,” it says": "it" after the quote is the paper the sentence
// before had someone release, as "It read: “…”" is (speakers22).
describe("'it says' after a paper's words", () => {
  it("the paper's maker speaks", () => {
    expect(said("The vote was close.\nThe Moreno campaign released a new ad on Tuesday. “Carla Moreno will never raise your taxes,” it says."))
      .toEqual(["Moreno: Carla Moreno will never raise your taxes"]);
  });
  it("look-alike: no paper made in the sentence before — nobody from it", () => {
    expect(said("The vote was close.\nThe Moreno campaign met donors on Tuesday. “Carla Moreno will never raise your taxes,” it says."))
      .not.toContain("Moreno: Carla Moreno will never raise your taxes");
  });
});
