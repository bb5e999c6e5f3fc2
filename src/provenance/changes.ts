// What a rewrite changed between two aligned sentences: numbers altered, added or dropped
// ("390" → "400"), a hedge that moved ("nearly 800" → "800"), names swapped, quotes added,
// dropped or reworded. Only what the annotations show is reported; unsure cases stay silent.
import type { Doc } from "../domain/doc.js";
import type { Span } from "../domain/span.js";
import type { Change } from "../domain/story.js";

const inside = (s: Span, inner: Span) => inner.start >= s.start && inner.end <= s.end;

/**
 * Each doc's entity keys and lower-cased text, asked for once per aligned sentence pair. One
 * cache per story (findProvenance makes it): kept on the docs for the whole run, the lower-cased
 * copies of 100k texts cost 0.7 GB of heap that nothing reads again.
 */
export type NameCache = Map<Doc, { keys: ReadonlySet<string>; text: string }>;

export function sentenceChanges(from: Doc, fromSpan: Span, to: Doc, toSpan: Span, cache: NameCache = new Map()): Change[] {
  return [...numberChanges(from, fromSpan, to, toSpan), ...nameChanges(from, fromSpan, to, toSpan, cache), ...quoteChanges(from, fromSpan, to, toSpan)];
}

function numberChanges(from: Doc, fs: Span, to: Doc, ts: Span): Change[] {
  const a = from.quantities.filter((q) => inside(fs, q.numberSpan));
  const b = to.quantities.filter((q) => inside(ts, q.numberSpan));
  const out: Change[] = [];
  const restB = [...b];
  const restA = a.filter((q) => {
    const k = restB.findIndex((r) => r.value === q.value);
    if (k < 0) return true;
    const r = restB.splice(k, 1)[0]!;
    // Same number, other hedge: "nearly 800" → "800" changes what the reader takes away.
    if (q.hedge !== r.hedge) out.push({ kind: "number", before: q.span.text, after: r.span.text });
    return false;
  });
  // Unmatched numbers counting the same thing, in order, were altered; the rest added or dropped.
  for (const q of restA) {
    const k = restB.findIndex((r) => r.unit === q.unit && (r.noun === q.noun || r.noun === null || q.noun === null));
    if (k >= 0) out.push({ kind: "number", before: q.numberSpan.text, after: restB.splice(k, 1)[0]!.numberSpan.text });
    // A number the rewrite moved to another sentence was not dropped.
    else if (!to.quantities.some((r) => r.value === q.value)) out.push({ kind: "number", before: q.numberSpan.text, after: null });
  }
  for (const r of restB) if (!from.quantities.some((q) => q.value === r.value)) out.push({ kind: "number", before: null, after: r.numberSpan.text });
  return out;
}

function names(doc: Doc, cache: NameCache): { keys: ReadonlySet<string>; text: string } {
  let n = cache.get(doc);
  if (!n) { n = { keys: new Set(doc.entities.map((e) => e.key)), text: doc.article.text.toLowerCase() }; cache.set(doc, n); }
  return n;
}

function nameChanges(from: Doc, fs: Span, to: Doc, ts: Span, cache: NameCache): Change[] {
  // A name counts as gone only when the other article never names it (rewrites move names between sentences).
  const f = names(from, cache), t = names(to, cache);
  const gone = from.entities.filter((e) => inside(fs, e.span) && !t.keys.has(e.key) && !t.text.includes(e.span.text.toLowerCase()));
  const come = to.entities.filter((e) => inside(ts, e.span) && !f.keys.has(e.key) && !f.text.includes(e.span.text.toLowerCase()));
  const out: Change[] = [];
  const restCome = [...come];
  const seen = new Set<string>();
  for (const g of gone) {
    if (seen.has(g.key)) continue;
    seen.add(g.key);
    const k = restCome.findIndex((c) => c.type === g.type);
    if (k >= 0) out.push({ kind: "name", before: g.span.text, after: restCome.splice(k, 1)[0]!.span.text });
    else out.push({ kind: "name", before: g.span.text, after: null });
  }
  for (const c of restCome) if (!seen.has(c.key)) { seen.add(c.key); out.push({ kind: "name", before: null, after: c.span.text }); }
  return out;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(a: string, b: string): number {
  const x = new Set(words(a)), y = new Set(words(b));
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return (2 * n) / Math.max(1, x.size + y.size);
}

function quoteChanges(from: Doc, fs: Span, to: Doc, ts: Span): Change[] {
  const a = from.quotes.filter((q) => inside(fs, q.span));
  const b = to.quotes.filter((q) => inside(ts, q.span));
  const out: Change[] = [];
  const restB = [...b];
  for (const q of a) {
    const k = restB.findIndex((r) => overlap(q.span.text, r.span.text) >= 0.5);
    if (k < 0) { out.push({ kind: "quote", before: q.span.text, after: null }); continue; }
    const r = restB.splice(k, 1)[0]!;
    // Quoted words are the speaker's own: any rewording inside the marks is worth showing.
    if (words(q.span.text).join(" ") !== words(r.span.text).join(" ")) out.push({ kind: "quote", before: q.span.text, after: r.span.text });
  }
  for (const r of restB) out.push({ kind: "quote", before: null, after: r.span.text });
  return out;
}
