// A passive speech verb ("was warned", "had been told", "were urged") names who was spoken to, not who spoke:
// a pronoun after it points back to the sentence's speaker, not to the one warned. Wordings written for these
// tests (a harbour, a vineyard, a mountain rescue), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a passive cue in a reported clause is not the speaker's cue", () => {
  it("'X said Y was warned … “…,” he said' → X", () => {
    expect(said("Per Ellingsen said Tomas Berg was warned twice about the swell. “He ignored every signal,” he said."))
      .toEqual(["Per Ellingsen: He ignored every signal"]);
    expect(said("The winemaker Luca Ferri said that Marco Bassi had been urged to sell the vineyard. “He refused every offer,” he said."))
      .toEqual(["Luca Ferri: He refused every offer"]);
  });
  it("with an adverb before the participle, and a woman warned", () => {
    expect(said("Rescue leader Ingrid Moe said the climber Kari Dahl had been repeatedly told to turn back. “She would not listen,” Moe said. “It was madness,” she added."))
      .toEqual(["Moe: She would not listen", "Moe: It was madness"]);
  });
  it("a pronoun after a sentence whose subject was warned still points back to that subject", () => {
    expect(said("Tomas Berg was warned twice by the coast guard. “I never saw the signal,” he said.")).toEqual(["Tomas Berg: I never saw the signal"]);
  });
});

describe("the agent of a passive cue speaks only when the words follow it", () => {
  it("'was warned by X that “…”' → X; 'criticized by X for “…”' is not X's", () => {
    expect(said("Tomas Berg was warned by harbour master Per Ellingsen that “the next storm will sink you.”"))
      .toEqual(["Per Ellingsen: the next storm will sink you."]);
    expect(said("The skipper was criticised by Per Ellingsen for “sailing blind into the fog.”")).not.toContain("Per Ellingsen: sailing blind into the fog.");
  });
  it("no agent: a cue before it in the sentence tells who reports the words", () => {
    expect(said("According to the Harbour Authority's manual, pilots were told, “Never leave the bridge in fog.”"))
      .not.toContain("-: Never leave the bridge in fog.");
  });
});
