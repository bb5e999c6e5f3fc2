// crosscheck/event-date: two articles give one event different days. "The ferry service will resume
// on 3 April" / "the ferry service would resume on 10 April": the same verb governs both dates and
// the sentences share most of their words, so they tell one event. Left alone: the day something was
// said ("announced on Wednesday"), another act of the story on another day (the arrest the day after
// the robbery: another verb), rounds and stages ("the first round" / "the second round"), dates that
// the text says moved ("postponed", "rescheduled"), and one day written two ways (resolved dates
// compared, not their words).
import type { Doc } from "../../domain/doc.js";
import type { Evidence } from "../../domain/span.js";
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { REPORTED_ON } from "../../lexicon/attribution.js";
import { CALENDAR_WORD, MONTHS, WEEKDAYS } from "../../lexicon/calendar.js";
import { stem, STOPWORDS } from "../../similarity/tokens.js";
import { inRanges, linkLines } from "../../claims/link-lines.js";
import { nameIn } from "../word-in.js";
import { DEMONYMS } from "../../lexicon/countries.js";

interface Dated {
  readonly articleId: string;
  readonly verb: string;
  /** The verb as a reader names the act: the lemma ("resume"), or the act's noun for verbs news has several of ("start"). */
  readonly act: string;
  readonly day: Day;
  readonly span: Evidence;
  readonly words: ReadonlySet<string>;
  /** The content words of the date's own clause. */
  readonly clause: ReadonlySet<string>;
  readonly stages: string;
  /** Kinds of contest the sentence names ("primary", "caucus", "final"), sorted; "" when none. */
  readonly contests: string;
  readonly moved: boolean;
  /** Proper names in the sentence besides the date (lower case). */
  readonly names: readonly string[];
  /** Whether the date is told as night-time or at a day's edge ("late on Friday", "Saturday night"). */
  readonly night: boolean;
  /** Which edge of its day: "late" ("Saturday night", "late on Friday"), "early" ("early on Sunday"), "" for neither or both. */
  readonly edge: string;
}

/** Sentences must share this share of their content words (Jaccard) to tell one event. */
const SAME_EVENT = 0.5;
/** … or this share when both name the one person whose act it is (a resignation, an arrest, a death). */
const SAME_ACTOR = 0.25;
/** Dated sentences compared per verb at most (a story of hundreds of copies): the first ones in story order. */
const MAX_PER_VERB = 200;

