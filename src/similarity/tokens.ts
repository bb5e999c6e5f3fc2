// Tokenization for matching, shared by stories, provenance and the `compare` command: words
// lower-cased and lightly stemmed, stop words dropped, numbers normalized ("1,000" → "1000")
// so that "released 1,000 prisoners" and "1000 prisoners were released" share their terms.

/** Function words that carry no topic or event: they would make every pair of sentences look alike. */
export const STOPWORDS: ReadonlySet<string> = new Set((
  "a about above after again against all also am an and any are as at be because been before being below between both " +
  "but by can could did do does doing down during each few for from further had has have having he her here hers herself " +
  "him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or " +
  "other our ours ourselves out over own same she should so some such than that the their theirs them themselves then " +
  "there these they this those through to too under until up very was we were what when where which while who whom why " +
  "will with would you your yours yourself yourselves s t said says say told according also just would could may might " +
  "one must shall us mr mrs ms yet still however since among per via upon whether another every within without"
).split(" "));

/** A word or a number as written: letters (with inner apostrophes/hyphens) or digits with separators. */
const TERM = /\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*/gu;

export interface MatchTerm {
  /** Normalized form used for matching. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "name";
}

/** Light suffix stripping: enough to meet "prisoners"/"prisoner", "released"/"releases"; never below 3 letters. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (word.endsWith("sses")) return word.slice(0, -2);
  // "(ch|sh|x|ss|z)es$", tested by its endings: a regex per new word cost more than the rest of stem().
  if (word.endsWith("es") && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses") || word.endsWith("zes"))) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) word = word.slice(0, -1);
  if (word.endsWith("ing") && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith("ed") && word.length > 4) return undouble(word.endsWith("ied") ? word.slice(0, -3) + "y" : word.slice(0, -2));
  if (word.endsWith("e") && word.length > 4) return word.slice(0, -1);
  return word;
}

function undouble(w: string): string {
  const n = w.length;
  const last = w[n - 1];
  if (n > 3 && last === w[n - 2] && last !== "l" && last !== "s" && last !== "z") return w.slice(0, -1);
  if (w.endsWith("e")) return w.slice(0, -1);
  return w;
}

/** "1,000" → "1000", "3.50" → "3.5", "07" → "7". */
export function normalizeNumber(raw: string): string {
  const compact = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, "") : raw.replace(/,/g, ".");
  const n = Number(compact);
  return Number.isFinite(n) ? String(n) : compact;
}

/**
 * What a written word becomes as a term, computed once per distinct spelling: every article
 * repeats the same few thousand words. null = a stop word or too short. Bounded: cleared when full.
 */
const WORD_TERMS = new Map<string, { readonly term: string | null; readonly capital: boolean }>();
const WORD_TERMS_MAX = 500_000;
function wordTerm(raw: string): { readonly term: string | null; readonly capital: boolean } {
  let w = WORD_TERMS.get(raw);
  if (w === undefined) {
    // raw.toLowerCase().replace(/['’]s$/, "").replace(/’/g, "'") and /^\p{Lu}/u.test(raw), without regexes for plain
    // ASCII: the bench's 100k articles meet millions of distinct spellings, and these ran once for each.
    let lower = raw.toLowerCase();
    const n = lower.length;
    if (n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower[n - 2] === "'" || lower[n - 2] === "’")) lower = lower.slice(0, -2);
    if (lower.includes("’")) lower = lower.replaceAll("’", "'");
    const c = raw.charCodeAt(0);
    w = { term: STOPWORDS.has(lower) || lower.length < 2 ? null : stem(lower), capital: c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw) };
    if (WORD_TERMS.size >= WORD_TERMS_MAX) WORD_TERMS.clear();
    WORD_TERMS.set(raw, w);
  }
  return w;
}

/** Every matchable term in `text` with its offsets; stop words dropped. Capitalised words mid-sentence count as names. */
export function matchTerms(text: string): MatchTerm[] {
  const out: MatchTerm[] = [];
  TERM.lastIndex = 0;
  for (let m = TERM.exec(text); m !== null; m = TERM.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push({ term: normalizeNumber(raw), start, end, kind: "number" });
      continue;
    }
    const w = wordTerm(raw);
    if (w.term === null) continue;
    const name = w.capital && !(start === 0 || /[.!?"“:\n]\s*$/.test(text.slice(Math.max(0, start - 3), start)));
    out.push({ term: w.term, start, end, kind: name ? "name" : "word" });
  }
  return out;
}

/** The normalized terms of the words (matchTerms' word and name terms, without numbers, offsets and kinds), added to `out`. */
export function wordTerms(text: string, out: string[] = [], times = 1): string[] {
  const words = text.match(TERM);
  if (words === null) return out;
  for (const raw of words) {
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    const term = wordTerm(raw).term;
    if (term !== null) for (let k = 0; k < times; k++) out.push(term);
  }
  return out;
}

/** Just the normalized terms (matchTerms without offsets and kinds). */
export function terms(text: string): string[] {
  const out: string[] = [];
  const found = text.match(TERM);
  if (found === null) return out;
  for (const raw of found) {
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) { out.push(normalizeNumber(raw)); continue; }
    const term = wordTerm(raw).term;
    if (term !== null) out.push(term);
  }
  return out;
}
