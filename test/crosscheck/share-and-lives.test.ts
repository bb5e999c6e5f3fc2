// Two forms of a toll or a group, in wordings of their own: "N lost their lives" tells the dead (a real dispute was
// missed), and a share taken of an owner's group ("three-quarters of the factory's 800 staff") tells the whole the
// share is taken of, not the number who did what the sentence says (a false alarm against the share's own count).
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("people who lost their lives", () => {
  it("flags '12 climbers lost their lives' against 'killed 21 climbers'", () => {
    const f = loud([
      "An avalanche killed 21 climbers on the slopes of Manaslu on Saturday, Nepal's tourism office said.",
      "Twelve climbers lost their lives when an avalanche swept the slopes of Manaslu on Saturday, the tourism office said.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/killed/);
  });
});

describe("a share of an owner's group", () => {
  it("is quiet on 'three-quarters of the factory's 800 staff' against 'about 600 staff'", () => {
    expect(loud([
      "Three-quarters of the factory's 800 staff joined the strike in Gyor on Tuesday.",
      "About 600 staff at the factory in Gyor joined the strike on Tuesday, the union said.",
    ])).toEqual([]);
  });
});
