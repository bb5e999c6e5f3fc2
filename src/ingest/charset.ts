// Turns fetched page bytes into a string: pages arrive in many charsets (windows-1251, Shift_JIS,
// ISO-8859-1…), and decoding them as UTF-8 would garble every non-ASCII word before extraction.
import iconv from "iconv-lite";

const SNIFF_BYTES = 4096;

/** Charset label from a Content-Type value such as `text/html; charset="windows-1251"`. */
function charsetFromContentType(value: string | undefined): string | null {
  if (!value) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value);
  return m?.[1] ?? null;
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB. */
function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString("latin1");
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  return null;
}

/** Labels that browsers map to a different real encoding (WHATWG Encoding: latin1 is windows-1252). */
function canonical(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === "iso-8859-1" || l === "latin1" || l === "us-ascii" || l === "ascii" || l === "iso8859-1") return "windows-1252";
  if (l === "x-sjis" || l === "shift-jis" || l === "sjis") return "shift_jis";
  if (l === "gb2312" || l === "gbk") return "gb18030";
  if (l === "utf8") return "utf-8";
  return l;
}

/**
 * Decodes page bytes: a byte-order mark wins, then the HTTP charset, then a `<meta>` declaration in
 * the first 4 KB, else UTF-8. Unknown labels fall back to UTF-8 rather than throwing.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentTypeHeader?: string): string {
  const bom = bomCharset(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bom) return iconv.decode(buf.subarray(bom.skip), bom.charset);
  const declared = charsetFromContentType(contentTypeHeader) ?? charsetFromMeta(bytes);
  const label = declared ? canonical(declared) : "utf-8";
  // A page that says UTF-16 in a <meta> is necessarily ASCII-compatible here (no BOM): treat as UTF-8.
  const usable = label.startsWith("utf-16") ? "utf-8" : label;
  if (usable !== "utf-8" && iconv.encodingExists(usable)) return iconv.decode(buf, usable);
  return buf.toString("utf8");
}
