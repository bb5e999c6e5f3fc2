// Who said what, on PolNeAR (../shared/eval/quotes/dev.jsonl.gz: US political news, 2015–16, with
// human attribution labels: source, cue, content spans). The annotator was built looking at the
// dataset's `train` split only; `dev` is the report part. Run: npx tsx eval/run.ts ../shared/eval quotes
//
// What is measured (direct quotes only):
// - A gold direct quote is an attribution whose content contains a double quotation mark (" “ ” « »),
//   taken from one annotator per article (the one with the most attributions; 24 articles have six).
//   Single quotes are left out of the definition: ’ is mostly an apostrophe.
// - recall: share of gold direct quotes whose content span some found quote overlaps.
// - precision: share of found quotes that overlap the content of any gold attribution (direct or
//   indirect, any annotator) — a found quote nobody attributed (a title, a scare quote) is wrong.
// - speaker right: among gold direct quotes whose source names someone — a capitalised name or
//   organisation word besides titles, articles and party adjectives ("Sen. Ted Cruz", "the Clinton
//   campaign", "CNN"; places and nationalities do not name anyone: "the Florida senator" is a
//   description) — the found quote's speaker shares a name word with the gold source
//   ("Cruz" ~ "Sen. Ted Cruz"); a word capitalised only because it opens the sentence ("Others", "Police",
//   "Two military analysts") is no name (`sourceWords`). Printed over all such gold quotes (a missed quote counts as wrong)
//   and over the found ones.
// - pronoun speakers: a gold source that is a pronoun ("he", "she", "they") has no gold antecedent in
//   PolNeAR, so its antecedent is taken as the nearest earlier gold source by the same annotator, within
//   1,000 characters, that names someone; right when the found speaker shares a name word with that.
//   "He" and "she" point back only to a source that can be one person (`onePerson`: not "The New York
//   Times", "Fact-checkers", "a Marist poll"), and not to a source shown to be of the other gender
//   (`sourceGender`: "she" skips "Sen. Gregory Hale" and a "Hale" the article writes as "Gregory Hale";
//   "he" skips "Mrs. Lee"). Pronoun quotes with no such antecedent, and descriptions
//   ("a campaign aide"), are counted apart.
// - nested sources: PolNeAR often marks only the outer attribution of `“…,” Ann Lee said, according to
//   CNN` (source CNN, content `“…,” Ann Lee said`), with no inner attribution. The quoted words are Ann
//   Lee's, so a found speaker named next to a speech verb inside the gold content, outside its quotation
//   marks, is right too (`innerSpeakers`); how many quotes are right only that way is printed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { annotate } from "../src/annotate/annotate.js";
import type { Article } from "../src/domain/article.js";
import type { Quote } from "../src/domain/doc.js";
import { COUNTRIES, COUNTRY_ALIASES, DEMONYMS, PLACES } from "../src/annotate/gazetteer.js";
import { FEMALE_NAMES as FEMALE_FIRST, MALE_NAMES as MALE_FIRST } from "../src/lexicon/names.js";

interface Part { readonly spans: [number, number][]; readonly text: string }
interface Attribution { readonly annotator: string; readonly source?: Part; readonly cue?: Part; readonly content?: Part }
interface Row { readonly id: string; readonly split: string; readonly title: string; readonly date: string; readonly text: string; readonly attributions: Attribution[] }

const MARK = /["“”«»]/;
const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them)$/i;
/** Capitalised words that do not name anyone by themselves. */
const NOT_NAME = new Set(("the a an he she they it i we you his her their its our this that these those one another some other " +
  "mr mrs ms dr sen rep gov gen lt col president presidential former vice senator senators representative congressman " +
  "congresswoman governor secretary candidate nominee chairman chairwoman chair speaker leader majority minority " +
  "republican republicans democratic democrat democrats gop independent american americans u.s us federal state " +
  "new said says according then his hers mayor judge justice attorney general spokesman spokeswoman press " +
  "campaign manager director chief officials official aide aides adviser advisers sources source " +
  // function words that open a sentence ("About four in 10 said", "Many reporters noted", "Another source said")
  "about at many multiple another but and or several both most each every all few least more less half nearly almost just " +
  // indefinite pronouns name nobody ("Someone called it …", "Everyone agreed")
  "someone somebody anyone anybody everyone everybody nobody " +
  "only even if when while as in on for from with by after before here there what who why how also still yet none " +
  // dates name nobody ("the nominee for the Nov. 8 election", "a poll released Thursday")
  "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september " +
  "october november december jan feb mar apr jun jul aug sep sept oct nov dec").split(" "));

