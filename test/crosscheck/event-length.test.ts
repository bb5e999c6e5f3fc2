// How long an event lasted ("a 16-hour blackout", "the siege lasted nine hours", "trapped for five hours") is one figure
// of the event, compared in hours whatever unit each article writes (issue 17: a real dispute missed; "a 16-hour
// blackout" was read as sixteen blackouts). Times after or before something ("three days after the flood", "within 24
// hours", "delays of up to two hours") are no event's length. Written in wordings and events of their own, with
// negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";
import { annotate } from "../../src/annotate/annotate.js";
import { extractClaims } from "../../src/claims/extract.js";
import { articleFromRecord } from "../../src/ingest/record.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));
const lengths = (text: string) => extractClaims(annotate(articleFromRecord("a", { id: "a", text }))).flatMap((c) =>
  c.kind === "quantity" && c.slot.pred === "lasted" ? [[c.slot.noun, c.value.number] as const] : []);

describe("an event's length", () => {
  it("reads a compound length as the event's, not as a count of events", () => {
    expect(lengths("A 36-hour stoppage by air traffic controllers in Marseille ended on Monday.")).toEqual([["length-stoppage", 36]]);
    expect(lengths("A three-day curfew was lifted in Kathmandu on Sunday.")).toEqual([["length-curfew", 72]]);
    expect(lengths("A 25-minute power outage stopped the trains in Zurich.")).toEqual([["length-blackout", 25 / 60]]);
  });
  it("reads a length after 'lasted' with its event, and a time people were held", () => {
    expect(lengths("The standoff with the gunman in Graz lasted seven hours, police said.")).toEqual([["length-standoff", 7]]);
    expect(lengths("Climbers were stranded on the ridge above Chamonix for 30 hours.")).toEqual([["length-trapped", 30]]);
  });
  it("reads no length in times after, before or within something", () => {
    expect(lengths("Two days after the flood in Valencia, the strike was called off.")).toEqual([]);
    expect(lengths("The union said the strike would be decided within 48 hours.")).toEqual([]);
    expect(lengths("Travellers faced delays of up to four hours at Dover on Saturday.")).toEqual([]);
  });
  it("flags a hunger strike of 11 days against one of 41 days", () => {
    const f = loud([
      "The activist ended her hunger strike in Cairo on Wednesday after it lasted 11 days, her lawyer said.",
      "Her lawyer said on Wednesday the activist had ended a 41-day hunger strike in Cairo.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/how long the hunger strike lasted/);
  });
  it("flags five hours against 50 hours of being trapped, with the units compared", () => {
    expect(loud([
      "Twelve miners were trapped underground at Jerada for five hours on Tuesday before rescuers reached them.",
      "Rescuers reached 12 miners at Jerada on Tuesday after they spent 50 hours trapped underground.",
    ])).toHaveLength(1);
  });
  it("is quiet on two days against 48 hours", () => {
    expect(loud([
      "A two-day strike by teachers in Lisbon ended on Friday.",
      "Teachers in Lisbon ended a 48-hour strike on Friday.",
    ])).toHaveLength(0);
  });
  it("is quiet on the strike's length against the delays it caused", () => {
    expect(loud([
      "A 24-hour strike by ferry crews in Piraeus on Thursday left passengers waiting up to six hours.",
      "Ferry crews in Piraeus held a 24-hour strike on Thursday.",
    ])).toHaveLength(0);
  });
});
