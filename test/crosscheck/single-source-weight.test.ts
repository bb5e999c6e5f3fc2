// How sure a single-source quote finding is: a quote only one outlet carries is worth a look
// (low) unless the story casts doubt on its speaker (presented in an office not held then).
import { describe, expect, it } from "vitest";
import type { QuoteClaim } from "../../src/domain/claim.js";
import type { FindingDraft } from "../../src/domain/finding.js";
import { weighSingleSourceQuotes } from "../../src/crosscheck/index.js";
import type { StoryContext } from "../../src/domain/context.js";

const quote = (id: string, articleId: string, speaker: string | null): QuoteClaim =>
  ({ id, kind: "quote", articleId, value: { speaker, text: "We will rebuild every bridge before the winter comes." } }) as unknown as QuoteClaim;

const single = (claimId: string, articleId: string): FindingDraft => ({
  rule: "crosscheck/single-source-quote", type: "single-source", severity: "medium",
  summary: "Only one source quotes someone.", articleIds: [articleId], claimIds: [claimId],
  evidence: [{ articleId, start: 0, end: 10, text: "We will re" }],
});

const role = (articleId: string, text: string, severity: FindingDraft["severity"] = "high"): FindingDraft => ({
  rule: "crosscheck/anachronism-role", type: "anachronism", severity, summary: "…", articleIds: [articleId], claimIds: [],
  evidence: [{ articleId, start: 0, end: text.length, text }],
});

const ctx = (claims: QuoteClaim[]) => ({ claims }) as unknown as StoryContext;

describe("weighing single-source quotes", () => {
  const claims = [quote("q1", "A", "Lena Varga"), quote("q2", "A", "Tomas Ried"), quote("q3", "B", "Lena Varga"), quote("q4", "A", null)];

  it("keeps a quote medium when the same article presents its speaker in an office not held then", () => {
    const [f] = weighSingleSourceQuotes([single("q1", "A"), role("A", "Transport Minister Lena Varga")], ctx(claims));
    expect(f!.severity).toBe("medium");
    expect(f!.summary).toMatch(/presents Lena Varga in an office they did not hold at the time/);
  });

  it.each([
    ["another speaker is out of office", single("q2", "A"), [role("A", "Transport Minister Lena Varga")]],
    ["the speaker is out of office in another article only", single("q3", "B"), [role("A", "Transport Minister Lena Varga")]],
    ["the doubt is only a low hint", single("q1", "A"), [role("A", "Transport Minister Lena Varga", "low")]],
    ["no speaker is named", single("q4", "A"), [role("A", "Transport Minister Lena Varga")]],
    ["nothing else is wrong", single("q1", "A"), []],
  ])("lowers it to low when %s", (_why, finding, others) => {
    const [f] = weighSingleSourceQuotes([finding, ...others], ctx(claims));
    expect(f!.severity).toBe("low");
    expect(f!.summary).toBe("Only one source quotes someone.");
  });

  it("leaves other findings alone", () => {
    const other = { ...single("q1", "A"), rule: "crosscheck/contradiction", type: "contradiction" as const };
    expect(weighSingleSourceQuotes([other], ctx(claims))).toEqual([other]);
  });
});
