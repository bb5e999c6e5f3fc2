import { describe, expect, it } from "vitest";
import { variants, yearFindings } from "../../eval/year-dating.js";
import { ownYears } from "../../src/crosscheck/rules/own-year.js";
import { docOf } from "../helpers.js";

// Batch A of the year-dating torture text, one sentence per case, in a story published 2025-06-10.
// (Batch B is read only by eval/year-dating.ts, for the report.)
const batchA = variants("a");

describe("year dating: sentences that date the story's own event to another year", () => {
  it.each(batchA.filter((v) => v.positive).map((v) => [v.note, v.text] as const))("flags %s", (_note, text) => {
    expect(yearFindings(text).filter((f) => f.startsWith("high"))).toHaveLength(1);
  });
});

describe("year dating: background years that do not date the event", () => {
  it.each(batchA.filter((v) => !v.positive).map((v) => [v.note, v.text] as const))("does not flag %s", (_note, text) => {
    expect(yearFindings(text)).toEqual([]);
  });
});

describe("year dating: spans", () => {
  const spans = (text: string) => { const d = docOf(text); return ownYears(d.article.text, d.sentences).map((o) => `${o.year} ${d.article.text.slice(o.start, o.end)}`); };
  it("covers the ordinal phrase from its article", () => {
    expect(spans("This latest exchange marks the fifth swap in 2023.")).toEqual(["2023 the fifth swap in 2023"]);
  });
  it("covers the event and its dating verb", () => {
    expect(spans("Sunday's talks, held in March 2022, ended without a deal.")).toEqual(["2022 Sunday's talks, held in March 2022"]);
  });
  it("does not flag a year inside the story's frame", () => {
    expect(yearFindings("This latest handover marks the fourth release of hostages in 2025.")).toEqual([]);
  });
});

// issue 17, PolNeAR tune: "my first presidential ballot in 1996" is the writer's own past, not the story's event.
describe("year dating: a first-person memory", () => {
  const spans = (text: string) => { const d = docOf(text); return ownYears(d.article.text, d.sentences).map((o) => `${o.year} ${d.article.text.slice(o.start, o.end)}`); };
  it("'my first …' or 'our third …' with a year is the speaker's own past", () => {
    expect(spans("I learned it the hard way: as a student, I queued for hours at my first general election in 2004.")).toEqual([]);
    expect(spans("We were nervous, the coach said, because this was our third final in 2009.")).toEqual([]);
  });
  it("the story's event counted with that year is still read", () => {
    expect(spans("This latest vote, the club said, was the third ballot in 2009.")).toEqual(["2009 the third ballot in 2009"]);
  });
});
