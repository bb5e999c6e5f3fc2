// crosscheck/figure-lines: two sentences that give different lines of figures.
//
// One outlet's error changes one figure of a sentence and leaves the others ("killed 12 and injured 40" /
// "killed 21 and injured 40"). Two sentences that count the same things and give each a different figure ("scored 31
// points, 9 rebounds and 11 assists" /
// "24 points, 12 rebounds and 6 assists"; "caught 52 passes for 440 yards" / "29 passes for 201 yards"; "865 delegates
// are up for grabs in 11 states" / "691 delegates … in five states") are more likely two stat lines of different
// games, seasons or contests — or two moments of a running tally — than one line misreported twice. A story that
// joins such articles should not call the difference a dispute with any confidence.
import type { Doc, Sentence } from "../domain/doc.js";
import { NUMBER_WORDS } from "./updates.js";

/** Why a finding between two such sentences is kept low, as a reader is told it. */
export const LINES_DOUBT = "the two sentences count several things and give each a different figure, as reports of different games, seasons or contests would";

const LINES = new WeakMap<Doc, Map<number, FigureLine>>();

/** What a sentence counts, by the word after each figure ("31 points" → point: {31}; "26-delegate" → delegate: {26}). */
export type FigureLine = ReadonlyMap<string, ReadonlySet<number>>;

/** Words after a figure that name no counted thing: scales, percentages, and the words of a clause going on. */
const NOT_COUNTED = new Set(("and or to of in on at for by from with as than per percent percentage cent million billion thousand " +
  "trillion bn mln hundred dozen more less fewer over under about nearly some up down last next this that these those the a an " +
  "was were is are had has have will would said says who which when while after before since").split(" "));

/**
 * A sentence's line of figures: each figure (in digits or one number word; its dates and years masked, as they date and
 * do not count; not 1, "one of the") under the word it counts. A figure followed by no such word counts nothing named.
 */
export function sentenceLine(doc: Doc, sentence: Sentence): FigureLine {
  let bySentence = LINES.get(doc);
  if (!bySentence) LINES.set(doc, (bySentence = new Map()));
  let found = bySentence.get(sentence.index);
  if (!found) {
    const masked = datesMasked(doc, sentence);
    const line = new Map<string, Set<number>>();
    for (const m of masked.matchAll(FIGURE_THEN_WORD)) {
      const n = numberOf(m[1]!);
      const word = m[2]!.toLowerCase();
      if (n === null || n === 1 || NOT_COUNTED.has(word)) continue;
      const noun = word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
      const values = line.get(noun);
      if (values) values.add(n);
      else line.set(noun, new Set([n]));
    }
    found = line;
    bySentence.set(sentence.index, found);
  }
  return found;
}

/**
 * A sentence's text with its dates and years blanked out, offsets kept: days, months and years date and do not count
 * ("On March 5, 12 people were killed" writes no 5 of anything).
 */
export function datesMasked(doc: Doc, sentence: Sentence): string {
  let masked = sentence.text;
  for (const d of doc.dates) {
    if (d.span.start < sentence.start || d.span.end > sentence.end) continue;
    const at = d.span.start - sentence.start;
    masked = masked.slice(0, at) + " ".repeat(d.span.end - d.span.start) + masked.slice(at + d.span.end - d.span.start);
  }
  return masked.replace(/\b(?:1[89]|20)\d\d\b/g, "    ");
}

/** A figure and the word after it ("52 catches", "26-delegate", "two touchdowns", "4,500 block"). */
const FIGURE_THEN_WORD = new RegExp(`(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b)(?:-|\\s+)([A-Za-z]+)`, "gi");

function numberOf(token: string): number | null {
  if (/^\d/.test(token)) { const n = Number(token.replace(/,/g, "")); return Number.isFinite(n) ? n : null; }
  return NUMBER_WORDS[token.toLowerCase()] ?? null;
}

/**
 * Whether two sentences give different lines of figures: at least two things both count ("points" and "rebounds",
 * "passes" and "yards", "delegates" and "states") have figures that differ, and fewer agree than differ. A sentence
 * whose one figure was changed keeps the others, so it never qualifies; nor does one quantity told as a change, a
 * share and a level ("fell 300, or 2 percent, to 14,700"), which names one counted thing at most.
 */
export function otherFigureLines(a: FigureLine, b: FigureLine): boolean {
  let differ = 0, agree = 0;
  for (const [noun, xs] of a) {
    const ys = b.get(noun);
    if (!ys) continue;
    if ([...xs].some((x) => ys.has(x))) agree += 1;
    else differ += 1;
  }
  return differ >= 2 && agree < differ;
}
