// A relative named by a first name alone between commas after a possessive ("Her husband, Taras, waited
// outside"): that person, of the noun's gender, is the subject the next "he" or "she" points back to. A relative
// described without a name stays nobody. Wordings written for these tests (a mine rescue, a flood, a fire).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const last = (text: string) => { const q = docOf(text).quotes.at(-1)!; return `${q.speaker ?? "-"}: ${q.span.text}`; };

describe("a relative named by a first name is the subject a pronoun points back to", () => {
  it("'Her husband, X, …' then 'he said'", () => {
    expect(last("Miners brought Nadia Petrenko up after two days. Her husband, Bohdan, stood by the shaft. “I did not sleep once,” he said."))
      .toBe("Bohdan: I did not sleep once");
  });
  it("'Name's son, X, 14, …' then 'he said'", () => {
    expect(last("The flood reached Ana Ferreira's kitchen by noon. Ana Ferreira's son, Rui, 14, carried the dog upstairs. “The water was at my knees,” he said."))
      .toBe("Rui: The water was at my knees");
  });
  it("the noun gives the gender: 'his wife, X' is not the 'he' of the next sentence", () => {
    expect(last("“The roof is gone,” said Tomasz Nowak, 52. His wife, Ewa, swept the glass. “We will stay with my brother,” he said."))
      .toBe("Tomasz Nowak: We will stay with my brother");
  });
  it("a relative described without a name is nobody", () => {
    expect(last("Firefighters carried Mei Lin out at dawn. Her father, a retired baker, waited by the gate. “I heard her calling,” he said."))
      .toBe("-: I heard her calling");
  });
});
