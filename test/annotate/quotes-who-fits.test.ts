// Whether a speaker fits what the text says of it: a body noun is no person named before it, a pronoun
// with two people it fits and no topic between them points to nobody, an unnamed person of the pronoun's
// gender in between takes the pronoun, a prefixed person noun is the noun, and a clause with its own
// unnamed subject keeps a second quote from the first one's speaker. Wordings written for these tests
// (a bridge toll, a harbour contract, a cycling race, a mill closure, a ferry levy).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);
const last = (text: string) => said(text).pop();

describe("a body noun names a body, not the person named before it", () => {
  it("'the council said' after a sentence about a titled person", () => {
    expect(last("Mayor Rui Patrício opened the new bridge on Monday. “Tolls will be collected from March,” the council said."))
      .toBe("council: Tolls will be collected from March");
    expect(last("Minister Paulo Reis presented the budget. “Spending will fall by 2 percent,” the ministry said."))
      .toBe("ministry: Spending will fall by 2 percent");
  });
  it("while a person noun still points back to the person", () => {
    expect(last("Greta Solheim has taught at the village school for 30 years. “The heating failed twice this winter,” the teacher told reporters."))
      .toBe("Greta Solheim: The heating failed twice this winter");
  });
});

describe("'he said' after a sentence naming two people it fits", () => {
  it("is nobody when neither is the subject nor named more often", () => {
    expect(last("The contract was signed by Marek Olsen and Tomas Berg in the harbour office. “This ends ten years of dispute,” he said."))
      .toBe("-: This ends ten years of dispute");
    expect(last("The award went to Henrik Dahl, ahead of Lukas Brenner and Matteo Ricci. “It was a surprise,” he said."))
      .toBe("-: It was a surprise");
  });
  it("is the subject of the sentence before, the topic", () => {
    expect(last("Ivan Petrov beat Sergei Volkov in the final round in Kazan. “My legs were gone,” he said."))
      .toBe("Ivan Petrov: My legs were gone");
  });
  it("is the one the text keeps naming", () => {
    expect(last("Marek Olsen has run the ferry for years. Olsen knows every rock in the bay. Olsen once sailed with Tomas Berg. The deal was signed by Olsen and Berg. “This ends ten years of dispute,” he said."))
      .toBe("Olsen: This ends ten years of dispute");
  });
  it("is the one of the pronoun's gender when the other is not", () => {
    expect(last("Carla Moretti, the curator, showed the restored fresco to Bishop Luigi Ferri. “The blue came back after three months of cleaning,” she said."))
      .toBe("Carla Moretti: The blue came back after three months of cleaning");
  });
});

describe("an unnamed person of the pronoun's gender as the subject in between", () => {
  it("takes 'he' or 'she' from the speaker before", () => {
    expect(last("“We lost everything,” said Carla Brandt, 46. Her husband, also a mill worker, stared at the river. “We'll rebuild,” he said."))
      .toBe("-: We'll rebuild");
    expect(last("Mayor Tom Hale spoke first. An older woman in the front row stood up. “You promised us a bridge,” she said."))
      .toBe("-: You promised us a bridge");
  });
  it("not when the unnamed one is of the other gender", () => {
    expect(last("“The bridge is coming,” Mayor Tom Hale said. His wife, Ana, smiled. “I have heard that before,” he said."))
      .toBe("Tom Hale: I have heard that before");
  });
});

describe("a prefixed person noun in apposition", () => {
  it("'X's co-host, Name,' is the subject a pronoun points back to", () => {
    expect(last("“This is a disgrace,” Dana Whitlock said. Whitlock's co-host, Ben Arkwright, tried to walk it back. “What Dana means is different,” he said."))
      .toBe("Ben Arkwright: What Dana means is different");
  });
});

describe("a second quote in a clause with its own unnamed subject", () => {
  it("is not the first cue's speaker's", () => {
    expect(said("Mayor Ana Ruiz called the levy “a fair compromise,” while critics in her own party denounced it as “a surrender.”"))
      .toEqual(["Ana Ruiz: a fair compromise", "-: a surrender."]);
  });
  it("while a verb joined to the first keeps it", () => {
    expect(said("Mayor Ana Ruiz called the levy “a fair compromise” and dismissed the critics as “sore losers.”"))
      .toEqual(["Ana Ruiz: a fair compromise", "Ana Ruiz: sore losers."]);
  });
});

describe("a people in the plural", () => {
  it("with 'the' is a country's side, speaking as a body", () => {
    expect(said("“We will not accept new sanctions,” the Russians said in a statement.")).toEqual(["Russians: We will not accept new sanctions"]);
    expect(said("The Iranians insisted the deal was “final and not open to renegotiation.”")).toEqual(["Iranians: final and not open to renegotiation."]);
  });
  it("without it is a group, nobody named", () => {
    expect(said("“We will not accept new sanctions,” many Russians said in interviews.")).toEqual(["-: We will not accept new sanctions"]);
    expect(said("Russians said the sanctions were “hurting ordinary families.”")).toEqual(["-: hurting ordinary families."]);
  });
});
