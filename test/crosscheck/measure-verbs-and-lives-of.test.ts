// Two real-dispute forms from probe batch 19 (read after its final run), tested in other wordings and events:
// a thing's size told as a compound ("a 300-metre queue") and as the thing's own verb of measure ("the queue stretched
// 700 metres"); a toll told as "claimed the lives of N people" against "N were killed".
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("a thing's size told by its own verb of measure", () => {
  it("a lorry queue: a 12-kilometre queue against the queue stretched 21 kilometres", () => {
    expect(loud([
      "Drivers waited in a 12-kilometre queue at the Polish border crossing on Monday, police said.",
      "The queue of lorries at the Polish border crossing stretched 21 kilometres on Monday, police said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a storm's path that 'stretched 19 kilometres across' a region: 'across' names the place, not a width", () => {
    expect(loud([
      "A hailstorm cut a 9-kilometre path through vineyards in Burgundy on Tuesday, the prefecture said.",
      "The hailstorm's path stretched 19 kilometres across Burgundy's vineyards on Tuesday, the prefecture said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a flooded stretch that 'ran 19 miles': a thing's extent, not a distance travelled", () => {
    expect(loud([
      "The river flooded a 9-mile stretch of the valley road on Sunday, the county said.",
      "The flooded stretch of the valley road ran 19 miles on Sunday, the county said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a runner who ran 19 miles is still a distance travelled, not the road's length", () => {
    expect(loud([
      "The river flooded a 9-mile stretch of the valley road on Sunday, the county said.",
      "A volunteer ran 19 miles along the valley road on Sunday to warn farmers, the county said.",
    ])).toEqual([]);
  });
  it("the same length told both ways is no dispute", () => {
    expect(loud([
      "Drivers waited in a 12-kilometre queue at the Polish border crossing on Monday, police said.",
      "The queue of lorries at the Polish border crossing stretched 12 kilometres on Monday, police said.",
    ])).toEqual([]);
  });
  it("a queue's length against the distance drivers were sent back is no dispute", () => {
    expect(loud([
      "Drivers waited in a 12-kilometre queue at the Polish border crossing on Monday, police said.",
      "Police sent drivers back 30 kilometres to another crossing on Monday.",
    ])).toEqual([]);
  });
});

describe("a toll told as the lives it claimed", () => {
  it("claimed the lives of 14 people against 41 killed", () => {
    expect(loud([
      "The flash flood claimed the lives of 14 people in the Atlas foothills on Saturday, the interior ministry said.",
      "Forty-one people were killed by the flash flood in the Atlas foothills on Saturday, the interior ministry said.",
    ]).length).toBeGreaterThan(0);
  });
  it("saved the lives of 14 climbers is no toll", () => {
    expect(loud([
      "The rescue team saved the lives of 14 climbers on the glacier on Saturday, the park said.",
      "Two climbers were killed on the glacier on Saturday, the park said.",
    ])).toEqual([]);
  });
});
