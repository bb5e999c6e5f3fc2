// A count followed by a bare number before one noun: the second number names the things counted (a model, a
// class, a year group), it counts nothing itself. Seen on real news pages (issue 17): a model number read as a
// total that its parts "did not add up" to. Look-alikes keep their numbers: a day before a count, a numbered road,
// an age or a duration after a count, thousands set off by a space.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import { arithmetic } from "../../src/crosscheck/rules/arithmetic.js";
import { emptyKb } from "../../src/kb/load.js";
import { docOf } from "../helpers.js";

const q = (text: string) => docOf(text).quantities.map((x) => `${x.span.text}|${x.low}|${x.unit}`);

describe("a bare number right after a count names what is counted", () => {
  it("'four A350 … three 777 freighters' are four and three, not 777", () => {
    expect(q("The carrier took delivery of three 777 freighters in June.")).toEqual(["three 777 freighters|3|count"]);
    expect(q("Rail officials retired six 143 railbuses last winter.")).toEqual(["six 143 railbuses|6|count"]);
  });
  it("a class of candidates named by its year is counted by the first number", () => {
    expect(q("The party fielded 15 2024 candidates in the northern provinces.").map((x) => x.split("|").slice(1).join("|"))).toEqual(["15|count"]);
  });
  it("look-alikes keep their numbers: a day, a numbered road, thousands set off by a space, an age after a count", () => {
    expect(q("On June 4 250 nurses walked out.").map((x) => x.split("|")[0])).toEqual(["250 nurses"]);
    expect(q("On Highway 7 300 trucks waited at the border.").map((x) => x.split("|")[0])).toContain("300 trucks");
    expect(q("Crews saved 12 480 hectares of forest.")).toEqual(["12 480 hectares|12480|distance"]);
    expect(q("Three 17-year-old students were hurt.").map((x) => x.split("|").slice(1).join("|"))).toContain("17|age");
  });
  it("an age between a count and its noun describes what is counted: 'Two 20-year-old men' are two men", () => {
    expect(q("Two 20-year-old men were shot outside a bar in Dayton.")).toEqual(["Two 20-year-old men|2|count", "20-year-old men|20|age"]);
    expect(q("Police arrested four 15-year-old boys on Friday.")).toContain("four 15-year-old boys|4|count");
    expect(q("He served two 10-year terms.")).toContain("two 10-year terms|2|count");
  });
  it("a breakdown of 'three 777 freighters: one to … and two to …' adds up", () => {
    const docs = [docOf("The lessor placed three 777 freighters this month: one to Cargojet and two to Atlas Air.")];
    const claims = docs.flatMap(extractClaims);
    const findings = arithmetic({ docs, claims, derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("a breakdown that does not add up is still flagged", () => {
    const docs = [docOf("The lessor placed four 777 freighters this month: one to Cargojet and two to Atlas Air.")];
    const claims = docs.flatMap(extractClaims);
    const findings = arithmetic({ docs, claims, derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
    expect(findings.map((f) => f.severity)).toEqual(["medium"]);
  });
});
