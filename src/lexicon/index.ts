// The lexicon: word lists shared by every stage (offices and title forms, countries and demonyms,
// attribution words, event series). `lexiconText` is its whole content as one string, so a store's
// annotator version (annotate/persist.ts) changes whenever a word list does.
import { ATTRIBUTION_PHRASES, CLAIM_VERBS, SPEECH_AFTER_NAME, SPEECH_VERBS } from "./attribution.js";
import { COUNTRY_WORDS, GOVERNMENT_SEATS, SEATS } from "./countries.js";
import { STATE_MEDIA } from "./media.js";
import { COUNTRY_TITLES, DEPUTY_OF, PORTFOLIO_PHRASES, TITLES, portfolioKeys } from "./offices.js";
import { US_STATES } from "./regions.js";
import { EVENT_SERIES } from "./series.js";

export function lexiconText(): string {
  return JSON.stringify({
    countries: COUNTRY_WORDS, seats: SEATS, titles: TITLES, countryTitles: COUNTRY_TITLES, deputies: [...DEPUTY_OF],
    portfolios: PORTFOLIO_PHRASES.map((p) => [p, portfolioKeys(p)]), speech: SPEECH_VERBS, speechAfterName: SPEECH_AFTER_NAME,
    attribution: ATTRIBUTION_PHRASES, claimVerbs: CLAIM_VERBS, governmentSeats: GOVERNMENT_SEATS, stateMedia: STATE_MEDIA, series: EVENT_SERIES.map((s) => [s.series, s.words.source]),
    usStates: US_STATES,
  });
}
