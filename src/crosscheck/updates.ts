// Tolls that change as reports come in: a lower figure one day and a higher one the next is an
// update when the texts date it (publish times 12 hours apart) or say it ("rose to 19").
import type { Doc } from "../domain/doc.js";

/** Tolls that grow as reports come in, homes destroyed as a fire is surveyed too (the missing are found, the hospitalised go home, so those may shrink). */
export const UPDATED_AS_REPORTED: ReadonlySet<string> = new Set(["killed", "injured", "detained", "evacuated", "missing", "hospital", "destroyed", "damaged", "trapped"]);
/** Counts an outbreak or a disaster keeps adding to whatever the verb ("has reached 60 cases", "66 infections"). */
const GROWING_NOUNS: ReadonlySet<string> = new Set(["case", "infection"]);

/** Whether a slot's figure is a toll that changes as reports come in (by its predicate, else by what it counts). */
export function updatedAsReported(pred: string, noun: string): boolean {
  return UPDATED_AS_REPORTED.has(pred) || (pred === "-" && GROWING_NOUNS.has(noun));
}

/** Whether such a toll may also fall from one report to the next: the missing are found, patients leave hospital, the trapped are brought out. */
export function mayShrink(pred: string): boolean {
  return pred === "missing" || pred === "hospital" || pred === "trapped";
}
/** Verbs of growth govern a figure only from just before it ("the toll rose to 19"), not anywhere in its sentence ("as the river rose"). */
const GROWTH_BEFORE = /\b(rose|risen|rises|climbed|climbs|increased|jumped|grew|grown|swelled|surged|has reached|had reached|reached|raised)\b[^.;,]{0,30}$/i;
const UPDATE_MARKERS = /\b(later died|died later|new toll|latest toll|up from|now stands|by the end\b|so far|thus far|to date|as yet|by (early )?(morning|nightfall|evening|the next day))\b/i;

/** Whether a figure's sentence tells it as grown: a growth verb right before it, or an update marker anywhere. `at` is the figure's offset in the sentence. */
export function toldAsGrown(sentence: string, at: number): boolean {
  return GROWTH_BEFORE.test(sentence.slice(Math.max(0, at - 60), Math.max(0, at))) || UPDATE_MARKERS.test(sentence)
    || UPDATED_REPORT.test(sentence) || toldAsRevised(sentence, at);
}

/** A report told as updated anywhere in the sentence ("an updated toll", "revised figures", "in a corrected statement"); a revision of something else ("revised its safety plan") is none. */
const UPDATED_REPORT = /\b(?:updated|revised|corrected)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|figures?|tolls?|counts?|tall(?:y|ies)|reports?|estimates?|numbers?|data|bulletin)\b/iu;

/**
 * A verb of revision governing the figure, from just before it ("revised the toll down to 31", "corrected the number of dead
 * to 12", "lowered its estimate of the missing to 40"): the figure is a later, corrected state of the count, lower or higher.
 * Only the stretch of its own clause counts ("cut off by the flood, 40 villages" is no revision).
 */
const REVISED_BEFORE = /\b(?:revised|revising|revises|corrected|correcting|lowered|lowering|downgraded|adjusted|scaled back|brought down|cut)\b(?:\s+(?:down|downward|downwards|up|upward|upwards))?[^.;,:]{0,75}?\b(?:to|at)\s+(?:(?:about|some|around|roughly|nearly|almost|at least)\s+)?$/i;

/** Whether a figure's sentence tells it as a revised count (`at` is the figure's offset in the sentence). */
export function toldAsRevised(sentence: string, at: number): boolean {
  return REVISED_BEFORE.test(sentence.slice(Math.max(0, at - 110), Math.max(0, at)));
}

/**
 * A running tally told as of its writing: a perfect tense governing the figure ("has won 4 gold medals",
 * "had gathered 185,000 signatures", "have arrested 45 people") or "so far" / "to date" in its sentence.
 * Any such tally may grow between two days' reports, whatever it counts.
 */
const TALLY_BEFORE = /\b(?:has|have|had)\s+(?:(?:now|already|so far|thus far|since|also|together)\s+)?(?:been\s+)?(?!(?:a|an|the|no|some|about|more|over|nearly|almost|around|only|just|than|to|in|on|at|for|with|its|his|her|their|our|my)\b)[a-z]{3,}\s+(?:(?:a total of|more than|over|about|nearly|almost|at least|some|around|roughly|just over|just under)\s+)?(?:[$€£¥]\s*)?$/i;
/**
 * Before a figure: a count someone holds ("the Tigers have 31 points", "the petition now has 48,000 signatures", "held a
 * 12-point lead"): a standing that changes as a season, a campaign or a count goes on. Only its growth between reports
 * the dates order is taken for an update; a fixed figure ("had 122 passengers on board") told two ways the same day stays
 * a dispute.
 */
const TALLY_HAS = /\b(?:(?:has|have|had)\s+(?:(?:now|already|so far|thus far)\s+)?(?:(?:a total of|more than|over|about|nearly|almost|at least|some|around|roughly)\s+)?(?:[$€£¥]\s*)?|(?:has|have|had|holds?|held)\s+(?:(?:now|already)\s+)?an?\s+)$/i;
const TALLY_MARKER = /\b(?:so far|to date|thus far|as of|since (?:the|it|they|he|she|campaigning|voting|the start))\b/i;

/** Whether a figure's sentence tells it as a running tally (`at` is the figure's offset in the sentence). */
export function toldAsTally(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 60), Math.max(0, at));
  return TALLY_BEFORE.test(before) || TALLY_HAS.test(before) || TALLY_MARKER.test(sentence);
}

