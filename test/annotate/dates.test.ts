import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const d = (text: string, publishedAt?: string) =>
  docOf(text, publishedAt ? { publishedAt } : {}).dates.map((x) => `${x.span.text}|${x.form}|${x.from ?? "?"}`);

describe("dates", () => {
  it("resolves 'on Friday' against the publication date", () => {
    expect(d("The exchange began on Friday.", "2025-05-25")).toEqual(["on Friday|weekday|2025-05-23"]);
  });
  it("the day something was announced is past even when what was announced is to come", () => {
    // Published on Tuesday 2026-12-01: "announced on Thursday" is the Thursday before.
    expect(d("Bus fares in Leeds will rise by 6 percent from April, the authority announced on Thursday.", "2026-12-01")).toContain("on Thursday|weekday|2026-11-26");
    expect(d("The authority will publish the new fares on Thursday.", "2026-12-01")).toContain("on Thursday|weekday|2026-12-03");
  });
  it("a weekday told with an irregular past verb is the one before the paper", () => {
    // Published on Saturday 2026-12-05: "sold … on Monday", "bought … on Wednesday" are that week's, not the next.
    expect(d("The museum sold the painting for 2 million euros on Monday.", "2026-12-05")).toContain("on Monday|weekday|2026-11-30");
    expect(d("A collector bought the house on Wednesday.", "2026-12-05")).toContain("on Wednesday|weekday|2026-12-02");
    expect(d("The museum will sell the painting on Monday.", "2026-12-05")).toContain("on Monday|weekday|2026-12-07");
  });
  it("a day of the year without its year follows the sentence's tense when the nearest is months the other way", () => {
    expect(d("The ferry sank on June 3 off the coast.", "2026-12-20")).toContain("June 3|relative|2026-06-03");
    expect(d("The new ferry will enter service on June 3.", "2026-12-20")).toContain("June 3|relative|2027-06-03");
  });
  it("leaves 'on Friday' unresolved without a publication date", () => {
    expect(d("The exchange began on Friday.")).toEqual(["on Friday|weekday|?"]);
  });
  it("reads a bare year in 'the fifth swap in 2023'", () => {
    expect(d("This latest exchange marks the fifth swap in 2023.")).toEqual(["2023|year|2023-01-01"]);
  });
  it("reads month and year", () => {
    expect(d("Russia invaded in February 2022.")).toEqual(["February 2022|month|2022-02-01"]);
  });
  it("does not read a figure with its unit after a date as the end of a range ('March 3 from 2.45 percent')", () => {
    expect(d("The jobless rate hit 6.2 percent March 3 from 2.45 percent in January.", "2024-03-10")).toEqual(["March 3|relative|2024-03-03", "January|month|2024-01-01"]);
    expect(d("The mortgage rate stood at 7.15 percent, the bank said.", "2024-03-10")).toEqual([]);
    expect(d("Talks ran from March 3 to March 5, the ministry said.", "2024-03-10").length).toBeGreaterThan(0);
    expect(d("By March 3 percent of voters had switched, the pollster said.", "2024-04-10")).toEqual(["March|month|2024-03-01"]);
  });
  it("does not read '2,000' prisoners as a date", () => {
    expect(d("A total of 2,000 prisoners were exchanged.")).toEqual([]);
  });
  it("does not read a duration as a date", () => {
    expect(d("For eight years the process stalled.")).toEqual([]);
  });
  it("dates 'the morning on Sunday, May 4, 2014' by the day it names, not by the publication day", () => {
    expect(d("The blast happened early in the morning on Sunday, May 4, 2014, police said.", "2014-05-06")).toEqual(["Sunday, May 4, 2014|absolute|2014-05-04"]);
    expect(d("Crews were called in the evening of Tuesday, June 10, 2014.", "2014-06-12")).toEqual(["Tuesday, June 10, 2014|absolute|2014-06-10"]);
  });
  it("does not read a count of 2000 things as a year", () => {
    expect(d("Police deployed 2000 officers.")).toEqual([]);
  });
});

