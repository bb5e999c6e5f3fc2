// Finds quotes that share most of their words, without comparing every pair: an inverted index
// from word to quotes, skipping words so common they say nothing (they appear in many quotes).
// Also the canonical words two versions of one quote are compared by: spelling (British or
// American), abbreviations written out ("U.S." / "United States"), contractions, number words and
// punctuation do not make two quotes differ.
import type { QuoteClaim } from "../domain/claim.js";

export interface IndexedQuote {
  readonly claim: QuoteClaim;
  readonly words: ReadonlySet<string>;
}

/** Words with possessives and edge punctuation removed: "HP's" and "HP" are the same word here. */
export function quoteWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []).map((w) => w.replace(/['’]s$/u, "").replace(/[.,]+$/, ""));
}

const CANON = new WeakMap<QuoteClaim, CanonWord[]>();

// The same quote recurs across a story's articles (wire copies, rewrites): its words are worked out
// once per text (pure, read-only results; bounded).
const BY_TEXT = new Map<string, CanonWord[]>();

/** canonicalWords of a quote claim, computed once per claim (several rules compare quotes). */
export function claimWords(claim: QuoteClaim): CanonWord[] {
  let c = CANON.get(claim);
  if (!c) {
    c = BY_TEXT.get(claim.value.text);
    if (!c) {
      if (BY_TEXT.size >= 20_000) BY_TEXT.clear();
      c = canonicalWords(claim.value.text);
      BY_TEXT.set(claim.value.text, c);
    }
    CANON.set(claim, c);
  }
  return c;
}

export function indexQuotes(quotes: readonly QuoteClaim[]): IndexedQuote[] {
  return quotes.map((claim) => ({ claim, words: new Set(claimWords(claim).map((w) => w.canon)) }));
}

/** One word of a quote: as written, and in the form two versions are compared by. */
export interface CanonWord {
  readonly raw: string;
  readonly canon: string;
  /** Written with a capital inside a sentence (a name), not only opening one. */
  readonly capital: boolean;
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  "U.S.": "united states", "US": "united states", "U.S.A.": "united states", "USA": "united states", "U.K.": "united kingdom",
  "UK": "united kingdom", "U.N.": "united nations", "UN": "united nations", "E.U.": "european union", "EU": "european union",
  "Gov.": "governor", "Sen.": "senator", "Rep.": "representative", "Dr.": "doctor", "Gen.": "general", "Lt.": "lieutenant",
  "Col.": "colonel", "Capt.": "captain", "Sgt.": "sergeant", "Prof.": "professor", "Dept.": "department", "Corp.": "corporation",
  "Inc.": "incorporated", "Co.": "company", "St.": "saint", "Mt.": "mount", "Ave.": "avenue", "Rd.": "road", "Rt.": "route", "Hwy.": "highway", "Blvd.": "boulevard", "govt": "government", "&": "and",
  "%": "percent", "No.": "number", "approx.": "approximately", "vs.": "versus", "Jan.": "january", "Feb.": "february",
  "Aug.": "august", "Sept.": "september", "Oct.": "october", "Nov.": "november", "Dec.": "december",
};
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17", eighteen: "18",
  nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50", sixty: "60", seventy: "70", eighty: "80", ninety: "90",
  hundred: "100", thousand: "1000", million: "1000000", billion: "1000000000", first: "1th", second: "2th", third: "3th",
  m: "1000000", bn: "1000000000", k: "1000", fourth: "4th", fifth: "5th", sixth: "6th", seventh: "7th", eighth: "8th",
  ninth: "9th", tenth: "10th", eleventh: "11th", twelfth: "12th", thirteenth: "13th", fourteenth: "14th", fifteenth: "15th",
  sixteenth: "16th", seventeenth: "17th", eighteenth: "18th", nineteenth: "19th", twentieth: "20th", thirtieth: "30th",
  hundredth: "100th",
};
const SPELLING: Readonly<Record<string, string>> = {
  grey: "gray", programme: "program", programmes: "program", cheque: "check", tyre: "tire", tyres: "tire", aluminium: "aluminum",
  plough: "plow", kerb: "curb", pyjamas: "pajamas", sceptical: "skeptical", mould: "mold", storey: "story", towards: "toward",
  amongst: "among", whilst: "while", learnt: "learned", spelt: "spelled", dreamt: "dreamed", percent: "percent", cent: "percent",
};

/** One spelling for British and American variants: colour/color, organise/organize, centre/center, defence/defense, travelled/traveled. */
const SPELLED = new Map<string, string>();

export function canonSpelling(w: string): string {
  const d = SPELLING[w];
  if (d) return d;
  if (w.length < 5) return w;
  let c = SPELLED.get(w);
  if (c === undefined) {
    if (SPELLED.size >= 50_000) SPELLED.clear();
    c = spellingOf(w);
    SPELLED.set(w, c);
  }
  return c;
}

function spellingOf(w: string): string {
  return w
    .replace(/our(s|ed|ing|ite|ites|able|ful)?$/, "or$1")
    .replace(/([^aeiou])is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2")
    .replace(/ys(e|es|ed|ing)$/, "yz$1")
    .replace(/([^aeiou])tre(s)?$/, "$1ter$2")
    .replace(/ence(s)?$/, "ense$1")
    .replace(/ogue(s)?$/, "og$1")
    .replace(/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2")
    .replace(/ae/g, "e");
}

const CONTRACTION: readonly [RegExp, string][] = [
  [/\bwon['’]t\b/gi, "will not"], [/\bcan['’]t\b/gi, "can not"], [/\bshan['’]t\b/gi, "shall not"], [/\bcannot\b/gi, "can not"],
  [/\b(is|was|were|are|does|do|did|has|have|had|would|could|should|must|need)nt\b/gi, "$1 not"],
  [/n['’]t\b/gi, " not"], [/['’]re\b/gi, " are"], [/['’]ve\b/gi, " have"], [/['’]ll\b/gi, " will"], [/['’]m\b/gi, " am"], [/['’]d\b/gi, " would"],
];

/** The words of a quote in the form versions are compared by, keeping each one's written form. */
const FRACTION: Readonly<Record<string, string>> = { "1/2": ".5", "½": ".5", half: ".5", "1/4": ".25", "¼": ".25", quarter: ".25", "3/4": ".75", "¾": ".75" };

/**
 * A whole number and a fraction as one decimal, however written: "2 1/2", "2½", "2-and-a-half",
 * "two and a half" are all "2.5" (and "3 1/4", "three-and-a-quarter" 3.25).
 */
function fractions(text: string): string {
  const whole = (w: string) => (/^\d+$/.test(w) ? w : NUMBER_WORDS[w.toLowerCase()]);
  return text
    .replace(/\b(\d+)(?:\s+|-)?(1\/2|1\/4|3\/4|½|¼|¾)(?![\d/])/g, (_, n: string, f: string) => `${n}${FRACTION[f]!}`)
    .replace(/\b([A-Za-z]+|\d+)[\s-]+and[\s-]+an?[\s-]+(half|quarter)\b/gi, (m, n: string, f: string) => {
      const w = whole(n);
      return w !== undefined && /^\d+$/.test(w) ? `${w}${FRACTION[f.toLowerCase()]!}` : m;
    });
}

export function canonicalWords(text: string): CanonWord[] {
  let t = text;
  for (const [re, by] of CONTRACTION) t = t.replace(re, by);
  // "selling...against": an ellipsis between words is a gap, never part of a word.
  t = t.replace(/(?<=\p{L})(?:\.{3}|…)(?=\p{L})/gu, " … ");
  t = fractions(t);
  // "No. 4" and "No 4" are a rank ("number 4"), never a negation.
  t = t.replace(/\bNo\.?\s?(?=\d)|\bno\.\s?(?=\d)/g, "number ");
  const out: CanonWord[] = [];
  let sentenceStart = true;
  const push = (raw: string, canon: string, capital: boolean) => out.push({ raw, canon, capital });
  for (const m of t.matchAll(/\d{1,2}:\d\d|\d+(?:st|nd|rd|th)\b|\d[\d,.]*\d(?:m|bn|k)?|\d(?:m|bn|k)?|[\p{L}][\p{L}\p{N}'’.&-]*|[&%]|[.!?:;]/gu)) {
    let raw = m[0];
    if (/^[.!?:;]$/.test(raw)) { sentenceStart = true; continue; }
    // "9:00" is "9"; "12th" is "twelfth".
    const time = /^(\d{1,2}):(\d\d)$/.exec(raw);
    if (time) { push(raw, time[2] === "00" ? time[1]! : raw, false); sentenceStart = false; continue; }
    if (/^\d+(?:st|nd|rd|th)$/.test(raw)) { push(raw, `${raw.replace(/\D+$/, "")}th`, false); sentenceStart = false; continue; }
    const capital = /^\p{Lu}/u.test(raw) && !sentenceStart;
    sentenceStart = false;
    // Trailing full stops belong to the sentence unless the word is an abbreviation.
    const abbr = ABBREVIATIONS[raw] ?? ABBREVIATIONS[raw.replace(/\.$/, "")];
    if (abbr) { for (const w of abbr.split(" ")) push(raw, w, capital); continue; }
    if (/\.$/.test(raw) && !/^(?:\p{L}\.)+$/u.test(raw)) { raw = raw.replace(/\.+$/, ""); sentenceStart = true; }
    raw = raw.replace(/\.(?:com|org|net|gov|edu|co\.uk)$/i, ""); // "MySpace.com" is MySpace
    const num = /^(\d[\d,.]*\d|\d)(m|bn|k)?$/.exec(raw);
    if (num) {
      push(raw, num[1]!.replace(/,/g, "").replace(/\.0+$/, ""), false);
      if (num[2]) push(raw, NUMBER_WORDS[num[2]]!, false);
      continue;
    }
    // "twenty-one" is 21 and "twenty-first" 21st, as the digits would be read.
    const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-([a-z]+)$/i.exec(raw);
    const unit = compound ? NUMBER_WORDS[compound[2]!.toLowerCase()] : undefined;
    if (compound && unit && /^[1-9](th)?$/.test(unit)) {
      const tens = Number(NUMBER_WORDS[compound[1]!.toLowerCase()]);
      push(raw, unit.endsWith("th") ? `${tens + Number(unit.slice(0, -2))}th` : String(tens + Number(unit)), capital);
      continue;
    }
    for (const part of raw.split(/-/)) {
      const lower = part.toLowerCase().replace(/['’]s$/u, "").replace(/['’.]/g, "");
      if (!lower) continue;
      push(raw, NUMBER_WORDS[lower] && lower.length > 2 ? NUMBER_WORDS[lower]! : canonSpelling(lower), capital);
    }
  }
  return out;
}

/** Pairs (i < j) whose word sets have Jaccard similarity ≥ min, or (by: "containment") share ≥ min of the smaller set. */
export function similarPairs(qs: readonly { readonly words: ReadonlySet<string> }[], min: number, by: "jaccard" | "containment" = "jaccard"): [number, number, number][] {
  // Each word's lines, in ascending order.
  const postings = new Map<string, number[]>();
  qs.forEach((q, i) => { for (const w of q.words) { const l = postings.get(w); if (l) l.push(i); else postings.set(w, [i]); } });
  // Words in more lines than this are too common to find partners by (and would make the search
  // quadratic in a story of hundreds of near-copies); capped so the work stays near-linear.
  const common = Math.max(50, Math.min(qs.length / 4, 200));
  // Shared-word counts in a flat array, and the partners in the order first met (the order the
  // pairs come out in); reset through that list, not by clearing the whole array.
  const shared = new Int32Array(qs.length);
  const met: number[] = [];
  const out: [number, number, number][] = [];
  qs.forEach((q, i) => {
    for (const w of q.words) {
      const list = postings.get(w)!;
      if (list.length > common) continue;
      // Lists are in ascending line order: the partners after i are the tail, found by bisection.
      let lo = 0, hi = list.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! <= i) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < list.length; k++) {
        const j = list[k]!;
        if (shared[j]!++ === 0) met.push(j);
      }
    }
    for (const j of met) {
      const n = shared[j]!;
      shared[j] = 0;
      const other = qs[j]!;
      // Recount exactly: the skipped common words count too.
      const smaller = Math.min(q.words.size, other.words.size);
      if (n / smaller < min / 2) continue;
      let s = 0;
      const [few, many] = q.words.size <= other.words.size ? [q.words, other.words] : [other.words, q.words];
      for (const w of few) if (many.has(w)) s++;
      const score = by === "jaccard" ? s / (q.words.size + other.words.size - s) : s / Math.max(1, smaller);
      if (score >= min) out.push([i, j, score]);
    }
    met.length = 0;
  });
  return out;
}
