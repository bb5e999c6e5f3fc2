// Findings as schema.org ClaimReview JSON-LD, the format fact-checkers publish and search
// engines read. One ClaimReview per finding about a checkable claim (contradiction, arithmetic,
// anachronism, single-source, corroboration); derivation, content-farm and framing findings
// are about articles, not claims, and are left out.
import type { Finding, FindingType, Severity } from "../../domain/finding.js";
import type { Report, ReportArticle } from "../../domain/report.js";
import type { Evidence } from "../../domain/span.js";
import { articleById } from "./common.js";

interface Verdict {
  readonly value: number;
  readonly name: string;
}

/** 1 = false … 5 = true, the scale ClaimReview publishers share. */
function verdict(f: Finding): Verdict | null {
  const bySeverity = (s: Severity): number => (s === "high" ? 1 : s === "medium" ? 2 : 3);
  const t: FindingType = f.type;
  switch (t) {
    case "contradiction": return { value: bySeverity(f.severity), name: "Contradicted by other coverage" };
    case "arithmetic": return { value: bySeverity(f.severity), name: "Figures do not add up" };
    case "anachronism": return { value: bySeverity(f.severity), name: "Out of place in time" };
    case "single-source": return { value: 3, name: "Unconfirmed: single source" };
    case "corroboration": return { value: 5, name: "Corroborated by independent sources" };
    case "derivation": case "content-farm": case "framing": return null;
  }
}

function appearance(a: ReportArticle): Record<string, unknown> {
  return {
    "@type": "NewsArticle",
    headline: a.title,
    ...(a.url && /^https?:\/\//i.test(a.url) ? { url: a.url } : {}),
    ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
    ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
    ...(a.byline ? { author: { "@type": "Person", name: a.byline.replace(/^by\s+/i, "") } } : {}),
  };
}

export function claimReviews(report: Report): Record<string, unknown>[] {
  const articles = articleById(report);
  const date = report.generatedAt.slice(0, 10);
  const out: Record<string, unknown>[] = [];
  for (const story of report.stories) {
    for (const f of story.findings) {
      const v = verdict(f);
      const first = f.evidence[0];
      if (!v || !first) continue;
      const words = f.actual ?? first.text;
      // The reviewed claim appears where its words are (the outlier for a contradiction), or everywhere it is corroborated.
      const where = f.type === "corroboration" ? f.evidence : f.evidence.filter((e) => e.text === words);
      const at = where[0] ?? first;
      const ids = [...new Set((where.length ? where : [first]).map((e) => e.articleId))];
      const claimed = sentenceAround(articles.get(at.articleId)?.text, at) ?? words;
      const seen = ids.map((id) => articles.get(id)).filter((a): a is ReportArticle => a !== undefined).map(appearance);
      out.push({
        "@type": "ClaimReview",
        identifier: f.id,
        datePublished: date,
        author: { "@type": "Organization", name: "Triangulate" },
        claimReviewed: claimed,
        itemReviewed: { "@type": "Claim", ...(seen[0] ? { firstAppearance: seen[0] } : {}), appearance: seen },
        reviewRating: {
          "@type": "Rating", ratingValue: v.value, bestRating: 5, worstRating: 1, alternateName: v.name,
          ...(f.expected !== undefined ? { ratingExplanation: `Expected: ${f.expected}` } : {}),
        },
        reviewBody: f.summary,
        about: { "@type": "Thing", name: story.title },
      });
    }
  }
  return out;
}

/** The sentence holding the evidence, so the claim reads as the article put it ("… over 500 Ukrainians were welcomed home."). */
export function sentenceAround(text: string | undefined, e: Evidence): string | null {
  if (text === undefined || text.slice(e.start, e.end) !== e.text) return null;
  const before = text.slice(0, e.start);
  const m = /[.!?]["”’)]?\s+(?=[^.!?]*$)|\n(?=[^\n]*$)/.exec(before);
  const from = m ? m.index + m[0].length : 0;
  const rest = /[.!?](?=["”’)]?(\s|$))|\n/.exec(text.slice(e.end));
  const to = rest ? e.end + rest.index + (rest[0] === "\n" ? 0 : 1) : text.length;
  const sentence = text.slice(from, to).trim();
  return sentence.length > 0 && sentence.length <= 400 ? sentence : null;
}

/**
 * The JSON-LD text. It is made to be pasted into <script type="application/ld+json"> on a
 * publisher's page, where a literal "</script>" from an article would end the block: <, > and &
 * are written as JSON escapes, which parse to the same strings.
 */
export function renderClaimReview(report: Report): string {
  const json = JSON.stringify({ "@context": "https://schema.org", "@graph": claimReviews(report) }, null, 2);
  return json.replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026") + "\n";
}
