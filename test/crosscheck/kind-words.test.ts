// Issue 17: words between a count and its noun that differ on both sides name two kinds of the thing ("four receiving
// touchdowns" / "six rushing touchdowns"); a count written in words ("Sixty residents", "Forty-two workers") is how many,
// not a kind, and "local"/"nearby" residents are the residents. Under-rating these hid real disputes at low.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && f.rule !== "crosscheck/update" && (f.severity === "medium" || f.severity === "high"));

describe("words between a count and its noun", () => {
  it("a count in words is no kind: 'Seventy residents' against '45 local residents' is a dispute", () => {
    expect(loud([
      "Seventy residents were evacuated from the flats above the burning supermarket in Lodz on Sunday, firefighters said.",
      "Firefighters said 45 local residents were evacuated from the flats above the burning supermarket in Lodz on Sunday.",
    ])).toHaveLength(1);
  });
  it("two kinds of the thing stay apart", () => {
    expect(loud([
      "Seventy retired residents were evacuated from the care home wing in Lodz on Sunday, firefighters said.",
      "Firefighters said 45 disabled residents were evacuated from the care home wing in Lodz on Sunday.",
    ])).toEqual([]);
  });
});
