// What an article says about its event, split in two: topic words (what kind of event) and
// event-specific features (who, where, when, how many). DESIGN.md: "Same topic is not same
// event ... what separates them is event-specific: when, where, who, how many. Weigh those
// above topic words, and let a strong clash veto a merge."
import type { Doc } from "../domain/doc.js";
import { asciiCopy, PLAIN_ASCII, uiFurniture } from "../lexicon/page-furniture.js";
import { CALENDAR_WORD } from "../lexicon/calendar.js";
import { EDITION_NOUNS, NOT_EDITION_NAMES, ORDINAL_WORDS } from "../lexicon/series.js";
import { stem, STOPWORDS, terms, wordTerms } from "../similarity/tokens.js";

export interface EventFeatures {
  /** Content terms of title + text (stemmed, no stop words); the title counts twice. */
  readonly topic: readonly string[];
  /** Prefixed event features: "n:<name key>", "y:<year>", "d:<day>", "m:<month>", "#:<number>:<noun>", "a:<age>". */
  readonly event: readonly string[];
  /** Year of the headline (a year it writes out), else of the first written-out date in the lead (dateline or first sentence), or null. */
  readonly anchorYear: number | null;
  /** Years the headline or the lead (first two sentences) writes out, sorted, distinct: "Verdict in 2010 plant shooting". */
  readonly leadYears: readonly number[];
  /** Surname of the person the article is plainly about (named most, in the headline or lead), or null. */
  readonly protagonist: string | null;
  /** Publication day (days since 1970-01-01), or null when unknown. */
  readonly published: number | null;
  /** Days the text names to the day (resolved against the publication date), sorted, distinct. */
  readonly days: readonly number[];
  /** Months the text names as months ("in February 2014", "last March"), as year × 12 + month − 1. */
  readonly months: readonly number[];
  /**
   * What time the article covers, as days [from, to]: from the earliest day it names in the two
   * years up to publication ("the March 9 ambush", "Monday night") to its publication; without
   * such a day, the last UNNAMED_DAYS days up to publication; null when the publication date is
   * unknown. A follow-up that recalls the event's day reaches back to it; one that does not,
   * or a look-alike report of another week, does not.
   */
  readonly when: readonly [number, number] | null;
  /**
   * Full names of people the article names at least twice, in full or the second time by surname alone (as their "n:<key>" event features):
   * the victim, the suspect. A report of the arrest or the trial months later names them again
   * (see StoryOptions.bridgeScore); a byline or a spokesman is named once.
   */
  readonly people: readonly string[];
  /** The place of the dateline ("FORT WAYNE, Ind. (WANE) –" → "fort wayne"), lower case, or null. */
  readonly city: string | null;
  /** Places the lead puts the event in ("shot in Lake Highlands", "outside a bar in Juneau"), lower case. */
  readonly places: readonly string[];
  /**
   * Named buildings the lead puts the event at, as "<building noun>:<name>" ("at the Karolinska
   * hospital" → "hospital:karolinska", "the Port of Antwerp" → "port:antwerp"); not those the hurt were taken to. A named
   * storm counts as one ("Hurricane Milton" → "storm:milton").
   */
  readonly venues: readonly string[];
  /**
   * Who takes part in a collective action the headline or the lead tells of ("Hundreds of farmers drove tractors … to
   * protest", "Nurses at hospitals across Dublin walked out"), as the stems of the groups' head nouns ("farmer", "nurs"),
   * sorted, distinct (see actors).
   */
  readonly actors: readonly string[];
  /** Places in a series the text names, as "<stemmed noun>:<n>" ("the 11th Doctor" → "doctor:11"), sorted, distinct (see ordinals). */
  readonly ordinals: readonly string[];
  /** Results the headline or the lead gives ("beat the Mariners 24-17", "voted 7-2"), higher figure first ("24-17"), sorted, distinct (see results). */
  readonly leadScores: readonly string[];
  /**
   * Words the article writes only inside the name of a street or a hotel ("on Lower Bristol Road in Bath", "the Hotel
   * Bristol in Oslo"), as topic terms ("bristol"), sorted, distinct: such a word names no place the article is about
   * (see nameOnlyWords, clash.ts placesApart).
   */
  readonly nameOnly: readonly string[];
}


/** Indexes of the sentences that read as page furniture (two UI words or more, or a rights line). */
function furnitureSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) if (uiFurniture(s.text)) out.add(s.index);
  return out;
}

/** Street words as outlets abbreviate them ("Washington Ave", "N. Main St."). */
const STREET_WORDS: Record<string, string> = {
  ave: "avenue", av: "avenue", st: "street", rd: "road", blvd: "boulevard", dr: "drive", ln: "lane", ct: "court",
  pl: "place", hwy: "highway", pkwy: "parkway", cir: "circle", ter: "terrace", sq: "square", pike: "pike",
};
const STREET_END = new Set([...Object.values(STREET_WORDS), "way", "trail", "row", "plaza", "expressway", "freeway"]);
const COMPASS: Record<string, string> = { n: "north", s: "south", e: "east", w: "west", ne: "northeast", nw: "northwest", se: "southeast", sw: "southwest" };
const COMPASS_WORDS = new Set(Object.values(COMPASS));

/**
 * One key for a street however it is written: "Washington Ave" and "Washington Avenue",
 * "N New Braunfels Ave" and "North New Braunfels Avenue". Other names pass unchanged ("St Louis"
 * keeps its "st": only a last word is read as a street word, a first as a compass point before one).
 */
export function streetKey(key: string): string {
  const words = key.split(" ");
  if (words.length < 2) return key;
  const last = STREET_WORDS[words[words.length - 1]!] ?? words[words.length - 1]!;
  if (!STREET_END.has(last)) return key;
  words[words.length - 1] = last;
  if (words.length > 2) words[0] = COMPASS[words[0]!] ?? words[0]!;
  return words.join(" ");
}

/** First words of street and hotel names the entity step may take for a person's ("Hotel Vienna", "Rue Garibaldi"). */
const STREET_OR_HOTEL_FIRST = new Set(["hotel", "rue", "via", "calle", "avenida", "piazza", "plaza", "place", "avenue", "boulevard"]);

/** Last words of place names the entity step may take for a person's ("East Garfield Park", "Holton Avenue", "West Side"). */
const PLACE_END = new Set([...STREET_END, ...Object.keys(STREET_WORDS), "park", "side", "heights", "hills", "village", "county", "city", "town",
  "township", "center", "centre", "hospital", "school", "church", "mall", "station", "bridge", "river", "lake", "beach", "island",
  "valley", "district", "ward", "parish", "apartments", "homes", "estates", "gardens", "point", "harbor", "harbour", "airport", "bar",
  "club", "lounge", "restaurant", "cafe", "store", "market", "motel", "hotel", "academy", "college", "university", "department", "office"]);

/** Whether a name read as a person's is a place: a place word last, or a compass point first ("North Lorel"). */
function placeLike(key: string): boolean {
  const words = key.split(" ");
  return PLACE_END.has(words[words.length - 1]!) || COMPASS_WORDS.has(COMPASS[words[0]!] ?? words[0]!);
}

/**
 * A title or office before a name ("police spokeswoman Dana Reyes", "Sgt. Ray Olin", "Judge Ann
 * Pike"), or after it (", a police spokesman"): the person speaks for an office or sits on a case.
 */
const TITLE_BEFORE = /\b(?:spokes(?:wo)?man|spokesperson|sgt|sergeant|lt|lieutenant|capt|captain|cpl|corporal|officer|detective|det|chief|sheriff|deputy|trooper|prosecutor|attorney|lawyer|coroner|examiner|mayor|judge|commissioner|investigator|superintendent|pastor|rev|reverend|gov|governor|senator|sen|rep|councilman|councilwoman|alderman)\.?\s+$/iu;
const TITLE_BEFORE_ASCII = asciiCopy(TITLE_BEFORE);
const TITLE_AFTER = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:wo)?man|spokesperson|officer|detective|sergeant|lieutenant|captain|prosecutor|attorney|lawyer|sheriff|deputy|coroner|judge|chief|investigator)\b/iu;

/**
 * Full names (entity keys) of the people an article names by an office (TITLE_BEFORE,
 * TITLE_AFTER) at least once: a spokesman, a detective, a judge or a lawyer speaks on many cases
 * of one desk's beat, so naming one is no sign of one event.
 */
function officialNames(doc: Doc, furniture: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  const text = doc.article.text;
  for (const e of doc.entities) {
    if (e.type !== "person" || !e.key.includes(" ") || furniture.has(e.sentence) || out.has(e.key)) continue;
    const before = text.slice(Math.max(0, e.span.start - 40), e.span.start);
    if ((PLAIN_ASCII.test(before) ? TITLE_BEFORE_ASCII : TITLE_BEFORE).test(before) || TITLE_AFTER.test(text.slice(e.span.end, e.span.end + 60))) out.add(e.key);
  }
  return out;
}

