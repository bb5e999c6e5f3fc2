// crosscheck/event-day: two articles put the story's event, named by its noun, on different days. "A strong earthquake
// struck western Nepal on Thursday" / "families slept outdoors after Wednesday's earthquake": the event is a quake, an
// explosion, a fire, a collapse …, and each article gives it a day — by a weekday before it ("Wednesday's earthquake",
// "Friday night's fire"), by a day right after it ("the explosion at the plant on Monday"), or as the subject of a verb
// of happening whose clause gives the day ("The fire broke out at the market on Saturday night", "The bridge …
// collapsed on Wednesday morning"). event-date compares days by the verb that governs them; this rule by the event's
// name, which a follow-up report gives without the first report's verb.
//
// Left alone: another event of the kind ("a second explosion on Tuesday", "another storm", an aftershock), an article
// that gives the event two days (a fire that burned from Saturday into Sunday), a night's two edges ("late on Friday" /
// "early on Saturday"), the day something was said ("the fire service said on Tuesday"), and a noun that names
// something else ("the fire service", "quake victims' funerals" on another day).
import type { Doc } from "../../domain/doc.js";
import type { Evidence } from "../../domain/span.js";
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { REPORTED_ON } from "../../lexicon/attribution.js";
import { evidenceOf } from "../../domain/span.js";
import { MONTHS, WEEKDAYS } from "../../lexicon/calendar.js";

/**
 * Nouns of events a story is about, to the name a reader knows them by. Disasters and failures that happen once to a
 * place, not incidents a city has many of (a shooting, a stabbing, a crash, a robbery): stories of look-alike incidents
 * grouped together gave them two days in ten of ten findings on real local news (gun-corpus tune).
 */
const EVENT_NOUN: Readonly<Record<string, string>> = {
  earthquake: "earthquake", quake: "earthquake", tremor: "earthquake", temblor: "earthquake",
  explosion: "explosion", blast: "explosion", fire: "fire", blaze: "fire", wildfire: "fire", bushfire: "fire",
  landslide: "landslide", mudslide: "landslide", landslip: "landslide", avalanche: "avalanche", eruption: "eruption",
  collapse: "collapse", derailment: "derailment", sinking: "sinking", capsizing: "capsizing", stampede: "stampede", crush: "crush",
  storm: "storm", flood: "flood", floods: "flood", flooding: "flood", tornado: "tornado",
  blackout: "blackout", outage: "blackout", spill: "spill", leak: "leak", riot: "riot",
};
const NOUNS = Object.keys(EVENT_NOUN).join("|");
/** Verbs whose act names the event: "the bridge collapsed", "the tanker exploded". */
const ACT_VERB: Readonly<Record<string, string>> = {
  collapsed: "collapse", exploded: "explosion", erupted: "eruption", crashed: "crash", derailed: "derailment", sank: "sinking", capsized: "capsizing",
};
/** Verbs of an event happening, its noun the subject: "the quake struck", "the fire broke out", "the blast tore through". */
const HAPPEN = String.raw`(?:struck|hit|happened|occurred|took place|broke out|started|began|erupted|tore through|ripped through|swept through|rocked|shook|engulfed|destroyed|killed|left|flattened|gutted|caused|unfolded)`;
/** Right before the noun: another event of its kind, or one of a series. */
const OTHER_OF_KIND = /\b(?:second|third|fourth|another|earlier|previous|prior|first|new|separate|similar|last|next|further|smaller|larger|later)\s+(?:[\p{L}-]+\s+)?$/iu;
const SERIES = new RegExp(String.raw`\b(?:first|second|third|fourth|another|two|three|twin|both|several|further)\s+(?:[\p{L}-]+\s+)?(${NOUNS})\b`, "giu");
/** Right after the noun: it names something else ("the fire service", "the blast zone", "quake victims"). */
const NOT_THE_EVENT = /^\s+(?:service|services|brigade|brigades|department|station|stations|fighters?|crews?|chief|chiefs|officials?|alarms?|engines?|safety|exit|exits|insurance|drill|drills|season|risk|risks|zone|zones|survivors?|victims?|warning|warnings|investigators?|investigation|inquiry|probe|site|scene|appeal|fund|relief)\b/i;
/** A day named in words: a weekday, "yesterday", or a month and its day ("June 3", "3 Jun"). */
const MONTH_STEM = `(?:${MONTHS.map((m) => m.slice(0, 3)).join("|")})`;
const NAMED_DAY = new RegExp(String.raw`\b(?:${WEEKDAYS.join("|")}|yesterday)\b|\b${MONTH_STEM}[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+${MONTH_STEM}`, "i");
/** Articles published further apart than this tell, for one kind of event, two events. */
const MAX_DAYS_APART = 4;
const LATE_EDGE = /\b(?:night|late|evening)\b/i, EARLY_EDGE = /\b(?:early|overnight|midnight|small hours|before dawn)\b/i;
/** A verb in the past that tells something done (not said, expected or feared): "buried", "flattened", "derailed". */
const PAST_ACT = String.raw`(?!(?:said|reported|announced|confirmed|expected|scheduled|planned|predicted|forecasted|warned|added|stated|claimed|estimated|believed|feared|thought|alleged|needed|used|called|named|described|considered|reported)\b)[a-z]{3,}ed`;
/** Words that put the clause's act ahead or in doubt: no day of an event that happened. */
const NOT_HAPPENED = /\b(?:will|would|could|may|might|expected to|due to|forecast to|set to|threatens? to|feared|if)\b/i;
/** The clause opens with the event's noun (past a few words: "A strong earthquake", "The fire at the market"), a verb of happening follows, then the day. */
const SUBJECT = new RegExp(String.raw`^\W*(?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}.,'’-]+\s+){0,3}?(${NOUNS})\b[^.;]{0,90}?\b(?:${HAPPEN}|${PAST_ACT})\b[^.;]{0,90}$`, "diu");
/** The noun, then a relative clause with a verb of happening, then the day: "the landslide, which struck on Monday". */
const RELATIVE = new RegExp(String.raw`\b(${NOUNS})\s*,?\s+(?:which|that)\s+(?:[\p{L}-]+\s+){0,2}?${HAPPEN}\b[^.;]{0,60}$`, "diu");
/** The clause opens with what the event happened to, then its act: "The bridge in Porto Alegre collapsed …". */
const ACTED = new RegExp(String.raw`^\W*(?:the|a|an)\s+[^.;,]{0,60}?\b(${Object.keys(ACT_VERB).join("|")})\b[^.;]{0,40}$`, "di");

