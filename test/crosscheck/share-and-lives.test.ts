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

describe("a man or woman in apposition to a role", () => {
  it("flags 'The bus driver, a 61-year-old woman from Tours,' against 'The 16-year-old bus driver' as the driver's age", () => {
    const f = loud([
      "The bus driver, a 61-year-old woman from Tours, was taken to hospital after the crash near Blois on Monday.",
      "The 16-year-old bus driver was taken to hospital after Monday's crash near Blois, police said.",
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/age of the driver/);
  });
  it("leaves a man who is not described as the role alone", () => {
    expect(loud([
      "A 61-year-old man, a passenger, was taken to hospital after the bus crash near Blois on Monday.",
      "The 16-year-old bus driver was taken to hospital after Monday's crash near Blois, police said.",
    ])).toEqual([]);
  });
});
