// Issue 17, sixteenth session: people held where they are ("trapped", "stranded", "stuck") are a count of their own, not
// the evacuated, and a figure cannot be a part of a smaller whole. Events and wordings of these tests' own (written
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