/** Articles published this far apart (31 days, the store's window) tell different moments of any figure of the present. */
const MONTH_MS = 31 * 24 * 3600 * 1000;

/**
 * For a story's articles: whether two of them (by article id) are dated more than a month apart, each by `ownTime`;
 * false when either date is unknown.
 */
export function monthsApartOf(docs: readonly Doc[]): (a: string, b: string) => boolean {
  const written = new Map(docs.map((d) => [d.article.id, ownTime(d)]));
  return (a, b) => {
    const x = written.get(a), y = written.get(b);
    return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) > MONTH_MS;
  };
}

/**
 * When an article says it was written: its publish time, else a full date heading its text ("December 15th, 2008,
 * 7:35 am", the dateline the story's time frame reads too), as epoch ms; NaN when neither is known.
 */
function ownTime(doc: Doc): number {
  if (doc.article.publishedAt) return Date.parse(doc.article.publishedAt);
  const line = doc.dates.find((d) => d.form === "absolute" && d.granularity === "day" && d.span.start < 80 && d.sentence <= 1 && d.from !== null);
  return line?.from ? Date.parse(line.from) : NaN;
}

/** Reports this far apart (12 hours) are different moments of the story. */
export const APART_MS = 12 * 3600 * 1000;

/**
 * Whether the articles of one figure were all published at least 12 hours before those of the
 * other (publish times as epoch ms, NaN when unknown: then nothing is dated).
 */
export function allBefore(earlier: readonly number[], later: readonly number[]): boolean {
  return earlier.length > 0 && later.length > 0 && earlier.every(Number.isFinite) && later.every(Number.isFinite)
    && Math.max(...earlier) + APART_MS <= Math.min(...later);
}

/** Words that tell a figure as an earlier or a later state of the same count ("an earlier toll of five", "first reports said five", "rose to eight"). */
const TOLD_AS_OTHER_MOMENT = /\b(earlier|initial|initially|first reports?|previous|previously|preliminary|had put|at first|revised|rose|risen|climbed|increased|jumped|grew|updated|later|now stands|new toll|latest|up from|down from|fell to|dropped to|lowered)\b/i;

/** Numbers written as one word. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** The numbers a sentence writes, in digits ("1,600", "8") or as one word ("eight", "twenty"). */
function numbersIn(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(/\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b|\b[a-z]+\b/gi)) {
    const w = m[0].toLowerCase();
    // "Twenty-three", "forty five": one number, not twenty and three.
    const tens = /^(\w+)[-\s](\w+)$/.exec(w);
    if (tens) { out.push(NUMBER_WORDS[tens[1]!]! + NUMBER_WORDS[tens[2]!]!); continue; }
    const n = /^\d/.test(w) ? Number(w.replace(/,/g, "")) : NUMBER_WORDS[w];
    if (n !== undefined && Number.isFinite(n)) out.push(n);
  }
  return out;
}

/** Scale words after a figure ("16.3 million", "$2.8bn"), by the factor they stand for. */
export const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/**
 * The numbers a stretch of text writes, with their scale ("16.3 million" → 16,300,000) and without it
 * (16.3), in digits or as one word ("Seven of the nine" → 7, 9).
 */
export function numbersWritten(text: string): Set<number> {
  const out = new Set<number>(numbersIn(text));
  // "16.3 million", "$2.8bn", "16.3m" (an "m" glued to the figure: "a 5 m wall" is five metres).
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(thousand|million|mln|billion|bn|trillion)\b|(m)\b)/gi)) {
    out.add(Math.round(Number(m[1]!.replace(/,/g, "")) * SCALE[(m[2] ?? m[3])!.toLowerCase()]! * 1e6) / 1e6);
  }
  return out;
}

/**
 * Whether an article tells this figure as another moment of its count: a sentence holding the
 * number with words of an earlier or a later state ("By Monday evening, the toll had risen to
 * eight", "An earlier toll had put the dead at five"). Such an article updates, it does not dispute.
 */
export function mentionsAsEarlier(doc: Doc, value: number): boolean {
  return toldAsOtherMoment(doc).has(value);
}

const otherMoments = new WeakMap<Doc, ReadonlySet<number>>();

/** The numbers of an article's sentences that tell another moment of a count, read once per article (the rules ask per pair of figures). */
function toldAsOtherMoment(doc: Doc): ReadonlySet<number> {
  let found = otherMoments.get(doc);
  if (!found) {
    const numbers = new Set<number>();
    for (const s of doc.sentences) if (TOLD_AS_OTHER_MOMENT.test(s.text)) for (const n of numbersIn(s.text)) numbers.add(n);
    otherMoments.set(doc, numbers);
    found = numbers;
  }
  return found;
}

/** An age bracket: "age 14 and younger", "aged 5 and under", "under the age of 18", "older than 65", "under-16s". */
const AGE_BRACKET = /\b(?:\d+\s+(?:and|or)\s+(?:younger|older|under|over)|(?:under|over)\s+the\s+age\s+of\s+\d+|(?:younger|older)\s+than\s+\d+|aged?\s+(?:under|over)\s+\d+|under-\d+s)\b/i;

/**
 * Whether one of two figures' sentences names an age bracket the other does not ("88 operations on girls age 14
 * and younger" / "11,844 operations in the state"): one age group's count against the whole.
 */
export function oneAgeGroup(a: string, b: string): boolean {
  return AGE_BRACKET.test(a) !== AGE_BRACKET.test(b);
}
