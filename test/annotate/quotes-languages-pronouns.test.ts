// Pronouns and dropped subjects in other languages' copy: French joins the pronoun to an inverted cue with a
// hyphen (`« … », affirme-t-il`, `dit-elle`); Portuguese and Spanish may put it after the verb (`disse ele`);
// Spanish, Italian and Portuguese drop it (`«…», dijo.`, `«…», ha detto.`) — the person or body the sentences
// before gave speaks, as for "he said". German titles are no part of the name ("Bürgermeisterin Anna Keller" →
// "Anna Keller"). Wordings written for these tests (a flood, an arrest), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("French: a pronoun joined to the cue", () => {
  it("'affirme-t-il', 'dit-elle'", () => {
    expect(said("Le préfet Jean Morel a visité le quartier inondé.\n« Nous reconstruirons chaque maison », affirme-t-il."))
      .toEqual(["Jean Morel: Nous reconstruirons chaque maison"]);
    expect(said("La maire Claire Dubois a visité le quartier inondé.\n« Personne ne sera oublié », dit-elle."))
      .toEqual(["Claire Dubois: Personne ne sera oublié"]);
  });
  it("look-alike: the Italian article 'il' after a cue is no pronoun", () => {
    expect(said("Il quartiere è stato evacuato.\n«Ricostruiremo ogni casa», ha detto il sindaco di Genova, Marco Ferraro."))
      .toEqual(["Marco Ferraro: Ricostruiremo ogni casa"]);
  });
});

describe("Portuguese and Spanish: a pronoun after the verb", () => {
  it("'disse ele', 'afirmou ela'", () => {
    expect(said("O prefeito João Silva visitou o bairro.\n“Vamos reconstruir cada casa”, disse ele.")).toEqual(["João Silva: Vamos reconstruir cada casa"]);
    expect(said("A prefeita Marta Costa visitou o bairro.\n“Ninguém será esquecido”, afirmou ela.")).toEqual(["Marta Costa: Ninguém será esquecido"]);
  });
});

describe("a dropped subject: the cue right after the quote, closing the clause", () => {
  it("Spanish, Italian and Portuguese, a person or a body before", () => {
    expect(said("La alcaldesa Ana Ruiz visitó el barrio.\n«Reconstruiremos cada casa», dijo.")).toEqual(["Ana Ruiz: Reconstruiremos cada casa"]);
    expect(said("Il sindaco Marco Ferraro ha visitato il quartiere.\n«Ricostruiremo ogni casa», ha detto.")).toEqual(["Marco Ferraro: Ricostruiremo ogni casa"]);
    expect(said("La Guardia Civil detuvo a dos hombres.\n«La investigación sigue abierta», informó.")).toEqual(["Guardia Civil: La investigación sigue abierta"]);
  });
  it("look-alike: nobody named before — nobody", () => {
    expect(said("El barrio quedó bajo el agua.\n«Reconstruiremos cada casa», dijo.")).toEqual(["-: Reconstruiremos cada casa"]);
  });
});

describe("German titles", () => {
  it("'Bürgermeisterin Anna Keller … sagte sie' gives the name alone", () => {
    expect(said("Bürgermeisterin Anna Keller besuchte das Viertel.\n„Wir bauen jedes Haus wieder auf“, sagte sie.")).toEqual(["Anna Keller: Wir bauen jedes Haus wieder auf"]);
  });
});
