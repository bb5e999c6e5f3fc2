// People, organisations and places. wink's lite model has no PERSON/ORG/GPE, so names are
// capitalised runs of proper-noun tokens, typed by a gazetteer, organisation keywords, titles
// ("President Volodymyr Zelenskyy" → person) and speech verbs ("Umerov said" → person).
import type { Entity, EntityType, Token } from "../../domain/doc.js";
import { spanOf } from "../../domain/span.js";
import { COUNTRIES, COUNTRY_ALIASES, DEMONYMS, ORGS, ORG_WORDS, PLACES } from "../gazetteer.js";
import { PORTFOLIO_PHRASES, TITLES } from "../../lexicon/offices.js";
import { SPEECH_AFTER_NAME } from "../../lexicon/attribution.js";
import { CLOSED_OPENERS, isFirstName, isNameParticle, KIN_NOUN, nameKey, PERSON_TITLES } from "../../lexicon/names.js";

const PLACE_SET = new Set<string>([...COUNTRIES, ...PLACES, ...Object.keys(COUNTRY_ALIASES)]);
const ORG_SET = new Set<string>(ORGS);
/** Capitalised words of office titles ("Transport", "Homeland", "Pensions"): stripped from the front of a titled name. */
const OFFICE_WORDS = new Set([...PORTFOLIO_PHRASES, ...Object.keys(TITLES)].flatMap((p) => p.split(/[\s,-]+/))
  .filter((w) => w.length > 2 && !/^(and|the|of|for)$/.test(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
const SPEECH = new Set(SPEECH_AFTER_NAME);
/** Words inside an organisation's name ("Bank of Iceland"); a person's name particles are `isNameParticle`. */
const CONNECTORS = new Set(["of", "for", "the"]);
const NOT_NAMES = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Its", "Our",
  "Their", "But", "And", "Or", "If", "When", "While", "As", "In", "On", "At", "For", "From", "With", "By", "After", "Before",
  "Despite", "Since", "Meanwhile", "However", "Still", "Yet", "Also", "Both", "Some", "Many", "Most", "All", "One", "Two",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "May", "June", "July", "August", "September", "October", "November", "December", "Share", "TAGGED", "Read", "More",
  "Yesterday", "Today", "Tomorrow", "Tonight", "Earlier", "Later", "Last", "Next",
  // Sentence adverbs that open a sentence before a name ("Then Teller took the stage", "Instead Ruiz said").
  "Then", "Now", "So", "Instead", "Indeed", "Even", "Only", "Thus", "Hence", "Moreover", "Furthermore", "Nevertheless",
  "Nonetheless", "Likewise", "Similarly", "Otherwise", "Finally", "Nor",
  // Subordinators and prepositions that open a sentence before a name ("Whether Pell runs", "Although Olsen said").
  ...CLOSED_OPENERS,
]);

/** Arabic names' article written with a hyphen, glued: "al-Sisi", "el-Baradei", "as-Sadr" (tokens "al", "-", "Sisi"). */
const ARABIC_ARTICLE = /^(?:al|el|as|ad|ar|an|ash|at|az|ad-Din)$/;
function arabicArticle(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k], h = tokens[k + 1], n = tokens[k + 2];
  return !!a && !!h && !!n && ARABIC_ARTICLE.test(a.text) && h.text === "-" && h.start === a.end && n.start === h.end && isCap(n) && n.sentence === a.sentence;
}