/** Kinds of contest: a primary and a caucus, a final and a semi-final are two events even on one story's page. */
const CONTEST = /\b(primary|primaries|caucus|caucuses|runoff|run-off|referendum|by-election|final|finals|semi-final|semi-finals|semifinal|semifinals|playoff|playoffs|qualifier|qualifiers|friendly|friendlies)\b/gi;
const STAGE = /\b(first|second|third|fourth|final|semi-?final|quarter-?final|runoff|run-off|next|last|previous|earlier|later|opening|closing|initial|preliminary|another|again|once more)\b/gi;
/** Right before a verb: it did not happen ("nobody answered", "did not appear", "has not been seen"), so it has no day. */
const NEGATED = /\b(?:no one|nobody|nothing|none|neither|nor|not|never|no|n['’]t|cannot)\s+(?:[\p{L}'’]+\s+)?$/iu;
const MOVED = /\b(postpone|delay|moved?|moving|reschedul|brought forward|bring forward|pushed back|push back|put back|cancel|called off|now|instead|originally|initially|was due|had been (?:due|scheduled|planned))/i;
const RELATIVE_WORDS = /\b(yesterday|today|tonight|tomorrow|ago|last|next|this|earlier|later|since|past|weekend)\b/i;
const NIGHT = /\b(night|late|early|overnight|midnight|evening|small hours|before dawn)\b/i;
const LATE_EDGE = /\b(night|late|evening)\b/i, EARLY_EDGE = /\b(early|overnight|midnight|small hours|before dawn|morning)\b/i;
const edgeOf = (around: string) => { const late = LATE_EDGE.test(around), early = EARLY_EDGE.test(around); return late === early ? "" : late ? "late" : "early"; };
/** Words that open a new clause after a comma. */
const CLAUSE_JOIN = /^(?:but|and|while|although|though|whereas|as|when|before|after|which|who|where|because|so)$/;
const STATES = new Set(["miss", "remain", "stay", "continue", "keep", "last", "live", "wait", "lie", "sit", "stand", "hold", "face", "expect", "plan", "hope", "need", "want"]);
const SPAN_BEFORE = /\b(as of|until|till|through|since|by|before|after|from|starting|beginning|no later than)\s*(?:on\s+)?$/i;
const NOT_EVENTS = new Set(["publish", "post", "update", "file", "print", "modify", "write", "date", "be", "have", "say", "tell", "announce", "report", "confirm", "add", "state", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must"]);

export function eventDate(ctx: StoryContext): FindingDraft[] {
  const byVerb = new Map<string, Dated[]>();
  for (const doc of ctx.docs) for (const d of datedEvents(doc)) {
    const list = byVerb.get(d.verb) ?? [];
    if (list.length < MAX_PER_VERB) list.push(d);
    byVerb.set(d.verb, list);
  }
  const textOf = new Map(ctx.docs.map((d) => [d.article.id, d.article.text.toLowerCase()]));
  // Every day each article names in words: "63 percent on 4 May … 41 percent on 11 May" in both is no dispute over one day.
  const daysOf = new Map(ctx.docs.map((d) => [d.article.id, d.dates.filter((x) => x.granularity === "day")
    .map((x) => { const w = dayWords(x.span.text); return w ? { ...w, iso: x.from !== null && x.from === x.to ? x.from : null } : null; })
    .filter((x): x is Day => x !== null)]));
  const givesDay = (id: string, day: Day) => (daysOf.get(id) ?? []).some((x) => sameDay(x, day));
  const out = new Map<string, FindingDraft>();
  for (const [verb, list] of byVerb) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      if (a.articleId === b.articleId || !differentDays(a.day, b.day) || a.moved || b.moved || a.stages !== b.stages) continue;
      // "in Tuesday's primaries" / "in Saturday's caucuses": two kinds of contest, two events with their own days.
      if (a.contests !== "" && b.contests !== "" && a.contests !== b.contests) continue;
      // "Sunday afternoon" in both: the texts agree, and only reading them against two publication days differs.
      if (sameWords(a.span.text, b.span.text)) continue;
      if (givesDay(a.articleId, b.day) && givesDay(b.articleId, a.day)) continue;
      // One person's act ("Carla Mendes resigned on Monday, 14 April" / "Carla Mendes stepped down … on Wednesday, 16
      // April"): the person named in both ties the sentences, whatever else each says.
      const oneActor = ACT_NOUN[verb] !== undefined && verb !== "begin" && verb !== "end" && verb !== "hold" && a.names.some((n) => b.names.includes(n));
      // (Or their dates' own clauses, of three content words or more, told in one another's words.)
      const clauses = a.clause.size >= 3 && b.clause.size >= 3 && a.clause.size < a.words.size && b.clause.size < b.words.size ? jaccard(a.clause, b.clause) : 0;
      if (Math.max(jaccard(a.words, b.words), clauses) < (oneActor ? SAME_ACTOR : SAME_EVENT)) continue;
      // Another team, town or person named in one sentence and nowhere in the other article: another event.
      if (!namedIn(a.names, textOf.get(b.articleId) ?? "") || !namedIn(b.names, textOf.get(a.articleId) ?? "")) continue;
      // "late on Friday" / "early on Saturday": around midnight, one night told two ways.
      // ("on Saturday night" / "on Sunday night": the same edge of two days is two nights.)
      if ((a.night || b.night) && !(a.edge !== "" && a.edge === b.edge)) { const gap = dayGap(a.day, b.day); if (gap === null || gap <= 1) continue; }
      const [x, y] = a.span.text < b.span.text ? [a, b] : [b, a];
      const key = `${verb}|${dayKey(x.day)}|${dayKey(y.day)}`;
      const known = out.get(key);
      if (known) {
        for (const e of [x.span, y.span]) if (!known.evidence.some((k) => k.articleId === e.articleId)) (known.evidence as Evidence[]).push(e);
        for (const id of [x.articleId, y.articleId]) if (!known.articleIds.includes(id)) (known.articleIds as string[]).push(id);
        continue;
      }
      out.set(key, {
        rule: "crosscheck/event-date", type: "contradiction", severity: "medium",
        summary: `Sources give one event different days: one article says “${x.span.text}”, another says “${y.span.text}” for ${verb === "-" ? "the same event" : ACT_NOUN[verb] !== undefined ? `the ${x.act}` : `the same act (“${x.act}”)`}.`,
        articleIds: [x.articleId, y.articleId], claimIds: [], actual: x.span.text, expected: y.span.text,
        evidence: [x.span, y.span],
      });
    }
  }
  return [...out.values()];
}

