// crosscheck/origin: where a person in the story comes from, told differently by two outlets ("a
// 29-year-old man from Dundee" / "a 29-year-old man from Perth"; "Ivan Horvat, 47, of Split" /
// "Ivan Horvat, 47, of Zadar"). A home town is what a desk checks before naming a suspect or a victim.
// The person is keyed by surname, or by role and age ("a man from X" alone may be two men); each
// article must give that person one place; places written alike, one inside the other ("Perth" /
// "Perth and Kinross"), a country or region against a town, or a place the other article also names
// anywhere, are no dispute.
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { COUNTRY_WORDS } from "../../lexicon/countries.js";
import { spellingKey } from "./restated-sentence.js";

const PLACE = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`;
const ROLE = "man|woman|boy|girl|teenager|teen|youth|suspect|driver|student|pensioner|mother|father|resident|victim|motorist|cyclist|pedestrian|gunman|worker|climber|fisherman|farmer|soldier|officer";
/** "a 29-year-old man from Dundee", "the 17-year-old boy from Leeds". */
const BY_ROLE = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(\d{1,3})-year-old\s+(${ROLE})\s+(?:from|of)\s+${PLACE}`, "gu");
/** "Ivan Horvat, 47, of Split", "Julien Marchand, 34, from Lyon". */
const BY_NAME = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+),\s+(\d{1,3}),\s+(?:from|of)\s+${PLACE}`, "gu");

interface Origin { readonly key: string; readonly who: string; readonly place: string; readonly start: number; readonly end: number; readonly articleId: string }

/** Words a place group may not end on: "from Leeds Crown Court" is where someone appeared, not where they live. */
const NOT_HOME = /\b(Court|Street|Road|Avenue|Hospital|University|School|Police|Station|Airport|Prison|Jail|County Jail)$/;

function origins(articleId: string, text: string): Origin[] {
  const out: Origin[] = [];
  for (const m of text.matchAll(BY_ROLE)) {
    const place = m[3]!;
    if (NOT_HOME.test(place)) continue;
    const at = m.index! + m[0].length - place.length;
    out.push({ key: `role:${m[2]!.toLowerCase()}:${m[1]}`, who: `the ${m[1]}-year-old ${m[2]!.toLowerCase()}`, place, start: at, end: at + place.length, articleId });
  }
  for (const m of text.matchAll(BY_NAME)) {
    const place = m[3]!;
    if (NOT_HOME.test(place)) continue;
    const at = m.index! + m[0].length - place.length;
    out.push({ key: `person:${m[1]!.toLowerCase()}`, who: m[1]!, place, start: at, end: at + place.length, articleId });
  }
  return out;
}

const fold = (s: string) => spellingKey(s.replace(/\s+/g, " "));

/** Countries and US states: a coarser place than a town ("from Texas" / "from Houston" is no dispute). */
const US_STATES = "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming";
const COARSE: ReadonlySet<string> = new Set([
  ...COUNTRY_WORDS.flatMap((c) => [c.name, ...c.aliases]), ...US_STATES.split(" "),
  "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
].map((w) => w.toLowerCase()));

export function origin(ctx: StoryContext): FindingDraft[] {
  const texts = new Map(ctx.docs.map((d) => [d.article.id, d.article.text]));
  // One place per person per article: an article giving a key two places is unsure which is the home town.
  const byKey = new Map<string, Origin[]>();
  for (const d of ctx.docs) {
    const mine = new Map<string, Origin[]>();
    for (const o of origins(d.article.id, d.article.text)) mine.set(o.key, [...(mine.get(o.key) ?? []), o]);
    for (const [key, list] of mine) {
      if (new Set(list.map((o) => fold(o.place))).size !== 1) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), list[0]!]);
    }
  }
  const out: FindingDraft[] = [];
  for (const list of byKey.values()) {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      const x = fold(a.place), y = fold(b.place);
      if (a.articleId === b.articleId || x === y || x.includes(y) || y.includes(x)) continue;
      // "from Scotland" / "from Dundee": a coarser place, not another one.
      if ([a.place, b.place].some((p) => COARSE.has(p.toLowerCase()))) continue;
      // "from Perth, near Dundee": an article naming the other place anywhere knows of both.
      const other = (o: Origin, place: string) => (texts.get(o.articleId) ?? "").toLowerCase().includes(place.toLowerCase());
      if (other(a, b.place) || other(b, a.place)) continue;
      const pair = [x, y].sort().join("|");
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push({
        rule: "crosscheck/origin", type: "contradiction", severity: "medium",
        summary: `Sources disagree on where ${a.who} is from: one article says “${a.place}”, another says “${b.place}”.`,
        articleIds: [a.articleId, b.articleId], claimIds: [], actual: b.place, expected: a.place,
        evidence: [a, b].map((o) => ({ articleId: o.articleId, start: o.start, end: o.end, text: o.place })),
      });
    }
  }
  return out;
}
