// A tally over a named period — a month's arrests, the first months of a year's shootings, a weekend patrol's
// arrests — is a statistic, not the count of the story's event: two tallies of different periods, or a tally and an
// event's count, are different things (issue 17, gun-corpus tune fold: one department's monthly arrests against
// another's two-day enforcement effort). Tallies of the same period are still compared; an event's own time
// ("during the robbery", "during the raid") is no tally. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { docOf } from "../helpers.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));
const scopes = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => c.slot.scope);

describe("tallies of other periods are other figures", () => {
  it("a month's arrests against a holiday crackdown's", () => {
    expect(loud([
      "During the month of March, state troopers arrested 58 people on warrants in Pima County, the agency said.",
      "During the Easter weekend crackdown, state troopers arrested 21 people on warrants in Pima County, the agency said.",
    ])).toEqual([]);
  });
  it("a tally of the past few months against the event's count", () => {
    expect(loud([
      "Two people were wounded when shots were fired outside a bowling alley in Yakima on Friday night, police said.",
      "Police said 14 people have been wounded in Yakima in the past three months, most of them near the same strip mall.",
    ])).toEqual([]);
  });
  it("scopes: a month, a span, a drive; and the summary names the period", () => {
    expect(scopes("During the month of March, troopers arrested 58 people.")).toEqual(["period=March"]);
    expect(scopes("In the past three months, 14 people have been wounded in the city.")).toEqual(["period=the past three months"]);
    expect(scopes("During the weekend saturation patrol, deputies arrested 12 drivers.")).toEqual(["period=the weekend saturation patrol"]);
  });
});

describe("look-alikes that stay compared", () => {
  it("two tallies of the same month disagree", () => {
    const fs = findingsOf([
      "During the month of March, state troopers arrested 58 people on warrants in Pima County, the agency said.",
      "During the month of March, state troopers arrested 85 people on warrants in Pima County, an agency spokesman said.",
    ]).filter((f) => f.type === "contradiction" && f.severity !== "info");
    expect(fs.length).toBeGreaterThan(0);
    expect(fs[0]!.summary).toContain("during March");
  });
  it("an event's own time is no tally: 'during the robbery' / 'in the robbery'", () => {
    expect(scopes("During the robbery, the gunman shot two clerks.")).toEqual(["now"]);
    expect(loud([
      "During the robbery at the pawn shop on Fourth Street, two clerks were shot, police said Monday.",
      "Police said Monday that three clerks were shot in the robbery at the pawn shop on Fourth Street.",
    ]).length).toBeGreaterThan(0);
  });
  it("a search or rescue effort is the event's own time, not a tally", () => {
    expect(loud([
      "The landslide killed 12 people in the village above Trabzon on Tuesday, officials said.",
      "During the rescue effort, officials said the landslide had killed 19 people in the village above Trabzon on Tuesday.",
    ])).toHaveLength(1);
  });
  it("a raid or an operation is one police action, not a tally", () => {
    expect(scopes("During the raid, agents arrested 11 people at the ranch.")).toEqual(["now"]);
    expect(scopes("During the operation, officers seized 40 guns.")).toEqual(["now"]);
  });
  it("a quarter or a half is a result's period, left to the change rules: no tally scope", () => {
    expect(scopes("In the first half, the club sold 3,000 season tickets.")).toEqual(["now"]);
  });
});
