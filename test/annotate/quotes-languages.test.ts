// Quotes in German, Spanish and French copy: the cue verb after the quote ("sagte", "dijo", "a déclaré"),
// before it, and "laut / según / selon" (according to). Wordings written for these tests (a bridge
// closure, a water shortage, a flooded school).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("German", () => {
  it("„…“, sagte Name — the comma after the closing mark, a time after the name", () => {
    expect(said("„Die Brücke bleibt bis zum Sommer gesperrt“, sagte Anna Weber am Montag.")).toEqual(["Anna Weber: Die Brücke bleibt bis zum Sommer gesperrt"]);
  });
  it("„…“, sagte er/sie takes the person named before", () => {
    expect(said("Karl Brandt eröffnete die Sitzung. „Wir haben keine Zeit zu verlieren“, sagte er.")).toEqual(["Karl Brandt: Wir haben keine Zeit zu verlieren"]);
    expect(said("Anna Weber besuchte die Baustelle. „Wir bauen die Brücke neu“, sagte sie.")).toEqual(["Anna Weber: Wir bauen die Brücke neu"]);
  });
  it("a pronoun with nobody named before stays unresolved", () => {
    expect(said("„Wir bauen die Brücke neu“, sagte er.")).toEqual(["-: Wir bauen die Brücke neu"]);
  });
  it("laut Name", () => {
    expect(said("Laut Anna Weber ist die Brücke „in einem erbärmlichen Zustand“.")).toEqual(["Anna Weber: in einem erbärmlichen Zustand"]);
  });
});

describe("Spanish", () => {
  it("«…», dijo Name / afirmó Name en …", () => {
    expect(said("«El agua alcanza hasta finales de agosto», dijo Marta Gil.")).toEqual(["Marta Gil: El agua alcanza hasta finales de agosto"]);
    expect(said("«No habrá cortes de agua este verano», afirmó Marta Gil en Zaragoza.")).toEqual(["Marta Gil: No habrá cortes de agua este verano"]);
  });
  it("«…», dijo la concejala Name: a lower-case title before the name", () => {
    expect(said("«El agua volverá el lunes», dijo la concejala Marta Gil en Zaragoza.")).toEqual(["Marta Gil: El agua volverá el lunes"]);
  });
  it("según Name, «…»", () => {
    expect(said("Según Marta Gil, «no habrá cortes de agua este verano».")).toEqual(["Marta Gil: no habrá cortes de agua este verano"]);
  });
});

describe("French", () => {
  it("« … », a déclaré Name — spaces inside the guillemets", () => {
    expect(said("« L'école restera fermée jusqu'à lundi », a déclaré Claire Dubois.")).toEqual(["Claire Dubois: L'école restera fermée jusqu'à lundi"]);
  });
  it("« … », a déclaré la ministre Name", () => {
    expect(said("« Le pont rouvrira lundi », a déclaré la ministre Claire Dubois.")).toEqual(["Claire Dubois: Le pont rouvrira lundi"]);
  });
  it("Name a déclaré que … « … », and elle a déclaré after a named person", () => {
    expect(said("Claire Dubois a déclaré que l'école était « inondée jusqu'au premier étage »."))
      .toEqual(["Claire Dubois: inondée jusqu'au premier étage"]);
    expect(said("Claire Dubois a visité l'école. Elle a déclaré : « Nous rouvrirons après les vacances. »"))
      .toEqual(["Claire Dubois: Nous rouvrirons après les vacances."]);
  });
});

describe("look-alikes", () => {
  it("an English sentence with the same letters is not a cue", () => {
    expect(said("“We rolled the dice on the bridge,” the engineer's daughter said with a laugh.")).toEqual(["-: We rolled the dice on the bridge"]);
  });
});
