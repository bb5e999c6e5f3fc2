// A figure whose sentence is dated weeks before its article tells an earlier event (issue 17, "a background or
// historical event in the same article"): a previous robbery at the same shop, last spring's flood in the same valley.
// Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("a figure dated weeks before its article", () => {
  it("an earlier robbery's victim at the same shop is not the story's", () => {
    expect(loud([
      { text: "The kiosk on Harbour Road was robbed again on Tuesday; on October 2 a 58-year-old man was beaten there.", publishedAt: "2026-11-18" },
      { text: "A 27-year-old man was beaten when two men robbed the kiosk on Harbour Road on Tuesday.", publishedAt: "2026-11-18" },
    ])).toEqual([]);
  });
  it("last spring's flood toll beside this week's", () => {
    expect(loud([
      { text: "Floods killed 4 people in the valley this week. On April 12, floods had killed 19 people in the same valley.", publishedAt: "2026-11-20" },
      { text: "Four people died in floods in the valley this week, rescuers said.", publishedAt: "2026-11-20" },
      { text: "Floods this week in the valley killed 7 people, the regional government said.", publishedAt: "2026-11-20" },
    ]).every((f) => !f.evidence.some((e) => e.text.includes("19")))).toBe(true);
  });
  it("two outlets giving the story's own figures still disagree", () => {
    expect(loud([
      { text: "A 27-year-old man was wounded in a robbery at the kiosk on Harbour Road on Tuesday.", publishedAt: "2026-11-18" },
      { text: "A 72-year-old man was wounded in a robbery at the kiosk on Harbour Road on Tuesday.", publishedAt: "2026-11-18" },
    ]).length).toBeGreaterThan(0);
  });
  it("both figures dated to that earlier day still disagree", () => {
    expect(loud([
      { text: "On October 2, a 58-year-old man was wounded in a robbery at the kiosk on Harbour Road.", publishedAt: "2026-11-18" },
      { text: "On October 2, a 68-year-old man was wounded in a robbery at the kiosk on Harbour Road.", publishedAt: "2026-11-18" },
    ]).length).toBeGreaterThan(0);
  });
});

describe("a day told without its year", () => {
  const dayOf = (text: string, publishedAt: string) =>
    annotate(articleFromRecord("t", { id: "t", text, publishedAt } as never)).dates.find((d) => d.granularity === "day")?.from;
  it("in a sentence told in the past is the last such day before the paper", () => {
    expect(dayOf("The bridge was closed on July 8 after engineers found cracks.", "2026-12-20")).toBe("2026-07-08");
  });
  it("in a sentence told as to come is the next such day", () => {
    expect(dayOf("The bridge will reopen on July 8, engineers said.", "2026-12-20")).toBe("2027-07-08");
  });
  it("a day a few weeks ahead in a past sentence is left to the paper's year", () => {
    expect(dayOf("The council voted on January 3 to close the bridge.", "2026-12-20")).toBe("2027-01-03");
  });
});
