// crosscheck/made-year: the year a building, bridge or institution of the story was made, told differently by two
// outlets ("the lighthouse, built in 1876," / "the lighthouse, which was completed in 1867"; "the Hallet bridge,
// built in 1932," / "the Hallet bridge, which opened in 1923" — opened nine years before it was built). A thing has
// one such year, so two years for one act are a dispute a desk checks in a minute.
// Acts: made (built, constructed, erected, completed, "dates from"), opened (opened, inaugurated) and founded
// (founded, established). Two years are compared for one act, or as "opened before it was made" across the two.
// Left alone: acts done again ("rebuilt in 1950", "reopened in 1990", "renovated", "extended"), decades ("built in the
// 1870s"), two things with one head noun told apart by their words ("the old bridge" / "the new bridge"), and an
// article that gives one thing's act two years (it knows of both, or tells two things).
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";

type Act = "made" | "opened" | "founded" | "stolen";
const ACT_OF: Readonly<Record<string, Act>> = {
  built: "made", constructed: "made", erected: "made", completed: "made", finished: "made", dates: "made", dating: "made", dated: "made",
  opened: "opened", inaugurated: "opened", consecrated: "opened",
  founded: "founded", established: "founded",
};
const ACT_PHRASE: Readonly<Record<Act, string>> = { made: "was built", opened: "opened", founded: "was founded", stolen: "was stolen" };

/**
 * A theft and its year: "stolen from a museum in Gdansk in 1994", "Thieves stole the egg from the museum in 2003",
 * "taken from a Gdansk museum in 1984", "looted from the library in 1941". A story is about one theft, so the thing is
 * not named: an article that gives two theft years ("stolen in 1990 and again in 2004", two things) is left alone.
 * "taken" is a theft only with "from"; a year after another act in between ("stolen …, was found in 2026") is that
 * act's. Group 1: the verb, group 2: the words between, group 3: the year.
 */
const THEFT = /\b(stole|stolen|taken|looted|snatched|plundered|pilfered)\b([^.;!?]{0,80}?)\bin\s+((?:1[0-9]|20)\d\d)\b(?!s|\s*[-–]\s*\d)/giu;
/** Acts between a theft verb and a year that own the year: "stolen in Riga and found in 2026". */
const OTHER_ACT = /\b(?:was|were|is|are|has|have|had|been|found|recovered|returned|resurfaced|turned up|caught|arrested|jailed|convicted|sold|bought|seized|discovered|located|traced|handed|given|donated|insured|painted|made|built|and|but|which|who|when)\b/i;