interface EventDay {
  readonly articleId: string;
  readonly event: string;
  readonly day: string;
  /** Which edge of its day the words put it at: "late" ("Saturday night"), "early" ("early on Sunday"), "" for neither. */
  readonly edge: string;
  readonly span: Evidence;
}

export function eventDay(ctx: StoryContext): FindingDraft[] {
  const byEvent = new Map<string, Map<string, EventDay[]>>();
  // Events of which some article tells several ("a second explosion", "the first blast", "another storm"): whose day is whose is unclear.
  const several = new Set<string>();
  for (const doc of ctx.docs) for (const m of doc.article.text.matchAll(SERIES)) several.add(EVENT_NOUN[m[1]!.toLowerCase()]!);
  for (const doc of ctx.docs) {
    const days = new Map<string, EventDay[]>();
    for (const e of eventDays(doc)) (days.get(e.event) ?? days.set(e.event, []).get(e.event)!).push(e);
    for (const [event, list] of days) {
      // An article that gives the event two days ("broke out on Saturday and burned until Sunday") is left alone.
      if (new Set(list.map((e) => e.day)).size !== 1) continue;
      (byEvent.get(event) ?? byEvent.set(event, new Map()).get(event)!).set(doc.article.id, list);
    }
  }
  const when = new Map(ctx.docs.map((d) => [d.article.id, d.article.publishedAt ? Date.parse(d.article.publishedAt.slice(0, 10)) : NaN]));
  const published = (id: string) => when.get(id) ?? NaN;
  const out: FindingDraft[] = [];
  for (const [event, perArticle] of byEvent) {
    if (several.has(event)) continue;
    const firsts = [...perArticle.values()].map((l) => l[0]!);
    const seen = new Set<string>();
    for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) {
      const a = firsts[i]!, b = firsts[j]!;
      if (a.day === b.day) continue;
      if (Math.abs(published(a.articleId) - published(b.articleId)) > MAX_DAYS_APART * 86_400_000) continue; // (NaN: undated, compared)
      // "late on Friday" / "early on Saturday": around midnight, one night told two ways ("Friday night" / "Saturday
      // night", the same edge of two days, are two nights).
      const gap = Math.abs(Date.parse(a.day) - Date.parse(b.day)) / 86_400_000;
      const [x, y] = a.day < b.day ? [a, b] : [b, a];
      if (gap <= 1 && x.edge !== "early" && y.edge !== "late" && (x.edge === "late" || y.edge === "early")) continue;
      const key = `${x.day}|${y.day}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Every article that gives either day stands as evidence ("Wednesday" in the wire and the paper, "Tuesday" in the local).
      const sides = firsts.filter((e) => e !== x && e !== y && (e.day === x.day || e.day === y.day));
      out.push({
        rule: "crosscheck/event-day", type: "contradiction", severity: "medium",
        summary: `Sources give the ${event} different days: one article says “${x.span.text}” (${weekdayOf(x.day)}), another says “${y.span.text}” (${weekdayOf(y.day)}).`,
        articleIds: [x.articleId, y.articleId, ...sides.map((e) => e.articleId)], claimIds: [], actual: y.span.text, expected: x.span.text,
        evidence: [x.span, y.span, ...sides.map((e) => e.span)],
      });
    }
  }
  return out;
}

/** "2026-06-03" → "Wednesday 3 June 2026". */
function weekdayOf(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** Each day an article gives a named event, with the words that give it (the day and the event's noun or verb). */
function eventDays(doc: Doc): EventDay[] {
  const text = doc.article.text;
  const out: EventDay[] = [];
  for (const d of doc.dates) {
    // A day named ("on Tuesday", "Friday night's", "on June 3"), not one read off "now", "over the weekend" or a clock time.
    if (d.granularity !== "day" || d.from === null || d.from !== d.to || !NAMED_DAY.test(d.span.text)) continue;
    const s = doc.sentences[d.sentence];
    if (!s) continue;
    const before = text.slice(s.start, d.span.start), after = text.slice(d.span.end, s.end);
    const push = (event: string, start: number, end: number) => {
      const around = text.slice(Math.max(s.start, d.span.start - 12), d.span.end + 10);
      const late = LATE_EDGE.test(around), early = EARLY_EDGE.test(around);
      out.push({ articleId: doc.article.id, event, day: d.from!, edge: late === early ? "" : late ? "late" : "early", span: evidenceOf(doc.article.id, text, start, end) });
    };
    // "Wednesday's earthquake", "Friday night's fire", "Tuesday's collapse of the bridge".
    const owned = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(${NOUNS})\b`, "iu").exec(after);
    if (owned && !OTHER_OF_KIND.test(after.slice(0, owned.index + owned[0].length - owned[1]!.length))) {
      push(EVENT_NOUN[owned[1]!.toLowerCase()]!, d.span.start, d.span.end + owned[0].length);
      continue;
    }
    // The day something was said is not the event's.
    if (REPORTED_ON.test(before)) continue;
    // "the explosion at the chemical plant on Monday": the noun, a short place phrase, then the day.
    const right = new RegExp(String.raw`\b(${NOUNS})((?:\s+(?:at|in|near|on|outside|inside)\s+[^,.;:]{1,40}?)?)\s+$`, "iu").exec(before);
    if (right && !OTHER_OF_KIND.test(before.slice(0, right.index)) && !NOT_THE_EVENT.test(before.slice(right.index + right[1]!.length))) {
      push(EVENT_NOUN[right[1]!.toLowerCase()]!, s.start + right.index, d.span.end);
      continue;
    }
    // "The fire broke out at the Kumasi market on Saturday night": the noun heads the clause, a verb of happening
    // after it, the day in its clause. "The bridge in Porto Alegre collapsed on Wednesday": the verb names the event.
    const hyphen = before.lastIndexOf(" - ");
    // (Past a dateline too: "SANTIAGO, June 3 (GW) — A strong earthquake struck … on Wednesday".)
    const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("—"), before.lastIndexOf("–"), hyphen >= 0 ? hyphen + 2 : -1) + 1);
    const offset = s.start + before.length - clause.length;
    const subject = NOT_HAPPENED.test(clause) ? null : SUBJECT.exec(clause);
    if (subject && !OTHER_OF_KIND.test(clause.slice(0, subject.indices![1]![0])) && !NOT_THE_EVENT.test(clause.slice(subject.indices![1]![1]))) {
      push(EVENT_NOUN[subject[1]!.toLowerCase()]!, offset + subject.indices![1]![0], d.span.end);
      continue;
    }
    // "survivors of the Ban Na landslide, which struck on Monday".
    const relative = RELATIVE.exec(before);
    if (relative && !OTHER_OF_KIND.test(before.slice(0, relative.indices![1]![0]))) {
      push(EVENT_NOUN[relative[1]!.toLowerCase()]!, s.start + relative.indices![1]![0], d.span.end);
      continue;
    }
    const acted = ACTED.exec(clause);
    if (acted) push(ACT_VERB[acted[1]!.toLowerCase()]!, offset + acted.indices![0]![0], d.span.end);
  }
  return out;
}
