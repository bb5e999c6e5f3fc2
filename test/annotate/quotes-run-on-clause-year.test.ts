// (1) A quote opening its sentence whose clause runs on past the closing mark, then a comma, a title run, the name
// and the cue: "“The pumps will run until May” unless the river rises, Water Board chief engineer Ola Berg wrote
// in a memo." (2) A year or a decade before a name used as a modifier after the cue: "said a 2012 Berg aide".
// (3) A participle after "of" and a noun for a record, or "think of", is said by the one named before it: "a
// video of X telling skiers “…”".
// Wordings written for these tests (a water board, a ski lift), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a quote whose clause runs on, then a titled name and its cue", () => {
  it("a title run of capitalised and lower-case words before the name", () => {
    expect(speakers("“The pumps will run until May” unless the river rises again, Water Board senior project engineer Ola Berg wrote in a memo.")).toEqual(["Ola Berg"]);
  });
  it("look-alike: a clause after the quote with a relative clause naming someone is no attribution", () => {
    expect(speakers("“The lift is safe” was the verdict of the inspection, which resort manager Ola Berg praised on Monday.")).toEqual(["-"]);
  });
});

describe("a year or decade before a name modifier after the cue", () => {
  it("'said a 2012 Berg aide', 'said a 1990s Berg staffer'", () => {
    expect(speakers("“He never read the briefs,” said a 2012 Berg aide.")).not.toEqual(["-"]);
    expect(speakers("“He never read the briefs,” said a 1990s Berg staffer.")).not.toEqual(["-"]);
  });
  it("look-alike: a year before a paper names nobody", () => {
    expect(speakers("“The lift is safe,” said the 2015 report.")).toEqual(["-"]);
  });
});

describe("'a video of X saying “…”', 'what do you think of X saying “…”': the one shown saying it", () => {
  it("after 'of' and a noun for a record, or 'think of'", () => {
    expect(speakers("The channel aired a video of Mayor Ola Berg telling skiers “the lift will run all winter.”")).toEqual(["Ola Berg"]);
    expect(speakers("What do you think of Ola Berg privately saying “let them queue” after the storm?")).toEqual(["Ola Berg"]);
  });
  it("look-alike: 'a friend of X, saying …' is not X", () => {
    expect(speakers("A friend of Ola Berg, saying “he never wanted the job,” left flowers at the lift.")).not.toEqual(["Ola Berg"]);
  });
});
