// Restated sentences, parts of a figure, articles that give two figures, and names swapped inside
// shared quotes: positives beside negatives, on stories written for these tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { Rule } from "../../src/crosscheck/index.js";
import { crosscheck } from "../../src/crosscheck/index.js";
import { contradiction } from "../../src/crosscheck/rules/contradiction.js";
import { quoteAltered } from "../../src/crosscheck/rules/quote-altered.js";
import { restatedSentence } from "../../src/crosscheck/rules/restated-sentence.js";
import { emptyKb } from "../../src/kb/load.js";
import { docOf } from "../helpers.js";

function run(rule: Rule, texts: string[]) {
  const docs = texts.map((t) => docOf(t));
  const claims = docs.flatMap(extractClaims);
  const findings = rule({ docs, claims, derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
  const idx = (id: string) => docs.findIndex((d) => d.article.id === id);
  return findings.map((f) => `${f.rule.split("/")[1]} ${f.severity} ${f.evidence.map((e) => `${idx(e.articleId)}:"${e.text}"`).join(" ")}`);
}

const ferry = "The ferry left the harbour at dawn with 140 passengers on board, the port authority said.";
const ferryOdd = "The ferry left the harbour at dawn with 410 passengers on board, the port authority said.";

describe("restated-sentence", () => {
  it("flags the same sentence with a different figure, medium with one source on each side", () => {
    expect(run(restatedSentence, [ferry, ferryOdd])).toEqual([`restated-sentence medium 0:"140 passengers" 1:"410 passengers"`]);
  });
  it("is high when two independent sources restate the other figure", () => {
    const other = "Officials said the ferry left the harbour at dawn with 140 passengers on board, the port authority said.";
    expect(run(restatedSentence, [ferryOdd, ferry, other])[0]).toBe(`restated-sentence high 0:"410 passengers" 1:"140 passengers"`);
  });
  it("does not flag 'nearly 140' against 140 in the same sentence", () => {
    expect(run(restatedSentence, [ferry, ferry.replace("with 140", "with nearly 140")])).toEqual([]);
  });
  it("does not flag different sentences that share a number's neighbours", () => {
    const texts = ["The ferry carried 140 passengers.", "Storms closed the port for two days last winter and 300 passengers were stranded in town."];
    expect(run(restatedSentence, texts)).toEqual([]);
  });
  it("flags a name swapped in the same sentence", () => {
    const texts = ["The rescue was led by the coast guard and the Harbour Volunteers of Dunmore, officials said.", "The rescue was led by the coast guard and the Harbour Volunteers of Kilmore, officials said."];
    expect(run(restatedSentence, texts)).toEqual([`restated-sentence medium 0:"Dunmore" 1:"Kilmore"`]);
  });
  it("does not flag a sentence opening with a different word", () => {
    const texts = ["They said the ferry left the harbour at dawn in calm weather.", "Police said the ferry left the harbour at dawn in calm weather."];
    expect(run(restatedSentence, texts)).toEqual([]);
  });
  it("says nothing the slot rule already said", () => {
    const texts = ["Officials said 12 people were killed in the blast at the depot.", "Officials said 40 people were killed in the blast at the depot."];
    const docs = texts.map((t) => docOf(t));
    const rules = crosscheck({ docs, claims: docs.flatMap(extractClaims), derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
    expect(rules.filter((f) => f.type === "contradiction").map((f) => f.rule)).toEqual(["crosscheck/contradiction"]);
  });
});

describe("contradiction: parts and mixed articles", () => {
  it("does not flag 'two women and a man' against three workers killed", () => {
    const texts = ["Three bank workers were killed in the fire.", "Two bank workers were killed in the fire, two women and a man, police said.", "Police said three bank workers were killed in the fire."];
    expect(run(contradiction, texts).filter((l) => l.includes("two women"))).toEqual([]);
  });
  it("keeps a count of one below high", () => {
    const texts = ["Police said 46 people were detained after the march.", "Officials said 46 people were detained.", "One person was detained after the march, a witness said."];
    expect(run(contradiction, texts).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["contradiction medium"]);
  });
  it("flags, as a weak signal, an article that gives both figures where others give one", () => {
    const texts = ["Police said 12 people were killed in the blast.", "Police said 12 people were killed in the blast. A spokesman said 40 people were killed."];
    expect(run(contradiction, texts)).toEqual([`contradiction low 1:"40 people" 0:"12 people" 1:"12 people"`]);
  });
});

describe("quote-altered: a name for plain words", () => {
  it("flags 'the Kilmore Road area' against 'the high road area' in one quote", () => {
    const texts = ["“Drivers are asked to avoid the Kilmore Road area until the morning,” police said.", "“Drivers are asked to avoid the high road area until the morning,” police said."];
    expect(run(quoteAltered, texts).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["quote-altered medium"]);
  });
  it("does not flag a capital that only opens the quote", () => {
    const texts = ["“They will reopen the bridge once the divers have finished,” he said.", "“police will reopen the bridge once the divers have finished,” he said."];
    expect(run(quoteAltered, texts)).toEqual([]);
  });
});

describe("contradiction: a figure with no predicate", () => {
  it("compares '21 offices' with the one predicated slot counting offices, as a weak signal", () => {
    const texts = ["The firm has 350 employees with 13 offices in Europe.", "The firm employs 350 people with 13 offices in Europe.", "Headquartered in Oslo with 21 offices worldwide, the firm designs data centers."];
    expect(run(contradiction, texts).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual(["contradiction low"]);
  });
  it("does not compare it with a slot counting another noun", () => {
    const texts = ["The firm has 350 employees with 13 offices in Europe.", "The firm employs 350 people with 13 offices in Europe.", "Headquartered in Oslo with 21 laboratories, the firm designs data centers."];
    expect(run(contradiction, texts)).toEqual([]);
  });
});
