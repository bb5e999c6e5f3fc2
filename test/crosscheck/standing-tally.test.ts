// A count someone holds — a team's points, a petition's signatures, a candidate's delegates or lead — grows as a
// season, a campaign or a count goes on: told larger in a later report, it is an update, not a dispute (issue 17:
// delegate counts and leads of a primary season a few weeks apart). A fixed figure told two ways on one day, or a
// standing that shrinks between reports, stays a dispute. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));
const updates = (texts: Parameters<typeof findingsOf>[0]) => findingsOf(texts).filter((f) => f.rule === "crosscheck/update");

describe("a standing that grows between dated reports is an update", () => {
  it("a team's points three weeks apart", () => {
    const texts = [
      { text: "With 20 games played, the Tigers have 31 points in the league.", publishedAt: "2026-11-01" },
      { text: "The Tigers have 45 points in the league after their win.", publishedAt: "2026-11-20" },
    ];
    expect(loud(texts)).toEqual([]);
    expect(updates(texts).length).toBeGreaterThan(0);
  });
  it("a petition's signatures, 'now has'", () => {
    expect(loud([
      { text: "The petition to save the Elm Street library has 12,000 signatures, organisers said.", publishedAt: "2026-11-01" },
      { text: "The petition to save the Elm Street library now has 48,000 signatures, organisers said.", publishedAt: "2026-11-05" },
    ])).toEqual([]);
  });
  it("a lead held going into two votes", () => {
    expect(loud([
      { text: "Rivera held a 12-point lead over Ortiz in the polls going into the debate.", publishedAt: "2026-10-01" },
      { text: "Rivera held a 20-point lead over Ortiz in the polls going into the vote.", publishedAt: "2026-10-15" },
    ])).toEqual([]);
  });
  it("two candidates' delegates a month apart, told in nearly the same words", () => {
    expect(loud([
      { text: "Ted Cruz has 11 delegates and Marco Rubio has 10 after the first two contests, the party said.", publishedAt: "2026-02-20" },
      { text: "Ted Cruz has 370 delegates and Marco Rubio has 163 after the latest contests, the party said.", publishedAt: "2026-03-15" },
    ])).toEqual([]);
  });
});

describe("what stays a dispute", () => {
  it("passengers a ferry had, told two ways the same day", () => {
    expect(loud([
      { text: "The ferry had 212 passengers on board when it sank off Crete, the coastguard said.", publishedAt: "2026-11-01" },
      { text: "The ferry had 122 passengers on board when it sank off Crete, the coastguard said.", publishedAt: "2026-11-01" },
    ]).length).toBeGreaterThan(0);
  });
  it("a standing that shrinks between reports", () => {
    expect(loud([
      { text: "The petition to save the Elm Street library has 48,000 signatures, organisers said.", publishedAt: "2026-11-01" },
      { text: "The petition to save the Elm Street library has 12,000 signatures, organisers said.", publishedAt: "2026-11-05" },
    ]).length).toBeGreaterThan(0);
  });
});
