// crosscheck/event-time: the clock time at which the story's event happened, told differently by two outlets ("The
// explosion tore through the block at 3:40 a.m." / "the blast, which hit the block at 4:30 a.m."). An event happens
// once, so two times far apart for one kind of event are a dispute a desk checks against the first reports.
// Forms read: "at 3:40 a.m.", "at 3.40am", "at 4 p.m.", "at 15:40", "at 03:40 local time", "at noon", "at midnight",
// "at about 10 p.m.", "shortly before 4 a.m.", "just after 9pm", with the event as a noun before the time ("the
// blast, at 2:45 a.m.,", "The quake struck at") or told by its verb ("the bomb went off at", "the train derailed at").
// Left alone: times of other acts (police arrived, the fire was put out, flights resume), a time in another zone
// ("(1915 GMT)", "at 1915 GMT" against a local time), a second or another event ("a second blast", "an aftershock"),
// an article that gives one kind of event two times (it knows of two events or of a correction), and times that a
// rounding word explains ("shortly before 4 a.m." against 3:52).
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { ROUNDUP } from "./contradiction.js";
import { CALENDAR_WORD, WEEKDAYS } from "../../lexicon/calendar.js";

/** Kinds of event, by the nouns and verbs that tell them. */
const NOUN_KIND: Readonly<Record<string, string>> = {
  explosion: "blast", blast: "blast", bomb: "blast", bombing: "blast", detonation: "blast", explosions: "blast",
  earthquake: "quake", quake: "quake", tremor: "quake", temblor: "quake",
  fire: "fire", blaze: "fire", inferno: "fire", flames: "fire",
  crash: "crash", collision: "crash", derailment: "crash", accident: "crash", pile: "crash",
  attack: "attack", shooting: "attack", stabbing: "attack", assault: "attack", raid: "attack", ambush: "attack",
  collapse: "collapse", landslide: "collapse", mudslide: "collapse", avalanche: "collapse",
  eruption: "eruption", tornado: "storm", storm: "storm",
};
/** Verbs that tell the event itself happened (not a response to it), with the kind they imply where they imply one. */
const EVENT_VERB = /\b(?:(struck|hit|happened|occurred|took place|broke out|started|began|erupted|rocked|shook|jolted|tore through|ripped through|swept through)|(exploded|went off|detonated|blew up)|(crashed|derailed|collided|capsized|sank|came down|went down|plunged)|(collapsed|caved in)|(opened fire|attacked|stormed|was shot|were shot|was stabbed|were stabbed|was wounded|were wounded|gunned down))\b/gi;
const VERB_KIND = [null, null, "blast", "crash", "collapse", "attack"] as const;
/** Words before the event noun that make it another event than the story's first one. */
const OTHER_EVENT = /\b(?:second|third|fourth|another|new|later|earlier|further|smaller|bigger|larger|separate|previous|last|latest|recent|first|aftershock)\s+(?:\w+\s+)?$/i;
/** Words before the event noun that tell a time relative to it: "the night before the attack, just after 10 p.m.". */
const RELATIVE_TO = /\b(?:before|after|since|until|following|ahead\s+of|during|prior\s+to)\s+(?:the|an?|this|that|his|her|their)\s+(?:\w+\s+)?$/i;

/** A clock time: group 1 the rounding word, 2 hours, 3 minutes, 4 a.m./p.m., 5 a zone; or noon / midnight (group 6). */
const CLOCK = /\b(?:(about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)|soon\s+after|some\s+time\s+(?:before|after)|before|after|by)\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?(?![a-z]))|(\d{1,2})[:.](\d{2})(?!\s*[ap]\.?\s?m)(?![.:]?\d)(?!\s*(?:%|per\s*cent|percent|million|billion|trillion|m\b|bn\b|km|miles|metres|meters|kg|points|goals))(?:\s*(?:hours|hrs|h)\b)?|(noon|midday|midnight))(\s*(?:local time|GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|IST|JST)\b)?/gi;

interface Told { readonly articleId: string; readonly kind: string; readonly minutes: number; readonly rough: boolean; readonly zone: string; readonly start: number; readonly end: number; readonly text: string; readonly weekday: string | null; readonly lead: boolean; readonly names: ReadonlySet<string> }

const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i");
/** Articles published this many days apart tell two events, whatever their times (look-alike incidents grouped). */
const MAX_DAYS_APART = 3;

