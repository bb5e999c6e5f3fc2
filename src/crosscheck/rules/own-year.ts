// Where a text dates the event it reports to a year: "this latest exchange marks the fifth swap in
// 2023", "Tuesday's airlift was the third such evacuation of 2021", "the swap, the fifth of 2023,",
// "2021's third trade pact", "this exchange was carried out in 2023", "such exchanges were last
// held in 2021". A year told as background does not date the event: "since 2022", "a year after the
// 2019 attack", "the previous round, held in 2021", "the deal, first agreed in 2019", "the second
// exchange in 2023 freed 40 people" (another exchange, not today's), "the talks, last held in 2021,
// resumed on Monday". Pure: text in, spans out; the anachronism rule compares them with the frame.
import type { Sentence } from "../../domain/doc.js";

export interface OwnYear {
  readonly start: number;
  readonly end: number;
  readonly year: number;
}

const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\\d{1,3}(?:st|nd|rd|th))";
/** Nouns of events that recur or are counted (a document — treaty, law — is signed once and is not one). */
const EVENT_NOUN = "(?:swap|exchange|round|release|handover|hand-over|transfer|meeting|gathering|summit|session|sitting|edition|strike|airstrike|air strike|attack|raid|assault|offensive|visit|trip|tour|election|vote|ballot|referendum|poll|talks|negotiations|consultations|ceasefire|truce|evacuation|airlift|airdrop|air drop|convoy|rescue|operation|mission|protest|rally|march|demonstration|conference|hearing|trial|launch|test|flight|delivery|shipment|deployment|drill|exercise|match|game|race|festival|ceremony|debate|cut|hike|increase|decision|announcement|outbreak|eruption|shooting|bombing|blast|explosion|crash|clash|incursion|pact|deal)s?";
const MONTH = "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?";
const YEAR = "((?:19|20)\\d\\d)\\b(?!['’]s|\\s*[-–]\\s*\\d)";

// Forms that date the sentence's own event once tied to it (see TIE).
const COUNTED = [
  // "the fifth swap in 2023", "the third such exchange of 2022", "the tenth mass rescue at sea in 2019", "the second convoy so far in 2019"
  `\\b${ORDINAL}\\s+(?:such\\s+)?(?:[a-z-]+\\s+){0,2}${EVENT_NOUN}(?:\\s+(?:of|at|on|by|with|for)\\s+(?:[a-z-]+\\s+){0,2})?\\s*(?:in|of|so far in|so far this year,?|this year,?|during)\\s+${MONTH}${YEAR}`,
  // "the fifth of 2023", "the third in 2024", "the first of its kind in 2019"
  `\\bthe\\s+${ORDINAL}(?:\\s+of\\s+its\\s+kind)?\\s+(?:in|of|so far in|during)\\s+${YEAR}`,
  // "2021's third trade pact", "2022's fifth"
  `\\b((?:19|20)\\d\\d)['’]s\\s+${ORDINAL}\\b`,
].map((s) => new RegExp(s, "gi"));

/** Words before a counted phrase that tie it to the reported event ("this", "Tuesday's", "marks", "was", an appositive comma). */
const TIE = /(?:\b(?:this|these|latest|newest|new|current|today['’]?s|tonight['’]?s|yesterday['’]?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]?s|week['’]?s|it|making|makes?|marks?|marked|marking|is|was|became|becomes|represents|represented)\b|,)[^.;]*$/i;
/** Words right before it that make it another event: "since the fifth swap in 2023", "unlike the second". */
const OTHER = /\b(?:since|before|after|than|unlike|compared\s+(?:with|to)|like|as\s+in|following|until|from)\s+(?:the\s+|a\s+)?$/i;

/** A preposition (with its article or possessive) right before a counted phrase: the phrase is an adjunct, not the predicate. */
const AFTER_PREPOSITION = /\b(?:in|at|during|from|on|over|with|by|for|through|throughout|into|against|within|amid|despite|to|of|about|around|under|between|among)\s+(?:the|a|an|his|her|their|its|that)\s+$/i;

