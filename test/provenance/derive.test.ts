import { describe, expect, it } from "vitest";
import { findProvenance } from "../../src/provenance/derive.js";
import { comparePairs } from "../../src/similarity/compare.js";
import { isParaphrase, sentenceSimilarity } from "../../src/similarity/paraphrase.js";
import { docOf, seeds } from "../stories/helpers.js";

const wire = "GENEVA, May 4 - Negotiators from Altavia and Brennland agreed on Sunday to reopen the Kessel crossing for 390 trucks a day, the mediators said.\nThe deal, reached after eleven hours of talks, also frees 40 detained drivers.\n\"This is a first step, not a settlement,\" said mediator Ines Caldera.\nTrucks are expected to move from Tuesday.";
const copy = wire.replace("390 trucks", "400 trucks");

describe("findProvenance", () => {
  const s = seeds();

  it("finds seed 001 a paraphrase of seed 000", () => {
    const { derivations, findings } = findProvenance([s[0]!, s[1]!]);
    expect(derivations).toHaveLength(1);
    expect(derivations[0]!.relation).toBe("paraphrase");
    expect(derivations[0]!.alignedSentences).toBeGreaterThan(8);
    expect(findings[0]!.rule).toBe("provenance/paraphrase");
    expect(new Set(findings[0]!.evidence.map((e) => e.articleId)).size).toBe(2);
  });

  it("does not derive seed 004 from seed 003, though both cover the same swap", () => {
    expect(findProvenance([s[3]!, s[4]!]).derivations).toHaveLength(0);
  });

  it("finds exactly one derivation among all five seeds", () => {
    const { derivations } = findProvenance(s);
    expect(derivations.map((d) => d.relation)).toEqual(["paraphrase"]);
  });

  it("reports a syndicated copy that changed a number", () => {
    const a = docOf("Kessel crossing to reopen", wire, "2024-05-04T10:00:00Z");
    const b = docOf("Kessel crossing to reopen", copy, "2024-05-04T12:00:00Z");
    const { derivations, findings } = findProvenance([b, a]);
    expect(derivations).toHaveLength(1);
    const d = derivations[0]!;
    expect(d.relation).toBe("near-duplicate");
    expect(d.from).toBe(a.article.id);
    expect(d.direction).toBe("known");
    expect(d.pairs.flatMap((p) => p.changes)).toContainEqual({ kind: "number", before: "390", after: "400" });
    expect(findings[0]!.summary).toContain('"390" → "400"');
    for (const e of findings[0]!.evidence) {
      const text = (e.articleId === a.article.id ? a : b).article.text;
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("does not link two different reports of one kind of event", () => {
    const other = docOf("Port talks stall", "Talks between Norvik and Halden over the Marsh port broke up on Friday without agreement, officials said.\nHalden wants fishing rights restored before any port deal.\n\"We are further apart than last year,\" said envoy Tomas Berg.");
    const a = docOf("Kessel crossing to reopen", wire);
    expect(findProvenance([a, other]).derivations).toHaveLength(0);
  });
});

describe("sentence similarity", () => {
  it("scores a reordered rewrite as a paraphrase", () => {
    expect(isParaphrase(
      "Amrozi accused his brother, whom he called \"the witness\", of deliberately distorting his evidence.",
      "Referring to him as only \"the witness\", Amrozi accused his brother of deliberately distorting his evidence.",
    )).toBe(true);
  });

  it("does not call two sentences about different deals paraphrases", () => {
    expect(isParaphrase("The council approved a new budget for city schools on Monday.", "Floods closed three highways in the north of the state overnight.")).toBe(false);
  });

  it("scores identical sentences 1", () => {
    expect(sentenceSimilarity("Prices rose 3 percent.", "Prices rose 3 percent.")).toBe(1);
  });

  it("answers each compare line with a score and a verdict", () => {
    const out = comparePairs([{ id: "x", a: "The bank raised rates to 5 percent.", b: "The bank raised its rate to 5 percent." }]);
    expect(out[0]!.id).toBe("x");
    expect(out[0]!.score).toBeGreaterThan(0.5);
    expect(typeof out[0]!.paraphrase).toBe("boolean");
  });
});
