// Severity for content-farm tells, decided per article from all its tells together (issue 7:
// "severity combines the tells; one weak tell alone is low"). Points add up across tells; `high`
// needs at least two different tells, one of them strong, and a score no real article in the
// eval reaches — a byline "By AI" plus Markdown headings plus a share footer (001), or a phrase
// stuffed ten times plus a site's promo footer (003). Page furniture alone stays low.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft, Severity } from "../domain/finding.js";
import type { TellHit } from "./tell.js";

/** Score from which the strongest tells of an article turn high (with ≥ 2 distinct tells). */
export const HIGH_SCORE = 5;
/** Score from which strong tells are medium. */
export const MEDIUM_SCORE = 3;

/** Tells that measure repetition: a page of list lines (alerts, results, schedules) shows them all at once. */
const REPETITION = new Set(["signals/phrase-stuffing", "signals/low-variety", "signals/sentence-templates"]);

/**
 * Whether the text is mostly list lines rather than prose: at least 5 paragraphs, and 70 % of them
 * end without a sentence's closing punctuation ("Tornado Watch issued May 8 at 7:41PM CDT … in
 * effect for: McCurtain"). A scraped widget or listing in place of the article repeats its words
 * and openings by nature; that says the extraction missed the story, not that a farm wrote it.
 */
export function listLines(doc: Doc): boolean {
  const paragraphs = doc.article.text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (paragraphs.length < 5) return false;
  const open = paragraphs.filter((p) => !/[.!?…"”’)\]]$/u.test(p)).length;
  return open >= 0.7 * paragraphs.length;
}

export function contentFarmFindings(doc: Doc, allHits: readonly TellHit[]): FindingDraft[] {
  if (allHits.length === 0) return [];
  const listing = listLines(doc);
  // On a page of list lines the repetition tells count as page furniture: they describe the list.
  const hits = listing
    ? allHits.map((h) => (REPETITION.has(h.rule) ? { ...h, strength: "furniture" as const, points: 0, summary: `${h.summary.replace(/\.$/, "")} — but the text is mostly list lines (alerts, results, schedules), not article prose, so this says the page was scraped without its story rather than written by a content farm.` } : h))
    : allHits;
  const score = hits.reduce((sum, h) => sum + h.points, 0);
  const distinct = new Set(hits.filter((h) => h.strength !== "furniture").map((h) => h.rule)).size;
  const level = score >= HIGH_SCORE && distinct >= 2 ? 2 : score >= MEDIUM_SCORE ? 1 : 0;
  return hits.map((h) => {
    const severity = severityOf(h, level);
    const summary = level > 0 && hits.length > 1
      ? `${h.summary.replace(/\.$/, "")}; one of ${hits.length} content-farm tells in this article.`
      : h.summary;
    return {
      rule: h.rule,
      type: "content-farm",
      severity,
      summary,
      articleIds: [doc.article.id],
      claimIds: [],
      evidence: h.evidence,
      ...(h.actual !== undefined ? { actual: h.actual } : {}),
      ...(h.expected !== undefined ? { expected: h.expected } : {}),
    };
  });
}

function severityOf(h: TellHit, level: 0 | 1 | 2): Severity {
  switch (h.strength) {
    case "furniture": return "low";
    case "weak": return level === 2 ? "medium" : "low";
    case "strong": return level === 2 ? "high" : level === 1 ? "medium" : "low";
  }
}

/** The article's combined score, for eval and bench. */
export function contentFarmScore(hits: readonly TellHit[]): number {
  return hits.reduce((sum, h) => sum + h.points, 0);
}
