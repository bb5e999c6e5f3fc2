// A quote paragraph right after a paragraph whose subject is someone new and unnamed ("A bakery owner was less
// sure.", "One commuter, a retired nurse, disagreed.") is that person's: nobody named, not the named speaker
// before them. Wordings written for these tests (a tram strike), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a quote paragraph after someone new and unnamed is theirs", () => {
  it("'A bakery owner was less sure.' and 'One commuter, a retired nurse, disagreed.'", () => {
    expect(speakers("“The trams will run on Monday,” said union leader Bram Jansen.\n\nA bakery owner near the depot was less sure.\n\n“I have heard that every week since March.”")).toEqual(["Bram Jansen", "-"]);
    expect(speakers("“The trams will run on Monday,” said union leader Bram Jansen.\n\nOne commuter, a retired nurse, disagreed.\n\n“I have heard that every week since March.”")).toEqual(["Bram Jansen", "-"]);
  });
});

describe("look-alikes: the named speaker goes on", () => {
  it("a paragraph about a thing, not a person, between his quotes", () => {
    expect(speakers("“The trams will run on Monday,” said union leader Bram Jansen.\n\nA second vote is planned for June.\n\n“We will not strike again before the summer.”")).toEqual(["Bram Jansen", "Bram Jansen"]);
  });
  it("a paragraph whose unnamed subject is then named", () => {
    expect(speakers("“The trams will run on Monday,” said union leader Bram Jansen.\n\nA bakery owner, Fenna Smit, was less sure.\n\n“I have heard that every week since March.”")).toEqual(["Bram Jansen", "Fenna Smit"]);
  });
});
