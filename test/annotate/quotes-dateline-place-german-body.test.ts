// A place is nobody: a mixed-case dateline opening a paragraph before a dash ("Port Harcourt — …"), a place after
// "In" before a comma ("In Benin City, the state governor said"). German bodies: the article that opens the
// sentence is no part of the body's name ("Die Polizei Mittelhessen teilte mit:" → "Polizei Mittelhessen", as the
// inverted "teilte die Polizei Mittelhessen mit" gives), and "Wie die Polizei mitteilte, …" with the verb at the
// clause's end. Wordings written for these tests (a flood in Nigeria, a warehouse fire, a closed bridge), issue 20,
// helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);
const types = (text: string) => docOf(text).entities.map((e) => `${e.type}:${e.span.text}`);

describe("a place is no speaker", () => {
  it("a mixed-case dateline before a dash, with or without its country and agency", () => {
    expect(said("Port Harcourt — Traders in the old market said they had “lost everything.”")).toEqual(["-: lost everything."]);
    expect(said("Ilorin, Nigeria (AP) — Fishermen said the river was “higher than in 2012.”")).toEqual(["-: higher than in 2012."]);
  });
  it("a dateline still leaves a speaker named after the quote", () => {
    expect(said("Port Harcourt — “We have lost everything,” said market trader Osas Igbinedion.")).toEqual(["Osas Igbinedion: We have lost everything"]);
  });
  it("'In <place>, the …' before a comma is a place, not a person", () => {
    expect(types("In Benin City, the state governor said the flood was the worst in memory.")).toContain("place:Benin City");
    expect(said("In Benin City, the state governor said the flood was “the worst in memory.”")).toEqual(["-: the worst in memory."]);
  });
  it("look-alikes: a person after 'from' or with a first name keeps being a person", () => {
    expect(types("The letter came from Ann Lee, the mayor.")).toContain("person:Ann Lee");
    expect(said("Ann Lee — the mayor since 2019 — said the bridge was “finished.”")).toEqual(["Ann Lee: finished."]);
  });
});

describe("German bodies", () => {
  it("the opening article is dropped from the body's name", () => {
    expect(said("Ein Lagerhaus brannte.\nDie Polizei Mittelhessen teilte mit: „Der Täter ist weiterhin flüchtig.“")).toEqual(["Polizei Mittelhessen: Der Täter ist weiterhin flüchtig."]);
    expect(said("Ein Lagerhaus brannte.\nDas Polizeipräsidium Oberbayern meldete: „Drei Personen wurden leicht verletzt.“")).toEqual(["Polizeipräsidium Oberbayern: Drei Personen wurden leicht verletzt."]);
  });
  it("'Wie X mitteilte, …': the verb at the clause's end, before or after the quote", () => {
    expect(said("Ein Lagerhaus brannte.\nWie die Polizei mitteilte, sei der Täter „weiterhin flüchtig“.")).toEqual(["Polizei: weiterhin flüchtig"]);
    expect(said("Ein Lagerhaus brannte.\nWie Bürgermeisterin Anna Keller mitteilte, bleibe die Brücke „bis auf Weiteres gesperrt“.")).toEqual(["Anna Keller: bis auf Weiteres gesperrt"]);
    expect(said("Ein Lagerhaus brannte.\nDie Brücke bleibe „bis auf Weiteres gesperrt“, wie die Stadt mitteilte.")).toEqual(["Stadt: bis auf Weiteres gesperrt"]);
  });
});
