// Where a figure's own sentence puts what it tells: a city's neighbourhood ("in the Austin neighborhood") or a
// block of a street ("in the 6700 block of South Perry"). Local crime pages and round-ups tell several shootings
// of one city in a row, each placed this way; grouped into one story with another page, "a 16-year-old boy was
// shot … in the University Village neighborhood" and "a 14-year-old boy was shot … in the Austin neighborhood"
// are two boys, not one boy's age told two ways; so are "a 35-year-old man was shot … on 12th Street" and "a
// 42-year-old man was shot … near 24th Street".

import { CALENDAR_WORD } from "../lexicon/calendar.js";

/** "in the West Side Austin neighborhood", "of the Englewood neighbourhood": the neighbourhood's name. */
const NEIGHBORHOOD = /\b(?:in|of|near)\s+the\s+((?:[A-Z][\p{L}'’.-]*\s+){1,4})neighbou?rhood\b/gu;
/** "in the 6700 block of South Perry", "the 1100 block of W. Garfield Blvd.": the street's name. */
const BLOCK = /\b\d+\s+block\s+of\s+((?:[A-Z][\p{L}'’.-]*\s*){1,4})/gu;
/** "on 12th Street", "near Elm Street", "along West Grand Avenue": the street's name (a number street keeps its number). */
const STREET = /\b(?:on|near|at|along|off)\s+((?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:\d+(?:st|nd|rd|th)|[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*)?)\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Way|Parkway|Highway|Terrace)(?!\p{L})/gu;
/** Words that do not tell one place from another: compass points, sides, street kinds. */
const GENERIC = new Set(["north", "south", "east", "west", "n", "s", "e", "w", "n.", "s.", "e.", "w.", "northwest", "northeast", "southwest", "southeast",
  "side", "far", "near", "lower", "upper", "the", "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.",
  "drive", "dr", "dr.", "lane", "ln", "place", "pl", "court", "ct", "way", "parkway", "terrace"]);

function names(sentence: string, re: RegExp): Set<string>[] {
  return [...sentence.matchAll(re)].map((m) => new Set(m[1]!.toLowerCase().split(/\s+/u).filter((w) => w && !GENERIC.has(w))))
    .filter((s) => s.size > 0);
}

const disjoint = (a: readonly Set<string>[], b: readonly Set<string>[]) =>
  a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => [...x].some((w) => y.has(w))));

/**
 * Whether two sentences put what they tell in different places of the same kind: neighbourhoods that share no
 * name word, or blocks of streets that share none. "in the Austin neighborhood" / "in the West Side Austin
 * neighborhood" and "the 8300 block of South Halsted" / "the 8400 block of South Halsted" are not apart.
 */
export function placedApart(a: string, b: string): boolean {
  return disjoint(names(a, NEIGHBORHOOD), names(b, NEIGHBORHOOD)) || disjoint(names(a, BLOCK), names(b, BLOCK))
    || disjoint(names(a, STREET), names(b, STREET));
}

// Where a figure's own clause places what it counts or measures by a proper name: "won 24 delegates in the Nevada
// caucuses", "11 goals at Anfield", "140 millimetres of rain on Bergen", "21 points in the win over Boston", or a
// sentence that opens "In Kentucky, 55 delegates …". Two figures each placed at a name the other's sentence never
// writes are two contests or two places (two primaries, two grounds, two towns of one storm), not one figure told two
// ways. A figure placed nowhere ("60 millimetres of rain overnight") is still compared.

/** After the figure: a place preposition and a capitalised name ("in the Nevada caucuses" → nevada). */
const AT_NAME = /\b(?:in|at|on|against|over|versus|vs\.?)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)/gu;
/** A sentence opening with its place: "In Kentucky, …", "At Wimbledon, …". */
const OPENING_NAME = /^\s*(?:In|At|On)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s*,/u;
/** Capitalised words that place nothing: days, months, titles, articles. */
const NOT_A_PLACE = new Set(["the", "a", "an", "this", "that", "his", "her", "their", "its", "mr", "mrs", "ms", "dr", "sir", "president", "senator", "governor"]);

function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/['’]s$/u, "").split(/\s+/u).map((w) => w.replace(/[.'’-]+$/u, ""))
    .filter((w) => w.length > 1 && !NOT_A_PLACE.has(w) && !CALENDAR_WORD.test(w) && !GENERIC.has(w));
}

/**
 * The names a figure's clause places it at: after the figure up to the clause's end (a comma, a semicolon, at most
 * 80 characters), and the sentence's opening "In X,". `sentence` is the figure's sentence, `at`/`end` its offsets there.
 */
