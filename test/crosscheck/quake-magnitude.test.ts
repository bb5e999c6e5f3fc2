// Issue 17: a quake's magnitude told two ways ("a magnitude 6.4 earthquake" / "the 6.9-magnitude quake") is one measure
// of the event whatever the quake is called, and on its log scale 0.2 apart already matters. An aftershock's or an
// earlier quake's magnitude beside the main one is another figure.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && f.rule !== "crosscheck/update" && (f.severity === "medium" || f.severity === "high"));

describe("a quake's magnitude", () => {
  it("is compared across 'earthquake' and 'quake', and named so", () => {
    const fs = loud([
      "A magnitude 6.4 earthquake struck near the town of Petrinja on Tuesday afternoon, the seismological service said.",
      "The 6.9-magnitude quake that struck near Petrinja on Tuesday afternoon was felt in Zagreb, the seismological service said.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.summary).toMatch(/^Sources disagree on the quake's magnitude: /);
  });
  it("leaves an aftershock's magnitude beside the main one alone", () => {
    expect(loud([
      "A magnitude 6.4 earthquake struck near Petrinja on Tuesday, followed by a 4.7-magnitude aftershock that evening.",
      "A 6.4-magnitude quake struck near Petrinja on Tuesday, the seismological service said.",
    ])).toEqual([]);
  });
  it("reads 'a tremor of magnitude 4.9 shook' as the magnitude, quoting the number alone", () => {
    const fs = loud([
      "A tremor of magnitude 4.9 shook the hill town of Norcia early on Sunday, the geophysics institute said.",
      "A 5.4-magnitude tremor shook Norcia early on Sunday, cracking the walls of several churches.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.summary).toContain("“4.9”");
  });
  it("leaves 'magnitude' with no quake before it alone", () => {
    expect(loud([
      "Officials said a storm of magnitude 3 hit the coast near Norcia on Sunday.",
      "A storm of magnitude 5 hit the coast near Norcia on Sunday, officials said.",
    ]).filter((f) => /magnitude/.test(f.summary))).toEqual([]);
  });
});
