// The second pass after average link: small stories join a larger one only when every article of
// theirs links to it; a story spanning more than a year says so.
import { describe, expect, it } from "vitest";
import { adjacency } from "../../src/stories/graph.js";
import { adopt, longSpanNote, yearSpanNote } from "../../src/stories/second-pass.js";

const frames = { lo: new Float64Array(5).fill(100), hi: new Float64Array(5).fill(101), span: 3 };
const opts = { adoptSize: 2, adoptThreshold: 0.11 };
const rank = (i: number) => i;

describe("adopt", () => {
  it("joins a pair to the larger story when both of its articles link to it", () => {
    const edges = { a: Int32Array.from([3, 4]), b: Int32Array.from([0, 1]), score: Float64Array.from([0.15, 0.14]) };
    expect(adopt([[0, 1, 2], [3, 4]], adjacency(5, edges), rank, frames, opts)).toEqual([[0, 1, 2, 3, 4]]);
  });
  it("leaves a pair alone when one stray link is all that reaches the larger story", () => {
    const edges = { a: Int32Array.from([3]), b: Int32Array.from([0]), score: Float64Array.from([0.15]) };
    expect(adopt([[0, 1, 2], [3, 4]], adjacency(5, edges), rank, frames, opts)).toEqual([[0, 1, 2], [3, 4]]);
  });
});

describe("yearSpanNote", () => {
  it("says so when undated articles' leads date their events more than a year apart, not one year or none", () => {
    expect(yearSpanNote([2010, null, 2012, 2010])).toMatch(/years apart \(2010 to 2012\)/);
    expect(yearSpanNote([2008, 2009, null])).toBeNull();
    expect(yearSpanNote([null, null])).toBeNull();
  });
});

describe("longSpanNote", () => {
  it("says how long a story spans past a year, and nothing below", () => {
    expect(longSpanNote([16000, 16400, NaN])).toMatch(/published 400 days apart/);
    expect(longSpanNote([16000, 16300])).toBeNull();
  });
});
