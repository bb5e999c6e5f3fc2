// Event series: the words that name a dated series of summits or talks in the kb's events table.
// A summit series has its own name ("G20", "NATO", "COP28"); a talks series has only common words
// ("talks", "negotiations", "meeting") and is told apart by its parties: "Russia-Ukraine talks" are
// talks that name both Russia and Ukraine (any of their words: "Russian", "Kyiv", "the Kremlin").
// Talks in Istanbul between Iranian and European diplomats are not that series. Pure data.
import { COUNTRY_WORDS, SEATS, countryOf } from "./countries.js";

export interface SeriesWords {
  readonly series: string;
  /** Words that name the series (or, for talks, an event of the kind). */
  readonly words: RegExp;
}

export const EVENT_SERIES: readonly SeriesWords[] = [
  { series: "G20", words: /\bg-?20\b/i },
  { series: "G7", words: /\bg-?7\b/i },
  { series: "NATO", words: /\bnato\b/i },
  { series: "BRICS", words: /\bbrics\b/i },
  { series: "UNFCCC COP", words: /\bcop\s?\d+\b|\bclimate (?:summit|conference)\b/i },
  { series: "Russia-Ukraine talks", words: /\b(?:talks|negotiations|peace talks|meeting|discussions|gathering)\b/i },
];

/** Words for a meeting of any kind, which alone name no series. */
export const MEETING_WORDS = /\b(?:talks|negotiations|meeting|gathering|discussions|summit|conference)\b/i;

/** The parties of a talks series, from its name: "Russia-Ukraine talks" → [Russia, Ukraine]; [] for a summit series. */
export function seriesParties(series: string): string[] {
  const m = /^(.+?)-(.+?) talks$/.exec(series);
  if (!m) return [];
  return [countryOf(m[1]), countryOf(m[2])].filter((c): c is string => c !== null);
}

const WORDS_OF = new Map<string, RegExp>();

/** Whether a text names a country in any of its words ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv"). */
export function namesCountry(text: string, country: string): boolean {
  let re = WORDS_OF.get(country);
  if (!re) {
    const c = COUNTRY_WORDS.find((w) => w.name === country);
    const words = [country, ...(c ? [...c.aliases, ...c.adjectives, ...c.plurals] : []), ...Object.entries(SEATS).filter(([, v]) => v === country).map(([k]) => k)];
    re = new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "u");
    WORDS_OF.set(country, re);
  }
  return re.test(text);
}

/**
 * Nouns that name one edition of a recurring event, told apart by its year or its number: "the 2014
 * Lakemoor Folk Festival", "Euro 2016 Cup" → festival, cup; "the 2009 season", "the twelfth Corran Valley
 * Marathon". Singular, lower case; the stories stage reads them after a year or a written ordinal.
 */
export const EDITION_NOUNS: ReadonlySet<string> = new Set([
  "season", "campaign", "awards", "award", "prize", "prizes", "festival", "olympics", "olympiad", "games", "cup", "championship",
  "championships", "expo", "exposition", "open", "marathon", "conference", "summit", "show", "fair", "oscars", "grammys", "emmys",
  "tonys", "baftas", "tour", "series", "draft", "classic", "bowl", "convention", "congress", "biennale", "biennial", "exhibition",
  "tournament", "regatta", "rally", "race", "derby", "carnival", "parade", "contest", "competition", "pageant", "gala", "ceremony",
  "edition", "census", "budget", "report",
]);

/** Words before a year that name no edition of anything ("Copyright 2009", "Windows 2000", "Class of 2010"). */
export const NOT_EDITION_NAMES: ReadonlySet<string> = new Set([
  "copyright", "updated", "posted", "published", "modified", "created", "class", "section", "article", "windows", "office", "vision",
  "agenda", "model", "version", "route", "road", "farm-to-market", "loop", "spur", "highway", "interstate", "date", "incident", "homicide", "shooting", "flight", "room", "suite", "unit", "box", "number", "chapter", "rule",
  "form", "act", "bill", "code", "page", "volume", "issue", "year", "fiscal", "fy", "circa", "ca", "est", "founded", "since", "am", "pm",
]);

/** Ordinals in words, as "the twelfth Corran Valley Marathon" writes them. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