/** Year × 12 + month − 1 of an ISO date. */
export function monthNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** Year × 12 + month − 1 of a day number. */
export function monthOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** How far back a named day may lie and still date the article's event. */
const RECALL_DAYS = 730;
/** A day named further back than this, after the lead (sentences 0..LEAD_SENTENCES), is another event's (see eventFeatures). */
const BACKGROUND_DAYS = 365;
const LEAD_SENTENCES = 2;
/** An article that names no day reports an event of the last this many days. */
const UNNAMED_DAYS = 30;

/** Days since 1970-01-01 of an ISO date or date-time, or null. */
export function dayNumber(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** How many years before its publication an article's lead may date its own event (a trial recalls the shooting). */
const ANCHOR_YEARS_BACK = 2;

const YEAR = /^(1[89]\d\d|20\d\d)$/;
/** A year in a headline ("in the 1967 slayings"), or a season ("2007-08"). */
const HEADLINE_YEAR = /(?<![\d$£€.,])\b((?:1[89]|20)\d\d)(?:[-–/](\d\d)(?![-–/]\d))?\b(?![\d,.]\d)/gu;
const WRITTEN_YEAR = /\b(1[89]\d\d|20\d\d)\b/;

export function eventFeatures(doc: Doc): EventFeatures {
  const { article } = doc;
  const topic: string[] = [];
  const title = article.title.trim();
  if (title && !article.text.startsWith(title)) wordTerms(title, topic, 2);
  const furniture = furnitureSentences(doc);
  if (furniture.size === 0) {
    wordTerms(article.text, topic);
  } else {
    for (const sentence of doc.sentences) {
      if (furniture.has(sentence.index)) continue;
      wordTerms(sentence.text, topic);
    }
  }

  const event: string[] = [];
  const named = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.key.length < 3 || furniture.has(e.sentence)) continue;
    const key = e.type === "person" ? e.key : streetKey(e.key);
    event.push(`n:${key}`);
    // Surnames meet full names: "Teixeira" in one article, "Mark Teixeira" in another.
    const parts = key.split(" ");
    // "Hotel Vienna", "Lower Bristol Road" taken for people: their last word is no surname ("vienna" would meet the city).
    if (e.type === "person" && parts.length > 1 && !placeLike(key) && !STREET_OR_HOTEL_FIRST.has(parts[0]!)) {
      event.push(`n:${parts[parts.length - 1]}`);
      named.set(`n:${e.key}`, (named.get(`n:${e.key}`) ?? 0) + 1);
    }
  }
  // A surname alone counts for the full name it ends: "Amorian Hale, 3, ... Hale was asleep".
  const surnameOnly = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type === "person" && !e.key.includes(" ") && !furniture.has(e.sentence)) surnameOnly.set(e.key, (surnameOnly.get(e.key) ?? 0) + 1);
  }
  const officials = officialNames(doc, furniture);
  const people = [...named].filter(([k, n]) => n + (surnameOnly.get(k.slice(k.lastIndexOf(" ") + 1)) ?? 0) >= 2 && !placeLike(k.slice(2)) && !officials.has(k.slice(2)))
    .map(([k]) => k).sort();
  let anchorYear: number | null = null;
  const published = dayNumber(article.publishedAt);
  const pubYear = published === null ? null : new Date(published * 86_400_000).getUTCFullYear();
  const days = new Set<number>();
  const months = new Set<number>();
  let when: [number, number] | null = published === null ? null : [published - UNNAMED_DAYS, published];
  let dayNamed = false;
  const leadYears = new Set<number>();
  // The headline's year dates its event first: "Woman convicted in 2010 plant shooting" is the story
  // of the 2010 shooting whatever year its dateline gives, and a headline slot holding the
  // dateline ("Tuesday, May 24, 2005") dates the report. A season ("the 2008-09 season") spans
  // two years: it dates no one year, and recalls both.
  for (const m of title.matchAll(HEADLINE_YEAR)) {
    // "Rebels Free 2000 Prisoners" counts; "in the 1967 Slayings" dates.
    if (/^\s+(?!(?:was|has|is|this|his|its|does|says|as|us)\b)\p{L}{2,}s\b/u.test(title.slice(m.index + m[0].length)) && !/\b(?:in|the|of|since|from|after|before|its|his|her|their)\s+$/iu.test(title.slice(0, m.index))) continue;
    const y = Number(m[1]);
    leadYears.add(y);
    if (m[2] !== undefined) { leadYears.add(y + 1); continue; }
    if (anchorYear === null && (pubYear === null || (y <= pubYear && y >= pubYear - ANCHOR_YEARS_BACK))) anchorYear = y;
  }
  for (const d of doc.dates) {
    if (d.from !== null && d.granularity === "day" && d.from === d.to) {
      const n = dayNumber(d.from);
      if (n !== null) days.add(n);
      // A day over a year back that only the body names tells of an earlier event ("On Aug. 2, 2015, a gunman opened fire
      // on the same block"), not of this one's start: the time frame does not reach back to it (the day still bridges, timeApart).
      const background = n !== null && published !== null && n < published - BACKGROUND_DAYS && d.sentence > LEAD_SENTENCES;
      if (n !== null && published !== null && n <= published + 1 && n >= published - RECALL_DAYS && !background) {
        when = [dayNamed ? Math.min(when![0], n) : n, Math.max(published, dayNamed ? when![1] : n)];
        dayNamed = true;
      }
      // "Monday night" resolves against the publication date: a day like any written one.
    }
    if (d.from !== null && d.granularity === "month") months.add(monthNumber(d.from));
    // Otherwise only dates whose year is written out count; relative dates resolve against an unknown clock.
    if (d.from === null || !WRITTEN_YEAR.test(d.span.text)) continue;
    const y = Number(d.from.slice(0, 4));
    // "December 15th, 2008, 7:35 am" as a dateline, or "on Sunday, February 1, 2009" in the lead.
    // A year far from the publication date dates a background event ("August 1982: eight killed
    // at a welding shop" leading a 2014 report), not the article's own.
    if (d.sentence <= 1) leadYears.add(y);
    if (anchorYear === null && d.sentence <= 1 && (pubYear === null || (y <= pubYear && y >= pubYear - ANCHOR_YEARS_BACK))) anchorYear = y;
    event.push(`y:${y}`);
    if (d.granularity === "day") event.push(`d:${d.from}`);
    if (d.granularity !== "year") event.push(`m:${d.from.slice(0, 7)}`);
  }
  // "Pilots will walk out on Thursday, the union said on Monday": a lead that announces its event for a day to come
  // reaches forward to it, where the reports of the strike held will be (announcedDay).
  if (published !== null && when !== null) {
    const ahead = announcedDay(doc, furniture, published);
    if (ahead !== null) when = [when[0], Math.max(when[1], ahead)];
  }
  // "Hackers who attacked the council last week have published …", "the blaze earlier this month": a lead that
  // recalls its event by a week or a month up to its publication reaches back to it (recalledSpans).
  if (published !== null && when !== null) {
    for (const from of recalledSpans(doc, furniture, published)) when = [Math.min(when[0], from), when[1]];
  }
  // "on Thursday, two days after the leak", "a day after the shooting": the article dates its event
  // by counting back from a day it names in that sentence, else from its publication.
  if (published !== null && when !== null) {
    for (const recalled of daysBefore(doc, furniture, published)) {
      if (recalled > published + 1 || recalled < published - RECALL_DAYS) continue;
      days.add(recalled);
      when = [Math.min(when[0], recalled), when[1]];
    }
  }
  for (const q of doc.quantities) {
    if (YEAR.test(q.numberSpan.text.replace(/,/g, ""))) continue;
    // Ages tell look-alike incidents apart ("a 12-year-old boy" vs "a 17-year-old"): outlets
    // differ on the noun ("teen", "boy", "student") but not on the age.
    if (q.unit === "age") {
      if (q.sentence <= 2 && q.value >= 1 && q.value <= 110 && Number.isInteger(q.value)) event.push(`a:${q.value}`);
      continue;
    }
    // Small numbers ("two games", "5 people") recur across unrelated events; specific ones do not.
    if (!(q.value >= 10) || q.unit === "duration") continue;
    event.push(`#:${q.value}${q.noun ? ":" + q.noun : ""}`);
  }
  for (const m of quakeMagnitudes(title, doc, furniture)) event.push(`q:${m}`);
  const leadScores = results(doc, furniture, event);
  return { topic, event, anchorYear, leadYears: [...leadYears].sort((a, b) => a - b), protagonist: protagonist(doc), published, days: [...days].sort((a, b) => a - b), months: [...months], when, people, ...(skyEvent(doc) ? { city: null, places: NO_PLACES } : { city: datelineCity(article.text), places: leadPlaces(doc) }), venues: leadVenues(doc, furniture), actors: actors(doc, furniture), ordinals: ordinals(doc, furniture, topic), leadScores, nameOnly: nameOnlyWords(title, doc) };
}

