// Bodies that French, Spanish, Italian, Portuguese and German copy names by a common noun after an article,
// speaking after the quote (`«…», a indiqué la préfecture`), before it (`La préfecture a indiqué que «…»`) or
// after "selon / según / secondo / laut"; and German separable cues (`„…“, teilte die Polizei mit`). Wordings
// written for these tests (a chemical leak, a closed motorway, a landslide, a flooded metro, a school fire).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a body by its common noun after the quote and a cue of its language", () => {
  it("French: la préfecture, la mairie de …", () => {
    expect(said("« Le nuage de chlore s'est dissipé », a annoncé la préfecture.")).toEqual(["préfecture: Le nuage de chlore s'est dissipé"]);
    expect(said("« L'école rouvrira jeudi », a précisé la mairie de Rennes dans un communiqué.")).toEqual(["mairie de Rennes: L'école rouvrira jeudi"]);
  });
  it("Spanish, Italian, Portuguese: el ayuntamiento, la questura, a prefeitura", () => {
    expect(said("«La autovía seguirá cortada hasta el viernes», informó el ayuntamiento.")).toEqual(["ayuntamiento: La autovía seguirá cortada hasta el viernes"]);
    expect(said("«La frana ha travolto due case», ha comunicato la prefettura di Belluno.")).toEqual(["prefettura di Belluno: La frana ha travolto due case"]);
    expect(said("“O metrô volta a funcionar amanhã”, informou a prefeitura.")).toEqual(["prefeitura: O metrô volta a funcionar amanhã"]);
  });
  it("German: a separable cue before its subject, the particle after it", () => {
    expect(said("„Der Brand ist unter Kontrolle“, teilte die Feuerwehr mit.")).toEqual(["Feuerwehr: Der Brand ist unter Kontrolle"]);
  });
  it("an office before a name is no body: the name speaks", () => {
    expect(said("« La digue a tenu », a déclaré le préfet Alain Roux lundi soir.")).toEqual(["Alain Roux: La digue a tenu"]);
    expect(said("«La presa ha resistido», dijo el gobierno de Aragón.")).toEqual(["gobierno de Aragón: La presa ha resistido"]);
  });
  it("a person by a noun is no body: nobody named", () => {
    expect(said("« On a eu très peur », a raconté le conducteur.")).toEqual(["-: On a eu très peur"]);
  });
});

describe("a body by its common noun before the quote", () => {
  it("opening the sentence before a cue of its language, not its article read as a name", () => {
    expect(said("La gendarmerie a confirmé que « deux suspects ont été interpellés ».")).toEqual(["gendarmerie: deux suspects ont été interpellés"]);
    expect(said("El ayuntamiento de Sevilla explicó que «el agua volverá esta noche».")).toEqual(["ayuntamiento de Sevilla: el agua volverá esta noche"]);
  });
  it("after 'selon', 'según', 'secondo'", () => {
    expect(said("Selon la préfecture, « aucun blessé n'est à déplorer ».")).toEqual(["préfecture: aucun blessé n'est à déplorer"]);
    expect(said("Secondo la procura, «l'incendio è stato appiccato di notte».")).toEqual(["procura: l'incendio è stato appiccato di notte"]);
  });
  it("not in English copy: 'a tribunal', 'a hospital' after an English cue have no Portuguese article", () => {
    expect(said("“The appeal is out of time,” a tribunal said.")).toEqual(["-: The appeal is out of time"]);
    expect(said("“The ward is closed for cleaning,” said a hospital in Leeds.")).toEqual(["-: The ward is closed for cleaning"]);
  });
});
