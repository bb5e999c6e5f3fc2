// Quantities: a number, the hedge before it and the noun it counts, as an interval.
// "nearly 800 individuals" → [720, 799] individual; "over 500 Ukrainians" → [501, 650] ukrainian;
// "1,000 from each country" → 1,000 per party. Years, ordinals, times, phone numbers and page
// numbers are not quantities; money and percentages are kept with their unit so they never
// compare with head counts.
import type { Hedge, Quantity, Token } from "../../domain/doc.js";
import { spanOf } from "../../domain/span.js";
import { CURRENCY_AFTER, isCurrencyNoun } from "../../lexicon/currencies.js";

const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
/** Scales abbreviated after digits ("$2.8bn", "€40mn"); never "m" (metres as often as millions). */
const ABBREVIATED: ReadonlyMap<string, number> = new Map(Object.entries({ bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, tn: 1e12, trn: 1e12 }));
// "lakh" and "crore" as South Asian papers write amounts ("Rs 25 lakh" is 2.5 million rupees).
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 }));
/** Vague plurals: "dozens of", "hundreds of" → bounds, never a point. */
const VAGUE: ReadonlyMap<string, [number, number]> = new Map(Object.entries({
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e8],
} as Record<string, [number, number]>));

// Hedge phrases, longest first. Each maps a point value v to an interval.
// "nearly 800" → [0.9v, v): just below; "over 500" → (v, 1.3v]: above but rarely far above;
// "about/around/some" → ±15 %; "at least" / "up to" → one-sided bounds.
const HEDGES: readonly [RegExp, Hedge][] = [
  [/^(a total of|in total|exactly|precisely)$/, "exact"],
  [/^(nearly|almost|close to|just under|just shy of|roughly under|some\s+fewer than)$/, "nearly"],
  [/^(more than|over|above|upwards of|in excess of|exceeding|just over|well over|nearly over)$/, "over"],
  [/^(at least|no fewer than|no less than|a minimum of|minimum of|at minimum)$/, "at-least"],
  [/^(at most|no more than|fewer than|less than|under|below|a maximum of)$/, "at-most"],
  [/^(up to|as many as|as much as)$/, "up-to"],
  [/^(about|around|approximately|roughly|some|an estimated|estimated|circa|approx\.?|about some|nearly about)$/, "about"],
];

/** The decimals a figure is written with: 6.4 → 1, 140 → 0 (at most 6). */
function decimals(v: number): number {
  if (Number.isInteger(v)) return 0;
  const t = String(v);
  const dot = t.indexOf(".");
  return dot < 0 || t.includes("e") ? 0 : Math.min(6, t.length - dot - 1);
}

export function hedgeInterval(v: number, hedge: Hedge): { low: number | null; high: number | null } {
  // Bounds are rounded out to the precision the figure is written in: "about 140" → 119–161, "about 6.4" →
  // 5.4–7.4 (not 5–8, which would meet "about 9.8").
  const step = 10 ** -decimals(v);
  const floor = (x: number) => Math.round(Math.floor(x / step) * step * 1e9) / 1e9;
  const ceil = (x: number) => Math.round(Math.ceil(x / step) * step * 1e9) / 1e9;
  switch (hedge) {
    case "exact": return { low: v, high: v };
    case "nearly": return { low: floor(v * 0.9), high: v };
    case "over": return { low: v, high: ceil(v * 1.3) };
    case "at-least": return { low: v, high: null };
    case "at-most": return { low: 0, high: v };
    case "up-to": return { low: 0, high: v };
    case "about": return { low: floor(v * 0.85), high: ceil(v * 1.15) };
    case "range": return { low: v, high: v };
    case "vague": return { low: v, high: v };
  }
}

const MONEY_BEFORE = /^[$€£¥₴₽₦₹₱₩₺₪]$|^(us\$|usd|eur|gbp|rs\.?|ksh|kes|tsh|ush)$/;
const MONEY_AFTER = CURRENCY_AFTER;
const PERCENT_AFTER = /^(%|percent|per cent|pct|percentage)$/;
const DISTANCE_AFTER = /^(km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|ft|yards?|inches?|cm|mm|m)$/;
const DURATION_AFTER = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?)$/;
const WEIGHT_AFTER = /^(kg|kilograms?|tons?|tonnes?|pounds?|lbs?|grams?|g|litres?|liters?|gallons?|barrels?|degrees?|mph|kph|°)$/;
const NOT_COUNT_BEFORE = /^(page|pages|p\.|pp\.|no\.|number|room|flight|route|highway|interstate|chapter|article|section|grade|level|version|model|channel|episode|season|act|round|game|week|day|year|step|phase|stage|platform|gate|terminal|apartment|suite|unit|box|seat|row|district|precinct|ward|paragraph|item|exhibit|file|case|bill|resolution|item|line|verse|figure|table|tier|division)$/;
const MODAL = /^(?:can|could|will|would|may|might|must|should|to)$/;
const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/;
const YEAR_BEFORE = /^(in|since|of|by|until|till|from|during|before|after|early|late|mid|summer|winter|spring|autumn|fall|year|fiscal|the|and|to|between|–|-|,|circa)$/;
const NOUN_SKIP = new Set(["ADJ", "NUM", "ADV", "PUNCT", "DET", "SYM"]);

interface NumberHit { readonly first: number; readonly last: number; readonly value: number; readonly vague: boolean }

const TENS = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

/**
 * A number written in words from token i: "twenty-five" (one token, or "twenty" "-" "five"),
 * "twenty five", "two hundred and fifty", "three thousand". Returns the value and its last token.
 */
function wordNumber(tokens: readonly Token[], i: number, start?: { value: number; last: number }): { value: number; last: number } | null {
  /** 1–99 at token k: "seven", "twenty-one", "twenty" "-" "one", "twenty one". */
  const small = (k: number): { value: number; last: number } | null => {
    const t = tokens[k];
    if (!t) return null;
    const whole = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(t.lower);
    if (whole) return { value: UNITS.get(whole[1]!)! + UNITS.get(whole[2]!)!, last: k };
    if (!UNITS.has(t.lower) || t.lower === "zero") return null;
    const v = UNITS.get(t.lower)!;
    if (TENS.test(t.lower)) {
      const dash = tokens[k + 1], one = tokens[k + 2], next = tokens[k + 1];
      const glued = dash?.text === "-" && one !== undefined && dash.start === t.end && one.start === dash.end;
      if (glued && UNITS.has(one.lower) && UNITS.get(one.lower)! < 10 && UNITS.get(one.lower)! > 0) return { value: v + UNITS.get(one.lower)!, last: k + 2 };
      if (next && next.sentence === t.sentence && UNITS.has(next.lower) && UNITS.get(next.lower)! < 10 && UNITS.get(next.lower)! > 0) return { value: v + UNITS.get(next.lower)!, last: k + 1 };
    }
    return { value: v, last: k };
  };
  // "a hundred and twenty": the caller read "a" as one.
  const first = start ?? small(i);
  if (!first) return null;
  let total = 0, cur = first.value, last = first.last;
  for (;;) {
    // "one-million dollars", "two-thousand": a scale glued on by a hyphen.
    if (gluedScale(tokens, last)) last++;
    const next = tokens[last + 1];
    if (!next || next.sentence !== tokens[i]!.sentence) break;
    if (next.lower === "hundred" && cur < 100) { cur *= 100; last++; }
    else if (SCALES.has(next.lower) && next.lower !== "dozen" && next.lower !== "hundred") { total += cur * SCALES.get(next.lower)!; cur = 0; last++; }
    else if (next.lower === "and" && /^(hundred|thousand|million|billion)$/.test(tokens[last]!.lower) && small(last + 2)) { const s2 = small(last + 2)!; cur += s2.value; last = s2.last; }
    else if (/^(hundred|thousand|million|billion)$/.test(tokens[last]!.lower) && small(last + 1) && cur % 100 === 0) { const s2 = small(last + 1)!; cur += s2.value; last = s2.last; }
    else break;
  }
  return { value: total + cur, last };
}

