// Attribution words: verbs that report speech or a claim ("said", "told", "warned", "according to").
// One list for every stage that attributes words to a speaker (entities: "Umerov said" makes Umerov a
// person; quotes; sourcing). Pure data.

/**
 * Reporting verbs of German, Spanish, French, Italian and Portuguese copy, before or after the quote:
 * only forms that are not also English words (German "so", Spanish and Italian "dice", French "note",
 * Portuguese "conta" are left out); French and Italian perfect tenses with their auxiliary ("a déclaré",
 * "ha dichiarato": the speaker comes before the auxiliary, or after the whole verb when it follows the quote).
 */
export const FOREIGN_CUES: readonly string[] = [
  // German
  "sagte", "sagt", "erklärte", "betonte", "meinte", "warnte", "schrieb", "berichtete", "ergänzte", "kritisierte",
  // Spanish
  "dijo", "afirmó", "declaró", "explicó", "añadió", "agregó", "aseguró", "señaló", "indicó", "advirtió", "escribió",
  "apuntó", "sostuvo", "subrayó", "destacó", "manifestó", "comentó", "precisó", "recordó", "insistió", "reconoció",
  "admitió", "concluyó", "relató", "explica", "asegura", "señala", "afirma", "sostiene", "añade",
  "informó", "comunicó", "detalló", "aclaró", "lamentó", "denunció", "reiteró", "confirmó", "anunció", "respondió", "contó",
  "indica", "informa", "detalla",
  // French
  "a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a indiqué", "a souligné", "a estimé", "a assuré",
  "a averti", "a écrit", "a précisé", "a confié", "a rappelé", "a répondu", "a martelé", "a insisté", "a reconnu",
  "a poursuivi", "a lancé", "déclare", "affirme", "ajoute", "explique", "souligne", "précise", "confie", "rappelle", "poursuit",
  "a réagi", "a annoncé", "a jugé", "a regretté", "a dénoncé", "a témoigné", "a raconté", "a commenté", "a détaillé",
  "a fait savoir", "a confirmé", "a observé", "a conclu", "a résumé", "a tranché", "indique", "estime", "témoigne", "raconte",
  // present forms written before a joined pronoun or after a quote: `« … », dit-il`, `« … », assure la maire`
  "dit", "assure", "répond", "insiste", "reconnaît", "martèle", "résume", "conclut", "prévient", "regrette", "dénonce",
  // Italian
  "ha dichiarato", "ha detto", "ha spiegato", "ha aggiunto", "ha affermato", "ha sottolineato", "ha precisato",
  "ha ribadito", "ha commentato", "ha scritto", "ha assicurato", "ha avvertito", "ha raccontato", "ha osservato",
  "ha concluso", "ha ammesso", "ha riferito", "ha annunciato", "ha denunciato", "ha replicato", "ha risposto",
  "dichiara", "spiega", "aggiunge", "afferma", "sottolinea", "racconta", "ribadisce", "osserva", "commenta", "disse",
  "ha confermato", "ha ricordato", "ha evidenziato", "ha chiarito", "ha fatto sapere", "ha comunicato", "ha rilevato",
  "ha lamentato", "ha sostenuto",
  // Portuguese
  "disse", "afirmou", "declarou", "explicou", "acrescentou", "garantiu", "sublinhou", "referiu", "salientou",
  "escreveu", "contou", "adiantou", "admitiu", "avisou", "respondeu", "afirma", "explica", "garante", "diz",
  "informou", "anunciou", "destacou", "ressaltou", "lamentou", "completou", "confirmou", "relatou", "avaliou", "ponderou",
  "comentou", "reforçou", "frisou", "alertou", "disseram", "informa",
  // German, more
  "erklärt", "betont", "bestätigte", "sagten",
  // German separable verbs, written before their subject with the particle after it: `„…“, teilte die Polizei mit`,
  // `„…“, fügte er hinzu`, `„…“, räumte der Sprecher ein`
  "teilte", "teilten", "fügte", "räumte",
  // the same verbs at the end of a clause, written whole: `Wie die Polizei mitteilte, sei der Täter „…“`
  "mitteilte", "mitteilten", "hinzufügte", "einräumte", "bekanntgab",
];