const isCap = (t: Token) => /^[A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'’.\-]*$/u.test(t.text) || /^[A-Z]{2,}$/.test(t.text) || t.text === "U.S.";

export function entities(text: string, tokens: readonly Token[]): Entity[] {
  const out: Entity[] = [];
  const headline = headlineSentences(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // ("“…,” al-Sisi said": a name opening with its article.)
    const article = arabicArticle(tokens, i) && !(i > 0 && isCap(tokens[i - 1]!) && tokens[i - 1]!.sentence === t.sentence);
    if (!article && (!isCap(t) || NOT_NAMES.has(t.text) && !isStartOfKnown(tokens, i) || t.kind !== "word")) { i++; continue; }
    // Grow a run of capitalised tokens in one sentence, allowing inner connectors ("Headquarters for the Treatment of Prisoners").
    let j = article ? i + 2 : i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1]!;
      if (n.sentence !== t.sentence) break;
      const cur = tokens[j]!;
      // Pieces of one word the tokenizer split: "Davuto|ğ|lu", "Jean|-|Marc", "Frank|-|Walter".
      if (n.start === cur.end && /^\p{L}+$/u.test(n.text) && /\p{L}$/u.test(cur.text)) { j++; continue; }
      const after = tokens[j + 2];
      if (n.text === "-" && n.start === cur.end && after && after.start === n.end && isCap(after) && after.sentence === t.sentence) { j += 2; continue; }
      if (isCap(n) && n.kind === "word" && !NOT_NAMES.has(n.text)) { j++; continue; }
      // "Abdel Fattah al-Sisi", "Mohamed el-Baradei": the article and its name go on the run.
      if (n.start === cur.end + 1 && arabicArticle(tokens, j + 1)) { j += 3; continue; }
      // "Pieter van der Berg", "Rosa de la Fuente": one to three name particles before the next capitalised word.
      if (isNameParticle(n.text) && n.start === cur.end + 1) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 3 && isNameParticle(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end + 1) k++;
        const nx = tokens[k];
        if (nx && k > j + 1 && isCap(nx) && nx.kind === "word" && nx.sentence === t.sentence && nx.start === tokens[k - 1]!.end + 1) { j = k; continue; }
      }
      if (CONNECTORS.has(n.text) && j + 2 < tokens.length && isCap(tokens[j + 2]!) && tokens[j + 2]!.sentence === t.sentence
        && n.start === tokens[j]!.end + 1) { j += 2; continue; }
      break;
    }
    const runTokens = tokens.slice(i, j + 1);
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
    for (const e of typeRun(text, tokens, i, runTokens)) {
      // In Title Case headlines and at a sentence start, capitalisation proves nothing: keep only known names.
      const known = PLACE_SET.has(e.span.text) || ORG_SET.has(e.span.text) || e.span.start !== t.start;
      if ((headline.has(t.sentence) || (sentenceStart && runTokens.length === 1)) && !known && !saysNext(tokens, j)) continue;
      out.push(e);
    }
    i = j + 1;
  }
  return out;
}