/** Words that place a day in its time or in the week, but do not name another day. */
const DAY_PART = /\b(?:on|the|late|early|last|this|past|morning|afternoon|evening|night|overnight|at|about|around)\b/g;

/** Whether two date mentions name the same day in the same words ("Friday" / "late Friday", "Jan. 19" / "Jan 19"). */
export function sameWords(a: string, b: string): boolean {
  const core = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(DAY_PART, " ").replace(/\s+/g, " ").trim();
  return core(a) !== "" && core(a) === core(b);
}

/** Each day-dated event of an article: the date, the verb that governs it, and its sentence's words. */
function datedEvents(doc: Doc): Dated[] {
  const text = doc.article.text;
  const out: Dated[] = [];
  const tokens = doc.tokens;
  const links = linkLines(text);
  for (const d of doc.dates) {
    // A named day ("on Friday", "on 3 April", "June 12"), not one counted from the writing ("yesterday", "two days ago").
    if (d.granularity !== "day" || d.form === "year" || d.form === "month" || RELATIVE_WORDS.test(d.span.text)) continue;
    const sentence = doc.sentences[d.sentence];
    if (!sentence) continue;
    // The day something was said is no event of the story.
    if (REPORTED_ON.test(text.slice(Math.max(sentence.start, d.span.start - 45), d.span.start))) continue;
    const inSentence = tokens.filter((t) => t.sentence === d.sentence);
    // The nearest verb before the date within its clause ("will resume on 3 April", "landed … on Thursday").
    let verb: string | null = null;
    let verbLemma: string | null = null;
    let verbEnd = 0, verbStart = 0;
    let verbPhrase: string | null = null;
    for (let k = inSentence.length - 1; k >= 0; k--) {
      const t = inSentence[k]!;
      if (t.start >= d.span.start) continue;
      if (/^[,;:]$/.test(t.text) || t.lower === "that" || t.lower === "while") break;
      // The tagger reads some verbs after a modal as adjectives ("will open to passengers").
      // (… and a past tense before an article, which the tagger may read as a noun after a capitalised subject: "Firefighters rescued the climbers".)
      const verbal = t.pos === "VERB" || (t.pos === "ADJ" && /^(will|would|shall|to|'ll)$/.test(inSentence[k - 1]?.lower ?? ""))
        || (t.pos === "NOUN" && /[^e]ed$/.test(t.lower) && /^(?:the|a|an|its|their|his|her)$/.test(inSentence[k + 1]?.lower ?? ""));
      // "out of the flooded Postojna cave system on Thursday", "four trapped cavers": a participle after an article or a
      // number describes a noun; the act is further back.
      if (verbal && /ed$/.test(t.lower) && (/^(?:the|a|an|its|their|his|her)$/.test(inSentence[k - 1]?.lower ?? "") || inSentence[k - 1]?.pos === "NUM")) continue;
      if (verbal && !NOT_EVENTS.has(t.lemma)) {
        const following = inSentence.slice(k + 1).filter((x) => x.start < d.span.start).slice(0, 6).map((x) => x.lower);
        verb = sameAct(t.lemma, following) ?? stem(t.lemma); verbLemma = t.lemma; verbEnd = t.end; verbStart = t.start;
        // "went off", "broke down": the act with its particle, as a reader names it.
        if (/^(?:off|out|up|down|away|over)$/.test(following[0] ?? "")) verbPhrase = `${t.lemma} ${following[0]}`;
        break;
      }
    }
    if (verb === null || inRanges(links, d.span.start)) continue;
    if (NEGATED.test(text.slice(Math.max(sentence.start, verbStart - 30), verbStart))) continue;
    // "called a snap election for May 14", "set the vote for 3 June": the day the event is to be held, as "will be held on" says.
    if (SCHEDULING.has(verbLemma!) && SCHEDULED_FOR.test(text.slice(verbEnd, d.span.start))) verb = "hold";
    // "arrested a woman over an arson attack on a depot on Tuesday night": the day is the attack's, not the arrest's.
    else if (EVENT_NOUN.test(text.slice(verbEnd, d.span.start))) continue;
    const dates = doc.dates.filter((x) => x.sentence === d.sentence);
    const content = (ts: typeof inSentence) => new Set(ts
      .filter((t) => (t.kind === "word" || t.kind === "number") && !STOPWORDS.has(t.lower) && t.lower.length > 1
        && !dates.some((x) => x.span.start <= t.start && t.end <= x.span.end))
      .map((t) => stem(t.lemma)));
    const words = content(inSentence);
    // The date's own clause ("The alarm went off briefly on Sunday night", before ", but a guard …"): what the rest of
    // the sentence adds may differ between outlets telling one act.
    let from = 0, to = inSentence.length;
    for (let k = 0; k < inSentence.length; k++) {
      const t = inSentence[k]!;
      const boundary = t.text === ";" || (t.text === "," && CLAUSE_JOIN.test(inSentence[k + 1]?.lower ?? ""));
      if (!boundary) continue;
      if (t.start < d.span.start) from = k + 1; else { to = k; break; }
    }
    const clause = content(inSentence.slice(from, to));
    // ("Rescuers brought …", "Firefighters rescued …": a plural of people opening the sentence, which the tagger may call a name, is none.)
    const names = inSentence.filter((t, k) => t.pos === "PROPN" && /^\p{Lu}/u.test(t.text) && !CALENDAR_WORD.test(t.text) && !dates.some((x) => x.span.start <= t.start && t.end <= x.span.end)
      && !(k === 0 && /\p{Ll}(?:ers|ors|ists|ians|ics|ees|men)$/u.test(t.text) && inSentence[1]?.pos !== "PROPN")).map((t) => t.lower);
    const around = text.slice(Math.max(sentence.start, d.span.start - 12), Math.min(sentence.end, d.span.end + 12));
    // ("one of Kenya's first wildlife trusts", "among the last to leave": a rank of something else, no stage of the act.)
    const stages = [...sentence.text.toLowerCase().matchAll(STAGE)].filter((m) => !/\b(?:one of|among|some of)\s+(?:the|[\p{L}'’-]+['’]s?)\s+$/u.test(sentence.text.toLowerCase().slice(Math.max(0, m.index! - 30), m.index))).map((m) => m[1]).sort().join(",");
    // A day named in words ("Friday", "3 April"), not a time alone ("5 a.m.") resolved to the publication day.
    const words0 = dayWords(d.span.text);
    if (words0 === null) continue;
    const day: Day = { ...words0, iso: d.from !== null && d.from === d.to ? d.from : null };
    // "as of Tuesday", "until Friday", "by 3 April": a state or a deadline, not the day of an event.
    if (SPAN_BEFORE.test(text.slice(Math.max(sentence.start, d.span.start - 12), d.span.start))) continue;
    // A state on a day ("six hikers were still missing on Wednesday") is no event with one day.
    // ("will be held on May 24" is the day an event takes place, not a state: "held in custody on Friday" is.)
    const heldOn = verb === "hold" && (verbLemma !== "hold" || (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(text.slice(Math.max(sentence.start, verbStart - 12), verbStart))
      && EVENT_SUBJECT.test(text.slice(sentence.start, verbStart)) && !/^\s+(?:in\s+custody|hostage|captive|prisoner|in\s+jail|in\s+prison|without)\b/i.test(text.slice(verbEnd, verbEnd + 20))));
    if ((STATES.has(verbLemma!) && !heldOn) || /\bstill\b/i.test(sentence.text)) continue;
    const contests = [...new Set([...sentence.text.toLowerCase().matchAll(CONTEST)].map((m) => m[1]!.replace(/(?:es|s)$/, "").replace(/ie$/, "y")))].sort().join(",");
    out.push({ articleId: doc.article.id, verb, act: ACT_NOUN[verb] ?? verbPhrase ?? verbLemma!, day, words, stages, contests, moved: MOVED.test(sentence.text), clause, names, night: NIGHT.test(around), edge: edgeOf(around), span: trimmed(doc.article.id, d.span) });
  }
  return out;
}

/** Nouns naming an event of their own, whose day a date after them gives. */
const EVENT_NOUN = /\b(?:attack|crash|collision|shooting|stabbing|fire|blaze|explosion|blast|robbery|raid|murder|killing|assault|theft|burglary|break-in|accident|incident|match|game|vote|election|referendum|storm|quake|earthquake|flood|protest|riot|strike)s?\b/i;

/**
 * Verbs (and phrasal verbs) news uses for one act: "resigned" / "quit" / "stepped down", "was
 * detained" / "was arrested", "died" / "passed away". Each group's first word names the act.
 */
const ACTS: readonly (readonly string[])[] = [
  ["resign", "quit", "step down", "stand down"],
  ["arrest", "detain", "apprehend"],
  ["die", "pass away"],
  // "the fire started on Sunday" / "broke out on Tuesday", "fighting erupted on …", "the festival kicks off on …".
  ["begin", "start", "get under way", "break out", "erupt", "kick off"],
  ["end", "finish", "conclude", "wrap up"],
  // "the election will be held on May 24" / "will take place on May 24" / "is scheduled for May 24" / "called … for May 14".
  ["hold", "take place", "schedule"],
  // "firefighters rescued the climbers on Wednesday" / "brought the climbers down on Friday" / "were brought out safely on
  // Tuesday" / "pulled the boy out of the water on Sunday": one rescue (the particle may come after the rescued).
  ["rescue", "bring out", "bring down", "pull out", "winch", "airlift"],
];
/** Acts whose particle may follow the object ("brought four trapped cavers out"): searched a few words on. */
const LOOSE_PARTICLE = new Set(["rescue"]);

/** Verbs that set an event's day: "called a snap election for May 14", "scheduled the vote for", "set the referendum for". */
const SCHEDULING: ReadonlySet<string> = new Set(["call", "schedule", "set", "fix", "plan"]);
/** Between such a verb and the date: the event named, then "for" ("a snap parliamentary election for"). */
const SCHEDULED_EVENTS = String.raw`(?:election|elections|vote|referendum|poll|ballot|runoff|run-off|primary|summit|meeting|talks|hearing|trial|match|final|strike|ceremony|funeral|festival|race|concert|congress|conference)`;
const SCHEDULED_FOR = new RegExp(String.raw`^\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?${SCHEDULED_EVENTS}(?:\s+[\p{L}'’-]+){0,5}?\s+for\s+$`, "iu");
/** Before "will be held on": an event as the clause's subject ("The snap election … will be held on May 24"), not a person held in custody. */
const EVENT_SUBJECT = new RegExp(String.raw`\b${SCHEDULED_EVENTS}\b[^.;]*$`, "iu");

/** How a summary names the acts of ACTS: "different days for the start". */
const ACT_NOUN: Readonly<Record<string, string>> = { resign: "resignation", arrest: "arrest", die: "death", begin: "start", end: "end", hold: "day it is held", rescue: "rescue" };

/** The act a verb (with the particle after it) names, when news has other verbs for it; else null. */
function sameAct(lemma: string, following: readonly string[]): string | null {
  for (const group of ACTS) for (const v of group) {
    const [head, particle] = v.split(" ");
    if ((lemma === head || stem(lemma) === stem(head!)) && (particle === undefined || particle === following[0] || (LOOSE_PARTICLE.has(group[0]!) && following.includes(particle)))) return group[0]!;
  }
  return null;
}

/** Whether every name appears in the other article's text (as a word). */
function namedIn(names: readonly string[], other: string): boolean {
  return names.every((n) => nameIn(other, n, true) || sameCountry(n, other));
}

/** Country names by their lower-case demonyms ("kenyan" → "Kenya"), and back. */
const COUNTRY_OF_DEMONYM = new Map(Object.entries(DEMONYMS).map(([d, c]) => [d.toLowerCase(), c] as const));
const DEMONYMS_OF_COUNTRY = new Map<string, string[]>();
for (const [d, c] of Object.entries(DEMONYMS)) { const l = DEMONYMS_OF_COUNTRY.get(c.toLowerCase()); if (l) l.push(d); else DEMONYMS_OF_COUNTRY.set(c.toLowerCase(), [d]); }

/** "Kenyan" named where the other article writes "Kenya's", or "Kenya" where it writes "Kenyan": one country. */
function sameCountry(name: string, other: string): boolean {
  const country = COUNTRY_OF_DEMONYM.get(name);
  if (country !== undefined) return nameIn(other, country.toLowerCase(), true);
  return (DEMONYMS_OF_COUNTRY.get(name) ?? []).some((d) => nameIn(other, d.toLowerCase(), true));
}

/** Days between two dates (resolved YYYY-MM-DD, or weekday names, the shorter way round); null when unknown. */
function dayGap(a: Day, b: Day): number | null {
  if (a.iso !== null && b.iso !== null) return Math.abs(Date.parse(a.iso) - Date.parse(b.iso)) / 86_400_000;
  const x = WEEKDAYS.indexOf(a.weekday ?? ""), y = WEEKDAYS.indexOf(b.weekday ?? "");
  if (x < 0 || y < 0) return null;
  const d = Math.abs(x - y);
  return Math.min(d, 7 - d);
}

/** A day as the text names it (weekday, day and month) and, when the article's date resolves it, as a calendar day. */
interface Day { readonly iso: string | null; readonly weekday: string | null; readonly dm: string | null }

const MONTH_RE = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

// (Built once: dayWords runs for every date of every article.)
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?![a-z])`);
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`);