/** A lead announces an event at most this many days ahead ("will strike on Thursday", "talks next week on Tuesday"). */
const ANNOUNCED_DAYS = 10;
/** What tells an event to come: "will", "are set to", "is due to", "plans to", "is scheduled to", "expected to". */
const TO_COME = /\b(?:will|shall|(?:is|are)\s+(?:set|due|expected|scheduled|going|planning)\s+to|(?:is|are)\s+to|plans?\s+to|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to)\b/iu;
/** A verb told in the past before the announcement makes it a side clause: "A man was shot …, and his funeral will be held on Friday". */
const TOLD_PAST = /\b(?:was|were|had|did|\p{Ll}{3,}ed|shot|hit|struck|died|fell|broke|began|left|went|came|took|found|said|killed|stabbed)\b/u;

/**
 * The day an article's first sentence announces its event for ("Bus drivers will strike on Friday", "The leaders are
 * set to meet in Geneva on Tuesday"): a day after publication, at most ANNOUNCED_DAYS ahead, after a word of what is to
 * come with nothing told in the past before that word. Null when the first sentence announces nothing.
 */
function announcedDay(doc: Doc, furniture: ReadonlySet<number>, published: number): number | null {
  const first = doc.sentences.find((s) => !furniture.has(s.index));
  if (!first) return null;
  let out: number | null = null;
  for (const d of doc.dates) {
    if (d.sentence !== first.index || d.granularity !== "day" || d.from === null || d.from !== d.to) continue;
    let n = dayNumber(d.from);
    if (n === null) continue;
    const before = first.text.slice(0, Math.max(0, d.span.start - first.start));
    const cue = TO_COME.exec(before);
    if (cue === null || TOLD_PAST.test(before.slice(0, cue.index))) continue;
    // "will walk out on Monday" in a Thursday paper: the Monday to come, though the date step took the nearer one before.
    if (d.form === "weekday" && n < published && n >= published - 6 && !/\b(?:last|past|this)\b/iu.test(d.span.text)) n += 7;
    if (n <= published + 1 || n > published + ANNOUNCED_DAYS) continue;
    out = Math.max(out ?? n, n);
  }
  return out;
}

/**
 * A quake's magnitude as news writes it: "a magnitude 5.6 earthquake", "magnitude-6.1", "of magnitude 7.2", "a 5.2
 * tremor", "a 6.4-magnitude quake", "measured 4.8". Below ten, so no counted figure of the event features keeps it.
 */
const MAGNITUDE = /\bmagnitude(?:\s+of)?[-\s]+(\d(?:\.\d)?)(?![\d.]*\d)|(?<![\d.])(\d\.\d)(?:[-\s]+magnitude\b|\s+(?:earthquake|quake|tremor|temblor|aftershock)s?\b)|\bmeasur(?:ed|ing)\s+(\d\.\d)\b/giu;

/**
 * The magnitudes the headline and the lead give a quake ("5.2"): two reports of one quake in other words ("A magnitude
 * 5.2 earthquake struck near Durres", "a 5.2 tremor hit the Albanian coast") share little else but the figure.
 */
function quakeMagnitudes(title: string, doc: Doc, furniture: ReadonlySet<number>): string[] {
  const out = new Set<string>();
  // Read from the article's text by the lead's offsets (a sentence's own text is the annotation's copy).
  const lead = doc.sentences.slice(0, LEAD_SENTENCES).filter((s) => !furniture.has(s.index));
  const texts = [title, ...lead.map((s) => doc.article.text.slice(s.start, s.end))];
  for (const text of texts) {
    for (const m of text.matchAll(MAGNITUDE)) {
      const v = Number(m[1] ?? m[2] ?? m[3]);
      if (v >= 1 && v < 10) out.add(v.toFixed(1));
    }
  }
  return [...out];
}

/** A written ordinal and the word after it, the noun it ranks or the first word of it: "the 11th Doctor", "6th suspect arrested", "the 41st lord mayor". */
const ORDINAL = /\b(\d{1,3})(?:st|nd|rd|th)\s+(\p{L}{3,})/giu;
const HAS_ORDINAL = /\d(?:st|nd|rd|th)\s/iu;
/**
 * Words whose ordinal names a place or a class ("6th Street", "8th grade", "2nd floor"), or a moment inside one event
 * ("the 89th minute", "the 7th inning", "the 3rd day of the strike"): one match's reports name different rounds and minutes.
 */
const NOT_SERIES = new Set([...STREET_END, ...Object.keys(STREET_WORDS), "grade", "grader", "floor", "precinct", "district", "ward",
  "block", "century", "percentile", "place", "amendment", "circuit", "division", "degree", "minute", "inning", "quarter", "period",
  "half", "lap", "hole", "round", "frame", "set", "game", "day", "week", "hour", "month", "year", "mile", "kilometre", "kilometer"]);

/** The places of an article that names none, or tells of an event in the sky: one shared empty list. */
const NO_PLACES: readonly string[] = Object.freeze([]);

/** The ordinals of an article that names none (most): one shared empty list. */
const NO_ORDINALS: readonly string[] = Object.freeze([]);

/**
 * Places in a series the article names with a written ordinal: "the 11th Doctor" and "the 12th Doctor" are two
 * castings. Numbers as written ("11th"), not words ("second", "day six"), which tell of an ongoing event's days
 * and repeats as often; rounds, minutes and days inside one event are no series (NOT_SERIES).
 */
function ordinals(doc: Doc, furniture: ReadonlySet<number>, topic: readonly string[]): readonly string[] {
  const out = new Set<string>();
  // Most reports write no ordinal in figures: one test of the whole text spares the sentence scans.
  if (HAS_ORDINAL.test(doc.article.title) || HAS_ORDINAL.test(doc.article.text)) {
    const scan = (text: string) => {
      for (const m of text.matchAll(ORDINAL)) {
        const word = m[2]!.toLowerCase(), noun = stem(word), n = Number(m[1]);
        if (n === 0 || STOPWORDS.has(word) || NOT_SERIES.has(word) || NOT_SERIES.has(noun)) continue;
        out.add(`${noun}:${n}`);
      }
    };
    scan(doc.article.title);
    for (const s of doc.sentences) if (!furniture.has(s.index)) scan(s.text);
  }
  // Editions are read in one pass over the text, each one where it stands, leaving out the page's furniture.
  // An edition counted in words needs an ordinal word and an edition noun (or "annual") among the article's topic words
  // (title and text, furniture left out): most articles have no such pair, and the scan for ordinal words is not cheap.
  let ordinal = false, noun = false;
  for (const t of topic) {
    if (ORDINAL_WORD_SET.has(t)) ordinal = true;
    else if (EDITION_STEMS.has(t)) noun = true;
    if (ordinal && noun) break;
  }
  // Without an edition noun only a name right before a year can name an edition ("Gadgetfair 2011").
  editionsOf(doc.article.title, out, null, ordinal && noun, noun);
  editionsOf(doc.article.text, out, furniture.size === 0 ? null : (at) => {
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    return s !== undefined && furniture.has(s.index);
  }, ordinal && noun, noun);
  return out.size === 0 ? NO_ORDINALS : [...out].sort();
}

/** A year, or a season of two ("2008-09", "2010/2011"), as a text writes it: not part of a sum, a count or a longer number. */
const YEAR_FORM = String.raw`(?<![\d$£€.,:/-])((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?(?![\d%]|[.,]\d)`;
/** A word in either case of its first letter: "[Mm]arathon". */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const EDITION_NOUN = `(${[...EDITION_NOUNS].sort((x, y) => y.length - x.length).map(eitherCase).join("|")})`;
/**
 * Every year of a text as YEAR_FORM reads it, what is around each read by the anchored patterns below. The
 * digits come first so the scan can skip to them; the character before is tested apart (YEAR_AFTER).
 */
