// A speaker after the quote whose description names a body with a number or a sum in it ("Teamsters Local 743
// president …", "Raise the Wage 2020 field director …", "Western Lakes University historian …"): the number is
// part of the description, not a reason to drop the speaker. Wordings written for these tests.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a body's name with a number in the description between the quote and the speaker", () => {
  it("a local's number, a campaign's year", () => {
    expect(speakers("“We expect a long strike,” Teamsters Local 743 president Harold Brandt said.")).toEqual(["Harold Brandt"]);
    expect(speakers("“They have to choose between rent and food,” Raise the Wage 2020 field director Carmen Ruiz told the crowd.")).toEqual(["Carmen Ruiz"]);
  });
  it("as without a number", () => {
    expect(speakers("“It is a foundation of our democracy,” said Western Lakes University historian Ruth Amsel.")).toEqual(["Ruth Amsel"]);
    expect(speakers("“We expect a long strike,” union president Harold Brandt said.")).toEqual(["Harold Brandt"]);
  });
});

describe("look-alikes: a number that counts unnamed people, a paper that speaks", () => {
  it("'300 commuters complained' names nobody", () => {
    expect(speakers("The ferry runs twice a day. “Nobody checks the tickets,” 300 commuters complained in a petition.")).toEqual(["-"]);
  });
  it("'said the banner' before a count of marchers names nobody", () => {
    expect(speakers("“We will hold the line,” said the banner, and 300 union members marched behind it.")).toEqual(["-"]);
  });
});
