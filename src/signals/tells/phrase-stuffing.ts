// Key-phrase stuffing: one phrase repeated far beyond what edited news does. 003 repeats "Russia
// and Ukraine exchange of 1,000 prisoners" ten times in 780 words, the way SEO farms plant a search
// phrase; a reporter says "the swap" after the first mention. Any phrase of two or more words
// counts, in any case and with or without a verb ("cheap ferry tickets", "Best Budget Laptops",
// "how to apply for flood compensation"), measured against the article's length: what counts is
// both the number of repetitions and their density (per 100 words), with cut-offs above what real
// news in the tune fold reaches (eval/signals.ts prints the distributions). What real news does
// repeat is left alone: names (a team, a governor, a court: title case with a place, title or
// organisation word, or only two words), and templates — live-text lines, fixture lists, tables —
// where the phrase sits in a repeated frame or opens lines that start alike — and the words of others: a title that
// names a person ("The Ballad of Mary Kell"), a slogan or phrase quoted each time. Every repetition is evidence.
import type { Doc, Token } from "../../domain/doc.js";
import { evidenceOf } from "../../domain/span.js";
import { COUNTRIES, DEMONYMS, ORGS, ORG_WORDS, PLACES } from "../../annotate/gazetteer.js";
import { PERSON_TITLES, isFirstName } from "../../lexicon/names.js";
import type { TellHit } from "../tell.js";
import { STOPWORDS, quoted, wordIds, words, type Word } from "../text.js";

const MIN_WORDS = 2;
const MAX_WORDS = 10;
/** Repetitions below which no phrase is considered at all. */
const MIN_CANDIDATE = 4;

/** Cut-offs per kind of phrase: repetitions and repetitions per 100 words, weak and strong. */
export const THRESHOLDS = {
  /** Three words or more with a lower-case word ("cheap ferry tickets", "Kenya tea export ban"). */
  common: { weak: { count: 5, density: 0.6 }, strong: { count: 6, density: 1.0 } },
  /** Two words with a lower-case word ("solar loans"): topic words repeat more in real news. */
  pair: { weak: { count: 8, density: 2.5 }, strong: { count: 9, density: 4 } },
  /** Three words or more, all capitalised but no name ("Best Budget Laptops"). */
  title: { weak: { count: 5, density: 1.0 }, strong: { count: 6, density: 1.5 } },
} as const;
export type PhraseKind = keyof typeof THRESHOLDS;

export interface RepeatedPhrase {
  readonly phrase: string;
  readonly words: number;
  readonly kind: PhraseKind;
  /** Non-overlapping occurrences, in text order. */
  readonly at: readonly { start: number; end: number }[];
  /** Occurrences per 100 words of the article. */
  readonly density: number;
}

/** Words that make a capitalised phrase a name: places, countries, nationalities, titles, organisation words. */
const NAME_WORDS: ReadonlySet<string> = new Set([
  ...COUNTRIES, ...PLACES, ...Object.keys(DEMONYMS), ...ORG_WORDS, ...PERSON_TITLES, ...ORGS,
  // Photo credits and captions: "(AP Photo/John Minchillo)", "Getty Images", "File Photo".
  "Photo", "Photos", "Photograph", "Credit", "Courtesy", "Images", "Getty", "File", "Staff", "Video",
  "Act", "Bill", "Law", "Treaty", "Accord", "Agreement", "Convention", "Cup", "League", "Championship", "Open", "Games",
  "Olympics", "Prize", "Award", "Awards", "Festival", "Museum", "Park", "Street", "Avenue", "Road", "Square", "Bridge",
  "Station", "Airport", "Stadium", "Arena", "Hall", "Center", "Centre", "Mount", "Lake", "River", "Island", "Islands",
  "County", "City", "State", "Province", "Region", "District", "North", "South", "East", "West", "Northern", "Southern",
  "Eastern", "Western", "Republic", "Kingdom", "Empire", "Jr", "Sr", "FC", "United", "Athletic", "Real", "Sporting",
  "Duke", "Duchess", "Earl", "Countess", "Baron", "Baroness", "Saint", "St",
  // Name particles: "Van De Ven", "Abu Bakr", "De la Cruz".
  "Van", "De", "Von", "Der", "Den", "Al", "El", "Bin", "Ibn", "La", "Le", "Du", "Da", "Di", "Dos", "Ben", "Abu", "Mac",
].flatMap((w) => w.split(" ")));

