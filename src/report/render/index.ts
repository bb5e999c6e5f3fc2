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
  const keys = jsonKeys(value);
  if (keys.length === 0) { yield "{}\n"; return; }
  yield "{\n";
  for (const [i, k] of keys.entries()) yield* fieldChunks(k, value[k], i < keys.length - 1);
  yield "}\n";
}

/**
 * A top-level array whose elements come already rendered by `jsonElement` (as text, or as its UTF-8
 * bytes), in order, as they are ready: a report's stories rendered on the threads that analyzed them
 * (threads/parallel.ts).
 */
export interface RenderedArray {
  readonly rendered: true;
  readonly length: number;
  readonly elements: AsyncIterable<string | Uint8Array>;
}

const isRendered = (v: unknown): v is RenderedArray => typeof v === "object" && v !== null && (v as Partial<RenderedArray>).rendered === true;

/** jsonChunks for an object some of whose arrays are RenderedArrays: the same bytes as for the plain arrays. */
export async function* jsonChunksAsync(value: Readonly<Record<string, unknown>>): AsyncGenerator<string | Uint8Array> {
  const keys = jsonKeys(value);
  if (keys.length === 0) { yield "{}\n"; return; }
  yield "{\n";
  for (const [i, k] of keys.entries()) {
    const v = value[k];
    if (!isRendered(v)) { yield* fieldChunks(k, v, i < keys.length - 1); continue; }
    const tail = i < keys.length - 1 ? ",\n" : "\n";
    if (v.length === 0) { yield `  ${JSON.stringify(k)}: []${tail}`; continue; }
    yield `  ${JSON.stringify(k)}: [\n`;
    let j = 0;
    for await (const one of v.elements) {
      yield one;
      yield ++j < v.length ? ",\n" : "\n";
    }
    yield `  ]${tail}`;
  }
  yield "}\n";
}

/** One element of a top-level array as jsonChunks writes it: indented by four spaces, without its separator. */
export function jsonElement(x: unknown): string {
  // Rendered two arrays deep, JSON.stringify indents it by four spaces itself: about twice as fast
  // (with the UTF-8 encoding after it) as indenting the plain rendering with a replace. The wrapper
  // is "[\n  [\n" before the element's four spaces and "\n  ]\n]" after; undefined or a function is
  // "null" in an array, as it was.
  const s = JSON.stringify([[x]], null, 2);
  return s.slice(6, s.length - 6);
}

const jsonKeys = (value: Readonly<Record<string, unknown>>) =>
  Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== "function" && typeof value[k] !== "symbol");

function* fieldChunks(k: string, v: unknown, more: boolean): Generator<string> {
  const tail = more ? ",\n" : "\n";
  if (Array.isArray(v) && v.length > 0) {
    yield `  ${JSON.stringify(k)}: [\n`;
    for (const [j, x] of v.entries()) yield `${jsonElement(x)}${j < v.length - 1 ? ",\n" : "\n"}`;
    yield `  ]${tail}`;
  } else {
    yield `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, "\n  ")}${tail}`;
  }
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
