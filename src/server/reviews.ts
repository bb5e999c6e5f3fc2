// Reviews of findings at the edge: a finding's fingerprint (stable across re-analysis, unlike its
// id), the body of POST …/review checked once, and the reviews matched to a report's findings.
import { createHash } from "node:crypto";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import type { Finding } from "../domain/finding.js";
import type { Report } from "../domain/report.js";
import type { ReviewMark } from "../report/render/claimreview.js";
import { REVIEW_STATES, type FindingReview, type ReviewState } from "../store/store.js";
import { describeZod } from "./body.js";
import type { ReviewCounts } from "./deps.js";

/** The finding's rule, type and evidence spans, hashed: the same finding after a re-analysis has the same fingerprint. */
export function fingerprint(f: Finding): string {
  const spans = f.evidence.map((e) => `${e.articleId}:${e.start}-${e.end}`).sort().join(",");
  return createHash("sha256").update(`${f.rule}|${f.type}|${spans}`).digest("hex").slice(0, 20);
}

const printable = (what: string, max: number) => z.string().max(max, `at most ${max} characters`).refine((s) => !/[\p{Cc}\p{Cf}\p{Cs}]/u.test(s.replace(/\n/g, "")), `${what} must not hold control or format characters`);

export const ReviewBody = z.object({
  state: z.enum(REVIEW_STATES as [string, ...string[]], { message: `state must be one of ${REVIEW_STATES.join(", ")}` }),
  note: printable("note", 4000).optional(),
  reviewer: printable("reviewer", 100).refine((s) => s.trim().length > 0, "give the reviewer's name"),
});

export function parseReview(body: unknown): z.infer<typeof ReviewBody> {
  const parsed = ReviewBody.safeParse(body);
  if (!parsed.success) throw new HTTPException(400, { message: describeZod(parsed.error) });
  return parsed.data;
}

/** Reviews by the id each finding has in this report (matched by fingerprint). */
export function reviewsByFindingId(report: Report, reviews: readonly FindingReview[]): Map<string, ReviewMark> {
  const byPrint = new Map(reviews.map((r) => [r.fingerprint, r]));
  const out = new Map<string, ReviewMark>();
  for (const f of report.stories.flatMap((s) => s.findings)) {
    const r = byPrint.get(fingerprint(f));
    if (r) out.set(f.id, { state: r.state, note: r.note, reviewer: r.reviewer, reviewedAt: r.reviewedAt });
  }
  return out;
}

/** The report's findings counted by review state and severity: what the story list's review filter reads. */
export function reviewCounts(report: Report, reviews: readonly FindingReview[]): ReviewCounts {
  const byPrint = new Map(reviews.map((r) => [r.fingerprint, r.state]));
  const counts: Partial<Record<ReviewState | "unreviewed", Partial<Record<Finding["severity"], number>>>> = {};
  for (const f of report.stories.flatMap((s) => s.findings)) {
    const state = byPrint.get(fingerprint(f)) ?? "unreviewed";
    const row = (counts[state] ??= {});
    row[f.severity] = (row[f.severity] ?? 0) + 1;
  }
  return counts;
}
