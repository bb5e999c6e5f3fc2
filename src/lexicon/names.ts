// Personal names: courtesy titles, and the short forms English and the languages news borrows
// from give first names. Two articles writing "Kathryn" and "Katie", "Robert" and "Bob", or
// "Miss Smith" and "Kathryn Smith" name one person; none of these is a disagreement. Also the
// titles that announce a name, and the key names are compared by across articles (nameKey).
// Pure data and string functions.
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./first-names.generated.js";

/** Words that stand before a surname in place of a first name ("Miss Smith", "Dr. Ruiz"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "mx", "mister", "missus", "madam", "madame", "mme", "mlle", "mademoiselle", "monsieur", "m",
  "dr", "doctor", "prof", "professor", "sir", "dame", "lady", "lord", "herr", "frau", "señor", "senor", "señora", "senora",
  "señorita", "don", "doña", "dona", "signor", "signora", "father", "fr", "rev", "reverend", "sister", "brother", "mother",
  "rabbi", "imam", "sheikh", "sheik", "pastor", "bishop", "cardinal", "sgt", "sergeant", "officer", "detective", "judge",
  "justice", "coach", "captain", "capt", "lt", "lieutenant", "col", "colonel", "gen", "general", "maj", "major",
]);

/**
 * Short forms whose spelling does not start like the full name (the rest share a beginning:
 * "Kat" in Katie/Kathryn, "Chris" in Christopher, and are caught by that).
 */
const SHORT_FORMS: readonly (readonly [string, readonly string[]])[] = [
  ["robert", ["bob", "bobby", "rob", "robbie", "bert"]], ["william", ["bill", "billy", "will", "willie", "liam"]],
  ["richard", ["dick", "rick", "ricky", "rich"]], ["margaret", ["peggy", "maggie", "meg", "madge", "greta", "rita"]],
  ["elizabeth", ["liz", "lizzie", "beth", "betty", "bess", "eliza", "libby", "elsa", "lisa"]], ["edward", ["ted", "teddy", "ed", "eddie", "ned"]],
  ["john", ["jack", "johnny", "jon"]], ["james", ["jim", "jimmy", "jamie"]], ["charles", ["chuck", "charlie"]],
  ["henry", ["harry", "hank"]], ["katherine", ["kate", "katie", "kathy", "kay", "kitty"]], ["catherine", ["kate", "katie", "cathy", "cat"]],
  ["kathryn", ["kate", "katie", "kathy"]], ["anthony", ["tony"]], ["antonio", ["tony", "toni"]], ["joseph", ["joe", "joey", "jo"]],
  ["michael", ["mike", "mick", "mikey"]], ["mikhail", ["misha"]], ["alexander", ["alex", "sasha", "sandy", "xander"]], ["aleksandr", ["sasha"]],
  ["alexandra", ["alex", "sasha", "sandra", "lexi"]], ["susan", ["sue", "susie"]], ["patricia", ["pat", "patty", "trish"]],
  ["patrick", ["pat", "paddy"]], ["thomas", ["tom", "tommy"]], ["daniel", ["dan", "danny"]], ["nicholas", ["nick", "nicky"]],
  ["jennifer", ["jen", "jenny"]], ["rebecca", ["becky", "becca"]], ["deborah", ["debbie", "deb"]], ["barbara", ["barb", "babs"]],
  ["frederick", ["fred", "freddie"]], ["lawrence", ["larry"]], ["gregory", ["greg"]], ["samuel", ["sam", "sammy"]],
  ["samantha", ["sam"]], ["benjamin", ["ben", "benny"]], ["matthew", ["matt"]], ["andrew", ["andy", "drew"]], ["stephen", ["steve"]],
  ["steven", ["steve"]], ["christopher", ["chris", "kit"]], ["christine", ["chris", "tina"]], ["victoria", ["vicky", "tori"]],
  ["theodore", ["ted", "teddy", "theo"]], ["leonard", ["leo", "len", "lenny"]], ["gerald", ["gerry", "jerry"]], ["jeremy", ["jerry"]],
  ["abigail", ["abby"]], ["dorothy", ["dot", "dottie"]], ["helen", ["nell"]], ["eleanor", ["ellie", "nell"]], ["ivan", ["vanya"]],
  ["vladimir", ["volodya", "vova"]], ["dmitry", ["dima"]], ["dmitri", ["dima"]], ["yevgeny", ["zhenya"]], ["francisco", ["paco", "pancho"]],
  ["jose", ["pepe"]], ["guillermo", ["memo"]], ["giuseppe", ["beppe", "peppe"]], ["johannes", ["hans"]], ["wolfgang", ["wolf"]],
];

const SHORT = new Map<string, Set<string>>();
for (const [full, forms] of SHORT_FORMS) for (const f of forms) {
  (SHORT.get(full) ?? SHORT.set(full, new Set()).get(full)!).add(f);
  (SHORT.get(f) ?? SHORT.set(f, new Set()).get(f)!).add(full);
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");

export const isHonorific = (word: string) => HONORIFICS.has(fold(word));

/**
 * Whether two first names may be one person's: the same name, a listed short form ("Bob" /
 * "Robert"), or a short name sharing the first three letters of the other ("Kat-ie" / "Kat-hryn",
 * "Chris" / "Christopher"). Short look-alikes ("Mario" / "Maria") are taken as one: left to the desk.
 */
export function sameFirstName(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  if (x === y) return true;
  if (SHORT.get(x)?.has(y)) return true;
  // A short form is short: "Katie" (5) for "Kathryn"; two long names sharing a start ("Christopher" / "Christina") are two people.
  return Math.min(x.length, y.length) >= 3 && x.slice(0, 3) === y.slice(0, 3) && (x.startsWith(y) || y.startsWith(x) || Math.min(x.length, y.length) <= 5);
}

/** First names compromise's lexicon tags as male only, and as female only (a general list, not one corpus's people). */
export const MALE_NAMES: ReadonlySet<string> = new Set(MALE_FIRST_NAMES.split(" "));
export const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE_FIRST_NAMES.split(" "));