/** Places and nationalities name nobody by themselves ("the Florida senator", "a Texas voter"). */
const PLACE_WORDS: Set<string> = new Set([...COUNTRIES, ...PLACES, ...Object.keys(COUNTRY_ALIASES), ...Object.keys(DEMONYMS)].map((w) => w.toLowerCase()));

const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const US_STATES = ("Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois " +
  "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska " +
  "Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island Tennessee Texas Utah Vermont " +
  "Virginia Washington Wisconsin Wyoming").toLowerCase().split(" ");
for (const w of US_STATES) PLACE_WORDS.add(w);
// Faiths describe as nationalities do ("a Catholic voter"), and alone name nobody ("Another Muslim who worshiped there", "Muslims").
const FAITHS = new Set("muslim muslims christian christians jewish jew jews catholic catholics evangelical evangelicals mormon mormons hindu hindus buddhist buddhists sikh sikhs protestant protestants".split(" "));
for (const w of FAITHS) PLACE_WORDS.add(w);

/**
 * Name and organisation words of a speaker as written, from its head (before a comma, a bracket or a
 * relative clause): "Sen. Ted Cruz (R-Texas), who …" → cruz, ted. Places and nationalities count only
 * when the head is a bare name ("Paris said"), not in a description ("the Florida senator").
 */
