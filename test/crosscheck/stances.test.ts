// Figures told as different things (issue 17): what one side asks for against what another offers, a level to come
// against the level now, prices for different groups, a deal years back against this week's. Wordings and events of
// these tests' own.
import { describe, expect, it } from "vitest";
import { forWhom, stanceOf } from "../../src/crosscheck/stance.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("how a figure is told", () => {
  it("reads asked, offered and to come from the words before it", () => {
    expect(stanceOf("Teachers in Quebec are holding out for a raise of ")).toBe("asked");
    expect(stanceOf("The province has put forward ")).toBe("offered");
    expect(stanceOf("The bus fare is set to go up to ")).toBe("to come");
    expect(stanceOf("The bus fare went up to ")).toBeNull();
    // Another clause: the figure is told plainly.
    expect(stanceOf("The union wanted more; the province paid ")).toBeNull();
  });
  it("reads the group or unit a price is for", () => {
    expect(forWhom(" for students, the museum said")).toBe("student");
    expect(forWhom(" a night in high season")).toBe("night");
    expect(forWhom(" for the tickets")).toBeNull();
  });
});

describe("two sides of a negotiation", () => {
  it("a pay claim against the offer is no dispute", () => {
    expect(loud([
      "Quebec's teachers are seeking a raise of 12 percent over three years.",
      "The province has proposed a raise of 7 percent over three years for Quebec's teachers.",
    ])).toEqual([]);
  });
  it("two tellings of the offer still disagree", () => {
    expect(loud([
      "The province has proposed a raise of 7 percent over three years for Quebec's teachers.",
      "Quebec's government has proposed a 17 percent raise over three years for the teachers.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a level to come against the level now", () => {
  it("a fare that will rise against today's fare", () => {
    expect(loud([
      "A single bus fare in Dublin will rise to 2.40 euros in January.",
      "A single bus fare in Dublin costs 2 euros.",
    ])).toEqual([]);
  });
});

describe("prices for two groups", () => {
  it("a museum's ticket for adults and for students", () => {
    expect(loud([
      "Entry to the new museum in Bilbao costs 16 euros for adults.",
      "Entry to the new museum in Bilbao costs 9 euros for students.",
    ])).toEqual([]);
  });
  it("one group's price told twice still disagrees", () => {
    expect(loud([
      "Entry to the new museum in Bilbao costs 16 euros for adults.",
      "Adults pay 26 euros for entry to the new museum in Bilbao.",
    ]).length).toBeGreaterThan(0);
  });
});

describe("a deal years back against this week's", () => {
  it("what a club paid in 2021 against what it sold for", () => {
    expect(loud([
      { text: "Porto signed the goalkeeper for 8 million euros in 2021.", publishedAt: "2026-08-20" },
      { text: "Porto sold the goalkeeper to Benfica for 22 million euros on Wednesday.", publishedAt: "2026-08-20" },
    ])).toEqual([]);
  });
});
