// Issue 17: a total told after what it counts. "Measles cases in the region have climbed to 940" counts
// cases as surely as "940 measles cases" does, so it can be compared with another outlet's figure; a
// measure or an amount named by a plural ("temperatures reached 43", "sales hit 9 million") and a figure
// that does not end its clause ("rose to 12 percent of") count no things.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";
import { findingsOf } from "../crosscheck/torture.js";

const counted = (text: string) => docOf(text).quantities.map((x) => `${x.value}:${x.noun}`);

describe("a total told after the things it counts", () => {
  it("reads the subject's plural noun as what the figure counts", () => {
    expect(counted("Measles cases in the region have climbed to 940, the health agency said.")).toEqual(["940:case"]);
    expect(counted("The number of registered voters in Tarrant County rose to 1.2 million this year.")).toContain("1200000:voter");
    expect(counted("Passengers at Schiphol numbered 61 million last year.")).toEqual(["61000000:passenger"]);
    expect(counted("Burglaries in the old town totalled 312 in the first half of the year.")).toEqual(["312:burglary"]);
  });
  it("reads a sentence-initial plural the tagger takes for a name", () => {
    expect(counted("Evictions have reached 4,800 since the moratorium ended, the housing office said.")).toEqual(["4800:eviction"]);
  });
  it("counts nothing when the plural names a measure or an amount, or no plural heads the clause", () => {
    expect(counted("Temperatures in Murcia reached 44 on Friday afternoon.")).toEqual([]);
    expect(counted("Sales of the console hit 9 million in its first month.")).toEqual([]);
    expect(counted("Shares in the bank rose to 14 on Tuesday.")).toEqual([]);
    expect(counted("The river rose to 6 on the gauge at Passau.")).toEqual([]);
  });
  it("leaves a figure that does not end its clause alone", () => {
    expect(counted("Complaints rose to 300 angry letters a week.").filter((c) => c.endsWith(":complaint"))).toEqual([]);
  });
  it("lets two outlets' totals be compared, and a dated rise stay an update", () => {
    const loud = (texts: Parameters<typeof findingsOf>[0]) => findingsOf(texts).filter((f) => f.type === "contradiction" && f.severity !== "low" && f.severity !== "info");
    expect(loud([
      "Measles cases in the region have climbed to 940, the health agency said on Monday.",
      "The health agency said on Monday that 490 measles cases had been recorded in the region.",
    ]).length).toBe(1);
    expect(loud([
      { text: "The health agency said on Monday that 490 measles cases had been recorded in the region.", publishedAt: "2026-03-02T09:00:00Z" },
      { text: "Measles cases in the region have climbed to 940, the health agency said on Friday.", publishedAt: "2026-03-06T09:00:00Z" },
    ])).toEqual([]);
  });
});