/** Sentences written in Title Case (most words capitalised, no closing full stop): headlines and subheads. */
function headlineSentences(tokens: readonly Token[]): Set<number> {
  const words = new Map<number, [number, number]>();
  const last = new Map<number, Token>();
  for (const t of tokens) {
    last.set(t.sentence, t);
    if (t.kind !== "word" || t.text.length < 4) continue;
    const c = words.get(t.sentence) ?? [0, 0];
    c[0]++;
    if (/^[A-Z]/.test(t.text)) c[1]++;
    words.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, [n, caps]] of words) {
    const end = last.get(s)?.text ?? "";
    if (n >= 2 && caps / n >= 0.6 && !/^[.!"”]$/.test(end)) out.add(s);
  }
  return out;
}

function saysNext(tokens: readonly Token[], j: number): boolean {
  const n = tokens[j + 1];
  return n !== undefined && SPEECH.has(n.lower);
}

function isStartOfKnown(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.text === "The" && tokens[i + 1] !== undefined && ["Hague", "Kremlin"].includes(tokens[i + 1]!.text);
}

function typeRun(text: string, all: readonly Token[], firstIndex: number, run: readonly Token[]): Entity[] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const surface = text.slice(first.start, last.end).replace(/['’]s$/u, "");
  const end = first.start + surface.length;
  const words = run.map((t) => t.text);
  const split = personOfPlace(text, all, firstIndex, run);
  if (split) return split;
  // Titles at the front announce a person: "U.S. Secretary of State Antony Blinken" → title words + name.
  let k = 0;
  let titled = false;
  while (k < run.length - 1 && isTitleWord(words[k]!)) {
    // After a title, a place word belongs to the title only after "of" ("Prime Minister of Ukraine Denys
    // Shmyhal"); otherwise it starts the name ("Secretary Chad Wolf").
    // ("Minister for Fisheries Aroha Ngata": "for" joins a portfolio to the title as "of" does.)
    if (titled && !PERSON_TITLES.has(bareTitle(words[k]!)) && !OFFICE_WORDS.has(words[k]!) && !/^(of|for|the|State|Affairs|General|Staff)$/.test(words[k]!) && !/^(of|for|the)$/.test(words[k - 1] ?? "")) break;
    if (PERSON_TITLES.has(bareTitle(words[k]!))) titled = true;
    k++;
  }
  if (titled) {
    const nameTokens = run.slice(k);
    const nStart = nameTokens[0]!.start;
    const name = text.slice(nStart, end);
    // ("Secretary of Defense", "Minister for Transport": an office with no name after it; nobody is
    // written "Secretary of Smith".)
    // ("Secretary of Homeland Security": the last word of a portfolio after a portfolio word is no name either;
    // "Gov. Justice" keeps its name, a title word right after a title.)
    const office = nameTokens.length === 1 && (/^(?:of|for)$/.test(words[k - 1] ?? "")
      || (k >= 2 && OFFICE_WORDS.has(nameTokens[0]!.text) && !PERSON_TITLES.has(bareTitle(words[k - 1]!)) && isTitleWord(words[k - 1]!)));
    if (name.length > 1 && !office && !PLACE_SET.has(name) && !ORG_SET.has(name) && !nameTokens.some((t) => ORG_WORDS.has(t.text))) {
      return [make(text, "person", nStart, end, first.sentence)];
    }
  }
  // "Russia-Ukraine talks": two places joined by a hyphen, not one name.
  if (surface.includes("-")) {
    const parts = surface.split("-");
    if (parts.length > 1 && parts.every((p) => PLACE_SET.has(p))) {
      let at = first.start;
      return parts.map((p) => { const e = make(text, "place", at, at + p.length, first.sentence); at += p.length + 1; return e; });
    }
  }
  const type = classify(surface, surface.split(/\s+/), all, firstIndex, run.length);
  // "Senate Majority Leader Ann Lee", "Supreme Court Justice Ann Lee", "Police Chief Tom Ward": a body's
  // name, then a title, then a person's name — the person, not the body.
  if (type === "org") {
    const split = bodyTitleName(text, run);
    if (split) return [split];
  }
  if (type === null) {
    // "Former Oregon Gov. Tom Brandt", "Kenya's Ambassador to the UN Ruth Wambui": words the title loop does
    // not know (a state missing from the gazetteer) before a title, then a name — the person after the title.
    const split = bodyTitleName(text, run);
    return split ? [split] : [];
  }
  return [make(text, type, first.start, end, first.sentence)];
}

/** Last words of a name before "of" that make it a body or a place, not a person ("Islamic State of Iraq", "Republic of Ireland"). */
const NOT_PERSON_BEFORE_OF = /^(?:State|States|Republic|Kingdom|Emirates|Empire|Islands?|Isle|Coast|District|Province|County|City|Town|Port|Bay|Gulf|Sea|Lake|Cape|Mount|Statue|Bill|Declaration|Order|Knights|Sisters|Brothers|Daughters|Sons|Friends|Duke|Duchess|Prince|Princess|King|Queen|Lord|Lady|Earl|Count|Countess|Archbishop|Bishop|Mayor|Governor)$/;

/**
 * "Michael Brown of Washington", "Sen. Ana Ruiz of Texas", "Hana Ito of Westbrook University": a person, then
 * "of" and the place or body they come from — two entities, not one run that is no name at all (or a college).
 * The part before "of" is a person when a title or a known first name opens it, or a speech verb or an
 * appositive follows the run ("Dale Kim of Metro Transit said", "Ann Lee of Dover, a nurse,"), or its last
 * word stands alone elsewhere in the text ("… Lal said").
 */
function personOfPlace(text: string, all: readonly Token[], firstIndex: number, run: readonly Token[]): Entity[] | null {
  const of = run.findIndex((t, i) => i > 0 && t.text === "of");
  if (of < 0 || of === run.length - 1) return null;
  let s = 0;
  while (s < of - 1 && isTitleWord(run[s]!.text) && !/^(?:of|for)$/.test(run[s]!.text)) s++;
  const titled = s > 0 && run.slice(0, s).some((t) => PERSON_TITLES.has(bareTitle(t.text)));
  const name = run.slice(s, of);
  if (name.length === 0 || name.length > 4 || (!titled && name.length < 2)) return null;
  const ws = name.map((t) => t.text);
  if (!ws.every((w) => PERSON_WORD.test(w) || /^[A-Z]\.$/.test(w))) return null;
  if (ws.some((w) => ORG_WORDS.has(w) || PLACE_SET.has(w) || OFFICE_WORDS.has(w) || isTitleWord(w) || OUTLET_WORDS.has(w))) return null;
  if (NOT_PERSON_BEFORE_OF.test(ws[ws.length - 1]!) || PLACE_SET.has(ws.join(" ")) || ORG_SET.has(ws.join(" "))) return null;
  const rest = run.slice(of + 1);
  const next = all[firstIndex + run.length];
  const next2 = all[firstIndex + run.length + 1];
  const last = ws[ws.length - 1]!.replace(/\.$/, "");
  // (Read only when nothing else settles it; the word first, then a look behind it: tried at every position, the
  // look-behind made the pattern several times slower.)
  const elsewhere = () => [...text.matchAll(new RegExp(`${last}(?<![\\p{L}'’.-]${last})(?![\\p{L}'’-])`, "gu"))].some((m) => m.index! < name[0]!.start || m.index! >= rest[rest.length - 1]!.end);
  const person = titled || isFirstName(ws[0]!) || (next !== undefined && SPEECH.has(next.lower))
    || (next?.text === "," && next2 !== undefined && /^(?:who|a|an|the|\d+)$/.test(next2.lower)) || elsewhere();
  if (!person) return null;
  const sentence = run[0]!.sentence;
  const out = [make(text, "person", name[0]!.start, name[name.length - 1]!.end, sentence)];
  const from = rest[0]!.start;
  const surface = text.slice(from, rest[rest.length - 1]!.end).replace(/['’]s$/u, "");
  const type = PLACE_SET.has(surface) ? "place" : classify(surface, surface.split(/\s+/), all, firstIndex + of + 1, rest.length);
  // (A rest read as a person's name is no place or body we know: "of Metro Transit said" types nothing.)
  if (type !== null && type !== "person") out.push(make(text, type, from, from + surface.length, sentence));
  return out;
}

/** Titles that end a body's title before a name ("… Majority Leader", "… Committee Chairman", "… Court Justice"). */
const HEAD_TITLES = new Set(["Leader", "Whip", "Chairman", "Chairwoman", "Chair", "Chairperson", "Justice", "Chief", "Speaker", "Director",
  "Secretary", "President", "Commissioner", "Judge", "Treasurer", "Spokesman", "Spokeswoman", "Spokesperson", "Governor", "Mayor",
  "Senator", "Sen.", "Rep.", "Representative", "Gov.", "Ambassador", "Sheriff", "Superintendent", "Administrator", "Counsel"]);
/** A surname prefix before a second capital: "McConnell", "MacArthur", "O'Rourke", "DeSantis", "LeBron", "DiMaggio". */
const PREFIX = "(?:(?:Mc|Mac|O['’]|D[eiau]|L[ae]|Van|Von)(?=\\p{Lu}))?";
const NAME_WORD = new RegExp(`^(?:${PREFIX}\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?\\p{Ll}+)*|[A-Z]\\.)$`, "u");

function bodyTitleName(text: string, run: readonly Token[]): Entity | null {
  let t = -1;
  for (let k = run.length - 2; k >= 1; k--) if (HEAD_TITLES.has(run[k]!.text)) { t = k; break; }
  if (t < 0) return null;
  const rest = run.slice(t + 1);
  if (rest.length > 4 || !rest.every((x) => NAME_WORD.test(x.text) && !ORG_WORDS.has(x.text) && !HEAD_TITLES.has(x.text) && !PERSON_TITLES.has(x.text))) return null;
  const start = rest[0]!.start, end = rest[rest.length - 1]!.end;
  const name = text.slice(start, end).replace(/['’]s$/u, "");
  if (PLACE_SET.has(name) || ORG_SET.has(name)) return null;
  return make(text, "person", start, start + name.length, run[0]!.sentence);
}

/** "Ex-Chancellor", "Then-President", "Vice-President" → the title word. */
const bareTitle = (w: string) => w.replace(/^(?:Ex|Then|Vice|Deputy|Acting)-/, "");

function isTitleWord(w: string): boolean {
  if (bareTitle(w) !== w) return isTitleWord(bareTitle(w));
  const bare = w.replace(/['’]s$/u, "");
  return PERSON_TITLES.has(w) || OFFICE_WORDS.has(w) || /^(Former|Ex|Then|Acting|Outgoing|Late|Incoming|Interim|Assistant|Associate|Executive|District|Circuit|Superior|Senior|Republican|Democratic|GOP)$/.test(w) || DEMONYMS[w] !== undefined || COUNTRY_ALIASES[bare] !== undefined || PLACE_SET.has(bare)
    || /^(of|for|State|Affairs|Foreign|General|Staff|Defence|Defense|Security|National|Human|Rights|Ministry|Kremlin|White|House)$/.test(w);
}

/** Words for a feature of the land or sea that end a place's name. */
const GEO_HEAD = /^(?:Sea|Ocean|River|Lake|Bay|Gulf|Straits?|Islands?|Isles?|Peninsula|Valley|Desert|Mountains|Hills|Canal|Coast|Channel|Fjord|Glacier|Delta|Plateau|Basin|Reef|Lagoon|Estuary|Archipelago|Highlands|Lowlands|Steppe|Plain|Plains|Falls|Creek|Harbou?r)$/;

/** Masthead words of papers and broadcasters that the gazetteer's organisation words leave out. */
const OUTLET_WORDS = new Set(["Herald", "Tribune", "Journal", "Gazette", "Telegraph", "Chronicle", "Inquirer", "Examiner", "Courier",
  "Magazine", "Radio", "Television", "Broadcasting", "Newspaper", "Daily", "Weekly"]);

/** Organisation words that are common surnames ("the Red Cross" / "Mike Cross"). */
const SURNAME_ORG_WORDS = new Set(["Cross", "Post", "Press", "Church", "Court", "Guard", "Banks", "Marshal"]);

const PERSON_WORD = new RegExp(`^${PREFIX}\\p{Lu}[\\p{Ll}'’]+(-\\p{Lu}?[\\p{Ll}]+)*\\.?$`, "u");

/** Lower-case nouns for a business or body that news writes right before its one-word name ("the shipping group Maersk"). */
const BODY_BEFORE_NAME = /^(?:group|company|firm|conglomerate|carmaker|automaker|chipmaker|drugmaker|planemaker|airline|bank|lender|insurer|retailer|supermarket|broadcaster|utility|startup|start-up|manufacturer|charity|regulator|giant)$/;

function classify(surface: string, words: readonly string[], all: readonly Token[], firstIndex: number, n: number): EntityType | null {
  if (PLACE_SET.has(surface)) return "place";
  // "Mike Cross", "Frank Church", "Emily Post": a first name, then an organisation word that is a surname too.
  if (words.length === 2 && isFirstName(words[0]!) && SURNAME_ORG_WORDS.has(words[1]!) && !ORG_SET.has(surface)) return "person";
  if (ORG_SET.has(surface) || words.some((w) => ORG_WORDS.has(w))) return "org";
  // A paper or broadcaster by its masthead word ("the Nairobi Herald reported", "Radio Bremen said"), not a person.
  if (words.length >= 2 && words.some((w) => OUTLET_WORDS.has(w)) && !isFirstName(words[0]!)) return "org";
  // Nationality adjectives and their plurals are not names ("Russian", "Ukrainians", "Western").
  if (DEMONYMS[surface] !== undefined || DEMONYMS[surface.replace(/s$/, "")] !== undefined) return null;
  if (/^(Western|Eastern|Northern|Southern|Verifiable|European|Soviet|Allied)\b/.test(surface) && !PLACE_SET.has(surface)) return null;
  // An acronym, or a station's call letters ("KEYT-TV", "WRAL-FM"): a body.
  if (/^[A-Z]{2,6}(?:-(?:TV|FM|AM|DT))?$/.test(surface)) return "org";
  const prev = all[firstIndex - 1];
  const next = all[firstIndex + n];
  const next2 = all[firstIndex + n + 1];
  // "the shipping group Maersk said", "carmaker Volvo says": one word after a lower-case noun for a business or
  // body is that body, whatever verb follows (not a noun for a person's trade: "miner Berg", "publisher Lind").
  if (n === 1 && prev && BODY_BEFORE_NAME.test(prev.text)) return "org";
  if (next && SPEECH.has(next.lower)) return "person";
  if (prev && SPEECH.has(prev.lower) && prev.sentence === all[firstIndex]!.sentence) return "person";
  // ("In Benin City, the state governor said": after "in" and before a comma, a place opening the sentence, unless a
  // first name opens it: "a statement from Ann Lee, the mayor".)
  if (prev && /^(?:in|near|outside|across)$/.test(prev.lower) && n <= 2 && next?.text === "," && !isFirstName(words[0]!)) return "place";
  if (next && next.text === "," && next2 && /^(who|a|an|the|aged|\d+)$/.test(next2.lower)) return "person";
  // "Her husband, Taras, waited outside", "his daughter, Mia, 7,": a lone name set off by commas after a
  // possessive and a noun for a relative or companion is that person.
  const rel = all[firstIndex - 2], owner = all[firstIndex - 3];
  if (n === 1 && prev?.text === "," && next?.text === "," && rel && owner && KIN_NOUN.test(rel.lower) && (/^(?:his|her|their|my|our)$/.test(owner.lower) || /['’]s?$/.test(owner.text))) return "person";
  if (prev && /^(in|from|to|near|across|outside|inside|into|at)$/.test(prev.lower) && n <= 2) return "place";
  // "the Barents Sea", "the Mekong Delta", "Lake Kivu"'s neighbour "the Rift Valley": a name that ends in a word for a
  // feature of the land or sea names a place — unless it opens with a first name ("Michael Bay", "Ricki Lake").
  if (words.length >= 2 && GEO_HEAD.test(words[words.length - 1]!) && !isFirstName(words[0]!)) return "place";
  // Two to four capitalised words that are not a place or organisation read as a person's name, with any
  // particles between them ("Pieter van der Berg", "Luiz Inácio Lula da Silva").
  const caps = words.filter((w) => !isNameParticle(w));
  if (caps.length >= 2 && caps.length <= 4 && words.every((w) => PERSON_WORD.test(w) || /^[A-Z]\.$/.test(w) || isNameParticle(w))) return "person";
  return null;
}

function make(text: string, type: EntityType, start: number, end: number, sentence: number): Entity {
  const span = spanOf(text, start, end);
  return { kind: "entity", type, span, key: nameKey(span.text), sentence };
}

/** Resolve later single-word mentions ("Zelenskyy") to a person named in full earlier in the same article. */
export function linkSurnames(text: string, tokens: readonly Token[], found: readonly Entity[]): Entity[] {
  const persons = new Map<string, Entity>();
  for (const e of found) if (e.type === "person") persons.set(e.span.text.split(/\s+/).pop() ?? "", e);
  const covered = new Set<number>();
  for (const e of found) for (let p = e.span.start; p < e.span.end; p++) covered.add(p);
  const extra: Entity[] = [];
  for (const t of tokens) {
    if (covered.has(t.start)) continue;
    const bare = t.text.replace(/['’]s$/u, "");
    const p = persons.get(bare);
    if (p && isCap(t)) extra.push({ ...make(text, "person", t.start, t.start + bare.length, t.sentence), key: p.key });
  }
  // "In Ryan’s words" after "House Speaker Paul Ryan": a surname read as a place after "in" is the person named
  // in full before (not a listed place: "Paul Georgia … in Georgia" stays a place).
  const kept = found.map((e) => {
    if (e.type !== "place" || PLACE_SET.has(e.span.text) || e.span.text.includes(" ")) return e;
    const p = persons.get(e.span.text);
    return p && p.span.text.includes(" ") && p.span.end <= e.span.start ? { ...e, type: "person" as const, key: p.key } : e;
  });
  return [...kept, ...extra].sort((a, b) => a.span.start - b.span.start);
}
