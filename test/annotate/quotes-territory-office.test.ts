// "the governor of X said", "the former mayor of X added": an office of a territory describes its holder; the
// territory does not speak. The holder named before speaks, else nobody; a body after "of" still names the body's
// person as before. Wordings written for these tests (a harbour dredging, a tram line, a drought).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const last = (text: string) => { const q = docOf(text).quotes.at(-1)!; return `${q.speaker ?? "-"}: ${q.span.text}`; };

describe("an office of a territory is its holder, not the territory", () => {
  it("the holder introduced with the title before", () => {
    expect(last("Governor Amara Okafor toured the harbour on Monday. “The dredging starts in spring,” the governor of Lagos said."))
      .toBe("Amara Okafor: The dredging starts in spring");
  });
  it("nobody when no one was brought in with the title, not the place (even one the gazetteer lacks)", () => {
    expect(last("Teodor Vasilescu opened the tram line. “It took eleven years,” the former mayor of Cluj-Napoca said."))
      .toBe("-: It took eleven years");
    expect(last("Rains failed again this year. “The reservoirs are at a fifth,” the governor of Minas Gerais said."))
      .toBe("-: The reservoirs are at a fifth");
  });
  it("a body after 'of' still speaks for its unnamed head", () => {
    expect(last("“The reservoirs are at a fifth,” the director of the Harbor Water Board said.")).toBe("Harbor Water Board: The reservoirs are at a fifth");
  });
});
