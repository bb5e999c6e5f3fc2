// crosscheck/anachronism: what cannot be true in the story's time frame.
// (a) "U.S. Secretary of State Antony Blinken" in a 2025 story: the kb says his term ended 2025-01-20;
// (b) "this latest exchange marks the fifth swap in 2023" in a story set in 2025;
// (c) "just weeks before ... NATO's Brussels summit" when the next NATO summit was in The Hague.
// The kb's "unknown after as_of" is never a contradiction: open terms after as_of say nothing.
import type { Claim, RoleClaim } from "../../domain/claim.js";
import type { Doc } from "../../domain/doc.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { DatedEvent } from "../../domain/kb.js";
import type { Timeframe } from "../../domain/story.js";
import { evidenceOf } from "../../domain/span.js";
import type { StoryContext } from "../../domain/context.js";
import { checkRole, eventMentions } from "../../kb/evidence.js";
import { TIE_BREAK } from "../../kb/timeframe.js";
import { addDays, highDay, lowDay } from "../../kb/dates.js";
import { ownYears } from "./own-year.js";
import { namesCountry } from "../../lexicon/series.js";
import { type Witnesses, witnesses } from "../witnesses.js";

const MIN = "0000-01-01", MAX = "9999-12-31";
const PAST_CUE = /\b(former|then|under|predecessor|era of|administration of|late|ex-)\b[^.;]*$/i;

export function anachronism(ctx: StoryContext): FindingDraft[] {
  const tf = ctx.timeframe;
  if (tf.from === null && tf.to === null) return [];
  // Each article's claims, gathered once (not a walk over all the story's claims for every article).
  const byArticle = new Map<string, Claim[]>();
  for (const c of ctx.claims) { const l = byArticle.get(c.articleId); if (l) l.push(c); else byArticle.set(c.articleId, [c]); }
  const roles = ctx.docs.flatMap((doc) => roleFindings(ctx, doc, tf, byArticle.get(doc.article.id) ?? []));
  const rest = ctx.docs.flatMap((doc) => { const claims = byArticle.get(doc.article.id) ?? []; return [...yearFindings(doc, tf), ...eventFindings(ctx, doc, tf, claims)]; });
  return [...sharedTitles(roles, witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations)), ...rest];
}

/**
 * Two or more independent articles (copies of one source count once) that each present one person in one office out
 * of the frame, as a holder acting in the story (findings above low): more likely the story spans that person's time — two events clustered as one, a
 * look back beside today's news — than every outlet being wrong. A slip is one article's. Such findings become a
 * low hint about the story's frame, and say so.
 */
function sharedTitles(findings: readonly FindingDraft[], w: Witnesses): FindingDraft[] {
  const articles = new Map<string, Set<string>>();
  for (const f of findings) if (f.severity !== "low" && f.actual) (articles.get(f.actual) ?? articles.set(f.actual, new Set()).get(f.actual)!).add(f.articleIds[0]!);
  return findings.map((f) => {
    // Copies of one wire story are one source: a wrong title they all carry is one slip, still flagged.
    const n = f.actual && f.severity !== "low" ? w.count([...articles.get(f.actual)!]) : 0;
    return n >= 2 ? { ...f, severity: "low" as Severity, summary: `${f.summary} ${n} independent sources in the story give this title, so the story may span that time or join two events.` } : f;
  });
}

/** A printed publish date, or two or more facts agreeing on the frame (not a tie-break): enough to call a clash "high". */
const firm = (tf: Timeframe) => tf.from !== null && tf.to !== null && !tf.basis.includes(TIE_BREAK)
  && (tf.basis.length >= 2 || tf.basis.some((b) => b.startsWith("published:")));
const frameText = (tf: Timeframe) => (tf.from && tf.to ? `${tf.from} – ${tf.to}` : tf.from ? `after ${tf.from}` : `before ${tf.to}`);
const yearOf = (d: string | null) => (d ? d.slice(0, 4) : "?");

