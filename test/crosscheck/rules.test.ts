// Cross-checking on stories written for these tests (not the seeds): positives beside negatives.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import { arithmetic } from "../../src/crosscheck/rules/arithmetic.js";
import { contradiction } from "../../src/crosscheck/rules/contradiction.js";
import { corroboration } from "../../src/crosscheck/rules/corroboration.js";
import { singleSource } from "../../src/crosscheck/rules/single-source.js";
import type { Rule } from "../../src/crosscheck/index.js";
import type { Derivation } from "../../src/domain/story.js";
import { emptyKb } from "../../src/kb/load.js";
import { docOf } from "../helpers.js";

function run(rule: Rule, texts: string[], derivations: Derivation[] = []) {
  const docs = texts.map((t) => docOf(t));
  const claims = docs.flatMap(extractClaims);
  const findings = rule({ docs, claims, derivations, timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
  const idx = (id: string) => docs.findIndex((d) => d.article.id === id);
  return { docs, lines: findings.map((f) => `${f.type} ${f.severity} ${f.evidence.map((e) => `${idx(e.articleId)}:"${e.text}"`).join(" ")}`) };
}

const quake = [
  "A strong earthquake struck the coast of Chile on Monday. At least 12 people were killed and dozens were injured, officials said.",
  "Rescuers searched the rubble after Monday's earthquake in Chile. Officials said 12 people were killed in the quake.",
  "The earthquake that hit Chile on Monday killed 12 people, the interior ministry said, and damaged hundreds of homes.",
];

describe("contradiction", () => {
  it("flags a death toll that two independent sources contradict", () => {
    const texts = [...quake.slice(1), quake[2]!.replace("killed 12 people", "killed 40 people")];
    const { lines } = run(contradiction, texts);
    expect(lines).toEqual([`contradiction high 2:"40 people" 0:"12 people" 1:"12 people"`]);
  });
  it("does not flag 'at least 12' against 12", () => {
    expect(run(contradiction, quake).lines).toEqual([]);
  });
  it("does not compare people killed with people aboard or injured", () => {
    const texts = ["The plane had 12 people aboard when it crashed.", "Nine people were killed when the plane crashed.", "Three people were injured in the crash, the airline said."];
    expect(run(contradiction, texts).lines).toEqual([]);
  });
  it("does not compare a running total with this event's figure", () => {
    const texts = ["The agency said 390 prisoners were released on Saturday.", "In all, 4,757 prisoners have been released since March 2022.", "Officials confirmed that 390 prisoners were released."];
    expect(run(contradiction, texts).lines).toEqual([]);
  });
  it("counts a rewrite and its source as one witness", () => {
    const texts = ["Officials said 12 people were killed in the blast.", "Officials said 12 people were killed in the explosion.", "Police said 15 people were killed in the blast."];
    const docs = texts.map((t) => docOf(t));
    const d: Derivation = { from: docs[0]!.article.id, to: docs[1]!.article.id, relation: "paraphrase", score: 0.9, alignedSentences: 1, direction: "unknown", directionBasis: "", pairs: [] };
    const { lines } = run(contradiction, texts, [d]);
    expect(lines[0]?.startsWith("contradiction medium")).toBe(true);
  });
});

describe("arithmetic", () => {
  it("confirms parts that add up to a total stated elsewhere", () => {
    const texts = ["The ministry reported the return of 270 Russian servicemen and 120 civilians.", "In total 390 people were returned to Russia, officials said."];
    expect(run(arithmetic, texts).lines).toEqual([`arithmetic info 0:"270 Russian servicemen" 0:"120 civilians" 1:"In total 390 people"`]);
  });
  it("flags parts that do not add up to the total in the same sentence", () => {
    const texts = ["A total of 12 people were aboard: 9 survivors and 4 crew members who died."];
    expect(run(arithmetic, texts).lines.map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["arithmetic medium"]);
  });
  it("does not flag 9 survivors and 3 dead of 12 aboard", () => {
    const texts = ["A total of 12 people were aboard: 9 survivors and 3 passengers who died."];
    expect(run(arithmetic, texts).lines.map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["arithmetic info"]);
  });
  it("confirms 1,000 from each country as 2,000 in all", () => {
    const texts = ["They plan to swap a total of 2,000 prisoners—1,000 from each country."];
    expect(run(arithmetic, texts).lines).toEqual([`arithmetic info 0:"1,000 from each country" 0:"a total of 2,000 prisoners"`]);
  });
});

describe("corroboration", () => {
  it("reports independent sources that agree on a figure", () => {
    expect(run(corroboration, quake).lines).toEqual([`corroboration info 0:"At least 12 people" 1:"12 people" 2:"12 people"`]);
  });
});

describe("single-source", () => {
  it("flags a quote no other article carries", () => {
    const texts = [...quake, "Governor Maria Soto said, “We have never seen destruction like this in our region.”"];
    const { lines } = run(singleSource, texts);
    expect(lines.filter((l) => l.startsWith("single-source"))).toEqual([`single-source medium 3:"We have never seen destruction like this in our region."`]);
  });
  it("does not flag a quote two outlets carry", () => {
    const q = "“We have never seen destruction like this in our region,” Governor Maria Soto said.";
    expect(run(singleSource, [`${quake[0]} ${q}`, `${quake[1]} ${q}`]).lines).toEqual([]);
  });
});
