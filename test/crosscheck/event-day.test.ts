// crosscheck/event-day: the story's event, named by its noun, given different days by two articles. Events and wordings
// of these tests' own; look-alikes beside (another event of the kind, a night's two edges, the day something was said).
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const days = (texts: string[], publishedAt = "2026-06-05") => findingsOf(texts.map((text) => ({ text, publishedAt })))
  .filter((f) => f.rule === "crosscheck/event-day" || f.rule === "crosscheck/event-date");

describe("the event's day, told by its name", () => {
  it("a weekday before the noun against a verb of happening", () => {
    const f = days(["A magnitude 6.2 earthquake struck southern Peru on Tuesday, damaging churches in Arequipa.",
      "Engineers inspected churches in Arequipa damaged by Monday's earthquake."]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("medium");
    expect(f[0]!.summary).toMatch(/earthquake/);
    expect(f[0]!.evidence.map((e) => e.text).join(" | ")).toMatch(/Monday's earthquake/);
  });
  it("the noun with a place, then the day; a relative clause; the act's verb", () => {
    expect(days(["The blast at the fireworks warehouse on Thursday shattered windows across Tultepec.",
      "Residents of Tultepec swept up glass after Wednesday's blast at a fireworks warehouse."])).toHaveLength(1);
    expect(days(["The mudslide buried six houses in Mocoa on Sunday after heavy rain.",
      "Soldiers dug through mud left by the Mocoa mudslide, which hit on Saturday."])).toHaveLength(1);
    expect(days(["The footbridge over the Vltava collapsed on Friday afternoon, injuring four people.",
      "Inspectors had flagged rust a year before Thursday's collapse of the footbridge."])).toHaveLength(1);
  });
  it("the same day told two ways agrees", () => {
    expect(days(["A magnitude 6.2 earthquake struck southern Peru on Tuesday, damaging churches in Arequipa.",
      "Engineers inspected churches in Arequipa damaged by Tuesday's earthquake."])).toEqual([]);
    expect(days(["The blaze broke out at the sawmill late on Friday, the fire service said.",
      "Firefighters were called to the sawmill in the early hours of Saturday, when the blaze was already spreading."], "2026-06-07")).toEqual([]);
  });
  it("another event of the kind, and the day something was said, are no dispute", () => {
    expect(days(["A magnitude 6.2 earthquake struck southern Peru on Tuesday. A strong aftershock followed on Wednesday.",
      "A second earthquake shook Arequipa on Wednesday, a day after the first."])).toEqual([]);
    expect(days(["The fire service said on Thursday that the blaze at the sawmill was under control.",
      "The blaze at the sawmill broke out on Tuesday night, the fire service said."])).toEqual([]);
  });
  it("'Friday night' and 'Saturday night' are two nights", () => {
    expect(days(["Fire crews said the fire at the tyre depot broke out on Friday night.",
      "Residents near the tyre depot complained of smoke after Saturday night's fire."], "2026-06-08")).toHaveLength(1);
  });
  it("incidents a city has many of, and reports weeks apart, are left alone", () => {
    expect(days(["Police said the shooting outside the club happened on Friday night.",
      "Detectives appealed for witnesses to Saturday night's shooting outside the club."], "2026-06-08")).toEqual([]);
    expect(findingsOf([{ text: "The fire at the tyre depot broke out on Friday, crews said.", publishedAt: "2026-06-06" },
      { text: "Residents near the tyre depot complained of smoke after Tuesday's fire.", publishedAt: "2026-06-24" }])
      .filter((f) => f.rule === "crosscheck/event-day")).toEqual([]);
  });
  it("'now' and 'over the weekend' name no day", () => {
    expect(days(["The fire at the tyre depot broke out on Friday, crews said.",
      "The fire at the tyre depot that burned over the weekend is now out."], "2026-06-08")).toEqual([]);
  });
});