export function placedAt(sentence: string, at: number, end: number): Set<string> {
  const out = new Set<string>();
  // The first word of each name tells it apart ("Leeds Crown Court" / "Bradford Crown Court", "Goodison Park" / "Anfield").
  const add = (name: string) => { const w = nameWords(name)[0]; if (w) out.add(w); };
  const after = sentence.slice(end, end + 80).split(/[,;:(]/u)[0]!;
  for (const m of after.matchAll(AT_NAME)) add(m[1]!);
  const open = OPENING_NAME.exec(sentence.slice(0, at));
  if (open) add(open[1]!);
  const subject = SUBJECT_AT_NAME.exec(sentence.slice(Math.max(0, at - 80), at));
  if (subject) add(subject[1]!);
  return out;
}

/** Before the figure, a subject placed by name then its verb: "Turnout in Geneva was", "Unemployment in Andalusia stood at". */
const SUBJECT_AT_NAME = /\b(?:in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:was|were|is|are|stood(?:\s+at)?|stands(?:\s+at)?|reached|rose\s+to|fell\s+to|hit|came\s+to|totall?ed)\s+(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under|more\s+than|less\s+than)\s+)?$/u;

/** After a figure, a contrast with another figure: ", against 47.8 percent nationally", "compared with 11.7 percent for Spain". */
const CONTRAST_AFTER = /^[^.;]{0,40}?\b(?:against|compared\s+(?:with|to)|versus|vs\.?|while|whereas)\s+(?:(?:about|around|roughly|nearly|almost|just|only|some)\s+)?[$€£]?\d/iu;

/**
 * A figure placed at a name and set against another figure in its own sentence ("Turnout in Geneva was 49.1 percent,
 * against 47.8 percent nationally"), compared with a figure placed nowhere ("Turnout was 44.8 per cent"): the placed
 * one is a part's (a region's, a town's), the other most likely the whole's. `a` and `b` as for placedAtOthers.
 */
export function placedPartAgainstWhole(a: FigureAt, b: FigureAt): boolean {
  const placed = (x: FigureAt) => placedAt(x.sentence, x.at, x.end).size > 0;
  const part = (x: FigureAt, y: FigureAt) => placed(x) && !placed(y) && CONTRAST_AFTER.test(x.sentence.slice(x.end));
  return part(a, b) || part(b, a);
}

/**
 * The place a figure's clause is told of when the clause hangs on a place with "where": "bring heavy rain to southern
 * Malawi on Tuesday, where authorities have moved 3,000 people" → "Malawi"; null when there is none.
 */
const WHERE_CLAUSE = /\b(?:in|to|at|into|across|over)\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west|the)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)(?:\s+(?:on|by|in|late|early)\s+[\p{L}\d]+)?\s*,\s+where\s+[^,;.]*$/u;
export function placedByWhere(sentence: string, at: number): string | null {
  const m = WHERE_CLAUSE.exec(sentence.slice(Math.max(0, at - 160), at));
  return m ? m[1]! : null;
}

/** A figure in its sentence: the sentence's text and the figure's offsets there. */
export interface FigureAt { readonly sentence: string; readonly at: number; readonly end: number }

/** Whether two figures are placed at names the other's sentence never writes (see placedAt). */
export function placedAtOthers(a: FigureAt, b: FigureAt): boolean {
  const x = placedAt(a.sentence, a.at, a.end), y = placedAt(b.sentence, b.at, b.end);
  if (x.size === 0 || y.size === 0) return false;
  const la = a.sentence.toLowerCase(), lb = b.sentence.toLowerCase();
  return ![...x].some((w) => writesWord(lb, w)) && ![...y].some((w) => writesWord(la, w));
}

/** Whether a text writes a word or name whole (not inside a longer word). */
export function writesWord(text: string, word: string): boolean {
  return new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(text);
}

/** A contest named by its weekday: "Tuesday's primaries", "Saturday's caucuses", "Sunday's final" (never a reporting day). */
const CONTEST_DAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:primary|primaries|caucus|caucuses|election|elections|vote|ballot|contest|contests|race|races|match|game|final|semi-final|semifinal|poll|debate|round|runoff|run-off|referendum|by-election)\b/giu;

/** Whether two sentences each name their contest by a weekday and no weekday is shared: two contests, two figures. */
export function heldOnOtherDays(a: string, b: string): boolean {
  const days = (s: string) => new Set([...s.matchAll(CONTEST_DAY)].map((m) => m[1]!.toLowerCase()));
  const x = days(a), y = days(b);
  return x.size > 0 && y.size > 0 && ![...x].some((d) => y.has(d));
}
