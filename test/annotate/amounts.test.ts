// Issue 17: amounts of money read as written. A hedge before the currency sign ("more than $5 million")
// is the amount's hedge, so a later "$5.3 million" does not contradict it; a range that repeats the sign
// or writes its scale once ("between 3 and 4 million dollars") is one range; a currency named after the
// amount ("450 million reais", "2.4 billion kronor") makes it money, never a count of "reais"; and two
// amounts in two currencies ("$298" / "12,390 baht (US$298)") are one price converted, not a dispute.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";
import { findingsOf } from "../crosscheck/torture.js";

const amounts = (text: string) => docOf(text).quantities.map((x) => `${x.span.text}|${x.hedge}|${x.low}-${x.high}|${x.unit}`);
const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "high" || f.severity === "medium"));

describe("amounts of money", () => {
  it("keeps a hedge written before the currency sign", () => {
    expect(amounts("The restoration cost more than $5 million, the diocese said.")).toEqual(["more than $5 million|over|5000000-6500000|money"]);
    expect(amounts("Repairs will cost about €20,000.")).toEqual(["about €20,000|about|17000-23000|money"]);
  });
  it("reads a range that repeats the sign, or writes its scale once, as one range", () => {
    expect(amounts("The ransom was put at $2 million to $3 million.")).toEqual(["$2 million to $3 million|range|2000000-3000000|money"]);
    expect(amounts("The fine could reach between 3 and 4 million dollars.")).toEqual(["between 3 and 4 million dollars|range|3000000-4000000|money"]);
  });
  it("reads a currency named after the amount as money", () => {
    expect(amounts("The new metro line will cost 450 million reais.")).toEqual(["450 million reais|exact|450000000-450000000|money"]);
    expect(amounts("Telia reported a profit of 2.4 billion kronor.")).toEqual(["2.4 billion kronor|exact|2400000000-2400000000|money"]);
    expect(amounts("The team won 3 of its last 4 matches.").some((a) => a.endsWith("|money"))).toBe(false);
  });
  it("does not set a hedged amount against an amount inside its bounds", () => {
    expect(loud([
      "The ransom paid for the kidnapped engineer was more than $5 million, officials in Lagos said.",
      "Officials in Lagos said a ransom of $5.4 million was paid for the kidnapped engineer.",
    ])).toEqual([]);
  });
  it("still sets two outlets' profit figures in one currency against each other, worded as an amount", () => {
    const found = loud([
      "Telia reported a quarterly net profit of 2.4 billion kronor on Thursday.",
      "Telia said on Thursday its net profit for the quarter was 4.2 billion kronor.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.summary).toMatch(/the amount/);
    expect(found[0]!.summary).not.toMatch(/kronors/);
  });
  it("does not compare one price given in two currencies", () => {
    expect(findingsOf([
      "Tourists can rent the cabin for $120 a night, the park service said.",
      "Tourists can now rent the cabin for 4,300 baht (US$120) a night, the park service said.",
    ]).filter((f) => f.type === "contradiction" && f.severity !== "info")).toEqual([]);
  });
});