function roleFindings(ctx: StoryContext, doc: Doc, tf: Timeframe, claims: readonly Claim[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  const from = tf.from ?? MIN, to = tf.to ?? MAX;
  // Titles the article itself gives as past ones ("former Vice President X", "ex-President X"): the same title
  // for the same person inside a quote ("'Vice President X was not a topic of our talks,' the envoy said") is the
  // speaker's courtesy title for an office the article says was left, not a claim that it is held now. In the
  // article's own words the old title without "former" is low too unless its sentence tells the story's present
  // ("… said on Tuesday"): the reader has been told the term ended (toldAsLeft below).
  const saidFormer = new Set(claims.flatMap((c) => (c.kind === "role" && c.value.tense === "former" ? [titleKey(c as RoleClaim)] : [])));
  // An article that names three or more people by titles they had all left before the story's time tells a past
  // period (a look back at a crisis, an obituary, an anniversary piece): each old title is the one held then. A
  // wrong officeholder in a story about today is one name, not a cast.
  const bygone = new Set<string>();
  for (const c of claims) {
    if (c.kind !== "role" || (c.value.tense !== "current" && c.value.tense !== "acting")) continue;
    const v = checkRole(ctx.kb, c as RoleClaim, from, to);
    if (v.status === "out" && v.terms.every((t) => t.end !== null && t.end < from)) bygone.add(c.value.person.trim().split(/\s+/).pop()!.toLowerCase());
  }
  const retrospective = bygone.size >= 3;
  for (const c of claims) {
    // Current and acting holders are claims about the story's time; former and elect ones are not.
    if (c.kind !== "role" || c.articleId !== doc.article.id || (c.value.tense !== "current" && c.value.tense !== "acting")) continue;
    const v = checkRole(ctx.kb, c as RoleClaim, from, to);
    if (v.status !== "out") continue;
    // "In 2019, Secretary of State Mike Pompeo ..." is anchored to its own time, not the story's.
    const sentence = doc.sentences.find((s) => s.start <= c.span.start && c.span.start < s.end);
    // A year inside a fuller date counts as that date: "after the meeting in Geneva on June 16, 2021" anchors
    // the sentence to one day, not to all of 2021 (when Scholz, from December, would fit).
    const own = doc.dates.filter((d) => d.sentence === sentence?.index && d.from !== null && d.to !== null);
    const at = sentence?.start ?? 0;
    const years = [...(sentence?.text ?? "").matchAll(/\b(?:19|20)\d\d\b/g)]
      .filter((y) => !own.some((d) => d.span.start <= at + y.index && at + y.index < d.span.end))
      .map((y) => ({ from: `${y[0]}-01-01`, to: `${y[0]}-12-31` }));
    const dated = [...years, ...own.map((d) => ({ from: d.from!, to: d.to! }))];
    const anchored = dated.some((d) => v.terms.some((t) => (t.start ?? MIN) <= d.to && d.from <= (t.end ?? MAX)));
    // "a former member of President George W. Bush's Council", "At the time ... President Bush", "under President Bush": told as past.
    const lead = doc.article.text.slice(Math.max(sentence?.start ?? 0, c.span.start - 60), c.span.start);
    if (anchored || PAST_CUE.test(lead) || /\b(at the time|back then|in those days)\b/i.test(sentence?.text ?? "")) continue;
    const t = v.terms[0]!;
    const spans = v.terms.map((x) => `${x.start ?? "?"} – ${x.end ?? "?"}`).join(" and ");
    const holder = v.holders.length === 1 ? v.holders[0]! : null;
    const holderText = holder ? `${holder.person} (in office from ${holder.start}${holder.end ? ` to ${holder.end}` : holder.asOf && holder.asOf < to ? `; kb data only to ${holder.asOf}` : ""})` : null;
    const lowConfidence = v.terms.some((x) => x.confidence === "low");
    // Frames from a tie-break are a guess between two periods: "low", a hint to check, not a claim of error.
    // A title is surely a claim about the story's time when its holder acts in the story ("Secretary
    // of State X praised…", "Minister X said…", or speaks a quote): high. Named in passing — the
    // object of a verb, an agent ("created by President X"), one of a list — it is as often history
    // told by its old title ("the program President X created"), so it is medium at most.
    const acts = actsInStory(doc, c.span.start, c.span.end) || speaks(doc, c.value.person) || MET_WITH.test(doc.article.text.slice(Math.max(0, c.span.start - 40), c.span.start));
    // Named in passing inside a clause that tells history ("who advised President X on Korea", "the
    // program created by President X", "royals like King X" on a list of past visitors) is the
    // title the person held then: low, a hint only. A passive with its own verb ("The plan was
    // presented by X") is the story's event: medium as before.
    const told = doc.article.text.slice(sentence?.start ?? 0, c.span.start);
    const after = doc.article.text.slice(c.span.end, Math.min(sentence?.end ?? c.span.end + 60, c.span.end + 60));
    // "When President X visited …", "President X had promised …", "President X once said …": told as past either way.
    const history = (!acts && HISTORY_LEAD.some((re) => re.test(told))) || TERM_PAST.test(told) || HISTORY_TAIL.test(after) || (SUBORDINATE.test(told) && PAST_NEXT.test(after))
      // "Congress twice before passed similar curbs, but President X vetoed them": the sentence tells an earlier time of its own.
      || EARLIER_TIME.test(sentence?.text ?? "") || OTHERS_THEN.test(sentence?.text ?? "") || WAS_TITLE.test(sentence?.text ?? "");
    // One of a list of people named in passing ("conversations with President Obama, Attorney General Lynch, Secretary
    // Clinton or others"): titles a past account gives each as they were then.
    const listed = !acts && (LIST_NEXT.test(after) || LIST_BEFORE.test(told));
    // "Prime Minister Abbas" with no country in the story may be another country's prime minister of
    // that surname: a hint only, unless the office's country is named somewhere in the story.
    const unplaced = c.value.country === null && !/\s/.test(c.value.person.trim()) && !ctx.docs.some((d) => namesCountry(d.article.text, t.country));
    const courtesy = saidFormer.has(titleKey(c as RoleClaim)) && doc.quotes.some((q) => q.span.start <= c.span.start && c.span.end <= q.span.end);
    const present = storyPresent(doc, sentence, from, to, doc.article.text.slice(c.span.end, c.span.end + 40));
    // Outside the story's present, three ways the article itself tells a past term: it calls the same person "former"
    // in that office elsewhere ("Former Chancellor X backed the link … Chancellor X had set aside money"); the title is
    // a capacity in a past clause ("As secretary of state, X approved …", "When she was minister, X …"); or the
    // title is named inside the event that ended or marked the term ("the ousting of President X"). "Secretary of State
    // X said on Tuesday" is the story's present, and stays a claim.
    // A capacity set off by its comma ("Defending her record as secretary of state, X said on Tuesday …") is the past
    // post even in the story's present: the title is what the person was, the present is what the person says now.
    const toldAsLeft = (CAPACITY.test(told) && c.span.text.includes(",")) || (!present && (saidFormer.has(titleKey(c as RoleClaim)) || TERM_EVENT.test(lead)));
    // Left office more than a full term before the story ("President Bill Clinton", "Prime Minister John Major's
    // government" in a story years later): no writer's slip over a recent change. The title is kept for life by
    // US usage, or names the person as they were then in a sentence about that time. A hint only, unless the
    // sentence puts them in the story's own present ("told reporters on Monday", "arrived today", "says").
    const longGone = v.terms.every((x) => x.end !== null && x.end < addMonths(from, -12 * LONG_GONE_YEARS));
    // Acting in the sentence as its subject ("German Chancellor X told the summit …") stays a claim, medium at most;
    // not a thing of that time ("Prime Minister X's government signed …"), a yardstick ("deeper than even President
    // X dared") or a sentence about the term itself ("X kept … for the rest of his presidency").
    const ofThatTime = /^['’]s\b/.test(after) || /\bthan\s+(?:even\s+)?$/i.test(told) || TERM_OF_OFFICE.test(sentence?.text ?? "");
    // Or the subject of a deed in the past, told without a day of the story ("President X signed the welfare overhaul", "Chancellor
    // X sold the gold reserves"): history by the kept title. Speaking ("X said the deal was close") is the story's own news.
    const pastDeed = acts && PAST_DEED.test(after) && !SPEECH_NEXT.test(after);
    const keptTitle = longGone && !present && (!acts || ofThatTime || pastDeed);
    // Not in office until after the story and named in a prospect ("a would-be chancellor X", "voters would
    // welcome Prime Minister X", "fear the next president, X"): a hope or a fear, not a claim that X holds it.
    // "a President X", "an Acting Minister X": an indefinite article makes the holder a supposition, whoever it is.
    const prospect = (v.terms.every((x) => x.start !== null && x.start > to) && PROSPECT.test(told)) || /(?:^|[^\p{L}])an?\s+$/iu.test(told);
    // "President X", "Vice President X" for a holder who has left: US usage keeps these titles for life, so even in the
    // story's present ("President X told the rally on Monday") it may be a courtesy, not a slip: never high.
    const kept = v.terms.every((x) => x.end !== null && x.end < from) && t.country === "United States" && KEPT_FOR_LIFE.test(c.value.office);
    // What makes the title a claim about the story's own time, not the title of the person's own time (history told by
    // the title held then, a kept title, a prospect). Surely so when the holder speaks ("Foreign Minister X said",
    // "'…,' said Foreign Minister X"), is the subject of a verb in the present ("Chancellor X is", "has", "will"), is
    // dealt with ("met with Minister X"), or the sentence tells the story's present (a day of the story, a date in its
    // frame, "says") with the holder in it — as its subject when the title is one kept for life ("protesters on Monday
    // demanded the resignation of Prime Minister X", but "Trump on Monday mocked President X" is a courtesy title).
    const quoted = doc.quotes.some((q) => q.speakerSpan !== null && q.speakerSpan.start < c.span.end && c.span.start < q.speakerSpan.end);
    // The doer of the sentence's deed: its subject, the subject of a clause after "but" or "and" ("Parliament passed the
    // curbs, but President X vetoed them"), or the agent of a passive ("The budget was presented by Chancellor X").
    const doer = acts || clauseSubject(doc, c.span.start, c.span.end) || PASSIVE_AGENT.test(told);
    // A holder yet to come named in passing, even on a day of the story ("families on Monday were fleeing President
    // X"), is a fear or a hope: a writer cannot slip into a title not yet held. Only as the doer is it a claim.
    const future = v.terms.every((x) => x.start !== null && lowDay(x.start) > to);
    const sure = quoted || (doer && (SPEECH_NEXT.test(after) || PRESENT_NEXT.test(after))) || MET_WITH.test(doc.article.text.slice(Math.max(0, c.span.start - 40), c.span.start))
      || (present && (doer || (!kept && !future)));
    // Less sure, still worth a look: the holder is the sentence's subject in a past deed ("Chancellor X addressed
    // parliament", "Prime Minister X's plan failed") with no day named, a slip over a change of the last two years. A
    // passing mention (an object, an agent, a possessive inside another phrase) or a deed of a holder gone longer says
    // only that the person held the title once: a hint (low).
    const gap = Math.min(...v.terms.map((x) => x.start !== null && lowDay(x.start) > to ? daysBetween(to, lowDay(x.start)) : x.end !== null ? daysBetween(highDay(x.end), from) : 0));
    // A holder only from after the story acting in it ("Chancellor X addressed parliament" years before X took office)
    // is never history told by an old title: a prospect is told as one (PROSPECT), so it stays a claim.
    const claimed = sure || (doer && (future || gap < RECENT_YEARS * 365));
    // Outside the term by less than the kb's dates can be trusted: a start from Wikidata is often a later government's
    // formation or a reappointment, not the first day in the post (France's foreign minister from February 2016 listed
    // from December), and a writer cannot know a future office, so a title held only from a few months after the story
    // points to the kb or to the story's dating, not to the text. A term that ended just before the story may have run
    // on in a caretaker role. Either way a hint only.
    const nearEdge = v.terms.some((x) => (x.start !== null && lowDay(x.start) > to && lowDay(x.start) <= addDays(to, FUTURE_MARGIN_DAYS))
      || (x.end !== null && highDay(x.end) < from && highDay(x.end) >= addDays(from, -PAST_MARGIN_DAYS)));
    // An acting or interim holder is seldom in the kb for that spell (the kb lists the later or earlier full term).
    const acting = c.value.tense === "acting";
    const severity: Severity = tf.basis.includes(TIE_BREAK) || history || listed || unplaced || courtesy || toldAsLeft || retrospective || keptTitle || prospect || !claimed || nearEdge || acting ? "low" : firm(tf) && !lowConfidence && sure && acts && !kept && !(longGone && !present) ? "high" : "medium";
    out.push({
      rule: "crosscheck/anachronism-role", type: "anachronism", severity,
      summary: `${c.value.person} is presented as ${possessive(t.country)} ${t.position}, but held that office ${spans}, not in the story's time frame (${frameText(tf)})${holderText ? `; the holder then was ${holderText}` : ""}.${keptTitle ? " The term ended years before the story: likely a title kept by courtesy or a reference to that time." : prospect ? " The sentence tells a prospect, not who holds the office." : ""}`,
      articleIds: [doc.article.id], claimIds: [c.id],
      actual: `${c.value.person}, ${t.position} (${t.country})`,
      ...(holder ? { expected: holder.person } : {}),
      evidence: [evidenceOf(doc.article.id, doc.article.text, c.span.start, c.span.end)],
    });
  }
  return out;
}


/** Before a title followed by a comma: the capacity it was held in ("As secretary of state, X", "During her time as minister, X",
 *  "When she was secretary of state, X"). */
const CAPACITY = /(?:^|[^\p{L}])(?:as|(?:time|tenure|term|terms|stint|years|days|spell|career|role)\s+as|was|were|had\s+been|became)\s+(?:the\s+)?$/iu;
/** Before a title: the event that ended or marked a term ("the ousting of President X", "after the resignation of Prime Minister X"). */
const TERM_EVENT = /\b(?:ousting|ouster|overthrow|toppling|downfall|removal|resignation|impeachment|assassination|death|funeral|exile|deposition|defeat|retirement)\s+of\s+(?:the\s+)?(?:late\s+)?$/i;

/** After a subject: a verb in the simple past ("signed", "sold", "led", "oversaw"), maybe after an aside or an adverb. */
const PAST_DEED = /^\s*(?:,[^,]{1,50},\s*)?(?:(?:also|then|later|famously|once|first|himself|herself|personally)\s+)?(?:[a-z]{2,}ed|signed|sold|made|took|won|lost|led|gave|ran|wrote|built|sent|kept|held|met|left|began|fought|brought|set|put|cut|struck|chose|drew|spent|sought|undid|withdrew|oversaw|rode|stood|bought|broke|froze|shut|laid|paid|threw|forgave|overturned)\b/;
/** … a verb of saying: the holder speaking is the story's own news. */
const SPEECH_NEXT = /^\s*(?:,[^,]{1,50},\s*)?(?:(?:also|then|later)\s+)?(?:said|told|added|warned|announced|stated|insisted|argued|declared|claimed|noted|urged|asked|replied|responded|explained|tweeted|posted|wrote|called|vowed|pledged|promised|predicted|suggested|conceded|admitted|acknowledged|confirmed|denied|stressed|praised|criticized|criticised|welcomed|condemned)\b/;

/** After a subject: a verb in the present ("is", "has", "will", "plans"), maybe after an aside: the holder in the story's time. */
const PRESENT_NEXT = /^\s*(?:,[^,]{1,50},\s*)?(?:(?:also|now|still)\s+)?(?:is|are|has|will|plans|wants|remains|faces|expects|hopes|intends|needs|must|can|arrives|meets|visits|heads)\b(?!\s+been\b)/;
/** US titles kept for life by usage: "President Carter", "Vice President Biden" years after the term. */
const KEPT_FOR_LIFE = /^(?:president|vice president)$/;
/** A title held only from this many days after the story: more likely a late kb start (a reappointment) or a misdated story. */
const FUTURE_MARGIN_DAYS = 92;
/** Outside the term by less than this, a past deed of the holder as subject, with no day named, may be a writer's slip. */
const RECENT_YEARS = 2;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
/** A term that ended this many days before the story: a caretaker spell, or the story's frame a little early. */
const PAST_MARGIN_DAYS = 31;

/** More than a full term: a title left this long before the story is common knowledge, no slip over a recent change. */
const LONG_GONE_YEARS = 4;

/** A sentence about someone's time in office itself: "for the rest of his presidency", "during her tenure". */
const TERM_OF_OFFICE = /\b(?:his|her|their)\s+(?:presidency|premiership|chancellorship|tenure|term|terms|administration|time in office|years in office)\b/i;

/** Before the mention, in its sentence: a hope, a fear, a condition or what is to come ("a would-be", "if", "would", "the next"). */
const PROSPECT = /\b(?:would-be|if|would|could|might|will|next|future|potential|possible|prospective|imagine|prospect of|hopes?|hoping|fears?|fearing|worry|worrying|welcomes?)\b/i;

/**
 * Whether the sentence tells the story's own present: a day word ("today", "on Monday", "this week"), a date of its
 * own inside the story's frame, or the person speaking in the present ("X says").
 */
function storyPresent(doc: Doc, sentence: Doc["sentences"][number] | undefined, from: string, to: string, after: string): boolean {
  if (!sentence) return true;
  if (/^\s*(?:,[^,]{0,30},\s*)?(?:says|tells|insists|warns|announces)\b/i.test(after)) return true;
  if (/\b(?:today|tonight|yesterday|this (?:week|morning|afternoon|evening|weekend)|last (?:night|week)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.test(sentence.text)) return true;
  return doc.dates.some((d) => d.sentence === sentence.index && d.from !== null && d.to !== null && d.from <= to && from <= d.to);
}

/** A person's surname and office, lower-cased: "former Vice President Joe Biden" and "Vice President Biden" share it. */
const titleKey = (c: RoleClaim) => `${c.value.person.trim().split(/\s+/).pop()!.toLowerCase()}\u0000${c.value.office.toLowerCase()}`;

/** The sentence before a passing mention, when it tells history: a relative clause in the past, a participle's agent, an example in a list. */
const HISTORY_LEAD: readonly RegExp[] = [
  /\b(?:who|which|that)\s+(?:had\s+|once\s+|previously\s+|formerly\s+)?[a-z]+(?:ed|ught|ew|ote|ave|ade|old|ung)\b[^.;:]*$/i,
  /(?<!\b(?:was|were|is|are|been|be|being|has|have|had|get|got)\s)\b[a-z]{3,}ed\s+(?:[\w-]+\s+){0,4}by\s+$/i,
  /\b(?:like|such as|including|among them)\s+(?:the\s+)?(?:late\s+)?$/i,
  // A relative clause in the past passive: "the deal, which was negotiated by President X", "a judge who was appointed by …".
  /\b(?:who|which|that)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|ght|ade|id|ung)\s+(?:[\w-]+\s+){0,4}by\s+(?:the\s+)?$/i,
];

/** "its first-term secretary of state, X", "the onetime governor X", "then-president X": the title names a past term, whoever speaks. */
const TERM_PAST = /\b(?:(?:first|second|third|one|two)[- ]term|onetime|one-time|erstwhile|then-?)\s*$/i;

/** A sentence telling an earlier time of its own: "twice before", "in the past", "years ago", "in the 1990s". */
const EARLIER_TIME = /\b(?:(?:once|twice|three times|several times|many times|two times) before|previously|in the past|(?:years|decades) (?:ago|earlier)|a (?:decade|generation) (?:ago|earlier)|in the (?:19|20)\d0s)\b/i;

/**
 * Someone else in the sentence given a title as "then" or "now" (", then the ambassador to the United Nations,",
 * ", now the governor of the province,"): the sentence tells a past time, and each title is the one held then.
 */
const OTHERS_THEN = /,\s+(?:then|now)\s+(?:the\s+)?(?:[a-z.-]+\s+){0,3}(?:president|prime minister|secretary|minister|ambassador|governor|senator|chancellor|mayor|chief|director|chairman|chair|speaker|leader)\b/i;

/**
 * A sentence that says someone held a title in the past ("when X was president and Y was prime minister", "X, who served
 * as chancellor from 2005", "before she became foreign minister"): it tells that time, and its titles are the ones held then.
 * Not a passive's agent ("was presented by President X").
 */
const WAS_TITLE = /\b(?:was|were|had\s+been|served\s+as|became)\s+(?:the\s+|a\s+)?(?:(?!by\b)(?![a-z]+ed\s)[\w.'’-]+\s+){0,3}?(?:president|vice president|prime minister|premier|chancellor|secretary|minister|ambassador|governor|senator|mayor|chief of staff|speaker|king|queen)\b/i;

/** After the mention: another capitalized name, then a comma, "and" or "or" (the mention opens or sits in a list of people). */
const LIST_NEXT = /^\s*,\s*(?:\p{Lu}[\p{L}.'-]*\s+){1,3}\p{Lu}[\p{L}'-]+\s*(?:,|\bor\b|\band\b)/u;
/** Before the mention: a name set off by commas or after "with" / "and" (the mention follows others in a list; not "In Kyiv, President X"). */
const LIST_BEFORE = /(?:,|\bwith|\band)\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}'-]+\s*,\s*$/u;
/** After the mention: a past perfect or a marker of a time of its own ("had promised", "once said", "at the time"). */
const HISTORY_TAIL = /^\s*,?\s*(?:had\s+(?:already\s+|long\s+)?[a-z]+(?:ed|en|ne|wn|ght|ung|id|ade|ood)\b|once\b|previously\b|at the time\b|back then\b)/i;
/** Before the mention: the opening of a subordinate clause ("when", "after", "before", "since", "until"). */
const SUBORDINATE = /\b(?:when|after|before|since|until|once)\s+(?:the\s+)?$/i;
/** … whose verb is in the past ("visited", "took office", "was sworn in"). */
const PAST_NEXT = /^\s+(?:[a-z]+\s+){0,2}?(?:[a-z]{2,}ed|was|were|had|took|came|went|made|said|met|won|lost|left|became|gave|ran|spoke|saw|sent|held|began|told)\b/i;

// Someone in the story deals with the holder in the story's time: "met with Secretary of State X",
// "told President X", "thanked Prime Minister X".
const MET_WITH = /\b(met|meets|meeting|spoke|speaks|talked|talks|told|tells|called|calls|phoned|urged|urges|asked|asks|thanked|thanks|welcomed|welcomes|hosted|hosts|joined|joins|visited|visits|accompanied|accompanies|briefed|briefs|greeted|greets|received|receives)\s+(with\s+|to\s+|on\s+)?(the\s+)?([A-Z][\w.]*\s+){0,2}$/;

/**
 * Whether the mention is its sentence's subject: no verb before it in the sentence and one after
 * ("Secretary of State X praised…", "President X and President Y met…", "Prime Minister X on
 * Tuesday called…", "Prime Minister X's insistence … failed"). A verb before it makes it an object
 * or an agent ("advised President X", "created by President X", "visitors included King X").
 */
function actsInStory(doc: Doc, start: number, end: number): boolean {
  const at = doc.tokens.findIndex((t) => t.start >= start);
  if (at < 0) return false;
  const sentence = doc.tokens[at]!.sentence;
  // A sentence opening with a participle phrase ("Fighting accusations of delay, Chancellor X said …"): its verbs end
  // at the comma, and the mention after it is the subject of the main clause.
  let open = at;
  while (open > 0 && doc.tokens[open - 1]!.sentence === sentence) open--;
  const opener = doc.tokens[open]!;
  const participial = opener.pos === "VERB" && /(?:ing|ed)$/.test(opener.lower);
  for (let i = at - 1; i >= 0 && doc.tokens[i]!.sentence === sentence; i--) {
    const t = doc.tokens[i]!;
    if (participial && t.lower === ",") break;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  for (let i = at; i < doc.tokens.length && doc.tokens[i]!.sentence === sentence; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= end && (t.pos === "VERB" || t.pos === "AUX")) return true;
  }
  return false;
}

/** Before the mention: a passive's "by" ("was presented by", "were signed by the"): the mention is the deed's doer. */
const PASSIVE_AGENT = /\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|ght|ade|id|ung)\s+by\s+(?:the\s+)?$/i;

/**
 * Whether the mention opens a clause of its own and a verb follows: no verb between it and the clause's start (a
 * conjunction, a comma, a semicolon, or the sentence's start). "…, but President X vetoed them": yes; "who once had an
 * affair with President X": no (a verb before it in its clause).
 */
function clauseSubject(doc: Doc, start: number, end: number): boolean {
  const at = doc.tokens.findIndex((t) => t.start >= start);
  if (at < 0) return false;
  const sentence = doc.tokens[at]!.sentence;
  for (let i = at - 1; i >= 0 && doc.tokens[i]!.sentence === sentence; i--) {
    const t = doc.tokens[i]!;
    if (t.pos === "CCONJ" || t.pos === "SCONJ" || t.lower === "," || t.lower === ";" || t.lower === ":") break;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  for (let i = at; i < doc.tokens.length && doc.tokens[i]!.sentence === sentence; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= end && (t.pos === "VERB" || t.pos === "AUX")) return true;
  }
  return false;
}

/** Whether the person speaks a quote in this article. */
function speaks(doc: Doc, person: string): boolean {
  const words = person.toLowerCase().split(/\s+/);
  const surname = words.at(-1);
  // "Michelle Obama said" is not President Barack Obama speaking: two first names given must agree.
  return surname !== undefined && doc.quotes.some((q) => {
    const said = q.speaker?.toLowerCase().split(/\s+/) ?? [];
    return said.at(-1) === surname && (said.length < 2 || words.length < 2 || said[0] === words[0]);
  });
}

// "the fifth swap in 2023", "the third such exchange of 2022", "such exchanges were last held in
// 2021": the text dates its own event to a year (own-year.ts); background years are left alone.
function yearFindings(doc: Doc, tf: Timeframe): FindingDraft[] {
  if (tf.from === null || tf.to === null) return [];
  const text = doc.article.text;
  const out: FindingDraft[] = [];
  for (const m of ownYears(text, doc.sentences)) {
    const year = String(m.year);
    if (`${year}-12-31` >= tf.from && `${year}-01-01` <= tf.to) continue;
    // "The band will look to ride the award into a 50th anniversary tour in 2020" in a 2019 story: a year after the
    // story's, in a clause about what is to come, is a plan, not a date the text got wrong. A past year stays a clash.
    const sentence = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (`${year}-01-01` > tf.to && FUTURE.test(text.slice(sentence?.start ?? m.start, m.start))) continue;
    const said = text.slice(m.start, m.end);
    out.push({
      rule: "crosscheck/anachronism-year", type: "anachronism", severity: firm(tf) ? "high" : "medium",
      summary: `"${said}" dates this event to ${year}, but the story is set in ${frameText(tf)}.`,
      articleIds: [doc.article.id], claimIds: [],
      actual: year, expected: yearOf(tf.from) === yearOf(tf.to) ? yearOf(tf.from) : `${yearOf(tf.from)}–${yearOf(tf.to)}`,
      evidence: [evidenceOf(doc.article.id, text, m.start, m.end)],
    });
  }
  return out;
}

/** Words of a clause about what is to come: "will", "plans to", "is set to", "scheduled", "next year". */
const FUTURE = /(?:\b(?:will|shall|going to|plans? to|planned|planning|set to|scheduled|slated|expected to|hopes? to|hoping to|aims? to|intends? to|looks? to|looking to|upcoming|forthcoming|next year|to be held)\b|['’]ll\b)/i;

/** Upcoming events: the kb's event of that series nearest after the frame, when the named place is wrong. */
function eventFindings(ctx: StoryContext, doc: Doc, tf: Timeframe, claims: readonly Claim[]): FindingDraft[] {
  if (tf.from === null || tf.to === null) return [];
  const out: FindingDraft[] = [];
  for (const m of eventMentions(doc, claims, ctx.kb)) {
    if (!m.upcoming) continue;
    const series = m.events[0]!.series;
    if (series === "Russia-Ukraine talks") continue;
    const soon = (e: DatedEvent) => e.start >= tf.from! && e.start <= addMonths(tf.to!, 6);
    if (m.events.some(soon)) continue;
    const actual = ctx.kb.events(series === "UNFCCC COP" ? "COP" : series).filter((e) => e.series === series && soon(e)).sort((a, b) => a.start.localeCompare(b.start))[0];
    if (!actual) continue;
    const named = [...new Set(m.events.map((e) => yearOf(e.start)))].join(", ");
    const certain = actual.confidence !== "unchecked" && m.events.every((e) => e.confidence !== "unchecked");
    out.push({
      rule: "crosscheck/anachronism-event", type: "anachronism", severity: certain && firm(tf) ? "high" : "medium",
      summary: `"${m.span.text}" is presented as upcoming, but ${series} summits were held in ${m.place} only in ${named}; the next ${series} summit after ${tf.from} was in ${actual.city} on ${actual.start}.`,
      articleIds: [doc.article.id], claimIds: m.claimId ? [m.claimId] : [],
      actual: m.span.text, expected: `${actual.event} (${actual.start})`,
      evidence: [evidenceOf(doc.article.id, doc.article.text, m.span.start, m.span.end)],
    });
  }
  return out;
}

const possessive = (country: string) => (/^(United|Netherlands|Philippines|Czech|Central|Dominican|Bahamas|Gambia|Maldives)/.test(country) ? `the ${country}'` : `${country}'s`);

function addMonths(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