const YEAR_ANY = /((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?(?![\d%]|[.,]\d)/g;
/** What may not stand right before a year: a digit, a currency sign, a decimal or thousands mark, a time or a date. */
const YEAR_AFTER = /[\d$£€.,:/-]/;
/** After a year: "the 2008 season", "the 2009 NFL season", "2010-11 regular season", "the 2014 Lakemoor Folk Festival" (up to four words, an edition noun). */
const EDITION_AFTER = new RegExp(`^\\s+((?:[\\p{L}'’.-]+\\s+){0,4}?)${EDITION_NOUN}(?![\\p{L}])`, "u");
/** Before a year: "Macworld 2009", "Lakemoor Folk Festival 2016", "Euro 2016" (a capitalised name right before it). */
const NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+$/u;
/** An ordinal in words ("the twelfth ..."), the letter before tested apart; what follows is read by ORDINAL_EDITION_AFTER. */
const WORD_ORDINAL = new RegExp(`(${Object.keys(ORDINAL_WORDS).join("|")})\\s+`, "gi");
const LETTER = /\p{L}/u;
const ORDINAL_WORD_SET: ReadonlySet<string> = new Set(Object.keys(ORDINAL_WORDS));
/** Edition nouns and "annual" as topic words are written (stemmed). */
const EDITION_STEMS: ReadonlySet<string> = new Set([...EDITION_NOUNS, "annual"].map(stem));
/** After an ordinal in words: "annual", "edition", or a capitalised name ending in an edition noun ("Corran Valley Marathon"). */
const ORDINAL_EDITION_AFTER = new RegExp(`^(?:(annual|edition)(?![\\p{L}])|((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}?)${EDITION_NOUN}(?![\\p{L}]))`, "u");
/** Abbreviated months, which CALENDAR_WORD (full names) leaves: "Jul 2013" is a date. */
const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/**
 * Editions of a recurring event a sentence names by year or by a number in words, as "<noun>/y:<year>" and
 * "<noun>:<n>" (the ordinals' form): "the 2009 season" → "season/y:2009", "the 2010-11 season" → both years,
 * "Gadgetfair 2011" → "gadgetfair/y:2011", "the twelfth Corran Valley Marathon" → "corran:12" (as "12th Corran" reads).
 * Two injury reports of one player in the 2009 and the 2012 season are two events; a report that writes
 * both years (a recall) clashes with neither (seriesApart). Each year and each ordinal word is read where it
 * stands (the patterns around it anchored to it), so a text costs a scan for years and one for ordinal words.
 */
function editionsOf(text: string, out: Set<string>, furniture: ((at: number) => boolean) | null, ordinalWords: boolean, nouns: boolean): void {
  const years = (m: RegExpMatchArray, noun: string) => {
    const y = Number(m[1]);
    out.add(`${noun}/y:${y}`);
    const end = m[2];
    if (end === undefined) return;
    const y2 = end.length === 4 ? Number(end) : Math.floor(y / 100) * 100 + Number(end);
    if (y2 === y + 1) out.add(`${noun}/y:${y2}`);
  };
  for (const m of text.matchAll(YEAR_ANY)) {
    const at = m.index!, end = at + m[0].length;
    if ((at > 0 && YEAR_AFTER.test(text[at - 1]!)) || furniture?.(at)) continue;
    const after = nouns ? EDITION_AFTER.exec(text.slice(end, end + 100)) : null;
    // Words between the year and the noun are a name ("Lakemoor Folk"), a league ("NFL") or a kind ("regular"),
    // not a clause ("in 2009 when the season began" names no edition).
    if (after && !after[1]!.split(/\s+/u).some((w) => w !== "" && STOPWORDS.has(w.toLowerCase()))) years(m, stem(after[2]!.toLowerCase()));
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!before) continue;
    const name = before[1]!.toLowerCase();
    if (name.length < 3 || STOPWORDS.has(name) || NOT_EDITION_NAMES.has(name) || CALENDAR_WORD.test(name) || MONTH_ABBREVIATIONS.has(name)) continue;
    // "Detroit's 2016 homicide count", "WTVM 2016", "© Chicago Sun-Times 2014", "a Black 1999 Lexus": a possessive, a call sign
    // or an abbreviation, a rights line, a model year before its make name no edition.
    if (/['’]s?$/u.test(name) || before[1] === before[1]!.toUpperCase() || /©\s*(?:\p{Lu}[\p{L}-]*\s+)*$/u.test(text.slice(Math.max(0, at - 60), at))
      || /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    years(m, stem(name));
  }
  if (!ordinalWords) return;
  for (const m of text.matchAll(WORD_ORDINAL)) {
    const end = m.index! + m[0].length;
    if ((m.index! > 0 && LETTER.test(text[m.index! - 1]!)) || furniture?.(m.index!)) continue;
    const after = ORDINAL_EDITION_AFTER.exec(text.slice(end, end + 80));
    if (!after) continue;
    // The first word after the ordinal is the key, as "the 12th Corran Valley Marathon" gives "corran:12".
    const first = (after[1] ?? after[2]!.trim().split(/\s+/u)[0]!).toLowerCase();
    if (STOPWORDS.has(first)) continue;
    out.add(`${stem(first)}:${ORDINAL_WORDS[m[1]!.toLowerCase()]!}`);
  }
}

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/**
 * "two days after the leak", "a day after Tuesday's shooting", "a week after the fire", "the day after the
 * vote", "a week after voting for the walkout": a span of at most a week counted back to an event (an article, a
 * possessive, a pronoun or a verb's -ing form follows, not a date). "two days after Tuesday" names its day and is read by the date step.
 */
const COUNT_BACK = /\b(a|an|one|the|two|three|four|five|six|seven|[1-7])\s+(days?|weeks?)\s+(?:after|since)\s+(?=(?:the|a|an|his|her|their|its|this|that)\b|\p{Lu}[\p{L}'’-]*['’]s\b|\p{L}{2,}ing\b)/giu;

/**
 * An ongoing event's day: "entered its fourth day", "for a third day", "on the second day of the strike", "day five
 * of the search", "into a 3rd day". Groups 1-2 stay empty so these matches read apart from COUNT_BACK's (the day is group 3 or 4).
 */
const ORDINAL_DAY = /()()\b(?:(?:enter(?:s|ed|ing)?|into|for|on|in)\s+(?:(?:its|their|a|the)\s+)?(second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th)\s+(?:straight\s+|consecutive\s+|successive\s+)?day|\bday\s+(two|three|four|five|six|seven)\s+of)\b/giu;
const ORDINAL_DAY_ANY = new RegExp(ORDINAL_DAY.source, "iu");
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const ordinalNumber = (w: string): number => ORDINALS[w.toLowerCase()] ?? (Number.parseInt(w, 10) || 0);

/** Words that tell of an event's repeat: a sentence or headline with one counts back to an earlier event, not its own. */
const REPEAT = /\b(?:another|second|third|fourth|fifth|again|repeat|string of|series of|spate of|yet more)\b/iu;

/**
 * Days an article recalls by counting back (COUNT_BACK): from the day its sentence names before
 * the phrase ("Workers returned on Thursday, two days after the leak"), else from its publication.
 */
function daysBefore(doc: Doc, furniture: ReadonlySet<number>, published: number): number[] {
  const text = doc.article.text;
  const countsBack = /\b(?:days?|weeks?)\s+(?:after|since)\b/iu.test(text);
  const ongoing = /\bday\b/iu.test(text) && ORDINAL_DAY_ANY.test(text);
  if (!countsBack && !ongoing) return [];
  const out: number[] = [];
  // "Second Millbrook fire in a week", "another shooting, two days after the one on Elm Street": the day counted back
  // to is another event's. ("Strike enters third day" tells a day of the event, not a repeat.)
  if (REPEAT.test(doc.article.title.replace(ORDINAL_DAY, " "))) return [];
  const matches = [...(countsBack ? text.matchAll(COUNT_BACK) : []), ...(ongoing ? text.matchAll(ORDINAL_DAY) : [])];
  for (const m of matches) {
    // "entered its fourth day", "for a third day": the event began that many days less one before.
    const nth = m[3] ?? m[4];
    const ordinal = nth !== undefined;
    const weeks = !ordinal && /^w/i.test(m[2]!);
    const n = ordinal ? ordinalNumber(nth) - 1 : (COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) * (weeks ? 7 : 1);
    if (ordinal && (n < 1 || n > RECALL_DAYS)) continue;
    // "The day after" counts one day; "the week after" a week; a plural wants a count ("the days after" is no count).
    if (!ordinal && m[1]!.toLowerCase() === "the" && /s$/i.test(m[2]!)) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence || furniture.has(sentence.index) || REPEAT.test(sentence.text.replace(ORDINAL_DAY, " "))) continue;
    // "a week after voting", not "a week after Beijing": a verb's -ing form is written in lower case.
    const next = text[m.index + m[0].length];
    if (!ordinal && next !== undefined && /\p{Lu}/u.test(next) && !/^\p{Lu}[\p{L}'’-]*['’]s\b/u.test(text.slice(m.index + m[0].length)) && /^\p{L}+ing\b/u.test(text.slice(m.index + m[0].length))) continue;
    let from = published;
    for (const d of doc.dates) {
      if (d.sentence !== sentence.index || d.span.end > m.index || d.granularity !== "day" || d.from === null || d.from !== d.to) continue;
      if (/\b(?:days?|weeks?)\s+(?:after|since|later|before|earlier)\b/iu.test(d.span.text)) continue;
      from = dayNumber(d.from) ?? from;
    }
    out.push(from - n);
  }
  return out;
}

/** How far back a recalled week ("last week", "a week ago") may start: the Monday of the week before last at most. */
const RECALLED_WEEK_DAYS = 14;
/** How far back a recalled month ("last month", "earlier this month") may start. */
const RECALLED_MONTH_DAYS = 62;
/** A week or a month counted from the publication: "last week", "the past month", "a week ago", "this month". */
const RECALLED_SPAN = /\b(?:(?:last|past|previous|this)\s+(?:week|month)|(?:a|one|two|\d)\s+(?:weeks?|months?)\s+ago)\b/iu;

/**
 * First days of the weeks and months the lead (headline and first LEAD_SENTENCES + 1 sentences) recalls before its
 * publication: "hackers who attacked the council last week", "last week's attack", "the blaze a week ago", "the
 * fire earlier this month", "last month's flood". A follow-up names its event by its kind and a relative time, and its
 * own day ("confirmed on Tuesday") would otherwise pin its time frame a week after the event. Not in a sentence that
 * tells of a repeat ("the second attack since last week"), nor "this week" or "this month" without "earlier", which
 * reach past publication and date nothing before it.
 */
function recalledSpans(doc: Doc, furniture: ReadonlySet<number>, published: number): number[] {
  const out: number[] = [];
  const text = doc.article.text;
  for (const d of doc.dates) {
    if (d.from === null || d.to === null || d.sentence > LEAD_SENTENCES || furniture.has(d.sentence) || !RECALLED_SPAN.test(d.span.text)) continue;
    const week = d.granularity === "day" && d.from !== d.to, month = d.granularity === "month";
    if (!week && !month) continue;
    const from = dayNumber(d.from), to = dayNumber(d.to);
    if (from === null || to === null || from >= published) continue;
    if (from < published - (week ? RECALLED_WEEK_DAYS : RECALLED_MONTH_DAYS)) continue;
    // "this week", "this month" hold the publication: only "earlier this week" recalls a day before it.
    if (to >= published && !/\bearlier\s+$/iu.test(text.slice(Math.max(0, d.span.start - 12), d.span.start))) continue;
    const sentence = doc.sentences.find((s) => s.index === d.sentence);
    if (sentence === undefined || REPEAT.test(sentence.text.replace(ORDINAL_DAY, " "))) continue;
    out.push(from);
  }
  return out;
}

/**
 * A result as a text writes it: two figures joined by a dash ("31-24", "2 - 1", "5–4"), not part of a date, a
 * decimal, a longer run of figures or a percentage. Whether it is a result is read from the words around it (results).
 */
const SCORE = /(\d{1,3})\s?[-–]\s?(\d{1,3})(?![.,:]?\d|\s?[-–]\s?\d|\s?%)/gu;
/** What may not stand right before a result's first figure: a digit, a decimal or thousands mark, a time, a date, a sum, a dash. */
const NOT_BEFORE_SCORE = /[\d.,:/$£€–-]/u;
/** Quick tests that spare most texts the scans: a dash between figures, a figure then a capitalised name. */
const HAS_SCORE = /\d\s?[-–]\s?\d/u;
const HAS_SIDES = /\d,\s\p{Lu}/u;
/** Words that tell a result before it: "beat the Mariners 24-17", "won 3-1", "lost a 2-1 split decision", "voted 7-2". */
const RESULT_BEFORE = new Set(["beat", "beats", "beaten", "beating", "defeat", "defeats", "defeated", "defeating", "won", "win", "wins", "winning",
  "lost", "lose", "loses", "losing", "fell", "fall", "falls", "edged", "edge", "edges", "edging", "routed", "rout", "routs", "drew", "draw", "draws",
  "tied", "tie", "ties", "topped", "tops", "downed", "downs", "blanked", "thrashed", "hammered", "crushed", "stunned", "upset", "upsets",
  "outlasted", "outscored", "trounced", "whipped", "thumped", "voted", "vote", "votes", "passed", "approved", "rejected", "overturned", "upheld"]);
/** Words that tell a result after it: "a 31-24 win", "a 2-2 draw", "a 5-4 ruling", "a 2-1 split decision". */
const RESULT_AFTER = new Set(["win", "wins", "victory", "victories", "loss", "losses", "defeat", "defeats", "triumph", "draw", "tie", "rout",
  "drubbing", "thrashing", "decision", "vote", "votes", "verdict", "ruling", "majority", "margin", "upset", "shootout", "aggregate"]);
/**
 * Words that may follow a result without being its unit: "won 3-1 at Mill Lane", "beat them 24-17 on Sunday",
 * "voted 7-2 to build". Any other word names what the figures count ("lost 10-15 pounds", "open 9-5 weekdays",
 * "40-50 mph"), and the figures are no result.
 */
const AFTER_RESULT = new Set(["on", "in", "at", "to", "over", "against", "and", "with", "for", "after", "before", "by", "as", "the", "during",
  "this", "last", "their", "his", "her", "its", "from", "behind", "into", "when", "while", "thanks", "despite", "a", "an", "but", "under",
  "then", "of", "away", "home", "courtesy", "amid", "split"]);
/** A result as a sports desk heads it, each side's name then its figure: "Colts 31, Jaguars 24", "Port Ellis 2, Halden Town 1" (headlines only). */
const SIDES_SCORE = /(?<![\p{L}\d])(\p{Lu}[\p{L}'’.]+(?:\s\p{Lu}[\p{L}'’.]+){0,2})\s(\d{1,3}),\s\p{Lu}[\p{L}'’.]+(?:\s\p{Lu}[\p{L}'’.]+){0,2}\s(\d{1,3})(?![\d\p{L}]|[.,]\d)/gu;
/** The highest figure a side's score is read to have in SIDES_SCORE: "March 15, Flight 370" is no result. */
const MAX_SIDE_SCORE = 200;
/** A result's words before it: the last few words of its sentence part (a colon, semicolon or bracket ends a part). */
const WORDS_BEFORE = 5;
/** What a figure pair after these words is: a record ("improved to 11-4", "stand at 3-2", "now 8-8"), not a result. */
const RECORD_BEFORE = new Set(["to", "at", "now", "record"]);

