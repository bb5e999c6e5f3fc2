// "he said" after a sentence that opens with one person and names another after its verb: the opening person
// (the subject) is the antecedent, also after a lower-case description ("Harbour master …") and after an
// irregular past verb ("met", "led", "took"). Wordings written for these tests (a harbour, a trek, a court),
// issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("the sentence's opening person, not the one after its verb", () => {
  it("after an irregular past verb", () => {
    expect(said("Per Ellingsen met ferry captain Tomas Berg on the quay. “We cannot sail in this swell,” he said."))
      .toEqual(["Per Ellingsen: We cannot sail in this swell"]);
    expect(said("Guide Lars Moe led climber Henrik Aas down the ridge. “The snow was rotten,” he said."))
      .toEqual(["Lars Moe: The snow was rotten"]);
  });
  it("after a lower-case description of the opening person", () => {
    expect(said("Harbour master Per Ellingsen met ferry captain Tomas Berg on the quay. “We cannot sail in this swell,” he said."))
      .toEqual(["Per Ellingsen: We cannot sail in this swell"]);
  });
  it("look-alikes: a group 'of' the person opens the sentence: not that person", () => {
    expect(said("Critics of Per Ellingsen met Tomas Berg on the quay. “We cannot sail in this swell,” he said."))
      .not.toContain("Per Ellingsen: We cannot sail in this swell");
  });
});

describe("a regular verb form after the opening name must read as a verb", () => {
  it("'Hale aides said' is a noun after a modifier: the pronoun after it is not Hale by this rule", () => {
    expect(said("Governor Ines Duarte spoke first. Hale aides said the count was over.\n\n“We won,” she said."))
      .toEqual(["Ines Duarte: We won"]);
  });
  it("a verb with its object after it counts, whatever the tagger says ('Frank quotes former adviser …')", () => {
    expect(said("Per Ellingsen quotes former harbour master Tomas Berg in his book. “It was a hard winter,” he writes."))
      .toEqual(["Per Ellingsen: It was a hard winter"]);
  });
});
