// Renderers over the report contract; each reads only the Report.
import type { Report } from "../../domain/report.js";
import { renderClaimReview, type ClaimReviewOptions } from "./claimreview.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { renderText, type TextOptions } from "./text.js";

export const FORMATS = ["text", "json", "markdown", "html", "claimreview"] as const;
export type Format = (typeof FORMATS)[number];

export function render(report: Report, format: Format, opts: TextOptions & ClaimReviewOptions = {}): string {
  switch (format) {
    case "json": return JSON.stringify(report, null, 2) + "\n";
    case "text": return renderText(report, opts);
    case "markdown": return renderMarkdown(report);
    case "html": return renderHtml(report);
    case "claimreview": return renderClaimReview(report, opts);
  }
}
