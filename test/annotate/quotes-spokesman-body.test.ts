// "the spokesman said" / "its spokesman said" after a named organisation: the organisation speaks; a person the
// text brought in with another role is not the spokesman. A one-word name after a noun for a business ("the
// shipping group Maersk", "carmaker Volvo") is that business, not a person. Wordings written for these tests (a
// freight line, a flood appeal, a brewery), issue 20, helper speakers22.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);
const types = (text: string) => docOf(text).entities.map((e) => `${e.type}:${e.span.text}`);

describe("a one-word name after a noun for a business is the business", () => {
  it("'the shipping group Maersk said', 'carmaker Volvo says', 'the airline Finnair'", () => {
    expect(types("The Danish shipping group Maersk said profits fell.")).toContain("org:Maersk");
    expect(types("Swedish carmaker Volvo says it will cut 3,000 jobs.")).toContain("org:Volvo");
    expect(types("The airline Finnair cancelled 40 flights.")).toContain("org:Finnair");
  });
  it("a noun for a person's trade is no body: 'miner Berg said', 'publisher Lind said'", () => {
    expect(types("The miner Berg said the shaft had flooded.")).not.toContain("org:Berg");
    expect(types("Publisher Lind said the book would be pulped.")).not.toContain("org:Lind");
  });
});

describe("'the spokesman said' after a named organisation", () => {
  it("the organisation, once the tagger takes it for one", () => {
    expect(said("The Danish freight group Nordline said profits fell by half. “Demand for containers has collapsed,” the spokesman said."))
      .toEqual(["Nordline: Demand for containers has collapsed"]);
  });
  it("not a person the text brought in with another role ('Its chief executive, X,')", () => {
    expect(said("Nordline said profits fell. Its chief executive, Vincent Marr, blamed weak demand. “Demand has collapsed,” the spokesman said."))
      .not.toContain("Vincent Marr: Demand has collapsed");
  });
  it("a spokesman brought in by name keeps that name", () => {
    expect(said("Nordline said profits fell. “Demand has collapsed,” said spokesman Anders Riis.")).toEqual(["Anders Riis: Demand has collapsed"]);
  });
});

describe("'its spokesman said': the body 'its' points back to", () => {
  it("after a body named as a subject", () => {
    expect(said("The Red Crescent sent three teams to the valley. “The roads are cut off,” its spokesman said."))
      .toEqual(["Red Crescent: The roads are cut off"]);
    expect(said("The Kettle Hill Brewery closed its taproom on Friday. Its spokeswoman said the closure was “temporary, we hope.”"))
      .toEqual(["Kettle Hill Brewery: temporary, we hope."]);
  });
  it("nobody when no body was named", () => {
    expect(said("Three teams reached the valley on Sunday. “The roads are cut off,” its spokesman said.")).toEqual(["-: The roads are cut off"]);
  });
});

describe("'the company said' after a body, with a group described by a capitalised adjective between", () => {
  it("'Environmental groups disagreed' names no body; the company is the one named before", () => {
    expect(said("Delta Pipelines said the route was safe. Environmental groups disagreed.\n\n“Our engineers have studied every mile,” the company said."))
      .toEqual(["Delta Pipelines: Our engineers have studied every mile"]);
  });
  it("a body named as a sentence's subject still counts ('Norcraft warned …')", () => {
    expect(said("Delta Pipelines said the route was safe. Norcraft warned of delays.\n\n“Our engineers have studied every mile,” the company said."))
      .toEqual(["Norcraft: Our engineers have studied every mile"]);
  });
});

describe("more ways a spokesperson is tied to the body named before", () => {
  it("'the company's spokeswoman', 'the agency's spokesman'", () => {
    expect(said("The storm hit on Friday.\nKestrel Freight declined to comment on the strike. The company's spokeswoman later said the depot was “fully staffed.”"))
      .toEqual(["Kestrel Freight: fully staffed."]);
  });
  it("a British spelling of the cue before ('criticised')", () => {
    expect(said("The storm hit on Friday.\nGreenpeace criticised the plan. “It is reckless,” the spokesman said.")).toEqual(["Greenpeace: It is reckless"]);
  });
  it("look-alike: 'the mayor's spokeswoman' is no body's ('mayor' is a person)", () => {
    expect(said("The storm hit on Friday.\nKestrel Freight declined to comment. The mayor's spokeswoman said the depot was “fully staffed.”"))
      .not.toContain("Kestrel Freight: fully staffed.");
  });
});