/** Whether token k is followed by "and a half" in its sentence ("two and a half years"). */
function andAHalf(tokens: readonly Token[], k: number): boolean {
  const and = tokens[k + 1], a = tokens[k + 2], half = tokens[k + 3];
  return and?.lower === "and" && a?.lower === "a" && half?.lower === "half" && half.sentence === tokens[k]!.sentence;
}

/** Whether token k is followed by a hyphen glued to a scale word ("one" "-" "million", "110" "-" "billion"). */
function gluedScale(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k], dash = tokens[k + 1], scale = tokens[k + 2];
  return t !== undefined && dash?.text === "-" && scale !== undefined && dash.start === t.end && scale.start === dash.end
    && SCALES.has(scale.lower) && scale.lower !== "dozen";
}

/** Reads the number starting at token i ("1,000", "two", "two thousand", "1.5 million", "a thousand", "dozens"). */
function readNumber(tokens: readonly Token[], i: number, text = ""): NumberHit | null {
  const t = tokens[i]!;
  // Fast exit: most tokens are plain words (this runs on every token).
  if (t.kind !== "number" && !UNITS.has(t.lower) && !VAGUE.has(t.lower) && t.lower !== "a" && t.lower !== "one" && t.lower !== "half" && !t.lower.includes("-")) return null;
  // "half a dozen" is six, "half a million" 500,000 (never "a dozen" read alone).
  if (t.lower === "half" && tokens[i + 1]?.lower === "a" && SCALES.has(tokens[i + 2]?.lower ?? "")) {
    return { first: i, last: i + 2, value: SCALES.get(tokens[i + 2]!.lower)! / 2, vague: false };
  }
  const vague = VAGUE.get(t.lower);
  if (vague && tokens[i + 1]?.lower === "of") return { first: i, last: i, value: vague[0], vague: true };
  let value: number | null = null;
  let last = i;
  if (t.kind === "number" && /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(t.text)) value = Number(t.text.replace(/,/g, ""));
  else if ((t.lower === "a" || t.lower === "one") && SCALES.has(tokens[i + 1]?.lower ?? "")) {
    // "a hundred and twenty", "one thousand two hundred": read on in words as "two hundred and twenty" is.
    const w = tokens[i + 1]!.lower !== "dozen" ? wordNumber(tokens, i, { value: 1, last: i }) : null;
    if (w && w.last > i + 1) return { first: i, last: w.last, value: w.value, vague: false };
    value = 1;
  } else if (t.lower === "a" && tokens[i + 1]?.lower === "dozen") {
    return { first: i, last: i + 1, value: 12, vague: false };
  } else {
    const w = wordNumber(tokens, i);
    if (w && andAHalf(tokens, w.last) && w.value < 100) {
      // "two and a half years", "three and a half million": the half joins the number, a scale after it scales both.
      let v = w.value + 0.5, l = w.last + 3;
      while (SCALES.has(tokens[l + 1]?.lower ?? "") && tokens[l + 1]!.lower !== "dozen") { v *= SCALES.get(tokens[l + 1]!.lower)!; l++; }
      return { first: i, last: l, value: v, vague: false };
    }
    if (w) return { first: i, last: w.last, value: w.value, vague: false };
  }
  if (value === null) return null;
  // "80 937 hectares": a space (or a thin space) separating thousands, as many style books write them.
  // Not a day after its month ("On March 3 100 people …"), nor a number after a numbered thing ("Route 9 120 cars").
  if (/^\d{1,3}$/.test(t.text) && !/[\d.,]\s?$/.test(text.slice(Math.max(0, t.start - 2), t.start))
    && !/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|no|nos|number|route|highway|interstate|flight|room|page|chapter|section|article|platform|gate|bus|line)\.?\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start))) {
    while (/^\d{3}$/.test(tokens[last + 1]?.text ?? "") && /^[ \u2009\u202f\u00a0]$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
      && !/^[\d.,]/.test(text.slice(tokens[last + 1]!.end, tokens[last + 1]!.end + 1))) { value = value * 1000 + Number(tokens[last + 1]!.text); last++; }
  }
  // "2 and a half years": the half joins a small whole number written in digits.
  if (t.kind === "number" && last === i && /^\d{1,2}$/.test(t.text) && andAHalf(tokens, last)) { value += 0.5; last += 3; }
  // scale words: "two thousand", "1.5 million", "a thousand", "110-billion"; after digits, "bn" and "mn" too ("$2.8bn").
  if (gluedScale(tokens, last)) last++;
  // "€40m", "£2.5m", "$300k", "$1.2b": after a currency sign, a letter glued to the digits is the scale ("40m" alone may be metres).
  const glued = tokens[last + 1];
  // At a sentence's end the tagger reads "£4m." as "4" and an abbreviation "m." (and may not end the sentence there):
  // the scale and the full stop.
  const closing = glued !== undefined && /^[mbk]\.$/.test(glued.lower) && (tokens[last + 2] === undefined || tokens[last + 2]!.sentence !== glued.sentence || /^\p{Lu}/u.test(tokens[last + 2]!.text));
  if (t.kind === "number" && last === i && glued !== undefined && glued.start === t.end && (/^[mbk]$/.test(glued.lower) || closing) && /[£€$¥₹]$/.test(text.slice(Math.max(0, t.start - 1), t.start))) {
    value *= glued.lower[0] === "m" ? 1e6 : glued.lower[0] === "b" ? 1e9 : 1e3;
    last++;
  }
  while (last + 1 < tokens.length && (SCALES.has(tokens[last + 1]!.lower) || (t.kind === "number" && ABBREVIATED.has(tokens[last + 1]!.lower)))) {
    value *= SCALES.get(tokens[last + 1]!.lower) ?? ABBREVIATED.get(tokens[last + 1]!.lower)!;
    last++;
  }
  return { first: i, last, value, vague: false };
}

/**
 * "1, 500" is a thousands figure broken by a tokenizer or a typist: unreadable as written, and
 * never 500. A digit group of one to three digits, a comma and one space, then exactly three digits.
 */
function brokenThousands(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!, comma = tokens[i + 1], rest = tokens[i + 2];
  if (t.kind !== "number" || !/^\d{1,3}$/.test(t.text) || comma?.text !== "," || rest?.kind !== "number" || !/^\d{3}$/.test(rest.text)) return -1;
  if (text.slice(t.end, rest.start) !== ", ") return -1;
  // A list of small numbers ("rooms 4, 120 and 9") is rare beside figures; a year after a day ("May 4, 2021") is a date.
  if (/^(1[89]|20)\d\d$/.test(rest.text)) return -1;
  return i + 2;
}

