// What a rewrite states that its source does not: numbers, names and dates in the derived text
// with no counterpart in the source. Used for derivations ("the rewrite adds 40 dead") and to
// judge machine summaries against their article.
import type { Doc } from "../domain/doc.js";
import type { Span } from "../domain/span.js";
import { nameKey } from "../annotate/steps/entities.js";

export interface Unsupported {
  readonly kind: "number" | "name" | "date";
  readonly span: Span;
}

const norm = (t: string) => nameKey(t).replace(/\s+/g, " ");

/** Numbers as written in a text, normalized ("1,000" → 1000, "two" stays as is through quantities). */
function numbersIn(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const q of doc.quantities) { out.add(q.value); if (q.low !== null) out.add(q.low); if (q.high !== null) out.add(q.high); }
  for (const m of doc.article.text.matchAll(/\d[\d,]*(\.\d+)?/g)) out.add(Number(m[0].replace(/,/g, "")));
  return out;
}

export function unsupported(source: Doc, rewrite: Doc): Unsupported[] {
  const out: Unsupported[] = [];
  const srcNumbers = numbersIn(source);
  const srcText = norm(source.article.text);
  const srcWords = new Set(srcText.split(" "));
  for (const q of rewrite.quantities) {
    if (q.unit === "duration" && q.value < 3) continue;
    const ok = srcNumbers.has(q.value) || (q.low !== null && srcNumbers.has(q.low)) || (q.high !== null && srcNumbers.has(q.high));
    if (!ok) out.push({ kind: "number", span: q.numberSpan });
  }
  for (const e of rewrite.entities) {
    const key = norm(e.span.text);
    if (key.length < 3) continue;
    // A name is supported when the source has it, or has each of its words (surname alone, reordered).
    if (srcText.includes(key) || key.split(" ").every((w) => srcWords.has(w))) continue;
    out.push({ kind: "name", span: e.span });
  }
  for (const d of rewrite.dates) {
    if (d.form !== "year" && d.form !== "absolute" && d.form !== "month") continue;
    const years = d.span.text.match(/\b(19|20)\d\d\b/g) ?? [];
    if (years.length && years.every((y) => source.article.text.includes(y)) && (d.form === "year" || srcText.includes(norm(d.span.text.replace(/\b(19|20)\d\d\b/, "")).trim()))) continue;
    if (srcText.includes(norm(d.span.text))) continue;
    out.push({ kind: "date", span: d.span });
  }
  return out;
}
