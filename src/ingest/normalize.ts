// Text normalization shared by every source: the normalized text is what all offsets refer to,
// and its hash is the article id (the same article ingested twice is one article).
import { createHash } from "node:crypto";

/** Bidi embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes map to themselves, as decoders pass them). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const BYTE_OF = new Map<string, number>([...CP1252].map((ch, i) => [ch, 0x80 + i]));
/** The marks of UTF-8 read as Latin-1 or Windows-1252: "Ã©" for "é", "â€™" for "’", "Ã±" for "ñ". */
const MOJIBAKE = /[\u00C2-\u00DF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|\u00E2\u20AC[\u0080-\u00BF\u2122\u0153\u009D\u02DC\u201C\u201D\u2018\u2019\u201A\u201E\u2020\u2021\u2022\u2026\u2030\u0160\u0161\u0178\u017D\u017E\u0152\u0192\u02C6\u2039\u203A\u2013\u2014]/g;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Text a feed or page sent as UTF-8 but declared (or was read) as Latin-1 / Windows-1252: "PeÃ±a" for "Peña",
 * "itâ€™s" for "it's". Undone when the text shows such marks at least twice, every character maps back to one byte,
 * and the bytes decode as UTF-8 with fewer marks left; otherwise the text is kept as it came (a real "Ã" in
 * Portuguese, a text mixing encodings).
 */
export function repairMojibake(text: string): string {
  const marks = text.match(MOJIBAKE)?.length ?? 0;
  if (marks < 2) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const b = code <= 0xff ? code : BYTE_OF.get(text[i]!);
    if (b === undefined) return text;
    bytes[i] = b;
  }
  let fixed: string;
  try { fixed = strictUtf8.decode(bytes); } catch { return text; }
  return (fixed.match(MOJIBAKE)?.length ?? 0) < marks ? fixed : text;
}

/**
 * Unicode NFC, \r\n → \n, tabs and runs of spaces collapsed, trailing spaces per line trimmed,
 * blank-line runs collapsed to one line break (paragraph = line), zero-width spaces, BOMs, soft hyphens and
 * control characters removed. Bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069) are
 * removed too: one in a title would display the rest of the line reversed. Zero-width joiners and
 * non-joiners (U+200D, U+200C) are kept: emoji sequences, Persian and Indic words are spelled with them.
 */
export function normalizeText(raw: string): string {
  return repairMojibake(raw)
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
