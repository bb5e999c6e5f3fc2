// Text normalization shared by every source: the normalized text is what all offsets refer to,
// and its hash is the article id (the same article ingested twice is one article).
import { createHash } from "node:crypto";

/** Bidi embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Unicode NFC, \r\n → \n, tabs and runs of spaces collapsed, trailing spaces per line trimmed,
 * blank-line runs collapsed to one line break (paragraph = line), zero-width spaces, BOMs, soft hyphens and
 * control characters removed. Bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069) are
 * removed too: one in a title would display the rest of the line reversed. Zero-width joiners and
 * non-joiners (U+200D, U+200C) are kept: emoji sequences, Persian and Indic words are spelled with them.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(BIDI_CONTROLS, "")
    .replace(/[\u200B\uFEFF\u00AD]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** Article id: first 16 hex digits of sha256 over the normalized text (case and spacing kept). */
export function articleId(normalizedText: string): string {
  return createHash("sha256").update(normalizedText, "utf8").digest("hex").slice(0, 16);
}
