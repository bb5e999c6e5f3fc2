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

describe("Italian and Portuguese, and a role then the name after an inverted cue", () => {
  // Forms covered after the quote: Italian "ha dichiarato / ha detto / ha spiegato / ha aggiunto / ha affermato /
  // ha sottolineato / ha precisato …", present "spiega / racconta / aggiunge …"; Portuguese "disse / afirmou /
  // declarou / explicou / acrescentou / garantiu …"; more French ("a précisé", "a confié") and Spanish ("sostuvo").
  // Then: a name; an article, a role, what it is of, a comma and the full name; or the article, a role and the name.
  it("«…», ha dichiarato il sindaco di Genova, Name", () => {
    expect(said("«Il ponte sarà riaperto entro l'estate», ha dichiarato il sindaco di Genova, Marco Ferraro."))
      .toEqual(["Marco Ferraro: Il ponte sarà riaperto entro l'estate"]);
    expect(said("«Non ci sono feriti», ha spiegato il comandante dei vigili del fuoco, Paolo Russo."))
      .toEqual(["Paolo Russo: Non ci sono feriti"]);
  });
  it("«…», ha detto / racconta / spiega Name, or the role and the name with no comma", () => {
    expect(said("«Abbiamo lavorato tutta la notte», racconta Anna Bianchi, infermiera.")).toEqual(["Anna Bianchi: Abbiamo lavorato tutta la notte"]);
    expect(said("«Le scuole resteranno chiuse fino a lunedì», spiega l'assessora Giulia Conti."))
      .toEqual(["Giulia Conti: Le scuole resteranno chiuse fino a lunedì"]);
  });
  it("before the quote and with 'secondo'", () => {
    expect(said("Marco Ferraro ha dichiarato che il ponte sarà «riaperto entro l'estate, senza ritardi»."))
      .toEqual(["Marco Ferraro: riaperto entro l'estate, senza ritardi"]);
    expect(said("Secondo Marco Ferraro, il ponte sarà «riaperto entro l'estate, senza alcun ritardo»."))
      .toEqual(["Marco Ferraro: riaperto entro l'estate, senza alcun ritardo"]);
  });
  it("Portuguese: «…», disse o presidente da câmara de Braga, Name", () => {
    expect(said("«A estrada reabre na sexta-feira», disse o presidente da câmara de Braga, João Silva."))
      .toEqual(["João Silva: A estrada reabre na sexta-feira"]);
    expect(said("«Os hospitais estão preparados para o inverno», afirmou a ministra da Saúde, Ana Paula Martins."))
      .toEqual(["Ana Paula Martins: Os hospitais estão preparados para o inverno"]);
  });
  it("French and German with the role first", () => {
    expect(said("« Nous avons évacué 300 personnes », a précisé la préfète du Gard, Claire Fabre."))
      .toEqual(["Claire Fabre: Nous avons évacué 300 personnes"]);
    expect(said("„Die Brücke bleibt gesperrt“, sagte der Bürgermeister von Köln, Hans Meier.")).toEqual(["Hans Meier: Die Brücke bleibt gesperrt"]);
  });
  it("a role with no name after it names nobody, and a body after 'de' stays the body", () => {
    expect(said("« Le pont restera fermé tout l'été », a déclaré le porte-parole du gouvernement.")).toEqual(["-: Le pont restera fermé tout l'été"]);
    expect(said("«No vamos a apoyar estos presupuestos», dijo el portavoz de Podemos.")).toEqual(["Podemos: No vamos a apoyar estos presupuestos"]);
  });
});

describe("an indefinite article before the role (batch 21's German miss, in other wordings)", () => {
  it("'sagte ein Sprecher der …, Name', 'ha detto un portavoce …, Name', 'a déclaré une porte-parole …, Name'", () => {
    expect(said("„Die Leitung ist repariert“, sagte eine Sprecherin der Stadtwerke München, Petra Lang.")).toEqual(["Petra Lang: Die Leitung ist repariert"]);
    expect(said("„Der Tunnel ist wieder offen“, sagte ein Sprecher der Autobahn GmbH, Lukas Brandt.")).toEqual(["Lukas Brandt: Der Tunnel ist wieder offen"]);
    expect(said("«Abbiamo evacuato tre palazzi», ha detto un portavoce della Protezione civile, Luca Bianchi.")).toEqual(["Luca Bianchi: Abbiamo evacuato tre palazzi"]);
    expect(said("« Nous rouvrirons lundi », a déclaré une porte-parole de la préfecture, Claire Martin.")).toEqual(["Claire Martin: Nous rouvrirons lundi"]);
  });
  it("a surname that is also a German title word stays a name", () => {
    expect(said("„Das Bild ist gefälscht“, sagte Gerhard Richter am Montag.")).toEqual(["Gerhard Richter: Das Bild ist gefälscht"]);
  });
});

describe("look-alikes", () => {
  it("an English sentence with the same letters is not a cue", () => {
    expect(said("“We rolled the dice on the bridge,” the engineer's daughter said with a laugh.")).toEqual(["-: We rolled the dice on the bridge"]);
  });
});