/** The weekday and the day-and-month a date's words name; null when they name neither. */
function dayWords(text: string): { weekday: string | null; dm: string | null } | null {
  const t = text.toLowerCase();
  const weekday = WEEKDAYS.find((w) => t.includes(w)) ?? null;
  const m = DAY_MONTH.exec(t) ?? MONTH_DAY.exec(t);
  const dm = m ? (/^\d/.test(m[1]!) ? `${Number(m[1])} ${monthOf(m[2]!)}` : `${Number(m[2])} ${monthOf(m[1]!)}`) : null;
  return weekday === null && dm === null ? null : { weekday, dm };
}

const monthOf = (w: string) => MONTHS.find((x) => x.startsWith(w.slice(0, 3))) ?? w;

/** Whether two days certainly differ: by calendar day when both resolve, else by whatever both texts name. */
function differentDays(a: Day, b: Day): boolean {
  if (a.iso !== null && b.iso !== null) return a.iso !== b.iso;
  const named = (d: Day) => ({ weekday: d.weekday ?? (d.iso ? WEEKDAYS[new Date(`${d.iso}T12:00:00Z`).getUTCDay()]! : null), dm: d.dm ?? (d.iso ? `${Number(d.iso.slice(8))} ${MONTHS[Number(d.iso.slice(5, 7)) - 1]}` : null) });
  const x = named(a), y = named(b);
  if (x.dm !== null && y.dm !== null) return x.dm !== y.dm;
  if (x.weekday !== null && y.weekday !== null) return x.weekday !== y.weekday;
  return false;
}

/** Whether two days are surely one: one calendar day, or the same day and month, or the same weekday where neither names a month. */
const sameDay = (a: Day, b: Day) => (a.iso !== null && a.iso === b.iso) || (a.dm !== null && a.dm === b.dm)
  || (a.dm === null && b.dm === null && a.weekday !== null && a.weekday === b.weekday);

const dayKey = (d: Day) => d.iso ?? d.dm ?? d.weekday ?? "?";

/** The date without its preposition and trailing punctuation: "3 April" for "on 3 April,". */
function trimmed(articleId: string, span: { start: number; end: number; text: string }): Evidence {
  const lead = /^(?:on|the)\s+/i.exec(span.text)?.[0].length ?? 0;
  const tail = /[\s,;:.]+$/.exec(span.text)?.[0].length ?? 0;
  return { articleId, start: span.start + lead, end: span.end - tail, text: span.text.slice(lead, span.text.length - tail) };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let s = 0;
  for (const w of a) if (b.has(w)) s++;
  return s / Math.max(1, a.size + b.size - s);
}
