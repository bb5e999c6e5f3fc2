// A time between two events ("two weeks after the season opened", "seven years after the robbery of …") counts from an
// event the words name, not from the day just told: no date of its own. "Two days later" still counts from the story.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";

const dates = (text: string) => annotate(articleFromRecord("t", { id: "t", text, publishedAt: "2026-05-12" })).dates.map((d) => d.span.text);

describe("a time between two events", () => {
  it("is no date", () => {
    expect(dates("The bus fell into a gorge, barely two weeks after the pilgrimage season opened.")).toEqual([]);
    expect(dates("The theft comes seven years after the robbery of the Green Vault in Dresden.")).toEqual([]);
    expect(dates("He was arrested three days after the attack.")).toEqual([]);
  });
  it("a time after the day just told still dates", () => {
    expect(dates("The bus fell on Tuesday. Rescuers found the last body two days later.")).toContain("two days later");
  });
});
