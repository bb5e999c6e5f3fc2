// Issue 17, sixteenth session: people held where they are ("trapped", "stranded", "stuck") are a count of their own, not
// the evacuated, a figure cannot be a part of a smaller whole, and a building's storeys ("a three-storey block") are its
// height, not a count of buildings. Events and wordings of these tests' own (written
// before the rule ran, .scratch/v26); negatives beside each.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts.map((text) => ({ text, publishedAt: "2026-12-05" })))
  .filter((f) => ["contradiction", "arithmetic"].includes(f.type) && (f.severity === "high" || f.severity === "medium"));
const preds = (text: string) => extractClaims(annotate(articleFromRecord("t", { id: "t", text, publishedAt: "2026-12-05" })))
  .filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.span.text}:${c.slot.pred}`);

describe("people trapped, stranded or stuck", () => {
  it("are counted as trapped, whichever verb a rescue is told with", () => {
    expect(preds("Nine climbers were trapped by an avalanche on Mount Hood on Saturday.")).toContain("Nine climbers:trapped");
    expect(preds("Rescuers flew out 61 fishermen stranded on a drifting ice floe.")).toContain("61 fishermen:trapped");
    expect(preds("Workers freed 23 passengers stuck in a cable car above the lake.")).toContain("23 passengers:trapped");
    expect(preds("Rescue teams are trying to reach 72 miners trapped by a tunnel collapse.")).toContain("72 miners:trapped");
  });
  it("two counts of the trapped disagree at medium; the same count agrees", () => {
    const f = loud(["Sixteen fishermen were stranded on an ice floe off the coast of Sakhalin on Sunday, officials said.",
      "Rescuers flew out 61 fishermen stranded on a drifting ice floe off Sakhalin on Sunday, officials said."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/trapped/);
    expect(loud(["Sixteen fishermen were stranded on an ice floe off the coast of Sakhalin on Sunday, officials said.",
      "Rescuers flew out 16 fishermen stranded on a drifting ice floe off Sakhalin on Sunday, officials said."])).toEqual([]);
  });
  it("those still trapped after some were brought out are fewer, not a dispute", () => {
    expect(loud(["Eight miners were trapped underground in Shanxi on Tuesday; five of them were brought out alive by evening.",
      "Rescuers in Shanxi brought five miners out alive on Tuesday; three remained trapped underground."])).toEqual([]);
    expect(loud(["Thirty people were trapped in a lift shaft fire in Nairobi on Friday; 26 were rescued.",
      "Firefighters rescued 26 people from a burning office block in Nairobi on Friday."])).toEqual([]);
  });
  it("people stranded at another place are another count", () => {
    expect(loud(["Some 200 drivers were stranded overnight on a snowbound motorway in Bavaria on Wednesday.",
      "About 2,000 people were stranded at Munich airport after snow closed its runways on Wednesday."])).toEqual([]);
  });
});

describe("a part is no larger than its whole", () => {
  it("more residents than people trapped is a dispute, not a subgroup", () => {
    expect(loud(["About 40 people remained trapped in the collapsed apartment block in Izmir on Thursday, rescuers said.",
      "Rescuers in Izmir said on Thursday that some 140 residents were still trapped under the rubble of the apartment block."])).toHaveLength(1);
  });
  it("fewer children than people injured may be a part", () => {
    expect(loud(["Twelve children were injured when a stand collapsed at the rodeo in Calgary on Sunday, police said.",
      "Forty people were injured when a stand collapsed at the Calgary rodeo on Sunday, police said."])).toEqual([]);
  });
  it("a whole told as 'more than' may hold any part", () => {
    expect(loud(["More than 40 people were injured when a stand collapsed at the rodeo in Calgary on Sunday, police said.",
      "Police said 55 spectators were injured when a stand collapsed at the Calgary rodeo on Sunday."])).toEqual([]);
  });
});

describe("a building's storeys", () => {
  it("are its height, told glued to the number by a hyphen", () => {
    expect(preds("A three-storey building collapsed in Lagos on Monday.")).toContain("three-storey building:-");
    const c = extractClaims(annotate(articleFromRecord("t", { id: "t", text: "The 12-story tower in Mumbai caught fire.", publishedAt: "2026-12-05" })))
      .filter((x): x is QuantityClaim => x.kind === "quantity");
    expect(c.map((x) => `${x.value.unit}:${x.slot.noun}`)).toContain("distance:storey");
  });
  it("two heights of the building that fell disagree at medium, in words a reader knows", () => {
    const f = loud(["A three-storey building collapsed in the Ikeja district of Lagos on Monday, emergency officials said.",
      "The four-storey building that collapsed in Ikeja on Monday had been marked for demolition, officials said."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/how many storeys/);
    expect(loud(["A three-storey building collapsed in the Ikeja district of Lagos on Monday, emergency officials said.",
      "The three-storey building that collapsed in Ikeja on Monday had been marked for demolition, officials said."])).toEqual([]);
  });
  it("another building's storeys are another height", () => {
    expect(loud(["A three-storey building collapsed in the Ikeja district of Lagos on Monday, emergency officials said.",
      "The building that collapsed in Ikeja on Monday stood beside a 20-storey hotel, officials said."])).toEqual([]);
    expect(loud(["A fire broke out in a 14-storey tower block in east London on Tuesday, the fire brigade said.",
      "Firefighters tackled a blaze on the fourth floor of a 14-storey block in east London on Tuesday. In 2017 a fire at the 24-storey Grenfell Tower killed 72 people."])).toEqual([]);
  });
  it("three floors a fire spread across are no height", () => {
    expect(preds("The fire spread across three floors of the hotel.").some((p) => p.startsWith("three floors:"))).toBe(true);
    expect(loud(["The fire spread across three floors of the hotel in Leeds on Friday.",
      "The five-storey hotel in Leeds caught fire on Friday."])).toEqual([]);
  });
});
