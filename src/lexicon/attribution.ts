// Attribution words: verbs that report speech or a claim ("said", "told", "warned", "according to").
// One list for every stage that attributes words to a speaker (entities: "Umerov said" makes Umerov a
// person; quotes; sourcing). Pure data.

/** Reporting verbs in the forms news uses (past, present third person, base). */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "announced", "announces", "wrote", "writes",
  "noted", "notes", "claimed", "claims", "insisted", "insists", "warned", "warns", "argued", "argues", "explained", "explains",
  "declared", "declares", "tweeted", "tweets", "posted", "posts", "confirmed", "confirms", "denied", "denies", "urged", "urges",
  "praised", "praises", "called", "calls", "accused", "accuses", "asked", "asks", "replied", "replies", "recalled", "recalls",
  "continued", "continues", "reported", "reports", "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests",
  "estimated", "estimates", "alleged", "alleges", "testified", "testifies", "conceded", "concedes", "stressed", "stresses",
  "emphasised", "emphasized", "observed", "observes", "remarked", "remarks", "responded", "responds", "countered", "counters",
];

/**
 * Verbs that make the capitalised words next to them a person ("Umerov said", "said Umerov"): the
 * reporting verbs an organisation or place rarely takes as its subject in news copy.
 */
export const SPEECH_AFTER_NAME: readonly string[] = ["said", "says", "told", "added", "stated", "announced", "wrote", "noted", "claimed",
  "insisted", "warned", "argued", "explained", "declared", "tweeted", "posted", "confirmed", "denied", "urged", "praised", "called", "accused"];

/** Phrases that attribute without a verb: "according to X", "in the words of X". */
export const ATTRIBUTION_PHRASES: readonly string[] = ["according to", "in the words of", "as quoted by", "citing", "cited by", "per"];

/**
 * Verbs that attribute a view, a claim or a stance to a source without being speech verbs ("analysts
 * believe", "the ministry rejected", "Moscow framed the strike as …"): with SPEECH_VERBS, what makes
 * its subject a cited source in sourcing.
 */
export const CLAIM_VERBS: readonly string[] = [
  "believe", "believes", "suggest", "saw", "framed", "described", "signaled", "signalled", "welcomed", "demanded", "rejected",
  "refused", "interpreted", "echoed", "reminded",
];