function clockOf(m: RegExpMatchArray): { minutes: number; rough: boolean; zone: string } | null {
  const rough = m[1] !== undefined;
  const zone = /GMT|UTC/i.test(m[8] ?? "") ? "utc" : (m[8] ?? "").trim() === "" || /local/i.test(m[8]!) ? "local" : m[8]!.trim().toLowerCase();
  if (m[7] !== undefined) return { minutes: /midnight/i.test(m[7]) ? 0 : 12 * 60, rough, zone };
  if (m[2] !== undefined) {
    let h = Number(m[2]); const min = Number(m[3] ?? 0);
    if (h < 1 || h > 12 || min > 59) return null;
    if (/^p/i.test(m[4]!)) h = h === 12 ? 12 : h + 12; else if (h === 12) h = 0;
    return { minutes: h * 60 + min, rough, zone };
  }
  const h = Number(m[5]), min = Number(m[6]);
  if (h > 23 || min > 59) return null;
  return { minutes: h * 60 + min, rough, zone };
}

/** Acts that answer an event: their times are not the event's ("firefighters arrived at 4:30", "was put out by noon"). */
const RESPONSE = /\b(?:arriv\w*|reach\w*|put out|extinguish\w*|brought under control|contained|evacuat\w*|sealed|closed|reopen\w*|resum\w*|return\w*|called|alerted|sent|dispatched|responded|rushed|summoned|deployed|rescued|found|freed|pulled|until|ended|was over|lasted)\b/gi;

/**
 * The event a time belongs to, from the words of its clause before it (up to 90 characters), or null: the last event
 * verb's or event noun's kind, unless a response verb comes after it ("The quake struck; rescuers arrived at") or a
 * word makes it another event ("a second blast", "an aftershock"). A noun alone must stand right before the time
 * ("an explosion at 3 a.m.", "the blast, at 2:45 a.m.,").
 */
function eventBefore(clause: string): string | null {
  let kind: string | null = null, nounEnd = -1;
  for (const n of clause.matchAll(/\b([a-z]+)\b/gi)) {
    const word = n[1]!.toLowerCase();
    const k = NOUN_KIND[word];
    if (k !== undefined || /^aftershocks?$/.test(word)) {
      const lead = clause.slice(0, n.index);
      kind = k === undefined || OTHER_EVENT.test(lead) || RELATIVE_TO.test(lead) ? "other" : k;
      nounEnd = n.index! + n[0].length;
    }
  }
  let verbKind: string | null | undefined, verbAt = -1;
  for (const v of clause.matchAll(EVENT_VERB)) { verbKind = VERB_KIND[[2, 3, 4, 5].find((i) => v[i] !== undefined) ?? 0] ?? null; verbAt = v.index!; }
  let responseAt = -1;
  for (const r of clause.matchAll(RESPONSE)) responseAt = r.index!;
  // A response verb governs what follows it, nouns too: "Firefighters were called to the blaze at 9:40 p.m.".
  if (kind === "other" || responseAt > verbAt) return null;
  // A noun after a preposition is where someone went or what they did something to: "Crews were sent to the fire at".
  if (verbKind === undefined && /\b(?:to|by|from|with|for|towards|into|near|over|on|about)\s+(?:the|an?|this|that)?\s*(?:\w+\s+)?$/i.test(clause.slice(0, Math.max(0, nounEnd)).replace(/\w+$/, ""))) return null;
  if (verbKind === undefined) return kind !== null && /^\s*(?:[,(]\s*)?(?:at|about|around|shortly\s+(?:before|after)|just\s+(?:before|after))?\s*$/i.test(clause.slice(nounEnd)) ? kind : null;
  return kind ?? verbKind;
}

/** Sentences of an article that count as its lead: the event's time is told there, or tied to the other by a name. */
const LEAD_SENTENCES = 4;
const NOT_NAMES = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|The|A|An|AM|PM|GMT|UTC|ET|PT|CT)$/;
/** Capitalised words inside a sentence (not its first word): places and people that tie two sentences to one event. */
const namesIn = (sentence: string) => new Set([...sentence.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}'’-]+/gu)].map((m) => m[0]).filter((w) => !CALENDAR_WORD.test(w) && !NOT_NAMES.test(w)));

export function eventTimes(articleId: string, text: string): Told[] {
  const out: Told[] = [];
  const sentenceStarts = [0, ...[...text.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu)].map((m) => m.index! + m[0].length)];
  for (const m of text.matchAll(CLOCK)) {
    const c = clockOf(m);
    if (c === null) continue;
    const start = m.index!, end = start + m[0].length;
    // A time in brackets is the same time in another zone: "at 9:15 p.m. local time (1915 GMT)".
    if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    const lead = text.slice(Math.max(0, start - 90), start);
    const clause = lead.slice(Math.max(lead.lastIndexOf("."), lead.lastIndexOf(";"), lead.lastIndexOf("!"), lead.lastIndexOf("?")) + 1);
    // The time must be the event's: "struck at 3:52", "the blast, at 2:45 a.m." — not "until", "from", "by" another act.
    if (!/\b(?:at|about|around|shortly\s+(?:before|after)|just\s+(?:before|after)|soon\s+after)\s*$|,\s*$/i.test(clause + (m[1] ?? "")) && !/\bat\s+$/i.test(clause)) continue;
    const kind = eventBefore(clause);
    if (kind === null) continue;
    // The weekday told with the time ("at 3:15 a.m. Sunday"), within its sentence.
    const sentenceEnd = text.slice(end).search(/[.!?](?:\s|$)/);
    const weekday = WEEKDAY.exec(clause + text.slice(end, sentenceEnd < 0 ? undefined : end + sentenceEnd))?.[1]?.toLowerCase() ?? null;
    const sentenceIndex = sentenceStarts.filter((x) => x <= start).length - 1;
    const sentence = text.slice(sentenceStarts[sentenceIndex]!, sentenceEnd < 0 ? undefined : end + sentenceEnd + 1);
    // A round-up's other incidents ("About 30 minutes earlier, four people were shot", "a violent night").
    if (ROUNDUP.test(sentence)) continue;
    out.push({ articleId, kind, minutes: c.minutes, rough: c.rough, zone: c.zone, start, end, text: text.slice(start, end).trim(), weekday, lead: sentenceIndex < LEAD_SENTENCES, names: namesIn(sentence) });
  }
  return out;
}

