// Matching a report's findings to judged findings (eval/judged/match.ts): by what a finding points
// at (dataset, story, type, evidence), never by its wording.
import { describe, expect, it } from "vitest";
import { findingKey, type FindingRef, indexJudged, type Judged, matchFinding, parseJudged, precision, spansAlike, tally } from "../../eval/judged/match.js";

const finding = (over: Partial<FindingRef> = {}): FindingRef => ({
  dataset: "set-a", story: "s1", fold: "report", type: "contradiction", rule: "crosscheck/contradiction", severity: "medium",
  summary: "Outlets disagree on the number of passengers: 41 vs 44.",
  evidence: [{ source: "a1", text: "41 passengers were aboard the ferry" }, { source: "a2", text: "the ferry carried 44 passengers" }],
  ...over,
});
const judged = (over: Partial<Judged> = {}): Judged => ({ ...finding(), verdict: "true", reason: "two counts of the same passengers differ", judgedAt: "2026-12-04", ...over });

describe("matching by evidence", () => {
  it("matches when only the summary, rule and severity changed", () => {
    const idx = indexJudged([judged()]);
    const m = matchFinding(finding({ summary: "Passenger count differs between outlets (41, 44).", rule: "crosscheck/other", severity: "high" }), idx);
    expect(m?.how).toBe("exact");
    expect(m?.judged.verdict).toBe("true");
  });

  it("the evidence order, whitespace, case and curly quotes do not matter", () => {
    const f = finding({ evidence: [{ source: "a2", text: "The  ferry carried\n44 passengers" }, { source: "a1", text: "41 passengers were aboard the ferry" }] });
    expect(findingKey(f)).toBe(findingKey(judged()));
    expect(spansAlike("he said \u201cno\u201d today", "He said \"no\" today")).toBe(true);
  });

  it("a span widened by a few words still matches, by overlap", () => {
    const f = finding({ evidence: [{ source: "a1", text: "Officials said 41 passengers were aboard the ferry" }, { source: "a2", text: "the ferry carried 44 passengers" }] });
    expect(matchFinding(f, indexJudged([judged()]))?.how).toBe("overlap");
  });

  it("does not match another story, type, source or span", () => {
    const idx = indexJudged([judged()]);
    expect(matchFinding(finding({ story: "s2" }), idx)).toBeNull();
    expect(matchFinding(finding({ type: "single-source" }), idx)).toBeNull();
    expect(matchFinding(finding({ evidence: [{ source: "a3", text: "41 passengers were aboard the ferry" }, { source: "a2", text: "the ferry carried 44 passengers" }] }), idx)).toBeNull();
    expect(matchFinding(finding({ evidence: [{ source: "a1", text: "the captain was 52 years old" }, { source: "a2", text: "the ferry carried 44 passengers" }] }), idx)).toBeNull();
    // One evidence span fewer is another finding.
    expect(matchFinding(finding({ evidence: [{ source: "a1", text: "41 passengers were aboard the ferry" }] }), idx)).toBeNull();
  });

  it("a later judgement of the same finding replaces the earlier one", () => {
    const idx = indexJudged([judged(), judged({ verdict: "false", reason: "re-judged: crew counted in one" })]);
    expect(matchFinding(finding(), idx)?.judged.verdict).toBe("false");
  });

  it("an overlap that fits two judgements with different verdicts stays unjudged", () => {
    const a = judged({ evidence: [{ source: "a1", text: "41 passengers were aboard the ferry on Monday" }, { source: "a2", text: "the ferry carried 44 passengers" }] });
    const b = judged({ verdict: "false", evidence: [{ source: "a1", text: "Officials said 41 passengers were aboard the ferry" }, { source: "a2", text: "the ferry carried 44 passengers" }] });
    expect(matchFinding(finding(), indexJudged([a, b]))).toBeNull();
  });
});

