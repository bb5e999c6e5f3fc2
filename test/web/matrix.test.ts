// Which count claims the claim matrix shows: a row is a figure readers compare, so misreads of the
// counted noun stay out (a time read as a count of "m.", a bare singular after a plural count, a
// number that measures a modifier) while real counts, irregular plurals and disputed values stay.
import { describe, expect, it } from "vitest";
import type { ReportClaim } from "../../src/domain/claim.js";
import { claimMatrix, countsItsNoun } from "../../src/domain/labels.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { analyzeAll, seedArticles } from "../server/helpers.js";

type ReportQuantity = ReportClaim & { readonly kind: "quantity" };

function claim(text: string, noun: string, n: number): ReportQuantity {
  return {
    id: text, articleId: "a", kind: "quantity", slot: `count:-:${noun}:-:now`, span: { articleId: "a", start: 0, end: text.length, text },
    value: { number: n, low: null, high: null, hedge: "exact", noun, predicate: null, perParty: false, unit: "count", day: null },
  } as ReportQuantity;
}

describe("countsItsNoun", () => {
  it.each([
    ["288 candidates", "candidate", 288], ["six empty ten-round magazines", "magazine", 6], ["a total of 14 AK-47 rifles", "rifle", 14],
    ["hundreds of schoolchildren", "schoolchildren", 200], ["40 firemen", "fireman", 40], ["a total of 26 Somali crew", "crew", 26],
    ["nine shot", "shot", 9], ["one rocket", "rocket", 1], ["No one was injured", "people", 0], ["over 500 Ukrainians", "people", 500],
  ])("keeps %s", (text, noun, n) => expect(countsItsNoun(claim(text, noun, n), false)).toBe(true));

  it.each([
    ["7 a. m.", "m.", 7], ["three leading", "leading", 3], ["33 home", "home", 33], ["150 nautical miles west", "west", 150],
    ["4900 block", "block", 4900], ["26 Somali crew onboard", "onboard", 26],
    ["10-year deal", "deal", 10], ["2,507-member assembly", "assembly", 2507], ["three-story structure", "structure", 3], ["15-year veteran", "veteran", 15],
  ])("leaves out %s", (text, noun, n) => expect(countsItsNoun(claim(text, noun, n), false)).toBe(false));

  it("keeps a measured modifier a finding disputes, but never a time read as a count", () => {
    expect(countsItsNoun(claim("eight-year deal", "deal", 8), true)).toBe(true);
    expect(countsItsNoun(claim("10 a. m.", "m.", 10), true)).toBe(false);
  });
});

describe("the seeds' matrix", () => {
  it("still shows the disputed 'over 500 Ukrainians' in a contested row", () => {
    const report = analyzeAll(seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a)));
    const rows = report.stories.flatMap((s) => claimMatrix(s));
    const row = rows.find((r) => [...r.cells.values()].flat().some((c) => c.span.text === "over 500 Ukrainians"));
    expect(row?.contested).toBe(true);
    expect(rows).toHaveLength(6); // as before the filter: the seeds hold no misread counts
    expect([...(row?.cells.values() ?? [])].flat().map((c) => c.span.text)).toEqual(expect.arrayContaining(["over 500 Ukrainians", "390 individuals"]));
  }, 60_000);
});
