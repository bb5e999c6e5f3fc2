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

// Thirteenth session: a currency's letters glued to the figure ("Sh408 million", "R3.2 million", "KSh 2.5 billion"),
// South Asian scales ("Rs 25 lakh", "40 crore") and thousands of rand; not roads named by a letter and a number.
describe("amounts written the way East and Southern African and South Asian papers write them", () => {
  it("reads a currency glued to its figure, and lakh and crore as scales", () => {
    expect(amounts("The court also fined him Sh408 million on Thursday.")).toEqual(["Sh408 million|exact|408000000-408000000|money"]);
    expect(amounts("Robbers took R3.2 million from the van.")).toEqual(["R3.2 million|exact|3200000-3200000|money"]);
    expect(amounts("He must repay KSh 2.5 billion.")).toEqual(["KSh 2.5 billion|exact|2500000000-2500000000|money"]);
    expect(amounts("The victims' families were paid Rs 25 lakh each.").map((a) => a.split("|").slice(1).join("|"))).toEqual(["exact|2500000-2500000|money"]);
    expect(amounts("The gang escaped with 2.3 million rand.")).toEqual(["2.3 million rand|exact|2300000-2300000|money"]);
  });
  it("reads a range after a capitalised word opening the sentence, not after a place's number", () => {
    expect(amounts("Rooms at the hotel cost 40 to 60 euros a night.")).toEqual(["40 to 60 euros|range|40-60|money"]);
    expect(amounts("Fares from Zone 2 to 40 euros were cut.").some((a) => a.startsWith("2 to 40"))).toBe(false);
  });
  it("leaves roads, and a rand that is no amount, alone", () => {
    expect(amounts("The crash closed the N1 highway near the R21 for three hours.").some((a) => a.endsWith("|money"))).toBe(false);
    expect(amounts("The exchange rate fell to 18 rand to the dollar.").some((a) => a.startsWith("18 rand") && a.endsWith("|money"))).toBe(false);
  });
  it("compares a glued amount with the same currency named after the figure", () => {
    expect(loud([
      "A court in Nairobi fined the former governor 480 million shillings on Thursday for defrauding the county.",
      "The court also slapped the former governor with a fine of Sh408 million on Thursday for defrauding the county.",
    ]).map((f) => f.summary)).toEqual([expect.stringMatching(/the fine: .*“480 million shillings”.*“Sh408 million”|the fine: .*“Sh408 million”.*“480 million shillings”/)]);
    expect(loud([
      "A court in Nairobi fined the former governor 480 million shillings on Thursday for defrauding the county.",
      "The court also slapped the former governor with a fine of Sh480 million on Thursday.",
    ])).toEqual([]);
  });
});
