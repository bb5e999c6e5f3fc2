// Renderers over the report contract; each reads only the Report.
import type { Report } from "../../domain/report.js";
import { renderClaimReview, type ClaimReviewOptions } from "./claimreview.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { renderText, type TextOptions } from "./text.js";

export const FORMATS = ["text", "json", "markdown", "html", "claimreview"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The report in pieces, joined exactly as `render` gives it. JSON comes one article and one story at a
 * time, so writing a report of thousands of articles never holds its whole text (which can be several
 * times the size of the input) in memory at once; the other formats come whole.
 */
export function* renderChunks(report: Report, format: Format, opts: TextOptions & ClaimReviewOptions = {}): Generator<string> {
  if (format !== "json") { yield render(report, format, opts); return; }
  yield* jsonChunks(report as unknown as Readonly<Record<string, unknown>>);
}

/** `JSON.stringify(value, null, 2) + "\n"` for an object, one top-level array element at a time. */
export function* jsonChunks(value: Readonly<Record<string, unknown>>): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== "function" && typeof value[k] !== "symbol");
  if (keys.length === 0) { yield "{}\n"; return; }
  yield "{\n";
  for (const [i, k] of keys.entries()) {
    const v = value[k];
    const tail = i < keys.length - 1 ? ",\n" : "\n";
    if (Array.isArray(v) && v.length > 0) {
      yield `  ${JSON.stringify(k)}: [\n`;
      for (const [j, x] of v.entries()) {
        const one = JSON.stringify(x, null, 2) ?? "null";
        yield `    ${one.replace(/\n/g, "\n    ")}${j < v.length - 1 ? ",\n" : "\n"}`;
      }
      yield `  ]${tail}`;
    } else {
      yield `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, "\n  ")}${tail}`;
    }
  }
  yield "}\n";
}

export function render(report: Report, format: Format, opts: TextOptions & ClaimReviewOptions = {}): string {
  switch (format) {
    case "json": return JSON.stringify(report, null, 2) + "\n";
    case "text": return renderText(report, opts);
    case "markdown": return renderMarkdown(report);
    case "html": return renderHtml(report);
    case "claimreview": return renderClaimReview(report, opts);
  }
}