describe("verdicts about the wording", () => {
  const wrongSpeaker = judged({ type: "single-source", summary: "Only one source quotes Harbour Road (“the ferry left late”).", verdict: "false",
    reason: "misattributed: a street name taken for the speaker", dependsOnSummary: true });
  it("hold while the summary reads the same", () => {
    expect(matchFinding(finding({ type: "single-source", summary: "Only one source quotes  harbour road (“the ferry left late”)." }), indexJudged([wrongSpeaker]))?.judged.verdict).toBe("false");
  });
  it("come back unjudged once the summary names someone else", () => {
    expect(matchFinding(finding({ type: "single-source", summary: "Only one source quotes Ann Lowe (“the ferry left late”)." }), indexJudged([wrongSpeaker]))).toBeNull();
  });
  it("a verdict about the evidence alone survives a reworded summary", () => {
    const plain = judged({ type: "single-source", summary: "Only one source quotes Harbour Road (“the ferry left late”).", verdict: "defensible" });
    expect(matchFinding(finding({ type: "single-source", summary: "Only Ann Lowe is quoted saying “the ferry left late”." }), indexJudged([plain]))?.judged.verdict).toBe("defensible");
  });
});

describe("verdicts on attributed quotes", () => {
  const quote = (speaker: string | null, over: Partial<Judged> = {}) => judged({ type: "single-source", speaker, summary: `Only one source quotes ${speaker ?? "an unnamed speaker"}.`,
    evidence: [{ source: "a1", text: "the ferry left late and nobody told us why" }], ...over });
  it("apply only to the same speaker, so a re-attributed quote is judged again", () => {
    const idx = indexJudged([quote("Harbour Road", { verdict: "false", reason: "misattributed: a street" })]);
    expect(matchFinding(quote("Harbour Road"), idx)?.judged.verdict).toBe("false");
    expect(matchFinding(quote("Ann Lowe"), idx)).toBeNull();
    expect(matchFinding(quote(null), idx)).toBeNull();
  });
  it("keep one verdict per speaker side by side, the later one winning for the same speaker", () => {
    const idx = indexJudged([
      quote("Harbour Road", { verdict: "false", reason: "misattributed: a street" }),
      quote("Ann Lowe", { verdict: "defensible", reason: "unique quote" }),
      quote("Ann Lowe", { verdict: "true", reason: "re-judged" }),
    ]);
    expect(matchFinding(quote("Harbour Road"), idx)?.judged.verdict).toBe("false");
    expect(matchFinding(quote("ann  lowe"), idx)?.judged.verdict).toBe("true");
  });
});

describe("tallies", () => {
  it("counts verdicts and unjudged findings, and precision ignores the unjudged", () => {
    const idx = indexJudged([
      judged(),
      judged({ story: "s2", verdict: "defensible" }),
      judged({ story: "s3", verdict: "false" }),
    ]);
    const fs = [finding(), finding({ story: "s2" }), finding({ story: "s3" }), finding({ story: "s4" })];
    const c = tally(fs, idx, () => "all").get("all")!;
    expect(c).toEqual({ true: 1, defensible: 1, false: 1, unjudged: 1 });
    expect(precision(c).ok).toBeCloseTo(2 / 3);
    expect(precision(c).trueOnly).toBeCloseTo(1 / 3);
    expect(precision({ true: 0, defensible: 0, false: 0, unjudged: 3 }).ok).toBeNull();
  });
});

describe("parseJudged", () => {
  it("accepts a valid line and refuses a bad verdict or an evidence span over 300 characters", () => {
    expect(parseJudged(JSON.stringify(judged()), "x").verdict).toBe("true");
    expect(() => parseJudged(JSON.stringify({ ...judged(), verdict: "maybe" }), "x")).toThrow(/verdict/);
    expect(() => parseJudged(JSON.stringify(judged({ evidence: [{ source: "a1", text: "x".repeat(301) }] })), "x")).toThrow(/300/);
  });
});
