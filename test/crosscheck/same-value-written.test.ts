// Issue 17: the same value written differently is no dispute. "$3.6bn" is "$3.6 billion"; "61 250
// hectares" (a space, as many style books separate thousands) is 61,250 hectares, never 250. In wordings
// and events of their own, negatives beside positives.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("abbreviated scales", () => {
  it("'bn' and 'billion' are one scale", () => {
    expect(loud([
      "The port operator agreed to pay $3.6bn for the container terminal, the companies said on Monday.",
      "The port operator agreed to pay $3.6 billion for the container terminal, the companies said on Monday.",
    ])).toHaveLength(0);
  });
  it("'bn' against another amount in billions stays loud", () => {
    expect(loud([
      "The port operator agreed to pay $3.6bn for the container terminal, the companies said on Monday.",
      "The port operator agreed to pay $4.9 billion for the container terminal, the companies said on Monday.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a space as thousands separator", () => {
  it("'61 250 hectares' is 61,250 hectares", () => {
    expect(loud([
      "Firefighters said the blaze in the national park had burned 61 250 hectares by Sunday evening.",
      "Firefighters said the blaze in the national park had burned 61,250 hectares by Sunday evening.",
    ])).toHaveLength(0);
  });
  it("a spaced figure against another figure stays loud", () => {
    expect(loud([
      "Firefighters said the blaze in the national park had burned 61 250 hectares by Sunday evening.",
      "Firefighters said the blaze in the national park had burned 38,400 hectares by Sunday evening.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a bound the other value satisfies", () => {
  it("'more than 8 percent' and '8.3 percent' at the head of a sentence", () => {
    expect(loud([
      "More than 8 percent of adults in the province now use a hearing aid, the health ministry said in its annual report.",
      "Some 8.3 percent of adults in the province now use a hearing aid, the health ministry said in its annual report.",
    ])).toHaveLength(0);
  });
  it("'more than 8 percent' and '8.3 percent', each set against a second group's share", () => {
    expect(loud([
      "More than 8 percent of patients on the new inhaler had severe attacks compared with 4.2 percent on the old one.",
      "Doctors found that 8.3 percent of patients on the new inhaler had severe attacks, compared to 4.2 percent using the old one.",
    ])).toHaveLength(0);
  });
  it("'more than 8 percent' against 5.1 percent stays loud", () => {
    expect(loud([
      "More than 8 percent of adults in the province now use a hearing aid, the health ministry said in its annual report.",
      "Some 5.1 percent of adults in the province now use a hearing aid, the health ministry said in its annual report.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("an age told as what a person was", () => {
  it("'a 52-year-old hiker' against 'the hiker … was 25' is a dispute", () => {
    expect(loud([
      "A 52-year-old hiker died after falling from a ridge in the Cairngorms on Saturday, police said.",
      "Police said the hiker who died after falling from the Cairngorms ridge on Saturday was 25.",
    ]).length).toBeGreaterThan(0);
  });
  it("look-alike: the same age told both ways is none", () => {
    expect(loud([
      "A 52-year-old hiker died after falling from a ridge in the Cairngorms on Saturday, police said.",
      "Police said the hiker who died after falling from the Cairngorms ridge on Saturday was 52.",
    ])).toHaveLength(0);
  });
});

describe("a whole number the writer rounded", () => {
  it("'a margin of error of three percentage points' and '2.8 percent'", () => {
    expect(loud([
      "The survey of 900 voters in Galway has a margin of error of plus or minus 2.8 percent, its authors said.",
      "The survey of 900 voters in Galway has a margin of error of plus or minus three percentage points, its authors said.",
    ])).toHaveLength(0);
  });
  it("'unemployment of 7 percent' and '7.4 percent'", () => {
    expect(loud([
      "Unemployment in the region stood at 7.4 percent in September, the labour office said on Friday.",
      "Unemployment in the region stood at 7 percent in September, the labour office said on Friday.",
    ])).toHaveLength(0);
  });
  it("a decimal that does not round to the whole number stays loud", () => {
    expect(loud([
      "Unemployment in the region stood at 7.6 percent in September, the labour office said on Friday.",
      "Unemployment in the region stood at 7 percent in September, the labour office said on Friday.",
    ]).length).toBeGreaterThan(0);
  });
  it("counts are exact: 4 against 5 people stays loud", () => {
    expect(loud([
      "Four people were killed when the roof of a sports hall collapsed in Tartu on Saturday, police said.",
      "Five people were killed when the roof of a sports hall collapsed in Tartu on Saturday, police said.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a number in words that opens with 'a' or 'one'", () => {
  it("'A hundred and forty pilgrims' is 140, never 40", () => {
    expect(loud([
      "A hundred and forty pilgrims were stranded at the monastery above Rila when the road froze on Sunday.",
      "The frozen road left 140 pilgrims stranded at the monastery above Rila on Sunday.",
    ])).toHaveLength(0);
  });
  it("'one thousand three hundred' against 3,100 stays loud", () => {
    expect(loud([
      "One thousand three hundred pilgrims were stranded at the monastery above Rila when the road froze on Sunday.",
      "The frozen road left 3,100 pilgrims stranded at the monastery above Rila on Sunday.",
    ]).length).toBeGreaterThan(0);
  });
});