/**
 * Public bodies and offices that copy in German, Spanish, French, Italian and Portuguese names by a common
 * noun after an article, as speakers (not people by their office: "le préfet", "il sindaco"): `«…», a indiqué la préfecture`, `«…», señaló el ayuntamiento`, `«…», ha
 * spiegato la questura`, `"…", afirmou a polícia`, `„…“, teilte die Polizei mit`. Singular forms and the plurals
 * news writes for one service ("les pompiers", "los bomberos", "i carabinieri").
 */
export const FOREIGN_BODIES: readonly string[] = [
  // French
  "préfecture", "mairie", "gendarmerie", "police", "parquet", "ministère", "gouvernement", "municipalité", "commune",
  "région", "rectorat", "hôpital", "tribunal", "syndicat", "entreprise", "direction", "armée", "compagnie", "fédération",
  "association", "pompiers", "secours", "sous-préfecture", "agglomération", "métropole", "intercommunalité",
  // Spanish
  "ayuntamiento", "policía", "ministerio", "gobierno", "fiscalía", "juzgado", "consejería", "diputación", "empresa",
  "compañía", "sindicato", "ejército", "alcaldía", "bomberos", "delegación", "subdelegación", "consistorio", "cabildo", "guardia civil",
  // Italian
  "questura", "comune", "prefettura", "procura", "polizia", "carabinieri", "ministero", "governo", "regione", "azienda",
  "società", "sindacato", "ospedale", "tribunale", "vigili del fuoco", "protezione civile", "municipio", "giunta",
  // Portuguese
  "prefeitura", "câmara", "ministério", "bombeiros", "secretaria", "defesa civil", "guarda", "autarquia", "polícia",
  // German (capitalised nouns)
  "Polizei", "Stadt", "Staatsanwaltschaft", "Ministerium", "Regierung", "Feuerwehr", "Behörde", "Gemeinde", "Stadtverwaltung",
  "Bundesregierung", "Landesregierung", "Unternehmen", "Konzern", "Gericht", "Verwaltung", "Bahn", "Gewerkschaft", "Landkreis",
];