/** "This exchange was carried out in 2023", "Sunday's talks, held in March 2022,", "The evacuation, which took place in 2019,". */
const DATED_EVENT = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:this|the latest|the newest|the current|today['’]?s|tonight['’]?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]?s|this week['’]?s)\\s+)` +
    `(?:(?:the|this|latest|newest|current|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]?s|today['’]?s)\\s+)?(?:[a-z-]+\\s+){0,2}${EVENT_NOUN},?\\s+(?:(?:which|that)\\s+)?(?:(?:was|were|has been|had been)\\s+)?` +
    `(?:held|carried out|conducted|staged|took place|taking place|happened|occurred|organised|organized|launched)\\s+(?:in|during)\\s+${MONTH}${YEAR}`,
  "gi",
);
/** A subject marked as another occurrence: "the previous round", "a similar swap", "the deal, first agreed". */
const OTHER_SUBJECT = /\b(previous|earlier|prior|former|last|first|original|similar|another|past|preceding|inaugural|initial)\b/i;

/** "Such exchanges were last held in 2021", "the two sides last met for such talks in 2020". */
const LAST_HELD = new RegExp(`\\blast\\s+(?:held|staged|met|convened|took place|carried out|conducted|happened|occurred|run|played|organised|organized)\\s+(?:[a-z]+\\s+){0,3}?(?:in|during)\\s+${MONTH}${YEAR}`, "gi");
const EVENT_WORD = new RegExp(`\\b${EVENT_NOUN}\\b`, "i");
/** The sentence says one is happening now: then "last held in 2021" is background. */
const NOW_AGAIN = /\b(resum\w*|restart\w*|reopen\w*|return\w*|again|revived?|this (?:week|month|year)|now|today|tonight|first since|until|open(?:s|ed)?|beg[au]n|start(?:s|ed)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** Spans in `text` that date the event its sentences report to a year. Reads only sentences holding a year. */
export function ownYears(text: string, sentences: readonly Sentence[]): OwnYear[] {
  const out: OwnYear[] = [];
  for (const s of sentences) {
    if (!/(?:19|20)\d\d/.test(s.text)) continue;
    const t = s.text;
    const push = (at: number, len: number, year: string) => {
      if (!out.some((o) => o.start < s.start + at + len && s.start + at < o.end)) out.push({ start: s.start + at, end: s.start + at + len, year: Number(year) });
    };
    for (const re of COUNTED) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const before = t.slice(0, m.index);
        // "the last such swap", "the previous fifth round": another occurrence.
        if (OTHER.test(before) || /\b(last|previous|earlier|prior|similar|another)\s+(such\s+)?$/i.test(before)) continue;
        // "at my first general election in 2004", "our third final in 2009": the speaker's own past, not the story's count.
        if (/\b(?:my|our)\s+$/i.test(before)) continue;
        // "his sighs during the first debate in 2000", "who met at the second summit in 2018": a counted event named after
        // a preposition is one the sentence refers to, not the one it reports ("this week's talks were the fifth round in 2023").
        if (AFTER_PREPOSITION.test(before)) continue;
        if (!TIE.test(before)) continue;
        const start = /\bthe\s+$/i.test(before) ? m.index - (before.length - before.search(/\bthe\s+$/i)) : m.index;
        push(start, m.index + m[0].length - start, m[1] ?? m[2] ?? "");
      }
    }
    DATED_EVENT.lastIndex = 0;
    for (let m = DATED_EVENT.exec(t); m; m = DATED_EVENT.exec(t)) {
      const lead = m[0].replace(/^[,;:]\s*/, "");
      const at = m.index + (m[0].length - lead.length);
      if (OTHER_SUBJECT.test(lead) || /\b(first|originally|initially|once)\s*$/i.test(t.slice(0, at))) continue;
      // "The deal, first agreed in 2019": a qualifier between the noun and the verb makes it background.
      if (/,\s*(?:first|originally|initially)\b/i.test(lead)) continue;
      push(at, lead.length, m[1]!);
    }
    LAST_HELD.lastIndex = 0;
    for (let m = LAST_HELD.exec(t); m; m = LAST_HELD.exec(t)) {
      // Said of an event series ("such exchanges", "for such talks"), not of people: "Thompson last met Klitschko in 2008" is their last bout.
      if (NOW_AGAIN.test(t) || OTHER_SUBJECT.test(t.slice(0, m.index).replace(/\blast\s*$/i, "")) || !EVENT_WORD.test(t.slice(0, m.index + m[0].length))) continue;
      push(m.index, m[0].length, m[1]!);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