export function nameWords(s: string): Set<string> {
  const parts = s.split(/\s*(?:[,(—–]|\s-\s|\bwho\b|\bwhich\b|\bwhose\b)/);
  let head = parts[0] ?? s;
  // "Trump's attorney, Alan Garten,": a bare name in apposition to a description is the speaker's name too.
  const appos = parts[1]?.trim() ?? "";
  // ("Henry Lee's biographers, David and Jeanne Marsh,": two names joined by "and".)
  if (/^(?:\p{Lu}[\p{L}'’.\-]*\s*){1,4}(?:and\s+(?:\p{Lu}[\p{L}'’.\-]*\s*){1,4})?$/u.test(appos) && /^\p{Ll}|['’]s\s|\s\p{Ll}/u.test(head)) head = `${head} ${appos}`;
  let words = head.split(/[\s/]+/).map((raw) => raw.replace(/['’](?:s|ve|re|ll|d|m)?$/u, "").replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "")).filter((w) => w);
  // A bare name ("Paris said", "the Texas Tribune"), not a description ending in a title or party word
  // ("the Wisconsin Republican", "the Ohio Senator").
  const bare = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|and)$/.test(w)) && !NOT_NAME.has(fold(words[words.length - 1] ?? "").replace(/\.$/, ""));
  if (bare && words.every((w) => NOT_NAME.has(fold(w)) || FAITHS.has(fold(w)))) return new Set();
  // Two-word places are places in a description too ("a South Carolina Democrat").
  if (!bare) words = words.join(" ").replace(/\b(?:North|South|West|New|Rhode)\s+(?:Carolina|Dakota|Virginia|Hampshire|Jersey|Mexico|York|Island)\b/g, " ").split(" ").filter((w) => w);
  const out = new Set<string>();
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) continue;
    for (const part of w.split("-")) {
      const k = fold(part).replace(/\.$/, "");
      if (k.length < 2 || NOT_NAME.has(k) || (!bare && PLACE_WORDS.has(k))) continue;
      out.add(k);
    }
  }
  return out;
}

/** Verbs that attribute the quoted words to the name next to them, inside a gold content span. */
const INNER_VERB = "said|says|say|told|tells|added|adds|wrote|writes|asked|asks|replied|declared|stated|explained|argued|noted|praised|called|warned|recalled|insisted|continued|responded|tweeted|remarked|quipped|joked|" +
  // verbs that put a label or a cry in someone's mouth: `in a way FBI Director Ann Lee slammed as “careless”`
  "slammed|blasted|described|characterized|labeled|labelled|dubbed|branded|chanted|shouted|yelled|announced|claimed|admitted|conceded|acknowledged|vowed|promised|predicted|urged|proclaimed";
const INNER_BEFORE = new RegExp(`((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.\\-]*)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|later\\s+|then\\s+)?(?:${INNER_VERB})(?![\\p{L}])`, "gu");
const INNER_AFTER = new RegExp(`(?<![\\p{L}])(?:${INNER_VERB})\\s+(?:(?:the|a|an)\\s+)?(?:(?!\\p{Ll}+ed\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?((?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.\\-]*)`, "gu");

/**
 * Name words of speakers named inside a gold content span, outside its quotation marks, right before or
 * after a speech verb: `“…,” Sanders said “…”` (the content of an outer attribution to CNN) → sanders.
 * A name with no speech verb beside it (`Trump's “assertion …”`) is not a speaker.
 */
export function innerSpeakers(content: string): Set<string> {
  const bare = content.replace(/["“«][^"“”«»]*["”»]/g, " | ").replace(/["“«][^]*$/, " | ");
  const out = new Set<string>();
  for (const chunk of bare.split(/[|,;:()—–]|(?<!\b[A-Z][a-z]{0,3})[.!?](?=\s|$)/)) {
    // A subordinate clause's speaker is not the quote's: `After Ann Lee asked about it, the board became “agitated”`.
    if (/^\s*(?:after|before|when|while|as|if|because|until|since|although|though|once|whenever)\b/i.test(chunk)) continue;
    for (const re of [INNER_BEFORE, INNER_AFTER]) {
      for (const m of chunk.matchAll(re)) {
        // `King said Petraeus’ testimony differed`: a possessive after the verb opens the reported clause.
        if (re === INNER_AFTER && /['’]s?$/u.test(m[1]!)) continue;
        for (const w of nameWords(m[1]!)) out.add(w);
      }
    }
  }
  return out;
}

/** Head words of sources that are papers, bodies or outlets rather than one person. */
const NOT_PERSON_HEAD = /^(?:times|post|press|news|journal|tribune|herald|register|star|globe|sun|gazette|magazine|newspaper|tabloid|network|channel|cnn|msnbc|nbc|cbs|abc|fox|npr|ap|reuters|politico|breitbart|campaign|committee|party|poll|survey|pac|group|organization|association|union|council|department|ministry|agency|administration|court|city|company|foundation|institute|university|report|reports|filing|filings|statement|letter|ad|editorial|study|website|account|page|feed|team|office|board|commission|coalition|caucus|senate|house|congress|government|league|fund|center|centre|watch|project|ruling|decision|opinion|order|lawsuit|memo|document|documents|transcript|video|book|site|corp|corporation|inc|llc|ltd)$/;

/** Plural nouns for groups of people, capitalised at a sentence's start: never one person. */
const GROUP_PLURAL = /^(?:People|Friends|Opponents|Critics|Supporters|Residents|Voters|Protesters|Protestors|Neighbors|Neighbours|Experts|Analysts|Observers|Officials|Aides|Advisers|Members|Students|Parents|Workers|Fans|Readers|Viewers|Delegates|Donors|Activists|Leaders|Lawmakers|Legislators|Conservatives|Liberals|Progressives|Evangelicals|Democrats|Republicans|Proponents|Advocates|Organizers|Attendees|Participants|Witnesses|Investigators|Prosecutors|Police|Authorities|Scientists|Researchers|Economists|Historians|Pollsters|Strategists|Insiders|Sources|Residents|Locals|Villagers|Citizens|Immigrants|Refugees|Veterans|Families|Relatives|Neighbors|Colleagues|Allies|Rivals)$/;

/**
 * Whether a gold source can be what "he" or "she" points back to: one person, not a paper, a body, an
 * outlet or a group ("The New York Times", "Fact-checkers", "five Hispanic-Americans", "by thousands of …").
 */
export function onePerson(source: string): boolean {
  const head = source.trim().split(/\s*(?:[,(—–]|\s-\s|\bwho\b|\bwhich\b|\bof\b|\bat\b|\bfor\b|\bfrom\b|\bin\b|\bwith\b)/)[0]!.trim();
  if (/^by\s/i.test(head) || /\band\b|&/.test(head)) return false;
  const words = head.split(/\s+/).map((w) => w.replace(/['’]s?$|[^\p{L}.-]/gu, "")).filter((w) => w);
  // A paper described after its noun ("the latest CNN/ORC poll released Wednesday", "A legal opinion drafted
  // for …"): the noun before a trailing participle or day word heads it.
  while (words.length > 1 && /^(?:\p{Ll}+ed|online|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/u.test(words[words.length - 1]!)) words.pop();
  // A group named by a plural noun that opens the sentence ("Friends offered …", "People in Dover said", "Opponents of …").
  if (words.length === 1 && GROUP_PLURAL.test(words[0]!)) return false;
  const last = words[words.length - 1] ?? "";
  if (NOT_PERSON_HEAD.test(fold(last))) return false;
  if (/^\p{Lu}{2,6}$/u.test(last)) return false; // an acronym: "the FBI", "CNN"
  // A plural ("Fact-checkers", "aides", "five Hispanic-Americans", "Germans"), not a name ending in s
  // ("Sanders"): a lower-case noun (after any hyphen), a number or quantity before it, or a people.
  const tail = last.split("-").pop()!;
  if (/^(?:others|some|many|several|few|both|all|most)$/i.test(last)) return false; // "Others said"
  if (/s$/.test(tail) && (/^\p{Ll}/u.test(tail) || /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some|many|several|few|thousands|hundreds|dozens|other|others)$/i.test(words[words.length - 2] ?? "") || /^(?:Americans|Germans|Britons|Muslims|Christians|Jews|Latinos|Hispanics|Mexicans|Europeans)$/.test(tail))) return false;
  return true;
}

/**
 * Name words of a gold source in its article, without a first word capitalised only because it opens the
 * sentence ("Others said", "Respondents are obliged", "Two military analysts, …"): one the article also
 * writes in lower case and never capitalises after another word ("George Will" keeps "Will acknowledges").
 */
export function sourceWords(text: string, source: Part): Set<string> {
  const words = nameWords(source.text);
  const at = source.spans[0]![0];
  const first = /^[\p{L}-]+/u.exec(source.text.trimStart())?.[0] ?? "";
  if (!first || !words.has(fold(first)) || !/(?:^|[.!?]["”’)]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) return words;
  const lower = first.toLowerCase();
  const esc = (w: string) => w.replace(/[-]/g, "\\-");
  if (!new RegExp(`(?<![\\p{L}-])${esc(lower)}(?![\\p{L}-])`, "u").test(text)) return words;
  if (new RegExp(`[\\p{L},;]\\s+${esc(first)}(?![\\p{L}-])`, "u").test(text)) return words;
  const out = new Set(words);
  out.delete(fold(first));
  return out;
}

const MALE_WORD = /^(?:mr|sir|congressman|spokesman|chairman|councilman|businessman|husband|father|son|brother|grandfather|uncle|actor|king|prince|widower)$/;
const FEMALE_WORD = /^(?:mrs|ms|miss|madam|congresswoman|spokeswoman|chairwoman|councilwoman|businesswoman|wife|mother|daughter|sister|grandmother|aunt|actress|queen|princess|widow)$/;

/**
 * The gender a gold source shows, for "he" and "she" to point back to it: a first name that is only a
 * man's or only a woman's ("Hillary Clinton", "his wife, Jane,"), an honorific or a gendered noun
 * ("Mr. Lee", "the congresswoman"); for a bare surname, the first name or honorific it is written with
 * elsewhere in the article ("Ann Bennett … Bennett said"). Null when nothing tells, or both do.
 */
export function sourceGender(text: string, source: string): "m" | "f" | null {
  const head = source.split(/\s*(?:[(—–]|\s-\s|\bwho\b|\bwhich\b)/)[0] ?? source;
  const words = head.split(/[\s,]+/).map((w) => w.replace(/['’]s?$|[^\p{L}]/gu, "")).filter((w) => w);
  let m = false, f = false;
  // (An honorific is capitalised; a noun for a man or a woman is not: "Billie Jean King" is no king.)
  for (const w of words) {
    const k = w.toLowerCase();
    if (!/^(?:Mr|Mrs|Ms|Miss|Sir|Madam)$/.test(w) && w !== k) continue;
    if (MALE_WORD.test(k)) m = true;
    if (FEMALE_WORD.test(k)) f = true;
  }
  const names = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAME.has(w.toLowerCase()));
  // The first name: the first name word but the last that is a known one ("Tennis great Billie Jean King").
  const first = names.slice(0, -1).map((w) => w.toLowerCase()).find((w) => MALE_FIRST.has(w) || FEMALE_FIRST.has(w)) ?? null;
  if (first && MALE_FIRST.has(first)) m = true;
  if (first && FEMALE_FIRST.has(first)) f = true;
  if (!m && !f && names.length === 1) {
    // A surname alone: how the article writes it elsewhere.
    const sur = names[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const x of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}]+)\\.?\\s+(?:\\p{Lu}\\.\\s+)?${sur}(?![\\p{L}])`, "gu"))) {
      const k = x[1]!.toLowerCase();
      if (MALE_FIRST.has(k) || k === "mr") m = true;
      if (FEMALE_FIRST.has(k) || k === "mrs" || k === "ms") f = true;
    }
  }
  return m === f ? null : m ? "m" : "f";
}

/**
 * Whether a gold pronoun source can point back to a named gold source: "he" and "she" to one person, not a
 * paper, a body or a group named in between, and not to one shown to be of the other gender; "they" not to
 * one person shown to be a man or a woman ("They ask the former secretary …" after "Hillary Clinton").
 */
export function canPointBack(pronoun: string, source: string, text: string): boolean {
  const singular = /^(?:he|she|him|her)$/i.test(pronoun);
  if (singular && !onePerson(source)) return false;
  const clash = /^(?:he|him)$/i.test(pronoun) ? "f" : /^(?:she|her)$/i.test(pronoun) ? "m" : null;
  if (clash !== null && sourceGender(text, source) === clash) return false;
  if (/^(?:they|them)$/i.test(pronoun) && sourceGender(text, source) !== null) return false;
  return true;
}

const overlaps = (a: readonly [number, number], s: number, e: number) => a[0] < e && s < a[1];

/**
 * The party a speaker is when its head is a party as a body ("Republicans on Capitol Hill", "House
 * Democrats", "the GOP"), not a party word describing a person ("Republican Sen. Ann Lee"): party words
 * name nobody in `nameWords`, yet a party speaks as an organisation, so two such heads of one party match.
 */
export function partyBody(s: string): "r" | "d" | null {
  const head = s.trim().split(/\s*(?:[,(—–]|\s-\s|\bwho\b|\bwhich\b|\bon\b|\bin\b|\bof\b|\bat\b|\bfrom\b)/)[0]!.trim();
  const m = /^(?:the\s+)?(?:(?:House|Senate|Congressional|Capitol\s+Hill|state|State|national|National)\s+)?(Republicans|Democrats|GOP|Republican\s+Party|Democratic\s+Party)$/i.exec(head);
  if (!m) return null;
  return /^(?:Republicans|GOP|Republican\s+Party)$/i.test(m[1]!) ? "r" : "d";
}

interface Tally {
  gold: number; found: number; predicted: number; correct: number;
  named: number; namedFound: number; namedRight: number; namedInner: number;
  pronoun: number; pronounFound: number; pronounRight: number; pronounNoAntecedent: number;
  described: number; unattributed: number;
  /** Found quotes (named or pronoun gold source) that were given a speaker, and how many of those speakers are right. */
  given: number; givenRight: number;
}

const tally = (): Tally => ({ gold: 0, found: 0, predicted: 0, correct: 0, named: 0, namedFound: 0, namedRight: 0, namedInner: 0, pronoun: 0, pronounFound: 0, pronounRight: 0, pronounNoAntecedent: 0, described: 0, unattributed: 0, given: 0, givenRight: 0 });

function mainAnnotator(row: Row): string | null {
  const n = new Map<string, number>();
  for (const a of row.attributions) n.set(a.annotator, (n.get(a.annotator) ?? 0) + 1);
  return [...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
}

/** Why a found quote's speaker is wrong, from where the gold source sits (for --why=<split>; build split only). */
function category(row: Row, a: Attribution, q: Quote, goldSpan: readonly [number, number]): string {
  const text = row.text;
  const c0 = a.content!.spans[0]![0], c1 = a.content!.spans[a.content!.spans.length - 1]![1];
  const [s0, s1] = goldSpan;
  const para = (i: number) => text.slice(0, i).split("\n").length;
  const sentEnd = /[.!?]["”’]?\s+(?=["“‘(]?[A-Z])/g;
  const between = s0 < c0 ? text.slice(s1, c0) : text.slice(c1, s0);
  const sentences = (between.match(sentEnd) ?? []).length;
  const where = para(s0) !== para(c0) ? "source in another paragraph" : sentences > 0 ? "source in another sentence" : s0 > c0 ? "source after quote, same sentence" : "source before quote, same sentence";
  const parts: string[] = [q.speaker ? "wrong speaker" : "no speaker", where];
  if (a.content!.spans.length > 1) parts.push("split");
  if (/\n/.test(a.content!.text)) parts.push("multi-paragraph");
  if (/,/.test(text.slice(s0, s1)) || /^\s*,/.test(text.slice(s1, s1 + 3))) parts.push("appositive");
  return parts.join(" / ");
}

function score(row: Row, quotes: readonly Quote[], t: Tally, misses: string[] | null, why?: Map<string, string[]>): void {
  const who = mainAnnotator(row);
  if (who === null) return;
  const mine = row.attributions.filter((a) => a.annotator === who && a.content);
  const contents = row.attributions.flatMap((a) => a.content?.spans ?? []);
  for (const q of quotes) {
    t.predicted++;
    if (contents.some((c) => overlaps(c, q.span.start, q.span.end))) t.correct++;
    else misses?.push(`FP ${row.id}: “${q.span.text.slice(0, 90)}” (${q.speaker ?? "-"})`);
  }
  const named = mine.filter((a) => a.source && sourceWords(row.text, a.source).size > 0 && !PRONOUN.test(a.source.text.trim()))
    .sort((a, b) => a.source!.spans[0]![0] - b.source!.spans[0]![0]);
  for (const a of mine) {
    if (!MARK.test(a.content!.text)) continue;
    t.gold++;
    const hit = quotes.find((q) => a.content!.spans.some((c) => overlaps(c, q.span.start, q.span.end)));
    if (hit) t.found++;
    else misses?.push(`FN ${row.id}: “${a.content!.text.slice(0, 90)}” (${a.source?.text ?? "-"})`);
    const src = a.source?.text.trim() ?? "";
    let gold: Set<string> | null = null;
    if (!a.source) { t.unattributed++; continue; }
    if (PRONOUN.test(src)) {
      const at = a.source.spans[0]![0];
      const ante = named.filter((b) => b.source!.spans[0]![1] <= at && at - b.source!.spans[0]![1] <= 1000 && canPointBack(src, b.source!.text, row.text)).pop();
      if (!ante) { t.pronounNoAntecedent++; continue; }
      gold = sourceWords(row.text, ante.source!);
      t.pronoun++;
      if (hit) t.pronounFound++;
      const ok = hit?.speaker ? [...nameWords(hit.speaker)].some((w) => gold!.has(w)) : false;
      if (ok) t.pronounRight++;
      if (hit?.speaker) { t.given++; if (ok) t.givenRight++; }
      else if (hit && why) { const k = `pronoun (${src.toLowerCase()}) / ` + category(row, a, hit, ante.source!.spans[0]!); why.set(k, [...(why.get(k) ?? []), `${row.id}: “${hit.span.text.slice(0, 50)}” got ${hit.speaker ?? "-"}, gold ${src} → ${ante.source!.text} [cue ${a.cue?.text ?? "-"}]`]); }
      if (!ok && hit) misses?.push(`SPK-PRON ${row.id}: “${hit.span.text.slice(0, 60)}” got ${hit.speaker ?? "-"}, gold ${src} → ${ante.source!.text}`);
      continue;
    }
    gold = sourceWords(row.text, a.source);
    const party = partyBody(src);
    if (gold.size === 0 && party === null) { t.described++; continue; }
    t.named++;
    if (hit) t.namedFound++;
    const direct = hit?.speaker ? [...nameWords(hit.speaker)].some((w) => gold!.has(w)) || (party !== null && partyBody(hit.speaker) === party) : false;
    const inner = !direct && hit?.speaker ? innerSpeakers(a.content!.text) : null;
    const ok = direct || (inner !== null && [...nameWords(hit!.speaker!)].some((w) => inner.has(w)));
    if (ok) t.namedRight++;
    if (hit?.speaker) { t.given++; if (ok) t.givenRight++; }
    if (ok && !direct) t.namedInner++;
    if (!ok && hit && why) { const k = category(row, a, hit, a.source.spans[0]!); why.set(k, [...(why.get(k) ?? []), `${row.id}: “${hit.span.text.slice(0, 50)}” got ${hit.speaker ?? "-"}, gold ${src.slice(0, 80)} [cue ${a.cue?.text ?? "-"}] ctx: ${row.text.slice(Math.min(a.source.spans[0]![0], a.content!.spans[0]![0]) , Math.max(a.source.spans[0]![1], a.content!.spans[0]![1])).slice(0, 240).replace(/\n/g, " ¶ ")}`]); }
    if (!ok && hit) misses?.push(`SPK ${row.id}: “${hit.span.text.slice(0, 60)}” got ${hit.speaker ?? "-"}, gold ${src}`);
  }
}

/** The text as the pipeline would hold it, offset for offset: odd spaces become plain ones. */
function articleOf(row: Row): Article {
  const text = row.text.replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000\r]/g, (c) => (c === "\r" ? "\n" : " "));
  return { id: row.id, sourceId: row.id, title: row.title, outlet: null, url: null, byline: null, publishedAt: row.date || null, path: null, text };
}

const r3 = (a: number, b: number) => (b === 0 ? "n/a" : (a / b).toFixed(3));

export async function run(dir: string, opts: { show?: string; only?: string; why?: string } = {}): Promise<Record<string, number | string>> {
  const file = join(dir, "quotes", "dev.jsonl.gz");
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    return {};
  }
  const rows = gunzipSync(readFileSync(file)).toString("utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const bySplit = new Map<string, Tally>([["train", tally()], ["dev", tally()]]);
  const misses: string[] = [];
  const why = new Map<string, string[]>();
  let ms = 0;
  for (const row of rows) {
    const t = opts.only && opts.only !== row.split ? undefined : bySplit.get(row.split);
    if (!t) continue;
    const t0 = performance.now();
    const doc = annotate(articleOf(row));
    ms += performance.now() - t0;
    score(row, doc.quotes, t, opts.show === row.split ? misses : null, opts.why === row.split ? why : undefined);
  }
  const out: Record<string, number | string> = {};
  for (const [split, t] of bySplit) {
    if (opts.only && opts.only !== split) continue;
    console.log(`${split}: ${t.gold} gold direct quotes, ${t.predicted} found quotes`);
    console.log(`  quote recall ${r3(t.found, t.gold)}  precision ${r3(t.correct, t.predicted)}`);
    console.log(`  speaker right (gold source names someone, n=${t.named}): ${r3(t.namedRight, t.named)} of all, ${r3(t.namedRight, t.namedFound)} of found${t.namedInner ? ` (${t.namedInner} of them the speaker named inside a nested source's content)` : ""}`);
    console.log(`  pronoun source resolved to the gold antecedent (n=${t.pronoun}): ${r3(t.pronounRight, t.pronoun)} of all, ${r3(t.pronounRight, t.pronounFound)} of found`);
    console.log(`  named + pronoun: ${r3(t.namedRight + t.pronounRight, t.named + t.pronoun)} of all, ${r3(t.namedRight + t.pronounRight, t.namedFound + t.pronounFound)} of found`);
    console.log(`  speaker precision (found named + pronoun quotes given a speaker, n=${t.given}): ${r3(t.givenRight, t.given)} right, ${t.given - t.givenRight} wrong; ${t.namedFound + t.pronounFound - t.given} given none`);
    console.log(`  not scored for speaker: ${t.described} described ("a campaign aide"), ${t.pronounNoAntecedent} pronouns with no named antecedent, ${t.unattributed} unattributed`);
    out[`${split}.recall`] = t.found / Math.max(1, t.gold);
    out[`${split}.precision`] = t.correct / Math.max(1, t.predicted);
    out[`${split}.speakerRight`] = t.namedRight / Math.max(1, t.named);
    out[`${split}.speakerPrecision`] = t.givenRight / Math.max(1, t.given);
  }
  console.log(`annotate: ${(ms / rows.length).toFixed(1)} ms per article`);
  if (misses.length) console.log(misses.join("\n"));
  if (why.size) {
    console.log(`speaker misses on ${opts.why} by category (${[...why.values()].reduce((n, v) => n + v.length, 0)}):`);
    for (const [k, v] of [...why].sort((x, y) => y[1].length - x[1].length)) {
      console.log(`  ${v.length}  ${k}`);
      for (const line of v.slice(0, opts.show === "all" ? v.length : 3)) console.log(`      ${line}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const show = process.argv.find((a) => a.startsWith("--show="))?.slice(7);
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
  const why = process.argv.find((a) => a.startsWith("--why="))?.slice(6);
  await run(process.argv[2] ?? join(process.cwd(), "../shared/eval"), { show, only, why });
}