/**
 * Reporting verbs in the forms news uses (past, present, base, and participles: "…, saying"), and
 * phrasal ones ("points out", "went on"). Quotes take their speaker from these (annotate/steps/quotes).
 * Present forms that news mostly writes as nouns are left out: "states", "claims", "calls", "reports",
 * "posts", "remarks", "estimates", "tweets", "counters" ("his remarks", "the calls").
 */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "announced", "announces", "wrote",
  "writes", "noted", "notes", "claimed", "insisted", "insists", "warned", "warns", "argued", "argues", "explained",
  "explains", "declared", "declares", "tweeted", "posted", "confirmed", "confirms", "denied", "denies",
  "urged", "urges", "praised", "praises", "called", "accused", "accuses", "asked", "asks", "replied", "replies",
  "recalled", "recalls", "continued", "continues", "reported", "acknowledged", "acknowledges", "admitted", "admits",
  "suggested", "suggests", "estimated", "alleged", "alleges", "testified", "testifies", "conceded", "concedes",
  "stressed", "stresses", "emphasised", "emphasized", "observed", "observes", "remarked", "responded", "responds",
  "countered", "commented", "contended", "contends", "maintained", "maintains", "predicted", "predicts",
  "promised", "vowed", "pledged", "boasted", "boasts", "complained", "complains", "joked", "quipped", "shouted", "yelled",
  "described", "describes", "dubbed", "labeled", "labelled", "branded", "characterized", "characterised", "charged",
  "demanded", "lamented", "blasted", "slammed", "mused", "cautioned", "add", "interjected", "indicated", "defended", "goes on",
  "recounted", "remembered", "reiterated", "assured", "proclaimed", "emailed", "texted", "speculated", "opined", "concluded",
  "concludes", "answered", "answers", "points out", "retorted", "echoed", "wondered", "reveals", "revealed", "thanked",
  "criticized", "criticised", "attacked", "mocked", "ridiculed", "agreed", "disagreed", "hailed", "touted", "dismissed", "derided", "lauded",
  "pointed out", "went on", "shot back", "fired back", "hit back", "chimed in", "retaliated", "reacted", "exclaimed", "snapped",
  "scoffed", "muttered", "whispered", "agrees", "proclaims", "asserted", "asserts", "put it", "puts it",
  // base forms after a plural subject: "Republicans argue the bill is “…”", "Economists at Nordbank predict …",
  // "Calder and Harlan agree …" (not those news mostly writes as nouns: "call", "claim", "note", "recall", "charge",
  // "estimate", "counter", "stress": "Trump's claim to …", "Clinton's call to “…”")
  "argue", "warn", "insist", "contend", "maintain", "predict", "describe", "admit", "acknowledge", "explain", "write",
  "allege", "concede", "complain", "agree", "emphasize", "emphasise", "assert", "observe", "declare", "deny",
  "confirm", "urge", "caution", "point out",
  // a crowd's words: "supporters chanted “Five more years”" (a chant is speech before its quote too)
  "chanted", "chanting",
  // "A study from the Marine Institute had this to say about the cod: “…”"
  "had this to say", "has this to say",
  // participles: "Ford rejected the plan, saying …" (the sentence's subject speaks)
  "acknowledging", "labeling", "labelling", "saying", "telling", "adding", "writing", "arguing", "noting", "calling",
  "describing", "asking", "explaining", "warning", "insisting", "declaring", "tweeting", "promising", "vowing", "stating",
  "claiming",
  // Quotes in German, Spanish, French, Italian and Portuguese copy (FOREIGN_CUES).
  ...FOREIGN_CUES,
];

/**
 * Verbs of manner that report speech only right after a quote (`“…,” Ann Ford fumed`, `“…,” pleaded Ann
 * Ford`); elsewhere they take objects ("Ford begged him for an endorsement", "Ford chided Lee for …").
 */
export const SPEECH_AFTER_QUOTE: readonly string[] = [
  "pleaded", "begged", "bragged", "griped", "grumbled", "fumed", "ranted", "gushed", "groused", "confided", "confessed",
  "elaborated", "clarified", "reasoned", "ventured", "deadpanned", "marveled", "marvelled", "chided", "scolded", "lectured",
  "implored", "crowed", "gloated", "taunted", "teased", "inquired", "objected", "protested", "interrupted", "rebutted",
  "affirmed", "repeated", "swore", "sighed", "laughed", "cried", "screamed", "roared", "bellowed", "murmured", "wrote back",
  "offered", "allowed", "summed up", "tweeted back", "texted back", "cracked", "sniffed", "huffed", "raged", "vented",
  "beamed", "smiled", "chuckled", "grinned", "gasped", "exulted", "enthused", "stammered", "blurted", "growled",
  // A paper reading out words: `“…,” the statement read` (not "Ann Lee read the report").
  "read", "reads",
];

