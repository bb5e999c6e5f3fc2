// Issue 17 ("updates over time reported as contradictions"): a toll an article tells as corrected ("revised the toll
// down to 31", "corrected the number of dead to 18", "lowered its estimate of the missing to 40") is the count's later
// state, not a second source's dispute — lower or higher, dated or not. Written before the rule, in wordings and events
// of their own, with the disputes that must stay beside them.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && f.rule !== "crosscheck/update" && (f.severity === "medium" || f.severity === "high"));
const updates = (texts: Parameters<typeof findingsOf>[0]) => findingsOf(texts).filter((f) => f.rule === "crosscheck/update");

describe("a toll told as revised", () => {
  it("reads 'corrected the number of dead to 18' against an earlier 20 as an update", () => {
    const texts = [
      "Twenty people died in the fire at the Kimironko market in Kigali on Saturday, the health ministry said.",
      "The health ministry corrected the number of dead in Saturday's Kimironko market fire in Kigali to 18, saying two bodies had been counted twice.",
    ];
    expect(loud(texts)).toHaveLength(0);
    expect(updates(texts)[0]?.summary).toMatch(/changed over time: .*Twenty people.*then .*18/);
  });
  it("reads 'lowered its estimate of the missing to 40' as an update", () => {
    expect(loud([
      "Sixty-five people were missing after the landslide in Yunnan on Tuesday, state media said.",
      "Officials lowered their estimate of the people missing after Tuesday's landslide in Yunnan to 40, state media said.",
    ])).toHaveLength(0);
  });
  it("reads 'revised the toll up to 19' as an update too", () => {
    expect(loud([
      "A boiler explosion at a textile mill in Faisalabad killed 14 workers on Monday, police said.",
      "Police revised the toll from Monday's boiler explosion at a Faisalabad textile mill up to 19 workers killed.",
    ])).toHaveLength(0);
  });
});

describe("disputes that stay disputes", () => {
  it("still flags two tolls of one day with no word of revision", () => {
    expect(loud([
      "A boiler explosion at a textile mill in Faisalabad killed 14 workers on Monday, police said.",
      "Police said 19 workers were killed when a boiler exploded at a textile mill in Faisalabad on Monday.",
    ])).toHaveLength(1);
  });
  it("does not take a revision of something else in the sentence for a revised toll", () => {
    expect(loud([
      "After the company revised its safety plan, 40 workers were evacuated from the Tarkwa mine on Friday, police said.",
      "Police said 12 workers were evacuated from the Tarkwa mine on Friday after a tunnel partly collapsed.",
    ]).length).toBeGreaterThanOrEqual(findingsOf([
      "The company changed its safety plan, and 40 workers were evacuated from the Tarkwa mine on Friday, police said.",
      "Police said 12 workers were evacuated from the Tarkwa mine on Friday after a tunnel partly collapsed.",
    ]).filter((f) => f.type === "contradiction" && f.rule !== "crosscheck/update" && (f.severity === "medium" || f.severity === "high")).length);
  });
});

// A total told against its parts in a restated sentence is no dispute; the parts told otherwise still are.
describe("a total against its parts", () => {
  it("is quiet on 'killed or wounded 40' against 'nine killed and 31 wounded'", () => {
    expect(loud([
      "Nine people were killed and 31 wounded when a bomb exploded at a market in Peshawar on Friday, police said.",
      "Police said 40 people were killed or wounded when a bomb exploded at a market in Peshawar on Friday.",
    ])).toHaveLength(0);
  });
  it("is quiet when a part has no noun of its own ('six killed and 23 injured' / '29 killed or injured')", () => {
    expect(loud([
      "Six people were killed and 23 injured when a bus plunged into a gorge in the Himalayas near Shimla on Sunday, police said.",
      "Police said 29 people were killed or injured on Sunday when a bus fell into a gorge in the Himalayas near Shimla.",
    ])).toHaveLength(0);
  });
  it("still flags the wounded given as 31 and as 40 beside the same nine dead", () => {
    expect(loud([
      "Nine people were killed and 31 wounded when a bomb exploded at a market in Peshawar on Friday, police said.",
      "Nine people were killed and 40 wounded when a bomb exploded at a market in Peshawar on Friday, police said.",
    ])).toHaveLength(1);
  });
});

// People a vessel "had … on board" are the people aboard, as "carrying" says; what someone "has" is no toll.
describe("people aboard told with 'had'", () => {
  it("flags 'which had 48 tourists on board' against 'carrying 84 tourists'", () => {
    expect(loud([
      "A tour boat carrying 84 tourists sank in Halong Bay on Saturday, the provincial government said.",
      "The boat, which had 48 tourists on board, went down in rough seas off Halong Bay on Saturday, rescuers said.",
    ])).toHaveLength(1);
  });
  it("does not read a skipper's children as people aboard", () => {
    expect(loud([
      "A tour boat carrying 84 tourists sank in Halong Bay on Saturday, the provincial government said.",
      "The skipper of the tour boat that sank in Halong Bay on Saturday, who has three children, was arrested.",
    ])).toHaveLength(0);
  });
});

// Turnout told by its verb ("38% of eligible voters turned out") is the turnout; a share of voters who backed a side is not.
describe("turnout told by its verb", () => {
  it("flags 'turnout stood at 52 percent' against '38% of eligible voters turned out'", () => {
    expect(loud([
      "Turnout in Sunday's referendum on the new county charter in Cork stood at 52 percent, the returning officer said.",
      "Only 38% of eligible voters turned out for Sunday's referendum on the new county charter in Cork, the returning officer said.",
    ])).toHaveLength(1);
  });
  it("leaves a share of voters who backed the charter beside the turnout alone", () => {
    expect(loud([
      "Turnout in Sunday's referendum on the new county charter in Cork stood at 52 percent, the returning officer said.",
      "Some 38% of voters backed the new county charter in Sunday's referendum in Cork, the returning officer said.",
    ])).toHaveLength(0);
  });
});
