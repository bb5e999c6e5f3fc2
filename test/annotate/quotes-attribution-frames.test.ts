// Frames that attribute a quote without a plain "X said": an "as" clause after it, a base form after a
// modal, "calls" in a relative clause, a speech participle opening the sentence, a paper and its maker,
// present forms after a plural subject, a paper named by its maker and set off by a clause, and a lone
// quote the next sentence names ("That line from X"). Wordings written for these tests (a harbour, a
// ferry levy, a port deal), with look-alikes beside them.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("an 'as' clause after the quote", () => {
  it("names its speaker", () => {
    expect(said("Ana Ruiz runs the port. The ferry is “a lifeline, not a luxury,” as Ruiz told the council last week."))
      .toEqual(["Ruiz: a lifeline, not a luxury"]);
  });
  it("not a clause of time that names no cue", () => {
    expect(said("Ana Ruiz runs the port. The ferry was “a lifeline, not a luxury,” as the winter came on.")).toEqual(["-: a lifeline, not a luxury"]);
  });
});

describe("a base form after a modal", () => {
  it("'could only quip', 'would simply reply', 'might counter'", () => {
    expect(said("The scheduling was so odd that a spokesman for Tom Ward could only quip: “I guess the harbor was booked.”"))
      .toEqual(["Tom Ward: I guess the harbor was booked."]);
    expect(said("Ana Ruiz might counter that the ferry is “a lifeline, not a luxury.”")).toEqual(["Ana Ruiz: a lifeline, not a luxury."]);
  });
  it("a noun 'quip' is no cue", () => {
    // (Not a verb: the words are Tom Ward's because "His quip" owns them, as "her claim that …" does — speakers22.)
    expect(said("Tom Ward tried a joke. His quip about the weather — “Ask the clouds, they decide the schedule” — fell flat."))
      .toEqual(["Tom Ward: Ask the clouds, they decide the schedule"]);
    expect(said("The crowd tried a joke. A quip about the weather — “Ask the clouds, they decide the schedule” — fell flat."))
      .toEqual(["-: Ask the clouds, they decide the schedule"]);
  });
});

describe("'calls' after a relative pronoun and its subject", () => {
  it("the subject of the relative clause speaks", () => {
    expect(said("The levy is part of a strategy which harbor historian Oskar Lind calls “a century-old habit.”"))
      .toEqual(["Oskar Lind: a century-old habit."]);
  });
});

describe("a speech participle opening the sentence", () => {
  it("belongs to the main clause's subject", () => {
    expect(said("Mayor Ana Ruiz spoke on Monday. Acknowledging that the council “says a lot of silly things,” though, Ruiz did suggest it had a point."))
      .toEqual(["Ruiz: says a lot of silly things"]);
  });
});

describe("a paper and its maker", () => {
  it("opening the sentence: the maker after 'by' or 'from' speaks", () => {
    expect(said("A poll released last month by Emerson College found the two candidates “statistically tied.”"))
      .toEqual(["Emerson College: statistically tied."]);
    expect(said("A study by the Harbor Institute found the tax “falls hardest on renters.”")).toEqual(["Harbor Institute: falls hardest on renters."]);
  });
  it("not a paper that undergoes something", () => {
    expect(said("A report by the Harbor Institute was dismissed by the council as “a partisan hit job.”"))
      .not.toContain("Harbor Institute: a partisan hit job.");
  });
  it("named by its maker and set off by a relative clause", () => {
    expect(said("The Harbor Party ad, which began airing Monday, argues that “only Ana Ruiz can save the ferry.”"))
      .toEqual(["Harbor Party: only Ana Ruiz can save the ferry."]);
  });
});

describe("present forms news writes as nouns, after a quote and a plural or paired subject", () => {
  it("'note', 'state'", () => {
    expect(said("“The ferry loses money on every crossing,” the Harbor Institute researchers note."))
      .toEqual(["Harbor Institute researchers: The ferry loses money on every crossing"]);
    expect(said("“The ferry loses money on every crossing,” Ana Ruiz and Tom Ward note in their report."))
      .toEqual(["Ana Ruiz: The ferry loses money on every crossing"]);
  });
  it("not as nouns elsewhere", () => {
    expect(said("“The ferry loses money,” the mayor said. The notes state nothing about it.")).toEqual(["-: The ferry loses money"]);
  });
});

describe("a lone quote the next sentence names", () => {
  it("'That line from X', 'The remark by X'", () => {
    expect(said("“I would rather lose the election than sell the harbor.” That line from Mayor Ana Ruiz drew the loudest cheers of the night."))
      .toEqual(["Ana Ruiz: I would rather lose the election than sell the harbor."]);
    expect(said("“Ferries are for tourists.” The remark by Councilman Tom Ward, made at a budget hearing in 2019, still haunts him."))
      .toEqual(["Tom Ward: Ferries are for tourists."]);
  });
  it("not a slogan that appeared somewhere", () => {
    expect(said("“Ferries are for tourists.” That slogan appeared on billboards across the county.")).toEqual(["-: Ferries are for tourists."]);
  });
});
