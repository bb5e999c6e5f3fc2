// An article that looks back (an anniversary piece, an essay on an old crisis) names people by the titles they held
// then: three or more officeholders who had all left office before the story's time are a cast of the past, not three
// errors (issue 17: four high false alarms on one real 2019 essay about an earlier crisis). One officeholder out of
// time in a story about today is still flagged. Wordings and people of these tests' own choosing.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const roles = (text: string, published: string) =>
  anachronisms([docOf(`Report\n${text}`, published)]).filter((f) => f.startsWith("anachronism-role")).map((f) => f.split(" ")[1]);

describe("a cast of the past", () => {
  it("three bygone officeholders in a look back are low, each", () => {
    const got = roles([
      "Ten years on, the summit still divides historians.",
      "President Barack Obama flew in late, and Prime Minister Gordon Brown chaired the first session.",
      "Chancellor Gerhard Schröder had warned against the plan in a speech the year before, and Secretary of State Condoleezza Rice spoke last.",
    ].join("\n"), "2021-03-04");
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.every((s) => s === "low")).toBe(true);
  });
  it("one bygone officeholder in a story about today is still flagged above low", () => {
    const got = roles("Prime Minister Gordon Brown met the striking nurses in Leeds on Tuesday and promised a new pay offer.", "2021-03-04");
    expect(got).toHaveLength(1);
    expect(got[0]).not.toBe("low");
  });
});

describe("one out-of-time title that several articles give", () => {
  const story = (texts: readonly string[], published: string) =>
    anachronisms(texts.map((t, i) => docOf(`Report ${i}\n${t}`, published))).filter((f) => f.startsWith("anachronism-role")).map((f) => f.split(" ")[1]);
  it("two articles each with the holder acting are a hint about the story's frame: low", () => {
    const got = story([
      "Prime Minister Gordon Brown told the nurses' union on Tuesday that a new pay offer would come within weeks.",
      "Prime Minister Gordon Brown promised striking nurses on Tuesday that a pay offer would come soon.",
    ], "2021-03-04");
    expect(got).toHaveLength(2);
    expect(got.every((s) => s === "low")).toBe(true);
  });
  it("one article with the holder acting, beside one that does not name him, stays above low", () => {
    const got = story([
      "Prime Minister Gordon Brown told the nurses' union on Tuesday that a new pay offer would come within weeks.",
      "Nurses cheered on Tuesday when the government said the pay offer would come soon.",
    ], "2021-03-04");
    expect(got).toHaveLength(1);
    expect(got[0]).not.toBe("low");
  });
});

describe("copies of one wire story", () => {
  it("a wrong title that two copies of one source carry is one slip: still above low", async () => {
    const { anachronism } = await import("../../src/crosscheck/rules/anachronism.js");
    const { extractClaims } = await import("../../src/claims/extract.js");
    const { inferTimeframe } = await import("../../src/kb/timeframe.js");
    const { kb } = await import("../kb/helpers.js");
    const text = "Prime Minister Gordon Brown told the nurses' union on Tuesday that a new pay offer would come within weeks.";
    const docs = [docOf(`Wire copy\n${text}`, "2021-03-04"), docOf(`Wire copy, second outlet\n${text} The union welcomed it.`, "2021-03-04")];
    const claims = docs.flatMap(extractClaims);
    const copy = { from: docs[0]!.article.id, to: docs[1]!.article.id, relation: "near-duplicate", score: 0.95, alignedSentences: 2, direction: "unknown", directionBasis: "", pairs: [] } as const;
    const found = anachronism({ docs, claims, derivations: [copy as never], timeframe: inferTimeframe(docs, claims, kb()), kb: kb() })
      .filter((f) => f.rule === "crosscheck/anachronism-role");
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.severity !== "low")).toBe(true);
  });
});
