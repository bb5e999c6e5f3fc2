// ClaimReview JSON-LD export: one review per checkable finding, the claim quoted as the article
// put it, ratings on schema.org's 1–5 scale; article-level findings left out.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/domain/report.js";
import type { Story } from "../../src/domain/story.js";
import { claimReviews, sentenceAround } from "../../src/report/render/claimreview.js";
import { FORMATS, render } from "../../src/report/render/index.js";

const TEXT_A = "Kyiv welcomed the prisoners. Officials said over 500 Ukrainians were welcomed home on Friday.\nMore later.";
const TEXT_B = "Russia returned 390 Ukrainian prisoners, the ministry said.";
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });

const story: Story = {
  id: "s-1", title: "Prisoner exchange", articleIds: ["a", "b"],
  timeframe: { from: null, to: null, basis: [] }, claims: [], provenance: [],
  findings: [
    {
      id: "s-1-f1", rule: "crosscheck/contradiction", type: "contradiction", severity: "high",
      summary: "One article says “over 500 Ukrainians”; another says 390.", articleIds: ["a", "b"], claimIds: [],
      actual: "over 500 Ukrainians", expected: "390 Ukrainian prisoners",
      evidence: [{ articleId: "a", ...at(TEXT_A, "over 500 Ukrainians") }, { articleId: "b", ...at(TEXT_B, "390 Ukrainian prisoners") }],
    },
    {
      id: "s-1-f2", rule: "signals/ai-byline", type: "content-farm", severity: "medium",
      summary: "Byline says the text was written by AI.", articleIds: ["a"], claimIds: [],
      evidence: [{ articleId: "a", ...at(TEXT_A, "Kyiv") }],
    },
  ],
};
const report: Report = {
  version: 1, generatedAt: "2025-06-01T12:00:00.000Z", stories: [story],
  articles: [
    { id: "a", sourceId: null, title: "Homecoming", outlet: "Example News", url: "https://news.example/a", byline: "By Jane Roe", publishedAt: "2025-05-24", path: null, text: TEXT_A },
    { id: "b", sourceId: null, title: "Exchange", outlet: null, url: null, byline: null, publishedAt: null, path: null, text: TEXT_B },
  ],
};

describe("ClaimReview export", () => {
  it("reviews the contradicted claim, quoting its sentence, rated 1 of 5 for a high-severity contradiction", () => {
    const [review, ...rest] = claimReviews(report);
    expect(rest).toEqual([]);
    expect(review).toMatchObject({
      "@type": "ClaimReview", identifier: "s-1-f1", datePublished: "2025-06-01",
      claimReviewed: "Officials said over 500 Ukrainians were welcomed home on Friday.",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Contradicted by other coverage (machine-generated, unreviewed)", ratingExplanation: "Expected: 390 Ukrainian prisoners" },
      itemReviewed: { "@type": "Claim", url: "https://news.example/a", appearance: [{ "@type": "NewsArticle", headline: "Homecoming", url: "https://news.example/a", datePublished: "2025-05-24", publisher: { name: "Example News" }, author: { name: "Jane Roe" } }] },
    });
  });

  it("marks every review as machine-generated and unreviewed, never as a final rating", () => {
    const reviews = claimReviews(report);
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      expect(r["creativeWorkStatus"]).toBe("Draft");
      expect(String(r["reviewBody"])).toContain("not reviewed by a person");
      expect(String((r["reviewRating"] as Record<string, unknown>)["alternateName"])).toContain("unreviewed");
    }
  });

  it("gives no claim URL when no article carries one", () => {
    const noUrl: Report = { ...report, articles: report.articles.map((a) => ({ ...a, url: null })) };
    expect((claimReviews(noUrl)[0]!["itemReviewed"] as Record<string, unknown>)["url"]).toBeUndefined();
  });

  it("leaves out content-farm, framing and derivation findings", () => {
    expect(claimReviews(report).map((r) => r["identifier"])).not.toContain("s-1-f2");
  });

  it("falls back to the evidence words when the offsets do not match the text", () => {
    expect(sentenceAround(TEXT_B, { articleId: "b", start: 0, end: 3, text: "xyz" })).toBeNull();
  });

  it("is a --format of the CLI renderers, as JSON-LD with the schema.org context", () => {
    expect(FORMATS).toContain("claimreview");
    const doc = JSON.parse(render(report, "claimreview")) as { "@context": string; "@graph": unknown[] };
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"]).toHaveLength(1);
  });
});