/**
 * The results an article gives (SCORE beside a word of RESULT_BEFORE or RESULT_AFTER), each pushed to `event` as
 * "s:<higher>-<lower>" once for each time it is written, so both sides of one match read alike ("beat them 24-17",
 * "lost 17-24"). Returns the headline's and the lead's results (the first two sentences), sorted, distinct: two
 * reports whose leads give different results, neither writing the other's, tell of two contests (clash.ts resultsApart).
 */
function results(doc: Doc, furniture: ReadonlySet<number>, event: string[]): readonly string[] {
  const { title, text } = doc.article;
  const inTitle = HAS_SCORE.test(title), inText = HAS_SCORE.test(text), sides = HAS_SIDES.test(title);
  if (!inTitle && !inText && !sides) return NO_RESULTS;
  const lead = new Set<string>();
  const add = (a: number, b: number, inLead: boolean) => {
    const key = `${Math.max(a, b)}-${Math.min(a, b)}`;
    event.push(`s:${key}`);
    if (inLead) lead.add(key);
  };
  // One scan of a whole text; a figure pair's words are read within its sentence (`from`, `to`: the sentence's bounds).
  const scan = (body: string, sentenceOf: (at: number) => { from: number; to: number; lead: boolean } | null) => {
    for (const m of body.matchAll(SCORE)) {
      const at = m.index!, end = at + m[0].length;
      const prev = at > 0 ? body[at - 1]! : "";
      if (prev !== "" && NOT_BEFORE_SCORE.test(prev)) continue;
      const sentence = sentenceOf(at);
      if (sentence === null) continue;
      const before = body.slice(Math.max(sentence.from, at - 80), at);
      if (/\(\s*$/u.test(before)) continue;
      const part = before.split(/[;:()\u2014]|[.!?]\s/u).pop()!;
      const words = part.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
      if (words.length > 0 && RECORD_BEFORE.has(words[words.length - 1]!)) continue;
      const next = /^\s*([\p{L}'’]+)/u.exec(body.slice(end, Math.min(sentence.to, end + 40)))?.[1]?.toLowerCase();
      const afterResult = next !== undefined && RESULT_AFTER.has(next);
      if (next !== undefined && !afterResult && !AFTER_RESULT.has(next)) continue;
      if (!afterResult && !words.slice(-WORDS_BEFORE).some((w) => RESULT_BEFORE.has(w))) continue;
      add(Number(m[1]), Number(m[2]), sentence.lead);
    }
  };
  if (inTitle) scan(title, () => ({ from: 0, to: title.length, lead: true }));
  if (inText) {
    const sentences = doc.sentences;
    let k = 0;
    // Matches come in text order: the sentence pointer only moves forward.
    scan(text, (at) => {
      while (k < sentences.length && sentences[k]!.end <= at) k++;
      const s = sentences[k];
      if (s === undefined || s.start > at || furniture.has(s.index)) return null;
      return { from: s.start, to: s.end, lead: s.index <= 1 };
    });
  }
  // Only a headline: in running text "Chapter 11, Section 3" or "Apollo 11, Gemini 4" would read alike.
  if (sides) {
    for (const m of title.matchAll(SIDES_SCORE)) {
      const a = Number(m[2]), b = Number(m[3]);
      if (a > MAX_SIDE_SCORE || b > MAX_SIDE_SCORE || m[1]!.split(/\s/u).some((w) => CALENDAR_WORD.test(w) || MONTH_ABBREVIATIONS.has(w.toLowerCase().replace(/\.$/u, "")))) continue;
      add(a, b, true);
    }
  }
  return lead.size === 0 ? NO_RESULTS : [...lead].sort();
}
/** The results of an article whose lead gives none (most): one shared empty list. */
const NO_RESULTS: readonly string[] = Object.freeze([]);

/** A capitalised name after "in", "near" or "outside" ("in Fort Worth", "near Lake Placid"), up to three words. */
const IN_PLACE = /\b(?:in|near|outside)\s+((?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|central|suburban)\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})/gu;
/** Capitalised words after "in" that name no place. */
const NOT_PLACE_WORDS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "police", "court", "custody", "critical",
  "stable", "serious", "the", "a", "an", "his", "her", "their", "this", "that", "english", "spanish", "christmas", "easter", "thanksgiving"]);

