// Parties of a conflict or dispute, read from the article itself: which country or armed group a
// cited source belongs to. A source says its party in the words news uses for any country — a
// nationality ("the Sudanese army", "Azerbaijani state media"), a country's possessive ("Thailand's
// foreign ministry"), a capital standing for its government ("Caracas said"), a seat of government
// ("the Kremlin"), a state news agency ("Xinhua") — or for any group: a name before a word for
// fighters ("M23 rebels", "Houthi military spokesman", "Houthi-run"), or an organisation with a
// military word ("the Rapid Support Forces", also as "RSF"). People are placed by how the article
// introduced them ("Azerbaijani President Ilham Aliyev" → a later "Aliyev said" is Azerbaijan's),
// and a bare "the army" or "the government" by the one country whose institutions the article names.
import { ORG_WORDS } from "../annotate/gazetteer.js";
import type { Doc } from "../domain/doc.js";
import { COUNTRIES, COUNTRY_ALIASES, DEMONYMS, GOVERNMENT_SEATS as SEATS } from "../lexicon/countries.js";
import { STATE_MEDIA } from "../lexicon/media.js";

export interface Party {
  /** Country name, or the group's name as written ("M23", "Houthi"). */
  readonly key: string;
  readonly group: boolean;
}

const STATE_MEDIA_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(STATE_MEDIA).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "gu");

