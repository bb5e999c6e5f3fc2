import { describe, expect, it } from "vitest";
import { publishedDay, publishedInstant } from "../../src/domain/article.js";
import { extractHtml } from "../../src/ingest/html.js";
import { articleFromRecord, normalizeDate } from "../../src/ingest/record.js";

describe("publishedAt keeps the publisher's offset and day", () => {
  it.each([
    ["2020-02-15T07:00:00+09:00", "2020-02-15T07:00:00+09:00"],
    ["2020-02-15T07:00+0900", "2020-02-15T07:00:00+09:00"],
    ["Sat, 15 Feb 2020 07:00:00 +0900", "2020-02-15T07:00:00+09:00"],
    ["Fri, 14 Feb 2020 19:00:00 EST", "2020-02-14T19:00:00-05:00"],
    ["Sat, 15 Feb 2020 07:00:00 GMT", "2020-02-15T07:00:00Z"],
    ["2020-02-15 07:00:00", "2020-02-15T07:00:00"],
    ["February 15, 2020", "2020-02-15"],
    ["2020-02-15", "2020-02-15"],
  ])("normalizes %j to %j", (raw, want) => {
    expect(normalizeDate(raw)).toBe(want);
  });

  it("rejects a day that does not exist", () => {
    expect(normalizeDate("2020-02-30T01:00:00Z")).toBeNull();
  });

  it("keeps the 15th for a page stamped 07:00+09:00 on the 15th, from HTML to article", () => {
    const page = extractHtml(`<html><head><meta property="article:published_time" content="2020-02-15T07:00:00+09:00"><title>T</title></head><body><p>Text of the article.</p></body></html>`);
    const a = articleFromRecord("page.html", { text: page.text || "Text.", publishedAt: page.publishedAt });
    expect(publishedDay(a.publishedAt)).toBe("2020-02-15");
  });

  it("orders by instant, not by the written day", () => {
    expect(publishedInstant("2020-02-15T07:00:00+09:00")).toBeLessThan(publishedInstant("2020-02-14T23:30:00Z"));
    expect(publishedInstant("2020-02-15")).toBe(Date.parse("2020-02-15T00:00:00Z"));
  });
});
