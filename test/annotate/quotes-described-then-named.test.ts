// Someone described first and named after: by the name they chose to give ("a driver who gave only his first
// name, Emeka"; "who asked to be identified only as …"; "who identified herself as …"), or in apposition after a
// relative clause ("a surveyor who mapped the slope in 2019, Lena Kraus, told …"). A description whose clause gives
// no name, or ends in a place, names nobody. Wordings written for these tests (a bus crash, a hospital strike,
// a landslide survey, a ferry queue, a vineyard frost).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a name given as the speaker chose", () => {
  it("'who gave only his first name, X' and 'who gave her name as X'", () => {
    expect(said("“The brakes smelled of smoke for an hour,” said a passenger who gave only his first name, Emeka."))
      .toEqual(["Emeka: The brakes smelled of smoke for an hour"]);
    expect(said("“We queued from five in the morning,” said one traveller, who gave her name as Ingrid Solheim."))
      .toEqual(["Ingrid Solheim: We queued from five in the morning"]);
  });
  it("'who asked to be identified only as X', 'who identified herself as X'", () => {
    expect(said("“Two wards have no night nurse at all,” said a porter who asked to be identified only as Mr Adeyemi."))
      .toEqual(["Adeyemi: Two wards have no night nurse at all"]);
    expect(said("“The frost took every bud on this hill,” said a grower who identified herself as Chiara."))
      .toEqual(["Chiara: The frost took every bud on this hill"]);
  });
  it("nobody when the clause gives no name", () => {
    expect(said("“Two wards have no night nurse at all,” said a porter who declined to give his name."))
      .toEqual(["-: Two wards have no night nurse at all"]);
    expect(said("“The brakes smelled of smoke,” said a passenger who gave his name and number to the police."))
      .toEqual(["-: The brakes smelled of smoke"]);
  });
});

describe("a name in apposition after a relative clause", () => {
  it("after the cue, the clause ending in a word or a year", () => {
    expect(said("“The slope moved four metres in a week,” said a surveyor who has mapped it since 2019, Lena Kraus."))
      .toEqual(["Lena Kraus: The slope moved four metres in a week"]);
    expect(said("“Nobody warned the ferry queue,” said a steward who works the night shift, Olu Bankole."))
      .toEqual(["Olu Bankole: Nobody warned the ferry queue"]);
  });
  it("before the cue, the clause ending in a year", () => {
    expect(said("“The slope moved four metres in a week,” a surveyor who has mapped it since 2019, Lena Kraus, told the council."))
      .toEqual(["Lena Kraus: The slope moved four metres in a week"]);
  });
  it("nobody when the apposition is a place", () => {
    expect(said("“The slope moved four metres in a week,” said a surveyor who lives near Bolzano, Italy."))
      .toEqual(["-: The slope moved four metres in a week"]);
  });
});
