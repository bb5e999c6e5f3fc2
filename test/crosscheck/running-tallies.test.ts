// Issue 17: updates over time. Any running tally told in a perfect tense or "so far" ("the fund has
// raised 1.2 million", "has won 3 stages so far") may grow between two days' reports: a higher figure
// published at least 12 hours later is an update, whatever it counts. The same tally the same day, a
// lower figure later, or a fact that does not grow ("the ship had 80 crew aboard") still disagrees.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const at = (day: string, text: string) => ({ text, publishedAt: `${day}T10:00:00Z` });
const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "high" || f.severity === "medium"));

describe("a running tally reported on two days", () => {
  it("is an update when the later report is higher", () => {
    expect(loud([
      at("2026-07-03", "The Slovenian rider has won 3 stages of the Tour so far, his team said."),
      at("2026-07-12", "His team said the Slovenian rider has won 5 stages of the Tour."),
    ])).toEqual([]);
    expect(loud([
      at("2026-02-01", "The fund for the quake survivors has raised 1.2 million francs, the aid group said."),
      at("2026-02-09", "The aid group said the fund for the quake survivors had raised 1.9 million francs."),
    ])).toEqual([]);
  });
  it("still disagrees the same day, or when the later report is lower", () => {
    expect(loud([
      at("2026-07-12", "The Slovenian rider has won 3 stages of the Tour so far, his team said."),
      at("2026-07-12", "His team said the Slovenian rider has won 5 stages of the Tour so far."),
    ])).not.toEqual([]);
    expect(loud([
      at("2026-07-03", "The Slovenian rider has won 5 stages of the Tour so far, his team said."),
      at("2026-07-12", "His team said the Slovenian rider has won 3 stages of the Tour so far."),
    ])).not.toEqual([]);
  });
  it("does not make a fixed fact an update", () => {
    expect(loud([
      at("2026-03-01", "The trawler that sank off Vigo had 80 crew aboard, the coast guard said."),
      at("2026-03-02", "The coast guard said the trawler that sank off Vigo had 18 crew aboard."),
    ])).not.toEqual([]);
  });
});