/** Minutes between two clock times, across midnight the short way. */
const apart = (a: number, b: number) => Math.min(Math.abs(a - b), 24 * 60 - Math.abs(a - b));

export function eventTime(ctx: StoryContext): FindingDraft[] {
  const kept: Told[] = [];
  const published = new Map(ctx.docs.map((d) => [d.article.id, d.article.publishedAt ? Date.parse(d.article.publishedAt.slice(0, 10)) : NaN]));
  const daysApart = (a: string, b: string) => Math.abs((published.get(a) ?? NaN) - (published.get(b) ?? NaN)) / 86_400_000;
  for (const d of ctx.docs) {
    const mine = eventTimes(d.article.id, d.article.text);
    for (const x of mine) {
      const same = mine.filter((y) => y.kind === x.kind);
      // Two times for one kind of event in one article: it knows of two events, or of a correction.
      if (same.every((y) => apart(y.minutes, x.minutes) <= 15) && same[0] === x) kept.push(x);
    }
  }
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) {
    const a = kept[i]!, b = kept[j]!;
    if (a.articleId === b.articleId || a.kind !== b.kind || a.zone !== b.zone) continue;
    // Two days named, or articles days apart: two events (a round-up's shootings, look-alike incidents).
    // Articles days apart tell two events; undated ones cannot be placed, so only their leads are compared.
    const apartDays = daysApart(a.articleId, b.articleId);
    if ((a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday) || apartDays > MAX_DAYS_APART) continue;
    if (Number.isNaN(apartDays) && !(a.lead && b.lead)) continue;
    // Each time told in its article's lead, or both sentences naming one place or person: one event.
    if (!(a.lead && b.lead) && ![...a.names].some((n) => b.names.has(n))) continue;
    const gap = apart(a.minutes, b.minutes);
    // A rounding word ("shortly before 4 a.m.", "around 10 p.m.") explains up to an hour; exact times 20 minutes.
    if (gap < (a.rough || b.rough ? 60 : 20)) continue;
    const key = `${a.kind}|${[a.minutes, b.minutes].sort().join("|")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [x, y] = a.minutes < b.minutes ? [a, b] : [b, a];
    out.push({
      // Low, a hint to check: on held-out local news (the twelfth session's report fold) all four such findings were two
      // shootings of one night or of one round-up, as were six of seven on the tune fold before its fixes — the words
      // around a time cannot tell them apart from one event told twice.
      rule: "crosscheck/event-time", type: "contradiction", severity: "low",
      summary: `Sources may disagree on what time the ${KIND_WORD[a.kind] ?? "event"} happened: one article says “${x.text}”, another says “${y.text}” (or they tell two events).`,
      articleIds: [x.articleId, y.articleId], claimIds: [], actual: y.text, expected: x.text,
      evidence: [x, y].map((o) => ({ articleId: o.articleId, start: o.start, end: o.end, text: o.text })),
    });
  }
  return out;
}

const KIND_WORD: Readonly<Record<string, string>> = { blast: "explosion", quake: "earthquake", fire: "fire", crash: "crash", attack: "attack", collapse: "collapse", eruption: "eruption", storm: "storm" };
