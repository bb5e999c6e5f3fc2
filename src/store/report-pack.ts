// How a story's report is kept: its JSON gzipped, in base64 (a fifth of the JSON's size, and
// text is what PGlite moves fastest). Packing can happen on another thread; the store keeps the
// string as it is.
import { gunzipSync, gzipSync } from "node:zlib";

/** A report already packed for the store (made by packReport, perhaps on another thread). */
export class PackedReport {
  constructor(readonly packed: string) {}
}

export function packReport(report: unknown): string {
  return gzipSync(JSON.stringify(report), { level: 1 }).toString("base64");
}

/** The report from its kept form; reports kept before migration 0004 are plain JSON. */
export function unpackReport(kept: string): unknown {
  return JSON.parse(kept.startsWith("{") ? kept : gunzipSync(Buffer.from(kept, "base64")).toString("utf8"));
}