describe("relative dates need an anchor", () => {
  const undated = [
    "The convoy left the day before.", "A day earlier, the mayor had resigned.", "Two days later the accord was signed.",
    "Yesterday the ministers spoke.", "Officials met last Tuesday.", "It happened three weeks ago.", "The strike ended last year.",
    "The plant closed earlier this month.", "The vote is scheduled for next week.", "The same day, the border reopened.",
    "Tonight the council meets.", "By the following week the flood had receded.",
  ];
  it.each(undated)("leaves %j unresolved in an undated article", (text) => {
    const found = docOf(text).dates;
    expect(found.every((x) => x.from === null && x.to === null)).toBe(true);
  });

  it("counts 'the day before' from the date just told, not from the publication date", () => {
    expect(d("Ministers met in Oslo on 3 March 2024. The day before, protesters gathered.", "2024-03-20")).toEqual([
      "on 3 March 2024|absolute|2024-03-03", "The day before|absolute|2024-03-02",
    ]);
  });

  it("counts 'two days later' from a weekday resolved against the publication date", () => {
    expect(d("The ministers met on Tuesday. Two days later the accord was signed.", "2024-03-09")).toEqual([
      "on Tuesday|weekday|2024-03-05", "Two days later|absolute|2024-03-07",
    ]);
  });

  it("leaves 'the next day' unresolved when nothing dated comes before it, even with a publication date", () => {
    expect(d("The next day the bridge reopened.", "2024-03-09")).toEqual(["next day|absolute|?"]);
  });

  it.each(["Police were called in the early morning on Sunday, February 1, 2009.", "One day after Wednesday the rebels withdrew.", "After a minute the lights came back."])(
    "never places a mention of %j in a year it does not write", (text) => {
      for (const x of docOf(text).dates) if (x.from !== null) expect(x.span.text).toContain(x.from.slice(0, 4));
    });

  it("reads a date with its own year in an undated article", () => {
    expect(d("The dam burst on 14 August 2021.")).toEqual(["on 14 August 2021|absolute|2021-08-14"]);
  });
});

describe("dates are resolved against the publisher's local day", () => {
  const tokyo = "2020-02-15T07:00:00+09:00";
  it("reads 'yesterday' in a paper stamped 07:00 in Tokyo on the 15th as the 14th", () => {
    expect(d("Yesterday the ministers spoke.", tokyo)).toEqual(["Yesterday|absolute|2020-02-14"]);
  });
  it("reads 'this morning' in that paper as the 15th", () => {
    expect(d("Rescuers arrived this morning.", tokyo)).toEqual(["this morning|relative|2020-02-15"]);
  });
  it("reads 'last year' as the whole previous year", () => {
    expect(docOf("The strike ended last year.", { publishedAt: tokyo }).dates.map((x) => `${x.granularity} ${x.from}..${x.to}`)).toEqual(["year 2019-01-01..2019-12-31"]);
  });
  it("reads 'this week' as the publication's Monday-to-Sunday week", () => {
    expect(docOf("It was revealed this week.", { publishedAt: tokyo }).dates.map((x) => `${x.from}..${x.to}`)).toEqual(["2020-02-10..2020-02-16"]);
  });
  it("places a weekday told in the past before the publication day", () => {
    expect(d("The storm hit on Sunday night.", "2024-06-15")).toEqual(["on Sunday night|relative|2024-06-09"]);
  });
  it("keeps a weekday told as to come after it", () => {
    expect(d("The summit opens on Sunday.", "2024-06-15")).toEqual(["on Sunday|weekday|2024-06-16"]);
  });
});

describe("a weekday told with a day of a month (eleventh session)", () => {
  it("the weekday picks the year near the paper in which that day falls on it", () => {
    // 14 April is a Monday in 2025, not in 2026.
    expect(d("The minister resigned on Monday, 14 April, after the audit.", "2026-12-05")[0]).toMatch(/\|2025-04-14$/);
    expect(d("The minister resigned on Thursday, 14 April 2022, after the audit.", "2026-12-05")[0]).toMatch(/\|2022-04-14$/);
  });
  it("the day of the month wins over a weekday that fits no near year", () => {
    // 16 December is a Wednesday in 2026; "Friday, 16 December" fits none of 2025–2027: the day as told.
    expect(d("The hearing is on Friday, 16 December.", "2026-12-05")[0]).toMatch(/-12-16$/);
  });
});
