// Direct quotes with their speaker: the quoted words, then "X said," before or ", said X" /
// ", X said" after. Pronouns ("he said") resolve to the last person named before the quote.
// Short quoted phrases (scare quotes, titles) are kept only with a speaker verb nearby.
import type { Entity, Quote, Sentence } from "../../domain/doc.js";
import { spanOf, type Span } from "../../domain/span.js";

const SPEECH = "said|says|told|added|stated|announced|wrote|noted|claimed|insisted|warned|argued|explained|declared|tweeted|posted|asked|replied|recalled|continued|urged|according to";
const PAIRS: readonly [string, string][] = [["“", "”"], ['"', '"'], ["«", "»"], ["‘", "’"]];

export function quotes(text: string, sentences: readonly Sentence[], names: readonly Entity[]): Quote[] {
  const out: Quote[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    while (from < text.length) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      if (open === "‘" && /\w/.test(text[s - 1] ?? "")) { from = s + 1; continue; }
      let e = text.indexOf(close, s + 1);
      // ’ doubles as an apostrophe: skip closers glued to a letter on both sides ("didn’t").
      while (open === "‘" && e > 0 && /\w/.test(text[e + 1] ?? "") && /\w/.test(text[e - 1] ?? "")) e = text.indexOf(close, e + 1);
      if (e < 0) break;
      const newline = text.indexOf("\n", s);
      if (newline >= 0 && newline < e && open !== "“") { from = s + 1; continue; }
      const inner = trimSpan(text, s + 1, e);
      from = e + 1;
      if (inner.text.length < 2) continue;
      const words = inner.text.split(/\s+/).length;
      const speaker = findSpeaker(text, s, e + 1, names);
      if (words < 4 && speaker === null) continue;
      if (out.some((q) => q.span.start < inner.end && inner.start < q.span.end)) continue;
      out.push({ kind: "quote", span: inner, speaker: speaker?.text ?? null, speakerSpan: speaker, sentence: sentenceIndex(sentences, s) });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /[\s,]/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return spanOf(text, s, e);
}

function sentenceIndex(sentences: readonly Sentence[], pos: number): number {
  let ans = 0;
  for (const s of sentences) { if (s.start <= pos) ans = s.index; else break; }
  return ans;
}

const AFTER = new RegExp(`^[,.]?\\s*(?:(?:${SPEECH})\\s+([A-Z][\\p{L}'’.\\-]+(?:\\s+[A-Z][\\p{L}'’.\\-]+){0,3})|([A-Z][\\p{L}'’.\\-]+(?:\\s+[A-Z][\\p{L}'’.\\-]+){0,3}|he|she|they)\\s+(?:${SPEECH}))`, "u");
const BEFORE = new RegExp(`([A-Z][\\p{L}'’.\\-]+(?:\\s+[A-Z][\\p{L}'’.\\-]+){0,4}|\\b[Hh]e|\\b[Ss]he)(?:,[^,“"]{0,60},)?,?\\s+(?:${SPEECH})(?:\\s+\\w+){0,3}\\s*[,:]?\\s*$`, "u");

function findSpeaker(text: string, qs: number, qe: number, people: readonly Entity[]): Span | null {
  const after = text.slice(qe, qe + 80);
  const a = AFTER.exec(after);
  if (a) {
    const name = a[1] ?? a[2] ?? "";
    const at = qe + a[0].indexOf(name);
    return resolve(text, at, at + name.length, people, qs);
  }
  const lineStart = text.lastIndexOf("\n", qs - 1) + 1;
  const before = text.slice(Math.max(lineStart, qs - 160), qs);
  const b = BEFORE.exec(before);
  if (b) {
    const name = b[1]!;
    const at = qs - before.length + b.index + (b[0].indexOf(name));
    return resolve(text, at, at + name.length, people, qs);
  }
  return null;
}

/** Prefer the person entity covering the matched words; map pronouns to the last person named before the quote. */
function resolve(text: string, s: number, e: number, people: readonly Entity[], quoteStart: number): Span | null {
  const word = text.slice(s, e);
  if (/^(he|she|they)$/i.test(word)) {
    const prior = people.filter((p) => p.type === "person" && p.span.end <= quoteStart).pop();
    return prior ? prior.span : null;
  }
  const overlapping = people.filter((p) => p.span.start < e && s < p.span.end);
  const person = overlapping.find((p) => p.type === "person");
  if (person) return person.span;
  if (overlapping.length > 0) return null;
  // Names the entity step did not type: keep the capitalised words only if they look like a name, not a sentence start.
  if (/^(The|This|That|It|A|An|Officials?|Experts?|Analysts?)\b/.test(word)) return null;
  return spanOf(text, s, e);
}
