// crosscheck/origin: where a person in the story comes from, told differently by two outlets ("a
// 29-year-old man from Dundee" / "a 29-year-old Perth man"; "Ivan Horvat, 47, of Split" / "Ivan Horvat, 47, who
// lives in Zadar"; "A Leeds man, 29," / "Salem resident Darryl Jones, 47,"). A home town is what a desk checks before
// naming a suspect or a victim.
// The person is keyed by surname, and by age (with sex where the noun tells it: "a man from X" with no age may be
// two men); each article must give that person one place of each kind. No dispute: places written alike or one inside
// the other ("Perth" / "Perth and Kinross"), a country or region against a town, a place the other article also names
// anywhere, a street or an address inside a town. Two people, not one: one told as harmed and the other as accused,
// two named people of one age, two of one surname with other ages or first names. Where someone was born and where
// they live are two facts: "Lagos-born" against "of Leeds" is at most low.
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { Evidence } from "../../domain/span.js";
import type { StoryContext } from "../../domain/context.js";
import type { Doc } from "../../domain/doc.js";
import { COUNTRY_WORDS, DEMONYMS } from "../../lexicon/countries.js";
import { REGIONS, US_STATES } from "../../lexicon/regions.js";
import { isFirstName, sameFirstName } from "../../lexicon/names.js";
import { spellingKey } from "./restated-sentence.js";

/** A capitalised word, not an article or a demonstrative opening a sentence. */
const WORD = String.raw`(?!(?:The|A|An|This|That|These|Those)\b)\p{Lu}[\p{L}'’-]+`;
/** A place of one to three capitalised words, "St. Louis" and "Bay St. Louis" among them. */
const PLACE = String.raw`((?:(?:St|Ste|Ft|Mt)\.[ ]+)?${WORD}(?:[ ]+(?:(?:St|Ste|Ft|Mt)\.[ ]+)?${WORD}){0,2})`;
/** A place glued to "-born": "the Galway-born skipper", "Lagos-born". */
const BORN_PLACE = String.raw`(${WORD}(?:\s+${WORD})?)-born`;
const AGE = String.raw`(\d{1,3})-year-old`;
/** Nouns for a person a place may follow ("a man from Dundee", "a student of Leeds"). */
const ROLE = "man|woman|boy|girl|teenager|teen|youth|suspect|driver|student|pensioner|mother|father|resident|victim|motorist|cyclist|pedestrian|gunman|worker|climber|fisherman|farmer|soldier|officer|grandmother|grandfather|schoolboy|schoolgirl|hiker|swimmer|skipper|teacher|nurse";
/**
 * Nouns a place may stand before ("a Carlow man", "a 72-year-old Killarney woman"): only words for a person as such,
 * since before a trade the word is as often a firm or a school ("an Uber driver", "a Sorbonne student").
 */
const PERSON = "man|woman|boy|girl|teenager|teen|youth|pensioner|mother|father|grandmother|grandfather|schoolboy|schoolgirl|mum|dad|couple|native|local";
const NAME = String.raw`(${WORD}(?:[ ]+(?:[A-Z]\.[ ]+)?${WORD}){0,3})`;
/** "who lives in", "a resident of" (where a person lives), "a native of", "born in", "originally from" (where they were born). */
const LIVES = String.raw`(who\s+lives\s+in|who\s+lived\s+in|living\s+in|a\s+resident\s+of|who\s+is\s+from|who\s+was\s+from|a\s+native\s+of|who\s+was\s+born\s+in|born\s+in|(?:who\s+is\s+|who\s+was\s+)?originally\s+from)`;

type Kind = "born" | "home" | "from";
type Part = "accused" | "harmed" | null;
interface Origin {
  readonly key: string; readonly age: string | null; readonly first: string | null; readonly who: string; readonly place: string; readonly kind: Kind; readonly part: Part;
  readonly start: number; readonly end: number; readonly articleId: string;
}