/**
 * What puts a place where an event was watched, felt or heard, not where it happened: a verb of seeing or feeling a few
 * words before ("was felt in", "visible over the Dolomites in", "caught on camera in"), or a watcher ("astronomers in").
 * Not "seen" or "heard": "the car was last seen in Fontana", "shots heard in Brownsville" tell where it happened.
 */
const WATCHED_FROM = /(?:\b(?:visible|watched|observed|felt|photographed|filmed|caught\s+on\s+camera)\b(?:\s+[\p{L}'’-]+){0,3}|\b(?:astronomers?|observers?|skywatchers?|stargazers?|onlookers|spectators|observator(?:y|ies)|telescopes?))\s+$/iu;

/**
 * An event in the sky: its reports name the places it was watched from, each its own ("crowds in Burgos watched the
 * eclipse", "seen from Hawaii"), and none of them is where it happened. Read in the headline and the lead.
 */
const SKY_EVENT = /\b(?:asteroids?|comets?|meteors?|meteorites?|meteor\s+showers?|fireballs?|(?:solar|lunar)\s+eclipses?|eclipses?|auroras?|aurora\s+borealis|northern\s+lights|southern\s+lights|supermoon|blood\s+moon|(?:solar|geomagnetic)\s+storms?|supernovas?)\b/iu;

/** Whether the headline or the lead (first two sentences) tells of an event in the sky (SKY_EVENT). */
function skyEvent(doc: Doc): boolean {
  if (SKY_EVENT.test(doc.article.title)) return true;
  // A quake told by its magnitude is felt and does damage over a region: its reports name the towns it cracked walls
  // or brought down a tower in, each its own ("cracking walls in Ierapetra" / "a bell tower collapsed in Sitia"); the
  // magnitude tells two quakes apart (clash.ts).
  return doc.sentences.slice(0, 2).some((s) => SKY_EVENT.test(s.text) || FELT_QUAKE.test(s.text));
}
const FELT_QUAKE = /\b(?:magnitude[\s-]+\d(?:\.\d)?|\d\.\d[\s-]+(?:magnitude\s+)?)\s*(?:earthquake|quake|tremor|temblor)\b|\b(?:earthquake|quake|tremor)\s+(?:of|measuring)\s+(?:magnitude\s+)?\d\.\d/i;

/** Capitalised words of a page's machinery that a scraper runs into a lead ("in Fontana Share this"). */
const PAGE_WORDS = new Set(["share", "tweet", "email", "print", "comments", "comment", "advertisement", "updated", "posted", "video", "photos", "watch"]);

/**
 * Where the lead (the first two sentences) says the event happened: "was shot in Lake Highlands",
 * "outside a bar in Juneau". Capitalised words after "in", "near" or "outside", not a person the
 * article names, not a month, weekday or state word ("in Custody", "in Critical Condition").
 */
function leadPlaces(doc: Doc): string[] {
  const out = new Set<string>();
  const persons = new Set(doc.entities.filter((e) => e.type === "person").map((e) => e.key));
  for (const sentence of doc.sentences.slice(0, 2)) {
    for (const m of sentence.text.matchAll(IN_PLACE)) {
      // "Astronomers in Tenerife watched …", "the quake was felt in Heraklion": where it was seen from, not where it happened.
      if (WATCHED_FROM.test(sentence.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "in Lake Highlands Sunday", "in Fontana Share": a weekday, a month or a word of the page ends the place.
      const words = m[2]!.toLowerCase().split(/\s+/u);
      const end = words.findIndex((w, k) => k > 0 && (NOT_PLACE_WORDS.has(w) || PAGE_WORDS.has(w)));
      const place = (end < 0 ? words : words.slice(0, end)).join(" ").replace(/['’]s$/u, "");
      // A name the entity step took for a person's is a place only when it reads as one ("Ferris Branch Park").
      if (NOT_PLACE_WORDS.has(place.split(" ")[0]!) || (persons.has(place) && !placeLike(place)) || place.length < 4) continue;
      out.add(place);
    }
  }
  return [...out].sort();
}

/** Buildings and sites an event happens at, as news names them after their name ("the Karolinska hospital"). */
const VENUE_NOUNS = "hospital|clinic|school|academy|college|university|station|airport|stadium|arena|mall|factory|plant|refinery|mine|mosque|church|cathedral|synagogue|temple|prison|jail|hotel|museum|warehouse|market|bank|embassy|port|theatre|theater|library|courthouse|nightclub|club|dam|barracks";
/** The nouns in lower case or capitalised ("the Karolinska hospital", "Foss High School"); the names stay case-sensitive. */
const VENUE_NOUN = VENUE_NOUNS.split("|").map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|");
/** A name of one to four capitalised words (with "de", "du", "la" … inside) then a building noun. */
const VENUE_AFTER_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|des|la|le|del|di|van|von|der|al|el)\s+)?\p{Lu}[\p{L}'’.-]*){0,3})\s+(${VENUE_NOUN})s?\b`, "gu");
/** A building noun then "of" and a name: "the Port of Antwerp", "the University of Leeds". */
const VENUE_OF_NAME = new RegExp(String.raw`\b(${VENUE_NOUN})\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`, "gu");
/** Words that open a capitalised run without naming a building: "The", "A", a weekday, "Police". */
const NOT_VENUE_NAME = new Set([...NOT_PLACE_WORDS, "at", "in", "on", "near", "outside", "inside", "from", "to", "its", "our", "local", "city", "state", "national", "new", "high", "primary", "secondary", "public", "private", "main", "general", "central"]);
/** A building the hurt were taken to or treated at is no site of the event ("taken to the Royal Sussex County Hospital"). */
const CARE_BEFORE = /\b(?:taken|rushed|admitted|transported|airlifted|flown|treated|transferred|driven|carried|brought|sent|died|dies|hospitali[sz]ed)\b[^.;]{0,25}$/iu;

/**
 * Names a place's name can stand inside without the text being about that place: a street ("Lower Bristol Road",
 * "Liverpool Street station", "Paisley Road West", "Rue de Lyon") or a hotel ("the Hotel Bristol", "the Bristol Hotel"),
 * whose names so often are other cities'. Capitalised words, then the street or hotel word, or that word then the name.
 */
const NAME_BEFORE_STREET = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Highway|Way|Terrace|Crescent|Close|Parade|Row|Hotel)\b(?!\.?\s+\p{Lu}\p{Ll})/gu;
const NAME_AFTER_STREET = /\b(?:Hotel|Rue|Via|Calle|Avenida|Piazza|Plaza|Place|Avenue|Boulevard)\s+(?:(?:de|du|des|de\s+la|la|le|del|della|di)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

/**
 * The words (as topic terms) that the headline and the text write only inside a street's or a hotel's name: "A bus hit
 * a bridge on Lower Bristol Road in Bath" writes "Bristol" but tells of no event in Bristol, and a report of a bridge
 * strike in Bristol the day before is not its story for that word. A text that also writes the word on its own ("in
 * Bristol", "Bristol police") names the place.
 */
function nameOnlyWords(title: string, doc: Doc): readonly string[] {
  const text = doc.article.text;
  const inNames = new Map<string, number>();
  const scan = (s: string) => {
    for (const re of [NAME_BEFORE_STREET, NAME_AFTER_STREET]) {
      for (const m of s.matchAll(re)) for (const w of m[1]!.split(/\s+/u)) inNames.set(w, (inNames.get(w) ?? 0) + 1);
    }
  };
  // Names are looked for in the headline and the lead, where the event's place is told (and the scan stays cheap on
  // long texts); the word is then counted in the whole text, so a body that writes it alone names the place.
  scan(title);
  const lead = doc.sentences[NAME_SENTENCES - 1] ?? doc.sentences[doc.sentences.length - 1];
  scan(lead === undefined ? text : text.slice(0, lead.end));
  if (inNames.size === 0) return NO_NAME_WORDS;
  const out = new Set<string>();
  for (const [word, n] of inNames) {
    const all = new RegExp(`(?<![\\p{L}\\p{N}'’-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    const written = (title.match(all)?.length ?? 0) + (text.match(all)?.length ?? 0);
    if (written > n) continue;
    for (const t of terms(word)) out.add(t);
  }
  return out.size === 0 ? NO_NAME_WORDS : [...out].sort();
}
const NO_NAME_WORDS: readonly string[] = Object.freeze([]);
/** Sentences of the text whose street and hotel names nameOnlyWords reads. */
const NAME_SENTENCES = 3;

/**
 * The street the lead puts the event on: "on Kelvin Street", "in the 1200 block of West 79th Street", "near Abbeydale
 * Road", kept as "street:<its name>" without the street word or a compass point ("street:kelvin", "street:79th"), so
 * "Elm St." and "Elm Street" are one street.
 */
const STREET_AT = /\b(?:on|along|at|of|near|off)\s+(?:the\s+)?((?:(?:North|South|East|West|[NSEW]\.?)\s+)?(?:\p{Lu}[\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th))(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Highway|Parkway|Terrace|Crescent)(?![\p{L}])/gu;

/**
 * A named storm, whatever the basin calls it ("Storm Ottilie", "Hurricane Milton", "Typhoon Haiyan", "Cyclone Idai"),
 * kept as the building kind "storm": two storms of different names are two events, as two hospitals are. Not a name
 * that runs on ("the Storm Prediction Center").
 */
const STORM_NAME = /\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Cyclone|Super\s+Typhoon|Tropical\s+Depression)\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

/** A page's video clip, its length then its title ("1:56 Protesters march against … at Miami International Airport Pause"). */
const CLIP_LIST = /^\s*\d{1,2}:\d\d\s+\p{Lu}/u;

/**
 * Named buildings the lead (first two sentences) puts the event at (EventFeatures.venues): a run of
 * capitalised words before a building noun, or the noun then "of" and a name. The name drops an opening "The" and a
 * possessive; a run opening with a weekday, a month or a common adjective ("High School" alone) names nothing.
 */
function leadVenues(doc: Doc, furniture: ReadonlySet<number>): string[] {
  const out = new Set<string>();
  // Not the headline: title case ("Bomb Threat Empties Paris Station") would read as a name. Not a page's video
  // captions either ("1:56 Protesters march … at Miami International Airport Pause 0:41 …": another story's).
  const texts = doc.sentences.slice(0, 2).filter((s) => !furniture.has(s.index) && !CLIP_LIST.test(s.text)).map((s) => s.text);
  for (const text of texts) {
    const add = (noun: string, name: string, at: number) => {
      if (CARE_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return;
      const words = name.toLowerCase().replace(/['’]s$/u, "").split(/\s+/u);
      while (words.length > 0 && NOT_VENUE_NAME.has(words[0]!)) words.shift();
      if (words.length === 0 || words.join("").length < 3) return;
      const key = noun.toLowerCase() === "theater" ? "theatre" : noun.toLowerCase() === "jail" ? "prison" : noun.toLowerCase();
      out.add(`${key}:${words.join(" ")}`);
    };
    for (const m of text.matchAll(VENUE_AFTER_NAME)) add(m[2]!, m[1]!, m.index);
    for (const m of text.matchAll(VENUE_OF_NAME)) add(m[1]!, m[2]!, m.index);
    for (const m of text.matchAll(STORM_NAME)) add("storm", m[1]!, m.index);
    for (const m of text.matchAll(STREET_AT)) {
      if (CARE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const words = m[1]!.toLowerCase().replace(/\./gu, "").split(/\s+/u);
      while (words.length > 1 && (COMPASS_WORDS.has(words[0]!) || COMPASS[words[0]!] !== undefined)) words.shift();
      if (words.join("").length >= 3 || /\d/u.test(words[0]!)) out.add(`street:${words.join(" ")}`);
    }
  }
  return [...out].sort();
}

/**
 * A collective action: a protest, a march, a rally, a demonstration, a strike, a walkout, a blockade, a picket. "march"
 * as a noun only in lower case ("in March" is a month).
 */
const COLLECTIVE_ACTION = /\b(?:protest(?:s|ed|ing)?|marche[sd]|marching|rall(?:y|ies|ied|ying)|demonstrat(?:e|es|ed|ing|ion|ions)|strik(?:e|es|ing)|walk(?:s|ed|ing)?\s+out|walkouts?|stopped\s+work|downed\s+tools|block(?:s|ed|ing)?|blockad(?:e|es|ed|ing)|picket(?:s|ed|ing)?|sit-ins?)\b/iu;
const MARCH_NOUN = /\bmarch\b/u;
/** A time that opens a sentence before its subject: "On Saturday, ", "Early on Monday, ", "Last night, ". */
const LEADING_TIME = /^(?:early\s+|late\s+)?(?:on|last|this|overnight|early|late)\b(?:\s+[\p{L}]+){0,2},\s*/iu;
/** Words before a group's name that count or hedge it: "Hundreds of", "Several thousand", "About 500", "Some". */
const GROUP_COUNT = new Set(["some", "about", "around", "roughly", "nearly", "almost", "more", "than", "over", "up", "to", "several", "hundreds",
  "thousands", "dozens", "scores", "tens", "a", "an", "few", "hundred", "thousand", "of", "the", "many", "angry", "striking", "protesting",
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);
/** Words that end a group's name: a preposition, a relative pronoun, a conjunction. */
const GROUP_END = new Set(["in", "at", "from", "across", "on", "of", "outside", "near", "throughout", "around", "who", "and", "with", "for", "by",
  "to", "into", "through", "against", "over", "after", "as"]);
/**
 * Plural heads that name no group of its own: anyone ("people", "protesters", "members", "workers", "residents": one
 * event's reports name them in other words), or the action itself ("protests", "strikes"), or no one ("thousands").
 */
const NOT_ACTOR = new Set(["people", "persons", "protesters", "protestors", "demonstrators", "marchers", "campaigners", "members", "workers",
  "employees", "staff", "staffers", "residents", "citizens", "locals", "crowds", "supporters", "participants", "opponents", "critics", "unions",
  "unionists", "fans", "thousands", "hundreds", "dozens", "scores", "tens", "millions", "others", "groups", "organisations", "organizations",
  "protests", "strikes", "rallies", "marches", "demonstrations", "walkouts", "blockades", "pickets", "sit-ins", "thousands", "police", "officers",
  "authorities", "officials", "women", "men", "youths", "teenagers", "children", "parents", "families", "villagers", "neighbours", "neighbors"]);

/**
 * Who a collective action of the headline or the lead is by (EventFeatures.actors): in the headline and each of the
 * first two sentences that tells of one (COLLECTIVE_ACTION), the plural head of its opening noun group, counts and
 * hedges skipped ("Several hundred taxi drivers drove …" → "driver", "Nurses at hospitals across Dublin walked out" →
 * "nurs", "Farmers block Brussels" → "farmer"). A report that opens on the action ("The strike by dock workers …")
 * names no actor. Two protests in one city on one weekend by farmers and by teachers are two events.
 */
function actors(doc: Doc, furniture: ReadonlySet<number>): readonly string[] {
  const texts = [doc.article.title, ...doc.sentences.slice(0, 2).filter((s) => !furniture.has(s.index)).map((s) => s.text)];
  let out: Set<string> | null = null;
  for (let k = 0; k < texts.length; k++) {
    let text = texts[k]!;
    if (!COLLECTIVE_ACTION.test(text) && !MARCH_NOUN.test(text)) continue;
    // "DUBLIN (Reuters) — Nurses …": a dateline is no part of the subject.
    if (k === 1) { const m = DATELINE.exec(text); if (m) text = text.slice(m[0].length); }
    // "On Saturday, hundreds of farmers …": a time before the subject is no part of it.
    text = text.replace(LEADING_TIME, "");
    const words = text.split(/\s+/u);
    let w = 0;
    while (w < words.length && (GROUP_COUNT.has(words[w]!.toLowerCase()) || /^\d[\d,.]*$/u.test(words[w]!))) w++;
    for (let n = 0; n < 3 && w < words.length; n++, w++) {
      const raw = words[w]!, word = raw.toLowerCase().replace(/[,;:.!?]+$/u, "");
      if (GROUP_END.has(word) || !/^[\p{L}'’-]+$/u.test(word)) break;
      if (COLLECTIVE_ACTION.test(word) || MARCH_NOUN.test(word)) break;
      // "Los Angeles teachers": past a sentence's first word a capitalised word is a name, not the group.
      const name = k > 0 && n > 0 && /^\p{Lu}/u.test(raw);
      if (!name && word.length >= 4 && word.endsWith("s") && !/(?:ss|us|is|'s|’s)$/u.test(word)) {
        if (!NOT_ACTOR.has(word)) (out ??= new Set()).add(stem(word));
        break;
      }
      if (raw !== word && /[,;:.!?]$/u.test(raw)) break;
    }
  }
  return out === null ? NO_PLACES : [...out].sort();
}

/**
 * A dateline: the place in capitals that opens a report, with an optional state or country and
 * an optional outlet in brackets, then a dash: "COLUMBUS, Ohio (AP) — ", "DETROIT (WXYZ) - ",
 * "HOUSTON -- ", "PINETOWN, N.C. (WNCT) – ". A scraped page may put a headline or a caption first,
 * so the dateline may start after up to 200 characters, but never after a word in capitals or an abbreviation ("N.C.").
 */
const DATELINE = /^(?:[^\n]{0,200}?(?<![A-Z'’,-]|[A-Z]\.)\s)??([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+\.?)?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-–—])\s/u;
/** Capitals that open a text without being a place. */
const NOT_PLACE = new Set(["update", "updated", "breaking", "breaking news", "watch", "video", "photos", "news", "exclusive", "live", "advertisement", "close", "embed", "editor's note", "police", "ap", "cnn"]);

export function datelineCity(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, 320));
  if (!m) return null;
  const city = m[1]!.toLowerCase().replace(/[.'’]+$/u, "");
  // A state alone ("N.C. —") or a word too short to be a place is no dateline.
  // Nor is a broadcaster's call sign ("KPRC", "WXYZ").
  if (city.replace(/[^a-z]/g, "").length < 4 || NOT_PLACE.has(city) || /^[kw][a-z]{3}$/.test(city)) return null;
  return city;
}

/**
 * Everything eventFeatures says about an article, as strings, for the store to keep and
 * fromGroupingFeatures to read back: topic words as "w:<stem>" and event features as they are,
 * each as often as the article has it, then the rest under "@" prefixes ("@a:" anchor year, "@p:"
 * protagonist, "@ly:" a year of the headline or lead, "@pub:" publication day, "@d:" named day, "@m:" named month, "@w:from:to" time frame,
 * "@n:" a person named twice (as their event feature), "@r:" a result of the lead, "@ac:" a group taking part in a collective action, "@sn:" a word written only inside a street's or a hotel's name, and NO_TEXT).
 */
export function groupingFeatures(doc: Doc): string[] {
  const f = eventFeatures(doc);
  const out = [...f.topic.map((t) => `${TOPIC_PREFIX}${t}`), ...f.event];
  if (f.anchorYear !== null) out.push(`@a:${f.anchorYear}`);
  for (const y of f.leadYears) out.push(`@ly:${y}`);
  if (f.protagonist !== null) out.push(`@p:${f.protagonist}`);
  if (f.published !== null) out.push(`@pub:${f.published}`);
  for (const d of f.days) out.push(`@d:${d}`);
  for (const m of f.months) out.push(`@m:${m}`);
  if (f.when !== null) out.push(`@w:${f.when[0]}:${f.when[1]}`);
  for (const p of f.people) out.push(`@n:${p}`);
  if (f.city !== null) out.push(`@c:${f.city}`);
  for (const p of f.places) out.push(`@l:${p}`);
  for (const v of f.venues) out.push(`@v:${v}`);
  for (const a of f.actors) out.push(`@ac:${a}`);
  for (const o of f.ordinals) out.push(`@o:${o}`);
  for (const r of f.leadScores) out.push(`@r:${r}`);
  for (const w of f.nameOnly) out.push(`@sn:${w}`);
  if (doc.article.text.trim() === "") out.push(NO_TEXT);
  return out;
}

/** The grouping feature of an article without text (analyze leaves such an article on its own). */
export const NO_TEXT = "@x:no-text";

/** Prefix of topic words among grouping features; features starting with "@" describe the article, the others are event features. */
export const TOPIC_PREFIX = "w:";

/** The features groupingFeatures wrote. A feature with no known prefix counts as an event feature. */
export function fromGroupingFeatures(keys: readonly string[]): EventFeatures {
  const topic: string[] = [], event: string[] = [], days: number[] = [], months: number[] = [], people: string[] = [], leadYears: number[] = [];
  let anchorYear: number | null = null, protagonist: string | null = null, published: number | null = null, city: string | null = null;
  const places: string[] = [], venues: string[] = [], actors: string[] = [], ordinals: string[] = [], leadScores: string[] = [], nameOnly: string[] = [];
  let when: [number, number] | null = null;
  const num = (s: string) => { const n = Number(s); return Number.isFinite(n) ? n : null; };
  for (const k of keys) {
    if (k.startsWith(TOPIC_PREFIX)) { topic.push(k.slice(TOPIC_PREFIX.length)); continue; }
    if (!k.startsWith("@")) { event.push(k); continue; }
    const colon = k.indexOf(":");
    const tag = k.slice(1, colon), value = k.slice(colon + 1);
    if (tag === "a") anchorYear = num(value);
    else if (tag === "ly") { const n = num(value); if (n !== null) leadYears.push(n); }
    else if (tag === "p") protagonist = value;
    else if (tag === "pub") published = num(value);
    else if (tag === "d") { const n = num(value); if (n !== null) days.push(n); }
    else if (tag === "m") { const n = num(value); if (n !== null) months.push(n); }
    else if (tag === "n") people.push(value);
    else if (tag === "c") city = value;
    else if (tag === "l") places.push(value);
    else if (tag === "v") venues.push(value);
    else if (tag === "ac") actors.push(value);
    else if (tag === "o") ordinals.push(value);
    else if (tag === "r") leadScores.push(value);
    else if (tag === "sn") nameOnly.push(value);
    else if (tag === "w") {
      const [from, to] = value.split(":").map(num);
      if (from != null && to != null) when = [from, to];
    }
  }
  return { topic, event, anchorYear, leadYears: leadYears.sort((a, b) => a - b), protagonist, published, days: days.sort((a, b) => a - b), months, when, people: people.sort(), city, places, venues: venues.sort(), actors: actors.sort(), ordinals: ordinals.sort(), leadScores: leadScores.sort(), nameOnly: nameOnly.sort() };
}

/** A protagonist needs this much weight: e.g. named in the headline and once more, or three times. */
const PROTAGONIST_MIN = 3;

/**
 * The person an article is about: mentions count once, the lead (first two sentences) once more,
 * the headline twice more. Surnames stand for full names ("Williams" = "Jamal Williams"). Two
 * reports of one kind of event ("a Chargers player arrested for drunk driving") most often differ
 * exactly here. Null when nobody stands out (a tie, or too few mentions).
 */
function protagonist(doc: Doc): string | null {
  const title = ` ${doc.article.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const weight = new Map<string, number>();
  const inTitle = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== "person") continue;
    const surname = e.key.split(" ").pop() ?? "";
    // "Doctor Who", "The Who": a name whose last word is a function word is a title, not a person.
    if (surname.length < 3 || STOPWORDS.has(surname)) continue;
    let w = 1 + (e.sentence <= 1 ? 1 : 0);
    if (!inTitle.has(surname) && title.includes(` ${surname} `)) { inTitle.add(surname); w += 2; }
    weight.set(surname, (weight.get(surname) ?? 0) + w);
  }
  let best: string | null = null, top = 0, second = 0;
  for (const [name, w] of weight) {
    if (w > top) { second = top; top = w; best = name; } else if (w > second) second = w;
  }
  return top >= PROTAGONIST_MIN && top > second ? best : null;
}
