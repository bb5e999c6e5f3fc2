// Speakers named after a description, organisations as speakers, and look-alikes that name nobody.
// Wordings written for these tests (a dam inspection, a rail strike, a hospital ward).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a name in apposition after a description", () => {
  it("'said the dam's chief inspector, Ruth Okonjo,' gives the name", () => {
    expect(said("“The spillway held better than we feared,” said the dam's chief inspector, Ruth Okonjo, after the flood.")).toEqual(["Ruth Okonjo: The spillway held better than we feared"]);
  });
  it("'said the rail union's press officer, Tomasz Wierzbicki.' at the end of the sentence", () => {
    expect(said("“No trains will run on Monday,” said the rail union's press officer, Tomasz Wierzbicki.")).toEqual(["Tomasz Wierzbicki: No trains will run on Monday"]);
  });
  it("'according to the hospital's medical director, Ines Carvalho, “…”'", () => {
    expect(said("According to the hospital's medical director, Ines Carvalho, “the ward will reopen once the tests come back clean.”")).toEqual(["Ines Carvalho: the ward will reopen once the tests come back clean."]);
  });
});

describe("bodies as speakers", () => {
  it("'A fire service spokesman said:' gives the service", () => {
    expect(said("Crews fought the blaze for six hours. A fire service spokesman said: “The cause is not yet known.”")).toEqual(["fire service: The cause is not yet known."]);
  });
  it("'the union said' after the union was named gives the union", () => {
    expect(said("The Transport Workers Union called the strike on Tuesday. “Our drivers have had enough of split shifts,” the union said.")).toEqual(["Transport Workers Union: Our drivers have had enough of split shifts"]);
  });
});

describe("look-alikes that name nobody", () => {
  it("a scare quote with no cue", () => {
    expect(said("The so-called “temporary” closure of the dam road has now lasted nine years.")).toEqual([]);
  });
  it("a film title in quotes", () => {
    expect(said("The crowd later watched “The Long Night at Kessel Dam” at the town cinema.")).toEqual([]);
  });
});

describe("scare quotes are not quotes", () => {
  it("a short term after 'so-called', with or without a cue in the sentence", () => {
    expect(said("Farmers will pay the so-called “water levy” from April, the ministry confirmed.")).toEqual([]);
    expect(said("The so-called “quiet zone” around the reactor was widened on Tuesday.")).toEqual([]);
  });
  it("a quoted word modifying a noun, in a sentence with no cue", () => {
    expect(said("Lena Vogt toured the “new” terminal on Friday and left before the speeches.")).toEqual([]);
    expect(said("Inspectors found that the “repaired” hull had split again.")).toEqual([]);
  });
  it("keeps a short quote with a cue, or one that ends the phrase", () => {
    expect(said("Lena Vogt called the terminal “a white elephant.”")).toEqual(["Lena Vogt: a white elephant."]);
    expect(said("Lena Vogt said the “new” terminal would open in May.")).toEqual(["Lena Vogt: new"]);
    expect(said("“Unsafe,” Lena Vogt said of the hull.")).toEqual(["Lena Vogt: Unsafe"]);
  });
  it("keeps a long quote after 'so-called'", () => {
    expect(said("Lena Vogt described the so-called “plan to finish the terminal before the winter storms arrive” as fiction."))
      .toEqual(["Lena Vogt: plan to finish the terminal before the winter storms arrive"]);
  });
});
