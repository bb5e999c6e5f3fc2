// A paragraph ending in a colon leads into a quote paragraph; its subject speaks. An interjection opening that
// paragraph ("Wait, it gets better:", "Look, here is the line:") is capitalised only because it opens the
// sentence and names nobody — also after a sentence ending in a capitalised word ("… on Monday. Wait, …").
// Wordings written for these tests, not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("an interjection before the colon names nobody", () => {
  it("'Wait,' 'Look,' 'Remember,'", () => {
    expect(speakers("The harbor board met on a rainy night. Wait, it gets better:\n\n“By law, the board sets the mooring fee every year and nobody can appeal it.”")).toEqual(["-"]);
    expect(speakers("The ferry plan was shelved twice. Look, here is the line they used:\n\n“No ferry will sail until the pier is rebuilt from the piles up.”")).toEqual(["-"]);
  });
  it("after a sentence that ends in a day's name", () => {
    expect(speakers("The board met on Monday. Remember, it promised this:\n\n“Every mooring fee will be frozen until the new pier is finished.”")).toEqual(["-"]);
  });
});

describe("look-alikes: a named subject before the colon still speaks", () => {
  it("a surname set off by an appositive", () => {
    expect(speakers("Harriet Vogel took the stage in Akron. Vogel, still hoarse, told the crowd:\n\n“We will bring the mill back to this valley, every job of it.”")).toEqual(["Vogel"]);
  });
  it("a full name opening the sentence", () => {
    expect(speakers("The rally ran late. Harriet Vogel, hoarse, had one more thing to say:\n\n“We will bring the mill back to this valley, every job of it.”")).toEqual(["Harriet Vogel"]);
  });
});
