// How a found speaker is written: a noun for a person's trade opening a sentence is no part of the name
// ("Developer Carl Brandt" → "Carl Brandt"), and a possessive speaker keeps what it owns ("according to a
// statement from Rafael Cruz's office" → "Rafael Cruz's office", as "Cruz's office said" gives). Wordings written
// for these tests (a casino, a flood), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a trade noun opening the sentence is not the name", () => {
  it("a noun for a person by its ending, before a full name", () => {
    expect(said("Developer Carl Brandt spoke in Reno on Friday.\n\n“The casino will be built,” he said.")).toEqual(["Carl Brandt: The casino will be built"]);
    expect(said("Historian Mia Larsen said the site was “older than anyone thought.”")).toEqual(["Mia Larsen: older than anyone thought."]);
  });
  it("a first name that ends like a trade noun stays ('Hunter Biden' is two words, left alone)", () => {
    expect(said("Hunter Moss said the site was “older than anyone thought.”")).toEqual(["Hunter Moss: older than anyone thought."]);
  });
});

describe("a possessive speaker keeps what it owns", () => {
  it("'according to a statement from X's office'", () => {
    expect(said("“The valley was failed,” according to a statement from Rafael Cruz's office.")).toEqual(["Rafael Cruz's office: The valley was failed"]);
  });
  it("and 'X's office said' as before", () => {
    expect(said("Rafael Cruz's office said in a statement that the governor had “failed the valley.”")).toEqual(["Rafael Cruz's office: failed the valley."]);
  });
});
