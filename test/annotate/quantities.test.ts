import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const q = (text: string) => docOf(text).quantities.map((x) => `${x.span.text}|${x.low}-${x.high}|${x.noun}|${x.unit}${x.perParty ? "|each" : ""}`);

describe("quantities", () => {
  it("reads 'nearly 800 individuals' as just below 800", () => {
    expect(q("Nearly 800 individuals were released on Friday.")).toEqual(["Nearly 800 individuals|720-799|individual|count"]);
  });
  it("reads 'over 500 Ukrainians' as above 500 and counts Ukrainians", () => {
    expect(q("The president welcomed home over 500 Ukrainians.")).toEqual(["over 500 Ukrainians|501-650|ukrainian|count"]);
  });
  it("reads a per-party figure and inherits the counted noun", () => {
    const got = q("They plan to swap a total of 2,000 prisoners—1,000 from each country.");
    expect(got).toEqual(["a total of 2,000 prisoners|2000-2000|prisoner|count", "1,000 from each country|1000-1000|prisoner|count|each"]);
  });
  it("reads both parts of '270 servicemen and 120 civilians'", () => {
    expect(q("The ministry reported the return of 270 Russian servicemen and 120 civilians.")).toEqual([
      "270 Russian servicemen|270-270|serviceman|count", "120 civilians|120-120|civilian|count"]);
  });
  it("reads thousands set off by a space, but not a day after its month or a count after a numbered road", () => {
    expect(q("The fire burned 61 250 hectares.")).toEqual(["61 250 hectares|61250-61250|hectare|distance"]);
    expect(q("On March 3 100 farmers drove tractors into Lyon.").map((x) => x.split("|")[0])).toEqual(["100 farmers"]);
    expect(q("On Route 9 120 cars were stuck for six hours.").map((x) => x.split("|")[0])).toContain("120 cars");
  });
  it("reads an age told as what a person was ('the cyclist who died was 35'), and nothing else told with 'was'", () => {
    expect(q("Police said the climber who fell on Sunday was 41.")).toEqual(["41|41-41|climber|age"]);
    expect(q("The victim is 19, officers said.")).toEqual(["19|19-19|victim|age"]);
    expect(q("The number of patients was 35.").map((x) => x.split("|")[3])).not.toContain("age");
    expect(q("The driver was 35 minutes late.").map((x) => x.split("|")[3])).not.toContain("age");
    expect(q("The man's score was 35.").map((x) => x.split("|")[3])).not.toContain("age");
  });
  it("reads numbers written as words", () => {
    expect(q("Two civilians were freed and a thousand soldiers returned.")).toEqual(["Two civilians|2-2|civilian|count", "a thousand soldiers|1000-1000|soldier|count"]);
  });
  it("reads a range as an interval", () => {
    expect(q("Between 300 and 400 protesters gathered in the square.")).toEqual(["Between 300 and 400 protesters|300-400|protester|count"]);
  });
  it("reads 'dozens of' and 'hundreds of' as bounds", () => {
    expect(q("Hundreds of families waited.")).toEqual(["Hundreds of families|200-999|family|count"]);
  });
  it("does not read a year as a quantity of people", () => {
    expect(q("The war began in 2022 and talks resumed in May 2025.")).toEqual([]);
  });
  it("keeps percentages and money apart from head counts", () => {
    expect(docOf("Turnout rose 12 percent and the fund paid $5 million.").quantities.map((x) => x.unit)).toEqual(["percent", "money"]);
  });
  it("does not read ordinals, times, phone numbers or page numbers as counts", () => {
    expect(q("It was the 64th swap, at 7:35 a.m.; call 555-0123 or see page 12.")).toEqual([]);
  });
  it("marks durations so they never compare with head counts", () => {
    expect(docOf("For eight years the talks dragged on.").quantities.map((x) => x.unit)).toEqual(["duration"]);
  });
  it("is not fooled by words that are names of object properties", () => {
    expect(q("The constructor said toString and valueOf were hasOwnProperty of the __proto__.")).toEqual([]);
  });
  it("keeps offsets exact", () => {
    const d = docOf("Officials said “nearly 800” people, about 1,200 in all, were moved.");
    for (const x of d.quantities) expect(d.article.text.slice(x.span.start, x.span.end)).toBe(x.span.text);
  });
});

describe("sentences", () => {
  it("keep a ticker whole ('Harbour Pulp <HPL.TO> fell'), and still end at a full stop after it", () => {
    const s = docOf("Shares of Harbour Pulp <HPL.TO> fell 2.1 percent in Toronto. The index rose. Apple <AAPL.O> gained.").sentences.map((x) => x.text);
    expect(s).toEqual(["Shares of Harbour Pulp <HPL.TO> fell 2.1 percent in Toronto.", "The index rose.", "Apple <AAPL.O> gained."]);
  });
});

describe("a scale letter glued to an amount after a currency sign", () => {
  it("reads '€40m', '£2.5m' and '$300k' as millions and thousands, and '40m' alone as metres", () => {
    const got = docOf("The club paid €40m for the winger and £2.5m for a keeper. The sea wall is 40m high. The charity raised $300k in a week.").quantities
      .map((x) => [x.span.text, x.value, x.unit]);
    expect(got).toEqual([["€40m", 40e6, "money"], ["£2.5m", 2.5e6, "money"], ["40m", 40, "distance"], ["$300k", 300e3, "money"]]);
  });
});
