// Direct quotes and who said them.
//
// 1. Quoted stretches, per paragraph: curly “…”, straight "…", guillemets «…», doubled marks
//    (““…””), quotes nested inside quotes, single ‘…’ (not the apostrophe in “didn’t”), and a quote
//    left open at the end of a paragraph (the next paragraph reopens it: one piece per paragraph).
// 2. Attributions: every speech cue in the text ("said", "told", "according to", "wrote", …) with
//    its speaker — the words before the cue ("Sen. Ann Ford said", "Ford, the panel's chair, said",
//    "a spokesman for the league said") or after it (", said Ann Ford"). Pronouns ("she said") and
//    definite descriptions ("the spokesman said") take the nearest compatible named speaker before
//    them (an earlier attribution within a few sentences, else the first person named in the
//    sentence before); an organisation can speak ("the league said").
// 3. Each quote takes the attribution right after it (`“…,” she said`), else the last one before it
//    in its sentence (`Ford said the plan was “dead on arrival.”`, or a split quote's second half),
//    else, opening a paragraph of quotes, the speaker of the quote or attribution just before.
// Short quoted phrases and Title Case ones (scare quotes, names of shows or books) are kept only
// when attributed. `speaker` is null when nobody is named: unattributed, or an anonymous source.
import type { Entity, Quote, Sentence, Token } from "../../domain/doc.js";
import { spanOf, type Span } from "../../domain/span.js";
import { COUNTRIES, COUNTRY_ALIASES, DEMONYMS, DEMONYM_PLURALS, PLACES } from "../gazetteer.js";
import { CLOSED_OPENERS, FEMALE_NAMES, isFirstName, isNameParticle, KIN_NOUN, MALE_NAMES, PARTICLE, PERSON_TITLES, UNISEX_NAMES } from "../../lexicon/names.js";
import { ATTRIBUTION_PHRASES, FOREIGN_BODIES, FOREIGN_CUES, HEADLINE_VERBS, SPEECH_AFTER_QUOTE, SPEECH_BEFORE_SPEAKER, SPEECH_VERBS } from "../../lexicon/attribution.js";
import { US_STATES } from "../../lexicon/regions.js";
import { countryOf } from "../../lexicon/countries.js";

// ---------------------------------------------------------------- quoted stretches

interface Piece {
  /** Opening and closing mark (close = paragraph end when the quote is left open). */
  readonly open: number;
  readonly close: number;
  readonly openEnded: boolean;
  /** A line that goes on with the quote the line before left open, closed by a spaced mark before its cue. */
  readonly continued?: boolean;
}

const OPENERS = "“«„";
const CLOSERS = "”»";

const MARKS = /["“”«»„\n]/g;

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const st: LineState = { depth: 0, start: -1, lastClose: -1, straight: -1, lineStart: 0, continues: false };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index!;
    if (m[0] === "\n") {
      const open = out.length;
      endLine(st, i, out);
      st.lineStart = i + 1;
      st.continues = out.length > open && out[out.length - 1]!.openEnded;
      continue;
    }
    mark(text, i, st, out);
  }
  endLine(st, text.length, out);
  singles(text, out);
  straightSingles(text, out);
  return out.sort((a, b) => a.open - b.open);
}

interface LineState {
  depth: number; start: number; lastClose: number; straight: number;
  /** Where the current line starts, and whether the line before it ended inside an open quote. */
  lineStart: number; continues: boolean;
}

/**
 * A straight mark with a space before it and a speech verb after it, on a line that continues a quote left
 * open ("…today.⏎There's nothing like it, "said Schiller."): it closes that quote, however it is spaced.
 */
const SPACED_CLOSE_BEFORE = /[,.!?;:]\s+$/;
const SPACED_CLOSE_AFTER = /^\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|adds|told|tells|explained|continued|insisted|warned|stated|wrote)\b/;

function mark(text: string, i: number, st: LineState, out: Piece[]): void {
  const c = text[i]!;
  if (c === '"' && st.continues && st.depth === 0 && st.straight < 0 && !/["“”]/.test(text.slice(st.lineStart, i))
    && SPACED_CLOSE_BEFORE.test(text.slice(st.lineStart, i)) && SPACED_CLOSE_AFTER.test(text.slice(i + 1, i + 30))) {
    out.push({ open: st.lineStart - 1, close: i, openEnded: false, continued: true });
    st.continues = false;
    return;
  }
  if (c === '"') {
    // A straight mark closing a curly quote (“…") when it ends a word.
    if (st.depth === 1 && /\S/.test(text[i - 1]!) && /^(?:[\s,.;:!?)]|$)/.test(text[i + 1] ?? "")) { out.push({ open: st.start, close: i, openEnded: false }); st.depth = 0; return; }
    if (st.depth > 0) return;
    if (st.straight < 0) st.straight = i;
    else if (text[i - 1] === '"' && i - 1 === st.straight) st.straight = i; // doubled opener
    else if (text[i + 1] === '"') return; // doubled closer: the second one closes
    else { out.push({ open: st.straight, close: i, openEnded: false }); st.straight = -1; }
  } else if (OPENERS.includes(c)) {
    if (st.straight >= 0) return;
    // A wrong-way mark closing a curly quote (“…“) when it ends a word.
    if (st.depth === 1 && c === "“" && /\S/.test(text[i - 1]!) && /^(?:[\s,.;:!?)]|$)/.test(text[i + 1] ?? "")) { out.push({ open: st.start, close: i, openEnded: false }); st.depth = 0; return; }
    if (st.depth === 0) { st.start = i; st.depth = 1; }
    else if (i - 1 === st.start && OPENERS.includes(text[i - 1]!)) st.start = i; // doubled opener
    else st.depth++;
  } else if (CLOSERS.includes(c)) {
    // A curly mark closing a straight quote ("…”) when it ends a word.
    if (st.straight >= 0 && st.depth === 0 && /\S/.test(text[i - 1]!) && /^(?:[\s,.;:!?)]|$)/.test(text[i + 1] ?? "")) { out.push({ open: st.straight, close: i, openEnded: false }); st.straight = -1; return; }
    if (st.straight >= 0 || st.depth === 0) return;
    if (st.depth === 1 && CLOSERS.includes(text[i + 1] ?? "")) return; // doubled closer
    st.lastClose = i;
    if (--st.depth === 0) out.push({ open: st.start, close: i, openEnded: false });
  }
}

/** A quote still open at the end of its paragraph ends there (the next paragraph may reopen it). */
function endLine(st: LineState, to: number, out: Piece[]): void {
  if (st.straight >= 0) out.push({ open: st.straight, close: to, openEnded: true });
  if (st.depth > 0) {
    if (st.lastClose > st.start) out.push({ open: st.start, close: st.lastClose, openEnded: false });
    else out.push({ open: st.start, close: to, openEnded: true });
  }
  st.depth = 0; st.start = -1; st.lastClose = -1; st.straight = -1;
}

/** ‘…’ quotes outside double ones; ’ glued to letters on both sides is an apostrophe. */
function singles(text: string, out: Piece[]): void {
  const inside = (p: number) => out.some((q) => q.open <= p && p <= q.close);
  let from = 0;
  while (from < text.length) {
    const s = text.indexOf("‘", from);
    if (s < 0) break;
    from = s + 1;
    if (/[\p{L}\p{N}]/u.test(text[s - 1] ?? "") || inside(s)) continue;
    let e = text.indexOf("’", s + 1);
    while (e > 0 && /[\p{L}]/u.test(text[e + 1] ?? "") && /[\p{L}]/u.test(text[e - 1] ?? "")) e = text.indexOf("’", e + 1);
    if (e < 0) break;
    const newline = text.indexOf("\n", s);
    if (newline >= 0 && newline < e) continue;
    out.push({ open: s, close: e, openEnded: false });
    from = e + 1;
  }
}

/**
 * '…' in straight marks, as British copy and many feeds write quotes ('We will rebuild the schools,' the minister
 * said): an opening mark at a line's start or after a space or bracket, before a capital letter, closed by a
 * mark right after the quote's own punctuation. Apostrophes ("didn't", "the workers' union", "the '90s") are neither:
 * a closing mark needs a full stop, comma, question or exclamation mark before it.
 */
function straightSingles(text: string, out: Piece[]): void {
  const taken = (a: number, b: number) => out.some((q) => q.open <= b && a <= q.close);
  for (const m of text.matchAll(/(^|[\s(\[—–:])'(?=\p{Lu})/gmu)) {
    const s = m.index! + m[1]!.length;
    const lineEnd = text.indexOf("\n", s);
    const close = /[.,!?]'(?=[\s)\]—–]|$)/gu;
    close.lastIndex = s + 1;
    const c = close.exec(text);
    if (!c || (lineEnd >= 0 && c.index > lineEnd)) continue;
    const e = c.index + 1;
    if (e - s < 8 || taken(s, e)) continue;
    out.push({ open: s, close: e, openEnded: false });
  }
}

// ---------------------------------------------------------------- speech cues and their speakers

/** Inverted cues that also take an object (`charged Ann Ford with contempt`, `denied Ann Ford a visa`). */
const OBJECT_VERB_INVERTED = /^(?:claimed|claims|alleged|charged|suggested|confirmed|denied|announced|estimated|posted|emailed|texted|maintained|contended)$/;
/** Cues that may come before their speaker right after a quote: `“…,” said Ann Ford`. */
const INVERTIBLE = new Set(SPEECH_BEFORE_SPEAKER);
/**
 * Attribution phrases name their speaker after them ("according to the port authority"); "per" is
 * left out (too often "per cent", "per year"), and "citing" is a participle of the sentence's subject.
 */
const SPEAKER_AFTER = ATTRIBUTION_PHRASES.filter((p) => p !== "per" && p !== "citing");
const AFTER_RE = new RegExp(`^(?:${SPEAKER_AFTER.join("|").replace(/ /g, "\\s+")})$`, "i");
const CUES = [...SPEECH_VERBS, ...SPEECH_AFTER_QUOTE, "citing", ...SPEAKER_AFTER.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)])];
/** Verbs of manner that are cues only right after a quote (`“…,” Ann Ford fumed`). */
const AFTER_QUOTE_ONLY = new Set(SPEECH_AFTER_QUOTE.filter((v) => !SPEECH_VERBS.includes(v)));
// Letters either side end a cue, not \b, which is ASCII-only: "afirmó" and "a déclaré" end in a letter \b does not see.
// A hyphen before makes an adjective, not a cue: "so-called", "self-described", "much-touted".
/**
 * "claims" and "states" after a paper ("the suit also claims Ann Lee “…”", "the report states"): a verb there,
 * though news mostly writes both as nouns ("his claims", "20 states"), so they are left out of SPEECH_VERBS.
 * (Each form matches its verb first and looks behind only then, as the gated cues below: looked behind first, at every
 * word of every article, the two took three quarters of the cue scan's regexp time — the same matches.)
 */
const PAPER_PRESENT = "(?:claims|states)(?<=(?:suit|lawsuit|complaint|filing|indictment|report|memo|letter|statement|document|study|petition|motion|ruling|order|affidavit|brief|article|bill|resolution|charter|constitution)\\s+(?:also\\s+|further\\s+)?\\p{L}+)" +
  // "Article 33 affirms:", "The Second Amendment reads:", "Section 12 of the charter states:": a text's numbered part quoted.
  "|(?:reads|states|says|affirms|provides|declares|stipulates|guarantees)(?<=(?:\\b(?:Article|Section|Clause|Rule|Chapter|Paragraph|Title)\\s+[\\dIVXLC]+[a-z]?(?:\\s+of\\s+(?:the\\s+)?[\\p{L}\\s]{1,40}?)?|\\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Nineteenth|Twenty-\\p{Ll}+)\\s+Amendment|\\b\\p{Lu}\\p{Ll}+\\s+\\d{1,3}:\\d{1,3})\\s+\\p{L}+)(?=\\s*(?::|,?\\s*[“\"]|\\s+that\\b))";
/** The numbered part of a text before its verb ("Article 33", "Section 12 of the charter", "the Second Amendment", "Isaiah 45:1"): it speaks. */
const DOC_PART_BEFORE = /(?:^|[\s(])((?:[Tt]he\s+)?(?:(?:Article|Section|Clause|Rule|Chapter|Paragraph|Title)\s+[\dIVXLC]+[a-z]?(?:\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)?|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Nineteenth|Twenty-\p{Ll}+)\s+Amendment|\p{Lu}\p{Ll}+\s+\d{1,3}:\d{1,3}))\s+$/u;
const DOC_PART_VERB = /^(?:reads|states|says|affirms|provides|declares|stipulates|guarantees)$/;
/**
 * Base forms that are speech only after a modal ("could only quip:", "would simply reply", "will no doubt
 * counter"): elsewhere mostly nouns ("a quip", "his reply"). (The modal itself is an AUX word, stripped before the subject.)
 */
