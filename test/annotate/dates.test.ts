import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const d = (text: string, publishedAt?: string) =>
  docOf(text, publishedAt ? { publishedAt } : {}).dates.map((x) => `${x.span.text}|${x.form}|${x.from ?? "?"}`);

describe("dates", () => {
  it("resolves 'on Friday' against the publication date", () => {
    expect(d("The exchange began on Friday.", "2025-05-25")).toEqual(["on Friday|weekday|2025-05-23"]);
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
  it("does not read '2,000' prisoners as a date", () => {
    expect(d("A total of 2,000 prisoners were exchanged.")).toEqual([]);
  });
  it("does not read a duration as a date", () => {
    expect(d("For eight years the process stalled.")).toEqual([]);
  });
  it("does not read a count of 2000 things as a year", () => {
    expect(d("Police deployed 2000 officers.")).toEqual([]);
  });
});