/** Reporting verbs that may come before their speaker right after a quote: `“…,” said Ann Ford`. */
export const SPEECH_BEFORE_SPEAKER: readonly string[] = [
  "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "explained", "explains", "noted", "notes",
  "argued", "argues", "recalled", "recalls", "replied", "replies", "insisted", "insists", "declared", "warned", "stated",
  "tweeted", "concluded", "concludes", "answered", "answers", "countered", "observed", "remarked", "responded", "went on",
  "shot back", "fired back", "exclaimed", "reacted", "chimed in", "mused", "opined", "quipped", "joked", "shouted", "yelled",
  "cautioned", "lamented", "boasted", "complained", "interjected", "wondered", "predicted", "acknowledged", "conceded",
  "admitted", "recounted", "reiterated", "retorted", "snapped", "scoffed", "urged", "declares", "agreed", "agrees",
  "proclaimed", "asserted", "put it", "puts it", "remembered",
  // promises and demands inverted like "said": `“We will rebuild it,” vowed the governor, Matteo Ricci`
  "vowed", "promised", "pledged", "demanded", "stressed", "emphasised", "emphasized", "warns", "pleaded",
  // claims and confirmations inverted the same way: `“The count was wrong,” claimed Ann Ford`, `“…,” confirmed the club`
  "claimed", "claims", "contended", "maintained", "alleged", "charged", "suggested", "pointed out", "confirmed", "denied",
  "announced", "estimated", "speculated", "whispered", "chanted", "posted", "emailed", "texted", "admits", "concedes",
  "acknowledges", "observes", "predicts", "disagreed",
  ...SPEECH_AFTER_QUOTE,
  ...FOREIGN_CUES,
];

/**
 * Verbs that make the capitalised words next to them a person ("Umerov said", "said Umerov"): the
 * reporting verbs an organisation or place rarely takes as its subject in news copy.
 */
export const SPEECH_AFTER_NAME: readonly string[] = ["said", "says", "told", "added", "stated", "announced", "wrote", "noted", "claimed",
  "insisted", "warned", "argued", "explained", "declared", "tweeted", "posted", "confirmed", "denied", "urged", "praised", "called", "accused"];

/**
 * Words right before a date that make it the day something was said, not the day it is about: "said on
 * Sunday", "told reporters on Friday", "according to police on Monday", "in a statement on Tuesday".
 */
export const REPORTED_ON = /\b(?:said|says|say|announced|announces|reported|confirmed|stated|added|told [\w ]{1,30}?|according to [\w ]{1,40}?|statement|release)\s+(?:late |early )?(?:on\s+)?$/i;

/** Phrases that attribute without a verb: "according to X", "in the words of X". */
export const ATTRIBUTION_PHRASES: readonly string[] = ["according to", "in the words of", "as quoted by", "citing", "cited by", "per",
  "laut", "según", "selon", "secondo"];

/**
 * Verbs that attribute a view, a claim or a stance to a source without being speech verbs ("analysts
 * believe", "the ministry rejected", "Moscow framed the strike as …"): with SPEECH_VERBS, what makes
 * its subject a cited source in sourcing.
 */
export const CLAIM_VERBS: readonly string[] = [
  "believe", "believes", "suggest", "saw", "framed", "described", "signaled", "signalled", "welcomed", "demanded", "rejected",
  "refused", "interpreted", "echoed", "reminded",
];

/**
 * Verbs a headline puts right after its speaker, in the present tense headlines use ("Ruiz Slams Port Sale
 * as ‘A Betrayal’", "Lind Says Ferry Cuts ‘Will Strand the Islands’"): the reporting verbs' present forms,
 * and the verbs of attack, praise and promise headlines prefer to "says".
 */
export const HEADLINE_VERBS: readonly string[] = [
  ...SPEECH_VERBS.filter((v) => /^[a-z]+s$/.test(v) && !/ss$/.test(v)),
  "slams", "blasts", "rips", "knocks", "hits", "mocks", "questions", "challenges", "dismisses", "defends", "attacks", "calls",
  "labels", "dubs", "brands", "backs", "endorses", "vows", "pledges", "promises", "demands", "unveils", "announces", "hails",
  "lauds", "touts", "criticizes", "criticises", "condemns", "rejects", "welcomes", "thanks", "apologizes", "apologises",
  "jokes", "quips", "tweets", "reacts", "compares", "likens", "scoffs", "laughs", "cautions", "pleads", "begs", "brags",
  "fumes", "rages", "rails", "lashes", "accuses", "blames", "credits", "doubts", "fears", "hopes", "believes", "thinks",
  "wants", "expects", "predicts", "claims", "states", "remarks", "counters", "reports", "unloads", "torches", "trashes",
];