const livesKind = (w: string): Kind => /native|born|originally/.test(w) ? "born" : /from/.test(w) ? "from" : "home";
const prepKind = (w: string): Kind => w.toLowerCase() === "of" ? "home" : "from";

/** [regex, how a match gives (key, who, place, kind)]: the forms news tells a home town in. */
type Read = { key: string; who: string; place: string; kind: Kind; age?: string | undefined };
type Form = readonly [RegExp, (m: RegExpMatchArray) => Read | null];
/** A person told by age is keyed by age; their sex, where the noun tells it, keeps two people of one age apart. */
const byRole = (age: string, role: string) => ({ key: `age:${age}`, who: `the ${age}-year-old ${role.toLowerCase()}`, age });
const MALE = /^(?:man|boy|father|grandfather|dad|schoolboy|fisherman|gunman)$/i;
const FEMALE = /^(?:woman|girl|mother|grandmother|mum|schoolgirl)$/i;
const sexOf = (who: string): string | null => { const w = who.split(/\s+/).pop()!; return MALE.test(w) ? "m" : FEMALE.test(w) ? "f" : null; };
/** The surname: the name's last word, past a generational suffix ("Isiah Major III" is Major). */
const surname = (name: string) => name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w)).pop() ?? name;
const byName = (name: string, age?: string) => ({ key: `person:${surname(name).toLowerCase()}`, who: name, age });
const personKind = (role: string): Kind => role.toLowerCase() === "native" ? "born" : "from";
const FORMS: readonly Form[] = [
  // "a 29-year-old man from Dundee", "the 17-year-old boy of Leeds"
  [new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+${AGE}\s+(${ROLE})\s+(from|of)\s+${PLACE}`, "gu"), (m) => ({ ...byRole(m[1]!, m[2]!), place: m[4]!, kind: prepKind(m[3]!) })],
  // "a 29-year-old man who lives in Dundee", "a 40-year-old woman, a resident of Utrecht"
  [new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+${AGE}\s+(${ROLE}),?\s+${LIVES}\s+${PLACE}`, "gu"), (m) => ({ ...byRole(m[1]!, m[2]!), place: m[4]!, kind: livesKind(m[3]!) })],
  // "a 41-year-old Carlow man", "a 45-year-old Innsbruck native"
  [new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+${AGE}\s+${PLACE}\s+(${PERSON})\b`, "gu"), (m) => ({ ...byRole(m[1]!, m[3]!), place: m[2]!, kind: personKind(m[3]!) })],
  // "a 45-year-old Galway-born man"
  [new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+${AGE}\s+${BORN_PLACE}\s+(${ROLE})\b`, "gu"), (m) => ({ ...byRole(m[1]!, m[3]!), place: m[2]!, kind: "born" })],
  // "A Leeds man, 29,", "a Christchurch woman aged 67"
  [new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+${PLACE}\s+(${PERSON})(?:,\s+(\d{1,3}),|\s+aged\s+(\d{1,3})\b)`, "gu"), (m) => ({ ...byRole(m[3] ?? m[4]!, m[2]!), place: m[1]!, kind: personKind(m[2]!) })],
  // "Ivan Horvat, 47, of Split", "Julien Marchand, 34, from Lyon"
  [new RegExp(String.raw`${NAME},\s+(\d{1,3}),\s+(from|of)\s+${PLACE}`, "gu"), (m) => ({ ...byName(m[1]!, m[2]!), place: m[4]!, kind: prepKind(m[3]!) })],
  // "Kofi Mensah, 34, who lives in Kumasi", "Marta Ruiz, a resident of Zaragoza", "Jan Smit, 40, a native of Delft"
  [new RegExp(String.raw`${NAME},\s+(?:(?:\d{1,3}|a\s+${AGE}\s+(?:${ROLE})),\s+)?${LIVES}\s+${PLACE}`, "gu"), (m) => ({ ...byName(m[1]!), place: m[4]!, kind: livesKind(m[3]!) })],
  // "Tomasz Nowak, a 52-year-old Sopot man", "Liam Doyle, 19, a Waterford teenager", "Aoife Brennan, a Sligo woman"
  [new RegExp(String.raw`${NAME},\s+(?:(\d{1,3}),\s+)?(?:an?|the)\s+(?:${AGE}\s+)?${PLACE}\s+(${PERSON})\b`, "gu"), (m) => ({ ...byName(m[1]!, m[2] ?? m[3]), place: m[4]!, kind: personKind(m[5]!) })],
  // "Tomasz Nowak, a 52-year-old man from Sopot"
  [new RegExp(String.raw`${NAME},\s+(?:an?|the)\s+${AGE}\s+(?:${ROLE})\s+(from|of)\s+${PLACE}`, "gu"), (m) => ({ ...byName(m[1]!, m[2]!), place: m[4]!, kind: prepKind(m[3]!) })],
  // "Salem resident Darryl Jones, 47,", "Cork native Aoife Byrne, 31,"
  [new RegExp(String.raw`${PLACE}[ ]+(resident|native|man|woman)[ ]+${NAME},\s+(\d{1,3})\b`, "gu"), (m) => ({ ...byName(m[3]!, m[4]!), place: m[1]!, kind: m[2] === "native" ? "born" : m[2] === "resident" ? "home" : "from" })],
  // "The Galway-born skipper, Declan Moore,", "Lagos-born Adebayo Ogun"
  [new RegExp(String.raw`${BORN_PLACE}(?:\s+[\p{Ll}]+){0,2}?,?\s+${NAME}`, "gu"), (m) => ({ ...byName(m[2]!), place: m[1]!, kind: "born" })],
  // "Adebayo Ogun, 44, a Lagos-born architect"
  [new RegExp(String.raw`${NAME},\s+(?:\d{1,3},\s+)?(?:an?|the)\s+${BORN_PLACE}\b`, "gu"), (m) => ({ ...byName(m[1]!), place: m[2]!, kind: "born" })],
];

/** Words a place group may not end on: "from Leeds Crown Court" is where someone appeared, not where they live. */
const NOT_HOME = /\b(Court|Street|Road|Avenue|Drive|Lane|Boulevard|Parkway|Way|Place|Terrace|Circle|Close|Crescent|Gardens|Mews|Hospital|University|School|College|Police|Station|Airport|Prison|Jail|County Jail|United|Rovers|Wanderers|Athletic|Albion|Hotspur|FC|Council|Party|Church|Department|Office|Company|Group|Bank|Ministry)$/;
/** A word after a place that makes it a street or a body ("of Willow Hollow Drive", "of Leeds City Council"), or an
 * address inside a town ("of Lilac Street in New Haven", "of Kevin Lynch Park in the town"). */
const STREET_AFTER = /^[ ]+(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Parkway|Pkwy|Way|Place|Pl|Terrace|Circle|Court|Ct|Close|Crescent|Gardens|Mews|Grove|Highway|Hwy|Police|Council|University|Hospital|County\s+(?:Jail|Sheriff|Police|Court))\b|^,?[ ]+in[ ]+(?:the[ ]+(?:town|city|village|borough)\b|\p{Lu})/u;
/** A compass point alone ("of Southeast", a city's quadrant) or an origin of descent ("African-American") is no home town. */
const NO_TOWN = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Downtown|Uptown|Midtown)$|^\p{Lu}\p{Ll}+-(?:American|British|Canadian|Australian|Caribbean)$/u;
/** Capitalised words before "man" or "woman" that are no place: faiths, parties, services, a sentence's first words. */
const NOT_PLACE = /^(?:The|A|An|This|That|His|Her|Their|Its|Black|White|Asian|Catholic|Protestant|Muslim|Jewish|Christian|Hindu|Sikh|Buddhist|Labour|Tory|Conservative|Liberal|Democrat|Democratic|Republican|Green|Army|Navy|Air|Marine|Olympic|Paralympic|Premier|Police|Mr|Mrs|Ms|Dr|Local|Young|Old|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|He|She|They|It|We|I|Police|Officers?|Rescuers|Firefighters)$/;
/** Words a person's name may not start on: "The victim, Tomasz Nowak" gives "The" as no name. */
const NOT_NAME = /^(?:The|A|An|This|That|Police|Officers|Rescuers|Firefighters|Gardai|Gardaí|Officials|Prosecutors|Witnesses|Mr|Mrs|Ms|Dr|He|She|They|It|On|In|At|By|After|Before|When|While)$/;

const ACCUSED = /\b(?:arrest|charg|detain|held|remand|jail|sentenc|convict|accus|suspect|gunman|attacker|questioned|bailed|custody|appeared\s+(?:in|at|before))/i;
const HARMED = /\b(?:died|dies|dead|killed|kill(?:ing)?\s+of|death|victim|injur|hurt|wound|stabbed|shot|drown|rescued|airlifted|hospital|assault(?:ed)?\s+(?:on|of)|missing|found)/i;
/** Whether the sentence tells the person as accused or harmed (or neither, or both: unknown). */
function partOf(text: string, start: number, end: number): Part {
  const s = Math.max(text.lastIndexOf(". ", start) + 1, text.lastIndexOf("\n", start) + 1, 0);
  const e = (() => { const i = text.indexOf(". ", end); return i < 0 ? text.length : i; })();
  // The words nearest the mention: the verb after it ("was arrested"), or the verb before it ("arrested a … man").
  const near = `${text.slice(Math.max(s, start - 40), start)} ${text.slice(end, Math.min(e, end + 60))}`;
  const a = ACCUSED.test(near), h = HARMED.test(near);
  return a === h ? null : a ? "accused" : "harmed";
}

const PERSON_AFTER = new RegExp(String.raw`^\s+(?:${PERSON})\b`, "i");
const DEMONYM_SET = new Set(Object.keys(DEMONYMS).map((w) => w.toLowerCase()));
function placeOk(doc: Doc, place: string, start: number): boolean {
  const first = place.split(/\s+/)[0]!;
  if (NOT_HOME.test(place) || NO_TOWN.test(place) || NOT_PLACE.test(first) || DEMONYM_SET.has(first.toLowerCase()) || DEMONYM_SET.has(place.toLowerCase())) return false;
  if (STREET_AFTER.test(doc.article.text.slice(start + place.length, start + place.length + 24))) return false;
  // An organisation the annotator found there is no place ("Ana Silva, 29, of Amnesty International"); before "man" or
  // "woman", a person's name is none either. (After "of" or "from", a place the annotator took for a name — "Cheron
  // Shelton, 29, of Homewood North" — is still where the person is from.)
  const beforeNoun = PERSON_AFTER.test(doc.article.text.slice(start + place.length, start + place.length + 20));
  return !doc.entities.some((en) => (en.type === "org" || (en.type === "person" && beforeNoun)) && en.span.start <= start && start < en.span.end);
}

function origins(doc: Doc): Origin[] {
  const text = doc.article.text;
  const out: Origin[] = [];
  for (const [re, read] of FORMS) {
    for (const m of text.matchAll(re)) {
      const r = read(m);
      if (r === null) continue;
      // The place's own words in the match: last for "… of Split", first for "Galway-born …".
      const inMatch = r.kind === "born" ? m[0].indexOf(r.place) : m[0].lastIndexOf(r.place);
      const at = inMatch < 0 ? -1 : m.index! + inMatch;
      if (at < 0 || !placeOk(doc, r.place, at)) continue;
      if (r.key.startsWith("person:")) {
        const firstWord = r.who.split(/\s+/)[0]!;
        if (NOT_NAME.test(firstWord) || r.who.split(/\s+/).includes(r.place)) continue;
      }
      const part = r.key.startsWith("age:") ? partOf(text, m.index!, m.index! + m[0].length) : null;
      const first = r.key.startsWith("person:") ? r.who.split(/\s+/).slice(0, -1).find(isFirstName) ?? null : null;
      const o: Origin = { ...r, age: r.age ?? null, first, part, start: at, end: at + r.place.length, articleId: doc.article.id };
      out.push(o);
      // A named person with an age is also the person an article tells by age alone ("a 47-year-old man from Zadar").
      if (o.key.startsWith("person:") && o.age !== null) out.push({ ...o, key: `age:${o.age}`, part: partOf(text, m.index!, m.index! + m[0].length) });
    }
  }
  // One mention read by two forms is one origin.
  const seen = new Set<string>();
  return out.filter((o) => { const k = `${o.key}|${o.start}|${o.kind}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

const fold = (s: string) => spellingKey(s.replace(/\s+/g, " "));

const lower = (ws: Iterable<string>) => new Set([...ws].map((w) => w.toLowerCase()));
const COUNTRY_SET = lower(COUNTRY_WORDS.flatMap((c) => [c.name, ...c.aliases]));
const REGION_SET = lower([...US_STATES, ...REGIONS]);
/** "County Kerry", "Kerry County", "Limpopo Province", "North Yorkshire", "Perthshire": a region by its form. */
const REGION_FORM = /^(?:County|Co\.?)\s|\s(?:County|Province|Region|District|Oblast|Prefecture|State|Territory)$|shire$|^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)\s/;
/** 0 for a country, 1 for a region, 2 for a town: places of two levels are one inside the other, or may be. */
function level(place: string): number {
  const p = place.toLowerCase();
  if (COUNTRY_SET.has(p)) return 0;
  return REGION_SET.has(p) || REGION_FORM.test(place) ? 1 : 2;
}