const MODAL_BASE = "(?:quip|joke|reply|respond|retort|remark|counter|comment|muse|recall|concede|answer|insist|note|offer)(?<=\\b(?:would|could|will|did|can|might)\\s+(?:(?:only|simply|just|not|never|later|also|no\\s+doubt|then|again|merely)\\s+){0,2}\\p{L}+)";
/** "calls" after the object of a relative clause and its subject: "a strategy which harbor historian Oskar Lind calls “…”" (elsewhere mostly a noun; not "pointed out that the board calls it": "that" opens a reported clause there). */
const RELATIVE_CALLS = "(?:calls|terms|dubs|labels)(?<=(?:\\bwhich|\\bwhat|(?<!\\b(?:out|said|says|noted|notes|argued|argues|claimed|claims|added|insisted|warned|explained|wrote|writes|believes?|believed|thinks?|thought|knows?|knew|agreed|agrees)\\s)\\bthat)\\s+(?:[\\p{L}.'’-]+\\s+){1,5}\\p{L}+)";
/** Present forms news mostly writes as nouns, as cues right after a quote and a plural subject: "“…,” the authors note.", "“…,” Ann Lee and Tom Ward note in their report." */
const PLURAL_AFTER_QUOTE = "(?:note|state|claim|remark|report|estimate|counter|recall)(?<=[”\"»],?\\s+(?:(?:[Tt]he\\s+)?(?:[\\p{L}'’.-]+\\s+){0,3}[\\p{L}'’.-]+s|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}and\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*)\\s+\\p{L}+)(?=\\s*[.,;]|\\s+(?:in|on|at)\\s)";
const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${CUES.join("|").replace(/ /g, "\\s+")}|${PAPER_PRESENT}|${MODAL_BASE}|${RELATIVE_CALLS}|${PLURAL_AFTER_QUOTE})(?![\\p{L}\\p{N}])`, "gu");
const AUX = /(?:\s+(?:has|have|had|would|will|could|can|might|did|does|do|also|merely|however|though|too|later|then|again|once|previously|recently|repeatedly|publicly|privately|flatly|bluntly|simply|often|frequently|famously|reportedly|quickly|angrily|earlier|already|even|never|always|just|first|further|only|long|not|"?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|(?:in|on)\s+(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:statement|interview|tweet|post|speech|letter|email|e-mail|radio\s+interview|television\s+interview|news\s+conference|press\s+conference|conference\s+call|video|op-ed|memo)))+\s*$/i;

/**
 * Words between a speaker and the verb, case-sensitive (a capitalised "Kelly" is a name, "jokingly" is
 * not): adverbs ("Ford jokingly said"), "himself", a progressive or passive ("Ford is insisting"),
 * a time ("Ford later Thursday told", "the agency two weeks ago said").
 */
const ASIDE = /(?:\s+(?:(?!(?:family|ally|rally|assembly|supply|reply|daily|weekly|monthly|quarterly|bully|belly|fly|holy)\b)[a-z]{2,}ly|himself|herself|themselves|itself|both|jointly|is|was|are|were|been|being|(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+ago|(?:later|earlier|late|early|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight)|today|yesterday|tonight))+\s*$/;

/** Lower-case words that head a description of a speaker ("the spokesman", "a campaign aide"). */
const DESCRIPTORS = new Set(("spokesman spokeswoman spokesperson spokespeople campaign aide aides adviser advisers advisor " +
  "official officials manager chairman chairwoman chair director secretary senator governor president candidate nominee " +
  "leader leaders lawyer lawyers attorney representative strategist strategists staff staffer office team committee " +
  "press communications deputy senior chief executive founder co-founder head member members source sources analyst " +
  "analysts expert experts professor economist minister ministry department agency police prosecutors prosecutor group " +
  "organization organisation party board council administration government frontrunner front-runner billionaire mogul " +
  "businessman businesswoman congressman congresswoman lawmaker lawmakers legislator mayor judge commissioner statement " +
  "release report pollster pollsters host anchor correspondent reporter reporters supporter supporters voter voters " +
  "resident residents worker workers activist activists organizer organizers daughter son wife husband mother father " +
  "friend man woman people officer officers sheriff general colonel ambassador envoy researcher researchers scientist " +
  "scientists doctor doctors author authors writer editor editors study survey poll boss consultant operative pastor " +
  "commentator columnist historian delegate superdelegate hopeful donor donors fundraiser chairperson treasurer counsel " +
  "aide spokeswoman lieutenant sergeant captain authority authorities service commission court institute company firm bureau " +
  "center centre union association network newspaper paper magazine website data figures records documents filing report " +
  "estimates uncle aunt grandmother grandfather grandson granddaughter grandparent grandparents cousin nephew niece sister brother " +
  "widow widower fiancee fiancée fiance girlfriend boyfriend stepfather stepmother stepson stepdaughter parent parents relative " +
  "relatives neighbor neighbour neighbors neighbours classmate roommate coworker co-worker " +
  // People by their tie to someone ("said Rita Pinto's colleague, Luis Faria").
  "colleague colleagues ally allies rival rivals boss successor predecessor spouse mentor associate associates confidant confidante protege protégé " +
  // Occupations a report names someone by and then points back with ("Detective Inspector Mark Lowe … the detective said").
  "detective inspector constable superintendent firefighter paramedic surgeon nurse teacher headteacher headmaster headmistress principal pilot commander chancellor premier councillor councilman councilwoman engineer coroner owner landlord farmer driver chef priest rabbi imam bishop vicar midwife pharmacist dentist architect").split(" "));
/** Descriptions of one person, which "the …" can point back with ("the spokesman said"), unlike "the agency". */
const PERSON_NOUN = new Set(("spokesman spokeswoman spokesperson senator governor president candidate nominee leader lawyer " +
  "attorney representative strategist aide adviser advisor official minister mayor judge commissioner congressman " +
  "congresswoman lawmaker legislator billionaire mogul businessman businesswoman frontrunner front-runner chairman chairwoman " +
  "chair director secretary manager host anchor officer sheriff general colonel ambassador envoy professor economist " +
  "analyst expert author writer editor founder co-founder executive chief head pollster prosecutor star actor actress " +
  "singer player coach veteran activist organizer organiser researcher scientist doctor man woman " +
  "goalkeeper keeper striker midfielder defender winger boxer golfer cyclist jockey batsman bowler referee " +
  "lieutenant sergeant captain detective inspector constable superintendent firefighter paramedic surgeon nurse teacher headteacher headmaster headmistress principal pilot commander chancellor premier councillor councilman councilwoman engineer coroner owner landlord farmer driver chef priest rabbi imam bishop vicar midwife pharmacist dentist architect").split(" "));
/** Descriptions that stand for one person or body named before: "the spokesman said" → that spokesman. */
const DEFINITE = /^(?:the|this|that)$/i;
const PREPOSITION = /^(?:from|in|at|of|near|with|to|by|on|about|against|for|into|outside|inside|across)$/i;
// US states, but not "Washington": a surname too, and the capital speaking for the government.
const PLACE_WORDS = new Set([...COUNTRIES, ...PLACES, ...Object.keys(COUNTRY_ALIASES), ...Object.keys(DEMONYMS), ...US_STATES.filter((s) => s !== "Washington")]);
const PARTY = /^(?:Republican|Republicans|Democratic|Democrat|Democrats|GOP|Conservative|Liberal|Libertarian|Labour|Tory|Green|Independent|Former|Then|Acting|Senior|Top|Chief)$/;
const TITLE_ABBR = /^(?:Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Mr|Mrs|Ms|Dr|Prof|Rev|Hon|Atty|Supt|Cmdr|Adm|Maj|Pres|Sec)\.$/;
const NOT_SUBJECT = /^(?:The|A|An|This|That|These|Those|Another|Multiple|Several|Each|Every|Few|Such|Other|Indeed|Moreover|Furthermore|Likewise|Similarly|Nevertheless|Nonetheless|Today|Tonight|Yesterday|It|But|And|Or|If|When|While|As|In|On|At|For|From|With|By|After|Before|Since|Meanwhile|However|Still|Yet|Also|Both|Some|Many|Most|All|One|Asked|Speaking|Later|Earlier|Then|So|Now|Here|There|What|Who|Why|How|His|Her|Their|Its|Our|My|Your|We|I|You|Wie|Als|Nachdem|Obwohl|Während|Weil|Wenn)$/;
/** Pronouns a speaker can be, in English and in German or French copy ("sagte er", "elle a déclaré"). */
const PRONOUN = /^(?:he|she|they|er|sie|il|elle|ele|ela|él|ella)$/i;
const MALE_PRONOUN = /^(?:he|er|il|ele|él)$/i;
const FEMALE_PRONOUN = /^(?:she|sie|elle|ela|ella)$/i;
/** German puts the pronoun after the verb (`„…“, sagte er`); English does not (`“…,” said he` is archaic). */
// (Portuguese and Spanish too, `“…”, disse ele`; French joins it with a hyphen, `« … », affirme-t-il`, `dit-elle`.)
const PRONOUN_AFTER_VERB = /^(?:\s+(?=(?:er|sie|ele|ela|él|ella)(?![\p{L}]))|-(?:t-)?(?=(?:il|elle)(?![\p{L}])))(\p{L}+)/u;

// First names by sex from compromise's lexicon (a general list, not one corpus's people), and honorifics;
// not names given to both ("Lindsey Graham … he said").
const MALE = new Set(["mr.", "mr", "sir", ...[...MALE_NAMES].filter((n) => !UNISEX_NAMES.has(n))]);
const FEMALE = new Set(["mrs.", "mrs", "ms.", "ms", "miss", "madam", ...[...FEMALE_NAMES].filter((n) => !UNISEX_NAMES.has(n))]);

type Gender = "m" | "f" | null;

interface Said {
  /** The cue as written and where. */
  readonly cue: Span;
  /** Where the speaker is written: before the cue ("Ford said") or after it ("said Ford"). */
  readonly subject: Span | null;
  /** The named speaker (a name or organisation, resolved for pronouns and descriptions), or null. */
  readonly speaker: Span | null;
  readonly gender: Gender;
  readonly org: boolean;
  /** For a passive "was asked": the one asked (the sentence's subject), whom a pronoun after the question points back to. */
  readonly asked?: { readonly span: Span; readonly gender: Gender; readonly org: boolean } | null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/;
/** Two-letter and abbreviated US state names written after a town ("Flint, Mich., said"). */
const STATE_ABBR = /^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$/;

/** An Arabic name written with its article: "al-Sisi", "el-Baradei" (a name word, though lower-case). */
const ARTICLE_NAME = /^(?:al|el|as|ad|ar|an|ash|at|az)-\p{Lu}\p{L}/u;

function isCapWord(w: string): boolean {
  if (ARTICLE_NAME.test(w)) return true;
  return /^\p{Lu}/u.test(w) && !NOT_SUBJECT.test(w) && !DATE_WORD.test(w);
}

/**
 * German titles, capitalised like names: compounds ending in an office ("Bürgermeisterin", "Polizeisprecher",
 * "Finanzministerin") and a few standing alone ("Sprecherin", "Kanzlerin"); not a surname such as "Richter" or "Meister".
 */
const GERMAN_TITLE = /^(?:\p{Lu}\p{Ll}+(?:meister|sprecher|minister|präsident|direktor|leiter|chef|kanzler|vorsitzende|vorsitzender|kommissar|sekretär|beauftragte|beauftragter|richter|anwalt|anwältin)(?:in)?|Sprecher|Sprecherin|Minister|Ministerin|Präsident|Präsidentin|Kanzler|Kanzlerin|Direktor|Direktorin|Leiterin|Chefin|Richterin|Anwalt|Anwältin|Kommissar|Kommissarin|Vorsitzende|Vorsitzender|Bürgermeister|Bürgermeisterin)$/u;

const CLOSED = new Set(CLOSED_OPENERS);
function isNameWord(w: string): boolean {
  const bare = w.replace(/['’]s?$/u, "");
  if (GERMAN_TITLE.test(bare)) return false;
  if (ARTICLE_NAME.test(bare)) return true;
  return /^\p{Lu}/u.test(bare) && !DATE_WORD.test(bare) && !(STATE_ABBR.test(w) && !TITLE_ABBR.test(w)) && !PLACE_WORDS.has(bare) && !PARTY.test(bare) && !TITLE_ABBR.test(bare) && !PERSON_TITLES.has(bare) && !NOT_SUBJECT.test(bare) && !CLOSED.has(bare);
}

interface Ctx {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly pieces: readonly Piece[];
  readonly said: Said[];
  /** The text's tokens with their parts of speech, when the caller has them. */
  readonly tokens?: readonly Token[];
}

function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0, hi = sentences.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

const ABBR = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|St|Jr|Sr|Inc|Co|Corp|Capt|Sgt|Prof|Rev|No|vs|Ft|Mt|Atty|Supt|Sec|Pres|Adm|Maj|Cmdr|Hon|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)|[A-Z]\.[A-Z])\.$/;
const BOUNDARY = /[.!?]["”’]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;

/** "at 7 p.m. Friday", "about 9 a.m. EDT": the clock's abbreviation before a day or a time zone ends no sentence. */
const AFTER_CLOCK = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[ECMP][SD]?T|GMT|UTC|BST|CET|Eastern|Central|Mountain|Pacific|local\s+time)\b/;
function clockAbbr(text: string, dot: number): boolean {
  return /\b[ap]\.m$/.test(text.slice(Math.max(0, dot - 4), dot)) && AFTER_CLOCK.test(text.slice(dot + 1, dot + 20));
}

/** Last sentence end in text[from, to) (abbreviations such as "Gov." or "U.S." end none), or -1. */
function lastBoundary(text: string, from: number, to: number): number {
  let ans = -1;
  const chunk = text.slice(from, Math.min(text.length, to + 3)); // a little past `to`: the boundary looks at the next letter
  for (const m of chunk.matchAll(BOUNDARY)) {
    const dot = m.index!;
    if (from + dot + m[0].length > to) break;
    if (chunk[dot] === "." && (ABBR.test(text.slice(Math.max(0, from + dot - 6), from + dot + 1)) || clockAbbr(text, from + dot))) continue;
    ans = from + dot + m[0].length;
  }
  return ans;
}

/** Where the clause holding `pos` starts: its sentence, its paragraph, or the end of a quote before it. */
function clauseStart(c: Ctx, pos: number): number {
  let lo = Math.max(0, c.text.lastIndexOf("\n", pos - 1) + 1, pos - 400);
  const b = lastBoundary(c.text, lo, pos);
  if (b >= 0) lo = b;
  for (const p of c.pieces) {
    if (p.open >= pos) break;
    // A short name in quotes inside the clause ("wearing “Team Lee” pins") ends nothing.
    if (p.close < pos && p.close + 1 > lo && !(/^\s+\p{Ll}/u.test(c.text.slice(p.close + 1, p.close + 4)) && titleCase(c.text.slice(p.open + 1, p.close).trim().split(/\s+/)) && c.text.slice(p.open + 1, p.close).split(/\s+/).length <= 4)) lo = p.close + 1;
    if (p.open < pos && pos <= p.close) lo = Math.max(lo, p.open + 1); // the cue is inside a quote
  }
  return lo;
}

/** A name with particles between its capitalised words: "Pieter van der Berg", "Rosa de la Fuente". */
const PARTICLE_NAME = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:${PARTICLE}\s+){1,3}\p{Lu}[\p{L}'’.\-]*$`, "u");
/** A surname written with its particles and no first name: "van Rijn", "de la Fuente", "bin Talal". */
const PARTICLE_SURNAME = new RegExp(String.raw`^(?:${PARTICLE}\s+){1,3}\p{Lu}[\p{L}'’.\-]*$`, "u");
/** What may stand right before a surname's particles: the start, punctuation, a quotation mark, a cue or a conjunction ("“…,” van Gaal said", "said de Jong", "according to ter Horst"). */
const BEFORE_PARTICLES = /(?:^|\n|[(“"«„”»,;:—–.!?]|\b(?:said|says|told|added|wrote|asked|replied|according\s+to|per|and|but|while|when|that|as|by|with|from|Mr\.?|Mrs\.?|Ms\.?|Dr\.?))\s*$/iu;
/** Particles of a surname right before a span, at the start or after a non-letter (built once: asked for every speaker span). */
const PARTICLES_BEFORE = new RegExp(String.raw`(?:(?<=^)|(?<=[^\p{L}]))((?:${PARTICLE}\s){1,3})$`, "u");
/**
 * A speaker span that stops after the particles opening a surname ("Fuente" in "“…,” de la Fuente said"):
 * the particles go with it when nothing but the start, punctuation or a cue stands before them (not "el
 * portavoz de Podemos": a noun before "de" makes it a preposition).
 */
function withParticles(text: string, span: Span): Span {
  const m = PARTICLES_BEFORE.exec(text.slice(Math.max(0, span.start - 16), span.start));
  if (!m || !/^\p{Lu}/u.test(span.text)) return span;
  const at = span.start - m[1]!.length;
  if (!BEFORE_PARTICLES.test(text.slice(Math.max(0, at - 20), at))) return span;
  // (Not a particle that ends a name run before it, as "Rosa de la Fuente" already holds "Rosa".)
  if (/\p{Lu}[\p{L}'’.\-]*\s$/u.test(text.slice(Math.max(0, at - 20), at)) && !/(?:said|says|told|added|wrote|asked|replied)\s$/.test(text.slice(Math.max(0, at - 20), at))) return span;
  return spanOf(text, at, span.end);
}
/**
 * A speaker written by the first name alone ("Later Ana Lucía added", "“…,” Tomasz said") whom the text named in
 * full before ("Ana Lucía Herrera runs the shelter"): the full name, so other articles' quotes can be matched
 * to it. Only when one person named before opens with those words; a surname alone stays as written.
 */
function fullFromFirst(c: Ctx, span: Span): Span {
  const words = span.text.split(/\s+/);
  // (A known first name: not "Pew" before "Pew Research", nor "Ban" of "Ban Ki-moon", whose surname comes first.)
  if (words.length > 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || !(MALE.has(words[0]!.toLowerCase()) || FEMALE.has(words[0]!.toLowerCase()) || UNISEX_NAMES.has(words[0]!.toLowerCase()))) return span;
  const full = new Map<string, Span>();
  for (const e of c.entities) {
    if (e.type !== "person" || e.span.start >= span.start) continue;
    const ew = e.span.text.split(/\s+/);
    if (ew.length > words.length && words.every((w, i) => ew[i] === w)) full.set(e.span.text, e.span);
    // (A surname someone else bears is no first name: "Ruth Paul … “…,” Paul said".)
    else if (ew.length > 1 && ew[ew.length - 1] === words[words.length - 1]) return span;
  }
  return full.size === 1 ? [...full.values()][0]! : span;
}

/**
 * A German role with no name, then what it is the role of: the body or place speaks ("sagte ein Sprecher der
 * Deutschen Bahn" → Deutschen Bahn, "der Bürgermeister von Köln" → Köln), as "a spokesman for Iberia" → Iberia,
 * "un porte-parole de la SNCF" → SNCF and "the mayor of Cologne" → Cologne do; the body as written, its case
 * ending and all.
 */
const GERMAN_ROLE_OF = /^(\p{Lu}[\p{L}-]*)\s+(?:der|des|von|vom|dem|den|zur|zum|im|in\s+der)\s+(?=\p{Lu})/u;
function roleOfBody(text: string, span: Span): Span {
  const m = GERMAN_ROLE_OF.exec(span.text);
  if (!m || !GERMAN_TITLE.test(m[1]!)) return span;
  return spanOf(text, span.start + m[0].length, span.end);
}
/** Lower-case words a speaker phrase runs across between capitalised ones ("Bank of Iceland", "Ann and Tom Lee", "Pieter van der Berg"). */
const connects = (w: string) => /^(?:of|for|the|and)$/.test(w) || isNameParticle(w);
/** One name, or two joined by "and" ("Piet Mols and Ana Reyes", "Piet and Ana Mols"). */
const NAME_WORDS = "(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.\\-]*";
const NAMES = new RegExp(`^${NAME_WORDS}(?:\\s+(?:and|&)\\s+${NAME_WORDS})?$`, "u");
/** Whether an appositive's capitalised words name a person or body: not an opener, a party tag or only places ("Ohio and Texas"). */
function appositiveName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== "and" && w !== "&");
  return !NOT_SUBJECT.test(words[0]!) && !words.every((w) => PLACE_WORDS.has(w.replace(/[.,]$/, ""))) && !/^[RDI]-[\p{L}.]+$/u.test(name);
}

/** A party tag in apposition: ", R-Fla.,", ", D-N.Y.,", ", I-Vt.," (AP style). */
const PARTY_TAG_BETWEEN = /(?<=\p{Ll}|\.),\s*[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,/gu;

/** The speaker phrase ending at `end` (exclusive), looking no further left than `lo`. */
function subjectBefore(text: string, lo: number, end: number): Span | null {
  let left = text.slice(lo, end);
  // "Ford interjected to say" (keeping the comma that closes an appositive: "Ford, who …, interjected to say").
  left = left.replace(/(,?)(?:\s+(?:\p{Ll}+ed|went\s+on|was\s+quick|is\s+quick|had|has|have|wanted|seemed|appeared|was\s+careful|took\s+care))\s+to\s*$/u, "$1 ");
  // "Ford kept asking", "Ford began shouting": a verb of continuing before a participle cue.
  if (/ing$/.test(text.slice(end, end + 20).split(/\s/)[0] ?? "")) left = left.replace(/(,?)\s+(?:kept|keeps|keep|began|begins|started|starts|continued|continues)\s*$/u, "$1 ");
  for (let before = ""; before !== left;) { before = left; left = left.replace(AUX, "").replace(ASIDE, ""); }
  // "La préfecture a indiqué", "El ayuntamiento de Valencia explicó": a body of other languages' copy by its
  // common noun, right before a cue of that language.
  const foreign = FOREIGN_CUE_AFTER.test(text.slice(end, end + 24)) ? FOREIGN_BODY_BEFORE.exec(left) : null;
  if (foreign) { const at = lo + foreign.index + foreign[0].lastIndexOf(foreign[1]!); return spanOf(text, at, at + foreign[1]!.length); }
  // "Sen. Ann Lee, R-Ohio, a member of the panel, said": a party tag between commas is no appositive name
  // (blanked, so offsets stay).
  if (/[RDI]-/.test(left)) left = left.replace(PARTY_TAG_BETWEEN, (m) => `${" ".repeat(m.length - 1)},`);
  // "Paul Girard, who called", "Ward — who has described", "Ward, who has in the past described" (not
  // "Ward, who he dubbed": "who" is the object there).
  let relative = /(\p{Lu}[\p{L}'’.-]*)(?:,|\s*[—–]|\s+--)\s*who(?:\s+(?!(?:he|she|they|we|you|it|i)\s)\p{Ll}+){0,5}?\s*$/u.test(left);
  left = left.replace(/(\p{Lu}[\p{L}'’.-]*)(?:,|\s*[—–]|\s+--)\s*who(?:\s+(?!(?:he|she|they|we|you|it|i)\s)\p{Ll}+){0,5}?\s*$/u, "$1");
  // "from Greenpeace, which warned", "the Moreau campaign, which called", "the dockworkers' union, which said": a
  // body set off before "which" is the relative clause's subject (not "the bill, which calls": no body; not
  // "the union, which he called": "which" is the object there).
  if (!relative) {
    const which = /(\p{Lu}[\p{L}'’.&-]*|\p{Ll}+)(?:,|\s*[—–]|\s+--)\s*which(?:\s+(?!(?:he|she|they|we|you|it|i)\s)\p{Ll}+){0,4}?\s*$/u.exec(left);
    if (which && (/^\p{Lu}/u.test(which[1]!) || ORG_NOUN.has(which[1]!))) {
      relative = true;
      left = left.slice(0, which.index + which[1]!.length);
    }
  }
  left = left.replace(/\s*\([^()]{1,40}\)\s*,?\s*$/, "");
  // "A Harbor Board official who spoke on condition of anonymity said": a description opening the clause,
  // then a relative clause about it, then the verb (not "Lee met an official who later said").
  if (/\bwho/.test(left)) left = left.replace(/((?:^|,)\s*(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]wo|[Tt]hree)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:official|officials|spokes(?:man|woman|person)|aides?|advis[eo]rs?|sources?|person|people|staffers?|strategists?|operatives?|insiders?|members?|lawyers?|attorneys?|executives?|employees?))\s+(?:who|whom)\s+(?!(?:he|she|they|we|you|it|i)\s)[^,;:“”"«»()\n]{1,100}$/u, "$1");
  // "A former harbour master -- Piet Mols, who retired in 2010 -- said", "the pilot — Ana Reyes — said":
  // the name opening an appositive set off by dashes after a description.
  const dashed = /(?:\p{Ll}|['’]s)\s*(?:--|[—–])\s*((?:(?!--)[^—–\n]){1,140}?)\s*(?:--|[—–])\s*$/u.exec(left);
  // Not before a passive ("The plan -- Green Streets -- was called “…” by Lee": the name is what was called).
  const passive = /(?:,|--|[—–])\s*(?:\p{Ll}+\s+){0,2}?(?:was|is|were|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(lo, end));
  if (dashed && !passive) {
    const name = dashed[1]!.split(",")[0]!.trim();
    if (NAMES.test(name) && appositiveName(name)) {
      const at = lo + dashed.index + dashed[0].indexOf(dashed[1]!);
      return spanOf(text, at, at + name.length);
    }
  }
  let cut = left.length;
  // An appositive between the name and the verb: "Ann Ford, the panel's chair, said" / "Ford, 57, said",
  // after an aside: "Ford, meanwhile, who chairs the panel, said".
  for (let layer = 0; layer < 3 && /,\s*$/.test(left); layer++) {
    const body = left.replace(/,\s*$/, "");
    const comma = body.lastIndexOf(",");
    if (comma < 0) { left = body; cut = left.length; break; }
    const appos = body.slice(comma + 1).trim();
    const head = body.slice(0, comma).replace(/\s*\([^()]{1,40}\)\s*$/, "");
    // "The league's spokesman, Ann Ford, said": the appositive is the name; "Another demonstrator,
    // Roberto Saravia from Los Angeles, said": the name before where the person is from.
    const from = /^((?:\p{Lu}[\p{L}'’.\-]*\s*){1,4}?)\s+(?:of|from)\s+(?:\p{Lu}[\p{L}'’.\-]*\s*){1,3}$/u.exec(appos);
    // "Ibarra's assistant, the former striker Tomas Lind, said": a description of the name in the appositive.
    const titled = /^(?:the|a|an)\s+(?:(?!(?:of|for|at|in|from|to|with|and|or)\s)[\p{Ll}-]+\s+){1,3}((?:\p{Lu}[\p{L}'’\-]*\s+){1,2}\p{Lu}[\p{L}'’\-]*)$/u.exec(appos);
    const name = from ? from[1]!.trim() : titled ? titled[1]! : appos;
    // "Mayor Ana Ruiz and her deputy, Paul Kim, said": two speakers, the second named in apposition; the first speaks first.
    const pair = /(?:^|[\s,(])((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*)\s+(?:and|&)\s+(?:his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.exec(head);
    if (pair && !passive && /^(?:\p{Lu}[\p{L}'’.\-]*\s*){1,4}$/u.test(name) && pair[1]!.split(/\s+/).some((w) => isNameWord(w)) && !NOT_SUBJECT.test(pair[1]!.split(/\s+/)[0]!)) {
      const at = lo + pair.index + pair[0].indexOf(pair[1]!);
      return spanOf(text, at, at + pair[1]!.length);
    }
    // "Two dock engineers, Piet Mols and Ana Reyes, found", "the historians, Piet and Ana Mols, wrote": two names.
    // ("a hydrologist who has studied it since 2009, Ana Reyes, told": a relative clause may end in a number.)
    if (!passive && (/^(?:\p{Lu}[\p{L}'’.\-]*\s*){1,4}$/u.test(name) || PARTICLE_NAME.test(name) || PARTICLE_SURNAME.test(name) || (NAMES.test(name) && appositiveName(name))) && (/(?:\p{Ll}|['’]s)\s*$/u.test(head) || (/\d\s*$/.test(head) && /\swho\s/.test(head))) && !NOT_SUBJECT.test(name.split(/\s+/)[0]!) && !/^[RDI]-[\p{L}.]+$/u.test(name)
      // ("A fisherman in Vigo, Galicia, said": a region or country after a town is where, not who.)
      && !((PLACE_WORDS.has(name) || countryOf(name) !== null) && /\b(?:in|from|near|of|at|outside)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u.test(head))) {
      const at = lo + body.indexOf(name, comma);
      return spanOf(text, at, at + name.length);
    }
    left = head;
    cut = left.length;
    const aside = /,\s*(?:meanwhile|however|too|also|though|instead|in turn|for (?:his|her|their|its) part|in a statement|in an interview)\s*$/i.exec(left);
    if (aside) { left = `${left.slice(0, aside.index)},`; cut = left.length; continue; }
    if (!/^\s*(?:\p{Lu}|\d)/u.test(appos) && !/,/.test(left)) break;
    if (!/,\s*$/.test(left)) break;
  }
  const words = [...left.slice(0, cut).matchAll(WORD)];
  if (words.length === 0) return null;
  let k = words.length - 1;
  // Only a word touching the end can begin the phrase.
  const lastEnd = words[k]!.index! + words[k]![0].length;
  if (left.slice(lastEnd, cut).trim().length > 0 && !/^['’]?$/.test(left.slice(lastEnd, cut).trim())) return null;
  const w0 = words[k]![0];
  if (PRONOUN.test(w0)) return spanOf(text, lo + words[k]!.index!, lo + lastEnd);
  // `“…,” one said`, "another added", "others said": someone unnamed speaks (not whoever spoke before).
  if (/^(?:one|another|others|some|several|many)$/i.test(w0) && k === 0 && /^[\s,]*$/.test(left.slice(0, words[k]!.index!)) && /[”"»]\s*,?\s*$/.test(text.slice(Math.max(0, lo - 3), lo))) return spanOf(text, lo + words[k]!.index!, lo + lastEnd);
  // `“…,” it said`, "It said in a statement": a body speaking, when "it" is all the clause has before the verb.
  if (/^it$/i.test(w0) && k === 0 && /^[\s,]*$/.test(left.slice(0, words[k]!.index!))) return spanOf(text, lo + words[k]!.index!, lo + lastEnd);
  const contracted = /^(\p{L}+)['’](?:s|d|ll)$/u.exec(w0); // "He’s predicting", "she’d said"
  if (contracted && PRONOUN.test(contracted[1]!)) return spanOf(text, lo + words[k]!.index!, lo + words[k]!.index! + contracted[1]!.length);
  let first = -1;
  for (; k >= 0; k--) {
    const w = words[k]![0];
    const gap = k < words.length - 1 ? left.slice(words[k]!.index! + w.length, words[k + 1]!.index!) : "";
    if (/[,;:()"“”]/.test(gap)) break;
    if (isCapWord(w) || TITLE_ABBR.test(w) || DESCRIPTORS.has(w.toLowerCase()) || connects(w) && first >= 0) { first = k; continue; }
    // "the ministry of health said": a body and what it is for.
    if (k === words.length - 1 && k >= 2 && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !OF_IDIOM.test(w) && words[k - 1]![0] === "of" && ORG_NOUN.has(words[k - 2]![0]) && /^the$/i.test(words[k - 3]?.[0] ?? "")) { first = k - 2; break; }
    // "the 61-year-old said": an age standing for the person named with it.
    if (k === words.length - 1 && /^\d{1,3}-year-old$/.test(w) && /(?:^|\s)the\s+$/i.test(left.slice(Math.max(0, words[k]!.index! - 5), words[k]!.index!))) { first = k; break; }
    // "the Gawker employee wrote", "one port worker told": a noun for a person heads the phrase.
    // ("The suit says", "the complaint alleges": a definite paper before its verb, whose filer the text named before.)
    if (k === words.length - 1 && (personNoun(w) || ORG_NOUN.has(w) || (unnamedSpeaker(w) && /[”"»]/.test(text[lo - 1] ?? "")) || (PAPER.test(w) && k >= 1 && /^(?:the|this|that)$/i.test(words[k - 1]![0])))) { first = k; continue; }
    // `“…,” the witness said`: right after a quote, "the" and any one noun is the cue's subject, someone the
    // text may have brought in with that noun — not left for a guess at someone else.
    if (k === 1 && words.length === 2 && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && /^the$/i.test(words[0]![0]) && /[”"»]\s*,?\s*$/.test(text.slice(Math.max(0, lo - 3), lo)) && !MODIFIER_STOP.test(w)) { first = k; continue; }
    // "the BDI industry federation said", "the Harbor City school board said": one or two lower-case nouns
    // between a name and the body or person noun heading the phrase.
    if (first >= words.length - 2 && first >= 0 && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !MODIFIER_STOP.test(w) && !/(?:ed|ing|ly)$/.test(w)) {
      const cap = [k - 1, k - 2].find((i) => i >= 0 && isCapWord(words[i]![0]) && (!/['’]s$/.test(words[i]![0]) || POSSESSED_BODY.test(words[words.length - 1]![0])));
      if (cap !== undefined && (cap === k - 1 || (/^\p{Ll}[\p{Ll}-]{2,}$/u.test(words[k - 1]![0]) && !MODIFIER_STOP.test(words[k - 1]![0]))) && !/[,;:()"“”]/.test(left.slice(words[cap]!.index!, words[k]!.index!))) { first = k; continue; }
    }
    break;
  }
  if (first < 0) return null;
  // Connectors cannot open the phrase.
  while (first < words.length && connects(words[first]![0])) first++;
  if (first >= words.length) return null;
  // The word before the phrase, past its article ("from the Malmo police": "from").
  let pi = first - 1;
  while (pi >= 0 && /^(?:the|a|an)$/i.test(words[pi]![0]) && !/[,;:()]/.test(left.slice(words[pi]!.index! + words[pi]![0].length, words[pi + 1]!.index!))) pi--;
  const prev = words[pi]?.[0];
  // "a woman from Rostov said" (not "Taking it in, Trump said": a comma ends the phrase before).
  const joined = pi >= 0 && !/[,;:()]/.test(left.slice(words[pi]!.index! + prev!.length, words[pi + 1]!.index!));
  // ("with the Harbor Board calling it …": the subject of an absolute phrase speaks.)
  // ("a video of the mayor saying", "what do you think of Lee privately saying": the one a record or a thought
  // shows saying it, after "of" and one of those nouns or verbs.)
  const shown = /^of$/i.test(prev ?? "") && pi >= 1 && /^(?:video|videos|footage|recording|recordings|tape|tapes|clip|clips|audio|image|images|photo|photos|picture|pictures|think|thought|make|heard|hear|memory|memories|reminder)$/i.test(words[pi - 1]![0]);
  const absolute = (/^with$/i.test(prev ?? "") || shown) && /^\p{L}+ing\b/u.test(text.slice(end, end + 20));
  // ("sided with Tom Reed, who had called": the relative clause's own subject, whatever governs the name.)
  if (prev && joined && !absolute && !(relative && words.slice(first).some((x) => isNameWord(x[0]))) && PREPOSITION.test(prev) && !DESCRIPTORS.has(words[first]![0])) {
    // "Analysts at Barclay Hill called": people of a body, named by the body.
    const group = words[pi - 1]?.[0];
    if (group && /^(?:at|from|with|of)$/.test(prev) && (STAFF.test(group) || workers(group.toLowerCase())) && !/[,;:()]/.test(left.slice(words[pi - 1]!.index! + group.length, words[pi]!.index!))) {
      return spanOf(text, lo + words[pi - 1]!.index!, lo + lastEnd);
    }
    // "A spokesman for the airline added": the spokesperson of a body (resolved to the body).
    if (group && /^(?:for|of|at)$/.test(prev) && /^spokes(?:man|woman|person)$/.test(group) && ORG_NOUN.has(words[words.length - 1]![0]) && /^the$/i.test(words[pi + 1]?.[0] ?? "")) {
      return spanOf(text, lo + words[pi - 1]!.index!, lo + lastEnd);
    }
    // "Kenya's Ambassador to the UN Dr Ruth Wambui said", "Envoy to the EU Sir Tom Hale said": the
    // preposition belongs to a capitalised title before it; the name after the last title or honorific speaks.
    if (group && /^(?:to|for|of|at)$/.test(prev) && PERSON_TITLES.has(group) && !/[,;:()]/.test(left.slice(words[pi - 1]!.index! + group.length, words[pi]!.index!))) {
      let s = first;
      for (let i = first; i < words.length - 1; i++) if (PERSON_TITLES.has(words[i]![0]) || TITLE_ABBR.test(words[i]![0]) || /^(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms)$/.test(words[i]![0])) s = i + 1;
      if (s > first && words.slice(s).every((x) => isNameWord(x[0]))) return spanOf(text, lo + words[s]!.index!, lo + lastEnd);
    }
    return null;
  }
  // "Pavel Novak of the rail operator said", "engineer Ana Ruiz at the water board told": a name, then where they
  // work in lower case; the name speaks, not the body (capitalised bodies are settled in `named`).
  const worksAt = NAME_AT_BODY.exec(left.slice(0, words[first]!.index!));
  if (worksAt && isNameWord(lastWord(worksAt[1]!)) && !groupNoun(worksAt[1]!.split(/\s+/)[0]!) && !NOT_SUBJECT.test(worksAt[1]!.split(/\s+/)[0]!)) {
    const at = lo + worksAt.index! + worksAt[0].indexOf(worksAt[1]!);
    return spanOf(text, at, at + worksAt[1]!.length);
  }
  const start = lo + words[first]!.index!;
  return spanOf(text, start, lo + lastEnd);
}
const NAME_AT_BODY = /(?:^|[\s,(])((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]*)\s+(?:of|at|from|with)\s+(?:the|a|an|its|his|her|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/** What speaks for the name that owns it across lower-case words: "the Des Moines Register’s editorial board", "Lee’s campaign press office". */
const POSSESSED_BODY = /^(?:board|campaign|team|office|staff|committee|spokes(?:man|woman|person))$/;

/** People who work for a body and speak as its staff ("analysts at Barclay Hill"; not "fans at Wembley"). */
const STAFF = /^(?:[Aa]nalysts|[Ee]xperts|[Ee]conomists|[Rr]esearchers|[Ss]cientists|[Oo]fficials|[Ee]xecutives|[Ll]awyers|[Aa]ttorneys|[Ee]ngineers|[Ss]trategists|[Ss]taffers|[Aa]ides|[Aa]dvisers|[Ll]eaders|[Pp]ollsters|[Ii]nvestigators|[Pp]rosecutors|[Aa]uditors|[Ss]pokespeople)$/;

/** Words that cannot modify a body noun ("the BDI industry federation"): function words and auxiliaries. */
const MODIFIER_STOP = /^(?:that|which|who|whom|whose|and|but|or|the|a|an|to|of|in|on|at|for|with|by|from|has|have|had|was|were|is|are|be|been|will|would|could|should|can|may|might|must|not|also|then|than|as|so|said|says|told|its|his|her|their|our|this|these|those|some|many|most|all|both|each|every|other|such|only|even|just|still|now|when|while|after|before|because|if|about|over|into|under)$/;

/**
 * An unnamed person tied to a named one or body: "a longtime adviser to Ann Lee", "a person close to
 * the Lees", "one source familiar with Lee's thinking", "an official at the Harbor Board".
 */
// (and staff who speak from inside a body: "one engineer at Kestrel Mining", "a lawyer for Ana Lee" — not Lee herself)
const TIE_WORDS = ["person", "people", "source", "sources", "adviser", "advisers", "advisor", "aide", "aides", "official", "officials",
  "ally", "allies", "friend", "friends", "associate", "associates", "insider", "operative", "veteran", "confidant", "spokesman",
  "spokeswoman", "spokesperson", ...["analyst", "economist", "researcher", "scientist", "engineer", "executive", "lawyer", "attorney",
    "strategist", "staffer", "pollster", "investigator", "prosecutor", "auditor", "employee", "representative"].flatMap((w) => [w, `${w}s`])];
const TIE_NOUN = TIE_WORDS.join("|");
const TIE_LINK = "(?:close\\s+to|familiar\\s+with|to|for|of|at|in|with|from)";
const TIE_NAME = `(?:the\\s+|both\\s+)?(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+(?:(?:of|for|and|&|de)\\s+(?:the\\s+)?(?=\\p{Lu}))?){0,4}\\p{Lu}[\\p{L}'’.\\-]*(?:['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:thinking|campaign|team|office|family|staff|investigation|inquiry|plans?|decision|strategy|talks|negotiations|operations|organization))?`;
const TIE = `((?:[\\p{Ll}\\d-]+\\s+){0,3}?(${TIE_NOUN}))\\s+${TIE_LINK}\\s+(${TIE_NAME})`;
const TIE_AFTER = new RegExp(`^\\s*(?:(?:the|a|an|one|another)\\s+)${TIE}(?=\\s*(?:[,.;:!?)—–]|$)|\\s+(?:said|says|told|added|on|in|at|who|during|after)\\b)`, "u");
/**
 * A tie opening a sentence with no article, its first word capitalised only as the opener: "Aides to Ruth
 * Calder said", "Senior advisers to Ann Lee say", "Campaign aides to Tom Ward", "People close to Ann Lee"
 * (staff "at" or "from" a body are the body's: `subjectBefore`).
 */
const TIE_OPEN = new RegExp(`(?:^|\\n|[.!?]["”’]?\\s+)((?:\\p{Lu}\\p{Ll}+\\s+(?:(?!(?:a|an|the|one|some|of|to|and|or)\\s)[\\p{Ll}\\d-]+\\s+){0,2}?(?:${TIE_NOUN})|${TIE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")})\\s+(?:close\\s+to|familiar\\s+with|to|for|of)\\s+(${TIE_NAME}))\\s*$`, "u");
const TIE_BEFORE = new RegExp(`(?:^|[\\s,])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\\s+${TIE}\\s*$`, "u");
const TIE_WHOLE = new RegExp(`^${TIE}$`, "u");
/** A tie opening a sentence, before its verb: "An official at the Port of Rotterdam dismissed …". */
const TIE_LEAD = new RegExp(`^\\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\\s+${TIE}(?=\\s*,|\\s+\\p{Ll})`, "u");
/**
 * A description of one person with the full name in apposition, then a lower-case word (the verb):
 * "Her lawyer, Pavel Novak, rejected", "Ana Silva's agent, Rui Gomes, turned", "The mayor's chief of
 * staff, Tom Reed, said" — the head noun (group 1), the name (group 2).
 */
const APPOSED_SUBJECT = new RegExp(String.raw`^\s*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\p{Ll}-]+['’]s\s+)?|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*(?:['’]s|(?<=s)['’])\s+)(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:of|for|at|to|with)\s+(?:the\s+)?[^,;:“”"«»()\n]{1,40}?)?,\s+((?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Col|Capt|Lt|Sgt)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}\.\s+)?(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’\-]*){1,3}),\s+(?=\p{Ll})`, "u");
/** A possessive, a noun for a relative (group 1), a lone name between commas (group 2), an age, then the verb. */
const KIN_APPOSED_SUBJECT = /^\s*(?:[Hh]is|[Hh]er|[Tt]heir|(?:\p{Lu}[\p{L}'’.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*(?:['’]s|(?<=s)['’]))\s+(\p{Ll}+),\s+(\p{Lu}\p{Ll}+),\s+(?:(?:aged\s+)?\d{1,3},\s+)?(?=\p{Ll})/u;
/** Whether a tie names someone, not only a place ("an official from Portugal"). */
const tiedToName = (name: string) => name.split(/\s+/).some((w) => isNameWord(w.replace(/(?:['’]s?|\.)$/u, "")));

const TITLES_AND = /^\s*(?:(?:the|former|then|ex-)\s*)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Gov|Sen|Rep|Gen|Lt|Col|Dr|Prof|Rev|Atty|Sec|Amb)\.\s+and\s+(?:[\p{L}'’-]+\s+){1,5}?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’.-]+)(?=\s*(?:[,.;:!?)—–]|$|\s+(?:said|says|told|on|in|at|who)\b))/u;
const KNOWN_AS = /^\s*(?:the|a|an|one)\s+(?:[\p{L}\d'’-]+\s+){1,7}?(?:known\s+as|named|nicknamed|going\s+by\s+(?:the\s+)?(?:name|handle)|who\s+goes\s+by(?:\s+the\s+(?:name|handle))?)\s+(\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2})(?=\s*(?:[,.;:!?)—–]|$))/u;
/**
 * Someone described, then named only as they chose: "a shopkeeper who gave only her first name, Siti", "a teacher
 * who asked to be identified only as Mrs Okafor", "one tenant, who gave her name as Lucía Ferrer", "a volunteer
 * who identified herself only as Marguerite" (group 1: the name; "who declined to give his name" names nobody).
 */
const NAMED_AS_CHOSEN = new RegExp(String.raw`^\s*(?:the|a|an|one|another)\s+(?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]+,?\s+who\s+(?:(?:(?:would|will|did|only)\s+){0,2}(?:gave|give|gives|provided|offered|shared|supplied)\s+(?:only\s+)?(?:his|her|their)\s+(?:(?:first|last|family|given)\s+)?name(?:\s+only)?(?:\s+as\b|,)|(?:asked|wished|wanted|agreed|chose|preferred|requested|insisted\s+on|agreed)\s+(?:to\s+)?(?:be|being)\s+(?:identified|named|called|known|referred\s+to|quoted)\s+(?:only\s+)?(?:as|by)\b(?:\s+(?:his|her|their)\s+(?:first|last|given|family)\s+name,?)?|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?(?:as|by)\b(?:\s+(?:his|her|their)\s+(?:first|last|given|family)\s+name,?)?)\s+(\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2})(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|but|because)\s)`, "u");
/**
 * A description with a relative clause, then the name in apposition: "a guide who has led tours on the glacier
 * since 2011, Einar Gunnarsson" (group 1: the description's noun, group 2: the name).
 */
const RELATIVE_APPOSITIVE_AFTER = new RegExp(String.raw`^\s*(?:the|a|an|one|another)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)\s+who\s+(?!(?:he|she|they|we|you|it|i)\s)[^,;:“”"«»()\n]{1,100}?,\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’\-]*){1,3})(?=\s*(?:[,.;:!?)—–]|$))`, "u");
/** The speaker phrase right after a cue: "said Ann Ford, the league's chair" → "Ann Ford". */
function subjectAfter(text: string, from: number): Span | null {
  // "a déclaré mardi la maire de Nantes, …", "dijo el lunes el alcalde …", "said Monday the harbour's …": a day before the speaker.
  const day = DAY_BEFORE_SPEAKER.exec(text.slice(from, from + 40));
  if (day) from += day[0].length;
  // (Within the paragraph: `… in The Harbor Times.` ¶ `Ann Lee, …` does not run on into the next one.)
  const right = text.slice(from, from + 120).replace(/\n[^]*$/, "");
  // "said former Ohio Gov. and state party chairman Ed Rendon": two titles joined by "and", then the name.
  const titles = right.includes(". and ") ? TITLES_AND.exec(right) : null;
  if (titles) {
    const at = from + titles[0].length - titles[1]!.length;
    return spanOf(text, at, at + titles[1]!.replace(/(\p{L}{2,})\.$/u, "$1").length);
  }
  // "said the plant manager known as Joe", "tweeted a local man going by the handle Millrat": the name given.
  const known = /\b(?:as|named|by)\s/.test(right) ? KNOWN_AS.exec(right) : null;
  if (known) {
    const at = from + known[0].length - known[1]!.length;
    return spanOf(text, at, at + known[1]!.replace(/(\p{L}{2,})\.$/u, "$1").length); // "Joe." ends the sentence
  }
  const chosen = /\bwho\s/.test(right) ? NAMED_AS_CHOSEN.exec(right) : null;
  if (chosen) {
    const at = from + chosen[0].length - chosen[1]!.length;
    return spanOf(text, at, at + chosen[1]!.replace(/(\p{L}{2,})\.$/u, "$1").length);
  }
  const relative = chosen === null && /\bwho\s/.test(right) ? RELATIVE_APPOSITIVE_AFTER.exec(right) : null;
  // ("who" makes the description's noun a person: "a guide who …", whatever the noun.)
  if (relative && !placeName(relative[2]!) && relative[2]!.split(/\s+/).every((w) => isNameWord(w) || isNameParticle(w) || TITLE_ABBR.test(`${w.replace(/\.$/, "")}.`))) {
    const name = relative[2]!.replace(/^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)/, "");
    const at = from + relative[0].length - name.length;
    return spanOf(text, at, at + name.length);
  }
  const paper = PAPER_AFTER.exec(right);
  if (paper) { const at = from + paper[0].indexOf(paper[1]!); return spanOf(text, at, at + paper[1]!.replace(/\.$/, "").length); }
  // "said a spokesman for the airport": the spokesperson of a body named by its noun (resolved to the body), as before the cue.
  const spokes = /^\s*(?:a|an|the|one)\s+(spokes(?:man|woman|person)\s+(?:for|of|at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=\s*(?:[.;:!?]|$)|\s*,(?!\s*\p{Lu})|\s+(?:on|in|at|who|during|after)\b)/u.exec(right);
  if (spokes) { const at = from + spokes[0].length - spokes[1]!.length; return spanOf(text, at, at + spokes[1]!.length); }
  // "said the union's general secretary, Pieter de Groot," / "according to the city's chief engineer, Els
  // Vermeulen": a description, then the name in apposition — the name is the speaker.
  // "said the director of the Harbor Museum, Ana Ruiz", "a déclaré la ministre de la Santé, Claire Dumont": a
  // title whose "of" phrase names a body, then the full name in apposition (not a place: "the mayor of Albany, New York").
  const ofAppos = OF_APPOSITIVE_AFTER.exec(right);
  const ofName = ofAppos?.[1]!.replace(/(\p{L}{2,})\.$/u, "$1") ?? "";
  if (ofAppos && !PLACE_WORDS.has(ofName) && !ofName.split(/\s+/).every((w) => PLACE_WORDS.has(w) || !isNameWord(w))) {
    const at = from + ofAppos[0].length - ofAppos[1]!.length;
    return spanOf(text, at, at + ofName.length);
  }
  // "said the Secretary of Homeland Security, Gail Stroud": an office written in capitals, its portfolio after
  // "of" or "for", then the holder's name in apposition (not "said President Lee, Ann Ford and …": no portfolio).
  const office = OFFICE_APPOSITIVE_AFTER.exec(right);
  if (office && PERSON_TITLES.has(office[1]!) && office[2]!.split(/\s+/).every((w) => isNameWord(w) || isNameParticle(w)) && !PLACE_WORDS.has(office[2]!)) {
    const at = from + office[0].length - office[2]!.length;
    return spanOf(text, at, at + office[2]!.replace(/(\p{L}{2,})\.$/u, "$1").length);
  }
  const appos = APPOSITIVE_AFTER.exec(right);
  // The description's head is its last word, or the word before its first preposition ("the engineer in charge of the
  // repairs, Olu Bankole": engineer).
  const head = (d: string) => { const w = d.split(/\s+/); const p = w.findIndex((x, i) => i > 0 && /^(?:in|of|for|at|on|with|from)$/.test(x)); return p > 0 ? w[p - 1]! : w[w.length - 1]!; };
  // (After a possessive, any noun for someone: "said Rita Pinto's nanny, Luis Faria", "said her bodyguard, …" — not a paper.)
  // (And any noun before a full name of two words or more that names no place: "said the witness, Luis Faria".)
  const notPaper = appos !== null && !PAPER.test(head(appos[1]!)) && !PAPER_WORDS.split("|").includes(head(appos[1]!));
  const owned = notPaper && (/^\s*(?:his|her|their|its|(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*(?:['’]s|(?<=s)['’]))\s/u.test(appos![0])
    || (/^\s*(?:the|one|another)\s/.test(appos![0]) && appos![2]!.split(/\s+/).length >= 2 && !placeName(appos![2]!.replace(/\.$/, ""))));
  if (appos && (describes(head(appos[1]!)) || owned) && !NOT_SUBJECT.test(appos[2]!.split(/\s+/)[0]!)) {
    const at = from + appos.index + appos[0].length - appos[2]!.length;
    return spanOf(text, at, at + appos[2]!.length);
  }
  // "ha dichiarato il sindaco di Genova, Marco Ferraro", "disse o presidente da câmara, João Silva", "sagte der
  // Bürgermeister von Köln, Hans Meier", "sagte eine Sprecherin der Stadtwerke, Petra Lang": after a cue of other
  // languages, an article (definite or not), a role (lower-case, or a German title), what it is of, a comma and the name.
  const role = FOREIGN_CUE_BEFORE.test(text.slice(Math.max(0, from - 24), from)) ? ROLE_APPOSITIVE_AFTER.exec(right) : null;
  const roleName = role?.[2]!.replace(/(\p{L}{2,})\.$/u, "$1") ?? ""; // "Paolo Russo." ends the sentence
  if (role && (/^\p{Ll}/u.test(role[1]!) || GERMAN_TITLE.test(role[1]!)) && roleName.split(/\s+/).every((w) => isNameWord(w) || isNameParticle(w)) && !roleName.split(/\s+/).every((w) => PLACE_WORDS.has(w))) {
    const name = roleName;
    const at = from + role[0].length - role[2]!.length;
    return spanOf(text, at, at + name.length);
  }
  // `«…», a indiqué la préfecture`, `«…», señaló el ayuntamiento de Sevilla`, `„…“, teilte die Polizei mit`: after a
  // cue of other languages, an article and a body's common noun (with the place it serves, when named).
  const body = role === null && (FOREIGN_CUE_BEFORE.test(text.slice(Math.max(0, from - 24), from)) || /(?<![\p{L}])(?:selon|según|secondo|segundo|laut|conforme)\s*$/iu.test(text.slice(Math.max(0, from - 10), from))) ? FOREIGN_BODY_AFTER.exec(right) : null;
  if (body) { const at = from + body[0].length - body[1]!.length; return spanOf(text, at, at + body[1]!.replace(/(\p{L}{2,})\.$/u, "$1").length); }
  // "said Republican political consultant Ann Lee": a description of any case ending in a person noun, then the name.
  const described = DESCRIBED_NAME.exec(right);
  const name = described?.[2]!.replace(/(\p{L}{2,})\.$/u, "$1") ?? ""; // "Ann Lee." ends the sentence
  if (described && personNoun(described[1]!) && !TITLE_ABBR.test(`${name}.`) && name.split(/\s+/).every((w) => isNameWord(w) || isNameParticle(w))) {
    const at = from + described.index + described[0].length - described[2]!.length;
    return spanOf(text, at, at + name.length);
  }
  const tie = TIE_AFTER.exec(right);
  if (tie && tiedToName(tie[3]!)) {
    const at = from + tie[0].indexOf(tie[1]!);
    const phrase = tie[0].slice(tie[0].indexOf(tie[1]!)).replace(/(\p{Ll}{2,})\.$/u, "$1"); // "Reed." ends the sentence
    return spanOf(text, at, at + phrase.length);
  }
  const m = /^\s*((?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}][\p{L}\p{N}'’.\-]*)(?:\s+(?:[\p{L}][\p{L}\p{N}'’.\-]*)){0,7})/u.exec(right);
  if (!m) return null;
  const words = [...m[1]!.matchAll(WORD)];
  let n = 0, lastCap = -1;
  // A full stop ends the phrase (not one of "Sen." or "J.").
  const stop = words.findIndex((x) => /\.$/.test(x[0]) && !TITLE_ABBR.test(x[0]) && !/^(?:\p{L}\.)+$/u.test(x[0]) && !ABBR.test(x[0]));
  if (stop >= 0) words.length = stop + 1;
  for (; n < words.length; n++) {
    const w = n === stop ? words[n]![0].replace(/\.+$/, "") : words[n]![0];
    if (n > 0 && /[,;:]/.test(m[1]!.slice(words[n - 1]!.index! + words[n - 1]![0].length, words[n]!.index!))) break;
    if (isCapWord(w) || TITLE_ABBR.test(w) || DESCRIPTORS.has(w.toLowerCase())) { if (isCapWord(w)) lastCap = n; continue; }
    if (/^(?:the|a|an)$/i.test(w) && n === 0) continue;
    // "said 34-year-old Amara Nwosu", "said 71-year-old fisherman Tomas Eriksen": an age before the name.
    if (lastCap < 0 && n < 2 && /^\d{1,3}-years?-old$/.test(w)) continue;
    // "said a 2008 Ruiz veteran", "said a 1990s Ruiz aide": a year or decade placing a name's modifier in time.
    if (lastCap < 0 && n < 3 && /^(?:1[89]|20)\d{2}s?$/.test(w)) continue;
    if (lastCap < 0 && n < 4 && /^\p{Ll}[\p{Ll}\-]+$/u.test(w) && !/^(?:that|on|in|at|to|of|for|with|it|this|he|she|they|we|when|after|before|as|during|while|and|but|because|if|so|then|also|was|is|were|had|has|would|will|not|no|by|from|about|his|her|their|its)$/.test(w)) continue;
    // "Sergeant Liam O'Neill of the Galway police": a person's name ends before "of" (two name words, the
    // last no body or title: not "the Bank of Iceland", "Harbor Bank of Iceland", "Secretary of State").
    if (w === "of" && n > 1 && lastCap === n - 1 && words.slice(0, n).filter((x) => isNameWord(x[0])).length >= 2) {
      const prev = words[n - 1]![0].toLowerCase();
      if (!ORG_NOUN.has(prev) && !DESCRIPTORS.has(prev) && !PERSON_NOUN.has(prev) && !PERSON_TITLES.has(words[n - 1]![0]) && !/^(?:bank|university|college|school|museum|institute|society|church|chamber|house|department|ministry|office|court|bureau|academy|republic|state|city|county|people|friends|sisters|brothers|daughters|sons)$/.test(prev)) break;
    }
    if ((/^(?:of|for|the)$/.test(w) || isNameParticle(w)) && n > 0) continue;
    break;
  }
  if (lastCap < 0 && !words.slice(0, n).some((w) => DESCRIPTORS.has(w[0].toLowerCase().replace(/\.+$/, "")))) return null;
  const end = lastCap >= 0 ? lastCap : n - 1;
  let s = 0;
  while (s < end && /^(?:the|a|an|of|for|(?:1[89]|20)\d{2}s?)$/i.test(words[s]![0])) s++;
  const base = from + m.index + (m[0].length - m[1]!.length);
  const endWord = end === stop ? words[end]![0].replace(/\.+$/, "") : words[end]![0];
  return spanOf(text, base + words[s]!.index!, base + words[end]!.index! + endWord.length);
}

/** A place by the gazetteer, whole or by any of its words ("New York", "Buenos Aires", "Lake Geneva"). */
function placeName(name: string): boolean {
  return PLACE_WORDS.has(name) || countryOf(name) !== null || name.split(/\s+/).some((w) => PLACE_WORDS.has(w) || countryOf(w) !== null);
}

/** A cue of another language's copy just before: "ha dichiarato", "disse", "sagte", "a précisé". */
const FOREIGN_CUE_SET = new Set(FOREIGN_CUES);
const FOREIGN_CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${FOREIGN_CUES.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\s*$`, "u");
/** After such a cue: an article (group 1 is the role's first word), the role and what it is of, a comma, the full name (group 2); or the role alone and the name ("spiega l'assessora Giulia Conti"). */
const ROLE_APPOSITIVE_AFTER = new RegExp(String.raw`^\s*(?:(?:il|lo|la|le|i|gli|el|los|las|o|a|os|as|der|die|das|den|dem|un|una|uno|une|um|uma|ein|eine|einer)\s+|l['’]|un['’])(\p{L}[\p{L}\-]*)(?:(?:\s+[^,;:“”"«»()\n]{1,60}?)?,\s+|\s+)(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’.\-]*){1,3})(?=\s*(?:[,.;:!?)—–]|$))`, "u");

const DESCRIBED_NAME = new RegExp(String.raw`^\s*(?:(?:the|a|an)\s+)?(?:[\p{L}][\p{L}\p{N}.'’&-]*\s+){0,5}?(\p{Ll}[\p{Ll}-]+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’.-]*){0,3}?)(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:said|says|told|added|on|in|at|who|of|during|after|is|was|has|had|will|would|could|can|did|does|also|later|then|\p{Ll}{3,}(?:ed|s|ly))\b)`, "u");

const DAY_BEFORE_SPEAKER = /^\s+(?:(?:on|el|le|am)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern)(?=\s+(?:the|la|le|el|die|der|l['’])\s*\p{L})/u;
/** A body's common noun in other languages' copy and the place or body it is of: "mairie de Lyon", "protezione civile", "Polizei". */
const FOREIGN_BODY = String.raw`(?:${FOREIGN_BODIES.map((b) => b.replace(/ /g, "\\s+")).join("|")})(?:\s+(?:nationale?|nacional|municipale?|local|locale|regional|régionale|federal|fédérale|cantonale?|civile?|militar|militaire))?(?:\s+(?:de|du|des|di|del|della|da|do|dos|das|der|von|vom)\s+(?:(?:la|le|los|las|el)\s+|l['’])?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|del|di|da|do)\s+)?\p{Lu}[\p{L}'’.\-]*){0,2})?`;
const FOREIGN_ARTICLE = String.raw`(?:(?:la|le|les|el|los|las|il|lo|i|gli|a|o|os|as|die|der|das)\s+|l['’])`;
/** After such a cue: an article and a body (group 1), not a title before a name ("a déclaré le préfet Jean Morel"). */
const FOREIGN_BODY_AFTER = new RegExp(String.raw`^\s*${FOREIGN_ARTICLE}(${FOREIGN_BODY})(?![\p{L}])(?!\s+\p{Lu})`, "u");
/** Before such a cue: an article (any case) opening the clause and a body (group 1). */
const FOREIGN_BODY_BEFORE = new RegExp(String.raw`(?:^|[\s,;:(])(?:[Ll]a|[Ll]e|[Ll]es|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Ii]|[Gg]li|[Aa]|[Oo]|[Oo]s|[Aa]s|[Dd]ie|[Dd]er|[Dd]as)\s+(${FOREIGN_BODY})\s*$`, "u");
const FOREIGN_CUE_AFTER = new RegExp(`^\\s*(?:${FOREIGN_CUES.map((v) => v.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`, "u");
const FOREIGN_BODY_WHOLE = new RegExp(`^${FOREIGN_BODY}$`, "u");
const FOREIGN_ARTICLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${FOREIGN_ARTICLE}$`, "iu");
/** "the minister of Health, Ann Lee" / "la maire de Lyon, Ann Lee" after a cue: a lower-case title, an "of" phrase naming a body or place, a comma, a full name. */
const OF_APPOSITIVE_AFTER = new RegExp(String.raw`^\s*(?:(?:the|a|an|its|his|her|their|el|la|le|der|die|das)\s+|l['’])(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+\s+(?:of|for|at|de|del|du|des|di|von|vom)\s+(?:(?:the|la|le|les|los|las|el|die|der|des)\s+|l['’])?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:of|and|de|del|la|du|des|&|the|for)\s+)*\p{Lu}[\p{L}'’.\-]*){0,5},\s+(?:(?:Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Mr|Mrs|Ms|Dr|Prof|Rev|Mme|Sr|Sra)\.?\s+)?(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’.\-]*){1,3})(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:said|says|told|added|on|in|at|after|before|during|who)\b)`, "u");
/** "the Secretary of Homeland Security, Gail Stroud" after a cue: a title (group 1), of/for and its portfolio in capitals, a comma, the name (group 2). */
const OFFICE_APPOSITIVE_AFTER = new RegExp(String.raw`^\s*(?:the\s+)?(?:(?:Former|Acting|Deputy|Vice|Interim)\s+)?(\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*)?\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}'’.-]*){0,3},\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’.\-]*){1,3})(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:said|says|told|added|on|in|at|who)\b)`, "u");
/** "the city's chief engineer, Els Vermeulen", "Holm's spokesman, Erik Sand", "one fisherman, Olav Lind" after a cue: a lower-case description, a comma, a capitalised name. */
const APPOSITIVE_AFTER = new RegExp(String.raw`^\s*(?:the|a|an|one|another|its|his|her|their|el|la|le|der|die|das|(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*(?:['’]s|(?<=s)['’]))\s+((?:[\p{Ll}\-]+(?:['’]s)?\s+){0,5}[\p{Ll}\-]+),\s+((?:\p{Lu}[\p{L}'’.\-]*)(?:\s+(?:${PARTICLE}\s+){0,3}\p{Lu}[\p{L}'’.\-]*){0,3})(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:said|says|told|added|on|in|at|after|before|during|who)\b)`, "u");
/** Lower-case words ending like a person noun that are not nouns for people. */
const NOT_PERSON = new Set(("later never ever over under after other whether together either neither rather however another " +
  "former latter whatever whoever number member order paper letter matter water center centre quarter border chapter corner summer winter " +
  "october november december september power cover answer sooner ").split(" ").concat(["statement", "comment", "moment", "government", "department", "agreement", "argument", "document", "report"]));
/** Nouns for what a person does that news writes before a name ("actress Ana Lee", "diver Tom Ward"). */
const OCCUPATIONS = new Set(("actress actor playwright novelist poet artist painter sculptor designer photographer journalist filmmaker " +
  "composer musician singer rapper dancer athlete sprinter swimmer skier climber diver rescuer lifeguard ranger guide fisherman " +
  "fisherwoman sailor skipper captain mechanic plumber electrician carpenter builder miner welder baker butcher grocer shopkeeper " +
  "vendor trader broker banker accountant economist lawyer attorney barrister solicitor notary judge magistrate councillor " +
  "councilor alderman assemblyman assemblywoman entrepreneur investor physician surgeon nurse midwife paramedic pharmacist " +
  "veterinarian vet teacher lecturer principal coach referee umpire pilot chef cook waiter waitress").split(" "));
/** (A prefixed noun is the noun: "co-host", "ex-husband", "vice-chair".) */
const occupation = (w: string): boolean => OCCUPATIONS.has(w) || PERSON_NOUN.has(w) || DESCRIPTORS.has(w) || (/^(?:co|ex|vice|deputy|assistant)-\p{Ll}/u.test(w) && occupation(w.slice(w.indexOf("-") + 1)));
/** "Actress Ronke Oshodi", "Councillor Obinna Eze" tagged whole at a sentence's start: the name after the noun. */
function withoutOccupation(text: string, span: Span): Span {
  const title = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(span.text);
  // ("Bürgermeisterin Anna Keller", "Polizeisprecher Jan Ott": a German title, capitalised as nouns are.)
  if (title && GERMAN_TITLE.test(title[1]!) && span.text.split(/\s+/).length >= 3) return spanOf(text, span.start + title[0].length, span.end);
  // (Also in the plural before two names: "Rangers Joel Pike and Ada Strand".)
  const noun = title?.[1]!.toLowerCase() ?? "";
  // (Also a noun for a person by its ending: "Developer Carl Brandt", "Historian Ana Lee".)
  if (!title || !(occupation(noun) || personNoun(noun) || (/s$/.test(noun) && occupation(noun.slice(0, -1)))) || isFirstName(title[1]!) || span.text.split(/\s+/).length < 3) return span;
  return spanOf(text, span.start + title[0].length, span.end);
}

/** A lower-case noun for a person by its ending ("employee", "organiser", "historian", "consultant"). */
function personNoun(w: string): boolean {
  return /^\p{Ll}[\p{Ll}-]{4,}$/u.test(w) && !NOT_PERSON.has(w) && (DESCRIPTORS.has(w) || describes(w));
}

/** Papers that speak for whoever filed them: "the suit says", "the memo stated". */
const PAPER = /^(?:statement|release|letter|memo|report|suit|lawsuit|complaint|filing|ruling|order|minutes|indictment|affidavit|petition|motion|document|documents|email|e-mail|post|tweet|editorial|study|survey|poll|analysis|assessment|summary|transcript|notice|brief)$/;
const PAPER_WORDS = "statement|release|letter|memo|report|suit|lawsuit|complaint|filing|ruling|order|indictment|affidavit|petition|motion|email|e-mail|post|tweet|editorial|study|survey|poll|analysis|assessment|summary|transcript|notice|brief|message|note|video|ad|advertisement|opinion|piece|paper|book|article|op-ed|column|headline|caption|proposal";
/** The issuer of a paper: "from Ann Lee", "issued by the Harbor Board", "by Ann Lee's office", "a report in the Harbor Times". */
const ISSUER_NAME = `((?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’.&/-]*\\s+|(?:of|for|and|&|de)\\s+|(?!(?:on|in|at|to|for|of|and|the|that|which|who|with|after|before|during|about|said|says|told|on)\\s)\\p{Ll}[\\p{Ll}-]+\\s+(?=(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}\\p{Lu})){0,7}\\p{Lu}[\\p{L}\\p{N}'’.&/-]*(?:['’]s\\s+(?:office|campaign|team|lawyers?|attorneys?|staff))?)`;
const ISSUER = `(?:(?:issued|released|sent\\s+out|sent|posted|published|signed|written|filed|put\\s+out|commissioned|conducted)\\s+)?(?:from|by|in)\\s+${ISSUER_NAME}`;
const PAPER_HEAD = `(?:(?:a|an|the|its|his|her|their|A|An|The|Its|His|Her|Their)\\s+)(?:(?:[\\p{Ll}\\d.,-]+|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?)\\s+){0,4}?(?:${PAPER_WORDS})`;
/** When a paper was made, after its maker: "on Monday", "last week", "in March 2015", "late on Friday". */
const WHEN_MADE = "(?:\\s+(?:(?:late|early)\\s+)?(?:on|last|this|in)\\s+(?:\\p{Lu}\\p{Ll}+\\.?|\\d{4}|week|month|year)(?:\\s+(?:\\d{1,2}|\\d{4}|morning|afternoon|evening|night))?)?";
/** "A statement from Ann Lee, the board's chair," before a cue: the paper and its issuer. */
const PAPER_BEFORE = new RegExp(`(?:^|[\\s,(])(${PAPER_HEAD}\\s+${ISSUER})${WHEN_MADE}(?:\\s*\\([^()]{1,30}\\))?\\s*(?:,[^,“”"«»\\n]{1,80},)?\\s*$`, "u");
/**
 * A paper with its issuer set off by commas: "The lawsuit, filed Friday by the Tenants Union,", "The memo, which
 * Ann Lee signed in May," (group 1: the issuer). Not whoever obtained or reported it ("The memo, obtained by the
 * Harbor Times,"): only verbs of making a paper.
 */
const MADE = "issued|released|sent|posted|published|signed|written|filed|brought|drafted|prepared|authored|commissioned|conducted|put\\s+out|sent\\s+out";
const PAPER_BY_COMMA = `${PAPER_HEAD},\\s+(?:${MADE})\\s+(?:(?:on|last|this|in)\\s+)?(?:[\\p{L}\\d.]+\\s+){0,2}?by\\s+${ISSUER_NAME}${WHEN_MADE}`;
const PAPER_WHICH_COMMA = `${PAPER_HEAD},\\s+(?:which|that)\\s+${ISSUER_NAME}\\s+(?:${MADE.replace(/written/, "wrote")})\\b[^,“”"«»\\n]{0,40}`;
const PAPER_SET_OFF = new RegExp(`(?:^|[\\s(])((?:${PAPER_BY_COMMA})|(?:${PAPER_WHICH_COMMA})),\\s*$`, "u");
/**
 * "The Red Cross's annual report notes", "Dr. Kwame Asante's letter to the hospital board warned": a paper
 * and its owner before a cue; the one it is sent to (after "to") is no speaker.
 */
const OWNED_PAPER_BEFORE = new RegExp(`(?:^|[\\s,(])((?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}.&-]*(?:['’]s|(?<=s)['’])\\s+(?:[\\p{Ll}\\d.-]+\\s+){0,2}?(?:${PAPER_WORDS}))(?:\\s+to\\s+(?:(?:the|his|her|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)?(?:\\s*,[^,“”"«»\\n]{1,80},)?\\s*$`, "u");
/** "The Harbor Party ad, which began airing Monday, argues": a paper named by its maker's name, set off by a clause, before the cue. */
const NAMED_PAPER_SET_OFF = new RegExp(`(?:^|[\\s(])((?:[Tt]he|[Aa]n?|[Oo]ne)\\s+(?:(?:new|latest|recent|first|second|third)\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*\\s+(?:(?:of|for|and)\\s+)?){1,4}(?:${PAPER_WORDS})),\\s+(?:which|that)\\s[^,“”"«»\\n]{1,80},\\s*$`, "u");
/** "according to a statement from Ann Lee", "said a letter signed by Tom Ward": the paper and its issuer after a cue. */
const PAPER_AFTER = new RegExp(`^\\s*(${PAPER_HEAD}\\s+${ISSUER})`, "u");
/** A paper as the subject right before "read": "The statement", "A letter from Mayor Ann Lee", "The notice issued by the council". */
const PAPER_READS_BEFORE = new RegExp(`\\b(?:${PAPER_WORDS})(?:\\s+(?:(?:issued|released|sent|posted|signed|written|published)\\s+)?(?:from|by|of)\\s+[^:;“”"«»\\n]{1,60}?)?\\s+$`, "iu");
/** Who a paper speaks for: its issuer ("a statement from Ann Lee"), its owner ("Ann Lee's statement"), its named maker ("the Harbor Board report"). */
const PAPER_OWNER = [
  new RegExp(`^${PAPER_HEAD}\\s+${ISSUER}$`, "u"),
  new RegExp(`^${PAPER_BY_COMMA}$`, "u"),
  new RegExp(`^${PAPER_WHICH_COMMA}$`, "u"),
  new RegExp(`^(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}.&-]*)(?:['’]s|(?<=s)['’])\\s+(?:[\\p{Ll}\\d.-]+\\s+){0,2}?(?:${PAPER_WORDS})$`, "u"),
  new RegExp(`^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+(?:(?:new|latest|recent|first|second|third)\\s+)?)?((?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{N}'’.&-]*)\\s+(?:${PAPER_WORDS})$`, "u"),
];

/**
 * A lower-case noun that ends a speaker phrase naming nobody right after a quote: people in the plural
 * (`“…,” the inspectors said`, "the fishermen", "the plaintiffs"), a paper (`“…,” the suit says`). The
 * quote is theirs, not someone's named before.
 */
function unnamedSpeaker(w: string): boolean {
  if (PAPER.test(w)) return true;
  if (/^\p{Ll}[\p{Ll}-]{3,}men$/u.test(w)) return personNoun(`${w.slice(0, -3)}man`) || /(?:fisher|congress|council|chair|crafts|sales|police|fire|business|spokes)men$/.test(w);
  if (!/^\p{Ll}[\p{Ll}-]{3,}s$/u.test(w) || /(?:ss|us|is)$/.test(w)) return false;
  const one = w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return personNoun(one) || ORG_NOUN.has(one) || /^(?:witness|famil|plaintiff|defendant|resident|parent|neighbor|neighbour|relative|student|patient|victim|survivor|protester|republican|democrat|senator|lawmaker|juror|delegate)/.test(w);
}

/** A noun that can head a description of a person or body ("secretary", "engineer", "spokeswoman"). */
function describes(word: string): boolean {
  const w = word.toLowerCase();
  return DESCRIPTORS.has(w) || PERSON_NOUN.has(w) || /(?:er|or|ist|ian|ant|ent|man|woman|person|ee)$/.test(w);
}

/** Bodies that speak through a spokesperson or stand for one named before ("the union said"). */
const ORG_NOUN = new Set(("police army military navy ministry department agency council company union group charity organization " +
  "organisation association party government embassy hospital service services court office commission authority authorities " +
  "firm board committee campaign airline federation league club university school church carmaker automaker maker manufacturer " +
  "bank lender insurer retailer chain carrier operator broadcaster network newspaper publisher studio label developer utility " +
  "regulator institute foundation clinic team side district tribunal " +
  // Public services and assemblies named by their function ("the coast guard", "the fire brigade", "the border patrol").
  "guard coastguard brigade force patrol corps directorate inspectorate secretariat cabinet parliament legislature assembly " +
  "airport port railway observatory museum " +
  // A candidate's people as one side ("the Lindqvist camp said").
  "camp").split(" "));
/** Bodies a place has one of, which their noun alone names in a story: "the airport", "the coastguard", "the ministry". */
const PUBLIC_BODY = /^(?:airport|port|railway|police|army|military|navy|coastguard|guard|brigade|patrol|ministry|embassy|hospital|court|council|parliament|government|cabinet|legislature|assembly|university|museum|observatory|regulator)$/;
/** "a police spokeswoman", "a fire service spokesman": the lower-case body words before the spokesperson. */
const BODY_SPOKESPERSON = /\b(?:[Aa]|[Aa]n|[Tt]he)\s+((?:[\p{Ll}\-]+\s+){0,2}?[\p{Ll}\-]+)\s+(?:spokes(?:man|woman|person)|officials?)$/u;

const PLURAL_ERS = new Set(("voters protesters supporters lawmakers organizers organisers officers workers leaders members farmers " +
  "fishers teachers researchers observers demonstrators rioters shoppers users viewers readers listeners customers passengers " +
  "travelers travellers owners managers players fans strikers bankers traders investors insiders outsiders villagers neighbors " +
  "neighbours mothers fathers parents others").split(" "));

/** A capitalised plural common noun: "Environmentalists", "Fishermen", "Voters" (not "Sanders"). */
function groupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return DESCRIPTORS.has(lower) && /s$/.test(lower) || PLURAL_ERS.has(lower) || /(?:ists|ysts|ians|ants|ents|ives|ics|men|people|ials|ites|eers|folk)$/.test(lower) || workers(lower);
}
/** The plural of a noun for people by their work: "nurses", "doctors", "engineers", "pilots" (not "fans", "voters"). */
function workers(lower: string): boolean {
  const one = lower.replace(/s$/, "");
  return one !== lower && (OCCUPATIONS.has(one) || PERSON_NOUN.has(one)) && !/^(?:man|woman|star|player|fan|owner|host|head|chief)$/.test(one);
}

/** People and bodies named in a speaker phrase: the person entity in it, else its name words. */
/**
 * A capitalised word only because it opens a sentence ("Hastily", "Media", "Given Sanders' success"):
 * the article writes it in lower case elsewhere and never capitalised inside a sentence. Surnames that
 * are also words ("Will", "Bush") are written capitalised mid-sentence somewhere, so they stay names.
 */
let openerCache: { text: string; words: Map<string, boolean>; lower: Set<string>; inside: Set<string> } | null = null;

/** The text's words written in lower case, and its capitalized words that follow a lower-case word or a comma: one pass per text. */
function wordForms(text: string): { lower: Set<string>; inside: Set<string> } {
  const lower = new Set<string>(), inside = new Set<string>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w === w.toLowerCase()) { lower.add(w); continue; }
    // Capitalized after white space that follows a lower-case letter or a comma: inside a sentence.
    let j = m.index - 1;
    while (j >= 0 && /\s/.test(text[j]!)) j--;
    if (j < m.index - 1 && j >= 0 && /[\p{Ll},]/u.test(text[j]!)) inside.add(w);
  }
  return { lower, inside };
}
/** Whether the text writes `word` capitalised inside a sentence somewhere (after a lower-case word or a comma). */
function capitalisedInside(text: string, word: string): boolean {
  if (openerCache?.text !== text) openerCache = { text, words: new Map(), ...wordForms(text) };
  return openerCache.inside.has(word);
}
/** Adverbs and number words that open sentences and name nobody. */
const OPENER_WORDS = /^(?:Aside|Apart|Foremost|Instead|Rather|Somewhere|Elsewhere|Meanwhile|However|Perhaps|Maybe|Indeed|Ultimately|Eventually|Overall|Afterwards?|Otherwise|Moreover|Furthermore|Nevertheless|Nonetheless|Still|Yet|Then|Now|Later|Earlier|Also|Again|Together|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Dozens|Hundreds|Thousands|Millions)$/;
function sentenceOpener(text: string, at: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (!/(?:^|\n|[.!?:]["”’]?\s+|["“]\s*|\s[—–-]\s+)$/u.test(text.slice(Math.max(0, at - 4), at))) return false;
  // "Said Ann Lee: “…”", "Added Ford, “…”": a reporting verb put first.
  // ("Read" is a surname too: `“…,” Read said`.)
  if (OPENER_WORDS.test(word) || (INVERTIBLE.has(word.toLowerCase()) && !/^Reads?$/.test(word))) return true;
  if (openerCache?.text !== text) openerCache = { text, words: new Map(), ...wordForms(text) };
  const known = openerCache.words.get(word);
  if (known !== undefined) return known;
  const lower = openerCache.lower.has(word.toLowerCase());
  const inside = openerCache.inside.has(word);
  const form = /ly$/.test(word) || /(?:ing|ed)$/.test(word) && /^\s+(?:that|the|a|an|his|her|their|its|to|on|in|at|by|with|about|from)\b/.test(text.slice(at + word.length, at + word.length + 8));
  const ans = (lower || form) && !inside;
  openerCache.words.set(word, ans);
  return ans;
}

/**
 * "the Oregon senator", "a Texas voter", "the Ohio Democrat" (the phrase may stop at the place): a place
 * before a noun for a person, or a party noun, describes that person and names nobody.
 */
function placeDescribed(text: string, phrase: Span, entities: readonly Entity[] = []): boolean {
  const words = phrase.text.split(/\s+/);
  let head = words[words.length - 1]!;
  let caps = words.slice(0, -1);
  if (/^\p{Lu}/u.test(head) && !/^(?:Democrat|Republican)$/.test(head)) {
    const next = /^\s+(\p{Ll}[\p{Ll}-]+)(?![\p{L}'’-])/u.exec(text.slice(phrase.end, phrase.end + 30));
    if (next && (PERSON_NOUN.has(next[1]!) || personNoun(next[1]!) || DESCRIPTORS.has(next[1]!))) { caps = words; head = next[1]!; }
  }
  if (!(PERSON_NOUN.has(head.toLowerCase()) || personNoun(head) || DESCRIPTORS.has(head) || /^(?:Democrat|Republican)$/.test(head))) return false;
  caps = caps.filter((w) => !/^(?:the|a|an|this|that)$/i.test(w));
  // (A place the gazetteer lacks counts when the text names it as one: "… in Kerala. “…,” the Kerala senator said";
  // not a word that is anyone's name there.)
  const place = (w: string) => PLACE_WORDS.has(w) || (entities.some((e) => e.type === "place" && e.span.text === w) && !entities.some((e) => e.type !== "place" && e.span.text.split(/\s+/).includes(w)));
  return caps.length > 0 && caps.every((w) => /^\p{Lu}/u.test(w)) && (PLACE_WORDS.has(caps.join(" ")) || caps.every(place));
}
/** Someone described by the place they live in: "a resident of Dover", "longtime residents of Elmira", "a voter in Ames". */
const LIVES_IN = /^(?:(?:a|an|the|one|another|two|three|some|many|several|A|An|The|One|Another|Two|Three|Some|Many|Several)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:[Rr]esidents?|[Nn]atives?|[Cc]itizens?|[Vv]illagers?|[Ii]nhabitants?|[Vv]oters?|[Hh]omeowners?|[Ll]ocals?|[Nn]eighbou?rs?|[Tt]ownspeople|[Tt]ownsfolk)\s+(?:of|from|in|near)\s+/u;
/** Bodies that belong to one person: "her campaign", "his office", "their party". */
const POSSESSED_BODY_NOUN = /^(?:campaign|office|team|party|administration|government)$/;
const PARTY_PLURAL = /^(?:(?:House|Senate|State|Congressional|Assembly)\s+)?(?:Democrats|Republicans|GOP|Tories)$/;
function named(c: Ctx, phrase: Span): { span: Span; org: boolean } | null {
  if (dateline(c.text, phrase)) return null;
  // An office with no name after it ("a job as Secretary of Transportation, then said"): nobody.
  const office = /^(?:(?:the|a|an)\s+)?((?:\p{Lu}[\p{L}.-]*\s+){1,3})(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u.exec(phrase.text.trim());
  if (office && office[1]!.trim().split(/\s+/).every((w) => PERSON_TITLES.has(w) || PARTY.test(w)) && !c.entities.some((e) => e.type === "person" && e.span.start >= phrase.start && e.span.end <= phrase.end)) return null;
  const w0 = /^[\p{L}]+(?=\s|$)/u.exec(phrase.text)?.[0] ?? "";
  if (w0 && sentenceOpener(c.text, phrase.start, w0)) {
    // "Hastily" names nobody; "Given Sanders" names Sanders.
    const rest = /^[\p{L}]+\s+/u.exec(phrase.text);
    if (!rest || rest[0].length >= phrase.text.length) return null;
    phrase = spanOf(c.text, phrase.start + rest[0].length, phrase.end);
  }
  // A people in the plural ("Germans will say", "Americans said") is a group, nobody named; with "the", a
  // country's side speaks as a body ("the Russians said in a statement", "the Saudis state").
  if (DEMONYM_PLURALS[phrase.text] !== undefined || /^(?:Americans|Europeans|Westerners|Africans|Asians|Latinos|Hispanics)$/.test(phrase.text)) {
    const side = DEMONYM_PLURALS[phrase.text] !== undefined && /(?:^|[^\p{L}])[Tt]he\s+$/u.test(c.text.slice(Math.max(0, phrase.start - 5), phrase.start));
    return side ? { span: phrase, org: true } : null;
  }
  const ents = c.entities.filter((e) => e.span.start < phrase.end && phrase.start < e.span.end);
  // A party in the plural speaks as a body, whether or not the tagger took it for a name ("Democrats have
  // called it …", "Republicans, meanwhile, said"; the tagger keeps a lone capitalised opener only before "said").
  if (PARTY_PLURAL.test(phrase.text)) return { span: phrase, org: true };
  // A plural noun opening a sentence ("Environmentalists said") names a group, not someone.
  // (Also after a dateline's dash: "Ilorin (AP) — Fishermen said".)
  if (groupNoun(phrase.text) && /(?:^|[.!?"”]\s+|\n|[—–]\s+)$/u.test(c.text.slice(Math.max(0, phrase.start - 3), phrase.start))
    && !ents.some((e) => e.key.includes(" ") || e.type === "org" || e.type === "place")) return null;
  if (placeDescribed(c.text, phrase, c.entities)) return null;
  // "A resident of Dover", "voters in Elmira": where someone lives names nobody, even a town the gazetteer lacks.
  if (LIVES_IN.test(phrase.text)) return null;
  // Not a party adjective read as a person ("Republican").
  const people = ents.filter((e) => e.type === "person" && !(e.span.text.split(/\s+/).every((w) => PARTY.test(w) && !/s$/.test(w)) && !surname(c, e.span.text)));
  // "biologist Ana Silva of the Coral Trust", "economist Mia Holt of Oslo's Centre for Urban Studies": what follows
  // "of" names where the person works, not a second speaker (also after a place's possessive).
  const persons = people.length > 1 ? people.filter((e, i) => i === 0 || !/\b(?:of|at|for|from|with)\s+(?:the\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)?$/u.test(c.text.slice(phrase.start, e.span.start))) : people;
  // "Ines Moreau and Claire Dubois said", "experts Piet Mols and Ana Reyes of the Dike Trust wrote": two
  // speakers joined by "and" are named by the first.
  let pick = persons.length - 1;
  while (pick > 0 && /^\s*(?:and|&)\s+(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/.test(c.text.slice(persons[pick - 1]!.span.end, persons[pick]!.span.start))) pick--;
  const person = persons[pick];
  const words = [...phrase.text.matchAll(WORD)];
  const last = words[words.length - 1]?.[0] ?? "";
  const description = DESCRIPTORS.has(last.toLowerCase()) || personNoun(last) || ORG_NOUN.has(last);
  // "Calder and Harlan said": two speakers joined by "and", named by the first (as tagged names are below).
  const pair = /^((?:\p{Lu}[\p{L}'’.\-]*\s+){0,2}\p{Lu}[\p{L}'’.\-]*)\s+and\s+(?:\p{Lu}[\p{L}'’.\-]*\s+){0,2}\p{Lu}[\p{L}'’.\-]*$/u.exec(phrase.text);
  // (Not "Piet and Ana Mols", who share the surname after the second name; not a tagged name in the first part:
  // "Skiers Marit Olsen and Jon Haug", which the tagged names below settle.)
  const firstEnd = phrase.start + (pair?.[1]!.length ?? 0);
  if (pair && !description && pair[1]!.split(/\s+/).every(isNameWord) && !(pair[1]!.split(/\s+/).length === 1 && phrase.text.slice(pair[0].lastIndexOf(" and ") + 5).split(/\s+/).length > 1)
    && !people.some((e) => e.span.start < firstEnd) && !ents.some((e) => e.type === "org" && e.span.start <= phrase.start && e.span.end >= phrase.end)) return { span: spanOf(c.text, phrase.start, phrase.start + pair[1]!.length), org: false };
  // "Según Marta Gil" read as one name: the speaker starts where the speaker phrase does.
  if (person && !description) {
    let span = person.span.start < phrase.start && phrase.start < person.span.end ? spanOf(c.text, phrase.start, person.span.end) : person.span;
    // "Bürgermeisterin Hanna Keller" tagged whole: the name after the title.
    const title = /^(\S+)\s+(?=\p{Lu})/u.exec(span.text);
    if (title && GERMAN_TITLE.test(title[1]!)) span = spanOf(c.text, span.start + title[0].length, span.end);
    return { span: withoutOccupation(c.text, span), org: false };
  }
  const nameIdx = words.findIndex((w) => isNameWord(w[0]));
  if (nameIdx < 0) {
    // A country or city speaking for its government ("Mexico said"), not one described by it.
    const place = ents.find((e) => e.type === "place" || e.type === "org");
    if (place && !description && words.length <= 4) return { span: place.span, org: true };
    return null;
  }
  if (description) {
    // "a Clinton campaign spokesman": the whole description, from its first name word.
    const at = phrase.start + words[nameIdx]!.index!;
    return { span: spanOf(c.text, at, phrase.end), org: true };
  }
  // A body tagged whole that ends the phrase ("the Miami Herald", "the Nairobi Tribune"): its whole name, not
  // only the words after a place.
  const body = ents.filter((e) => e.type === "org" && e.span.start >= phrase.start && e.span.end === phrase.end).pop();
  // (Not a person tagged with a body's words: "Senate Majority Leader Ann Lee", "Army Lt. Gen. Tom Ward".)
  if (body && !person && body.span.text.includes(" ") && !body.span.text.split(/\s+/).some((w) => PERSON_TITLES.has(w) || TITLE_ABBR.test(w))) return { span: body.span, org: true };
  // Trailing name words after titles: "Texas Lt. Gov. Dan Patrick" → "Dan Patrick".
  let s = words.length - 1;
  while (s > 0 && (isNameWord(words[s - 1]![0]) || /^[A-Z]\.$/.test(words[s - 1]![0]) || /^(?:of|for)$/.test(words[s - 1]![0]) || isNameParticle(words[s - 1]![0]))) s--;
  while (s < words.length - 1 && !isNameWord(words[s]![0])) s++;
  const at = phrase.start + words[s]!.index!;
  const end = phrase.start + words[words.length - 1]!.index! + last.length;
  const org = ents.some((e) => e.type === "org") && !person;
  return { span: spanOf(c.text, at, end).text.endsWith("'") ? spanOf(c.text, at, end - 1) : spanOf(c.text, at, end), org };
}

function genderOf(c: Ctx, span: Span): Gender {
  const shown = shownGender(c, span);
  if (shown) return shown;
  const key = c.entities.find((e) => e.span.start <= span.start && span.start < e.span.end)?.key ?? span.text.toLowerCase();
  // The first name: the first word that is one, before the surname ("Moderator Dan Reeve", "Actress Ana Lee").
  const words = key.split(/\s+/);
  const first = words.slice(0, -1).find((w) => MALE.has(w) || FEMALE.has(w)) ?? "";
  if (MALE.has(first)) return "m";
  if (FEMALE.has(first)) return "f";
  // A surname alone ("Burrell accused …"): the gender of the people the text names in full with it, when they
  // agree ("Tom Burrell"; not "Bill Clinton" and "Hillary Clinton").
  if (words.length === 1 && words[0]) {
    const full = new Set<Gender>();
    for (const e of c.entities) {
      if (e.type !== "person" || !e.key.includes(" ") || e.key.split(/\s+/).pop() !== words[0]) continue;
      const f = e.key.split(/\s+/).slice(0, -1).find((w) => MALE.has(w) || FEMALE.has(w));
      full.add(shownGender(c, e.span) ?? (f && MALE.has(f) ? "m" : f && FEMALE.has(f) ? "f" : null));
    }
    if (full.size === 1 && !full.has(null)) return [...full][0]!;
  }
  const last = key.split(/\s+/).pop() ?? "";
  return textGender(c.text).get(last) ?? (first ? null : surnameGender(last));
}

/**
 * Surnames whose ending shows the sex, in the languages that mark it: Russian, Bulgarian, Kazakh and the like
 * ("Bekova", "Zakharova", "Ivanov", "Lavrov", "Gorbachev"), Polish ("Kowalska", "Kowalski"), Czech and Slovak
 * ("Navrátilová"), Lithuanian wives' and daughters' names ("Grybauskaitė", "Šimonytė", "Kazlauskienė"). Used only
 * when no first name tells. Not Italian or Spanish names that end alike ("Casanova", "Villanova").
 */
function surnameGender(word: string): Gender {
  const w = word.toLowerCase();
  if (w.length < 5 || !/^\p{Ll}+$/u.test(w)) return null;
  if (/(?:[bcdfghjklmnprstvwxzšžč]ova|[bcdfghjklmnprstvwxzšžč]eva|ová|ská|cká|skaya|tskaya|ska|cka|aitė|ytė|iūtė|ienė)$/u.test(w) && !/(?:casa|terra|villa|ca|vila)nova$/.test(w)) return "f";
  if (/(?:[bcdfghjklmnprstvwxzšžč]ov|[bcdfghjklmnprstvwxzšžčy]ev|ovich|evich|ski|cki|sky|skiy|tsky)$/u.test(w)) return "m";
  return null;
}

/** Courtesy titles in the languages news quotes ("Ms Ngozi Eze", "Frau Vogel", "Señora Goikoetxea"). */
const MALE_HONORIFIC = "Mr|Mister|Sir|Lord|Herr|Señor|Senor|Signor|Monsieur";
const MALE_HONORIFIC_RE = new RegExp(`^(?:${MALE_HONORIFIC})$`);
const FEMALE_HONORIFIC = "Mrs|Ms|Miss|Madam|Madame|Mme|Mlle|Mademoiselle|Lady|Dame|Frau|Señora|Senora|Sra|Señorita|Srta|Signora|Signorina";
/** Nouns for a man or a woman that stand before a name or in apposition ("actress Ana Lee", "Ana Lee, a spokeswoman for …"). */
// (Not "spokesman", "chairman", "congressman": news writes them of women too, "Trump spokesman Hope Hicks".)
const MALE_NOUN = "husband|father|son|brother|uncle|nephew|grandfather|grandson|widower|boyfriend|king|prince|duke|monk|priest|sultan|emir";
const FEMALE_NOUN = "spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|assemblywoman|alderwoman|actress|waitress|wife|mother|daughter|sister|aunt|niece|grandmother|granddaughter|widow|girlfriend|queen|princess|duchess|countess|nun|heiress|mayoress|baroness";
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}])(?:(${MALE_HONORIFIC})|(${FEMALE_HONORIFIC}))\\.?\\s+$`, "u");
const NOUN_BEFORE = new RegExp(`(?<![\\p{L}])(?:(${MALE_NOUN})|(${FEMALE_NOUN}))\\s+$`, "iu");
const NOUN_COMMA_BEFORE = new RegExp(`(?<![\\p{L}])(?:(${MALE_NOUN})|(${FEMALE_NOUN})),\\s+$`, "iu");
const NOUN_FIRST = new RegExp(`^(?:(${MALE_NOUN})|(${FEMALE_NOUN}))\\s+\\p{Lu}`, "iu");
const NOUN_APPOSITIVE = new RegExp(`^(?:['’]s)?,\\s+(?:a|an|the|his|her|their|its|[\\p{L}.'’-]+['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:(${MALE_NOUN})|(${FEMALE_NOUN}))(?![\\p{L}])`, "u");

/**
 * The gender the text shows for the person at `span` right where it names them: a courtesy title ("Ms
 * Ngozi Eze", "Frau Vogel"), a noun for a man or a woman before the name ("actress Sanaa Mbeki", the
 * entity may hold it) or in apposition after it ("Kalani Akana, a spokeswoman for the port,"). Null when
 * nothing there tells (a first name is read by `genderOf`).
 */
function shownGender(c: Ctx, span: Span): Gender {
  const before = c.text.slice(Math.max(0, span.start - 16), span.start);
  const pick = (m: RegExpExecArray | null): Gender => (m ? (m[1] ? "m" : "f") : null);
  return pick(HONORIFIC_BEFORE.exec(before)) ?? pick(NOUN_BEFORE.exec(before)) ?? pick(NOUN_FIRST.exec(span.text))
    ?? pick(NOUN_APPOSITIVE.exec(c.text.slice(span.end, span.end + 80)))
    // "His wife, Ana, smiled": the noun before a name set off by commas.
    ?? (c.text[span.end] === "," ? pick(NOUN_COMMA_BEFORE.exec(before)) : null);
}

/**
 * What the article itself says of a surname's gender, when the first name tells nothing: an honorific
 * anywhere ("Ms. Carvalho"). ("Carvalho said she …" is no evidence: the pronoun is as often someone
 * else.) Evidence both ways names no gender. One pass per text.
 */
let genderCache: { text: string; genders: Map<string, Gender> } | null = null;
const GENDER_EVIDENCE = new RegExp(`(?<![\\p{L}])(${MALE_HONORIFIC}|${FEMALE_HONORIFIC})\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?(\\p{Lu}[\\p{L}'’-]+)`, "gu");
function textGender(text: string): Map<string, Gender> {
  if (genderCache?.text === text) return genderCache.genders;
  const votes = new Map<string, { m: number; f: number }>();
  for (const m of text.matchAll(GENDER_EVIDENCE)) {
    const name = m[2]!.toLowerCase();
    const male = MALE_HONORIFIC_RE.test(m[1]!);
    const v = votes.get(name) ?? { m: 0, f: 0 };
    if (male) v.m++; else v.f++;
    votes.set(name, v);
  }
  const genders = new Map<string, Gender>();
  for (const [name, v] of votes) if ((v.m > 0) !== (v.f > 0)) genders.set(name, v.m > 0 ? "m" : "f");
  genderCache = { text, genders };
  return genders;
}

/** The nearest speaker before `at` a pronoun or description can stand for. */
function trimTo(text: string, span: Span, end: number): Span | null {
  let e = end;
  while (e > span.start && /\s/.test(text[e - 1]!)) e--;
  return e > span.start ? spanOf(text, span.start, e) : null;
}

/** Where a subject phrase's head ends: before a lower-case word that describes nobody ("board gave Sam Price" → "board"). */
function headEnd(subject: Span): number {
  // "Republican presidential front-runner Ann Lee": a description whose person noun precedes the name.
  const described = /(\p{Ll}[\p{Ll}-]+)\s+(?:\p{Lu}[\p{L}'’.\-]*\s*)+$/u.exec(subject.text);
  if (described && personNoun(described[1]!)) return subject.end;
  for (const m of subject.text.matchAll(WORD)) {
    const w = m[0];
    if (m.index! > 0 && /^\p{Ll}/u.test(w) && !DESCRIPTORS.has(w.toLowerCase()) && !connects(w)) return subject.start + m.index!;
  }
  return subject.end;
}

/** The first person or body named in text[from, to) that `fits`, outside quotes and prepositional phrases. */
function personIn(c: Ctx, from: number, to: number, fits: (g: Gender, org: boolean) => boolean, want: "m" | "f" | null = null, skip: string | null = null): { span: Span; gender: Gender; org: boolean } | null {
  // With a pronoun's gender: not the person a same-gender possessive sets apart from the pronoun ("Asked
  // about her rival Rui Costa, she said"). (Preferring a known gender to an unknown one loses more than it wins.)
  for (const e of c.entities) {
    if (e.span.end <= from) continue;
    if (e.span.start >= to) break;
    const org = e.type === "org";
    if (e.type === "place" || dateline(c.text, e.span)) continue;
    // "New Hampshire", "Former Pennsylvania" taken for people: a person needs a name word.
    if (!org && (PLACE_WORDS.has(e.span.text) || !e.span.text.split(/\s+/).some(isNameWord))) continue;
    // "Aides said …", "Officials say …": a plural noun opening a sentence names a group, nobody to point back to.
    if (!e.span.text.includes(" ") && groupNoun(e.span.text)) continue;
    if (c.pieces.some((p) => p.open < e.span.start && e.span.start < p.close)) continue;
    if (skip !== null && lastWord(e.span.text) === skip) continue;
    // (A body is written with "the" as a subject too: "The Dockworkers Union rejected the offer … “…,” they said".)
    if (/\b(?:at|from|of|in|with|to|by|for|on|about|against|into)\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(0, e.span.start - 13), e.span.start)) || (!org && /\bthe\s+$/i.test(c.text.slice(Math.max(0, e.span.start - 5), e.span.start)))) continue;
    const g = org ? null : genderOf(c, e.span);
    if (!fits(g, org)) continue;
    const span = org ? e.span : withoutOccupation(c.text, e.span);
    if (want === null) return { span, gender: g, org };
    if ((want === "f" ? /\bher\s+(?:[\p{Ll}-]+\s+){1,2}$/iu : /\bhis\s+(?:[\p{Ll}-]+\s+){1,2}$/iu).test(c.text.slice(Math.max(0, e.span.start - 30), e.span.start))) continue;
    return { span, gender: g, org };
  }
  return null;
}

/**
 * Whether a sentence names another person the pronoun fits besides `who` (anywhere in it, after a
 * preposition too: "signed by Marek Olsen and Tomas Berg"), outside quotes, not `who` again by surname,
 * and the text before the pronoun does not make `who` its topic by naming them more often than that other.
 */
function rivalPerson(c: Ctx, who: Span, from: number, to: number, at: number, fits: (g: Gender, org: boolean) => boolean): boolean {
  const last = lastWord(who.text);
  const rivals = c.entities.filter((e) => e.type === "person" && e.span.start >= from && e.span.end <= to && !(e.span.start < who.end && who.start < e.span.end)
    && lastWord(e.span.text) !== last && !who.text.split(/\s+/).includes(lastWord(e.span.text))
    && e.span.text.split(/\s+/).some(isNameWord) && !PLACE_WORDS.has(e.span.text) && !dateline(c.text, e.span)
    && !c.pieces.some((p) => p.open < e.span.start && e.span.start < p.close) && fits(genderOf(c, e.span), false));
  if (rivals.length === 0) return false;
  // (The topic: "Garcia, the grocery store worker … He was not feeling it … Did that mean Garcia would vote for Trump?")
  const before = c.text.slice(Math.max(0, at - 800), at);
  const times = (name: string) => before.match(new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu"))?.length ?? 0;
  const mine = times(last);
  return rivals.some((e) => times(lastWord(e.span.text)) >= mine);
}

/** How many sentences back a pronoun looks for a subject (tuned on PolNeAR train: 2 → 4 sentences). */
const BACK = 4;
const lastWord = (name: string) => name.split(/\s+/).pop()!.replace(/['’]s?$/u, "");
/** "…, President Obama, who he said was “…”": the head of the relative clause the pronoun is the subject of. */
const RELATIVE_HEAD = /(\p{Lu}[\p{L}'’.\-]*),?\s+(?:who|whom)\s+$/u;
function antecedent(c: Ctx, at: number, want: "m" | "f" | "org" | "person" | "any"): { span: Span; gender: Gender; org: boolean } | null {
  const here = sentenceAt(c.sentences, at);
  const fits = (g: Gender, org: boolean) => want === "any" || (want === "org" ? org : !org && (want === "person" || g === null || g === want));
  // A pronoun in a relative clause does not point back to the clause's head: "He attacked the deal Obama
  // made, Obama, who he said was “…”" → not Obama.
  const skip = RELATIVE_HEAD.exec(c.text.slice(Math.max(0, at - 60), at))?.[1]!.replace(/['’]s?$/u, "") ?? null;
  // (The pronoun's own verb: a reply points back to the one asked before.)
  const replying = /^\p{L}+\s+(?:\p{Ll}+ly\s+)?(?:replied|replies|answered|answers|responded|responds|retorted|shot\s+back)\b/u.test(c.text.slice(at, at + 40));
  for (let i = c.said.length - 1; i >= 0; i--) {
    const s = c.said[i]!;
    if (s.cue.start >= at) continue;
    const si = sentenceAt(c.sentences, s.cue.start);
    if (here - si > 3) break;
    if (skip !== null && s.speaker && lastWord(s.speaker.text) === skip) continue;
    // "Ruiz was asked by moderator Ana Berg whether … ¶ “…,” he said": the one asked answers, not the asker.
    if (s.asked !== undefined) {
      if (s.asked && fits(s.asked.gender, s.asked.org) && (skip === null || lastWord(s.asked.span.text) !== skip)) return s.asked;
      continue;
    }
    // "Tom Hale asked Treasury Secretary Mark Lopez about the deficit. ¶ “…,” he replied": the one asked replies.
    if (replying && /^(?:asked|asks|questioned|pressed)$/i.test(s.cue.text) && s.speaker) {
      const sentEnd = c.sentences[si]!.end;
      const asked = c.entities.find((e) => e.type === "person" && e.span.start >= s.cue.end && e.span.end <= sentEnd && /^[\s\p{Lu}\p{Ll}.'’-]*$/u.test(c.text.slice(s.cue.end, e.span.start)) && c.text.slice(s.cue.end, e.span.start).split(/\s+/).filter((x) => /^\p{Ll}/u.test(x)).length <= 2);
      if (asked && lastWord(asked.span.text) !== lastWord(s.speaker.text)) {
        const span = named(c, asked.span)?.span ?? asked.span;
        const g = genderOf(c, span);
        if (fits(g, false)) return { span, gender: g, org: false };
      }
    }
    // "A spokeswoman for the coast guard said … ¶ “…,” she said": the body she speaks for.
    const spokes = s.org && (want === "f" ? /\bspokes(?:woman|person)\b/i : want === "m" ? /\bspokes(?:man|person)\b/i : /$^/).test(c.text.slice(c.sentences[si]!.start, s.cue.start));
    if (!s.speaker || (!fits(s.gender, s.org) && !spokes)) continue;
    // A person who is the subject of a sentence after that attribution is nearer: "“…,” Mills said.
    // Brandt shrugged it off. ¶ “…,” he said" → Brandt.
    for (let sj = here - 1; sj > si; sj--) {
      const who = subjectPerson(c, sj, fits);
      if (who) return who;
      // "“…,” Carla Brandt said. Her husband, also a mill worker, nodded. “We'll see,” he said": someone unnamed
      // whom a word of the pronoun's gender describes is the subject in between; nobody named.
      if (unnamedSubject(c, sj, want)) return null;
    }
    // A cue in a relative clause is not the sentence's: "Rubio spoke of Bush and Christie, who say … ¶ He" → Rubio.
    if (s.subject && si < here) {
      const sent = c.sentences[si]!;
      const main = mainSubject(c, sent.start, sent.end);
      if (main && main.end <= s.subject.start && /(?:^|,)\s*(?:who|which|that)\s+(?:\p{Ll}+\s+){0,2}$/u.test(c.text.slice(s.subject.end, s.cue.start))) {
        const who = personIn(c, main.start, headEnd(main), fits);
        if (who && who.span.text !== s.speaker.text) return who;
      }
    }
    // ("Marek Nowak and Pavel Dvorak argued … “…,” he said": the cue's subject is two people the pronoun fits.)
    if ((want === "m" || want === "f") && !s.org) {
      const pair = pairIn(c, c.sentences[si]!, s.speaker);
      if (pair && fits(genderOf(c, pair), false)) return null;
    }
    const said = { span: s.speaker, gender: s.gender, org: s.org };
    return s.gender === null && !s.org && (want === "m" || want === "f") ? shownInstead(c, c.sentences[si]!, said, want, skip) : said;
  }
  // The first person named in this sentence before the pronoun, else the subject of a sentence before
  // ("Tom Ward spoke. ¶ The board thanked Sam Price. ¶ “…,” he said": Ward, not Price), else the first
  // person named in the two sentences before.
  const gendered = want === "m" || want === "f" ? want : null;
  const inHere = personIn(c, c.sentences[here]!.start, at, fits, gendered, skip);
  if (inHere) return inHere;
  for (let si = here - 1; si >= Math.max(0, here - BACK); si--) {
    const sent = c.sentences[si]!;
    const subject = mainSubject(c, sent.start, sent.end);
    const who = subject && personIn(c, subject.start, headEnd(subject), fits, gendered, skip);
    // "Marek Nowak and Pavel Dvorak argued … “…,” he said": two people of the subject the pronoun fits, neither
    // shown to be of the other gender: nobody rather than a guess.
    if (who && gendered) {
      const pair = pairIn(c, sent, who.span);
      if (pair && fits(genderOf(c, pair), false)) {
        // ("Minister Amara Diallo and her deputy, Seydou Keita, … “…,” he said": "her" shows the first is a woman.)
        const owner = /\band\s+(his|her)\s/i.exec(c.text.slice(who.span.end, pair.start))?.[1]!.toLowerCase();
        if (owner && (owner === "his" ? "m" : "f") !== gendered) return { span: pair, gender: genderOf(c, pair), org: false };
        return null;
      }
    }
    if (who) return who.gender === null && gendered ? shownInstead(c, sent, who, gendered, skip) : who;
    if (unnamedSubject(c, si, want)) return null;
  }
  // "One voter, Ann Lee, showed up. He had heckled Ford at a rally. ¶ “…,” he said": a sentence whose
  // subject is the same pronoun continues the chain, and the people it names otherwise are not its antecedent.
  const same = want === "m" ? MALE_PRONOUN : want === "f" ? FEMALE_PRONOUN : null;
  for (let si = here - 1, seen = 0; si >= Math.max(0, here - BACK) && seen < 2; si--) {
    const sent = c.sentences[si]!;
    if (same) {
      const subject = mainSubject(c, sent.start, sent.end);
      if (subject && same.test(subject.text)) continue;
    }
    seen++;
    const who = personIn(c, sent.start, sent.end, fits, gendered);
    // "The deal was signed by Marek Olsen and Tomas Berg. “…,” he said": two people the pronoun fits,
    // neither the sentence's subject (that case is above), and neither named more often before: nobody.
    if (who && gendered && rivalPerson(c, who.span, sent.start, sent.end, at, fits)) return null;
    if (who) return who;
  }
  for (let i = c.said.length - 1; i >= 0; i--) {
    const s = c.said[i]!;
    if (s.cue.start >= at) continue;
    if (at - s.cue.start > 1500) break;
    if (s.speaker && fits(s.gender, s.org)) return { span: s.speaker, gender: s.gender, org: s.org };
  }
  return null;
}

/**
 * "Mayor Tunde Bakare greeted Ms Ngozi Eze. “…,” she said": a subject whose gender nothing tells yields
 * to the one person of the same sentence the text shows to be of the pronoun's gender by a courtesy
 * title or a noun ("Ms", "Frau", "the actress", ", a spokeswoman for"); a first name is no such sign.
 */
function shownInstead(c: Ctx, sent: Sentence, who: { span: Span; gender: Gender; org: boolean }, want: "m" | "f", skip: string | null): { span: Span; gender: Gender; org: boolean } {
  let found: Entity | null = null;
  for (const e of c.entities) {
    if (e.span.end <= sent.start || e.span.start < who.span.end) continue;
    if (e.span.start >= sent.end) break;
    if (e.type !== "person" || (skip !== null && lastWord(e.span.text) === skip)) continue;
    if (c.pieces.some((p) => p.open < e.span.start && e.span.start < p.close)) continue;
    if (shownGender(c, e.span) !== want) continue;
    // ("Sandy Phillips, who lost her daughter Jessica Ghawi": a relative of the subject's, spoken of.)
    if (/\b(?:her|his|their|its)\s+(?:[\p{Ll}-]+\s+){1,2}$/iu.test(c.text.slice(Math.max(0, e.span.start - 30), e.span.start))) continue;
    if (found && lastWord(found.span.text) !== lastWord(e.span.text)) return who; // two such people: no sign which
    found = e;
  }
  if (!found) return who;
  const span = named(c, found.span)?.span ?? found.span;
  return { span, gender: want, org: false };
}

/** The person or body a sentence opens with as its subject, when it `fits`. */
/** Nouns that tell a person's gender as a subject's head: "her husband", "the woman", "one mother". */
const MALE_HEAD = new RegExp(`^(?:${MALE_NOUN}|man|boy|stepfather|stepson|gentleman)$`);
const FEMALE_HEAD = new RegExp(`^(?:${FEMALE_NOUN}|woman|girl|stepmother|stepdaughter|lady)$`);
/** Whether a sentence's subject is someone unnamed whom a noun of the pronoun's gender describes ("Her husband, also a mill worker, nodded", "An older woman stood up"). */
const UNNAMED_SUBJECT = /^\s*(?:(?:And|But|Then|Meanwhile)\s+)?(?:Her|His|Their|The|A|An|One|Another|My|Our)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s*,[^,;“”"«»\n]{1,80},)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}/u;
function unnamedSubject(c: Ctx, si: number, want: "m" | "f" | "org" | "person" | "any"): boolean {
  if (want !== "m" && want !== "f") return false;
  const sent = c.sentences[si]!;
  const m = UNNAMED_SUBJECT.exec(c.text.slice(sent.start, sent.end));
  return !!m && (want === "m" ? MALE_HEAD : FEMALE_HEAD).test(m[1]!);
}

function subjectPerson(c: Ctx, si: number, fits: (g: Gender, org: boolean) => boolean): { span: Span; gender: Gender; org: boolean } | null {
  const sent = c.sentences[si]!;
  const subject = mainSubject(c, sent.start, sent.end);
  return subject && personIn(c, subject.start, headEnd(subject), fits);
}

/**
 * "Volvo recalled 2,000 cars. “…,” the carmaker said": a body the tagger did not type as one — the
 * capitalised subject of one of the three sentences before, which is no person's name (no person entity
 * of two words, not the surname of one).
 */
function untypedBody(c: Ctx, at: number): { span: Span; gender: Gender; org: boolean } | null {
  const here = sentenceAt(c.sentences, at);
  for (let si = here - 1; si >= Math.max(0, here - 3); si--) {
    const sent = c.sentences[si]!;
    const subject = mainSubject(c, sent.start, sent.end);
    if (!subject) continue;
    let head = trimTo(c.text, subject, headEnd(subject));
    // ("Kenya's education ministry closed …. “…,” the ministry said": the body the name owns.)
    const owned = head && ownedBody(c, head);
    if (owned) return { span: owned, gender: null, org: true };
    // ("The charity Médecins du Monde said …", "Energy firm Norcraft warned …": the name after a body noun.)
    const kind = head && /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}-]+\s+)?(\p{Ll}[\p{Ll}-]+)\s+(?=\p{Lu})/u.exec(head.text);
    if (head && kind && ORG_NOUN.has(kind[1]!) && !PUBLIC_BODY.test(kind[1]!)) head = spanOf(c.text, head.start + kind[0].length, head.end);
    if (!head || !/^\p{Lu}/u.test(head.text) || !head.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|&|de|du|des|del|della|di)$/.test(w))) continue;
    const words = head.text.replace(/['’]s?$/u, "").split(/\s+/);
    // (A pronoun opening the sentence is no body's name: "They are focused on …".)
    if (!words.some(isNameWord) || /^(?:They|We|It|He|She|I|You|This|That|These|Those)$/.test(words[0]!)) continue;
    const people = c.entities.filter((e) => e.type === "person" && e.span.start < head.end && head.start < e.span.end);
    if (people.some((e) => e.span.text.includes(" ") && head.text.startsWith(e.span.text) && head.text.length === e.span.text.length && !maybeBody(c, e)) || (words.length === 1 && surname(c, words[0]!)) || genderOf(c, head) !== null) return null;
    // "Mayor Rui Patrício opened the bridge. “…,” the council said": a name after a person's title is a
    // person, whatever the tagger spans (not "Foreign Ministry": no name follows the title words).
    if (people.some((e) => e.span.end === head.end && e.span.start > head.start && c.text.slice(head.start, e.span.start).trim().split(/\s+/).every((w) => PERSON_TITLES.has(w) || TITLE_ABBR.test(w) || /^(?:Former|Acting|Interim|Deputy|Vice)$/.test(w)))) return null;
    // (A capitalised word before a lower-case noun modifies it: "Environmental groups disagreed" names no body; look further back.)
    const after = /^\s+(?=\p{Ll})/u.exec(c.text.slice(head.end, head.end + 3));
    // (Not an opener such as "Two inspectors", which stays for the junk-speaker check to drop.)
    if (after && !OPENER_WORDS.test(head.text) && c.tokens && tokenAt(c.tokens, head.end + after[0].length)?.pos === "NOUN") continue;
    return { span: head, gender: null, org: true };
  }
  return null;
}

/**
 * A name the tagger took for a person's that may be a body's ("Amnesty International", "Greenfield
 * Energy"): capitalised name words only, no known first name, no title or courtesy title before it, no
 * gender the text shows, and not the surname of a person named in full. Only "it" or "the company"
 * pointing back to it makes it one.
 */
function maybeBody(c: Ctx, e: Entity): boolean {
  const words = e.span.text.replace(/['’]s?$/u, "").split(/\s+/);
  // ("Médecins du Monde": a particle between name words, as in a person's name.)
  if (!words.every((w, i) => isNameWord(w) || (i > 0 && i < words.length - 1 && isNameParticle(w))) || isFirstName(words[0]!)) return false;
  if (/(?:\p{Lu}[\p{L}]*\.|\p{Lu}\p{Ll}+)\s+$/u.test(c.text.slice(Math.max(0, e.span.start - 20), e.span.start))) {
    const prev = /(\S+)\s+$/u.exec(c.text.slice(Math.max(0, e.span.start - 20), e.span.start))![1]!;
    if (TITLE_ABBR.test(prev) || PERSON_TITLES.has(prev)) return false;
  }
  if (genderOf(c, e.span) !== null || (words.length === 1 && surname(c, words[0]!))) return false;
  return true;
}

/** Whether `word` ends a longer person name in the article ("Green" after "Grant Green"). */
function surname(c: Ctx, word: string): boolean {
  return c.entities.some((e) => e.type === "person" && e.span.text.includes(" ") && e.span.text.split(/\s+/).pop() === word);
}

/** Title forms of a description noun as written before a name ("the senator" ← "Sen. Ann Ford"). */
const TITLE_FORMS: Readonly<Record<string, string>> = {
  senator: "Sen\\.|Senator", governor: "Gov\\.|Governor", representative: "Rep\\.|Representative|Congressman|Congresswoman",
  congressman: "Rep\\.|Representative|Congressman", congresswoman: "Rep\\.|Representative|Congresswoman",
  secretary: "Sec\\.|Secretary", general: "Gen\\.|General", president: "President", professor: "Prof\\.|Professor",
  doctor: "Dr\\.|Doctor", mayor: "Mayor", judge: "Judge", minister: "Minister", ambassador: "Ambassador", sheriff: "Sheriff",
};
const introForms = new Map<string, { before: RegExp; after: RegExp }>();
function formsOf(head: string): { before: RegExp; after: RegExp } {
  let f = introForms.get(head);
  if (!f) {
    const t = TITLE_FORMS[head];
    const any = `(?:${t ? `${t}|` : ""}${head}|${head[0]!.toUpperCase()}${head.slice(1)})`;
    // "Sen. Ann Ford", "Vermont Senator Ann Ford", "spokesman Tom Ward", "the port's spokesman, Tom Ward,"
    // "Detective Inspector Mark Lowe", "Fire Chief Officer Ann Ford": a title may run on for a word or two.
    f = { before: new RegExp(`(?<![\\p{L}])${any}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*)?(?:\\s+\\p{Lu}[\\p{Ll}.]+){0,2},?\\s+$`, "u"),
      // "Tom Ward, a spokesman for the port", "Ann Ford, the state's senior senator,"
      after: new RegExp(`^,\\s+(?:a|an|the|his|her|its|their|[\\p{L}.'’-]+['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${any}(?![\\p{L}])`, "u") };
    introForms.set(head, f);
  }
  return f;
}

/** How a party is written with a name: after it ("(R-Ohio)", ", D-Texas,"), before it ("GOP", "Democratic Gov."). */
const partyForms = (letter: string, words: string) => ({
  after: new RegExp(`^\\s*(?:\\(${letter}[-–,.]|,\\s+${letter}-)`),
  before: new RegExp(`(?<![\\p{L}])(?:${words})\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}$`, "u"),
  inside: new RegExp(`^(?:${words})\\s`),
});
const PARTY_FORMS: Readonly<Record<string, { after: RegExp; before: RegExp; inside: RegExp }>> = {
  republican: partyForms("R", "GOP|Republican"), democrat: partyForms("D", "Democratic|Democrat"),
};

/** Whether the person entity `e` is written with the description `head` ("Sen. Ann Ford", "Ford, a senator"). */
function introducedWith(c: Ctx, e: Entity, head: string): boolean {
  // A party: "Republican Ann Ford", "Democratic Gov. Tom Hale", "Ann Ford (R-Maine)", "Ford, D-Ohio,".
  const party = PARTY_FORMS[head];
  if (party) {
    if (party.after.test(c.text.slice(e.span.end, e.span.end + 6))) return true;
    if (party.before.test(c.text.slice(Math.max(0, e.span.start - 40), e.span.start))) return true;
    if (party.inside.test(e.span.text)) return true;
  }
  const { before, after } = formsOf(head);
  if (before.test(c.text.slice(Math.max(0, e.span.start - 40), e.span.start))) return true;
  if (e.span.text.includes(" ") && before.test(`${e.span.text.split(/\s+/)[0]!} `)) return true;
  return after.test(c.text.slice(e.span.end, e.span.end + 80));
}

/** Mentions of the person at `span` before `at` (by last name). */
function mentions(c: Ctx, span: Span, at: number): Entity[] {
  const last = span.text.split(/\s+/).pop()!;
  return c.entities.filter((e) => e.type === "person" && e.span.end <= at && e.span.text.split(/\s+/).pop() === last);
}

/**
 * "the senator said": the nearest speaker before, unless that one was introduced with another title
 * and someone before was introduced with this one ("Sen. Ann Ford … Energy Secretary Paul Brandt …
 * “…,” Brandt said. “…,” the senator said" → Ford).
 */
function described(c: Ctx, at: number, head: string, preferTitled = false): { span: Span; gender: Gender; org: boolean } | null {
  // "The union praised Judge Nasser. The minister called him “…”": a body is no minister, senator or candidate;
  // the nearest person is ("Hillary Clinton … Clinton's campaign contended … The candidate herself took to
  // the airwaves"). Only someone who speaks for a body ("the spokesman", "the official") may be the body.
  const any = antecedent(c, at, "any");
  const near = any?.org && !SPEAKS_FOR_BODY.test(head) ? antecedent(c, at, "person") : any;
  // (For a party, the other party is another title: "Tom Hale, a Democrat, met Carl Reid, a Republican. “…,” the Republican said" → Reid.)
  const others = head === "republican" ? ["democrat"] : head === "democrat" ? ["republican"] : OTHER_TITLES;
  // "Greenpeace criticised the plan. “…,” the spokesman said": one name word the tagger took for a person, with no
  // gender, first name or title anywhere, may be the body the spokesperson speaks for.
  if (near && !near.org && near.gender === null && /^spokes/.test(head) && !near.span.text.includes(" ")) {
    const e = c.entities.find((x) => x.span.start === near.span.start && x.span.end === near.span.end);
    if (e && maybeBody(c, e) && !c.entities.some((x) => x.type === "person" && x.key.includes(" ") && lastWord(x.span.text) === near.span.text)) return { span: near.span, gender: null, org: true };
  }
  if (near && !near.org) {
    const seen = mentions(c, near.span, at);
    if (seen.some((e) => introducedWith(c, e, head))) return near;
    // "One adviser close to the mayor said … Mayor Ines Duarte … “…,” the adviser said": the description
    // points back to the unnamed person the text brought in with it, unless someone named with it came after.
    const intro = unnamedIntro(c.text, at, head);
    // (Not when someone new is named after the sentence that brought the unnamed one in: "A lawmaker in
    // Manila wants … ¶ “…,” Joey Salceda said … The lawmaker said" — the lede's unnamed person named later.)
    const introEnd = intro >= 0 ? lastBoundaryAfter(c.text, intro, at) : -1;
    const namedLater = intro >= 0 && c.entities.some((e) => e.type === "person" && e.span.start >= introEnd && e.span.end <= at
      && !c.entities.some((b) => b.type === "person" && b.span.start < introEnd && lastWord(b.span.text) === lastWord(e.span.text)));
    if (intro >= 0 && !namedLater) {
      const after = c.entities.filter((e) => e.type === "person" && e.span.start > intro && e.span.end <= at && introducedWith(c, e, head)).pop();
      if (!after) return null;
      const span = named(c, after.span)?.span ?? after.span;
      return { span, gender: genderOf(c, span), org: false };
    }
    // "President Amina Diallo … Prime Minister Jonas Berg … “…,” the president said": someone the text
    // introduced with the title, when the nearest person was not (nor with another title: handled below).
    // (Not "the Florida senator": a place narrows the description; handled by the nearest one, as before.)
    if (preferTitled && !seen.some((e) => others.some((h) => h !== head && introducedWith(c, e, h)))) {
      const titled = c.entities.filter((e) => e.type === "person" && e.span.end <= at && at - e.span.end <= 4000 && introducedWith(c, e, head)).pop();
      if (titled) {
        const span = named(c, titled.span)?.span ?? titled.span;
        return { span, gender: genderOf(c, span), org: false };
      }
    }
    if (!seen.some((e) => others.some((h) => h !== head && introducedWith(c, e, h)) || (others === OTHER_TITLES && otherDescription(c, e)))) {
      // A party nobody else is known by: the nearest one; else the one introduced with it ("Carl Reid, a Republican").
      if (others === OTHER_TITLES) return near;
      const fits = c.entities.filter((e) => e.type === "person" && e.span.end <= at && at - e.span.end <= 4000 && introducedWith(c, e, head)).pop();
      if (!fits) return near;
      const span = named(c, fits.span)?.span ?? fits.span;
      return { span, gender: genderOf(c, span), org: false };
    }
  }
  for (let i = c.entities.length - 1; i >= 0; i--) {
    const e = c.entities[i]!;
    if (e.span.end > at) continue;
    if (at - e.span.end > 4000) break;
    if (e.type !== "person" || !introducedWith(c, e, head)) continue;
    const span = named(c, e.span)?.span ?? e.span;
    return { span, gender: genderOf(c, span), org: false };
  }
  // "One adviser close to the board said … “…,” the adviser said" with a body named in between ("told the
  // BBC"): the unnamed adviser, not the body.
  if (near?.org && unnamedIntro(c.text, at, head) >= 0) return null;
  // (The person found past a body, introduced with another title: nobody — "The union praised Judge Nasser. The
  // minister called him …" is not the judge.)
  // A person here was brought in with another title and nobody with this one ("Trump called on Mayor Bill de
  // Blasio to … ¶ “…,” the Republican presidential candidate said"; "The ferry union thanked Captain Olav Berg.
  // The minister called him …"): nobody, rather than someone the text calls something else.
  if (near && !near.org) return null;
  return near === any ? near : null;
}
const SPEAKS_FOR_BODY = /^(?:spokes(?:man|woman|person)|official|representative|executive|head|chief|leader|chairman|chairwoman|chair|director|secretary|manager|president|founder|co-founder|owner)$/;
/**
 * Where the text last brought in someone unnamed with the noun `head` ("one adviser close to the mayor", "an
 * aide who asked not to be named") within 1,500 characters before `at`; -1 when none. Not a predicate
 * ("Lee is a senator") nor one named in apposition ("a spokesman, Tom Ward,", "a spokeswoman Ann Lee").
 */
const introRes = new Map<string, RegExp>();
function unnamedIntro(text: string, at: number, head: string): number {
  const from = Math.max(0, at - 1500);
  let re = introRes.get(head);
  // (Capitalised modifiers too: "one Republican adviser", "a White House official", "an Israeli diplomat".)
  if (!re) introRes.set(head, re = new RegExp(`(?<![\\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}'’-]+\\.?\\s+){0,3}?${head}(?![\\p{L}])`, "gu"));
  // (A quick test first: most texts never bring in anyone with the noun.)
  if (!text.slice(from, at).includes(head)) return -1;
  let last = -1;
  for (const m of text.slice(from, at).matchAll(re)) {
    const pos = from + m.index!;
    // ("as a judge decided": "as" opens a clause whose subject the noun is, when a verb follows it.)
    const verb = /^\s+(?:\p{Ll}+ed|said|told|ruled|read|wrote|spoke)\b/u.test(text.slice(pos + m[0].length, pos + m[0].length + 20));
    if (/\b(?:is|was|are|were|be|been|as|became|becomes|remains|remained)\s+$/i.test(text.slice(Math.max(0, pos - 12), pos)) && !(verb && /\bas\s+$/i.test(text.slice(Math.max(0, pos - 4), pos)))) continue;
    // ("Tom Reed, a spokesman for the union,": a name's appositive, not someone unnamed.)
    if (/\p{Lu}[\p{L}'’.-]*\s*,\s*$/u.test(text.slice(Math.max(0, pos - 40), pos))) continue;
    if (/^['’]?s?\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}/u.test(text.slice(pos + m[0].length, pos + m[0].length + 20))) continue;
    last = pos;
  }
  return last;
}

/** A lower-case description right before a name ("harbour master Ann Lee", "pollster Ann Lee"). */
function otherDescription(c: Ctx, e: Entity): boolean {
  // (Also set off before the name: "Its chief executive, Vincent Clerc, blamed …".)
  const w = /(?:^|\s)(\p{Ll}[\p{Ll}-]+),?\s+$/u.exec(c.text.slice(Math.max(0, e.span.start - 30), e.span.start))?.[1];
  return w !== undefined && describes(w);
}
const OTHER_TITLES = [...Object.keys(TITLE_FORMS), "spokesman", "spokeswoman", "spokesperson"];

/** Peoples whose plural is the adjective: "the Chinese", "the Japanese", "the Irish", "the French", "the Swiss". */
const SAME_PLURAL = /^\p{Lu}\p{Ll}+(?:ese|ish)$|^(?:French|Dutch|Swiss)$/u;
/** Nouns for one person of a nation that are not its adjective ("the Swede", "the Frenchman"). */
const NATIONALITY_NOUN = /^(?:Swede|Dane|Finn|Pole|Turk|Scot|Brit|Briton|Spaniard|Icelander|Kiwi|Aussie|(?:French|English|Irish|Welsh|Dutch|Scots)(?:man|woman))$/;

/**
 * "Good information can still drive out bad, but only when “…”", "Do well enough in polls to “…”", "Careful
 * planning could have avoided what divers call “…”": one capitalised word opening its sentence, which the text never
 * writes as a name — no person or body tagged there, never capitalised inside a sentence nor after a first name, not
 * the surname of a full name, not a possessive ("Hoff’s letter makes the case") — is an adjective or a verb, not a speaker.
 * (Only for a quote no cue attributes: as a cue's subject, such a word is more often an outlet or a surname, "Politico reported".)
 */
function openerOnly(c: Ctx, speaker: Span): boolean {
  const one = speaker.text;
  if (/\s/.test(one) || /['’]s?$/u.test(one) || !/(?:^|\n|[.!?:]["”’]?\s+|["“]\s*)$/u.test(c.text.slice(Math.max(0, speaker.start - 4), speaker.start))) return false;
  if (/^['’]/.test(c.text.slice(speaker.end, speaker.end + 1))) return false;
  if (c.entities.some((e) => (e.type === "person" || e.type === "org") && e.span.start <= speaker.start && speaker.end <= e.span.end)) return false;
  // (After a capitalised word, an initial or a title — "Ann Wait", "J. Wait", "Dr. Wait" — but not after a sentence's last word, "… on Monday. Wait".)
  // (The word first, then a look behind it: tried from every capital letter, the pattern took 7x as long.)
  const word = one.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return !capitalisedInside(c.text, one) && !surname(c, one) && !new RegExp(`${word}(?<=(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St)\\.)\\s+${word})(?![\\p{L}])`, "u").test(c.text);
}

/**
 * "the Russian Defence Ministry said", "the Justice Department said": title and nationality words are trimmed
 * before a person's name, but a body tagged whole with them speaks under its whole name.
 */
function resolveSubject(c: Ctx, subject: Span): { speaker: Span | null; gender: Gender; org: boolean } {
  const r = subjectSpeaker(c, subject);
  const s = r.speaker;
  // "Someone said", "Somebody in the crowd shouted": nobody named.
  if (s && INDEFINITE.test(s.text)) return { speaker: null, gender: null, org: false };
  if (!s || !/^\p{Lu}\p{Ll}+$/u.test(s.text) || !ORG_NOUN.has(s.text.toLowerCase())) return r;
  const body = c.entities.find((e) => e.type === "org" && e.span.end === s.end && e.span.start < s.start);
  return body ? { speaker: body.span, gender: null, org: true } : r;
}

const INDEFINITE = /^(?:some|any|every|no)-?(?:one|body)$|^no one$/i;

/** Where a sentence's subject is two people named with "and", after at most a description and titles: "Two fishermen, Sione Taufa and Mele Havili, found". */
const PAIR_LEAD = /^\s*(?:(?:And|But|Then)\s+)?(?:(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}'’-]+,\s+|(?:[Tt]he|[Tt]wo)\s+\p{Ll}[\p{Ll}-]*s\s+)?(?:(?:\p{Lu}[\p{L}]*\.?)\s+){0,2}$/u;
/** The second of two people named together, "X and Y", where X is the person `first` in the sentence's subject. */
function pairIn(c: Ctx, sent: Sentence, first: Span): Span | null {
  const people = c.entities.filter((e) => e.type === "person" && e.span.start >= sent.start && e.span.end <= sent.end);
  const i = people.findIndex((e) => e.span.start <= first.start && first.start < e.span.end);
  const next = i >= 0 ? people[i + 1] : undefined;
  // (Also with appositives: "Tomas Lind, the airport's director, and his deputy, Anders Holm, met the press".)
  if (!next || !/^(?:\s*,[^,;:“”"«»()\n]{1,60},)?\s+(?:and|&)\s+(?:(?:his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s*,\s*)?(?:(?:\p{Lu}[\p{L}]*\.?)\s+){0,2}$/u.test(c.text.slice(people[i]!.span.end, next.span.start))) return null;
  if (!PAIR_LEAD.test(c.text.slice(sent.start, people[i]!.span.start))) return null;
  return named(c, next.span)?.span ?? next.span;
}
/** The first of two people named together as the subject of this sentence before `at` or of the one before it. */
function pairSubject(c: Ctx, at: number): Span | null {
  const here = sentenceAt(c.sentences, at);
  for (let si = here; si >= Math.max(0, here - 1); si--) {
    const sent = c.sentences[si]!;
    const end = Math.min(sent.end, at);
    const people = c.entities.filter((e) => e.type === "person" && e.span.start >= sent.start && e.span.end <= end);
    const first = people[0];
    if (first && people[1] && /^\s+(?:and|&)\s+(?:(?:\p{Lu}[\p{L}]*\.?)\s+){0,2}$/u.test(c.text.slice(first.span.end, people[1].span.start))
      && PAIR_LEAD.test(c.text.slice(sent.start, first.span.start))
      && /^(?:,|\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,})/u.test(c.text.slice(people[1].span.end, people[1].span.end + 30))) return named(c, first.span)?.span ?? first.span;
  }
  return null;
}

/** An office of a territory and the territory: "governor of Minas Gerais" (group 1: the office, group 2: the place). */
const TERRITORY_OFFICE = /^(governor|mayor|premier|senator|congressman|congresswoman|lawmaker|legislator|councillor|councilman|councilwoman|sheriff)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;
function subjectSpeaker(c: Ctx, subject: Span): { speaker: Span | null; gender: Gender; org: boolean } {
  const w = subject.text.split(/\s+/);
  const bare = w[0]!.replace(/['’](?:s|d|ll)$/u, ""); // "He’s predicting"
  if (w.length === 1 && PRONOUN.test(bare)) {
    const p = bare;
    const a = antecedent(c, subject.start, MALE_PRONOUN.test(p) ? "m" : FEMALE_PRONOUN.test(p) ? "f" : "org");
    // "they": two people named as one subject nearer than any body ("Two fishermen, Sione Taufa and Mele
    // Havili, found the whale. “…,” they said": the first speaks first, as for "Taufa and Havili said"), else
    // a body the tagger did not type, the subject of a sentence before ("The Kronos Players cancelled …").
    if (/^they$/i.test(p)) {
      const pair = pairSubject(c, subject.start);
      if (pair && (!a || a.span.end < pair.start)) return { speaker: pair, gender: null, org: false };
      if (!a) {
        const body = itAntecedent(c, subject.start);
        if (body) return { speaker: body, gender: null, org: true };
      }
    }
    return a ? { speaker: a.span, gender: a.gender, org: a.org } : { speaker: null, gender: null, org: false };
  }
  // "it said": a body named or described as the subject of a sentence before (never a person).
  if (/^it$/i.test(subject.text)) {
    // "Sandhu later deleted the tweet. It read: “…”": a paper the sentence before had someone make or take down.
    const paper = paperBefore(c, subject);
    if (paper) return paper;
    const a = itAntecedent(c, subject.start);
    return a ? { speaker: a, gender: null, org: true } : { speaker: null, gender: null, org: false };
  }
  // `«…», a indiqué la préfecture`, `«…», señaló el ayuntamiento de Sevilla`: a body of other languages' copy by
  // its common noun after an article speaks as itself (English "the coastguard said" below).
  // (English "a" is no such article: "a police officer", "a hospital".)
  const article = FOREIGN_ARTICLE_BEFORE.exec(c.text.slice(Math.max(0, subject.start - 5), subject.start));
  if (article && FOREIGN_BODY_WHOLE.test(subject.text) && !(/^\W?a\s+$/i.test(article[0]) && ORG_NOUN.has(w[0]!))) return { speaker: subject, gender: null, org: true };
  // "a longtime adviser to Ann Lee": the whole description (a spokesperson speaks for Lee: Lee).
  // ("Aides to Ann Lee", capitalised as a sentence's opener: a tie too; staff "at" a body are the body's, below.)
  const tie = TIE_WHOLE.exec(subject.text.trim()) ?? (/\s(?:at|in|with|from)\s/.test(subject.text) ? null : TIE_WHOLE.exec(subject.text.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (ch) => ch.toLowerCase())));
  if (tie && !/^spokes/.test(tie[2]!) && tiedToName(tie[3]!)) return { speaker: trimTo(c.text, subject, subject.end), gender: null, org: false };
  // "a statement from Ann Lee", "Ann Lee's statement", "the Harbor Board report": whoever issued the paper.
  for (const re of PAPER_OWNER) {
    const m = re.exec(subject.text);
    if (!m) continue;
    const at = subject.start + m[0].lastIndexOf(m[1]!);
    const owner = named(c, spanOf(c.text, at, at + m[1]!.replace(/['’]s\s+\p{Ll}+$/u, "").length));
    if (owner) return { speaker: owner.span, gender: null, org: owner.org };
    break;
  }
  // "a spokesman for the airline": the body named before ("Nordlink … a spokesman for the company"), else
  // a body named by its function ("a spokesman for the fire service" → fire service).
  const forBody = /^spokes(?:man|woman|person)\s+(?:for|of|at)\s+the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(subject.text);
  if (forBody) {
    const bodyAt = subject.end - forBody[1]!.length;
    const own = functionBody(c, spanOf(c.text, bodyAt, subject.end));
    if (own) return { speaker: own, gender: null, org: true };
    if (!forBody[1]!.includes(" ")) {
      const a = antecedent(c, subject.start, "org") ?? untypedBody(c, subject.start) ?? bodyBefore(c, subject.start);
      if (a) return { speaker: a.span, gender: null, org: true };
      // (A public body the text never names speaks as its noun, as "“…,” the coastguard said" does: "a spokesman for
      // the airport". Not "the company", "the group": a noun any other body of the story could be.)
      if (PUBLIC_BODY.test(forBody[1]!)) return { speaker: spanOf(c.text, bodyAt, subject.end), gender: null, org: true };
    }
    return { speaker: null, gender: null, org: false };
  }
  // "the 61-year-old said": the person the text gave that age ("Ann Lee, 61,", "61-year-old Ann Lee").
  const age = w.length === 1 ? /^(\d{1,3})-year-old$/.exec(w[0]!) : null;
  if (age) {
    const a = agedPerson(c, subject.start, age[1]!);
    if (a) return { speaker: a, gender: genderOf(c, a), org: false };
    // No one is given any age: the person the text is about, as for "he" (not a body).
    if (!/\p{Lu}[\p{L}'’.-]*,\s*(?:aged\s+)?\d{1,3}\s*,|\(\d{1,3}\)|\d{1,3}-year-old\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u.test(c.text.slice(Math.max(0, subject.start - 3000), subject.start))) {
      const p = antecedent(c, subject.start, "any");
      if (p && !p.org) return { speaker: p.span, gender: p.gender, org: false };
    }
    return { speaker: null, gender: null, org: false };
  }
  // "the Swede said", "the Brazilian added", "the Republican said": one person named before, by nationality or party.
  // ("the Chinese said", "the French insisted": a people whose plural is its adjective is a country's side
  // speaking as a body, as "the Russians said" is; one Chinese person is "the Chinese envoy".)
  if (w.length === 1 && /(?:^|\s)the\s+$/i.test(c.text.slice(Math.max(0, subject.start - 5), subject.start)) && DEMONYMS[w[0]!] !== undefined && SAME_PLURAL.test(w[0]!)) {
    return { speaker: subject, gender: null, org: true };
  }
  if (w.length === 1 && /(?:^|\s)the\s+$/i.test(c.text.slice(Math.max(0, subject.start - 5), subject.start)) && (DEMONYMS[w[0]!] !== undefined || NATIONALITY_NOUN.test(w[0]!) || /^(?:Republican|Democrat|Conservative|Liberal|Socialist|Libertarian)$/.test(w[0]!))) {
    const party = /^(?:Republican|Democrat)$/.test(w[0]!) ? w[0]!.toLowerCase() : null;
    const a = party ? described(c, subject.start, party) : antecedent(c, subject.start, "any");
    return a && !a.org ? { speaker: a.span, gender: a.gender, org: false } : { speaker: null, gender: null, org: false };
  }
  // "the former governor of Minas Gerais said", "the mayor of Bergen added": an office of a territory is a description
  // of its holder, not the territory speaking (the holder named before, else nobody).
  const territory = TERRITORY_OFFICE.exec(subject.text);
  if (territory && /(?:^|\s)the\s+(?:(?:former|ex|then|outgoing|current|new)[\s-]+)?$/i.test(c.text.slice(Math.max(0, subject.start - 20), subject.start))
    && !c.entities.some((e) => e.type === "org" && e.span.start < subject.end && e.span.end > subject.start + territory[0].length - territory[2]!.length)) {
    return subjectSpeaker(c, spanOf(c.text, subject.start, subject.start + territory[1]!.length));
  }
  const n = named(c, subject);
  if (n) return { speaker: n.span, gender: n.org ? null : genderOf(c, n.span), org: n.org };
  // "the Oregon senator said", "the Ohio Democrat added": the person named before with that description.
  if (placeDescribed(c.text, subject, c.entities) && /(?:^|\s)(?:the|this|that)\s+$/i.test(c.text.slice(Math.max(0, subject.start - 6), subject.start))) {
    const next = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(c.text.slice(subject.end, subject.end + 30));
    const last = w[w.length - 1]!;
    const head = (/^\p{Lu}/u.test(last) && !/^(?:Democrat|Republican)$/.test(last) && next ? next[1]! : last).toLowerCase();
    if (PERSON_NOUN.has(head) || /^(?:democrat|republican)$/.test(head)) {
      const a = described(c, subject.start, head);
      if (a && !a.org) return { speaker: a.span, gender: a.gender, org: false };
    }
    return { speaker: null, gender: null, org: false };
  }
  // "A police spokeswoman said", "a fire service spokesman said": the body the spokesperson speaks for.
  if (/^(?:spokes(?:man|woman|person)|official|officials)$/i.test(w[w.length - 1]!)) {
    const body = BODY_SPOKESPERSON.exec(c.text.slice(Math.max(0, subject.end - 80), subject.end));
    if (body && ORG_NOUN.has(body[1]!.split(/\s+/).pop()!.toLowerCase())) {
      const at = subject.end - body[0].length + body[0].indexOf(body[1]!);
      // "Halvard Shipping denied it. “…,” a company spokeswoman said": a noun any body could be ("company",
      // "club", "airline"; not "police", "coastguard", which a place has one of) stands for the body named before,
      // as "the company said" does.
      if (!body[1]!.includes(" ") && !PUBLIC_BODY.test(body[1]!) && /^spokes/i.test(w[w.length - 1]!)) {
        const a = antecedent(c, subject.start, "any");
        if (a?.org) return { speaker: a.span, gender: null, org: true };
      }
      return { speaker: spanOf(c.text, at, at + body[1]!.length), gender: null, org: true };
    }
    // "Police Scotland said a man was arrested. “…,” a spokeswoman said": an unnamed spokesperson with no body of
    // their own speaks for the body that is the nearest speaker or subject before (not for a person: "Mayor Ann Lee
    // … a spokeswoman said" is her spokeswoman, whom the text does not name).
    if (/^spokes/i.test(w[w.length - 1]!) && (w.length === 1 || (w.length === 2 && /^(?:a|an|one)$/i.test(w[0]!)))
      && (w.length === 2 || /(?:^|[\s,])(?:[Aa]n?|[Oo]ne)\s+$/u.test(c.text.slice(Math.max(0, subject.start - 5), subject.start)))) {
      const a = antecedent(c, subject.start, "any");
      if (a?.org) return { speaker: a.span, gender: null, org: true };
    }
  }
  // "the former prime minister said": the person introduced with that modifier and title ("Former Prime
  // Minister Ana Duarte"), not simply the nearest speaker (who may hold the title now).
  const modified = /\bthe\s+(former|ex|outgoing|acting|interim)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.exec(c.text.slice(Math.max(0, subject.start - 40), subject.start));
  if (modified && w.length === 1 && PERSON_NOUN.has(w[0]!.toLowerCase())) {
    // (The modifier in the title run right before the name, "Former Mayor", "the ex-Brasov mayor" — not in a clause
    // about someone else before it: "Ion Popa, a former mayor of Sibiu, met Teodor Vasilescu".)
    const head = w[0]!.toLowerCase(), mod = new RegExp(`\\b${modified[1]}[\\s-]+(?:[\\p{L}.'’-]+\\s+){0,3}$`, "iu");
    for (let i = c.entities.length - 1; i >= 0; i--) {
      const e = c.entities[i]!;
      if (e.span.end > subject.start) continue;
      if (subject.start - e.span.end > 4000) break;
      // (The modifier before the name, "Former Mayor Ann Ford", or in its appositive, "Ann Ford, a former mayor of Brasov,".)
      const appos = new RegExp(`^,\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${modified[1]!.toLowerCase()}\\b`, "u");
      if (e.type !== "person" || !introducedWith(c, e, head) || !(mod.test(c.text.slice(Math.max(0, e.span.start - 50), e.span.start)) || appos.test(c.text.slice(e.span.end, e.span.end + 60)))) continue;
      const span = named(c, e.span)?.span ?? e.span;
      return { speaker: span, gender: genderOf(c, span), org: false };
    }
  }
  // "Dana Kowal leads the polls. Her campaign called the ad “…”": a body a pronoun owns ("his office", "their
  // party") speaks for the one the pronoun points back to, as "the Kowal campaign" does (not "her lawyer": someone else).
  const ownerPronoun = w.length === 1 && POSSESSED_BODY_NOUN.test(w[0]!) ? /(?:^|[\s,])(his|her|their)\s+$/i.exec(c.text.slice(Math.max(0, subject.start - 7), subject.start)) : null;
  if (ownerPronoun) {
    const pron = ownerPronoun[1]!.toLowerCase();
    const a = antecedent(c, subject.start - ownerPronoun[0].length, pron === "his" ? "m" : pron === "her" ? "f" : "any");
    if (a && !a.org) return { speaker: a.span, gender: null, org: true };
  }
  // "The Red Cross sent three teams. “…,” its spokesman said": the body "its" points back to speaks.
  // (Also "the company's spokeswoman", "the agency's spokesman": a body's common noun owning the spokesperson.)
  const bodyOwner = w.length === 1 && /^spokes(?:man|woman|person)$/i.test(w[0]!) ? /(?:^|[\s,])[Tt]he\s+(\p{Ll}+)['’]s\s+$/u.exec(c.text.slice(Math.max(0, subject.start - 24), subject.start)) : null;
  const itsSpokes = w.length === 1 && /^spokes(?:man|woman|person)$/i.test(w[0]!) ? /(?:^|[\s,])its\s+$/i.exec(c.text.slice(Math.max(0, subject.start - 6), subject.start)) ?? (bodyOwner && ORG_NOUN.has(bodyOwner[1]!) ? bodyOwner : null) : null;
  if (itsSpokes) {
    const a = antecedent(c, subject.start - itsSpokes[0].length, "org") ?? untypedBody(c, subject.start);
    return a ? { speaker: a.span, gender: null, org: true } : { speaker: null, gender: null, org: false };
  }
  // "the 58-year-old mayor said": the person the text gave that age, else as "the mayor said".
  const agedNoun = w.length === 1 && PERSON_NOUN.has(w[0]!.toLowerCase()) ? /(?:^|\s)the\s+(\d{1,3})-year-old\s+$/i.exec(c.text.slice(Math.max(0, subject.start - 25), subject.start)) : null;
  if (agedNoun) {
    const a = agedPerson(c, subject.start, agedNoun[1]!);
    if (a) return { speaker: a, gender: genderOf(c, a), org: false };
  }
  // "the spokesman said", "the senator added": the nearest named speaker before.
  // "the spokesman said", "the club chairman said" (lower-case words between "the" and the noun).
  const det = c.text.slice(Math.max(0, subject.start - 40), subject.start).replace(/\s\d{1,3}-year-old\s+$/, " ");
  // Not "the former president": a modifier that sets one holder of the title apart from another.
  if (/\b(?:the|this|that)\s+(?:(?!(?:former|ex|then|late|previous|outgoing|incoming|new|future|deputy|vice|assistant|acting|interim)\b)\p{Ll}[\p{Ll}-]+\s+){0,2}$/iu.test(det) || DEFINITE.test(w[0]!)) {
    const head = w[w.length - 1]!.toLowerCase();
    if (PERSON_NOUN.has(head)) {
      const a = described(c, subject.start, head, w.length === 1);
      if (a) return { speaker: a.span, gender: a.gender, org: a.org };
    }
    // "Luis Faria, a witness from Braga, … “…,” the witness said": any other noun for someone points back only to
    // a person the text brought in with it (never merely to the nearest one, as the titles above may).
    else if (w.length === 1 && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(head) && !ORG_NOUN.has(head) && !PAPER.test(head) && /(?:^|\s)the\s+$/i.test(det)) {
      for (let i = c.entities.length - 1; i >= 0; i--) {
        const e = c.entities[i]!;
        if (e.span.end > subject.start) continue;
        if (subject.start - e.span.end > 4000) break;
        if (e.type !== "person" || !introducedWith(c, e, head)) continue;
        const span = named(c, e.span)?.span ?? e.span;
        return { speaker: span, gender: genderOf(c, span), org: false };
      }
    }
    // "the group said", "the union added": the body named before.
    if (w.length === 1 && ORG_NOUN.has(head)) {
      // (A body the tagger missed, the subject of one of the last sentences, is nearer than one reported from
      // further back: "KING-TV reported … ¶ Black Lives Matter issued a statement … “…,” the group said".)
      const org = antecedent(c, subject.start, "org"), body = untypedBody(c, subject.start);
      const a = org && body && body.span.start > org.span.end ? body : org ?? body;
      if (a) return { speaker: a.span, gender: null, org: true };
      // "“…,” the coastguard said", "the club said in a statement": a body the text never names speaks as
      // itself, its noun (not "the other side", whose noun only sets one party against another).
      if (/(?:^|\s)the\s+$/i.test(det) && !/^(?:side|camp|district)$/.test(head)) return { speaker: subject, gender: null, org: true };
    }
  }
  // "the statement read", "the letter said": whoever the text said issued that paper a few sentences before.
  if (w.length === 1 && PAPER.test(w[0]!) && /(?:^|\s)(?:the|this|that)\s+$/i.test(c.text.slice(Math.max(0, subject.start - 6), subject.start))) {
    const a = issuerBefore(c, subject.start, w[0]!);
    return a ? { speaker: a.span, gender: a.gender, org: a.org } : { speaker: null, gender: null, org: false };
  }
  // "the fisheries ministry said", "the harbour board said": a body named by what it does, as in "a fire
  // service spokesman" (not a bare "the club", nor "the other club").
  const body = functionBody(c, subject);
  if (body) return { speaker: body, gender: null, org: true };
  // "police said": the one body news names by its bare noun, with no article (as "Police said" opening a sentence).
  if (w.length === 1 && w[0] === "police" && !/(?:^|\s)(?:the|a|an|some|other|local|state|\p{Lu}[\p{L}.-]*)\s+$/u.test(c.text.slice(Math.max(0, subject.start - 12), subject.start))) return { speaker: subject, gender: null, org: true };
  return { speaker: null, gender: null, org: false };
}

/** The nearest person before `at` written with the age `age`: "Ann Lee, 61,", "Ann Lee (61)", "61-year-old (cyclist) Ann Lee". */
function agedPerson(c: Ctx, at: number, age: string): Span | null {
  const after = new RegExp(`^(?:,\\s*(?:aged\\s+)?${age}\\s*(?:[,)]|$)|\\s*\\(${age}\\))`);
  const before = new RegExp(`(?<![\\d-])${age}-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`, "u");
  for (let i = c.entities.length - 1; i >= 0; i--) {
    const e = c.entities[i]!;
    if (e.span.end > at) continue;
    if (at - e.span.end > 3000) break;
    if (e.type !== "person") continue;
    if (after.test(c.text.slice(e.span.end, e.span.end + 14)) || before.test(c.text.slice(Math.max(0, e.span.start - 50), e.span.start))) return named(c, e.span)?.span ?? e.span;
  }
  return null;
}

/** Papers that whoever sues files: "Ann Lee sued the port. The suit says …". */
const SUED_PAPER = /^(?:suit|lawsuit|complaint|filing|petition)$/;
/**
 * Who issued the paper `noun` that "the statement read" points back to, in this sentence or the three
 * before: "Ann Lee said in a statement …", "The Harbor Board released a letter …" (the nearest).
 */
function issuerBefore(c: Ctx, at: number, noun: string): { span: Span; gender: Gender; org: boolean } | null {
  const here = sentenceAt(c.sentences, at);
  const from = c.sentences[Math.max(0, here - 3)]!.start;
  const inPaper = new RegExp(`^[^.;“”"«»]{0,40}?\\bin\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${noun}(?![\\p{L}])`, "u");
  const inOpening = new RegExp(`^\\s*In\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${noun}(?![\\p{L}])`, "u");
  // (A suit or complaint is filed or lodged, and whoever sued files it: "The co-op sued the port … The suit says".)
  const issued = new RegExp(`\\b(?:(?:issued|released|posted|sent|published|put\\s+out|circulated|signed|wrote|distributed|shared|filed|lodged|submitted|brought|presented|delivered|drafted)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${noun}(?![\\p{L}])${SUED_PAPER.test(noun) ? "|(?<!\\b(?:was|were|been|being|is|are|be|get|got|gets)\\s+(?:\\p{Ll}+ly\\s+)?)(?:sued|sues|is\\s+suing|has\\s+sued|have\\s+sued)\\b(?!\\s+by\\b)" : ""})`, "u");
  let best: { pos: number; who: { span: Span; gender: Gender; org: boolean } } | null = null;
  for (const s of c.said) {
    if (s.cue.start >= at) break;
    // "Ann Lee said in a statement …", "In a statement, the Harbor Board said …".
    if (s.cue.start < from || !s.speaker || !(inPaper.test(c.text.slice(s.cue.end, s.cue.end + 80)) || inOpening.test(c.text.slice(sentenceStart(c.text, s.cue.start), s.cue.start)))) continue;
    best = { pos: s.cue.start, who: { span: s.speaker, gender: s.gender, org: s.org } };
  }
  for (let si = here; si >= Math.max(0, here - 3); si--) {
    const sent = c.sentences[si]!;
    const m = issued.exec(c.text.slice(sent.start, Math.min(sent.end, at)));
    if (!m) continue;
    if (best && best.pos > sent.start + m.index) break;
    const main = mainSubject(c, sent.start, Math.min(sent.end, at));
    const subject = main && main.end <= sent.start + m.index ? main : null;
    const r = subject && resolveSubject(c, subject);
    if (r?.speaker) return { span: r.speaker, gender: r.gender, org: r.org };
    break;
  }
  return best?.who ?? null;
}

/** "of course", "of late": no field a body works in. */
const OF_IDIOM = /^(?:course|late|old|all|sorts|sort|kind|note|record|its|theirs|ours|them|us|itself|now|today|recent|yore)$/;
/** Modifiers that set one body apart from another or judge it, rather than say what it does. */
const NOT_FUNCTION = /^(?:same|other|another|new|old|former|rival|whole|entire|own|first|second|third|last|next|big|bigger|biggest|small|smaller|large|largest|major|main|top|leading|local|national|private|public|latter|such|certain|few|many|several|both|each|every|some|any|no|this|that|these|those|his|her|its|their|our|my|your|said|the|a|an|and|or|but)$/;
/**
 * A body named by a lower-case function before its noun: "the fisheries ministry", "the harbour board",
 * "the weather service" (one or two modifiers, not adjectives in -ed, -ing or -ly).
 */
function functionBody(c: Ctx, subject: Span): Span | null {
  const words = subject.text.split(/\s+/);
  // "the ministry of health", "the department of transport".
  if (words.length === 3 && ORG_NOUN.has(words[0]!) && words[1] === "of" && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(words[2]!) && !NOT_FUNCTION.test(words[2]!) && !OF_IDIOM.test(words[2]!) && /(?:^|\s)the\s+$/i.test(c.text.slice(Math.max(0, subject.start - 5), subject.start))) return subject;
  const head = words[words.length - 1]!;
  // "Germany's weather service", "the Swiss glacier monitoring network", "Kenya's education ministry": a
  // country's body named by its function, one to three lower-case words after the country.
  if (words.length >= 2 && words.length <= 4 && ORG_NOUN.has(head) && countryOf(words[0]!) !== null
    && words.slice(1).every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x) && !NOT_FUNCTION.test(x))) return subject;
  if (!ORG_NOUN.has(head) || words.some((x) => !/^\p{Ll}[\p{Ll}-]*$/u.test(x))) return null;
  // The country may come before the subject's own words: "the German weather service", "Japan's defence ministry".
  const country = /(?:^|[\s(,])(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]+(?:['’]s)?)\s+((?:[\p{Ll}-]+\s+){0,2})$/u.exec(c.text.slice(Math.max(0, subject.start - 50), subject.start));
  const between = country ? country[2]!.trim().split(/\s+/).filter((x) => x) : [];
  if (country && countryOf(country[1]!) !== null && words.length + between.length <= 3
    && [...between, ...words.slice(0, -1)].every((x) => !NOT_FUNCTION.test(x))) {
    return spanOf(c.text, subject.start - country[0].length + country[0].indexOf(country[1]!), subject.end);
  }
  const m = /(?:^|[\s(,])(?:[Tt]he|[Aa]n?|[Ii]ts)\s+((?:[\p{Ll}-]+\s+){0,2})$/u.exec(c.text.slice(Math.max(0, subject.start - 40), subject.start));
  if (!m) return null;
  const mods = [...m[1]!.trim().split(/\s+/).filter((x) => x), ...words.slice(0, -1)];
  if (mods.length === 0 || mods.length > 2 || mods.some((x) => NOT_FUNCTION.test(x) || /(?:ed|ing|ly|est)$/.test(x) || x.length < 3 || ORG_NOUN.has(x) && x === head)) return null;
  const at = subject.start - m[1]!.length;
  return spanOf(c.text, at, subject.end);
}

/**
 * A body owned by the name a subject phrase ends in ("Alvarez's campaign", "Kenya's education ministry",
 * "the Harbor Board's legal team"): the name's possessive, at most two lower-case modifiers, a body noun.
 */
function ownedBody(c: Ctx, head: Span): Span | null {
  if (!/\p{L}(?:['’]s|s['’])$/u.test(head.text)) return null;
  const m = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?(?:\s+([\p{Ll}-]+))?/u.exec(c.text.slice(head.end, head.end + 60));
  const words = m ? [m[1], m[2], m[3]].filter((x): x is string => x !== undefined) : [];
  const noun = words.findIndex((x) => ORG_NOUN.has(x));
  if (!m || noun < 0 || words.slice(0, noun).some((x) => NOT_FUNCTION.test(x) || MODIFIER_STOP.test(x) || /(?:ed|ing|ly)$/.test(x))) return null;
  const end = c.text.indexOf(words[noun]!, head.end + words.slice(0, noun).reduce((n, x) => n + x.length, 0)) + words[noun]!.length;
  return spanOf(c.text, head.start, end);
}

/**
 * What "it said" points back to: the body that spoke last in this sentence or the two before, else the
 * body that is the subject of one of the two sentences before ("The Harbor Authority closed …", "The
 * Lee campaign …", "The weather service …", "The ferry operator, Nordlink, …"). Nothing when a person
 * spoke or is that subject, or the subject is a paper or a thing ("The email …", "Rain fell …").
 */
function itAntecedent(c: Ctx, at: number): Span | null {
  const here = sentenceAt(c.sentences, at);
  for (let si = here; si >= Math.max(0, here - 2); si--) {
    const sent = c.sentences[si]!;
    const said = c.said.filter((s) => s.cue.start >= sent.start && s.cue.start < Math.min(sent.end, at) && s.speaker).pop();
    if (said) return said.org ? said.speaker : null;
    if (si === here) continue;
    const body = bodyIn(c, si);
    if (body) return body;
    const subject = mainSubject(c, sent.start, sent.end);
    const head = subject && trimTo(c.text, subject, headEnd(subject));
    if (!head) continue;
    // "Alvarez's campaign issued a statement. “…,” it said": the body the name owns.
    const owned = ownedBody(c, head);
    if (owned) return owned;
    const ent = c.entities.find((e) => e.span.start < head.end && head.start < e.span.end && e.type !== "place");
    if (ent?.type === "person") return maybeBody(c, ent) ? ent.span : null;
    if (ent?.type === "org") return named(c, head)?.span ?? ent.span;
    const words = head.text.split(/\s+/);
    const last = words[words.length - 1]!;
    // "The Lee campaign", "the Harbor City school board": a name, then a body noun.
    if (ORG_NOUN.has(last) && words.some((x) => isNameWord(x))) {
      const first = words.findIndex((x) => isNameWord(x));
      return spanOf(c.text, head.start + head.text.indexOf(words[first]!), head.end);
    }
    // "Nordlink cancelled …": capitalised words no person is named with (one word only when the text
    // capitalises it inside a sentence too, not "Rain fell …").
    // (Not a group: "Two Americans were killed", "Protesters marched".)
    if (words.every((x) => /^\p{Lu}/u.test(x) || /^(?:of|for|and|&|de)$/.test(x)) && words.some(isNameWord) && genderOf(c, head) === null && !surname(c, words[words.length - 1]!)
      && !OPENER_WORDS.test(words[0]!) && !groupNoun(last) && DEMONYM_PLURALS[last] === undefined && !/^\d/.test(words[0]!)
      && (words.length > 1 || capitalisedInside(c.text, words[0]!) || STANCE_AFTER.test(c.text.slice(head.end, head.end + 30)))) return head;
    return null;
  }
  return null;
}

/**
 * Verbs by which a body takes a stand ("Greenpeace condemned the licence"): a one-word name opening a
 * sentence with one of these is a body's that "it said" can point back to, though written nowhere else.
 */
const STANCE_AFTER = new RegExp(`^\\s+(?:(?:also|again|later|quickly|sharply|strongly|swiftly|immediately|on\\s+\\p{Lu}\\p{Ll}+day)\\s+)?(?:${[...SPEECH_VERBS.filter((v) => /ed$|^(?:said|told|wrote)$/.test(v)), "condemned", "welcomed", "criticised", "denounced", "rejected", "applauded", "appealed", "protested", "objected", "called\\s+for", "demanded", "disputed", "questioned", "challenged", "sued", "filed"].join("|")})(?![\\p{L}])`, "u");

/** "The weather service raised its warning. “…,” it said": a body named by its function as the subject of a sentence before. */
function bodyBefore(c: Ctx, at: number): { span: Span; gender: Gender; org: boolean } | null {
  const here = sentenceAt(c.sentences, at);
  for (let si = here - 1; si >= Math.max(0, here - 2); si--) {
    const body = bodyIn(c, si);
    if (body) return { span: body, gender: null, org: true };
  }
  return null;
}

/** A body opening sentence `si` as its subject: its name in apposition ("The ferry operator, Nordlink,"), or its function ("The weather service"). */
function bodyIn(c: Ctx, si: number): Span | null {
  const sent = c.sentences[si]!;
  const name = /^\s*(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+),\s+((?:\p{Lu}[\p{L}\p{N}'’.&-]*)(?:\s+(?:(?:of|for|and|&|de)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,4}),/u.exec(c.text.slice(sent.start, sent.end));
  if (name && ORG_NOUN.has(name[1]!)) {
    const at = sent.start + name[0].length - 1 - name[2]!.length;
    if (!c.entities.some((e) => e.type === "person" && e.span.start === at)) return spanOf(c.text, at, at + name[2]!.length);
  }
  // "The ministry of education closed …".
  const field = /^\s*The\s+((\p{Ll}+)\s+of\s+(\p{Ll}[\p{Ll}-]{2,}))\s+\p{Ll}/u.exec(c.text.slice(sent.start, sent.end));
  if (field && ORG_NOUN.has(field[2]!) && !NOT_FUNCTION.test(field[3]!) && !OF_IDIOM.test(field[3]!)) {
    const at = sent.start + field[0].indexOf(field[1]!);
    return spanOf(c.text, at, at + field[1]!.length);
  }
  const subject = mainSubject(c, sent.start, sent.end);
  const head = subject && trimTo(c.text, subject, headEnd(subject));
  return head ? functionBody(c, head) : null;
}

/**
 * Between a name and its verb, an appositive opened right after the name and closed right before the
 * verb, whatever it holds: ", a pollster who works with Priorities USA, a super PAC, ".
 */
function appositiveBetween(between: string): boolean {
  // Closed by commas or by dashes (" -- who lost the 2008 race -- "); a title's full stop ("Sen. Ann Ford") ends no sentence.
  return (/^(?:['’]s)?\s*,[^\n]{0,300},[”"’]?\s*(?:\p{Ll}+ly\s+)?$/u.test(between) || /^\s*(?:--|[—–])[^\n—–]{0,300}(?:--|[—–])\s*(?:\p{Ll}+ly\s+)?$/u.test(between))
    && lastBoundary(between, 0, between.length) < 0;
}

const NAME_RE = `((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.\\-]*)`;
const INFINITIVE_SUBJECT = new RegExp(`(?:\\b(?:prompting|prompted|prompts|leading|led|leads|causing|caused|forcing|forced|pushing|pushed|spurring|spurred|urging|urged|urges|asking|asked|asks|inviting|invited|allowing|allowed|encouraging|encouraged)\\s+${NAME_RE}\\s+to|\\bwith\\s+(?:[\\p{Ll}-]+\\s+){0,2}${NAME_RE}\\s+\\p{Ll}+ing\\b[^,;:“”"«»\\n]{0,60}?\\s+to)\\s+(?:[^,;:“”"«»\\n]{0,80}?\\s+and\\s+)?$`, "u");

/** Verbs of speech in the base form, after "to" ("prompting Lee to call him “…”"). */
const SPEECH_BASE = "call|say|tell|describe|declare|label|brand|dub|accuse|warn|ask|admit|promise|vow|pledge|insist|argue|claim|urge|praise|blast|slam|mock|deride|dismiss|condemn|denounce|tweet|write|quip|joke|proclaim|announce|demand|suggest|add|reply|respond|retort|note|remark|explain|concede|acknowledge|answer";
const INFINITIVE_CLAUSE = new RegExp(`(?:\\b(?:prompting|prompted|prompts|leading|led|leads|causing|caused|forcing|forced|pushing|pushed|spurring|spurred|urging|urged|urges|asking|asked|asks|inviting|invited|allowing|allowed|encouraging|encouraged)\\s+${NAME_RE}\\s+to|\\bwith\\s+(?:[\\p{Ll}-]+\\s+){0,2}${NAME_RE}\\s+\\p{Ll}+ing\\b[^,;:“”"«»\\n]{0,60}?\\s+to)\\s+(?:[^,;:“”"«»\\n]{0,80}?\\s+(?:and|to)\\s+)?(?:${SPEECH_BASE})\\b[^,;:“”"«»\\n]{0,100}$`, "u");

/** What a speaker issues rather than who speaks: "issued a statement saying". */
/** The verbs by which someone makes, sends or takes down a paper ("posted a video", "deleted the tweet"). */
const PAPER_MADE = /\b(?:released|issued|posted|published|sent|aired|tweeted|retweeted|shared|launched|unveiled|put\s+out|deleted|removed|took\s+down|wrote|signed|penned|pinned)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:on|in|to|late|early|last|this|that|from)\b[^.!?;“”"«»]{0,40})?[.!?]?\s*$/u;
/**
 * "It read:", "It said" opening a sentence right after one whose subject made, sent or took down a paper
 * ("Sandhu later deleted the tweet.", "The club posted a message on Sunday."): the paper's maker speaks.
 */
function paperBefore(c: Ctx, it: Span): { speaker: Span | null; gender: Gender; org: boolean } | null {
  const here = sentenceAt(c.sentences, it.start);
  // (Also after the paper's words: "The campaign released a new ad. “…,” it says.")
  if (here < 1 || !/^\s*(?:[“"«][^“”"«»]*[”"»],?\s*)?$/.test(c.text.slice(c.sentences[here]!.start, it.start))) return null;
  const sent = c.sentences[here - 1]!;
  const m = PAPER_MADE.exec(c.text.slice(sent.start, sent.end));
  if (!m || !DOCUMENT.test(m[1]!)) return null;
  const main = mainSubject(c, sent.start, sent.end);
  if (!main || main.end > sent.start + m.index || /\b(?:who|which|that)\b|[“”"«»]/.test(c.text.slice(main.end, sent.start + m.index))) return null;
  const r = resolveSubject(c, main);
  return r.speaker ? r : null;
}
const DOCUMENT = /^(?:statement|statements|release|tweet|tweets|post|letter|email|e-mail|video|ad|advertisement|memo|note|message|op-ed|editorial|speech|interview|remarks|piece|article|story|column|report|analysis|commentary|segment)$/i;

/** Cues in the past participle that take a passive agent ("accused by", "described by"). */
const PASSIVE_PARTICIPLE = /^(?:accused|called|described|labeled|labelled|branded|dubbed|characterized|characterised|criticized|praised|derided|mocked|slammed|blasted|urged|asked|warned|told|quoted|ridiculed|dismissed|hailed|lauded|attacked)$/;
/**
 * The agent after a passive cue, right before the quoted words: "by Carl Reid of “", "by her rival, Carl
 * Reid, of “", "by commissioner Ann Lee as “" (group 1: the name; group 2: what follows it).
 */
const PASSIVE_AGENT = new RegExp(`^\\s+by\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:[\\p{Ll}-]+,\\s+)?(${NAME_WORDS})((?:,\\s+(?:the|a|an)\\s[^,“”"«»\\n]{1,80})?,?\\s+(?:as|of)\\s+[“"«])`, "u");

/** "was asked", "has been asked", "were repeatedly asked", "got asked", "being asked": the subject is asked, not asking. */
/** Cues whose past participle, after a form of "be", tells who was addressed or judged ("was warned", "were urged", "had been told"). */
const PASSIVE_CUE = /^(?:warned|urged|told|praised|criticized|criticised|accused|attacked|mocked|ridiculed|derided|lauded|hailed|thanked|assured|cautioned|blasted|slammed|dismissed|charged)$/;
/** A form of "be" right before such a participle, adverbs allowed between ("was repeatedly warned"; not "has warned"). */
const PASSIVE_AUX = /\b(?:was|were|is|are|be|been|being|get|gets|got|gotten)\s+(?:(?:\p{Ll}+ly|also|not|never|again|once|even|already|later|then|first|since|still)\s+){0,2}$/u;
/** The agent right before the words it spoke: "was warned by Ann Lee that …", "were told by the captain: “…”". */
const PASSIVE_BY_WORDS = new RegExp(`^\\s+by\\s+((?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}\\p{N}'’.&$-]+\\s+){0,5}?${NAME_WORDS})(?=\\s*,?\\s*(?:that\\b|:|[“"«]))`, "u");
const PASSIVE_ASKED = /\b(?:was|were|is|are|been|being|be|get|gets|got|getting)\s+(?:(?:\p{Ll}+ly|also|again|then|first|later|once|never|often|not|even|still)\s+)?$/u;
/** The asker after a passive "asked": "by moderator Ana Berg", "by Harbor Times reporter Li Wen," (group 1: the phrase, up to what is asked). */
const ASKED_BY = new RegExp(`^\\s+by\\s+((?:(?:the|a|an|his|her|their|its)\\s+)?(?:[\\p{L}\\p{N}'’.&$-]+\\s+){0,5}?${NAME_WORDS})(?=\\s*(?:[,:;.?—–]|[“"«]|$|\\s(?:whether|if|about|what|why|how|when|where|who|which|to|on|in|at|during|for|after|before|and)\\b))`, "u");

/** Cue verbs that news also uses in a sense that reports no speech. */
const NOT_SPEECH_SENSE = /^(?:continued|continues|charged)$/;
/** "continued to train", "continued his feud", "continues the tour" — not "continued to say", "continued: “…”". */
const CONTINUED_NOT_SPEECH = new RegExp(`^\\s+(?:to\\s+(?!(?:${SPEECH_BASE}|stress|insist|maintain|repeat|deny|praise|criticize|attack)\\b)\\p{Ll}+|(?:his|her|their|its|the|a|an|this|that)\\s)`, "u");
/** "was charged with assault", "charged him with" — not "charged that …". */
const CHARGED_NOT_SPEECH = /^\s+(?:(?:him|her|them|it|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+)?with\b/u;

function scanCues(c: Ctx): void {
  const { text } = c;
  let pi = 0;
  for (const m of text.matchAll(CUE_RE)) {
    const at = m.index!;
    while (pi < c.pieces.length && c.pieces[pi]!.close < at) pi++;
    if (pi < c.pieces.length && c.pieces[pi]!.open < at) continue; // words inside a quote
    // "Article 33 affirms:", "Isaiah 45:1 reads:": a text's numbered part speaks (before "reads" is set aside below).
    const part = DOC_PART_VERB.test(m[0]) && /^(?:\s*:|,?\s*[“"«]|\s+that\b)/.test(text.slice(at + m[0].length, at + m[0].length + 8)) ? DOC_PART_BEFORE.exec(text.slice(Math.max(clauseStart(c, at), at - 90), at)) : null;
    if (part) {
      const from = Math.max(clauseStart(c, at), at - 90);
      const at0 = from + part.index + part[0].indexOf(part[1]!);
      const span = spanOf(text, at0, at0 + part[1]!.length);
      c.said.push({ cue: spanOf(text, at, at + m[0].length), subject: span, speaker: span, gender: null, org: true });
      continue;
    }
    // "went on to say", "“…,” she went on." — not "once the Senate goes on recess".
    if (/^(?:goes|went)\s+on$/.test(m[0]) && !/^\s*(?:to\b|[,.:;!?“”"«»—–]|$)/.test(text.slice(at + m[0].length, at + m[0].length + 4))) continue;
    // "Ford begged him for an endorsement": a verb of manner reports speech only right after a quote.
    // (A paper reads out what comes next: "The statement from the Red Cross read: “…”", "The letter reads, “…”".)
    const paperReads = /^reads?$/.test(m[0]) && /^\s*[:,]?\s*[“"«]/.test(text.slice(at + m[0].length, at + m[0].length + 6))
      && (PAPER_READS_BEFORE.test(text.slice(Math.max(clauseStart(c, at), at - 120), at))
        // ("Sandhu deleted the tweet. It read: “…”": "it" is the paper the sentence before made.)
        || (/(?:^|\s)It\s+$/.test(text.slice(Math.max(0, at - 4), at)) && paperBefore(c, spanOf(text, at - 3, at - 1)) !== null));
    if (!paperReads && AFTER_QUOTE_ONLY.has(m[0].replace(/\s+/g, " ")) && !/[”"»]\s*,?\s*[^“”"«».!?;:\n]{0,100}$/.test(text.slice(Math.max(0, at - 110), at))) continue;
    // `“…,” Lee laughed it off`, `“…,” Ford offered a deal`: a verb of manner with an object reports nothing.
    // (Not a verb put first: `“…,” reads a statement from Lee`.)
    if (AFTER_QUOTE_ONLY.has(m[0].replace(/\s+/g, " ")) && !/[”"»],?\s*$/.test(text.slice(Math.max(0, at - 3), at)) && /^\s+(?:it|him|her|them|us|me|off|the|a|an|his|their|its|this|that|these|those|up|down|away)\b/.test(text.slice(at + m[0].length, at + m[0].length + 8))) continue;
    // "Petrov continued to train alone", "continued his feud", "was charged with assault": the verb in a
    // sense that reports no speech (not "continued: “…”", "continued to say", "charged that").
    if (NOT_SPEECH_SENSE.test(m[0]) && !/[”"»],?\s*(?:\p{L}+\s+){0,3}$/u.test(text.slice(Math.max(0, at - 40), at)) && (m[0].startsWith("contin") ? CONTINUED_NOT_SPEECH : CHARGED_NOT_SPEECH).test(text.slice(at + m[0].length, at + m[0].length + 40))) continue;
    const cue = spanOf(text, at, at + m[0].length);
    const lo = clauseStart(c, at);
    const before = text.slice(Math.max(lo, at - 3), at);
    let subject: Span | null = null;
    // "Ortiz was accused by her rival, Carl Reid, of “…”", "the tolls, described by Okafor as “…”": a
    // passive cue's agent speaks, not the sentence's subject.
    const agent = PASSIVE_PARTICIPLE.test(m[0]) ? PASSIVE_AGENT.exec(text.slice(cue.end, cue.end + 160)) : null;
    if (agent) {
      const at0 = cue.end + agent.index + agent[0].lastIndexOf(agent[1]!, agent[0].length - agent[2]!.length);
      const r = resolveSubject(c, spanOf(text, at0, at0 + agent[1]!.length));
      if (r.speaker) { c.said.push({ cue, subject: spanOf(text, at0, at0 + agent[1]!.length), speaker: r.speaker, gender: r.gender, org: r.org }); continue; }
    }
    // "Ruiz was asked by moderator Ana Berg whether …: “…?”", "In the interview, Ruiz was asked, “…?”": the
    // one asked is the sentence's subject; the question is the asker's, named after "by", else nobody's.
    if (/^ask(?:ed)?$/.test(m[0]) && PASSIVE_ASKED.test(text.slice(Math.max(lo, at - 30), at))) {
      const by = ASKED_BY.exec(text.slice(cue.end, cue.end + 120));
      const who = by ? spanOf(text, cue.end + by[0].length - by[1]!.length, cue.end + by[0].length) : null;
      const r = who ? resolveSubject(c, who) : null;
      const main = mainSubject(c, sentenceStart(text, at), at);
      const one = main ? resolveSubject(c, main) : null;
      const asked = one?.speaker ? { span: one.speaker, gender: one.gender, org: one.org } : null;
      c.said.push({ cue, subject: r?.speaker ? who : null, speaker: r?.speaker ?? null, gender: r?.gender ?? null, org: r?.org ?? false, asked });
      continue;
    }
    // "Berg was warned twice", "the crew had been told to wait", "Mols was praised for …": a passive cue
    // with no agent after it; its subject is the one spoken to or of, not the speaker (nobody is named).
    // ("was warned by the coast guard": the agent speaks.)
    if (PASSIVE_CUE.test(m[0]) && PASSIVE_AUX.test(text.slice(Math.max(lo, at - 40), at))) {
      // (Only when the words follow the agent: "was criticized by Reid for “…”" quotes the one criticized.)
      const by = PASSIVE_BY_WORDS.exec(text.slice(cue.end, cue.end + 120));
      const who = by ? spanOf(text, cue.end + by[0].length - by[1]!.length, cue.end + by[0].length) : null;
      const r = who ? resolveSubject(c, who) : null;
      // (With no agent, a cue before it in the sentence tells who reports it: "According to the manual, staff were told, “…”".)
      const prev = c.said[c.said.length - 1];
      if (!r?.speaker && prev?.speaker && prev.cue.start >= sentenceStart(text, at) && prev.cue.start < at) c.said.push({ ...prev, cue, asked: undefined });
      else c.said.push({ cue, subject: r?.speaker ? who : null, speaker: r?.speaker ?? null, gender: r?.gender ?? null, org: r?.org ?? false });
      continue;
    }
    if (AFTER_RE.test(m[0])) subject = subjectAfter(text, cue.end);
    else if (INVERTIBLE.has(m[0].toLowerCase().replace(/\s+/g, " ")) && /[”"’»,']\s*$|,“\s*$/.test(text.slice(Math.max(0, at - 3), at)) && !titleBeforeCue(c, at)) {
      // `“…,” said Ann Ford` (and `“…,” she said` is handled below as a subject before).
      const pronoun = PRONOUN_AFTER_VERB.exec(text.slice(cue.end, cue.end + 10));
      subject = pronoun ? spanOf(text, cue.end + pronoun[0].length - pronoun[1]!.length, cue.end + pronoun[0].length) : subjectAfter(text, cue.end);
      if (subject && !pronoun && (PRONOUN.test(subject.text) || (/,\s*$/.test(before) && !/[”"»“]\s*,\s*$/.test(text.slice(Math.max(0, at - 4), at)) && !/^\p{Lu}/u.test(subject.text)))) subject = null;
      // "Huhn, a former executive, said Fiorina “was involved”": the name after the verb starts the
      // reported clause (a verb or a quote follows it), so the speaker is before the verb.
      if (subject && !pronoun && !/[”"»“]\s*,?\s*$/.test(text.slice(Math.max(0, at - 4), at)) && !/^(?:['’]s)?\s*(?:[.,;:!?)—–]|$|\((?:[RDI]|ret)\b|(?:on|in|at|during|last|this|who|whose|of|from|for|to|after|before|when|while|as)\b)/.test(text.slice(subject.end, subject.end + 30))) subject = null;
      if (subject === null && before.trim().length === 0) subject = null;
      // `“…,” charged Ann Ford with contempt`: a verb that also takes an object, inverted only when the name ends the clause.
      if (subject && !pronoun && OBJECT_VERB_INVERTED.test(m[0]) && !/^(?:['’]s)?\s*(?:[.,;:!?)—–]|$|(?:on|in|at|during|last|this|who|whose|of|from|for|after|before|when|while|as)\b)/.test(text.slice(subject.end, subject.end + 30))) subject = null;
    }
    // "…, with Senator Ann Lee telling reporters": the name a participle follows after "with".
    const absolute = /ing$/.test(m[0]) ? /\bwith\s+((?:\p{Lu}[\p{L}'’.\-]*\s+){0,5}\p{Lu}[\p{L}'’.\-]*)\s+$/u.exec(text.slice(Math.max(lo, at - 80), at)) : null;
    if (subject === null && absolute) subject = spanOf(text, at - absolute[0].length + absolute[0].indexOf(absolute[1]!, 4), at - absolute[0].length + absolute[0].indexOf(absolute[1]!, 4) + absolute[1]!.length);
    // "prompting Ana Lee to make a joke and call Reed “…”", "with manager Tom Reed taking to Twitter to call
    // him “…”": an infinitive cue's subject is the object of a verb of causing, or the subject of the participle.
    if (subject === null && !AFTER_RE.test(m[0])) {
      const chunk = text.slice(Math.max(lo, at - 160), at);
      const inf = INFINITIVE_SUBJECT.exec(chunk);
      if (inf && !NOT_SUBJECT.test((inf[1] ?? inf[2])!.split(/\s+/)[0]!)) { const at0 = at - chunk.length + inf.index + inf[0].indexOf((inf[1] ?? inf[2])!, inf[0].search(/\s/)); subject = spanOf(text, at0, at0 + (inf[1] ?? inf[2])!.length); }
    }
    // "…, saying": a participle belongs to the sentence's subject, not to the words before its comma.
    if (subject === null && !AFTER_RE.test(m[0]) && !(/ing$/.test(m[0]) && /,\s*$/.test(text.slice(Math.max(lo, at - 3), at)))) {
      // "A letter from the Legion obtained by the Harbor Times warns": whoever obtained, reviewed or
      // reported a paper does not speak it; its issuer, if named, does.
      // (The words before the cue, auxiliaries before it dropped, made once for the patterns below.)
      const from200 = Math.max(lo, at - 200);
      const window200 = text.slice(from200, at).replace(AUX, "");
      const got = /\s+(?:obtained|reviewed|seen|received|viewed|cited|quoted|first\s+reported|reported|published|shared)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s*){1,5}(?:\s+(?:on|last|this)\s+\p{Lu}?\p{Ll}+)?\s*,?\s*$/u.exec(window200);
      const head = got ? from200 + got.index : at;
      const upToHead = head === at ? window200 : text.slice(from200, head).replace(AUX, "");
      const paper = PAPER_BEFORE.exec(upToHead) ?? OWNED_PAPER_BEFORE.exec(upToHead) ?? NAMED_PAPER_SET_OFF.exec(upToHead)
        ?? (got ? null : PAPER_SET_OFF.exec(upToHead));
      if (paper) { const at0 = Math.max(lo, at - 200) + paper.index + paper[0].indexOf(paper[1]!); subject = spanOf(text, at0, at0 + paper[1]!.length); }
      else if (got) subject = null;
      else subject = subjectBefore(text, lo, at);
      // "Aides to Ruth Calder said", "Campaign aides to Tom Ward say": a tie opening the sentence, whatever
      // word of it the subject rules took ("Campaign").
      const window160 = text.slice(Math.max(lo, at - 160), at).replace(AUX, "");
      const opening = TIE_OPEN.exec(window160);
      // (Not a word that only opens the sentence: "But a source familiar with …".)
      if (opening && tiedToName(opening[2]!) && !NOT_SUBJECT.test(opening[1]!.split(/\s+/)[0]!)) { const at0 = Math.max(lo, at - 160) + opening.index + opening[0].indexOf(opening[1]!); subject = spanOf(text, at0, at0 + opening[1]!.length); }
      const tie = subject === null ? TIE_BEFORE.exec(window160) : null;
      if (tie && tiedToName(tie[3]!)) { const at0 = Math.max(lo, at - 160) + tie.index + tie[0].indexOf(tie[1]!); subject = spanOf(text, at0, at0 + tie[1]!.length + tie[0].length - tie[0].indexOf(tie[1]!) - tie[1]!.length); }
      // "Ford issued a statement saying", "the union released a statement Friday saying": the document
      // is how the sentence's subject speaks.
      if (subject && /ing$/.test(m[0]) && DOCUMENT.test(subject.text.split(/\s+/).pop()!)) subject = null;
      // "Ford released a video that said", "the club posted a message which read": the document's issuer.
      // "Ford is releasing a new 30-second ad that urges voters to …": any cue of the document, as its issuer's.
      if (!subject && !/ing$/.test(m[0])) {
        // ("Sandhu later deleted the tweet, which said: “…”", "Ford signed a letter that warns": the one who wrote or took it down.)
        const doc = /\b(?:released|releases|releasing|issued|issues|issuing|posted|posts|posting|published|publishes|publishing|sent|sends|sending|aired|airs|airing|tweeted|retweeted|shared|shares|sharing|ran|runs|running|launched|launches|launching|unveiled|unveils|unveiling|put\s+out|puts\s+out|putting\s+out|deleted|deletes|deleting|removed|took\s+down|wrote|writes|signed|signs|penned|pinned)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{L}-]+)\s*,?\s+(?:that|which)\s+$/u.exec(text.slice(Math.max(lo, at - 90), at));
        if (doc && DOCUMENT.test(doc[1]!)) {
          const main = mainSubject(c, sentenceStart(text, at), at);
          if (main && main.end <= at - doc[0].length && !/\b(?:who|which|that)\b|[“”"«»]/.test(text.slice(main.end, at - doc[0].length))) subject = main;
        }
      }
      // "Dean Lowe, a salesman from Sumter, South Carolina, says", "Ann Lee, director of the Harbor Fund,
      // a charity, said": a name or place closing an appositive is not the speaker; the name it follows is.
      // "Sam Lau, the communications director for the Harbor Board said": an appositive left unclosed
      // before the verb; the person named at the clause's start speaks, not the body ending the appositive.
      // Also when the appositive ends in "of" and a body, which no subject phrase opens: "“…,” Dr. Ann Lee,
      // superintendent of Culpeper County Public Schools said".
      if (subject || /[”"»]/.test(text[lo - 1] ?? "")) {
        const open = /^[\s,]*(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}),\s+(?!whom\s)(?:the|a|an|who|whose|\p{Ll}[\p{Ll}-]+)\s[^,;:“”"«»()\n]{0,140}$/u.exec(text.slice(lo, subject?.end ?? at).trimEnd());
        const at0 = open ? lo + open[0].indexOf(open[1]!) : -1;
        if (open && at0 + open[1]!.length < (subject?.start ?? at) && c.entities.some((e) => e.type === "person" && e.span.start >= at0 && e.span.end === at0 + open[1]!.length && (e.span.start === at0 || TITLE_ABBR.test(text.slice(at0, e.span.start).trim()) || PERSON_TITLES.has(text.slice(at0, e.span.start).trim())))) subject = spanOf(text, at0, at0 + open[1]!.length);
      }
      if (subject) {
        // After a quote too: `“…,” Ann Lee, 30, of Dover, Del., who …, said` (the clause opens after the quote).
        for (const from of [sentenceStart(text, at), lo]) {
          const main = mainSubject(c, from, at);
          if (main && main.end <= subject.start && isNameWord(main.text.split(/\s+/)[0]!) && appositiveBetween(text.slice(main.end, at))) { subject = main; break; }
        }
      }
    }
    // "it said" with no body to point back to: as if no subject were written (the cue's other clues decide).
    if (subject && /^it$/i.test(subject.text) && !itAntecedent(c, subject.start) && !paperBefore(c, subject)) subject = null;
    if (subject === null) {
      // "Ford said … but added", "…, saying": the speaker of the sentence's earlier cue.
      const from = sentenceStart(text, at);
      const prev = c.said[c.said.length - 1];
      if (prev && prev.speaker && prev.cue.start >= from && prev.cue.start < at) {
        c.said.push({ cue, subject: prev.subject, speaker: prev.speaker, gender: prev.gender, org: prev.org });
        continue;
      }
      // "…, saying" / "Ford, asked about it, went on to say": the sentence's own subject, at its start
      // or after an opening phrase ("On the eve of the vote, Ford …").
      // "Ford doubled down and said", "Ford made the case, calling it …": a verb coordinated with the
      // sentence's main verb, or a participle, belongs to the sentence's own subject.
      if (/ing$|^say$|^tell$|^add$/.test(m[0]) || /\b(?:and|but|then|before|after|while)\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(Math.max(from, at - 40), at))) {
        subject = mainSubject(c, from, at) ?? subordinateSubject(c, from, at);
      }
    }
    if (subject === null && !AFTER_RE.test(m[0])) {
      // "Ford in his speech called them …": the sentence's subject, unless a relative clause or a
      // quote stands between ("Ford met Lee, who said").
      const from = sentenceStart(text, at);
      const main = mainSubject(c, from, at);
      const between = main ? text.slice(main.end, at) : "";
      // "Geoff Garin, a pollster who works with Priorities USA, a super PAC, said": an appositive
      // opened right after the name and closed right before the verb, whatever it holds.
      if (main && (appositiveBetween(between) || !/\b(?:who|whom|which|that|whose)\b|[“”"«»]|\b(?:and|but|or)\s+(?:the\s+)?\p{Lu}/u.test(between))) subject = main;
    }
    // `«…», dijo.`, `«…», ha detto.`, `“…”, afirmou.`: Spanish, Italian and Portuguese drop a subject the sentences
    // before gave; the cue, right after the quote and closing the clause, is that person's, as "he said" would be.
    if (subject === null && FOREIGN_CUE_SET.has(m[0].replace(/\s+/g, " ")) && /[”"»],?\s*$/.test(text.slice(Math.max(0, at - 4), at)) && /^\s*(?:[.;]|,\s|$)/.test(text.slice(cue.end, cue.end + 3))) {
      const a = antecedent(c, at, "any");
      c.said.push(a ? { cue, subject: null, speaker: a.span, gender: a.gender, org: a.org } : { cue, subject: null, speaker: null, gender: null, org: false });
      continue;
    }
    if (subject === null) { c.said.push({ cue, subject: null, speaker: null, gender: null, org: false }); continue; }
    const r = resolveSubject(c, subject);
    c.said.push({ cue, subject, speaker: r.speaker, gender: r.gender, org: r.org });
  }
}

// ---------------------------------------------------------------- quotes

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /[\s,“”"«»„‘]/.test(text[s]!)) s++;
  while (e > s && /[\s,“”"«»]/.test(text[e - 1]!)) e--;
  return spanOf(text, s, e);
}

function titleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3);
  return words.length <= 10 && long.length > 0 && long.every((w) => /^[\p{Lu}\d]/u.test(w));
}

export function quotes(text: string, sentences: readonly Sentence[], names: readonly Entity[], tokens?: readonly Token[]): Quote[] {
  const ps = pieces(text);
  if (ps.length === 0) return [];
  const c: Ctx = { text, sentences, entities: [...names].sort((a, b) => a.span.start - b.span.start), pieces: ps, said: [], tokens };
  scanCues(c);
  const out: Quote[] = [];
  const openEnded = new Set<Quote>();
  const continuations = new Set<Quote>();
  let prev: { quote: Quote; piece: Piece; attributed: boolean } | null = null;
  for (const p of ps) {
    const inner = trimSpan(text, p.open + 1, p.close);
    if (inner.text.length < 2 || !/\p{L}/u.test(inner.text)) continue;
    const words = inner.text.split(/\s+/);
    // A name and a plain verb after the quote (`“…,” Lee ventured`) yields to a cue before the quote in
    // its sentence (`When Ford pointed out that … “…,” Lee seized on it`).
    // (A quote in a participial phrase opening the sentence: the main clause's subject, whatever cue is near.)
    // (A headline quote whose headline names nobody has no speaker: none of the sentence rules below apply.)
    const headline = headlineQuote(c, p);
    const lead = headline === null ? { cue: spanOf(text, p.open, p.open), subject: null, speaker: null, gender: null, org: false } : headline ?? wordsOf(c, p) ?? participleLead(c, p);
    let who: Said | null | undefined = lead ?? agentAfterQuote(c, p) ?? afterQuote(c, p, inner) ?? (beforeQuote(c, p) ? null : nameAfterQuote(c, p, inner));
    let trailing = who !== null;
    if (!who) who = beforeQuote(c, p);
    if (!who) who = laterInSentence(c, p);
    // ("Pollsters agree - Carl Bialik: “…”": a name and a colon right before the quote, after a cue naming nobody.)
    if (!who || (!who.speaker && who.cue.end <= p.open && headline === undefined)) who = colonName(c, p) ?? who;
    if (!who) who = namedNext(c, p, inner);
    if (who && !trailing && who.cue.end <= p.open) who = clauseAfterQuote(c, p, who) ?? who;
    // `Ford said the plan was “dead,” news agencies reported`: an unnamed reporter of the words yields to their named speaker.
    // (Also a paper that "states" or "claims" them: `Lee told the officer she was “scared,” the report states`.)
    if (who && !who.speaker && who.cue.start > p.close && /^(?:reported|reports|report|according\s+to|states|claims)$/i.test(who.cue.text)) {
      const speaking = beforeQuote(c, p);
      if (speaking?.speaker) who = speaking;
    }
    // `Asked about Reyes's claim that the port was “dragging its feet,” Mols said`: words inside a named
    // person's claim are that person's, whoever speaks after the quote.
    if (who?.speaker && who.cue.start >= p.close && /['’]/.test(text.slice(sentenceStart(text, p.open), p.open))) {
      const own = possessive(c, p, false);
      // Inside the claim: its "that" clause, or right after it ("Lee's reply was: “…”"); not "Lee's
      // remarks about the judge were “…”", where the quote describes the remarks.
      const gap = own ? c.text.slice(own.subject!.end, p.open) : "";
      if (own?.speaker && own.speaker.text !== who.speaker.text && !/^['’]?s?\s+(?:[\p{L}-]+\s+){1,3}?(?:of|about)\s/u.test(gap)) who = own;
    }
    // `In a Harbor Times poll, 61 percent of voters said it was “…”`: a share of those asked speaks for the poll.
    if (who && !who.speaker && who.cue.start > p.open - 400) {
      const poll = pollMaker(c, p, who);
      if (poll) who = { ...who, speaker: poll, gender: null, org: true };
    }
    const cued = who != null;
    if (!who) who = ownSubject(c, p);
    // `Ford's claim that the dam was “unsafe”`: a named person's words, when no cue names a speaker (a
    // cue's speaker owns `Ford praised Lee's “courage”`).
    // ("Lind mocked Duarte's claim that the budget was “…”", "… mocked her claim that …": the claim's owner, after the cue.)
    const owner = !who || !who.speaker || !cued ? possessive(c, p, !who) : who.cue.end <= p.open ? possessive(c, p, false, true) : null;
    if (owner && (!who || !who.speaker || owner.cue.start > who.cue.start)) who = owner;
    let speaker = who?.speaker ?? null;
    let attributed = who != null;
    const signed = who ? null : signature(c, p);
    if (signed) { speaker = signed; attributed = true; }
    else if (!who) {
      const [para, prevPara] = paragraphs(text, p.open);
      const lead = text.slice(para, p.open);
      const opensParagraph = /^\s*$/.test(lead);
      if (prev && prev.piece.openEnded && opensParagraph && prevPara >= 0 && prev.piece.open >= prevPara && prev.quote.speakerSpan) {
        // A quote left open at the end of the paragraph before, reopened here: the same speaker's, however it was found.
        speaker = prev.quote.speakerSpan; attributed = true;
      } else if (prev && prev.attributed && prevPara >= 0 && prev.piece.close >= prevPara && (prev.piece.close >= para || opensParagraph)) {
        // A quote paragraph (or sentence) with no cue of its own continues the speaker before it.
        speaker = prev.quote.speakerSpan; attributed = true;
      } else if (opensParagraph && prevPara >= 0 && /:\s*$/.test(text.slice(prevPara, para))) {
        // "Ford told the meeting:" ¶ “…”
        const last = c.said.filter((s) => s.cue.start >= prevPara && s.cue.start < para).pop();
        speaker = last ? last.speaker : colonLead(c, prevPara, para);
        attributed = last !== undefined || speaker !== null;
      } else if (opensParagraph && prevPara >= 0 && unnamedBefore(c, p)) {
        // (After a paragraph about someone new and unnamed, "A local shopkeeper was less sure.": theirs, nobody named.)
        speaker = null;
      } else if (opensParagraph && prevPara >= 0) {
        // A quote paragraph after one about a named speaker ("Ford was quick to add that …" ¶ “…”).
        const last = c.said.filter((s) => s.cue.start >= prevPara && s.cue.start < para && s.speaker).pop();
        speaker = last ? last.speaker : sentenceSubject(c, prevPara, para) ?? ledSubject(c, prevPara, para);
        // (Found only through a pronoun, a description or a subordinate clause, the quote paragraphs after it go on with it.)
        if (!speaker) { speaker = pointedSubject(c, prevPara, para) ?? soleSubject(c, prevPara, para); attributed = speaker !== null; }
      } else if (!opensParagraph) {
        const from = sentenceStart(text, p.open);
        // "Ann Lee said in a statement. “…”": the cue of the sentence before, in this paragraph, with no quote between.
        const last = c.said.filter((s) => s.cue.start >= para && s.cue.start < from && s.speaker && p.open - s.cue.end < 250).pop();
        const between = last && c.pieces.some((q) => q !== p && q.open > last.cue.start && q.open < p.open);
        // "Oskar Brandt shook his head. “Three years of work, gone.”": a quote standing as its own sentence,
        // with no cue, after a sentence whose subject is someone (named, or a pronoun for someone named) is
        // theirs — also when an earlier sentence's cue was someone else's ("Ana Berg said … Brandt shook his head.").
        const prior = from > para && /^\s*$/.test(text.slice(from, p.open)) ? sentenceStart(text, from - 1) : -1;
        const main = prior >= para && !c.pieces.some((q) => q.open >= prior && q.open < from) ? mainSubject(c, prior, from) : null;
        // (Not when a cue follows the quote, even one naming nobody: `“…,” it said`; nor a place or a word that
        // only opens the sentence: "Lyon fell silent.", "Rain fell all week.")
        const cueAfter = c.said.some((s) => s.cue.start >= p.close && s.cue.start - p.close < 40 && !/\n|[.!?]["”’]?\s+["“]?\p{Lu}/u.test(text.slice(p.close + 1, s.cue.start)));
        const mainSpeaker = main && !cueAfter && !c.said.some((s) => s.cue.start >= prior && s.cue.start < from) ? resolveSubject(c, main).speaker : null;

        // (Not a word describing the subject: "The Christian leader further related …".)
        const noun = main ? /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(main.end, main.end + 30))?.[1] : undefined;
        const describing = noun !== undefined && (occupation(noun) || personNoun(noun));
        const own = mainSpeaker && !describing && (c.entities.some((e) => (e.type === "person" || e.type === "org") && e.span.start <= mainSpeaker.start && mainSpeaker.end <= e.span.end)
          || (!isPlace(c, mainSpeaker.start, mainSpeaker.text) && mainSpeaker.text.split(/\s+/).every((w) => capitalisedInside(text, w)))) ? mainSpeaker : null;
        const subject = own && (!last || between || last.cue.start < prior) ? own : last && !between ? last.speaker : sentenceSubject(c, from, p.open);
        if (subject) { speaker = subject; attributed = true; }
      }
    }
    if (speaker === null && !who && words.length >= 4 && !unnamedBefore(c, p)) {
      // Still nobody: the nearest named speaker just before (a paragraph of quotes after a report of what they said).
      const last = c.said.filter((s) => s.cue.start < p.open && p.open - s.cue.end < 400 && s.speaker).pop();
      if (last && !c.pieces.some((q) => q !== p && q.open > last.cue.end && q.open < p.open && !(prev && prev.piece === q && prev.quote.speakerSpan === last.speaker))) speaker = last.speaker;
    }
    if (!attributed && (words.length < 4 || titleCase(words))) continue;
    // Scare quotes: `the so-called “reform”`, and a short quoted word with no cue used as a modifier (`the “new” bridge`).
    if (words.length <= 3 && (/\bso-called\s*$/i.test(text.slice(Math.max(0, p.open - 12), p.open)) || (!cued && modifier(text, p)))) continue;
    // (Not words set off after a speech verb and a comma or colon: `Ford said, “We’ll see,” and left`.)
    const spoken = who?.speaker != null && who.cue.end <= p.open && /^\s*[,:]\s*$/.test(text.slice(who.cue.end, p.open));
    if (!trailing && !spoken && titleCase(words) && words.length < 8 && !/[.!?]$/.test(inner.text)) continue;
    // A programme or paper named after "on", "in" or an outlet's possessive: `said on ZDF's “Berlin Direkt.”`,
    // `Appearing on “Berlin Direkt,” Merz said` — a title, whoever speaks in the sentence.
    // Also one closing an appositive before the cue: `Lee, speaking to “Harbor Live,” said …`.
    if (titleCase(words) && words.length <= 7 && (titleBefore(text.slice(Math.max(0, p.open - 60), p.open)) || titleBeforeCue(c, p.close + 4))) continue;
    if (out.some((q) => q.span.start < inner.end && inner.start < q.span.end)) continue;
    // (A pronoun left unresolved is nobody: "They’re less hostile … and agree that …“a lot”".)
    if (speaker && (junkSpeaker(c, speaker) || PRONOUN.test(speaker.text.replace(/['’]\p{L}+$/u, "")))) speaker = null;
    if (speaker) speaker = withoutBodyArticle(text, fullFromFirst(c, roleOfBody(text, withParticles(text, speaker))));
    const quote: Quote = { kind: "quote", span: inner, speaker: speaker?.text ?? null, speakerSpan: speaker, sentence: sentenceAt(sentences, p.open) };
    out.push(quote);
    if (p.openEnded) openEnded.add(quote);
    if (p.continued) continuations.add(quote);
    prev = { quote, piece: p, attributed };
    trailing = false;
  }
  // A quote left open at a paragraph's end, with no speaker yet, is the speaker's whose quote reopens the next one.
  for (let k = out.length - 2; k >= 0; k--) {
    const q = out[k]!, next = out[k + 1]!;
    // A quote that runs on to the next line and its cue there ("…today.⏎There's nothing like it, "said Schiller") is
    // that speaker's, whatever a guess from the sentences before gave it.
    if (continuations.has(next) && openEnded.has(q) && next.speakerSpan && !/\n[^\n]*\n/.test(text.slice(q.span.end, next.span.start))) {
      out[k] = { ...q, speaker: next.speaker, speakerSpan: next.speakerSpan };
      continue;
    }
    if (q.speakerSpan || !next.speakerSpan || !openEnded.has(q)) continue;
    if (!/^\s*\n\s*["“«„]\s*$/.test(text.slice(q.span.end, next.span.start).replace(/^[^\n]*/, ""))) continue;
    out[k] = { ...q, speaker: next.speaker, speakerSpan: next.speakerSpan };
  }
  return out;
}

/** Capitalised articles opening a sentence before a body's common noun: "Die Polizei Mittelhessen", "La Préfecture du Rhône". */
const BODY_ARTICLE = /^(?:Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo|Gli|A|O|Os|As)\s+(?=\p{Lu})/u;
const BODY_HEADS = FOREIGN_BODIES.map((b) => b.split(" ")[0]!.toLowerCase());
/** "Die Polizei Mittelhessen" → "Polizei Mittelhessen", as "„…“, teilte die Polizei Mittelhessen mit" gives it (not "Der Spiegel", "Le Monde"). */
function withoutBodyArticle(text: string, span: Span): Span {
  // ("according to a statement from Rafael Cruz's office": a possessive speaker ends with what it owns, as "Cruz's office said" gives.)
  if (/['’]s$/u.test(span.text)) {
    const owned = /^\s+(?:office|campaign|team|staff|lawyers?|attorneys?)(?![\p{L}])/u.exec(text.slice(span.end, span.end + 14));
    if (owned) return spanOf(text, span.start, span.end + owned[0].length);
  }
  const m = BODY_ARTICLE.exec(span.text);
  if (!m) return span;
  const next = /^[\p{L}-]+/u.exec(span.text.slice(m[0].length))?.[0].toLowerCase() ?? "";
  if (!BODY_HEADS.some((h) => next === h || (next.startsWith(h) && h.length >= 5))) return span;
  return spanOf(text, span.start + m[0].length, span.end);
}

/**
 * A one-word speaker that names nobody: a word capitalised only because it opens a line, a sentence or "The
 * …", that labels or modifies what follows it — a colon or a lower-case noun, adjective or number ("Partial
 * transcript as follows:", "Q:", "The Latest:", "Two objectors", "Source familiar with …", "The Harbor crowd")
 * — and that the text never writes as a name: no person or body tagged with it, and never capitalised after a
 * lower-case word other than an article. ("Cruz openly admitted", "Kerpen needled", "Obama:" where the text has
 * "President Obama", "Read said" where it has "Ian Read" stay speakers.)
 */
function junkSpeaker(c: Ctx, speaker: Span): boolean {
  const w = speaker.text;
  if (!/^\p{Lu}\p{Ll}*$/u.test(w) || c.tokens === undefined) return false;
  if (!/(?:^|\n[ \t]*|[.!?]["”’]?[ \t]+|[ \t][—–][ \t]+)(?:The[ \t]+)?$/u.test(c.text.slice(Math.max(0, speaker.start - 12), speaker.start))) return false;
  if (c.entities.some((e) => e.type !== "place" && e.span.text.split(/[\s-]+/).includes(w)) || surname(c, w)) return false;
  const esc = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of c.text.matchAll(new RegExp(`(?<![\\p{L}'’])${esc}(?![\\p{L}])`, "gu"))) {
    const before = /(\S+)\s+$/u.exec(c.text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? "";
    if (/^\p{Ll}[\p{Ll}-]*,?$/u.test(before) && !/^(?:the|a|an)$/.test(before)) return false;
  }
  // A label opening a line here or anywhere in the text ("The Latest:" above "The Latest on the storm").
  if (new RegExp(`(?:^|\\n)[ \\t]*(?:The[ \\t]+)?${esc}[ \\t]*:`, "u").test(c.text) || /^\s+as\s+follows\b/.test(c.text.slice(speaker.end, speaker.end + 14))) return true;
  const next = tokenAt(c.tokens, speaker.end);
  if (!next) return false;
  if (!/^\p{Ll}/u.test(next.text) || !/^(?:NOUN|ADJ|NUM)$/.test(next.pos) || /ed$/.test(next.text)) return false;
  // (A verb the tagger read as a noun takes its object: "Kerpen needles the reporter"; people of a body speak
  // for it: "Cornerstone representatives said", "Harbor officials".)
  const after = tokenAt(c.tokens, next.end);
  if (after && /^(?:DET|PRON)$/.test(after.pos)) return false;
  if (OPENER_WORDS.test(w)) return true;
  // (A present tense the tagger read as a plural: "The Constitution mandates lifetime tenure".)
  return !/[^su]s$/.test(next.text) && !(STAFF.test(next.text) || personNoun(next.text) || DESCRIPTORS.has(next.text) || /^(?:representatives?|officials?|spokes(?:man|woman|person|people)|members?)$/.test(next.text));
}
/** The first token starting at or after `pos`. */
function tokenAt(tokens: readonly Token[], pos: number): Token | undefined {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid; }
  return tokens[lo];
}

/** A passive cue right before a quote: "was branded “", "has been called “", "were described as “". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:(?:also|widely|repeatedly|once|even|publicly|variously)\s+)?(?:called|branded|dubbed|labeled|labelled|termed|deemed|(?:described|characterized|characterised|derided|mocked|dismissed|hailed|praised|criticized)\s+as)\s*$/;
const AGENT_AFTER = new RegExp(`^[”"»]?\\s*,?\\s*by\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NAME_WORDS})(?![\\p{L}])`, "u");
/** `The levy was branded “a tax on commuters” by Gov. Tom Hale`: the agent after a passive cue's quote. */
function agentAfterQuote(c: Ctx, p: Piece): Said | null {
  if (p.openEnded || !PASSIVE_BEFORE.test(c.text.slice(Math.max(0, p.open - 60), p.open))) return null;
  const m = AGENT_AFTER.exec(c.text.slice(p.close, p.close + 120));
  if (!m) return null;
  const at0 = p.close + m[0].length - m[1]!.length;
  const subject = spanOf(c.text, at0, at0 + m[1]!.length);
  const r = resolveSubject(c, subject);
  if (!r.speaker) return null;
  return { cue: spanOf(c.text, p.close, p.close), subject, speaker: r.speaker, gender: r.gender, org: r.org };
}

/** An outlet's possessive before a title: "ZDF's", "Sirius XM's", "the Harbor Times'". */
const OUTLET = `(?:the\\s+)?(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*(?:['’]s|(?<=s)['’])\\s+`;
/**
 * Right before a title: "on", "in" or "at", maybe with an outlet's possessive ("on ZDF's", "In the Harbor
 * Times'"); an acronym's possessive ("told ABC's"); "an interview with"; a noun for a work ("the reality
 * show", "the podcast", "host of", "the tune of").
 */
const TITLE_BEFORE = [
  new RegExp(`\\b(?:[Oo]n|[Ii]n|[Aa]t|via)\\s+(?:${OUTLET})?$`, "u"),
  /\b\p{Lu}{2,6}(?:['’]s)\s+$/u,
  new RegExp(`\\b(?:interview|appearance|call|conversation|sit-down|sitting\\s+down)\\s+(?:with|on|to)\\s+(?:${OUTLET})?$`, "iu"),
  new RegExp(`\\b(?:to|with|of|told)\\s+(?:${OUTLET})$`, "u"),
  /\b(?:show|series|program|programme|podcast|film|movie|documentary|book|memoir|novel|song|album|musical|sitcom|drama|column|newsletter|blockbuster|sequel|episode|broadcast|segment|(?:tune|host|star|anchor|author|director)\s+of|television['’]s|TV['’]s)\s*,?\s+$/u,
];
/**
 * `Trump, speaking by phone to “Fox & Friends,” said the poll …`: the marks closing right before the cue
 * end a programme's title in an appositive, not a quote, so the cue's speaker is not after it.
 */
function titleBeforeCue(c: Ctx, at: number): boolean {
  const p = c.pieces.find((q) => q.close < at && at - q.close <= 4 && !q.openEnded);
  if (!p) return false;
  const words = c.text.slice(p.open + 1, p.close).replace(/[,.]$/, "").trim().split(/\s+/);
  const before = c.text.slice(Math.max(0, p.open - 60), p.open);
  return words.length <= 6 && titleCase(words) && (titleBefore(before) || /\b(?:to|on|in|at|via|with)\s+$/.test(before));
}
function titleBefore(before: string): boolean {
  return TITLE_BEFORE.some((re) => re.test(before));
}

/** Nouns for what someone said or wrote ("Ford's claim", "Lee's Facebook post"). */
const SPEECH_NOUN = "claims?|assertions?|conclusions?|comments?|remarks?|responses?|reply|replies|answers?|words?|statements?|posts?|tweets?|emails?|e-mails?|letters?|messages?|dictum|quips?|questions?|promises?|pledges?|vows?|slogans?|mantra|line|phrase|descriptions?|warnings?|arguments?|accusations?|charges?|insistence|suggestions?|pleas?|motto|catchphrase|boasts?|admission|testimony|speech|memo|note|op-ed|retort|rebuttal|verdict|assessment|prediction|version|account|characterization|description";
/** Between someone's words and the quote: "to the council was:", "was simple:", "read," (the quote is the words). */
const POSSESSED_GAP = /^\s+(?:to\s+(?:[\p{L}'’-]+\s+){1,5})?(?:was|is|were|read|reads|went)(?:\s+(?:simple|clear|blunt|short|brief|direct|stark|succinct|plain|unequivocal|emphatic|firm))?\s*[:,]\s*$/u;
/** A pronoun's words opening a sentence right before its quote: "Her message to the bidders was simple:", "His reply:". */
const PRONOUN_POSSESSIVE = new RegExp(`^\\s*(His|Her|Their|Its)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:${"claims?|comments?|remarks?|responses?|reply|replies|answers?|words?|statements?|posts?|tweets?|messages?|warnings?|pleas?|verdict|advice|retort|argument|promise|pledge|vow"})(?:\\s*:\\s*|\\s+(?:to\\s+(?:[\\p{L}'’-]+\\s+){1,5})?(?:was|is|were|read|went)(?:\\s+(?:simple|clear|blunt|short|brief|direct|stark|succinct|plain|unequivocal|emphatic|firm))?\\s*[:,]\\s*)$`, "u");
const POSSESSIVE = new RegExp(`((?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,3}\\p{Lu}[\\p{L}.\\-]*)(?:['’]s|(?<=s)['’])\\s+(?:[\\p{Ll}\\-]+\\s+|\\p{Lu}\\p{Ll}+\\s+){0,2}?(?:${SPEECH_NOUN})(?![\\p{L}])`, "gu");

/**
 * `Ford's claim that the dam was “unsafe”`, `Lee's reply was: “…”`, `Ford's “zero tolerance”`: the
 * quote is the words of the named owner of a speech noun before it in the sentence. Between the noun
 * and the quote: nothing, a colon, a "that" or "of" clause, or "was:"; not a predicate (`Lee's claim was
 * “nonsense”` is someone else's verdict on it).
 */
const PRONOUN_SPEECH_NOUN = new RegExp(`(?<![\\p{L}])(his|her|His|Her)\\s+(?:(?:own|earlier|latest|repeated|infamous|famous|now-infamous|oft-repeated|previous|original)\\s+)?(?:${SPEECH_NOUN})(?![\\p{L}])`, "gu");
const CLAUSE_VERB = /\b(?:is|was|are|were|has|had|have|will|would|could|can|should|must)\b/g;
function possessive(c: Ctx, p: Piece, bareToo: boolean, thatOnly = false): Said | null {
  const from = sentenceStart(c.text, p.open);
  const chunk = c.text.slice(from, p.open);
  let last: RegExpExecArray | null = null;
  for (const m of chunk.matchAll(POSSESSIVE)) last = m;
  // `Ford's “zero tolerance”` with no speech noun: the name right before the quote.
  const bare = bareToo && /((?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*)(?:['’]s|(?<=s)['’])\s*$/u.exec(chunk);
  let name: string, at: number;
  if (bare) { name = bare[1]!; at = from + bare.index; }
  else if (last) {
    const gap = chunk.slice(last.index! + last[0].length).replace(/\s*\([^()]{0,60}\)/g, "");
    if (/[“”"«»;]/.test(gap)) return null;
    if (!(/^\s*:?\s*$/.test(gap) || /^\s+(?:that|of|about)\s/.test(gap) || POSSESSED_GAP.test(gap))) return null;
    // (After a cue naming its own speaker, only a claim whose "that" clause holds the words: "Lind mocked Duarte's
    // claim that the budget was “…”", not "Lind called Duarte's remarks “…”", which describes them.)
    // (Nor "Frazier said Rubio's claim that Cruz is … is “simply not true”": a second verb before the quote judges the claim.)
    if (thatOnly && (!/^\s+that\s/.test(gap) || (gap.match(CLAUSE_VERB) ?? []).length >= 2)) return null;
    name = last[1]!; at = from + last.index!;
  } else {
    // "Her message to the bidders was simple: “…”", "His reply: “…”": a pronoun's words opening the sentence, right
    // before the quote — whoever the pronoun points back to speaks.
    // "Critics mocked her claim that the budget was “…”", "fined for his comment that the referee was “…”": a
    // pronoun's claim, remark or comment anywhere in the sentence, the quote inside it ("that", "of", "about").
    let mid: RegExpExecArray | null = null;
    for (const m of chunk.matchAll(PRONOUN_SPEECH_NOUN)) mid = m;
    const after = mid ? chunk.slice(mid.index! + mid[0].length) : "";
    if (mid && !/[“”"«»;]/.test(chunk.slice(mid.index!)) && (thatOnly ? /^\s+that\s/.test(after) && (after.match(CLAUSE_VERB) ?? []).length < 2 : /^\s+(?:that|of|about)\s/.test(after))) {
      const pron = mid[1]!.toLowerCase();
      const at = from + mid.index! + mid[0].indexOf(mid[1]!);
      const want = pron === "his" ? "m" : "f";
      // (The sentence's own subject first: "De Blasio also repeated his claim that …", whoever spoke before.)
      const main = mainSubject(c, from, at);
      const r = main && !PRONOUN.test(main.text) ? resolveSubject(c, main) : null;
      const person = r?.speaker && c.entities.some((e) => e.type === "person" && e.span.start < r.speaker!.end && r.speaker!.start < e.span.end);
      const a = r?.speaker && person && !r.org && r.gender !== (want === "m" ? "f" : "m") ? { span: r.speaker, gender: r.gender, org: false } : antecedent(c, at, want);
      if (!a) return null;
      const cue = spanOf(c.text, at, at + mid[1]!.length);
      return { cue, subject: cue, speaker: a.span, gender: a.gender, org: a.org };
    }
    const own = thatOnly ? null : PRONOUN_POSSESSIVE.exec(chunk);
    if (!own || /[“”"«»;]/.test(own[0])) return null;
    const pron = own[1]!.toLowerCase();
    const a = antecedent(c, from, pron === "his" ? "m" : pron === "her" ? "f" : pron === "its" ? "org" : "any");
    if (!a) return null;
    const cue = spanOf(c.text, from + own.index + own[0].indexOf(own[1]!), from + own.index + own[0].indexOf(own[1]!) + own[1]!.length);
    return { cue, subject: cue, speaker: a.span, gender: a.gender, org: a.org };
  }
  // "The" opening a sentence, "Monday's", "Iowa's": nobody.
  const words = name.split(/\s+/);
  while (words.length > 1 && NOT_SUBJECT.test(words[0]!)) { at += words[0]!.length; at = c.text.indexOf(words[1]!, at); words.shift(); }
  if (!words.some((w) => isNameWord(w.replace(/['’]$/u, "")))) return null;
  const span = spanOf(c.text, at, at + words.join(" ").length);
  const r = named(c, span);
  // Not a place by the gazetteer ("Iowa's claim"); the tagger takes "From Lee's post" for one.
  if (!r || PLACE_WORDS.has(r.span.text)) return null;
  return { cue: spanOf(c.text, span.end, span.end), subject: span, speaker: r.span, gender: r.org ? null : genderOf(c, r.span), org: r.org };
}

/**
 * "In Ana Berg's words, “…”", "in Reuters' own words: “…”", "To borrow Lee's phrase, “…”": the owner of the
 * words right before the quote speaks, whoever reports them after it. (Not "In other words", nor "In Lee's
 * view" or "In Lee's garden": only words, a phrase or a telling are someone's speech.)
 */
const WORDS_OF = /(?:^|[\s,(—–])(?:[Ii]n|[Tt]o\s+(?:use|borrow|quote))\s+(?:the\s+)?((?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*)(?:['’]s|(?<=s)['’])\s+(?:own\s+)?(?:words|phrase|telling)\s*[,:]?\s*$/u;
function wordsOf(c: Ctx, p: Piece): Said | null {
  const from = sentenceStart(c.text, p.open);
  const m = WORDS_OF.exec(c.text.slice(Math.max(from, p.open - 120), p.open));
  if (!m) return null;
  const at = p.open - m[0].length + m[0].indexOf(m[1]!, m[0].search(/\s/));
  const span = spanOf(c.text, at, at + m[1]!.length);
  if (!span.text.split(/\s+/).some((w) => isNameWord(w))) return null;
  const r = named(c, span);
  if (!r || PLACE_WORDS.has(r.span.text)) return null;
  return { cue: spanOf(c.text, span.end, span.end), subject: span, speaker: r.span, gender: r.org ? null : genderOf(c, r.span), org: r.org };
}

/**
 * A quote paragraph signed on the next line with a dash (`“…”` ¶ `— Ann Lee, club captain`): the name
 * before any comma. Not a dashed list item that says something (`- The club sold two players.`).
 */
function signature(c: Ctx, p: Piece): Span | null {
  if (p.openEnded) return null;
  // An embedded post signed on its own line: `“…” — Ann Lee (@annlee) March 3, 2016`, `“…” — Ann Lee, club captain`
  // (the quote opens its paragraph; a verb after the name would make it a sentence: `“…” — Lee called it`).
  const para = c.text.lastIndexOf("\n", p.open - 1) + 1;
  const same = /^\s*[-—–]{1,2}\s*((?:\p{Lu}[\p{L}'’.\-]*)(?:\s+\p{Lu}[\p{L}'’.\-]*){0,4})\s*(?:\(@\w+\)[^\n]{0,40}|,[^\n]{0,80})?(?:\n|$)/u.exec(c.text.slice(p.close + 1, p.close + 200));
  if (same && /^\s*$/.test(c.text.slice(para, p.open))) {
    const at = p.close + 1 + same[0].indexOf(same[1]!);
    const r = named(c, spanOf(c.text, at, at + same[1]!.length));
    if (r) return r.span;
  }
  const lineEnd = c.text.indexOf("\n", p.close);
  if (lineEnd < 0 || !/^[\s.,!?)\]]*$/.test(c.text.slice(p.close + 1, lineEnd))) return null;
  const m = /^\s*[-—–]{1,2}\s*((?:\p{Lu}[\p{L}'’.\-]*)(?:\s+\p{Lu}[\p{L}'’.\-]*){0,4})\s*(?:,[^\n]{0,80})?(?:\n|$)/u.exec(c.text.slice(lineEnd, lineEnd + 160));
  if (!m || !/^\s*\n/.test(c.text.slice(lineEnd, lineEnd + m[0].length))) return null;
  const at = lineEnd + m[0].indexOf(m[1]!);
  const r = named(c, spanOf(c.text, at, at + m[1]!.length));
  return r?.span ?? null;
}

/**
 * The speaker of a paragraph ending in a colon with no cue ("After the match, club chairman Ann Lee
 * issued the following statement:" ¶ “…”): the subject of its last sentence, after an opening phrase,
 * else the person or body it opens with. Blank lines may stand between the two paragraphs.
 */
function colonLead(c: Ctx, prevPara: number, para: number): Span | null {
  let end = para;
  while (end > prevPara && /\s/.test(c.text[end - 1]!)) end--;
  const from = sentenceStart(c.text, end);
  // "Here is the full statement from the Harbor Board:", "Read Ann Lee's remarks below:", "The union's
  // statement in full:": the paper's issuer, wherever the lead names it.
  const paper = LEAD_PAPER_FROM.exec(c.text.slice(from, end)) ?? LEAD_PAPER_OWNED.exec(c.text.slice(from, end));
  if (paper) {
    const at = from + paper.index + paper[0].indexOf(paper[1]!);
    const owner = named(c, spanOf(c.text, at, at + paper[1]!.length));
    return owner?.span ?? null;
  }
  // (A call to the reader opening the lead is no one's name: "Read the statement below:", "Watch:".)
  if (READER_CALL.test(c.text.slice(from, end))) return null;
  const subject = mainSubject(c, from, end);
  const r = subject && resolveSubject(c, subject);
  return r?.speaker ?? sentenceSubject(c, from, end);
}

const LEAD_PAPER_WORDS = `(?:${PAPER_WORDS}|remarks|comments|words|speech|answer|response|reply|transcript)`;
const LEAD_PAPER_TAIL = String.raw`(?:\s+(?:in\s+full|below|here|follows|reads))*\s*:$`;
const LEAD_PAPER_FROM = new RegExp(String.raw`\b${LEAD_PAPER_WORDS}(?:\s+in\s+full)?\s+(?:from|by|of)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,5}\p{Lu}[\p{L}'’.&-]*)${LEAD_PAPER_TAIL}`, "u");
const LEAD_PAPER_OWNED = new RegExp(String.raw`(?:^|\s)((?:\p{Lu}[\p{L}'’.&-]*\s+){0,5}\p{Lu}[\p{L}.&-]*)(?:['’]s|(?<=s)['’])\s+(?:(?:full|complete|entire|latest|new)\s+)?${LEAD_PAPER_WORDS}${LEAD_PAPER_TAIL}`, "u");
const READER_CALL = /^\s*(?:Read|Watch|Listen|See|Click|Look|Check|Find|Sign|Follow|Subscribe|Download|Share|Here)\b/;

/** A quoted word used as a modifier inside a noun phrase: `the “temporary” closure`, `its “repaired” wall`, `the league's “reform” slate` (not a
 * name's: `Costa's “zero tolerance” rule` is Costa's words). */
function modifier(text: string, p: Piece): boolean {
  const before = text.slice(Math.max(0, p.open - 12), p.open);
  const after = text.slice(p.close + 1, p.close + 30);
  return (/\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+$/i.test(before) || /\b(?:the|its|his|her|their|our)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s?\s+$/iu.test(text.slice(Math.max(0, p.open - 40), p.open))) && /^\s+(?!(?:and|or|but|is|was|are|were|has|had|have|will|would|to|of|in|on|at|for|with|by|from|as|that|which|who|than|because|if|when|while|he|she|they|it|we|i|you)\b)\p{Ll}/u.test(after);
}

/** Words that may stand between a quote and its speaker: "the", "political scientist" — not "without reporters". */
function descriptionLead(gap: string): boolean {
  // "…” are sickening, Hollande said": a clause-final attribution covers its whole clause.
  const lead = /,\s*((?:\p{Ll}+\s+){0,3})$/u.exec(gap);
  const words = (lead ? lead[1]! : gap.replace(/^[\s,—–-]*/, "")).split(/\s+/).filter((w) => w);
  // (An age is a description too: `“…,” the 52-year-old Kalnins said`; so is a body's name with a number or
  // a sum in it: `“…,” Teamsters Local 743 president Ann Ford said`, "Fight for $15 organizer Ann Ford".)
  return words.length <= 5 && words.every((w) => /^(?:[\p{L}][\p{L}.'’-]*|\d{1,3}-year-old|\$?\d[\d.,]*)$/u.test(w) && !/^(?:without|with|as|after|before|while|when|and|but|or|that|to|for|of|in|on|at|by|from|about|against|because|if|since|than|then|so|not|is|was|are|were|be|been|has|have|had|which|who|where|whom|whose|what|until|unless|despite|during|into|over|under)$/.test(w));
}

const CLAIM_GAP = new RegExp(`^[\\s,]*(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${SPEECH_NOUN})\\s+(?:that\\s+|which\\s+)?\\S`, "u");

/** `“…,” she said` / `“…,” said Ann Ford` / `“…,” Ford, the chair, told reporters`. */
function afterQuote(c: Ctx, p: Piece, inner: Span): Said | null {
  if (p.openEnded) return null;
  const from = p.close + 1;
  const lineEnd = c.text.indexOf("\n", from);
  for (const s of c.said) {
    if (s.cue.start < from) continue;
    if (s.cue.start - from > 110 || (lineEnd >= 0 && s.cue.start > lineEnd)) break;
    const gap = c.text.slice(from, s.cue.start);
    if (/[“”"«»]/.test(gap) || lastBoundary(c.text, from, s.cue.start) >= 0) return null;
    // The speaker right after the quote (`“…,” Ford, the chair, said`), not a phrase further on
    // (`“…” without reporters asking`).
    // `“…,” a claim the union denied`: a noun for words in apposition to the quote; the clause after it is
    // about the quote (not `“…,” the memo stated`, where the noun is the speaker).
    if (CLAIM_GAP.test(gap)) return null;
    // (`the race “is a dead heat,” as Ruiz said on the radio`: an "as" clause attributes the quote before it.)
    const subjectInGap = s.subject !== null && s.subject.start >= from && s.subject.end <= s.cue.start && (descriptionLead(c.text.slice(from, s.subject.start)) || /^[\s,]*as\s+(?:\p{Ll}+\s+){0,2}$/u.test(c.text.slice(from, s.subject.start)));
    if (!(subjectInGap || /^[\s,]*$/.test(gap))) return null;
    if (/\.$/.test(inner.text) && !/^[\s,]*$/.test(gap.slice(0, 1))) return null;
    // `“….” Ford reiterated: “…”`, `After Lee said … “…,” Ford said: “…”`: a cue with a colon opens the next quote.
    // (Not `Conceding that … “down the line” he warned: “…”`, where nothing before the quote attributes it.)
    if (/^\s*:\s*["“«„]/.test(c.text.slice(Math.max(s.cue.end, s.subject && s.subject.start > s.cue.start ? s.subject.end : 0), s.cue.end + 40))
      && (/[.!?]$/.test(inner.text) || beforeQuote(c, p))) return null;
    if (/[.!?]$/.test(inner.text)) {
      const tail = c.text.slice(Math.max(s.cue.end, s.subject && s.subject.start > s.cue.start ? s.subject.end : 0), s.cue.end + 40);
      const closes = /^\s*(?:[.,;:]|(?:on|in|at|during|last|this|to|after|before|while|when)\b)/.test(tail);
      // `Ford replied to Lee with, “Why now?” Lee then wrote back, “…”`: a question or exclamation that
      // ends a sentence begun before it, then a name and a verb opening the next sentence.
      if (!/\.$/.test(inner.text) && !closes && subjectInGap && beforeQuote(c, p)) return null;
      if (/\.$/.test(inner.text)) {
        if (!closes) return null;
        // `Ford called him “a failed candidate.” Lee fired back …`: a quote that closes a sentence begun
        // before it ends there; the name after it opens the next sentence.
        if (subjectInGap && /\p{L}/u.test(c.text.slice(sentenceStart(c.text, p.open), p.open))) return null;
      }
    }
    // `While Mehta called the budget “a betrayal,” Rao said it was “…”`: a quote that is the object of a cue
    // in a clause opening the sentence with "while", "although", "after" … is that clause's speaker's, when
    // the main clause's verb after it has an object of its own (not `…,” Rao said.`).
    const lo = sentenceStart(c.text, p.open);
    if (SUBORDINATE_OPEN.test(c.text.slice(lo, p.open))) {
      const own = beforeQuote(c, p);
      const tail = c.text.slice(Math.max(s.cue.end, s.subject && s.subject.start > s.cue.start ? s.subject.end : 0), s.cue.end + 40);
      if (own?.speaker && own.cue.start >= lo && !/[,;:“”"«»]/.test(c.text.slice(own.cue.end, p.open)) && !/^\s*(?:[.,;:!?]|$|(?:on|in|at|during|last|this|to|after|before|while|when|of)\b)/.test(tail)) return null;
    }
    return s;
  }
  return null;
}
const SUBORDINATE_OPEN = /^\s*(?:While|Whereas|Although|Though|Even\s+(?:as|though|if)|After|Before|When|Whenever|Because|Since|If|Once|Until)\s/;

const SHARE = /(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+(?:10|ten)|\b(?:a|the)\s+majority|\bhalf)\s+(?:of\s+)?[^,;:“”"«»()]{0,60}$/i;
const POLL = /\b(?:[Ii]n|[Aa]ccording\s+to)\s+(?:a|an|the)\s+(?:(?:new|recent|latest|national|fresh|statewide|separate)\s+)*((?:\p{Lu}[\p{L}\p{N}.&'’/-]*\s+){1,6})(?:poll|survey)\b/u;
/**
 * The named maker of a poll whose respondents a share speaks for: `In a Harbor Times poll, 61 percent said
 * …` (the cue's subject is a share of people; the sentence names the poll before the cue).
 */
function pollMaker(c: Ctx, p: Piece, who: Said): Span | null {
  const from = sentenceStart(c.text, Math.min(p.open, who.cue.start));
  const lead = c.text.slice(from, who.cue.start);
  if (!SHARE.test(lead.replace(AUX, ""))) return null;
  const m = POLL.exec(lead);
  if (!m) return null;
  let name = m[1]!.trim();
  // "a September Washington Post-ABC News poll": a date before the maker is no part of it.
  for (let d = /^(\S+)\s+/.exec(name); d && DATE_WORD.test(d[1]!); d = /^(\S+)\s+/.exec(name)) name = name.slice(d[0].length);
  if (!name || !name.split(/\s+/).some((w) => isNameWord(w.replace(/['’]s$|[.,]$/u, "")))) return null;
  const at = from + m.index + m[0].indexOf(m[1]!) + m[1]!.indexOf(name);
  return spanOf(c.text, at, at + name.length);
}

/** Start of the sentence holding `pos` (within its paragraph), by punctuation rather than the tagger. */
function sentenceStart(text: string, pos: number): number {
  const lo = Math.max(0, text.lastIndexOf("\n", pos - 1) + 1, pos - 600);
  const b = lastBoundary(text, lo, pos);
  return b >= 0 ? b : lo;
}

const NAME_THEN_VERB = /^\s*((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*)(?:\s*\([^()]{1,30}\))?(?:\s*,[^,“”"\n]{1,80}(?:,[^,“”"\n]{1,60}){0,3},)?\s+(?:also\s+|later\s+|then\s+)?(?:\p{Ll}+(?:ed|s)|said|told|wrote|spoke|put\s+it)\b/u;

/** `“…,” Ann Lee, the chair of the panel, ventured.`: a name right after the quote, then a verb. */
function nameAfterQuote(c: Ctx, p: Piece, inner: Span): Said | null {
  if (p.openEnded || !/[,?!—–-]$/.test(c.text.slice(inner.end - 1, p.close).trim() || inner.text)) return null;
  const m = NAME_THEN_VERB.exec(c.text.slice(p.close + 1, p.close + 260));
  // The name must stand in the quote's own paragraph (`“…?” ¶ Issa continued` is Issa's next quote).
  if (!m || NOT_SUBJECT.test(m[1]!.split(/\s+/)[0]!) || m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length).includes("\n")) return null;
  const at = p.close + 1 + m[0].indexOf(m[1]!);
  const subject = spanOf(c.text, at, at + m[1]!.length);
  const r = resolveSubject(c, subject);
  if (!r.speaker) return null;
  return { cue: spanOf(c.text, at, at), subject, speaker: r.speaker, gender: r.gender, org: r.org };
}

/** Verbs that report a clause ("Ford said the workers …"). */
const REPORTING = /^(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|argued|argues|claimed|insisted|insists|explained|recalled|recalls|stated|suggested|acknowledged|admitted|warned|warns|contended|maintained|testified|alleged|asserted)$/;

/** The last cue before the quote in its sentence: `Ford said the plan was “dead on arrival.”` */
function beforeQuote(c: Ctx, p: Piece): Said | null {
  const lo = sentenceStart(c.text, p.open);
  let best: Said | null = null;
  for (const s of c.said) {
    if (s.cue.start >= p.open) break;
    if (s.cue.start < lo) continue;
    if (c.pieces.some((q) => q.open < s.cue.start && s.cue.start < q.close)) continue; // a cue inside another quote
    // "Ford said the dock workers were calling “…”": a cue inside a named speaker's reported clause whose
    // own subject names nobody leaves the quote to the named speaker reporting it.
    if (best?.speaker && !s.speaker && s.subject && s.subject.start > best.cue.end && REPORTING.test(best.cue.text) && !/[,.;:!?—–]/.test(c.text.slice(best.cue.end, s.cue.start))) continue;
    best = s;
  }
  return best;
}

/**
 * No cue: a quote inside a sentence that opens with a named subject is that subject's —
 * `Ford: “…”`, `Ford fired back: “…”`, `Ford shot back, “…”`, `Ford called the plan “a mess.”`
 */
/**
 * `Ford signed the order, while Ann Lee, the club's doctor, proposed we “wait a week”`: the named
 * subject of the clause holding the quote, after "while", "when", "that" or a comma and "and"/"but".
 */
const CLAUSE_SUBJECT = /(?:\b(?:while|whereas|when|after|before|until|once|because|although|though|since|that)|(?:,|\s[—–-])\s*(?:and|but)|[”"»])\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*(?:\s+(?:campaign|team|club|union|committee|board|council|company|group|party|government|administration|league|officials|leaders|members|aides|spokesman|spokeswoman))?)(?:\s*,[^,“”"«»\n]{1,80},)?\s+(?:(?:\p{Ll}+ly|also|later|then|again|once|first|never|still|even|(?:on|during|in)\s+(?:a\s+)?\p{Lu}\p{Ll}+)\s+)?(?!(?:was|is|has|does|says)\b)\p{Ll}{2,}(?:ed|s)\b/gu;
const UNNAMED_CLAUSE = /(?:,[”"»]?|\s[—–-])\s*(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|his|her|their)\s+(?:\p{Ll}[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+|(?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+s(?:\s+(?:in|of|from|at|on)\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}'’-]+)?)\s+(?:\p{Ll}+ly\s+)?(?!(?:was|is|has|does)\b)\p{Ll}{2,}(?:ed|s)\b[^,;“”"«»]*$/u;
function clauseSubject(c: Ctx, from: number, to: number): Span | null {
  const chunk = c.text.slice(from, to);
  let last: RegExpExecArray | null = null;
  for (const m of chunk.matchAll(CLAUSE_SUBJECT)) last = m;
  if (!last) return null;
  const at = from + last.index! + last[0].indexOf(last[1]!, last[0].search(/\s/));
  if (/[“”"«»;]/.test(c.text.slice(at, to))) return null;
  const words = last[1]!.split(/\s+/);
  if (!words.some(isNameWord) || /['’]s$/.test(last[1]!)) return null;
  return spanOf(c.text, at, at + last[1]!.length);
}

/**
 * `While Reed called the plan “a gift,” Lee fixates on its “pivot” line`: a cue before an earlier quote in
 * the sentence does not reach past that quote into a clause with its own named subject.
 */
function clauseAfterQuote(c: Ctx, p: Piece, cue: Said): Said | null {
  // "The club hit back, with Tom Reed taking to Twitter to call him “…”": a later infinitive's own subject.
  const chunk = c.text.slice(cue.cue.end, p.open);
  const inf = INFINITIVE_CLAUSE.exec(chunk);
  if (inf && !NOT_SUBJECT.test((inf[1] ?? inf[2])!.split(/\s+/)[0]!)) {
    const at0 = cue.cue.end + inf.index + inf[0].indexOf((inf[1] ?? inf[2])!, inf[0].search(/\s/));
    const subject = spanOf(c.text, at0, at0 + (inf[1] ?? inf[2])!.length);
    const r = resolveSubject(c, subject);
    if (r.speaker) return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: r.speaker, gender: r.gender, org: r.org };
  }
  const mid = c.pieces.filter((q) => q !== p && q.open > cue.cue.end && q.close < p.open).pop();
  if (!mid) return null;
  const subject = clauseSubject(c, mid.close, p.open);
  // "Blaine called it “…,” while conservatives in his own party denounced it as “…”": a clause after the
  // first quote whose own subject names nobody; the cue's speaker does not say the second quote.
  if (!subject && cue.speaker && UNNAMED_CLAUSE.test(c.text.slice(mid.close - 1, p.open))) return { cue: spanOf(c.text, p.open, p.open), subject: null, speaker: null, gender: null, org: false };
  if (!subject) return null;
  const r = resolveSubject(c, subject);
  if (!r.speaker) return null;
  return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: r.speaker, gender: r.gender, org: r.org };
}

/** Participles of speech verbs that open a sentence before its subject ("Calling it “…,” the union filed suit"). */
const LEAD_PARTICIPLE = /^\s*(?:Calling|Describing|Labell?ing|Dubbing|Branding|Terming|Saying|Declaring|Warning|Insisting|Arguing|Noting|Praising|Hailing|Blasting|Slamming|Decrying|Deriding|Denouncing|Promising|Vowing|Pledging|Acknowledging|Admitting|Conceding|Suggesting|Stressing|Complaining|Explaining|Recalling|Claiming|Asserting|Lamenting|Joking|Boasting|Predicting|Accusing|Criticizing|Criticising|Mocking|Dismissing|Repeating|Telling|Writing|Tweeting|Announcing|Contending|Maintaining|Reiterating|Confirming|Denying)\b/;
/**
 * `Calling it an “all-out assault,” the union filed suit`, `Describing the talks as “frank,” Ana Lind left`:
 * a quote inside a participial phrase that opens the sentence is said by the main clause's subject, after
 * the phrase's closing comma.
 */
function participleLead(c: Ctx, p: Piece): Said | null {
  const { text } = c;
  const from = sentenceStart(text, p.open);
  const lead = text.slice(from, p.open);
  if (!LEAD_PARTICIPLE.test(lead) || /[,;:()]/.test(lead.replace(/["“«][^"“”«»]*["”»]/g, ""))) return null;
  // The phrase's closing comma: the first one outside quotes after this quote (it may quote more: “X” and “Y,”).
  const end = lastBoundaryAfter(text, p.close, Math.min(text.length, p.close + 300));
  const rest = text.slice(p.close + 1, end).replace(/["“«][^"“”«»\n]*["”»]/g, (m) => " ".repeat(m.length - 2) + (/,\s*["”»]$/.test(m) ? "," : " ") + " ");
  // (The comma may close the quote itself: `Calling it “reckless,” Tom Reed voted no`.)
  const inside = /,\s*$/.test(text.slice(p.open + 1, p.close)) ? /^\s+/.exec(rest) : null;
  const comma = inside ?? /^[^,;:\n]*?,[”"»]?\s+/.exec(rest);
  if (!comma) return null;
  const at = p.close + 1 + comma[0].length;
  const subject = mainSubject(c, at, end);
  if (!subject) return null;
  const r = resolveSubject(c, subject);
  if (!r.speaker) return { cue: spanOf(text, subject.end, subject.end), subject, speaker: null, gender: null, org: false };
  return { cue: spanOf(text, subject.end, subject.end), subject, speaker: r.speaker, gender: r.gender, org: r.org };
}

/**
 * A passive verb right after the subject, with a preposition and no agent before the quote: "was charged with",
 * "was convicted of", "was remembered as" (not "for": "was fired for calling it “…”" is the subject's words).
 */
const PASSIVE_SUBJECT = /^(?:\s*,[^,“”"«»\n]{1,80},)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|could\s+be|would\s+be)\s+)(?:(?:\p{Ll}+ly|also|later|then|again|once|first|never|not|even|already|since)\s+)?(\p{Ll}{3,}(?:ed|en))\s+(?:with|of|as|on|into|in|over)\s(?![^“”"«»\n]*\bby\s)[^“”"«»\n]*$/u;
/** Participles that tell what the subject feels or thinks, who then may well speak: "was pleased with", "is convinced of". */
const FEELING = /^(?:pleased|displeased|satisfied|dissatisfied|disappointed|frustrated|excited|thrilled|delighted|surprised|shocked|stunned|worried|concerned|convinced|determined|committed|interested|obsessed|fascinated|impressed|unimpressed|annoyed|angered|offended|troubled|alarmed|encouraged|heartened|saddened|amazed|amused|bored|tired|fed|fixated|focused|engaged|involved|experienced|skilled|steeped|invested|opposed|united|divided|split)$/;

function ownSubject(c: Ctx, p: Piece): Said | null {
  const from = sentenceStart(c.text, p.open);
  if (/^\s*$/.test(c.text.slice(from, p.open))) return null;
  const main = mainSubject(c, from, p.open);
  let inner = clauseSubject(c, from, p.open);
  // "prompting Ana Lee to make a joke and call Reed “…”": the object of a verb of causing does what follows "to".
  const chunk = c.text.slice(Math.max(from, p.open - 200), p.open);
  const inf = INFINITIVE_CLAUSE.exec(chunk);
  if (inf && !NOT_SUBJECT.test((inf[1] ?? inf[2])!.split(/\s+/)[0]!)) {
    const at0 = p.open - chunk.length + inf.index + inf[0].indexOf((inf[1] ?? inf[2])!, inf[0].search(/\s/));
    if (!inner || at0 > inner.start) inner = spanOf(c.text, at0, at0 + (inf[1] ?? inf[2])!.length);
  }
  const subject = inner && (!main || inner.start > main.end) && named(c, inner) ? inner : main;
  if (!subject) return null;
  // "Reed proposed a match, but the board rejected it as “ludicrous”": a later clause whose subject names
  // nobody holds the quote; the sentence's subject does not speak it.
  if (subject === main && UNNAMED_CLAUSE.test(c.text.slice(main.end, p.open))) return { cue: spanOf(c.text, main.end, main.end), subject: main, speaker: null, gender: null, org: false };
  // "Moe was charged with “reckless endangerment”", "Moe was remembered as “a gentle giant”": the subject of
  // a passive undergoes it and does not speak the quote (not "Moe was pleased with the “result”").
  const passive = PASSIVE_SUBJECT.exec(c.text.slice(subject.end, p.open));
  if (passive && !FEELING.test(passive[1]!)) return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: null, gender: null, org: false };
  // "A poll released last month by Emerson College found the race “statistically tied”", "A study by the Harbor
  // Institute found …": a paper opening the sentence speaks for its maker, named after "by" or "from".
  const made = subject === main && PAPER.test(lastWord(subject.text).toLowerCase()) ? MAKER_AFTER_PAPER.exec(c.text.slice(subject.end, p.open)) : null;
  // (Not a paper that undergoes something: "A letter from Ann Lee to the mayor was returned “unopened”".)
  if (made && !/\b(?:was|were|is|are|been|be|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u.test(c.text.slice(subject.end + made[0].length, p.open))) {
    const at0 = subject.end + made[0].length - made[1]!.length;
    const maker = named(c, spanOf(c.text, at0 + (/^the\s+/i.exec(made[1]!)?.[0].length ?? 0), at0 + made[1]!.length));
    if (maker) return { cue: spanOf(c.text, subject.end, subject.end), subject: maker.span, speaker: maker.span, gender: null, org: maker.org };
  }
  const r = resolveSubject(c, subject);
  // "Typically, he …" read as "Typically": a sentence whose subject names nobody still attributes its quote.
  if (!r.speaker && /\s\S+\s\S/.test(c.text.slice(p.open, p.close).trim()) && sentenceOpener(c.text, subject.start, /^[\p{L}]+/u.exec(subject.text)?.[0] ?? "")) return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: null, gender: null, org: false };
  // "The secretary of homeland security issued a statement likening them to “smugglers”": a sentence whose
  // subject is a description naming nobody holds its own quote; it does not continue the quote before.
  const det = /(?:^|\s)(?:the|a|an|one|another|some|several|two|three)\s+$/i.test(c.text.slice(Math.max(0, subject.start - 12), subject.start)) || /^(?:the|a|an)\s/i.test(subject.text);
  if (!r.speaker && det && subjectNoun(subject)) return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: null, gender: null, org: false };
  if (!r.speaker) return null;
  // (Still the sentence's own words: a short quote stays a quote, naming nobody; a longer one may take the speaker before it.)
  if (r.speaker.start === subject.start && openerOnly(c, r.speaker)) return c.text.slice(p.open + 1, p.close).trim().split(/\s+/).length < 4 ? { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: null, gender: null, org: false } : null;
  // ("Brandt’s letter makes the case: “…”": the owner, without the possessive.)
  const owner = /\p{L}['’]s?$/u.test(r.speaker.text) ? spanOf(c.text, r.speaker.start, r.speaker.end - /['’]s?$/u.exec(r.speaker.text)![0].length) : r.speaker;
  return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: owner, gender: r.gender, org: r.org };
}

/** Whether a subject phrase is headed by a lower-case noun for people, a body or a paper ("secretary", "crowd", "group"). */
/** After a paper opening a sentence: who made it ("released last month by Emerson College", "by the Harbor Institute"), before its verb. */
const MAKER_AFTER_PAPER = new RegExp(`^\\s+(?:(?:${MADE})\\s+(?:(?:last|this|on|in|earlier|late)\\s+[\\p{L}\\d]+\\s+)?)?(?:by|from)\\s+${ISSUER_NAME}(?=\\s*,|\\s+\\p{Ll})`, "u");
function subjectNoun(subject: Span): boolean {
  const words = subject.text.split(/\s+/);
  const head = words.find((w, i) => /^\p{Ll}/u.test(w) && (i === words.length - 1 || /^(?:of|for|at|from|in)$/.test(words[i + 1]!))) ?? words[words.length - 1]!;
  return /^\p{Ll}/u.test(head) && (personNoun(head) || describes(head) || ORG_NOUN.has(head) || unnamedSpeaker(head) || /^(?:crowd|audience|protesters|demonstrators|people|man|woman|men|women|group)$/.test(head));
}

/**
 * `Ford “never gave up” on the plan, said Ann Lee.`: a named speaker after the quote, same sentence;
 * also a clause-final `…, Ann Lee said.` that closes the sentence, which covers every quote in it
 * (`Dams are “a relic” and “a hazard,” Ann Lee, the river warden, said.`).
 */
function laterInSentence(c: Ctx, p: Piece): Said | null {
  // A quote ending in a full stop ends its sentence (`… enjoys “Modern Family.” Lee, …, said`).
  if (p.openEnded || /[.!?]\s*$/.test(c.text.slice(Math.max(0, p.close - 3), p.close))) return null;
  const end = c.text.indexOf("\n", p.close);
  const stop = lastBoundaryAfter(c.text, p.close + 1, end < 0 ? c.text.length : end);
  let quoteBetween = false;
  for (const s of c.said) {
    if (s.cue.start <= p.close) continue;
    if (s.cue.start >= stop) break;
    // `“a relic” and “a hazard,” said Ann Lee`: quotes joined in a list share the cue after the last.
    quoteBetween ||= c.pieces.some((q) => q.open > p.close && q.open < s.cue.start && !/^[\s,]*(?:and|or)?\s*$/.test(c.text.slice(p.close + 1, q.open)));
    if (!s.speaker || !s.subject) continue;
    // ("…, said Ann Lee"; with a quote between, only when no one else is said to speak in between:
    // `… found no “ties,” aside from the two knowing each other “casually,” said the director, Ann Lee`.)
    if (s.subject.start > s.cue.start) { if (quoteBetween && c.said.some((o) => o !== s && o.speaker && o.cue.start > p.close && o.cue.start < s.cue.start)) return null; return s; }
    // `“Perfectly safe” is how Tom Ward described the pier`: the quote is what the clause after it says.
    if (s.subject.start > p.close && s.subject.start < s.cue.start && /^\s*(?:is|was|are|were)\s+(?:how|what)\s+$/.test(c.text.slice(p.close + 1, s.subject.start))) return s;
    if (s.subject.start > p.close && /[,”"»]\s+$/.test(c.text.slice(s.subject.start - 3, s.subject.start))
      && !/[“”"«»;:]/.test(c.text.slice(s.cue.end, stop))) return s;
    // `“…” that would answer the requests, Justice Ministry trial counsel Maria Ferreira wrote in a filing`: a
    // quote opening its sentence, the clause it begins running on past it, then a name with its title run and
    // the cue (no other quote, and nothing quoted after the cue).
    if (s.subject.start > p.close && !quoteBetween && /^\s*$/.test(c.text.slice(sentenceStart(c.text, p.open), p.open))
      && titleRunAfterComma(c.text.slice(p.close + 1, s.subject.start)) && !/[“”"«»;:]/.test(c.text.slice(s.cue.end, stop))) return s;
  }
  return null;
}

/** Whether a gap ends in a comma and a title run before a name: ", Justice Ministry senior trial counsel ", ", the club's ". */
function titleRunAfterComma(gap: string): boolean {
  const m = /,\s*((?:[\p{L}\d$][\p{L}\d.'’&$-]*\s+){0,6})$/u.exec(gap);
  if (!m || /^\s*,/.test(gap)) return false;
  const words = m[1]!.split(/\s+/).filter((w) => w);
  return words.every((w) => !/^(?:without|with|as|after|before|while|when|and|but|or|that|to|for|in|on|at|by|from|about|against|because|if|since|than|then|so|not|is|was|are|were|be|been|has|have|had|which|who|where|whom|whose|what|until|unless|despite|during|into|over|under|he|she|they|it|we|i|you|this|these|those)$/i.test(w));
}

/**
 * A quote standing alone as its sentence, and the sentence after it naming who said it: "“…” That was how
 * Mayor Kofi Boateng put it.", "“…” Those were the words of Aiyana Redcloud, a tribal elder.", "“…” So said
 * the forest warden, Gerhard Maier.", "“…” The remark came from Priya Raman.", "“…” That was Lee's verdict."
 * Only these fixed frames: a sentence that merely names someone after a quote is not theirs ("“Closed.” Ann
 * Lee read the sign twice"), and a possessive is the owner only before a noun for words ("how Lee's critics put it": nobody).
 */
const NAMED_HOW = /^(?:That|This|Such)\s+(?:was|is|['’]s)\s+how\s+((?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}.'’-]+\s+){0,5}?[\p{L}.'’-]+)\s+(?:put|puts|described|describes|summed|sums|phrased|phrases|framed|frames|explained|explains|characteri[sz]ed|characteri[sz]es|expressed|expresses|said|says)\b/u;
const WORDS_NOUN = "words?|message|verdict|view|assessment|warning|answer|reply|response|reaction|judge?ment|advice|plea|promise|conclusion|take|remarks?|comments?|thoughts|summary|prediction|quote|line|statement|question";
const NAMED_OF = new RegExp(String.raw`^(?:(?:Those|These)\s+were|(?:That|This)\s+(?:was|is)|Such\s+(?:was|were))\s+(?:the\s+)?(?:(?:closing|parting|final|last|first|opening|blunt|simple|stark)\s+)?(?:${WORDS_NOUN})\s+(?:of|from)\s+|^(?:So|Thus)\s+(?:said|says|wrote|writes|spoke|speaks|warned|argued|declared)\s+|^The\s+(?:(?:closing|parting|final|last|first|opening|blunt)\s+)?(?:${WORDS_NOUN})\s+(?:came|comes|was|were|is|are)\s+(?:(?:spoken|written|uttered|delivered|posted|tweeted|voiced)\s+by|from)\s+|^(?:That|This|The)\s+(?:(?:closing|parting|final|last|first|opening|famous|infamous|blunt)\s+)?(?:quote|line|remark|comment|words|quip|phrase|warning|retort)\s+(?:from|by)\s+`, "u");
const NAMED_OWNER = new RegExp(String.raw`^(?:(?:That|This)\s+(?:was|is)|Such\s+(?:was|were))\s+((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*)(?:['’]s|(?<=s)['’])\s+(?:(?:closing|parting|final|last|first|opening|blunt|simple|stark)\s+)?(?:${WORDS_NOUN})\b`, "u");
function namedNext(c: Ctx, p: Piece, inner: Span): Said | null {
  if (p.openEnded || !/^\s*$/.test(c.text.slice(sentenceStart(c.text, p.open), p.open))) return null;
  // The quote ends its sentence ("…today.”" or "…today”."), and the next sentence follows, in this paragraph or the next.
  const end = /[.!?]$/.test(inner.text) ? p.close + 1 : /^[.!?]/.test(c.text.slice(p.close + 1, p.close + 2)) ? p.close + 2 : -1;
  if (end < 0) return null;
  const gap = /^[ \t]*(?:\n[ \t]*){0,2}/.exec(c.text.slice(end, end + 12))![0];
  if (gap.length === 0) return null;
  const from = end + gap.length;
  const next = c.text.slice(from, from + 240).replace(/\n[^]*$/, "");
  let subject: Span | null = null;
  const how = NAMED_HOW.exec(next);
  if (how && !/['’]s\s/u.test(how[1]!) && !/^(?:they|it|we|you|i|one|many|some|others|critics|people)$/i.test(how[1]!)) {
    subject = spanOf(c.text, from + how[0].indexOf(how[1]!), from + how[0].indexOf(how[1]!) + how[1]!.length);
  }
  const of = subject ? null : NAMED_OF.exec(next);
  if (of) subject = subjectAfter(c.text, from + of[0].length);
  const owner = subject || of ? null : NAMED_OWNER.exec(next);
  if (owner) subject = spanOf(c.text, from + owner[0].indexOf(owner[1]!), from + owner[0].indexOf(owner[1]!) + owner[1]!.length);
  if (!subject) return null;
  const r = resolveSubject(c, subject);
  if (!r.speaker) return null;
  return { cue: spanOf(c.text, from, from), subject, speaker: r.speaker, gender: r.gender, org: r.org };
}

/**
 * A quote in a headline written in Title Case (the text's first line): headline grammar, not a sentence's.
 * The speaker is the capitalised run opening the line before a headline verb or "On" ("Mayor Lin Qiao
 * Praises Harbour Plan: ‘…’", "Farm Union on Drought Aid: ‘…’", "Tomas Lind Told Islanders …"), or before its first colon when that run is a
 * name ("Harbour Chief Ana Ruiz: ‘…’"); any other headline quote has no speaker ("Ferry Cuts Spark Protest:
 * ‘…’", "Why the Port Sale Matters: ‘…’"). Undefined for a quote that is not in such a headline, or a headline
 * with neither a colon nor a verb before the quote (left to the sentence rules).
 */
const HEADLINE_VERB = new Set([...HEADLINE_VERBS, ...SPEECH_VERBS.filter((v) => /^[a-z]+$/.test(v) && !/ing$/.test(v))]);
/**
 * Whether the line from lineStart (holding `at`) is cased as a headline: three long words or more, 60 % of them
 * capitalised. The text's last line asked is kept: every quote of an article written as one line (a feed's or a
 * JSONL's text) asks it of the whole article, which was read again for each quote.
 */
let lastLine: { readonly text: string; readonly start: number; readonly cased: boolean } | null = null;
function headlineCased(text: string, lineStart: number, at: number): boolean {
  if (lastLine !== null && lastLine.start === lineStart && lastLine.text === text) return lastLine.cased;
  const lineEnd = text.indexOf("\n", at);
  const long = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(/\p{L}{4,}/gu) ?? [];
  const cased = !(long.length < 3 || long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length < 0.6);
  lastLine = { text, start: lineStart, cased };
  return cased;
}

function headlineQuote(c: Ctx, p: Piece): Said | null | undefined {
  const lineStart = c.text.lastIndexOf("\n", p.open - 1) + 1;
  if (!/^\s*$/.test(c.text.slice(0, lineStart))) return undefined;
  if (!headlineCased(c.text, lineStart, p.open)) return undefined;
  const lead = c.text.slice(lineStart, p.open);
  const words = [...lead.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu)];
  const some = (k: number) => spanOf(c.text, lineStart + words[0]!.index!, lineStart + words[k - 1]!.index! + words[k - 1]![0].length);
  const speaking = (subject: Span, cue: Span, strict: boolean): Said | null => {
    // ("Milbank: …": a name the tagger leaves alone at a line's start is still the name before the colon.)
    const r = named(c, subject) ?? (subject.text.split(/\s+/).length <= 3 && subject.text.split(/\s+/).every(isNameWord) ? { span: subject, org: false } : null);
    if (!r) return null;
    // (Not past the run: "Mayor Lin Qiao Praises Harbour Plan" may be tagged as one name.)
    let span = r.span.end > subject.end ? trimTo(c.text, r.span, subject.end) : r.span;
    // (A title ending the run speaks for the body before it: "Port Board Chair On Dock Sale" → Port Board.)
    const title = /\s+(\p{Lu}\p{L}*)$/u.exec(subject.text);
    if (span && title && span.end === subject.end && (PERSON_TITLES.has(title[1]!) || PERSON_NOUN.has(title[1]!.toLowerCase()))) span = trimTo(c.text, subject, subject.end - title[0].length);
    if (!span) return null;
    // (A run before a colon names a speaker when it is short or holds a name: not "Ferry Cuts Spark Protest".)
    if (strict && span.text.split(/\s+/).length > 3 && !c.entities.some((e) => (e.type === "person" || e.type === "org") && e.span.start >= subject.start && e.span.end <= subject.end)) return null;
    return { cue, subject, speaker: span, gender: r.org ? null : genderOf(c, span), org: r.org };
  };
  for (let k = 1; k < words.length; k++) {
    const w = words[k]![0];
    const gap = lead.slice(words[k - 1]!.index! + words[k - 1]![0].length, words[k]!.index!);
    if (!/^\s+$/.test(gap)) break;
    if (!/^\p{Lu}/u.test(words[k - 1]![0])) break;
    if (HEADLINE_VERB.has(w.toLowerCase()) || /^(?:On|on)$/.test(w)) {
      const at = lineStart + words[k]!.index!;
      return speaking(some(k), spanOf(c.text, at, at + w.length), false);
    }
  }
  const colon = lead.indexOf(":");
  if (colon < 0) return undefined;
  const head = lead.slice(0, colon).trim();
  if (!/^(?:\p{Lu}[\p{L}\p{N}'’.\-]*\s+){0,4}\p{Lu}[\p{L}\p{N}'’.\-]*$/u.test(head)) return null;
  const at = lineStart + lead.indexOf(head);
  return speaking(spanOf(c.text, at, at + head.length), spanOf(c.text, lineStart + colon, lineStart + colon + 1), true);
}

const COLON_NAME = new RegExp(String.raw`(?:^|[\s(—–-])((?:\p{Lu}[\p{L}\p{N}'’.\-]*)(?:\s+(?:(?:and|&|of|the)\s+|(?:${PARTICLE}\s+){1,3})?\p{Lu}[\p{L}\p{N}'’.\-]*){0,4})\s*:\s*$`, "u");
/**
 * No cue: a name right before the colon that opens the quote (`The rise did not surprise the pollster
 * Ann Lee: “…”`, `More from Lee: “…”`). Not a place or an object of "to", "in", "for" (`The message
 * to Ohio: “…”`).
 */
function colonName(c: Ctx, p: Piece): Said | null {
  const lo = Math.max(sentenceStart(c.text, p.open), p.open - 200);
  const m = COLON_NAME.exec(c.text.slice(lo, p.open));
  if (!m) return null;
  const at = p.open - m[0].length + m[0].indexOf(m[1]!);
  const before = c.text.slice(lo, at);
  // "to Ohio:", "to the Dutch newspaper De Krant:" — an object, not a speaker.
  if (/\b(?:to|in|at|for|on|into|against|about|with|over|under|toward|towards|across|of)\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3})?$/iu.test(before)) return null;
  // "Sanders took to Twitter to blast Clinton:", "Ford attacked Lee:": the object of a verb (not "the pollster Ann Lee:").
  const verb = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(before)?.[1];
  if (verb && !describes(verb) && (/\bto\s+\p{Ll}+\s+$/u.test(before) || /(?:ed|es)$/.test(verb) || SPEECH_VERBS.includes(verb))) return null;
  const words = m[1]!.split(/\s+/);
  if (words.every((w) => PLACE_WORDS.has(w) || !isNameWord(w) || STATE_ABBR.test(w))) return null;
  if (c.entities.some((e) => e.type === "place" && e.span.start <= at && at + m[1]!.length <= e.span.end && e.span.text.includes(" "))) return null;
  const subject = spanOf(c.text, at, at + m[1]!.length);
  const r = named(c, subject);
  if (!r) return null;
  return { cue: spanOf(c.text, subject.end, subject.end), subject, speaker: r.span, gender: r.org ? null : genderOf(c, r.span), org: r.org };
}

/** First sentence end in text[from, to), or `to`. */
function lastBoundaryAfter(text: string, from: number, to: number): number {
  const chunk = text.slice(from, to);
  for (const m of chunk.matchAll(BOUNDARY)) {
    const dot = m.index!;
    if (chunk[dot] === "." && (ABBR.test(text.slice(Math.max(0, from + dot - 6), from + dot + 1)) || clockAbbr(text, from + dot))) continue;
    return from + dot;
  }
  return to;
}

/** No cue: the person or body the sentence opens with (`Ford thanked him for “stepping up.”`). */
function sentenceSubject(c: Ctx, from: number, to: number): Span | null {
  for (const e of c.entities) {
    if (e.span.start < from) continue;
    if (e.span.start >= to) break;
    if (e.type === "place" || dateline(c.text, e.span) || groupNoun(e.span.text) || !e.span.text.split(/\s+/).some(isNameWord)) return null;
    const lead = c.text.slice(from, e.span.start);
    if (lead.split(/\s+/).filter((w) => w).length > 4 || /[“”"«»]/.test(lead)) return null;
    return e.span;
  }
  return null;
}

/**
 * A paragraph about someone named before, who is its subject as "she" or "the senator" ("Sen. Ann Lee met the
 * farmers. ¶ She listened for an hour. ¶ “…”"): the one the pronoun or description points back to. Only a
 * paragraph with no quote of its own, whose sentences all have that subject or none a person; a paragraph
 * that goes on to someone else ("She thanked Tom Hale, who spoke next.") points nowhere.
 */
function pointedSubject(c: Ctx, from: number, to: number): Span | null {
  if (c.pieces.some((q) => q.open >= from && q.open < to)) return null;
  const main = mainSubject(c, from, lastBoundaryAfter(c.text, from, to));
  if (!main) return null;
  const definite = /^\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2}$/u.test(main.text) && /(?:^|\s)(?:[Tt]he|[Tt]his)\s+$/u.test(c.text.slice(Math.max(from, main.start - 6), main.start));
  if (!/^(?:[Hh]e|[Ss]he)$/.test(main.text) && !definite) return null;
  // (Any person or body named in the paragraph after its subject may be whom the quote is from.)
  if (c.entities.some((e) => e.type !== "place" && e.span.start >= main.end && e.span.start < to)) return null;
  const r = resolveSubject(c, main);
  return r.speaker && !r.org ? r.speaker : null;
}

/**
 * The one person a paragraph names, as the subject of one of its clauses ("What the plan means is unclear,
 * since Gov. Ann Lee spoke only in generalities." ¶ “…”): the quote paragraph after it is theirs. Not when
 * the paragraph names anyone else (a person or a body), holds a quote of more than three words, or names the
 * person only as an object.
 */
function soleSubject(c: Ctx, from: number, to: number): Span | null {
  // (A quoted word or two in it is no one's speech: "What “go after them” means is unclear, since Lee …".)
  if (c.pieces.some((q) => q.open >= from && q.open < to && c.text.slice(q.open + 1, q.close).trim().split(/\s+/).length > 3)) return null;
  let who: Entity | null = null;
  for (const e of c.entities) {
    if (e.span.end <= from || e.type === "place" || dateline(c.text, e.span)) continue;
    if (e.span.start >= to) break;
    if (who && (e.type !== "person" || lastWord(e.span.text) !== lastWord(who.span.text))) return null;
    if (!who) who = e;
  }
  // ("Fishermen argued …": a group, not one person; "New Hampshire" taken for a person names nobody.)
  if (!who || who.type !== "person" || groupNoun(who.span.text) || PLACE_WORDS.has(who.span.text) || !who.span.text.split(/\s+/).some(isNameWord)) return null;
  // A clause's subject: a verb right after the name, not a preposition or a verb before it.
  const mentions = c.entities.filter((e) => e.span.start >= from && e.span.start < to && e.type === "person");
  const subject = mentions.find((e) => /^(?:['’]s\s+\p{Ll}+\s+|\s*,[^,;:“”"«»\n]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+s|said|told|spoke|gave|made|took|went|was|is|has|had|did|kept|left|sent|wrote|came|ran|won|lost|met|saw|got)\b/u.test(c.text.slice(e.span.end, e.span.end + 100))
    && !/\b(?:to|of|for|with|by|about|against|from|at|on|in|into|than|like|and|or)\s+(?:the\s+)?$|\p{Ll}+(?:ed|s)\s+$/iu.test(c.text.slice(Math.max(from, e.span.start - 20), e.span.start)));
  return subject ? withoutOccupation(c.text, subject.span) : null;
}

/**
 * The named subject of the paragraph's first sentence after an opening phrase too long for `sentenceSubject`
 * ("Without a plan from the ministry, which it has not published, Ewa Lindqvist pointed to …" ¶ “…”): a person or
 * body the text tags there (not a word read as a name only because it follows the phrase).
 */
function ledSubject(c: Ctx, from: number, to: number): Span | null {
  const end = lastBoundaryAfter(c.text, from, to);
  const main = mainSubject(c, from, end);
  if (!main || !/,\s*$/.test(c.text.slice(from, main.start))) return null;
  const r = resolveSubject(c, main);
  return r.speaker && c.entities.some((e) => (e.type === "person" || e.type === "org") && e.span.start <= r.speaker!.start && r.speaker!.end <= e.span.end) ? r.speaker : null;
}

/** Words that open an adverbial phrase before a sentence's subject ("Hours after the vote, Ford …"). */
const LEAD_IN = /^(?:\p{Ll}|(?:After|Before|During|Amid|Amidst|Despite|Following|Like|Unlike|Hours|Days|Weeks|Months|Minutes|Moments|Years|Earlier|Later|Last|This|Since|When|While|As|In|On|At|For|From|With|By|Once|Until|Asked|Speaking|Meanwhile|However|Still|Yet|Instead|Rather|Then|Now|So|But|And|Also|Here|There|Back|Moreover|Furthermore|Likewise|Indeed|Similarly|Additionally|Nevertheless|Nonetheless|Today|Tonight|Yesterday|Thus|Therefore|Otherwise|Again|Besides|Overall|First|Second|Third|Finally|Next|Of|About|Concerning|Including|Between|Around|Toward|Towards|Separately|Elsewhere|Back|Over|Under|Through|Throughout|Within|Without|Against|Across|Near|Inside|Outside|Upon|If|Although|Though|Because|Whether|Even|Only|Just|To|Not|Among|Behind|Beyond|Regarding|According|Given|Unlike|Faced|Pressed|Aside|Apart|Alongside|Ahead)\b|\p{Lu}\p{Ll}+ing\b|\p{Lu}\p{Ll}{2,}ly\s+\p{Ll}|\p{Lu}\p{Ll}{3,}(?:ed|en)\s+(?:at|by|with|about|to|from|in|on|for|as|over|after|before|into|under)\b|\p{Lu}\p{Ll}{3,}ly$|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Several|A\s+few|Many|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:ago|later|earlier|before|after)\b)/u;

/** A place in capitals opening a story ("JACKSON, Miss. (AP) —", "LA CROSSE, Wis. —"): nobody. */
function dateline(text: string, span: Span): boolean {
  // "Port Harcourt — Traders said …", "Benin City, Nigeria (AP) – …": a name opening a paragraph, then a dash and a
  // new sentence, in any case (not a person's first name: "Ann Lee — the mayor — said").
  if (/(?:^|\n)\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)) && /^\s*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:\s*\([^()]{1,20}\))?\s+[—–]{1}\s+["“\p{Lu}]/u.test(text.slice(span.end, span.end + 60))
    && !MALE.has(span.text.split(/\s+/)[0]!.toLowerCase()) && !FEMALE.has(span.text.split(/\s+/)[0]!.toLowerCase())) return true;
  if (/^\s*\(\p{Lu}{2,}[\p{Lu}\s]*\)\s*[—–-]{1,2}\s/u.test(text.slice(span.end, span.end + 20)) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start))) return true;
  return !/\p{Ll}/u.test(span.text) && /^\s*(?:,\s*[\p{L}\d.,\s]{2,24})?(?:\s*\([^()]{1,20}\))?\s*[—–-]{1,2}\s/u.test(text.slice(span.end, span.end + 40));
}

/** A place name as written at `at` ("New Hampshire", "Ohio"). */
function isPlace(c: Ctx, at: number, words: string): boolean {
  if (PLACE_WORDS.has(words.trim())) return true;
  return c.entities.some((e) => e.type === "place" && e.span.start <= at && at + words.trim().length <= e.span.end);
}

/**
 * The subject a sentence opens with, after a dateline ("WASHINGTON (AP) —") and an opening phrase
 * ("Hours after the vote,"): a name or description followed by its verb, an appositive or a colon
 * ("Ford went after Lee", "Ford, the chair, said", "Ford:"). Null when the sentence opens otherwise.
 *
 * Worked out once per clause of a text: the cue scan asks again for the same clause (a cue's rules one after
 * another, the cues of one sentence), about one call in four over the bench texts. It reads only the text and
 * its names, which do not change while the quotes are found.
 */
function mainSubject(c: Ctx, from: number, to: number): Span | null {
  let known = MAIN_SUBJECTS.get(c);
  if (known === undefined) { known = new Map(); MAIN_SUBJECTS.set(c, known); }
  const key = from * 0x400000 + to; // (offsets are below 2^22: an article has at most 300,000 characters)
  let subject = known.get(key);
  if (subject === undefined) { subject = findMainSubject(c, from, to); known.set(key, subject); }
  return subject;
}
const MAIN_SUBJECTS = new WeakMap<Ctx, Map<number, Span | null>>();

/** A verb right after a sentence's opening name: a regular past or present form, or a common irregular past. */
const OPENER_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|es)|\p{Ll}{3,}[^s\W]s|met|led|took|gave|told|said|saw|sent|spent|held|kept|left|lost|won|made|paid|brought|bought|thought|fought|sought|caught|taught|began|became|came|went|ran|rode|drove|flew|wrote|spoke|broke|chose|stood|sat|found|heard|felt|knew|threw|struck|hit|put|set|cut|shut|quit|beat|bent|lent|built|dealt|meant|read|sold|swore|tore|wore|woke|shook|sank|sang|swam|drew|grew|fled|fed|bled)\s/u;
function findMainSubject(c: Ctx, from: number, to: number): Span | null {
  const { text } = c;
  let s = from;
  // A dateline, or a heading in capitals before a dash ("TURNOUT UP IN IOWA - Ann Lee: “…”").
  const head = /^\s*(\p{Lu}[\p{Lu}\d\s.,'’‘-]{1,150}?)(?:,\s*\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|\d{1,2}(?:,\s*\d{4})?)){0,2})?(?:\s*\([^()]{1,30}\))?\s+[—–-]{1,2}\s+/u.exec(text.slice(s, to));
  if (head && !/\p{Ll}/u.test(head[1]!)) s += head[0].length;
  else {
    // "Washington (AFP) –": a place and a news agency in capitals before a dash.
    const agency = /^\s*\p{Lu}[\p{L}.\s,'’-]{1,40}?\s*\(\p{Lu}{2,}[\p{Lu}\s]*\)\s*[—–-]{1,2}\s+/u.exec(text.slice(s, to));
    if (agency) s += agency[0].length;
  }
  // "And then Ford went on the attack": a conjunction or adverb before the subject, with no comma.
  const conj = /^\s*(?:And|But|So|Yet|Then|Now|Still|Also|Later|Instead|Finally|Again|Soon)\s+(?:(?:then|also|later|again|so|yet|now|soon|finally)\s+)?(?=\p{Lu}|(?:he|she|they)\s|the\s+\p{Lu})/u.exec(text.slice(s, to));
  if (conj) s += conj[0].length;
  // "Speaking in Salem, New Hampshire, Ford …": an opening phrase, and the places it ends with.
  let town = false;
  for (let k = 0; k < 3; k++) {
    const lead = /^\s*([^,;:“”"«»\n]{1,200}),\s+/.exec(text.slice(s, to));
    if (!lead) break;
    const phrase = lead[1]!;
    if (/^(?:he|she|they)\s/.test(phrase)) break; // "Then he cut into Lee, calling him …": the subject, not an opening phrase
    const state = town && /^(?:\p{Lu}[\p{L}.]*\s*){1,3}$/u.test(phrase); // "in Salem, New Hampshire,"
    // ("Wait, it gets better", "Look, here is …": an interjection, capitalised only because it opens the sentence.)
    const interjection = () => /^\s*\p{Lu}\p{Ll}+$/u.test(phrase) && /^\p{Ll}/u.test(text.slice(s + lead[0].length, s + lead[0].length + 1)) && openerOnly(c, spanOf(text, s + lead[0].indexOf(phrase.trim()), s + lead[0].indexOf(phrase.trim()) + phrase.trim().length));
    if (!(LEAD_IN.test(phrase) || state || (k > 0 && isPlace(c, s + lead[0].indexOf(phrase), phrase)) || interjection())) break;
    town = /\b(?:in|at|from|near|outside)\s+(?:\p{Lu}[\p{L}.]*\s*){1,3}$/u.test(phrase);
    s += lead[0].length;
  }
  // "76-year-old Ann Lee, founder of …": an age before the name.
  const age = /^\s*(?:[Tt]he\s+)?\d{1,3}-year-old\s+(?=\p{Lu})/u.exec(text.slice(s, to));
  if (age) s += age[0].length;
  // "At the time, she released a statement", "And he made a point of saying": a pronoun after an opening
  // phrase or a conjunction (one opening the sentence is capitalised and read as a name word below).
  const pronoun = /^\s*(he|she|they)\s+(?=\p{Ll})/u.exec(text.slice(s, to));
  if (pronoun) { const at = s + pronoun[0].indexOf(pronoun[1]!); return spanOf(text, at, at + pronoun[1]!.length); }
  // "Her lawyer, Pavel Novak, rejected the offer, calling it …", "Ana Silva's agent, Rui Gomes, turned it
  // down, saying …": a description of a person with the full name in apposition, then the verb.
  const appos = APPOSED_SUBJECT.exec(text.slice(s, to));
  if (appos && (occupation(appos[1]!) || personNoun(appos[1]!))) {
    const at = s + appos[0].length - appos[2]!.length - /,\s*$/.exec(appos[0])![0].length;
    return spanOf(text, at, at + appos[2]!.length);
  }
  // "Her husband, Taras, waited outside", "Ana Ruiz's son, Leo, 12, ran": a relative named by a first name alone.
  const kin = KIN_APPOSED_SUBJECT.exec(text.slice(s, to));
  if (kin && KIN_NOUN.test(kin[1]!)) {
    const at = s + kin[0].indexOf(kin[2]!, kin[0].indexOf(","));
    if (c.entities.some((e) => e.type === "person" && e.span.start === at)) return spanOf(text, at, at + kin[2]!.length);
  }
  // "An official at the Port of Rotterdam dismissed the report, calling it …": a description tied to a body.
  const tie = TIE_LEAD.exec(text.slice(s, to));
  if (tie && tiedToName(tie[3]!)) { const at = s + tie[0].indexOf(tie[1]!); return spanOf(text, at, s + tie[0].length); }
  // "Longtime residents of Kvalsund said": people described by where they live, nobody named.
  if (LIVES_IN.test(text.slice(s, to).trimStart())) return null;
  // "Harbour master Per Ellingsen met ferry captain Tomas Berg", "Per Ellingsen met …": a person opening the
  // sentence, after at most a lower-case description ending in a noun for a person, then a verb (an irregular past
  // too: "met", "led", "took") — the subject, not a person named after the verb.
  const opener = c.entities.find((e) => e.span.start >= s && e.span.start <= s + 40 && e.span.end <= to);
  if (opener?.type === "person") {
    const lead = text.slice(s, opener.span.start).trim();
    const words = lead ? lead.split(/\s+/) : [];
    const last = (words[words.length - 1] ?? "").toLowerCase();
    const described = words.length === 0 || (words.length <= 3 && words.every((w) => /^[\p{L}-]+$/u.test(w)) && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && (occupation(last) || personNoun(last)));
    // (A regular form must be tagged a verb: "Clinton aides said", "Sanders delegates" are nouns after a modifier.)
    const verb = OPENER_VERB.exec(text.slice(opener.span.end, Math.min(to, opener.span.end + 40)));
    const regular = verb && /(?:ed|s)\s$/.test(verb[0]) && !/^\s+(?:\p{Ll}+ly\s+)?(?:led|fled|fed|bled|sped)\s$/u.test(verb[0]);
    const at = verb ? opener.span.end + verb[0].search(/\S/) : -1;
    const pos = verb && c.tokens ? tokenAt(c.tokens, at)?.pos : undefined;
    // (Or an object after it, whatever the tagger says: "Frank quotes former adviser Ann Lee".)
    const object = verb && c.tokens ? /^(?:DET|PROPN|PRON|ADJ|NUM)$/.test(tokenAt(c.tokens, opener.span.end + verb[0].length)?.pos ?? "") : false;
    if (described && verb && (!regular || pos === undefined || pos === "VERB" || pos === "AUX" || object)) return opener.span;
  }
  const after = subjectAfter(text, s);
  // "The board gave Sam Price a medal": the subject is "board", not the object after its verb.
  const subject = after && trimTo(text, after, headEnd(after));
  if (!subject || subject.end > to) return null;
  // Before the name, at most an article, or a description ending in a person noun ("Republican front-runner Ann Lee").
  const lead = text.slice(s, subject.start).trim();
  // "Actress Ana Lee joined director Tom Ward on stage": a person named in the lead, then a verb, is the
  // subject; the name after "director" is the object.
  const first = lead.length > 4 && /^(?:(?:the|a|an|The|A|An)\s+)?\p{Lu}[^\s]*\s+\p{Lu}/u.test(lead) ? c.entities.find((e) => e.type === "person" && e.span.start >= s && e.span.end <= subject.start && /^\s*(?:(?:the|a|an|The|A|An)\s+)?$/.test(text.slice(s, e.span.start)) && /^\s+\p{Ll}{3,}(?:ed|s)\s/u.test(text.slice(e.span.end, subject.start + 1))) : undefined;
  if (first) return first.span;
  if (lead.length > 4 && !(/^[\p{L}\p{N}.'’&\s-]+$/u.test(lead) && lead.split(/\s+/).length <= 6 && personNoun(lead.split(/\s+/).pop()!))) return null;
  if (!/^\p{Lu}/u.test(subject.text) && !/^(?:the|a|an)\s*$/i.test(text.slice(s, subject.start).trim() || "the")) return null;
  const next = text.slice(subject.end, Math.min(to, subject.end + 40));
  if (!/^(?:['’]s?)?\s*(?:\([^()]{1,30}\)\s*)?(?:[,:—–]|--|\s\p{Ll})/u.test(next)) return null;
  return subject;
}

/**
 * "…, such as when Ford knocked Lee on trade and called him …": the subject of the subordinate clause
 * whose verb the cue is coordinated with (the last "when/after/as … Name verb" before the cue).
 */
function subordinateSubject(c: Ctx, from: number, at: number): Span | null {
  const re = /\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s|[Ww]hile|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Ii]f)\s+((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*)\s+(?:(?:\p{Ll}+ly|later|also|then|again|first|once|never|still|even)\s+)?\p{Ll}+(?:ed|s)\b/gu;
  let last: RegExpExecArray | null = null;
  const chunk = c.text.slice(from, at);
  for (const m of chunk.matchAll(re)) last = m;
  if (!last || /[“”"«»;]/.test(chunk.slice(last.index!))) return null;
  const start = from + last.index! + last[0].indexOf(last[1]!);
  const words = last[1]!.split(/\s+/);
  if (!isNameWord(words[words.length - 1]!) || /['’]s$/.test(last[1]!)) return null; // "before Ford's scheduled visit"
  return spanOf(c.text, start, start + last[1]!.length);
}

/** Start of the paragraph holding `pos`, and of the non-empty paragraph before it (or -1). */
/**
 * "“…,” said Mayor Elin Dahl. ¶ A local shopkeeper was less sure. ¶ “…”": a quote paragraph right after a
 * paragraph whose subject is someone new and unnamed ("A local shopkeeper", "One resident", "Another voter")
 * and which names nobody is that person's, not the named speaker's before them.
 */
const UNNAMED_NEW = /^\s*(?:(?:But|And|Yet)\s+)?(?:A|An|One|Another|Some|Other)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:near|from|in|at|of|on|outside|behind)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?(?:\s*,[^,;“”"«»\n]{1,60},)?\s+(?:\p{Ll}+ly\s+)?(?:was|were|is|are|has|had|did|does|would|could|\p{Ll}{2,}ed)\b/u;
function unnamedBefore(c: Ctx, p: Piece): boolean {
  const [para, prevPara] = paragraphs(c.text, p.open);
  if (prevPara < 0 || !/^\s*$/.test(c.text.slice(para, p.open))) return false;
  const m = UNNAMED_NEW.exec(c.text.slice(prevPara, para));
  if (!m || !(personNoun(m[1]!) || occupation(m[1]!) || workers(m[1]!) || /^(?:man|woman|men|women|people|person|voters?|residents?|neighbou?rs?)$|(?:keeper|owner|worker|seller|driver|farmer|teacher)s?$/.test(m[1]!))) return false;
  return !c.entities.some((e) => e.type !== "place" && e.span.start >= prevPara && e.span.end <= para) && !c.pieces.some((q) => q.open >= prevPara && q.open < para);
}

function paragraphs(text: string, pos: number): [number, number] {
  const para = text.lastIndexOf("\n", pos - 1) + 1;
  let end = para - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end <= 0) return [para, -1];
  return [para, text.lastIndexOf("\n", end - 1) + 1];
}
