// What a rewrite states that its source does not: numbers, names and dates in the derived text
// with no counterpart in the source. Used for derivations ("the rewrite adds 40 dead") and to
// judge machine summaries against their article.
import type { Doc } from "../domain/doc.js";
import type { Span } from "../domain/span.js";
import { nameKey } from "../lexicon/names.js";

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

const STOP = new Set("a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did it its this that these those he she they we you i his her their our your them him us not no so than then there here which who whom whose what when where why how all any each some more most other such only own same too very can will just should would could may might must shall into over under again further once about after before above below up down out off during through until while also said says say".split(" "));

/** Content words of the rewrite (lemmas) that never occur in the source: invented entities or facts. */
export function novelWords(source: Doc, rewrite: Doc): string[] {
  const known = new Set<string>();
  for (const t of source.tokens) { known.add(t.lower); known.add(t.lemma); }
  const out: string[] = [];
  for (const t of rewrite.tokens) {
    if (t.kind !== "word" || t.lower.length < 3 || STOP.has(t.lower)) continue;
    if (known.has(t.lower) || known.has(t.lemma)) continue;
    out.push(t.lower);
  }
  return out;
}
