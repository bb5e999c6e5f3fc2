// Issue 17: how sure an anachronism is. One stale fact alone (a title or a year) is, on real news, almost always a
// look back the rules did not recognise or a gap in the kb; text stale in two ways at once (a past officeholder
// acting today beside a past summit or an impossible year) is what misleads. High needs two kinds in one article.
import { describe, expect, it } from "vitest";
import { crosscheck, staleFactsAgree } from "../../src/crosscheck/index.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { FindingDraft } from "../../src/domain/finding.js";
import { inferTimeframe } from "../../src/kb/timeframe.js";
import { docOf, kb } from "../kb/helpers.js";

const stale = (text: string, published: string) => {
  const docs = [docOf(`Report\n${text}`, published)];
  const claims = docs.flatMap(extractClaims);
  return crosscheck({ docs, claims, derivations: [], timeframe: inferTimeframe(docs, claims, kb()), kb: kb() })
    .filter((f) => f.type === "anachronism").map((f) => `${f.rule.replace("crosscheck/anachronism-", "")} ${f.severity}`);
};

describe("an anachronism's severity", () => {
  it("is medium for one stale title acting in the story's present, alone", () => {
    expect(stale("President George W. Bush told reporters in Ankara on Monday that the pipeline deal would go ahead.", "2019-05-14")).toEqual(["role medium"]);
  });
  it("is high when the same article is stale in another way too (a year that cannot be the story's)", () => {
    const got = stale("Prime Minister Tony Blair told reporters in Ankara on Monday that the pipeline deal would go ahead. It was the third such deal in 2004, he said.", "2019-05-14");
    expect(got.filter((g) => g.startsWith("role"))).toEqual(["role high"]);
    // "President" is kept for life by US usage: a former president so named is a courtesy as often as a slip, medium at most.
    const kept = stale("President George W. Bush told reporters in Ankara on Monday that the pipeline deal would go ahead. It was the third such deal in 2004, he said.", "2019-05-14");
    expect(kept.filter((g) => g.startsWith("role"))).toEqual(["role medium"]);
  });
  it("counts kinds per article: another article's stale year does not raise this one's title", () => {
    const f = (rule: string, article: string): FindingDraft => ({ rule, type: "anachronism", severity: "high", summary: "", articleIds: [article], claimIds: [], evidence: [{ articleId: article, start: 0, end: 1, text: "x" }] });
    const out = staleFactsAgree([f("crosscheck/anachronism-role", "a"), f("crosscheck/anachronism-year", "b"), f("crosscheck/anachronism-event", "b")]);
    expect(out.map((x) => `${x.articleIds[0]} ${x.rule.replace("crosscheck/anachronism-", "")} ${x.severity}`)).toEqual(["a role medium", "b year high", "b event high"]);
  });
});