/** "magnitude-6.1" is split by the sentence splitter into "magnitude-6" "." "1": the "1" is no figure. */
/** "Image 6 of 16", "Photo 3/12", "Slide 2 of 9": a page's gallery counter, no figure of the story. */
function galleryCounter(text: string, t: Token): boolean {
  if (t.kind !== "number") return false;
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  return /\b(?:image|photo|picture|slide|gallery|video|foto|bild)\s+\d{1,3}\s*(?:of|\/)\s*$/i.test(before)
    || (/\b(?:image|photo|picture|slide|gallery|video|foto|bild)\s+$/i.test(before) && /^\s*(?:of|\/)\s*\d/i.test(text.slice(t.end, t.end + 8)));
}

function decimalTail(text: string, t: Token): boolean {
  // "1. 38 pounds" too: a decimal a tokenizer broke at its point (a short digit group, a point, one space, digits).
  return t.kind === "number" && (/\d\.$/.test(text.slice(Math.max(0, t.start - 2), t.start)) || /(?:^|[^\d.,])\d{1,3}\. $/.test(text.slice(Math.max(0, t.start - 6), t.start)));
}

export function quantities(text: string, tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  const used = new Set<number>();
  const glued = gluedCurrencies(text, tokens, used);
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    if (t.lower === "a" && !(SCALES.has(tokens[i + 1]?.lower ?? "") || tokens[i + 1]?.lower === "dozen")) continue;
    const broken = brokenThousands(text, tokens, i);
    if (broken >= 0) { for (let k = i; k <= broken; k++) used.add(k); continue; }
    if (decimalTail(text, t) || galleryCounter(text, t)) continue;
    const hit = readNumber(tokens, i, text);
    if (!hit) continue;
    for (let k = hit.first; k <= hit.last; k++) used.add(k);
    const q = classify(text, tokens, hit, out);
    if (!q) continue;
    if (q.rangeEnd !== null) for (let k = hit.last; k <= q.rangeEnd; k++) used.add(k);
    out.push(q.quantity);
  }
  const zeros = noneReported(text, tokens);
  return zeros.length || glued.length ? [...out, ...glued, ...zeros].sort((a, b) => a.span.start - b.span.start) : out;
}

/**
 * A currency's letters glued to the figure, as East and Southern African, Indian and Nigerian papers write amounts:
 * "Sh408 million", "KSh2.5 billion", "R3.2 million", "N50 million". The tokenizer reads "Sh408" as a word and "R3.2"
 * as "R3", ".", "2": read here from the text, their tokens marked used. "R" and "N" alone need a scale or a thousands
 * comma ("the R2 road", "the N1 highway" are roads).
 */
const GLUED_CURRENCY = /(?<![\p{L}\p{N}])(KSh|Ksh|KES|Sh|Tsh|TSh|USh|Ush|R|N|GH¢|GH₵|Rs\.?|₦|₹|₱|₩|₺|₫|₪|₵)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(million|billion|trillion|bn|mn|m|lakh|crore)\b)?/gu;
/** The currency each glued sign stands for, as the currency's name after a figure reads ("480 million shillings"). */
const GLUED_NAME: Readonly<Record<string, string>> = {
  ksh: "shilling", kes: "shilling", sh: "shilling", tsh: "shilling", ush: "shilling", r: "rand", n: "naira", "₦": "naira",
  "gh¢": "cedi", "gh₵": "cedi", "₵": "cedi", rs: "rupee", "rs.": "rupee", "₹": "rupee", "₱": "peso", "₩": "won", "₺": "lira", "₫": "dong", "₪": "shekel",
};
const GLUED_SCALE: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, lakh: 1e5, crore: 1e7 };

function gluedCurrencies(text: string, tokens: readonly Token[], used: Set<number>): Quantity[] {
  if (!/(?:Sh|R|N|GH|Rs|[₦₹₱₩₺₫₪₵])\d/.test(text)) return [];
  const out: Quantity[] = [];
  GLUED_CURRENCY.lastIndex = 0;
  for (let m = GLUED_CURRENCY.exec(text); m; m = GLUED_CURRENCY.exec(text)) {
    const [all, sign, whole, decimals, scale] = m as unknown as [string, string, string, string | undefined, string | undefined];
    if (/^[RN]$/.test(sign) && scale === undefined && !whole.includes(",")) continue;
    const value = Number(`${whole.replace(/,/g, "")}${decimals ? `.${decimals}` : ""}`) * (scale ? GLUED_SCALE[scale]! : 1);
    const start = m.index, end = m.index + all.length;
    const first = tokens.findIndex((t) => t.end > start);
    if (first < 0) continue;
    for (let k = first; k < tokens.length && tokens[k]!.start < end; k++) used.add(k);
    const numberStart = start + sign.length;
    out.push({
      kind: "quantity", span: spanOf(text, start, end), numberSpan: spanOf(text, numberStart, end),
      value, low: value, high: value, hedge: "exact", hedgeText: null, noun: GLUED_NAME[sign.toLowerCase()] ?? null, nounSpan: null, unit: "money",
      predicate: null, perParty: false, sentence: tokens[first]!.sentence,
    });
  }
  return out;
}

// "No one was injured", "nobody was killed", "there were no casualties": a count of zero, which
// a toll elsewhere in the story contradicts. "No one else was hurt" counts nothing.
const NONE_VERB = /\b(?:no one|no-one|nobody)\b(?!\s+else)\s+(?:(?:was|were|has been|have been|had been|is|got|appears to have been)\s+)?(?:(?:reported|immediately|seriously|badly|critically)\s+)?(?:killed|injured|hurt|wounded|harmed|died|dead|missing)\b/gi;
const NONE_NOUN = /\b(?:there (?:were|was|have been|had been) )?no\s+(?:(?:reported|immediate|serious|other|known)\s+)?(deaths|fatalities|casualties|injuries|injured)\b|\bno reports? of (?:any )?(deaths|fatalities|casualties|injuries)\b/gi;

function noneReported(text: string, tokens: readonly Token[]): Quantity[] {
  if (!/\bno(?:body|\b)/i.test(text)) return [];
  const out: Quantity[] = [];
  for (const re of [NONE_VERB, NONE_NOUN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = tokens.findIndex((t) => t.start >= m!.index);
      if (at < 0) continue;
      const noun = (m[1] ?? m[2] ?? "").toLowerCase();
      out.push({
        kind: "quantity", span: spanOf(text, m.index, m.index + m[0].length), numberSpan: spanOf(text, m.index + Math.max(0, m[0].search(/\bno/i)), m.index + Math.max(0, m[0].search(/\bno/i)) + 2),
        value: 0, low: 0, high: 0, hedge: "exact", hedgeText: null,
        noun: noun === "" ? "people" : noun === "casualties" ? "casualty" : noun === "injured" ? "people" : singularWord(noun),
        nounSpan: null, unit: "count", predicate: null, perParty: false, sentence: tokens[at]!.sentence,
      });
    }
  }
  return out;
}

/**
 * Right before a bare number: a toll of the dead named, then what it did ("the death toll from the fire rose to",
 * "the quake's toll stood at", "the number of dead reached", "the death toll is"), within its sentence; a hedge
 * ("rose to at least 31") is part of the figure's span already.
 * A road toll ("the toll rose to $5") is money, read before this.
 */