function theftYears(articleId: string, text: string): Made[] {
  const out: Made[] = [];
  for (const m of text.matchAll(THEFT)) {
    const verb = m[1]!.toLowerCase(), between = m[2]!;
    if (verb === "taken" && !/^\s*(?:\S+\s+){0,3}?from\b/i.test(between)) continue;
    if (OTHER_ACT.test(between)) continue;
    const start = m.index!, end = start + m[0].length;
    // "stolen in 1990 and again in 2004": two years of one act, so none of them.
    const again = /^\s*(?:,\s*)?(?:and|then)\s+(?:again\s+)?in\s+(?:1[0-9]|20)\d\d\b/i.test(text.slice(end, end + 30));
    out.push({ articleId, thing: "theft", words: [], act: "stolen", year: again ? -1 : Number(m[3]), start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * "the lighthouse, built in 1876", "the lighthouse at Carrow Point, built in 1876", "the Hallet bridge, which opened in 1923", "The museum was founded in 1901", "the
 * church, which dates from 1420", "a mill dating back to 1788". Group 1: up to three words before the thing, group 2:
 * the thing, group 3: the act, group 4: the year.
 */
const ACT_YEAR = String.raw`(built|constructed|erected|completed|finished|opened|inaugurated|consecrated|founded|established|dat(?:es|ing|ed)\s+(?:back\s+)?(?:to|from))\s+(?:to\s+(?:the\s+)?(?:public|traffic|visitors|worshippers)\s+)?(?:in\s+)?((?:1[0-9]|20)\d\d)\b(?!s|\s*[-–]\s*\d)`;
const MADE = new RegExp(String.raw`\b(?:the|a|an|its|their)\s+((?:[\p{L}'’-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]+)(?:\s+(?:at|in|on|of|near|over)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been|is|first)\s+)?(?:(?:originally|first)\s+)?${ACT_YEAR}`, "giu");
/**
 * MADE's act and year alone: a text without them holds no MADE match, and most texts have none. MADE, tried at every
 * "the" and "a", cost several times this scan.
 */
const ACT_YEAR_ANYWHERE = new RegExp(ACT_YEAR, "iu");

/** Words before the thing that are no part of its name: "the new bridge" keeps "new", "the bridge" has none. */
const FILLER = /^(?:the|a|an|its|their|his|her|city['’]s|town['’]s|village['’]s|country['’]s|famous|historic|historical|iconic|landmark|century-old|old-style)$/i;
/** Heads that name no made thing: "the year", "a decade", people. */
const NOT_THINGS = /^(?:year|years|decade|century|time|day|people|company|government|police|man|woman|law|rule|system|deal|agreement|treaty|ban)$/;

interface Made { readonly articleId: string; readonly thing: string; readonly words: readonly string[]; readonly act: Act; readonly year: number; readonly start: number; readonly end: number; readonly text: string }

function madeYears(articleId: string, text: string): Made[] {
  const out: Made[] = [];
  if (!ACT_YEAR_ANYWHERE.test(text)) return out;
  for (const m of text.matchAll(MADE)) {
    const thing = m[2]!.toLowerCase();
    if (NOT_THINGS.test(thing)) continue;
    const verb = m[3]!.toLowerCase().split(/\s+/)[0]!;
    const act = ACT_OF[verb];
    if (act === undefined) continue;
    // Evidence: the act and its year as the article writes them ("built in 1876", "which opened in 1923").
    const phraseStart = m.index! + m[0].toLowerCase().lastIndexOf(m[3]!.toLowerCase());
    const end = m.index! + m[0].length;
    const words = m[1]!.trim().split(/\s+/).filter((w) => w !== "" && !FILLER.test(w)).map((w) => w.toLowerCase());
    out.push({ articleId, thing, words, act, year: Number(m[4]), start: phraseStart, end, text: text.slice(phraseStart, end) });
  }
  return out;
}

/** Two tellings of one thing: the same head, and words before it that do not tell two things apart ("old" / "new"). */
const oneThing = (a: Made, b: Made) => a.thing === b.thing && (a.words.length === 0 || b.words.length === 0 || a.words.some((w) => b.words.includes(w)));

export function madeYear(ctx: StoryContext): FindingDraft[] {
  // One year per thing and act per article: an article giving two knows of both, or tells two things.
  const kept: Made[] = [];
  for (const d of ctx.docs) {
    const mine = [...madeYears(d.article.id, d.article.text), ...theftYears(d.article.id, d.article.text)];
    for (const x of mine) {
      const same = mine.filter((y) => oneThing(x, y) && y.act === x.act);
      if (new Set(same.map((y) => y.year)).size === 1 && same[0] === x && x.year > 0) kept.push(x);
    }
  }
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) {
    const a = kept[i]!, b = kept[j]!;
    if (a.articleId === b.articleId || !oneThing(a, b) || a.year === b.year) continue;
    // Made and opened: a thing opens when it is made or later, never before.
    const [made, opened] = a.act === "made" && b.act === "opened" ? [a, b] : a.act === "opened" && b.act === "made" ? [b, a] : [null, null];
    const clash = a.act === b.act || (made !== null && opened!.year < made.year);
    if (!clash) continue;
    const key = `${a.thing}|${[a.year, b.year].sort().join("|")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [x, y] = a.year < b.year ? [a, b] : [b, a];
    out.push({
      rule: "crosscheck/made-year", type: "contradiction", severity: "medium",
      summary: a.act === "stolen"
        ? `Sources disagree on the year of the theft: one article says “${x.text}”, another says “${y.text}”.`
        : a.act === b.act
        ? `Sources disagree on when the ${a.thing} ${ACT_PHRASE[a.act]}: one article says “${x.text}”, another says “${y.text}”.`
        : `Sources disagree on the ${a.thing}'s age: one article says it ${ACT_PHRASE[opened!.act]} in ${opened!.year} (“${opened!.text}”), another that it ${ACT_PHRASE[made!.act]} in ${made!.year} (“${made!.text}”) — it cannot have opened before it was built.`,
      articleIds: [x.articleId, y.articleId], claimIds: [], actual: y.text, expected: x.text,
      evidence: [x, y].map((o) => ({ articleId: o.articleId, start: o.start, end: o.end, text: o.text })),
    });
  }
  return out;
}
