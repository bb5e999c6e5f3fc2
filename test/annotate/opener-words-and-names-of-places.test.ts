// A capitalised word that opens a sentence before a quote no cue attributes is a speaker only when the text
// writes it as a name somewhere (after a title, an initial or another capitalised word); a name run with "of"
// and a body ("Tavita Faleolo of Apia Harbour Services") is a person when the surname stands alone elsewhere.
// Texts written for these tests (harbour news, not the eval data).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);
const entities = (text: string) => docOf(text).entities.map((e) => `${e.type}:${e.span.text}`);

describe("a sentence's capitalised opener before an unattributed quote", () => {
  it("is nobody when the text never writes it as a name", () => {
    expect(said("Careful planning could have avoided what harbour pilots call “a needless collision in fog.”")).toEqual(["-: a needless collision in fog."]);
    expect(said("Patient work pays off, as the saying goes, when “the harbour stays open all winter.”")).toEqual(["-: the harbour stays open all winter."]);
  });
  it("is the speaker when the text writes it after a title elsewhere", () => {
    expect(said("The pilot, Dr. Patient, spoke first. Patient work pays off when “the harbour stays open all winter.”")).toEqual(["Patient: the harbour stays open all winter."]);
  });
});

describe("a name run with 'of' and a body", () => {
  it("is a person and a body when the surname stands alone elsewhere in the text", () => {
    expect(entities("Tavita Faleolo of Apia Harbour Services inspected the wharf on Monday. Faleolo found two cracked pylons."))
      .toEqual(["person:Tavita Faleolo", "org:Apia Harbour Services", "person:Faleolo"]);
  });
  it("stays one body's name when nothing marks the first words as a person", () => {
    expect(entities("Tavita Faleolo of Apia Harbour Services inspected the wharf on Monday. The inspector found two cracked pylons."))
      .toEqual(["org:Tavita Faleolo of Apia Harbour Services"]);
  });
});