/** Words that carry no topic of their own: ages, dates, units ("the 20-year-old man", "block of South"). */
const FILLER: ReadonlySet<string> = new Set((
  "year years old month months week weeks day days hour hours minute minutes time times percent cent per block " +
  "am pm a.m p.m mr mrs ms dr st monday tuesday wednesday thursday friday saturday sunday january february march april " +
  "may june july august september october november december today yesterday tomorrow tonight morning afternoon evening night"
).split(" "));
/** Words of a search query, which no name carries. */
const SEARCH_WORDS: ReadonlySet<string> = new Set(("best top cheap cheapest how where why what guide tips review reviews deals deal free online " +
  "near buy price prices cost costs ways ideas list vs").split(" "));
/** A phrase with a pronoun is a clause template ("relegated if they lose"), not a search phrase. */
const PRONOUNS: ReadonlySet<string> = new Set("i me my we us our you your he him his she her they them their it its".split(" "));

/** Every repeated phrase that could be stuffing, best first (most repeated words, then longest). */
export function repeatedPhrases(doc: Doc, all = false): RepeatedPhrase[] {
  const text = doc.article.text;
  const ws = words(doc);
  if (ws.length === 0) return [];
  const seg = segments(text, ws);
  // Any phrase repeated MIN_CANDIDATE times starts with a two-word run repeated as often: find
  // those starts first, then grow phrases only from them (keeps the tell linear in article length).
  const starts = repeatedStarts(doc, ws, seg);
  // A listed first name ("Mary", "Katherine", "Tomas"), not the tagger's persons: it takes any title-case run ("Crypto Tax
  // Rules") for a person's name.
  const inPerson = (w: Word) => isFirstName(w.lower);
  const out: RepeatedPhrase[] = [];
  for (let n = MIN_WORDS; n <= MAX_WORDS && starts.length >= MIN_CANDIDATE; n++) {
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
      if (at.length < MIN_CANDIDATE) continue;
      const kind = kindOf(text, ws, at[0]!, n, inPerson);
      if (kind === null) continue;
      // Below the weak cut-offs even before deduplication: only the eval's distributions want it.
      const weak = THRESHOLDS[kind].weak;
      if (!all && (at.length < weak.count || (at.length * 100) / ws.length < weak.density)) continue;
      const picked = distinctSentences(text, ws, nonOverlapping(at, n));
      if (picked.length < MIN_CANDIDATE) continue;
      if (inRepeatedFrame(ws, seg, picked, n) || opensAlikeLines(text, ws, picked) || predicateOfVaryingSubjects(doc, ws, seg, picked) || fillsItsSentences(text, ws, picked, n)
        || mostlyQuoted(doc, ws, picked, n)) continue;
      out.push({
        phrase: key, words: n, kind,
        at: picked.map((i) => ({ start: ws[i]!.start, end: ws[i + n - 1]!.end })),
        density: (picked.length * 100) / ws.length,
      });
    }
  }
  // A phrase inside a longer one repeated as often is the same stuffing: keep the longest.
  const kept = out.filter((p) => !out.some((q) => q !== p && q.words > p.words && q.at.length >= p.at.length && q.phrase.includes(p.phrase)));
  return kept.sort((a, b) => b.at.length * b.words - a.at.length * a.words || b.words - a.words);
}

/** How strongly a phrase's repetition counts, or null below the weak cut-off. */
export function stuffingLevel(p: RepeatedPhrase): "weak" | "strong" | null {
  const t = THRESHOLDS[p.kind];
  const n = p.at.length;
  if (n >= t.strong.count && p.density >= t.strong.density) return "strong";
  if (n >= t.weak.count && p.density >= t.weak.density) return "weak";
  return null;
}

/** The repeated phrase that counts most as stuffing (strong before weak), or null. */
export function mostRepeatedPhrase(doc: Doc): RepeatedPhrase | null {
  let best: RepeatedPhrase | null = null;
  let bestLevel = 0;
  for (const p of repeatedPhrases(doc)) {
    const level = stuffingLevel(p) === "strong" ? 2 : stuffingLevel(p) === "weak" ? 1 : 0;
    if (level > bestLevel) { best = p; bestLevel = level; }
  }
  return best;
}

/** Word indexes where a two-word run (same sentence, not opening on a stopword) recurs MIN_CANDIDATE times. */
function repeatedStarts(doc: Doc, ws: readonly Word[], seg: readonly number[]): number[] {
  const { ids, freq } = wordIds(doc);
  const often = (i: number) => freq[ids[i]!]! >= MIN_CANDIDATE;
  const base = freq.length + 1;
  const runs = new Map<number, number[]>();
  for (let i = 0; i + MIN_WORDS <= ws.length; i++) {
    if (!often(i) || !often(i + 1)) continue; // MIN_WORDS = 2
    if (STOPWORDS.has(ws[i]!.lower) || seg[i] !== seg[i + 1]) continue;
    const key = ids[i]! * base + ids[i + 1]!;
    const list = runs.get(key);
    if (list) list.push(i);
    else runs.set(key, [i]);
  }
  const out: number[] = [];
  for (const list of runs.values()) if (list.length >= MIN_CANDIDATE) out.push(...list);
  return out.sort((a, b) => a - b);
}

function breaksBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // . ! ? : ; , ( ) and line break: a search phrase never spans a comma or a bracket
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10 || c === 44 || c === 40 || c === 41) return true;
  }
  return false;
}

/**
 * One occurrence per distinct sentence: a caption, teaser or paragraph that a scraped page repeats
 * word for word is one sentence copied, not a phrase planted in many sentences.
 */
function distinctSentences(text: string, ws: readonly Word[], starts: readonly number[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const i of starts) {
    const at = ws[i]!.start;
    let from = at;
    while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
    const stop = /[.!?\n]/g;
    stop.lastIndex = at;
    const to = stop.exec(text)?.index ?? text.length;
    const key = text.slice(from, to).replace(/\s+/g, " ").trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}

function nonOverlapping(starts: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (const s of starts) if (out.length === 0 || s >= out[out.length - 1]! + n) out.push(s);
  return out;
}

/**
 * What kind of phrase this is, or null when it cannot be stuffing: fewer than two content words,
 * or a name — all capitalised and two words long, or carrying a place, title or organisation word.
 */
function kindOf(text: string, ws: readonly Word[], from: number, n: number, inPerson: (w: Word) => boolean): PhraseKind | null {
  let content = 0;
  let common = false;
  let named = false;
  let digits = 0;
  let givenName = false, linked = false;
  for (let i = from; i < from + n; i++) {
    const w = ws[i]!;
    if (PRONOUNS.has(w.lower)) return null;
    if (/^\p{N}/u.test(w.lower)) digits++;
    if (STOPWORDS.has(w.lower)) { linked = true; continue; }
    if (FILLER.has(w.lower)) continue;
    content++;
    const written = text.slice(w.start, w.end);
    // A capital inside a word is a brand or product ("MacBook", "iPhone", "PlayStation"): a name, whatever its case.
    if (/^\p{L}\p{Ll}+\p{Lu}/u.test(written)) named = true;
    else if (/^\p{Ll}/u.test(written)) common = true;
    else if (NAME_WORDS.has(written.replace(/[’']s$/, ""))) named = true;
    else if (inPerson(w)) givenName = true;
  }
  if (content - digits < 2) return null;
  // A person's first name joined to other words makes the phrase the title of a work named after them ("The Ballad of Mary
  // Kell", "Letters to Tomas Weir"); a full name alone repeated in headings ("Kim Jong Un") is left to the cut-offs.
  if (givenName && linked) named = true;
  if (common) return n === 2 ? "pair" : "common";
  // A title-case phrase with a number is a model or an edition ("17-inch MacBook Pro", "Galaxy S24 Ultra", "Euro 2024 Final").
  if (ws.slice(from, from + n).some((w) => /\p{N}/u.test(w.lower)) && !ws.slice(from, from + n).some((w) => SEARCH_WORDS.has(w.lower))) return null;
  // A place in a title-case phrase makes it a name ("Los Angeles Police Department") unless the phrase is a search ("Best Hotels In Paris").
  if (n === 2 || (named && !ws.slice(from, from + n).some((w) => SEARCH_WORDS.has(w.lower)))) return null;
  return "title";
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

/**
 * A verb phrase whose subject changes from one occurrence to the next ("Norwich fail to win",
 * "Wigan … if they fail to win"): a clause template of a results or permutations piece. A search
 * phrase with a verb stands after "to", "how to", a modal or at the start ("buy gold online safely").
 */
function predicateOfVaryingSubjects(doc: Doc, ws: readonly Word[], seg: readonly number[], picked: readonly number[]): boolean {
  // The words are the doc's own tokens (text.ts), so they carry the tagger's part of speech.
  const posAt = (w: Word) => (w as Partial<Token>).pos;
  if (posAt(ws[picked[0]!]!) !== "VERB") return false;
  let subject = 0;
  for (const i of picked) {
    if (i === 0 || !/^[\s)]*$/.test(doc.article.text.slice(ws[i - 1]!.end, ws[i]!.start))) continue;
    const pos = posAt(ws[i - 1]!);
    if (pos === "NOUN" || pos === "PROPN" || pos === "PRON") subject++;
  }
  return subject * 2 >= picked.length;
}

/** Quotation marks that open and close a quoted phrase. */
const OPEN_QUOTE = /["“‘'«]\s*$/u, CLOSE_QUOTE = /^\s*[.,!?]?["”’'»]/u;

/**
 * Most occurrences sit inside quotation marks or a quote: a slogan people chant, a phrase a speaker coined and others
 * repeat ("chanting 'fair pay for every shift'"), the speakers' words, not a phrase the writer planted for search engines.
 */
function mostlyQuoted(doc: Doc, ws: readonly Word[], picked: readonly number[], n: number): boolean {
  const text = doc.article.text;
  let quotedN = 0;
  for (const i of picked) {
    const start = ws[i]!.start, end = ws[i + n - 1]!.end;
    if (doc.quotes.some((q) => q.span.start <= start && end <= q.span.end)
      || (OPEN_QUOTE.test(text.slice(Math.max(0, start - 3), start)) && CLOSE_QUOTE.test(text.slice(end, end + 3)))) quotedN++;
  }
  return quotedN * 2 > picked.length;
}

/** Most occurrences are (almost) their whole sentence: a repeated line with a slot ("… visited shelter 3."), not a planted phrase. */
function fillsItsSentences(text: string, ws: readonly Word[], picked: readonly number[], n: number): boolean {
  let whole = 0;
  for (const i of picked) {
    let before = 0;
    for (let j = i - 1; j >= 0 && !/[.!?\n]/.test(text.slice(ws[j]!.end, ws[j + 1]!.start)); j--) before++;
    let after = 0;
    for (let j = i + n; j < ws.length && !/[.!?\n]/.test(text.slice(ws[j - 1]!.end, ws[j]!.start)); j++) after++;
    if (before + after <= 1) whole++;
  }
  return whole * 2 >= picked.length;
}

/**
 * Lists and live text: most occurrences sit on short lines of their own, or on lines that open with the same word ("Attempt saved.
 * … is saved in the centre of the goal", "Ward 3: … won the seat with …").
 */
function opensAlikeLines(text: string, ws: readonly Word[], picked: readonly number[]): boolean {
  const openers = new Map<string, number>();
  const lines = new Set<number>();
  for (const i of picked) {
    const lineStart = text.lastIndexOf("\n", ws[i]!.start - 1) + 1;
    if (lines.has(lineStart)) continue;
    lines.add(lineStart);
    const first = /[\p{L}\p{N}]+/u.exec(text.slice(lineStart, lineStart + 40))?.[0]?.toLowerCase() ?? "";
    openers.set(first, (openers.get(first) ?? 0) + 1);
  }
  if (lines.size * 3 < picked.length * 2) return false;
  if (Math.max(0, ...openers.values()) * 2 >= picked.length) return true;
  // Or a list: one occurrence per line, on short lines ("Wheat: up 2 percent at 210 euros a tonne.").
  let short = 0;
  for (const start of lines) {
    const end = text.indexOf("\n", start);
    if (text.slice(start, end < 0 ? text.length : end).split(/\s+/).length <= 12) short++;
  }
  return short * 3 >= lines.size * 2 && lines.size >= picked.length * 0.8;
}

/** Clause-or-line number of each word: a phrase never spans ".", "!", "?", ":", ";", "," or a line break. */
function segments(text: string, ws: readonly Word[]): number[] {
  const out: number[] = [];
  let seg = 0;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && breaksBetween(text, ws[i - 1]!.end, ws[i]!.start)) seg++;
    out.push(seg);
  }
  return out;
}

export function phraseStuffing(doc: Doc): readonly TellHit[] {
  const { id, text } = doc.article;
  const found = mostRepeatedPhrase(doc);
  if (!found) return [];
  const level = stuffingLevel(found);
  const count = found.at.length;
  const strong = level === "strong";
  const first = found.at[0]!;
  const shown = quoted(text.slice(first.start, first.end));
  const t = THRESHOLDS[found.kind];
  return [{
    rule: "signals/phrase-stuffing",
    strength: strong ? "strong" : "weak",
    points: strong && count >= t.strong.count + 2 ? 3 : strong ? 2 : 1,
    summary: `The phrase ${shown} is repeated ${count} times (${found.density.toFixed(1)} per 100 words), far more than news writing needs: a sign of text written for search engines.`,
    evidence: found.at.map((a) => evidenceOf(id, text, a.start, a.end)),
    actual: `${count} repetitions`,
    expected: `fewer than ${t.weak.count}, or under ${t.weak.density} per 100 words`,
  }];
}