const TOLL_BEFORE = /\b(?:(?:death|fatality)\s+toll|\p{L}+['’]s\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+(?:killed|who\s+died)))\b[^.;!?]{0,60}?\b(?:stood|stands|rose|risen|climbed|jumped|reached|increased|hit|was|is|at|to)\s+(?:(?:at|to)\s+)?$/iu;

/**
 * A plural count noun heading the clause's subject, then a verb of reaching a total, right before a bare
 * number: "cases this year have reached", "arrests after the riots climbed to", "the number of asylum
 * applications rose to", "visitors numbered". Measures and money named by a plural are no count of
 * things ("temperatures reached 43", "sales hit 12 million", "shares rose to 14").
 */
const TOTAL_VERB = /(?:\b(?:has|have|had)\s+)?(?:\b(?:now|already)\s+)?\b(?:reached|stood\s+at|stand\s+at|stands\s+at|rose\s+to|risen\s+to|climbed\s+to|jumped\s+to|increased\s+to|grown\s+to|grew\s+to|totall?ed|numbered|topped|passed|exceeded)\s+$/;
const TIME_NOUN = /^(?:year|month|week|day|quarter|season|summer|winter|spring|autumn|fall|weekend|morning|afternoon|evening|night|time)$/;
/** Words that open a clause: the subject comes after them. */
const CLAUSE_OPENER = /^(?:[,;:(]|that|while|whereas|but|and|said|says|when|because|where)$/;
const NOT_COUNTED = /^(?:temperatures|prices|rates|levels|shares|stocks|yields|sales|revenues|profits|earnings|costs|losses|speeds|scores|points|gains|figures|numbers|totals|values|readings|winds|gusts|waters|rains|markets|indexes|indices|bonds|returns|wages|salaries|rents|fees|fares|taxes|bills|tariffs|exports|imports|reserves|debts|deficits|budgets|funds|assets|savings|emissions|estimates|forecasts|projections|odds|polls|ratings|tolls|ages|heights|depths|temps|highs|lows|amounts|sums|payments|damages|claims|this|his|its|was|has|is|as|us|yes|less|plus|thus|whereas|always|perhaps|unless|besides|towards|afterwards|sometimes|news|series|means|species|headquarters|police)$/;
/** What may follow a figure that ends its clause: punctuation, or a phrase of time, place or source. */
const CLAUSE_END_AFTER = /^(?:[.,;:!?)]|on|in|by|as|after|this|last|since|according|so|for|from|at|during|over|before|until|officials|police)$/;

function subjectTotal(text: string, tokens: readonly Token[], at: number, start: number): { noun: string; span: ReturnType<typeof spanOf> } | null {
  const sentence = tokens[at]!.sentence;
  let from = at;
  while (from > 0 && at - from < 24 && tokens[from - 1]!.sentence === sentence) from--;
  const verb = TOTAL_VERB.exec(text.slice(tokens[from]!.start, start));
  if (!verb) return null;
  const verbAt = tokens[from]!.start + verb.index;
  // The clause: back from the verb to the word that opens it, at most 12 words.
  let end = at;
  while (end > from && tokens[end - 1]!.start >= verbAt) end--;
  let open = end;
  while (open > from && end - open < 12 && !CLAUSE_OPENER.test(tokens[open - 1]!.lower)) open--;
  if (open > from && !CLAUSE_OPENER.test(tokens[open - 1]!.lower)) return null;
  // Its subject's head: the last noun of its first run of nouns, after "the", "this year's", "the number of".
  let k = open;
  const skip = /^(?:the|a|total|overall|so|far|this|year['’]s|number|of|reported|confirmed|registered|recorded)$/;
  while (k < end && skip.test(tokens[k]!.lower)) k++;
  let head = -1;
  // A plural opening the sentence is tagged a name for its capital ("Arrests after the riots …").
  const opensSentence = (j: number) => j === 0 || tokens[j - 1]!.sentence !== sentence;
  const isNoun = (j: number) => tokens[j]!.pos === "NOUN" || (opensSentence(j) && tokens[j]!.pos === "PROPN" && /^\p{Lu}\p{Ll}{3,}s$/u.test(tokens[j]!.text));
  for (; k < end && (isNoun(k) || tokens[k]!.pos === "PROPN" || tokens[k]!.pos === "ADJ"); k++) if (isNoun(k)) head = k;
  if (head < 0) return null;
  const t = tokens[head]!;
  if (!t.lower.endsWith("s") || NOT_COUNTED.test(t.lower) || singular(t) === t.lower) return null;
  return { noun: singular(t), span: spanOf(text, t.start, t.end) };
}

const singularWord = (w: string) => w.replace(/ies$/, "y").replace(/s$/, "");

/** People an age can be told of as what they were ("the victim was 35"): singular person nouns. */
const AGED_PERSON = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2}(victim|man|woman|boy|girl|child|teenager|cyclist|pedestrian|driver|motorist|rider|motorcyclist|passenger|suspect|gunman|shooter|attacker|defendant|worker|climber|hiker|swimmer|student|pupil|patient|officer|soldier|pilot|resident|tenant|mother|father|son|daughter|wife|husband|survivor)((?:\s+who\b[^.;:!?]*?|\s*,[^.;:!?]*?,)?)\s+(?:was|is)\s+$/u;

/**
 * "Police said the cyclist who died after the crash was 35." / "The victim is 19, officers said.": a bare
 * whole number after "was"/"is" that ends the clause, whose subject is a person named by a singular noun.
 * Not "the toll was 35", "the man's score was 35", nor "the driver was 35 minutes late".
 */
function agePredicate(text: string, tokens: readonly Token[], hit: NumberHit, first: Token, next: Token | undefined): { noun: string; span: ReturnType<typeof spanOf> } | null {
  if (first.kind !== "number" || hit.first !== hit.last || !Number.isInteger(hit.value) || hit.value < 1 || hit.value > 109) return null;
  // ("The suspect, Erik Dahl, is 41 and has a previous conviction": the clause ends at "and" too.)
  if (next && next.sentence === first.sentence && !/^[.,;]$/.test(next.text)
    && !(/^(?:and|but)$/i.test(next.text) && /^(?:has|had|have|was|is|lives|lived|works|worked|comes|came|a|an|the|from|married|single)$/i.test(tokens[hit.last + 2]?.text ?? ""))) return null;
  let from = hit.first;
  while (from > 0 && hit.first - from < 80 && tokens[from - 1]!.sentence === first.sentence) from--;
  const m = AGED_PERSON.exec(text.slice(tokens[from]!.start, first.start));
  if (!m) return null;
  const at = tokens[from]!.start + m.index + m[0].lastIndexOf(m[1]! + m[2]!);
  return { noun: m[1]!, span: spanOf(text, at, at + m[1]!.length) };
}

/** Scale words a range may write once for both ends ("between 3 and 4 million"). */
const RANGE_SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function classify(text: string, tokens: readonly Token[], hit: NumberHit, previous: readonly Quantity[]):
  { quantity: Quantity; rangeEnd: number | null } | null {
  const first = tokens[hit.first]!;
  const lastTok = tokens[hit.last]!;
  const prev = tokens[hit.first - 1];
  const next = tokens[hit.last + 1];
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === first.sentence;
  // Not quantities: parts of times, dates, scores, phone numbers, decimals glued to other tokens.
  if (next && sameSentence(next) && next.start === lastTok.end && /^[:/\-–]\d|^[:/]$/.test(text.slice(next.start, next.start + 2))) return null;
  if (prev && sameSentence(prev) && prev.end === first.start && /^[:/\-–#]$/.test(prev.text)) return null;
  // "seat 12", "round 3": a seat's or a round's number — not after a modal, where the word is a verb ("can seat 2,600 people").
  const beforePrev = tokens[hit.first - 2];
  if (prev && sameSentence(prev) && NOT_COUNT_BEFORE.test(prev.lower) && !(beforePrev && sameSentence(beforePrev) && MODAL.test(beforePrev.lower))) return null;
  if (prev && sameSentence(prev) && MONTHS.test(prev.lower) && hit.value <= 31) return null;
  if (next && sameSentence(next) && MONTHS.test(next.lower) && hit.value <= 31 && first.kind === "number") return null;
  if (next && sameSentence(next) && /^(st|nd|rd|th|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|est|cet|o'clock)$/.test(next.lower)) return null;
  // A number glued to letters is a name or code ("76ers", "G20", "F-16"), not a count.
  if (next && next.start === lastTok.end && /^[a-z]{2,}/i.test(next.text) && !/^(km|kg|mm|cm|m|ft|mph|bn|mn|k)$/i.test(next.text)) return null;
  if (prev && prev.end === first.start && /^[a-z]+$/i.test(prev.text)) return null;
  // "3G", "5G", "3D": a generation of mobile networks or a kind of picture, not three grams.
  if (next && next.start === lastTok.end && /^[GD]$/.test(next.text)) return null;
  // A model or code in capitals before a bare number: "AK 47 rifles", "F 16 jets", "COVID 19".
  // "A 23-year-old man was shot" opens a sentence with the article, not a model code.
  if (prev && sameSentence(prev) && /^[A-Z]{1,5}$/.test(prev.text) && first.kind === "number" && /^\d{1,4}$/.test(first.text) && !/^(US|UK|EU|UN|A|I)$/.test(prev.text)) return null;
  // Bare years: 4 digits 1800–2100 with no thousands separator, unless a plural noun follows ("2000 prisoners").
  const isYearShaped = first.kind === "number" && /^(1[89]\d\d|20\d\d)$/.test(first.text);
  if (isYearShaped) {
    const after = next && sameSentence(next) ? next : undefined;
    const countsSomething = after !== undefined && after.pos === "NOUN" && after.lower.endsWith("s") && after.lower !== "s";
    if (!countsSomething || (prev && YEAR_BEFORE.test(prev.lower))) return null;
  }

  // Unit.
  let unit: Quantity["unit"] = "count";
  // "£4m." closing a sentence: the full stop is the sentence's, not the amount's.
  let end = /^[mbk]\.$/i.test(lastTok.text) && hit.last > hit.first ? lastTok.end - 1 : lastTok.end;
  if (prev && sameSentence(prev) && MONEY_BEFORE.test(prev.lower)) unit = "money";
  if (next && sameSentence(next)) {
    if (PERCENT_AFTER.test(next.lower)) { unit = "percent"; end = next.end; }
    else if (next.lower === "per" && tokens[hit.last + 2]?.lower === "cent") { unit = "percent"; end = tokens[hit.last + 2]!.end; } // "12 per cent", whole
    else if (MONEY_AFTER.test(next.lower) && !poundsOfWeight(tokens, hit, previous)) unit = "money";
    else if (unit === "money") { /* "$5 m" is five million dollars, not five metres */ }
    else if (DISTANCE_AFTER.test(next.lower.replace(/\.$/, "")) || WEIGHT_AFTER.test(next.lower.replace(/\.$/, ""))) unit = "distance";
    else if (DURATION_AFTER.test(next.lower)) unit = "duration";
    if (next.text === "-" && /^(year|month|week|day)s?$/.test(tokens[hit.last + 2]?.lower ?? "") && /^old$/.test(tokens[hit.last + 4]?.lower ?? "")) unit = "age";
  }
  if (prev && sameSentence(prev) && /^(aged|age|ages)$/.test(prev.lower)) unit = "age";
  // "a 25-year-old man" → age of a man; "the gunman, 42," → age of the gunman.
  const ageTail = /^(-| )(year|yr)s?(-| )old\b/i.exec(text.slice(lastTok.end, lastTok.end + 14));
  let ageNounFrom = -1;
  let who: { noun: string; span: ReturnType<typeof spanOf> } | null = null;
  if (ageTail) {
    unit = "age";
    end = lastTok.end + ageTail[0].length;
    ageNounFrom = tokens.findIndex((t, idx) => idx > hit.last && t.start >= end);
  } else if (unit === "count" && (who = agePredicate(text, tokens, hit, first, next))) {
    // "the cyclist who died on Tuesday was 35.": a person's age told as what they were.
    const quantity: Quantity = {
      kind: "quantity", span: spanOf(text, first.start, lastTok.end), numberSpan: spanOf(text, first.start, lastTok.end),
      value: hit.value, low: hit.value, high: hit.value, hedge: "exact", hedgeText: null, noun: who.noun,
      nounSpan: who.span, unit: "age", predicate: null, perParty: false, sentence: first.sentence,
    };
    return { quantity, rangeEnd: null };
  } else if (prev?.text === "," && next?.text === "," && sameSentence(prev) && (tokens[hit.first - 2]?.pos === "NOUN" || tokens[hit.first - 2]?.pos === "PROPN"
    // "A pedestrian, 52,": the tagger may read the described person as an adjective; after an article it is the person.
    || (tokens[hit.first - 2]?.pos === "ADJ" && /^(a|an|the)$/.test(tokens[hit.first - 3]?.lower ?? ""))) && hit.value >= 1 && hit.value < 110 && first.kind === "number") {
    unit = "age";
    const who = tokens[hit.first - 2]!;
    const quantity: Quantity = {
      kind: "quantity", span: spanOf(text, first.start, lastTok.end), numberSpan: spanOf(text, first.start, lastTok.end),
      value: hit.value, low: hit.value, high: hit.value, hedge: "exact", hedgeText: null, noun: who.pos === "PROPN" ? "person" : singular(who),
      nounSpan: spanOf(text, who.start, who.end), unit, predicate: null, perParty: false, sentence: first.sentence,
    };
    return { quantity, rangeEnd: null };
  }
  if (hit.value === 0 && unit === "count") return null;
  // A bare number right after a count is what the counted things are called, not a count of its own: "five 787
  // Dreamliner sales" are five sales, "two 737 tankers" two tankers, "15 2020 candidates" fifteen. ("On March 3 100
  // farmers" and "Route 9 120 cars" keep 100 and 120: the 3 and the 9 are no counts; "two 20-year-old men" and
  // "three 10-year bonds" keep their age and duration.)
  const counted = previous[previous.length - 1];
  if (unit === "count" && counted !== undefined && counted.unit === "count" && counted.sentence === first.sentence
    && counted.numberSpan.end <= first.start && /^[ \u00a0]+$/.test(text.slice(counted.numberSpan.end, first.start))) return null;

  // Range: "between 300 and 400", "300 to 400", "300-400".
  let hedge: Hedge = hit.vague ? "vague" : "exact";
  let hedgeText: string | null = null;
  // "$5 million", "more than €20,000": the currency sign is part of the amount, and a hedge comes before it.
  const sign = prev !== undefined && sameSentence(prev) && MONEY_BEFORE.test(prev.lower) ? 1 : 0;
  let start = sign ? prev!.start : first.start;
  let low: number | null;
  let high: number | null;
  let rangeEnd: number | null = null;
  let rangeValue: number | undefined;
  const joiner = tokens[hit.last + 1];
  // "$5 million to $6 million": the second amount repeats the sign.
  const secondSign = sign && tokens[hit.last + 2] !== undefined && MONEY_BEFORE.test(tokens[hit.last + 2]!.lower) ? 1 : 0;
  const other = tokens[hit.last + 2 + secondSign] !== undefined ? readNumber(tokens, hit.last + 2 + secondSign, text) : null;
  const before = sign ? tokens[hit.first - 2] : prev;
  // "the mayor of Sector 4 to 18 months", "Gate 7 to 9 passengers": a number naming a place after a capitalised word
  // (not opening the sentence) is no range's start.
  const designation = !sign && prev !== undefined && sameSentence(prev) && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && tokens[hit.first - 2]?.sentence === prev.sentence && first.kind === "number";
  if (joiner && sameSentence(joiner) && /^(to|and|-|–)$/.test(joiner.lower) && other && other.value > hit.value
    && (joiner.lower !== "and" || before?.lower === "between") && !designation) {
    hedge = "range";
    // "between 3 and 4 million dollars": the scale written once applies to both ends.
    const scale = hit.first === hit.last ? RANGE_SCALE[tokens[other.last]!.lower] : undefined;
    if (scale !== undefined && other.first < other.last && hit.value * scale <= other.value) rangeValue = hit.value * scale;
    low = rangeValue ?? hit.value; high = other.value;
    rangeEnd = other.last;
    end = tokens[other.last]!.end;
    if (before?.lower === "between") { start = before.start; hedgeText = "between"; }
  } else if (hit.vague) {
    const v = VAGUE.get(first.lower)!;
    low = v[0]; high = v[1];
    hedgeText = first.text;
  } else {
    // Hedge words: up to three tokens before the number.
    for (let n = 3; n >= 1; n--) {
      const from = hit.first - sign - n;
      if (from < 0) continue;
      const words = tokens.slice(from, hit.first - sign);
      if (words.some((w) => w.sentence !== first.sentence)) continue;
      const phrase = words.map((w) => w.lower).join(" ");
      const match = HEDGES.find(([re]) => re.test(phrase));
      if (match) { hedge = match[1]; hedgeText = text.slice(words[0]!.start, words[words.length - 1]!.end); start = words[0]!.start; break; }
    }
    ({ low, high } = hedgeInterval(hit.value, hedge));
    // "nearly 40 people" is at most 39 and "more than 8 people" at least 9; a share or an amount is no
    // whole count ("more than 6 percent" is 6.4 percent, "nearly 5 percent" is 4.9 percent).
    const whole = unit === "count" && Number.isInteger(hit.value);
    if (hedge === "nearly" && high !== null && whole) high = high - 1;
    if (hedge === "over" && low !== null && whole) low = low + 1;
    // "more than a dozen", "over a hundred": a round number in words is vaguer than digits — up to the next vague
    // plural ("dozens" starts at 24), not 30 % above.
    if (hedge === "over" && high !== null && tokens[hit.first]?.lower === "a" && /^(?:dozen|hundred|thousand)$/.test(tokens[hit.last]?.lower ?? "")) high = hit.value * 2;
  }

  // Counted noun: the first noun after the number, past adjectives and nationalities ("270 Russian servicemen").
  let noun: string | null = null;
  let nounSpan = null;
  let qualifier: string | null = null;
  let k = ageNounFrom >= 0 ? ageNounFrom : (rangeEnd ?? hit.last) + 1;
  // "Two 20-year-old men": an age between a count and its noun describes the men; the count counts them.
  if (unit === "count" && ageNounFrom < 0) {
    const age = /^[ \u00a0]+\d{1,3}(?:-| )(?:year|yr|month|week|day)s?(?:-| )old\b/i.exec(text.slice(lastTok.end, lastTok.end + 24));
    if (age) {
      const from = lastTok.end + age[0].length;
      let idx = hit.last + 1;
      while (idx < tokens.length && tokens[idx]!.start < from) idx++;
      if (idx < tokens.length) k = idx;
    }
  }
  if (unit === "percent") k++;
  if (tokens[k]?.lower === "of" && tokens[k + 1]?.lower !== "the") k++;
  for (let steps = 0; k < tokens.length && steps < 4; k++, steps++) {
    const w = tokens[k]!;
    if (w.sentence !== first.sentence) break;
    // "rose to 3,100 this year", "numbered 2.1 million last year": a time phrase after the figure counts nothing.
    if (unit === "count" && /^(?:this|last|next|that|each|every)$/.test(w.lower) && TIME_NOUN.test(tokens[k + 1]?.lower ?? "")) break;
    if (w.pos === "NOUN" || (w.pos === "PROPN" && /s$/.test(w.text) && /^[A-Z]/.test(w.text))) {
      // Compound nouns count their last word: "service members" → member.
      let h = w;
      // "two people shot to death", "three men wounded": a participle of harm after the people it tells of is their verb, not a compound's head.
      while (tokens[k + 1] !== undefined && tokens[k + 1]!.pos === "NOUN" && tokens[k + 1]!.sentence === w.sentence && !HARM_PARTICIPLE.test(tokens[k + 1]!.lower)) { k++; h = tokens[k]!; }
      noun = singular(h);
      nounSpan = spanOf(text, h.start, h.end);
      // "1.4 billion kronor": the currency is part of the amount as written ("$5 million in aid" keeps "aid" out).
      if ((unit !== "percent" && unit !== "money") || (unit === "money" && isCurrencyNoun(noun))) end = Math.max(end, h.end);
      if (unit === "count") end = Math.max(end, w.end);
      break;
    }
    if (w.pos === "ADJ" || w.pos === "PROPN") { qualifier = w.lower; continue; }
    if (!NOUN_SKIP.has(w.pos) || w.text === "," || w.text === ".") break;
  }
  void qualifier;
  // A measure ("140 km/h", "25 miles per hour", "1,200 hectares", "5 sq km", "a 150-metre tower"): the number
  // measures in that unit, whatever noun follows — the tower is what is measured, not what is counted.
  if ((unit === "count" || unit === "distance") && !(prev && sameSentence(prev) && MONEY_BEFORE.test(prev.lower))) {
    const m = measureAfter(tokens, hit.last, first.sentence);
    if (m) {
      unit = "distance";
      noun = m.unit;
      end = Math.max(end, m.end);
      if (end === m.end + 1 && text[m.end] === ".") end = m.end;
    }
  }
  if (unit === "count" && noun !== null && DURATION_AFTER.test(noun + "s")) unit = "duration";
  if (unit === "count" && noun !== null && /^(time|occasion)$/.test(noun)) unit = "other"; // "four times": a frequency
  if (unit === "count" && noun !== null && /^(percent|percentage)$/.test(noun)) unit = "percent";
  if (unit === "count" && isCurrencyNoun(noun)) unit = "money";
  // "2.3 million rand": the rand is left out of the currency names ("Rand Paul"), but thousands of it are an amount.
  if (unit === "count" && noun === "rand" && hit.value >= 1000) unit = "money";
  // "a 1.5 million-euro penalty", "a 300-dollar fee": the currency glued to the figure makes it an amount of the
  // noun after it (what the money is for is no counted thing).
  const glued = tokens[hit.last + 1]?.text === "-" && tokens[hit.last + 2] !== undefined && tokens[hit.last + 1]!.start === lastTok.end ? tokens[hit.last + 2]! : null;
  if (unit === "count" && glued !== null && glued.start === tokens[hit.last + 1]!.end && isCurrencyNoun(singular(glued))) {
    unit = "money";
    noun = singular(glued);
    nounSpan = spanOf(text, glued.start, glued.end);
    end = Math.max(end, glued.end);
  }
  // A weight in pounds (see poundsOfWeight) is read in its unit, like "kg".
  if (unit === "distance" && noun === "pound") noun = "lb";

  // Per-party figures: "1,000 from each country", "1,000 each", "on each side".
  const tail = text.slice(lastTok.end, Math.min(text.length, lastTok.end + 40)).toLowerCase();
  const perParty = /^\s*(\w+\s+)?(from|on|for|per)\s+(each|either|both)\s+(side|country|nation|party|sides)|^\s*each\b/.test(tail);
  if (perParty) {
    const m = /^\s*((\w+\s+)?(from|on|for|per)\s+(each|either|both)\s+(side|country|nation|party|sides)|each)/.exec(tail);
    if (m) end = Math.max(end, lastTok.end + m[0].length);
  }
  // A number with no noun inherits the noun of a number just before it in the same sentence
  // ("2,000 prisoners—1,000 from each country" → prisoners).
  if (noun === null && unit === "count" && perParty) {
    const before = [...previous].reverse().find((q) => q.sentence === first.sentence && q.noun !== null && first.start - q.span.end < 40);
    if (before) noun = before.noun;
  }
  // "The death toll … rose to 23", "the number of dead reached 14": a toll counts the dead.
  if (noun === null && unit === "count" && hedge !== "vague" && TOLL_BEFORE.test(text.slice(Math.max(0, first.start - 90), start))) noun = "dead";
  // "Dengue cases this year have reached 12,800", "the number of asylum applications rose to 3,100",
  // "complaints totalled 640": what the clause's subject counts, when the figure ends the clause.
  if (noun === null && unit === "count" && hedge !== "vague" && (!next || !sameSentence(next) || CLAUSE_END_AFTER.test(next.lower))) {
    const counted = subjectTotal(text, tokens, hit.first, start);
    if (counted) { noun = counted.noun; nounSpan = counted.span; }
  }
  // "and 12 were killed", "nine killed and 64 injured": a toll's noun left out, the harm right after the figure says
  // who is counted (the dead, or the injured).
  // (Not "No one was injured", "the one killed", "any one hurt": a pronoun, no count.)
  if (noun === null && unit === "count" && hedge !== "vague" && Number.isInteger(hit.value) && !/^(?:19|20)\d\d$/.test(lastTok.text)
    && !(prev && sameSentence(prev) && /^(?:no|not|any|every|each|the|this|that|which|no-|someone|anyone)$/i.test(prev.lower))) {
    // ("23 dead and 19 missing": the missing too.)
    const harm = /^\s+(?:(?:were|was|have been|had been|are|got|remain)\s+)?(killed|dead|died|injured|wounded|hurt|missing)\b/i.exec(text.slice(lastTok.end, lastTok.end + 30));
    if (harm) { noun = /^(?:killed|dead|died)$/i.test(harm[1]!) ? "dead" : /^missing$/i.test(harm[1]!) ? "missing" : "injured"; end = Math.max(end, lastTok.end + harm[0].length); }
  }
  // "A crowd of 42,800 attended", "a sell-out crowd of 61,000 watched": the people a crowd counts (a verb the
  // tagger takes for a noun, "A crowd of 51,700 saw", is no counted thing).
  if (noun !== null && unit === "count" && nounSpan !== null && /^(?:saw|watched|attended|packed|filled|cheered|turned|gathered|witnessed|braved)$/i.test(text.slice(nounSpan.start, nounSpan.end))
    && /\b(?:crowd|attendance|audience)\s+of\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, first.start - 40), start))) { noun = null; nounSpan = null; end = lastTok.end; }
  if (noun === null && unit === "count" && /\b(?:crowd|attendance|audience|turnout)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|an\s+estimated\s+)?$/i.test(text.slice(Math.max(0, first.start - 40), start))) noun = "people";
  if (noun === null && unit === "count" && hedge !== "vague") {
    // A bare small number with nothing counted is too ambiguous to be a claim.
    if (!perParty) return null;
  }

  const quantity: Quantity = {
    kind: "quantity",
    span: spanOf(text, start, end),
    numberSpan: spanOf(text, first.start, rangeEnd !== null ? tokens[rangeEnd]!.end : lastTok.end),
    value: rangeValue ?? hit.value, low, high, hedge, hedgeText, noun, nounSpan, unit,
    predicate: predicateNear(tokens, hit.first, first.sentence),
    perParty, sentence: first.sentence,
  };
  return { quantity, rangeEnd };
}

function singular(t: Token): string {
  const lemma = t.lemma || t.lower;
  if (lemma !== t.lower) return lemma;
  if (/ies$/.test(t.lower)) return t.lower.replace(/ies$/, "y");
  if (/(ss|us)$/.test(t.lower)) return t.lower;
  return t.lower.replace(/s$/, "");
}

/** The verb that governs the number: the nearest verb after it in the sentence, else before it. */
function predicateNear(tokens: readonly Token[], at: number, sentence: number): string | null {
  for (let k = at + 1; k < tokens.length && k < at + 8; k++) {
    const w = tokens[k]!;
    if (w.sentence !== sentence) break;
    if (w.pos === "VERB") return w.lemma;
  }
  for (let k = at - 1; k >= 0 && k > at - 10; k--) {
    const w = tokens[k]!;
    if (w.sentence !== sentence) break;
    if (w.pos === "VERB") return w.lemma;
  }
  return null;
}

/** Participles of harm the tagger sometimes reads as nouns ("people shot", "men wounded"). */
/** Words of a unit of measure (length, weight, speed, area) as written after a number. */
const LENGTH_UNIT = /^(km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|ft|yards?|yds?|inch|inches|cm|centimetres?|centimeters?|mm|millimetres?|millimeters?|m)$/;
const WEIGHT_UNIT = /^(kg|kilos?|kilograms?|kilogrammes?|tons?|tonnes?|lbs?|grams?|grammes?|g)$/;
const SPEED_UNIT = /^(mph|kph|kmh|kmph|km\/h|knots?|kts?)$/;
const AREA_UNIT = /^(hectares?|ha|acres?|km2|km²|m2|m²)$/;

/** The canonical unit word of a length. */
function lengthWord(w: string): string {
  if (/^(km|kilomet)/.test(w)) return "km";
  if (/^(mm|millimet)/.test(w)) return "mm";
  if (/^(cm|centimet)/.test(w)) return "cm";
  if (/^(m|metres?|meters?)$/.test(w)) return "m";
  if (/^(feet|foot|ft)$/.test(w)) return "ft";
  if (/^miles?$/.test(w)) return "mile";
  if (/^(yards?|yds?)$/.test(w)) return "yard";
  return "inch";
}

/**
 * The unit of measure written right after a number (past a hyphen: "a 150-metre tower"), as a canonical word
 * ("km/h", "mph", "knot", "sq km", "hectare", "acre", "m", "ft", "kg"), with where it ends and the index of the
 * token after it (the thing measured, when a noun follows). Null when no unit follows.
 */
function measureAfter(tokens: readonly Token[], last: number, sentence: number): { unit: string; start: number; end: number; thing: number | null } | null {
  let k = last + 1;
  const at = (i: number) => { const t = tokens[i]; return t !== undefined && t.sentence === sentence ? t : undefined; };
  if (at(k)?.text === "-" && at(k)!.start === tokens[last]!.end) k++;
  const w = at(k);
  if (!w) return null;
  const lw = w.lower.replace(/\.$/, "");
  // A sentence's full stop glued to the unit ("ran 100 m.") is not part of it.
  const done = (unit: string, endTok: number) => ({ unit, start: w.start, end: tokens[endTok]!.end - (/[a-z]\.$/i.test(tokens[endTok]!.text) ? 1 : 0), thing: at(endTok + 1) ? endTok + 1 : null });
  // Temperatures: "44C", "44°C", "111F", "44 degrees Celsius", "110 degrees Fahrenheit" (a bare "44 C" or "degrees" says no scale).
  const glued = w.start === tokens[last]!.end;
  if (glued && /^[CF]$/.test(w.text)) return done(w.text === "C" ? "°c" : "°f", k);
  if (w.text === "°") { const s = at(k + 1); return s && s.start === w.end && /^[CF]$/.test(s.text) ? done(s.text === "C" ? "°c" : "°f", k + 1) : done("°", k); }
  if (/^degrees?$/.test(lw) && at(k + 1) && /^(celsius|centigrade|c|fahrenheit|f)$/i.test(at(k + 1)!.text)) return done(/^(c|celsius|centigrade)$/i.test(at(k + 1)!.text) ? "°c" : "°f", k + 1);
  if (SPEED_UNIT.test(lw)) return done(/^(mph)$/.test(lw) ? "mph" : /^(knots?|kts?)$/.test(lw) ? "knot" : "km/h", k);
  if (AREA_UNIT.test(lw)) return done(/^(hectares?|ha)$/.test(lw) ? "hectare" : /^acres?$/.test(lw) ? "acre" : /^km/.test(lw) ? "sq km" : "sq m", k);
  // "km²" may come apart as "km" and "²".
  if (/^(km|m)$/.test(lw) && at(k + 1)?.text === "²" && at(k + 1)!.start === w.end) return done(lw === "km" ? "sq km" : "sq m", k + 1);
  if (/^(square|sq)$/.test(lw) && at(k + 1) && LENGTH_UNIT.test(at(k + 1)!.lower.replace(/\.$/, ""))) return done(`sq ${lengthWord(at(k + 1)!.lower.replace(/\.$/, ""))}`, k + 1);
  if (LENGTH_UNIT.test(lw)) {
    // "km/h", "miles per hour", "kilometres an hour": a speed.
    const a = at(k + 1), b = at(k + 2);
    if (a?.text === "/" && b && /^(h|hr)\.?$/.test(b.lower)) return done(lengthWord(lw) === "mile" ? "mph" : "km/h", k + 2);
    if (a && b && /^(per|an|a)$/.test(a.lower) && /^hour\.?$/.test(b.lower)) return done(lengthWord(lw) === "mile" ? "mph" : lengthWord(lw) === "km" ? "km/h" : `${lengthWord(lw)}/h`, k + 2);
    // A bare "m" after a number is a metre only before a noun or at a clause's end, not "$5 m" (money is read before).
    return done(lengthWord(lw), k);
  }
  // "150 nautical miles": a length of its own (1,852 m), not 150 "wests".
  if (lw === "nautical" && at(k + 1) && /^miles?$/.test(at(k + 1)!.lower)) return done("nmi", k + 1);
  // "a three-storey building", "the 12-story tower", "a six-floor car park": a building's height in storeys, glued to
  // the number by a hyphen ("three stories" alone may be news stories, "three floors" floors a fire spread across).
  if (k === last + 2 && /^(?:storey|storeys|story|stories|floor|floors|level|levels)$/.test(lw)) return done("storey", k);
  // A bare gram is a lower-case "g" right after the number: "3G networks" and "5G" are generations of mobile networks.
  if (WEIGHT_UNIT.test(lw) && !(lw === "g" && (k !== last + 1 || w.text !== "g"))) return done(/^(kg|kilo)/.test(lw) ? "kg" : /^(tons?|tonnes?)$/.test(lw) ? "tonne" : /^(lbs?)$/.test(lw) ? "lb" : "g", k);
  return null;
}

/** Words that say a sentence weighs something: "weighs 6.6 pounds", "a heavier load of 40 pounds". */
const WEIGH_WORD = /^(weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|lighter|overweight|obese|dieters?|diet)$/;
/** Words of a body's or a load's change: "lost 40 pounds", "gained 12 pounds" (small amounts only: "lost 5 million pounds" is money). */
const WEIGHT_CHANGE = /^(lost|lose|loses|losing|gained|gain|gains|gaining|shed|sheds|shedding)$/;
/** What "pounds of" buys rather than weighs: "thousands of pounds of damage", "pounds of public money". */
const MONEY_OF = /^(money|cash|funds?|funding|investment|aid|damages?|debts?|revenues?|profits?|savings|compensation|taxes|tax|taxpayers|taxpayers'|public|spending|sales|business|contracts?|assets|support|subsidies|bonuses|fines?|losses|income|budget|goods)$/;
/**
 * "pounds" after a number is a weight, not sterling, when its sentence weighs something ("the parcel weighed 6.6
 * pounds", "dieters had lost an average of 14.7 pounds compared with 5.8 pounds"), when a weight in pounds came
 * before it in the sentence, or when it is pounds OF a material ("10 pounds of cocaine", "40 pounds of
 * explosives"); "£5", "five pounds a week" and "millions of pounds of public money" stay money.
 */
function poundsOfWeight(tokens: readonly Token[], hit: NumberHit, previous: readonly Quantity[]): boolean {
  const unitAt = hit.last + 1;
  const u = tokens[unitAt];
  if (!u || !/^pounds?$/.test(u.lower)) return false;
  const sentence = u.sentence;
  if (previous.some((q) => q.sentence === sentence && q.noun === "lb")) return true;
  for (let i = hit.first - 1, steps = 0; i >= 0 && steps < 30; i--, steps++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (/^[£€$]$/.test(t.text) || /^(million|billion|thousand|bn|m)$/.test(t.lower)) return false;
    if (WEIGH_WORD.test(t.lower)) return true;
    if (WEIGHT_CHANGE.test(t.lower) && steps < 6 && hit.value < 200) return true;
  }
  const of = tokens[unitAt + 1], what = tokens[unitAt + 2];
  return of?.lower === "of" && of.sentence === sentence && what !== undefined && what.sentence === sentence
    && (what.pos === "NOUN" || what.pos === "ADJ") && !MONEY_OF.test(what.lower);
}

const HARM_PARTICIPLE = /^(?:shot|killed|wounded|injured|hurt|slain|stabbed|murdered|hospitali[sz]ed|rescued|evacuated|arrested|detained)$/;
