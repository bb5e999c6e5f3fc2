// Issue 17: a figure whose clause is about "he" or "she" is about the person named just before, not
// about whoever else the story names. Two players' season figures ("He caught 29 passes" after one
// name, "He caught 52 passes" after another), two defendants' sentences or two cyclists' times are
// each person's own figure; the same person's figure told twice still disagrees.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "high" || f.severity === "medium")).map((f) => f.summary);

describe("a pronoun subject stands for the person named before it", () => {
  it("two cyclists' times, each told after the rider's name, are not compared", () => {
    expect(loud([
      "Dutch rider Lotte Visser won the time trial in Ghent on Sunday. She covered the 32 kilometres in 41 minutes.",
      "Belgian Ines Claes was second in Ghent on Sunday. She covered the 32 kilometres in 43 minutes.",
    ])).toEqual([]);
  });
  it("two players' seasons, each told after the player's name, are not compared", () => {
    expect(loud([
      "Point guard Marcus Hale has carried the Lakers this winter. He has averaged 27 points over 40 games.",
      "Forward Dion Parks came back from a knee injury in January. He has averaged 14 points over 40 games.",
    ])).toEqual([]);
  });
  it("two defendants' terms are not compared", () => {
    expect(loud([
      "The jury convicted Omar Haddad of the warehouse fire in Bristol. He was jailed for nine years on Friday.",
      "Haddad's driver that night, Lee Fowler, pleaded guilty. He was jailed for four years on Friday.",
    ])).toEqual([]);
  });
  it("the same rider's time told by name in one article and by pronoun in the other still disagrees", () => {
    expect(loud([
      "Dutch rider Lotte Visser won the time trial in Ghent on Sunday. She has won 14 races this season.",
      "Lotte Visser, who won the time trial in Ghent on Sunday, has won 9 races this season.",
    ]).some((s) => s.includes("14") && s.includes("9"))).toBe(true);
  });
  it("a pronoun with no one named in the sentences before it decides nothing", () => {
    expect(loud([
      "Police in Tartu arrested a suspect on Monday. He had stolen 14 paintings from the city museum, they said.",
      "A man arrested in Tartu on Monday had stolen 9 paintings from the city museum, police said.",
    ]).some((s) => s.includes("14") && s.includes("9"))).toBe(true);
  });
});