/** Per article and person, the places of each kind that article gives (one each, or the kind is dropped). */
function byPerson(ctx: StoryContext): Map<string, Origin[][]> {
  const out = new Map<string, Origin[][]>();
  for (const d of ctx.docs) {
    const mine = new Map<string, Origin[]>();
    for (const o of origins(d)) mine.set(o.key, [...(mine.get(o.key) ?? []), o]);
    for (const [key, list] of mine) {
      // An article giving a person two places of one kind is unsure which is the home town; two parts, two people.
      const kept = list.filter((o) => new Set(list.filter((x) => x.kind === o.kind).map((x) => fold(x.place))).size === 1);
      if (kept.length === 0 || new Set(kept.map((o) => o.part).filter((p) => p !== null)).size > 1) continue;
      // A man and a woman of one age are two people: the article's age key tells no one person.
      if (new Set(kept.map((o) => sexOf(o.who)).filter((x) => x !== null)).size > 1) continue;
      const one = [...new Map(kept.map((o) => [`${o.kind}|${fold(o.place)}`, o])).values()];
      out.set(key, [...(out.get(key) ?? []), one]);
    }
  }
  return out;
}

const partOfAll = (os: readonly Origin[]): Part => os.find((o) => o.part !== null)?.part ?? null;

export function origin(ctx: StoryContext): FindingDraft[] {
  const texts = new Map(ctx.docs.map((d) => [d.article.id, d.article.text.toLowerCase()]));
  const out: FindingDraft[] = [];
  const seen = new Map<string, FindingDraft>();
  for (const lists of byPerson(ctx).values()) {
    for (let i = 0; i < lists.length; i++) for (let j = i + 1; j < lists.length; j++) {
      const A = lists[i]!, B = lists[j]!;
      const a0 = A[0]!, b0 = B[0]!;
      if (a0.articleId === b0.articleId) continue;
      // A suspect and a victim of one age are two people.
      const pa = partOfAll(A), pb = partOfAll(B);
      if (pa !== null && pb !== null && pa !== pb) continue;
      // Two people of one surname: other ages, or other first names ("Mary Byrne, 70" / "her son Tom Byrne, 45").
      const ageA = A.find((o) => o.age !== null)?.age, ageB = B.find((o) => o.age !== null)?.age;
      if (ageA !== undefined && ageB !== undefined && Math.abs(Number(ageA) - Number(ageB)) > 1) continue;
      // Two named people of one age are two people ("Jaquarius Watson, 22, of Sebring" / "Avontra Moore, 22, of Lake Placid",
      // two suspects of one shooting): the age joins only a person told by age alone.
      const nameOf = (os: readonly Origin[]) => os.find((o) => o.who.split(/\s+/)[0] !== "the")?.who;
      const na = nameOf(A), nb = nameOf(B);
      if (a0.key.startsWith("age:") && na !== undefined && nb !== undefined && surname(na).toLowerCase() !== surname(nb).toLowerCase()) continue;
      const fa = A.find((o) => o.first !== null)?.first, fb = B.find((o) => o.first !== null)?.first;
      if (fa && fb && !sameFirstName(fa, fb)) continue;
      const sa = A.map((o) => sexOf(o.who)).find((x) => x !== null), sb = B.map((o) => sexOf(o.who)).find((x) => x !== null);
      if (a0.key.startsWith("age:") && sa !== undefined && sb !== undefined && sa !== sb) continue;
      const same = (x: Origin, y: Origin) => { const p = fold(x.place), q = fold(y.place); return p === q || p.includes(q) || q.includes(p); };
      // Any place the two give alike explains the rest ("Lagos-born, who lives in Leeds" / "of Leeds").
      if (A.some((x) => B.some((y) => same(x, y)))) continue;
      // Pairs of places of one level ("from Scotland" / "from Dundee" is a coarser place, not another one), neither
      // named anywhere in the other article ("from Perth, near Dundee": that article knows of both).
      const named = (o: Origin, place: string) => (texts.get(o.articleId) ?? "").includes(place.toLowerCase());
      const pairs = A.flatMap((x) => B.map((y) => [x, y] as const))
        .filter(([x, y]) => level(x.place) === level(y.place) && !named(x, y.place) && !named(y, x.place));
      if (pairs.length === 0) continue;
      // Where one was born against where the other lives are two facts: low; any other pair, medium.
      const rank = ([x, y]: readonly [Origin, Origin]) => (x.kind === "born") !== (y.kind === "born") && (x.kind === "home" || y.kind === "home") ? 0 : 1;
      const [a, b] = [...pairs].sort((p, q) => rank(q) - rank(p))[0]!;
      const severity: Severity = rank([a, b]) === 1 ? "medium" : "low";
      const pair = [fold(a.place), fold(b.place)].sort().join("|");
      // One person keyed twice (by name and by age), or told by a third article too ("Graham Pickering, 54, from
      // Wakefield" / "Pickering, 54, from Huddersfield" in two others), is one finding with every article's words.
      const once = `${surname(a.who).toLowerCase()}|${pair}`;
      const known = seen.get(once) ?? seen.get(`${surname(b.who).toLowerCase()}|${pair}`);
      if (known) {
        for (const o of [a, b]) if (!known.evidence.some((e) => e.articleId === o.articleId)) {
          (known.evidence as Evidence[]).push({ articleId: o.articleId, start: o.start, end: o.end, text: o.place });
          (known.articleIds as string[]).push(o.articleId);
        }
        continue;
      }
      // The person as the plainer article calls them: "the 45-year-old man", not "the 45-year-old native".
      const who = /\b(?:native|local|resident|couple)$/.test(a.who) && !/\b(?:native|local|resident|couple)$/.test(b.who) ? b.who : a.who;
      const told = (o: Origin) => o.kind === "born" ? `“${o.place}” as where the person was born or comes from` : `“${o.place}”`;
      const finding: FindingDraft = {
        rule: "crosscheck/origin", type: "contradiction", severity,
        summary: `Sources disagree on where ${who} is from: one article says ${told(a)}, another says ${told(b)}.`
          + (severity === "low" ? " Rated low: where someone was born and where they live now may both be true." : ""),
        articleIds: [a.articleId, b.articleId], claimIds: [], actual: b.place, expected: a.place,
        evidence: [a, b].map((o) => ({ articleId: o.articleId, start: o.start, end: o.end, text: o.place })),
      };
      seen.set(once, finding);
      out.push(finding);
    }
  }
  return out;
}