/** Words for a state's organs: a source naming one speaks for a party. */
const STATE_WORDS = /\b(?:government|ministry|minister|ministers|president|presidency|prime minister|premier|cabinet|officials?|authorities|army|military|armed forces|forces|troops|navy|air force|coast guard|border guard|border service|defen[cs]e|foreign|interior|spokes(?:man|woman|person)|embassy|ambassador|envoy|delegation|ombudsman|junta|regime|state media|state television|state tv|state broadcaster|state news agency|news agency|guards|command|headquarters|general staff|chief of staff|intelligence|security services?)\b/i;
const MEDIA_WORDS = /\bstate(?:-run|-owned|-controlled)?\s+(?:media|television|tv|broadcaster|radio|news agency|newspaper|outlet)\b|\bstate-run\b|\bnews agency\b|\bbroadcaster\b/i;
/** Words for fighters of a group that is not a state: "M23 rebels", "Fano militiamen", "Houthi-run". */
const GROUP_WORDS = "rebels?|rebellion|militants?|militia(?:s|men)?|fighters?|group|movement|guerrillas?|insurgents?|paramilitar(?:y|ies)|jihadists?|military spokesman|spokesman|spokeswoman|commanders?";
const GROUP_NAME = new RegExp(String.raw`\b(\p{Lu}[\p{L}\d]*|\p{Lu}{2,}\d*)(?:-(?:run|led|backed|controlled|aligned))?\s+(?:${GROUP_WORDS})\b|\b(\p{Lu}[\p{L}\d]*)-(?:run|led|controlled)\b`, "gu");
/** An organisation with a military word: "the Rapid Support Forces", "the Arakan Army". */
const ARMED_ORG = /\b((?:\p{Lu}[\p{L}'’-]+\s+){1,4}(?:Forces|Army|Front|Brigades?|Movement|Guard|Liberation Army|Militia))\b/gu;
const NON_STATE = /^(?:Free|Democratic|Liberation|Islamic|Popular|People['’]s|Resistance|Revolutionary|Rebel|Patriotic|Salvation|Mujahideen|Volunteer|National Liberation)$/;

/** Generic words that refer back to the article's one named group. */
const GENERIC_GROUP = /\b(?:the|a|an) (?:rebels?|rebel group|militants?|militant group|militia|insurgents?|guerrillas?|paramilitar(?:y|ies)|paramilitary group|paramilitary force|armed group|group)\b/i;
/** Bare national institutions: "the army", "the federal army", "the military-led government". */
const BARE_INSTITUTION = /^(?:the\s+)?(?:(?:federal|national|central|military-led|military|interim|transitional|regional)\s+)?(?:army|military|government|armed forces|defen[cs]e ministry|foreign ministry|interior ministry|ministry|president|prime minister|military government|junta|authorities|general staff|air force|navy|coast guard)\b|^(?:army|military|defen[cs]e|foreign ministry|government) (?:spokes(?:man|woman|person)|officials?|sources|chief|commanders?|'s chief of staff)/i;

const DEMONYM_OF: ReadonlyMap<string, string> = new Map(Object.entries(DEMONYMS));
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);
const ADJECTIVE_OF = new Map<string, string>();
for (const [adj, country] of Object.entries(DEMONYMS)) {
  if (!/^\p{Lu}\p{Ll}/u.test(adj)) continue;
  // "South Korean" over "Korean" for South Korea: the adjective that carries the name's first word wins.
  const first = country.split(" ")[0]!;
  if (!ADJECTIVE_OF.has(country) || (country.includes(" ") && adj.startsWith(`${first} `))) ADJECTIVE_OF.set(country, adj);
}
const derived = new Map<string, string | null>();

/** "Malian" → Mali, "Cambodian" → Cambodia, "Philippine" → Philippines: a nationality word the list lacks. */
export function countryOfWord(word: string): string | null {
  const w = word.replace(/['’]s$/, "");
  const listed = DEMONYM_OF.get(w) ?? (COUNTRY_SET.has(w) ? w : null) ?? COUNTRY_ALIASES[w] ?? null;
  if (listed) return listed;
  if (!/^\p{Lu}\p{Ll}{2,}(?:an|ian|ean|ese|i|ine|ar|ish|ic|ite)$/u.test(w)) return null;
  const hit = derived.get(w);
  if (hit !== undefined) return hit;
  let found: string | null = null;
  for (const c of COUNTRIES) {
    const first = c.split(/[\s-]/)[0]!;
    let k = 0;
    while (k < first.length && k < w.length && first[k] === w[k]) k++;
    if ((k >= 4 && k >= first.length - 2 && first.length >= 4) || (k >= 6 && k >= first.length - 3)) { found = c; break; }
  }
  derived.set(w, found);
  return found;
}

/** The adjective for a party in labels: "Indian", "Russian", or the name itself ("Mali", "M23"). */
export function partyLabel(p: Party): string {
  return p.group ? p.key : ADJECTIVE_OF.get(p.key) ?? p.key;
}

export interface DocParties {
  /** Surname → party, from "Azerbaijani President Ilham Aliyev" or "Mao Ning, China's foreign ministry spokeswoman". */
  readonly people: ReadonlyMap<string, Party>;
  /** Named groups in the text, with acronyms of multi-word names. */
  readonly groups: readonly { name: string; acronym: string | null }[];
  /** The one country whose institutions the article names, for a bare "the army". */
  readonly homeCountry: string | null;
  /** Every party the text mentions at all. */
  readonly mentioned: ReadonlySet<string>;
}

/** Capitalised words at a sentence start that are not names. */
const NOT_A_NAME = /^(?:Says|Said|Tells|Told|Warns|Yet|But|And|However|Still|Meanwhile|Also|Then|Now|So|Thus|Moreover|Instead|Later|Earlier|Today|Global|World|International|Western|Eastern|Northern|Southern|Local|Regional|Senior|Top|Former|New|Some|Many|Several|Both|All|Other|Its|Their|His|Her|Our|The|This|That|These|Those|When|While|After|Before)$/;

const TITLE_WORDS = String.raw`(?:President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Interior Minister|Minister|Chancellor|King|Emir|Crown Prince|General|Gen\.|Commander|Chief|Spokes(?:man|woman|person)|Ambassador|Envoy|Secretary|Leader|Ombudsman|[a-z]+ (?:minister|ministry spokes(?:man|woman|person)|spokes(?:man|woman|person))|foreign ministry spokes(?:man|woman|person)|army spokes(?:man|woman)|military spokes(?:man|woman))`;
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)`;
const INTRO_BEFORE = new RegExp(String.raw`\b((?:North |South |New |Sri |El |Saudi |Costa |Ivory )?\p{Lu}[\p{L}-]+(?:['’]s)?)\s+(?:(?:state|military|army|government|foreign ministry|defen[cs]e ministry)\s+)?${TITLE_WORDS}\s+${NAME}`, "gu");
const INTRO_AFTER = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:['’]s)?)\s+(?:[\p{Ll}-]+\s+){0,3}(?:minister|president|spokes(?:man|woman|person)|commander|leader|envoy|ambassador|chief)`, "gu");

/** The role word every INTRO_AFTER match ends in: a text without one is not scanned. */
const INTRO_AFTER_ROLE = /minister|president|spokes|commander|leader|envoy|ambassador|chief/;

const cache = new WeakMap<Doc, DocParties>();

/** The parties of one article, with the people its role mentions place ("U.S. Secretary of State Antony Blinken"). */
export function partiesOf(doc: Doc, story: readonly Doc[] = []): DocParties {
  let own = cache.get(doc);
  if (!own) {
    own = docParties(doc.article.text);
    const people = own.people as Map<string, Party>;
    for (const r of doc.roles) {
      if (!r.country || r.tense === "former") continue;
      const surname = doc.article.text.slice(r.personSpan.start, r.personSpan.end).trim().split(/\s+/).pop();
      if (surname && surname.length >= 3 && !people.has(surname)) people.set(surname, { key: r.country, group: false });
    }
    cache.set(doc, own);
  }
  if (story.length <= 1) return own;
  // People introduced in another article of the story ("Russian President Vladimir Putin" in one, "Putin said" in another).
  const people = new Map(own.people);
  for (const [k, v] of storyPeople(story)) if (!people.has(k)) people.set(k, v);
  const mine = own;
  return {
    people, groups: mine.groups,
    get homeCountry() { return mine.homeCountry; },
    get mentioned() { return mine.mentioned; },
  };
}

const storyCache = new WeakMap<readonly Doc[], Map<string, Party>>();

/**
 * Everyone the story's articles place, the first article to place a name winning: built once per
 * story, not once per article (that was quadratic in the story's size). For one article, a name it
 * places itself wins over this; a name it does not place comes from the first other article that
 * does, which is this map's entry.
 */
function storyPeople(story: readonly Doc[]): Map<string, Party> {
  let all = storyCache.get(story);
  if (!all) {
    all = new Map();
    for (const d of story) for (const [k, v] of partiesOf(d).people) if (!all.has(k)) all.set(k, v);
    storyCache.set(story, all);
  }
  return all;
}

export function docParties(text: string): DocParties {
  const people = new Map<string, Party>();
  const groups: { name: string; acronym: string | null }[] = [];
  const addPerson = (owner: string, name: string) => {
    const p = partyOfWord(owner, groups);
    const surname = name.trim().split(/\s+/).pop();
    if (p && surname && surname.length >= 3 && !NOT_A_NAME.test(surname)) people.set(surname, p);
  };
  for (const m of text.matchAll(GROUP_NAME)) {
    const name = (m[1] ?? m[2] ?? "").replace(/s$/, "");
    if (!name || countryOfWord(name) || ORG_WORDS.has(name) || NOT_A_NAME.test(name) || /^(?:The|A|An|Army|Military|Government|State|Rebel|Its|Their|His|Her|Our|This|That|Some|Many|Several|Two|Three|Local|Federal|National|Armed|Police)$/.test(name) || SEATS[name]) continue;
    if (!groups.some((g) => g.name === name)) groups.push({ name, acronym: null });
  }
  for (const m of text.matchAll(ARMED_ORG)) {
    const name = m[1]!.replace(/^(?:(?:The|An|A|Its|Their|Both|Fighters|Members|Soldiers|Units) (?:of )?)+/, "").trim();
    if (!/\s/.test(name)) continue;
    const words = name.split(/\s+/);
    // "Sudanese Armed Forces" are a state's; "Free Syrian Army", "Syrian Democratic Forces" are groups.
    if (words.some((w) => countryOfWord(w)) && !words.some((w) => NON_STATE.test(w))) continue;
    if (!groups.some((g) => g.name === name)) groups.push({ name, acronym: words.map((w) => w[0]).join("").toUpperCase() });
  }
  for (const m of text.matchAll(INTRO_BEFORE)) addPerson(m[1]!, m[2]!);
  if (INTRO_AFTER_ROLE.test(text)) for (const m of text.matchAll(INTRO_AFTER)) addPerson(m[2]!, m[1]!);
  // The home country and the parties mentioned are read on first use: few subjects need them, and
  // their scans of every capitalised phrase were a third of this function's time.
  let home: { readonly country: string | null } | null = null;
  let mentioned: Set<string> | null = null;
  return {
    people, groups,
    get homeCountry() { return (home ??= { country: homeCountryOf(text) }).country; },
    get mentioned() { return (mentioned ??= mentionedIn(text, groups)); },
  };
}

/** The one country whose organs the article names ("the Sudanese army", "Ethiopia's state broadcaster"), or null. */
function homeCountryOf(text: string): string | null {
  const organs = new Map<string, number>();
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:army|military|government|armed forces|ministry|president|prime minister|coast guard|navy|state (?:media|television|broadcaster|news agency)|troops|forces|officials)\b/gu)) {
    const c = countryOfPhrase(m[1]!);
    if (c) organs.set(c, (organs.get(c) ?? 0) + 1);
  }
  return organs.size === 1 ? [...organs.keys()][0]! : null;
}

/** Every party the text mentions: countries, their capitals and seats, and its named groups. */
function mentionedIn(text: string, groups: readonly { name: string }[]): Set<string> {
  const mentioned = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu)) {
    const c = countryOfPhrase(m[0]) ?? SEATS[m[0]] ?? null;
    if (c) mentioned.add(c);
  }
  for (const g of groups) mentioned.add(g.name);
  return mentioned;
}

// Capitalised phrases repeat across articles ("The", "Police", "Mr Smith"): their answers are kept
// (pure, bounded) so each is worked out once per process rather than once per mention.
const phraseCountry = new Map<string, string | null>();

function countryOfPhrase(phrase: string): string | null {
  let c = phraseCountry.get(phrase);
  if (c === undefined) {
    if (phraseCountry.size >= 50_000) phraseCountry.clear();
    c = countryOfPhraseUncached(phrase);
    phraseCountry.set(phrase, c);
  }
  return c;
}

function countryOfPhraseUncached(phrase: string): string | null {
  const clean = phrase.replace(/['’]s$/, "");
  if (COUNTRY_SET.has(clean)) return clean;
  // "North Korean", "South African": a nationality of two words before its parts ("Korean" alone is the South's).
  const twoWord = DEMONYM_OF.get(clean) ?? DEMONYM_OF.get(clean.split(/\s+/).slice(-2).join(" "));
  if (twoWord) return twoWord;
  if (COUNTRY_ALIASES[clean] && !SEATS[clean]) return COUNTRY_ALIASES[clean]!;
  for (const w of clean.split(/\s+/)) {
    const c = countryOfWord(w);
    if (c && !SEATS[w]) return c;
  }
  return DEMONYM_OF.get(clean) ?? null;
}

function partyOfWord(word: string, groups: readonly { name: string; acronym: string | null }[]): Party | null {
  const c = countryOfPhrase(word) ?? SEATS[word.replace(/['’]s$/, "")] ?? null;
  if (c) return { key: c, group: false };
  const g = groups.find((x) => x.name === word.replace(/['’]s$/, ""));
  return g ? { key: g.name, group: true } : null;
}

// The pattern of a group's name (or acronym) in a subject, made once per name rather than once per subject.
const groupPatterns = new Map<string, RegExp>();

function groupPattern(g: { name: string; acronym: string | null }): RegExp {
  const key = `${g.name}\u0000${g.acronym ?? ""}`;
  let re = groupPatterns.get(key);
  if (!re) {
    if (groupPatterns.size >= 10_000) groupPatterns.clear();
    re = new RegExp(`(?:^|[^\\p{L}])(?:${escape(g.name)}${g.acronym && g.acronym.length >= 2 ? `|${escape(g.acronym)}` : ""})(?:s|-run|-led)?(?![\\p{L}])`, "u");
    groupPatterns.set(key, re);
  }
  return re;
}

export interface SourceParty {
  readonly party: Party;
  readonly media: boolean;
}

/**
 * The party a cited subject speaks for, or null: "The Indian Army" → India; "Xinhua" → China (state
 * media); "Caracas" → Venezuela; "M23 spokesman Lawrence Kanyuka" → M23; "the rebel group" → the
 * article's one named group; "the federal army" → the article's home country.
 */
export function sourceParties(subject: string, parties: DocParties | (() => DocParties)): SourceParty[] {
  const out: SourceParty[] = [];
  // Most subjects ("police said", "officials said") name no party: skip reading the article's parties for them.
  if (!/\p{Lu}/u.test(subject) && !GENERIC_GROUP.test(`the ${subject.replace(/^(?:the|a|an)\s+/i, "")}`) && !BARE_INSTITUTION.test(subject.trim())) return out;
  const ctx = typeof parties === "function" ? parties() : parties;
  const add = (party: Party, media: boolean) => {
    if (!out.some((o) => o.party.key === party.key)) out.push({ party, media });
  };
  const media = MEDIA_WORDS.test(subject);
  for (const m of subject.matchAll(STATE_MEDIA_RE)) add({ key: STATE_MEDIA[m[1]!]!, group: false }, true);
  // The agency's own name ("Korean Central News Agency") says nothing more.
  if (out.length > 0) subject = subject.replace(STATE_MEDIA_RE, " ");
  for (const g of ctx.groups) {
    const re = groupPattern(g);
    if (re.test(subject)) {
      add({ key: g.name, group: true }, media);
      // The group's own words ("Free Syrian Army") say nothing of a state.
      subject = subject.replace(re, " ");
    }
  }
  // A capital speaks for its government when the subject is about the state, or is only capitals ("Both Moscow and Kyiv").
  const onlyPlaces = subject.replace(/\p{Lu}[\p{L}'’.-]+/gu, (w) => (SEATS[w] || /^(?:Both|The|And)$/.test(w) ? "" : "X")).search(/X/) < 0;
  const stateish = STATE_WORDS.test(subject) || MEDIA_WORDS.test(subject) || onlyPlaces;
  for (const m of subject.matchAll(/\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/gu)) {
    const phrase = m[0];
    const seat = SEATS[phrase] ?? SEATS[phrase.replace(/^The\s+/, "")];
    if (seat) { add({ key: seat, group: false }, media); continue; }
    // A country of several words first ("North Korea's defence ministry" is not "Korea").
    const bare = phrase.replace(/^The\s+/, "").replace(/['’]s$/, "");
    const twoWords = bare.split(/\s+/).slice(0, 2).join(" ");
    const whole = /\s/.test(bare) ? (COUNTRY_SET.has(bare) ? bare : DEMONYM_OF.get(twoWords) ?? (COUNTRY_SET.has(twoWords) ? twoWords : null)) : null;
    if (whole && stateish) { add({ key: whole, group: false }, media); continue; }
    for (const w of phrase.split(/\s+/)) {
      const seatWord = SEATS[w.replace(/['’]s$/, "")];
      if (seatWord && stateish) { add({ key: seatWord, group: false }, media); break; }
      const c = countryOfWord(w);
      if (c && stateish) { add({ key: c, group: false }, media); break; }
      const person = ctx.people.get(w.replace(/['’]s$/, ""));
      if (person) { add(person, media); break; }
    }
  }
  if (out.length === 0 && ctx.groups.length === 1 && GENERIC_GROUP.test(`the ${subject.replace(/^(?:the|a|an)\s+/i, "")}`) && !/\b(?:army|military|government)\b/i.test(subject)) {
    add({ key: ctx.groups[0]!.name, group: true }, media);
  }
  if (out.length === 0 && BARE_INSTITUTION.test(subject.trim()) && ctx.homeCountry) add({ key: ctx.homeCountry, group: false }, media);
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
