// Key-phrase stuffing: one multi-word phrase repeated far beyond what edited news does. 003
// repeats "Russia and Ukraine exchange of 1,000 prisoners" about ten times, the way SEO farms
// plant a search phrase; a reporter says "the swap" after the first mention. Every repetition is
// evidence. Names alone ("the Boston Red Sox") are not stuffing: the phrase must carry at least
// one lower-case content word, and be a noun phrase: live sports text repeating "(Wrexham) wins a
// free kick" or a table repeating "relegated if they lose" (real BBC articles in FRANK) are
// templates, not planted keywords. Thresholds come from the eval articles (eval/signals.ts prints
// the distribution of the most-repeated phrase on real news).
import type { Doc, Token } from "../../domain/doc.js";
import { evidenceOf } from "../../domain/span.js";
import type { TellHit } from "../tell.js";
import { STOPWORDS, quoted, wordIds, words, type Word } from "../text.js";

const MIN_WORDS = 4;
const MAX_WORDS = 10;
/** Repetitions at which a phrase starts to count; real news in the tune fold peaks at 3 (see eval). */
export const MIN_REPEATS = 4;
/** Repetitions that no article in the tune fold reaches: a strong tell. */
export const STRONG_REPEATS = 6;

export interface RepeatedPhrase {
  readonly phrase: string;
  readonly words: number;
  /** Non-overlapping occurrences, in text order. */
  readonly at: readonly { start: number; end: number }[];
}

/** The repeated noun phrase with the most repeated words (length × count), or null. */
export function mostRepeatedPhrase(doc: Doc): RepeatedPhrase | null {
  const text = doc.article.text;
  const ws = words(doc);
  const seg = segments(text, ws);
  // Any phrase repeated MIN_REPEATS times starts with a 4-word run repeated as often: find those
  // starts first, then grow phrases only from them (keeps the tell linear in article length).
  const starts = repeatedStarts(doc, ws, seg);
  let best: RepeatedPhrase | null = null;
  let bestScore = 0;
  for (let n = MIN_WORDS; n <= MAX_WORDS && starts.length >= MIN_REPEATS; n++) {
    const seen = new Map<string, number[]>();
    for (const i of starts) {
      if (i + n > ws.length) continue;
      const last = ws[i + n - 1]!;
      if (STOPWORDS.has(last.lower) || seg[i] !== seg[i + n - 1]) continue;
      const key = ws.slice(i, i + n).map((w) => w.lower).join(" ");
      const list = seen.get(key);
      if (list) list.push(i);
      else seen.set(key, [i]);
    }
    for (const [key, at] of seen) {
      if (at.length < MIN_REPEATS) continue;
      const picked = nonOverlapping(at, n);
      if (picked.length < MIN_REPEATS || picked.length * n <= bestScore) continue;
      if (!hasCommonContentWord(text, ws, picked[0]!, n)) continue;
      if (!isNounPhrase(doc.tokens, ws[picked[0]!]!.start, ws[picked[0]! + n - 1]!.end)) continue;
      if (inRepeatedFrame(ws, seg, picked, n)) continue;
      bestScore = picked.length * n;
      best = {
        phrase: key, words: n,
        at: picked.map((i) => ({ start: ws[i]!.start, end: ws[i + n - 1]!.end })),
      };
    }
  }
  return best;
}

/** Word indexes where a MIN_WORDS-word run (same sentence, not opening on a stopword) recurs MIN_REPEATS times. */
function repeatedStarts(doc: Doc, ws: readonly Word[], seg: readonly number[]): number[] {
  // Four word ids packed into one number key; only runs whose four words each occur MIN_REPEATS
  // times can repeat that often, which skips almost every position of a normal article.
  const { ids, freq } = wordIds(doc);
  const often = (i: number) => freq[ids[i]!]! >= MIN_REPEATS;
  const base = freq.length + 1;
  const runs = new Map<number, number[]>();
  for (let i = 0; i + MIN_WORDS <= ws.length; i++) {
    if (!often(i) || !often(i + 1) || !often(i + 2) || !often(i + 3)) continue; // MIN_WORDS = 4
    if (STOPWORDS.has(ws[i]!.lower) || seg[i] !== seg[i + MIN_WORDS - 1]) continue;
    const key = ((ids[i]! * base + ids[i + 1]!) * base + ids[i + 2]!) * base + ids[i + 3]!;
    const list = runs.get(key);
    if (list) list.push(i);
    else runs.set(key, [i]);
  }
  const out: number[] = [];
  for (const list of runs.values()) if (list.length >= MIN_REPEATS) out.push(...list);
  return out.sort((a, b) => a - b);
}

function breaksBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // . ! ? : ; and line break
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10) return true;
  }
  return false;
}

function nonOverlapping(starts: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (const s of starts) if (out.length === 0 || s >= out[out.length - 1]! + n) out.push(s);
  return out;
}

/** At least two content words, one of them written in lower case ("exchange", "prisoners"). */
function hasCommonContentWord(text: string, ws: readonly Word[], from: number, n: number): boolean {
  let content = 0;
  let common = false;
  for (let i = from; i < from + n; i++) {
    const w = ws[i]!;
    if (STOPWORDS.has(w.lower)) continue;
    content++;
    const c = text[w.start] ?? "";
    if (/\p{Ll}/u.test(c)) common = true;
  }
  return content >= 2 && common;
}

/**
 * The phrase sits inside a longer repeated frame when most occurrences share the same content
 * word right before or after it ("… wins a free kick in the defensive half" in live text): a
 * template line, not a planted keyword (003's occurrences follow "the" and then vary).
 */
function inRepeatedFrame(ws: readonly Word[], seg: readonly number[], picked: readonly number[], n: number): boolean {
  const shared = (step: -1 | 1) => {
    const counts = new Map<string, number>();
    for (const i of picked) {
      // The nearest content word within three words, in the same sentence ("header from the centre of the box").
      for (let k = 1, j = step < 0 ? i - 1 : i + n; k <= 3 && seg[j] === seg[i]; k++, j += step) {
        const w = ws[j]!;
        if (STOPWORDS.has(w.lower)) continue;
        counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1);
        break;
      }
    }
    return Math.max(0, ...counts.values()) * 2 >= picked.length;
  };
  return shared(-1) || shared(1);
}

/** Sentence-or-line number of each word: a phrase never spans ".", "!", "?", ":", ";" or a line break. */
function segments(text: string, ws: readonly Word[]): number[] {
  const out: number[] = [];
  let seg = 0;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && breaksBetween(text, ws[i - 1]!.end, ws[i]!.start)) seg++;
    out.push(seg);
  }
  return out;
}

const NOT_IN_NOUN_PHRASE = new Set(["VERB", "AUX", "PRON", "ADV", "SCONJ", "INTJ"]);
const NOUN_HEAD = new Set(["NOUN", "PROPN", "NUM"]);

/** "Russia/PROPN and/CCONJ Ukraine/PROPN exchange/NOUN of/ADP 1,000/NUM prisoners/NOUN": no verb, a noun at the end. */
function isNounPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end && t.kind !== "punct");
  const last = inside[inside.length - 1];
  return last !== undefined && NOUN_HEAD.has(last.pos) && !inside.some((t) => NOT_IN_NOUN_PHRASE.has(t.pos));
}

export function phraseStuffing(doc: Doc): readonly TellHit[] {
  const { id, text } = doc.article;
  const found = mostRepeatedPhrase(doc);
  if (!found) return [];
  const count = found.at.length;
  const strong = count >= STRONG_REPEATS;
  const first = found.at[0]!;
  const shown = quoted(text.slice(first.start, first.end));
  return [{
    rule: "signals/phrase-stuffing",
    strength: strong ? "strong" : "weak",
    points: count >= 8 ? 3 : strong ? 2 : 1,
    summary: `The phrase ${shown} is repeated ${count} times, far more than news writing needs: a sign of text written for search engines.`,
    evidence: found.at.map((a) => evidenceOf(id, text, a.start, a.end)),
    actual: `${count} repetitions`,
    expected: `fewer than ${MIN_REPEATS}`,
  }];
}