/**
 * First names news gives men and women alike, common for both among public figures ("Sen. Lindsey Graham", "Rep.
 * Jody Hice", "Jesse Jackson", "Terry Branstad" and "Terry Sewell"), in one language or across two (Italian
 * "Andrea", "Nicola", "Simone" are men's names), and Korean surnames written first ("Kim Jong Un"): they show no
 * gender, whatever list holds them. Not names mostly one sex's with a few of the other ("Kelly", "Chris", "Sam"):
 * a pronoun's reading of those is right far more often than not.
 */
export const UNISEX_NAMES: ReadonlySet<string> = new Set(("lindsey lindsay dana leslie jesse jessie jackie tracy tracey " +
  "lynn jody jodie kim terry carey cary robin pat jan lee marion kris sidney riley avery cameron casey jamie jordan taylor " +
  "morgan kerry blair kendall quinn peyton drew toni jo nicola simone andrea sasha").split(" "));

/** Whether a word is a listed first name (the list has gaps: "Saddam" is not in it, "Jordan" is in neither). */
export function isFirstName(word: string): boolean {
  const w = fold(word);
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

/**
 * Closed-class words that open a sentence and are never a name, though capitalised there: subordinators,
 * prepositions and number words ("Whether Pell runs", "Although Olsen said", "Absent Reyes", "Thirteen
 * years later"). Not words that are also surnames ("Will", "Long", "Rather", "Young").
 */
export const CLOSED_OPENERS: readonly string[] = [
  "Although", "Though", "Whether", "Unless", "Until", "Whatever", "Whenever", "Wherever", "Whoever", "Whichever", "Because",
  "Absent", "Under", "Due", "Amid", "Amidst", "Among", "Unlike", "Without", "Within", "Throughout", "During", "Toward", "Towards",
  "Upon", "Via", "Thanks", "Perhaps", "Maybe", "More", "Less", "Much",
  // prepositions that front a topic before the speaker ("Of Carson, Levine said", "About the plan, Ruiz said")
  "Of", "About", "Against", "Regarding", "Concerning", "Including", "Excluding", "Except", "Besides", "Beside", "Between",
  "Through", "Into", "Onto", "Across", "Beyond", "Behind", "Around", "Above", "Below", "Beneath", "Versus",
  "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
];

/**
 * Lower-case particles inside a person's name, between its capitalised words: Dutch and German ("Pieter
 * van der Berg", "Ursula von der Leyen", "Gerrit ter Horst"), Romance ("Rosa de la Fuente", "Luiz Inácio
 * Lula da Silva", "João dos Santos", "Lucia di Stefano") and Arabic ("Mohammed bin
 * Salman", "Khalid ibn Rashid"). One to three of them in a row ("van der", "de la", "van den").
 */
export const NAME_PARTICLES: readonly string[] = [
  "van", "von", "der", "den", "dem", "ter", "ten", "zu", "zum", "zur", "vom", "af", "av",
  "de", "da", "dos", "das", "del", "della", "delle", "dei", "degli", "di", "du", "des", "la", "le", "lo",
  "bin", "ibn", "bint", "binti", "al", "el", "abu", "ben",
];
const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);
/** Whether a word is a name particle ("van", "de", "bin"). */
export const isNameParticle = (word: string) => PARTICLE_SET.has(word);
/** A regular-expression source for one particle (no groups that capture). */
export const PARTICLE = `(?:${NAME_PARTICLES.join("|")})`;

/** Titles and offices that announce a person's name right after them. */
export const PERSON_TITLES = new Set([
  "President", "Prime", "Minister", "Secretary", "Chancellor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
  "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Pope",
  "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Lt.", "Sgt.", "Judge", "Justice", "Ambassador", "Commissioner",
  "Ombudsman", "Spokesman", "Spokeswoman", "Spokesperson", "Sheriff", "Officer", "Detective", "Chief", "Director", "Leader",
  "Premier", "Speaker", "Envoy", "Coach", "Professor", "Prof.", "Rev.", "Father", "Sister", "Bishop", "Archbishop", "CEO",
  "Chairman", "Chairwoman", "Chair", "Vice", "Deputy", "Foreign", "Defence", "Defense", "Interior", "Justice", "Finance",
  "Attorney", "Press", "Lord", "Lady", "Sir", "Dame", "Emir", "Sheikh", "Crown", "Patriarch", "Marshal", "Admiral",
  "Treasurer", "Exchequer", "Adviser", "Advisor", "Sultan", "Emperor",
  // Courtesy titles of other languages news keeps untranslated ("Señora Itziar Goikoetxea", "Frau Vogel", "Madame Diallo").
  "Miss", "Mister", "Madam", "Madame", "Mme", "Mme.", "Mlle", "Mlle.", "Monsieur", "Herr", "Frau", "Señor", "Señora", "Señorita",
  "Sra.", "Srta.", "Signor", "Signora", "Signorina",
]);

/** Canonical key for comparing names across articles: lower case, no diacritics, no apostrophe-s. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD").replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Relatives and companions, whom news names after a possessive: "her husband, Taras,", "his daughter, Mia,". */
export const KIN_NOUN = /^(?:husband|wife|son|daughter|brother|sister|mother|father|partner|fianc[ée]e?|boyfriend|girlfriend|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|widow|widower|friend|neighbou?r|colleague|companion)$/;
