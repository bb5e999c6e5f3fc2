// Quantity claims: a number becomes an interval on a slot (side · counted thing · predicate).
// "over 500 Ukrainians welcomed home" → ukraine · people · released, (500, 650];
// "270 Russian servicemen" → russia · people · released, 270.
import type { QuantityClaim } from "../domain/claim.js";
import type { Doc, Quantity } from "../domain/doc.js";
import { quantitySlot } from "../domain/slot.js";
import { COUNTRY_ALIASES, DEMONYMS } from "../annotate/gazetteer.js";
import { isDemonymNoun, isPeopleClass, nounClass, predicateClass, unitMeasure } from "./slots.js";
import { struck } from "./strikers.js";
import { QUESTION, voteSide } from "./vote-sides.js";
import { REPORTED_ON } from "../lexicon/attribution.js";
import { CONTRAST_BETWEEN } from "../lexicon/calendar.js";

export function quantityClaims(doc: Doc, nextId: () => string): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const main = doc.quantities.some((q) => q.unit === "age") ? mainPerson(doc) : null;
  for (const q of doc.quantities) {
    // "for eight years" is background, not a claim about the event; a prison term given in the story is one.
    const term = q.unit === "duration" || (q.unit === "count" && /^(sentence|term)$/.test(q.noun ?? "")) ? prisonTerm(doc, q) : null;
    // A term is compared in months whatever unit each article uses ("18 months" / "two and a half years").
    if (term !== null) {
      const months = (x: number | null) => (x === null ? null : x * term.months);
      out.push({ id: nextId(), kind: "quantity", articleId: doc.article.id, slot: quantitySlot("duration", "-", "prison-term", "sentenced", scopeOf(doc, q, "sentenced")), span: q.span, value: { number: q.value * term.months, low: months(q.low), high: months(q.high), hedge: q.hedge, noun: null, predicate: "sentenced", perParty: false, unit: "duration", day: null } });
      continue;
    }
    // How long an event lasted ("a 16-hour blackout", "the siege lasted nine hours", "trapped for five hours"): one
    // figure of the event, compared in hours whatever unit each article uses.
    const length = term === null && !isQuestion(doc, q) && !PROMO.test(doc.sentences[q.sentence]?.text ?? "") ? eventLength(doc, q) : null;
    if (length !== null && length.event === "") continue;
    if (length !== null) {
      out.push({ id: nextId(), kind: "quantity", articleId: doc.article.id, slot: quantitySlot("duration", "-", `length-${length.event}`, "lasted", scopeOf(doc, q, "lasted")), span: length.span, value: { number: q.value * length.hours, low: q.low === null ? null : q.low * length.hours, high: q.high === null ? null : q.high * length.hours, hedge: q.hedge, noun: null, predicate: "lasted", perParty: false, unit: "duration", day: null } });
      continue;
    }
    if (q.unit === "duration" && term === null) continue;
    if (isQuestion(doc, q) || introducesOne(doc, q) || PROMO.test(doc.sentences[q.sentence]?.text ?? "")) continue;
    // "in the 800 block of Elm Street" is an address, not a count (a count of blocks is plural: "two blocks").
    if (q.noun === "block" && q.value > 1 && /^block$/i.test(q.nounSpan?.text ?? "")) continue;
    const side = sideOf(doc, q);
    // "No one was hurt" counts people; "no casualties" says none killed and none injured.
    const zero = q.value === 0;
    // "no other injuries": none besides those already counted, not a toll of zero.
    if (zero && /\b(other|others|further|additional|more)\b/i.test(q.span.text + " " + doc.article.text.slice(q.span.end, q.span.end + 12))) continue;
    // A length is a length in feet or metres: "fell 200ft" and "fell 60m" share a slot, converted when compared.
    // "two shots were fired" counts gunshots; "seven shot" counts people.
    const gunshots = q.noun === "shot" && /shots$/i.test(q.nounSpan?.text ?? "");
    let cls = gunshots ? "gunshot" : q.unit === "percent" && (q.noun === null || /^(cent|percent|per|pc|pct)$/.test(q.noun)) ? shareBase(doc, q) : zero ? "people" : q.unit === "distance" && unitMeasure(q.noun) ? unitMeasure(q.noun)!.dim : relative(doc, q) ? null : memberGroup(doc, q) ?? nounClass(q.noun);
    // "a magnitude 6.1 earthquake", "the 5.8-magnitude quake", "a 4.9 magnitude tremor": a quake's magnitude, not a
    // count of quakes; one measure of the event, whatever the quake is called.
    // "An earthquake of magnitude 5.8 hit …": the quake named before "of magnitude", whatever word follows the figure.
    const before = doc.article.text.slice(Math.max(0, q.span.start - 60), q.span.start);
    const magnitude = q.unit === "count" && q.value < 10
      && ((QUAKE.test(q.noun ?? "") && (/magnitude/i.test(q.span.text) || /\bmagnitude[\s-]*$/i.test(before.slice(-12))))
        || (/\b(?:earthquake|quake|tremor|temblor|aftershock)s?\b[^.;]{0,30}\bmagnitude\s*$/i.test(before)));
    if (magnitude) cls = "magnitude";
    // "will axe 1,800 positions", "to shed 450 roles", "200 posts will go": jobs, named by another word.
    if (q.unit === "count" && /^(position|role|post)$/.test(cls ?? "") && (JOB_VERB_BEFORE.test(clauseBefore(doc, q)) || JOB_VERB_AFTER.test(sides(doc, q, 0, 40)[1]))) cls = "worker";
    const found = magnitude ? "measured" : zero && q.noun !== "people" && q.noun !== "casualty" ? predicateClass([q.noun ?? ""]) : predicateFor(doc, q);
    const thing = cls !== null && !isPeopleClass(cls) && !ANIMALS.has(q.noun ?? "");
    // "carrying 3,400 containers", "loaded with 4,300 containers": what a vessel carries is its cargo, as people carried are aboard.
    // "17 counts of attempted murder", "nine games injured": a people predicate on a thing is no toll.
    let pred = found === "carried" ? (thing ? "cargo" : "aboard")
      : found !== null && PEOPLE_ONLY.has(found) && thing ? null : found
      // "cutting 600 jobs", "with the loss of 1,600 jobs", "will shed 300 staff": jobs lost, as "laid off" says.
      // A share of a workforce is cut only when the cut governs it ("will shed 18 per cent of its staff"), not
      // when cuts are only mentioned near it ("92 per cent of staff keep their jobs after the cuts").
      ?? (cls === "worker" && JOB_LOSS.test(q.unit === "percent" ? clauseBefore(doc, q) : sentenceAround(doc, q)) ? "employed" : null);
    // "the theatre seats 1,200 people", "the ship can carry 5,000 passengers", "a capacity of 60,000": what a place or a
    // vessel can hold, not how many were there ("about 800 people attended", "was carrying 3,200 passengers").
    if (capacity(doc, q)) pred = "capacity";
    // "its nine crew members", "all 14 crew of a cargo ship": the size of an owner's whole group, whatever happened to it.
    // What was done to some of them ("killed their two children") stays what it is: the harmed may be a part of the group.
    if (cls !== null && cls !== "people" && isPeopleClass(cls) && !/^(killed|injured|injured-serious|casualties|missing|hospital|detained)$/.test(pred ?? "") && groupSize(doc, q)) pred = "whole";
    // "claimed 40 lives", "twelve lives were lost": people killed. ("saved 40 lives" counts no one killed.)
    const lives = q.noun === "life" && q.unit === "count" && livesLost(doc, q);
    // "has caused four deaths", "with two deaths", "three fatalities were reported": the dead counted as a toll counts
    // them ("the death toll stands at three"), so "Seven people have died" tells the same figure.
    // ("Nine traffic deaths", "12 heat-related deaths": a kind of death, a part of the toll, stays what it counts.)
    const deaths = !zero && q.unit === "count" && /^(?:death|fatality)$/.test(q.noun ?? "") && (pred === null || pred === "-" || pred === "killed")
      && q.nounSpan !== null && /^\s*(?:(?:more|new|further|additional|confirmed|reported|suspected|recorded|total)\s+)?$/i.test(doc.article.text.slice(q.numberSpan.end, q.nounSpan.start));
    if (deaths) { cls = "people"; pred = "killed"; }
    if (lives) { cls = "people"; pred = "killed"; }
    // "Twenty-seven miners lost their lives", "12 passengers have lost their lives": the people counted were killed.
    else if (cls !== null && isPeopleClass(cls) && LOST_LIVES_AFTER.test(sides(doc, q, 0, 40)[1])) pred = "killed";
    // "claimed the lives of 23 villagers", "took the lives of 14 people": the people counted were killed ("saved the lives of" saves them).
    else if (cls !== null && isPeopleClass(cls) && LIVES_OF_BEFORE.test(sides(doc, q, 50, 0)[0])) pred = "killed";
    // "32,000 people have been forced from their homes", "800 were left homeless": people displaced, as the evacuated are.
    else if (cls !== null && isPeopleClass(cls) && (pred === null || pred === "-") && DISPLACED_AFTER.test(sides(doc, q, 0, 50)[1])) pred = "evacuated";
    // "Some 4,800 dockers walked out", "the strike by 700 pilots": the people taking part in a strike, whatever else is near.
    const sentenceOfQ = doc.sentences[q.sentence];
    if (cls !== null && isPeopleClass(cls) && q.unit === "count" && sentenceOfQ
      && (q.noun === "striker" || struck(sentenceOfQ.text, q.span.start - sentenceOfQ.start, q.span.end - sentenceOfQ.start, q.span.text))) {
      pred = "struck";
      // Students and pupils on strike are what they are called, not "children on strike".
      if (cls === "child" && /^(?:student|pupil)$/.test(q.noun ?? "")) cls = "student";
    }
    // "approved with 62 percent in favour", "rejected by 51 percent of voters": the share for or against a question put
    // to a vote; a share for and a share against are two figures, and neither is a candidate's.
    const person = (after: boolean) => doc.entities.some((e) => e.type === "person" && e.sentence === q.sentence && !QUESTION.test(e.span.text)
      && (after ? e.span.start >= q.span.end && e.span.start < q.span.end + 30 : e.span.start < q.span.start));
    const forOrAgainst = q.unit === "percent" && sentenceOfQ && cls !== "turnout" && !cls?.startsWith("rate-")
      // A person right after the share ("62 percent of Trump voters", "backed Clinton") makes it a candidate's.
      && !person(true) && !candidatesVoters(doc, q)
      ? voteSide(sentenceOfQ.text, q.span.start - sentenceOfQ.start, q.span.end - sentenceOfQ.start, person(false)) : null;
    if (forOrAgainst !== null) { cls = `vote-${forOrAgainst}`; pred = "voted"; }
    // A share of the vote is a candidate's or a side's result: compared as votes won (the contradiction rule asks for one candidate).
    // "with 25 voting in favour and 18 against": votes cast on a motion.
    if (q.noun === "voting" && /^\s*(?:in favou?r|for|against)\b/i.test(sides(doc, q, 0, 20)[1])) cls = "vote";
    if (cls === "vote") pred = "voted";
    // "turnout was 61 percent", "a turnout of 58%", "61 percent turnout": the share of the electorate that voted.
    // A count by midday, among one group or in one place is a part of it, not a figure to compare.
    if (q.unit === "percent" && (cls === "turnout" || (cls === null && turnoutBefore(doc, q)) || turnoutAfter(doc, q))) {
      if (partOfTurnout(doc, q)) continue;
      cls = "turnout"; pred = "voted";
    }
    // "Unemployment in Andalusia fell to 6.2%", "the jobless rate stood at 7.4 percent", "inflation was 3.1%": the level
    // of a named rate (a change told "by" a figure is no level). "youth unemployment" is another rate than "unemployment".
    // ("24% last year" may come with "year" read as its noun.)
    if (q.unit === "percent" && (cls === null || /^(?:year|month|week|day|quarter)$/.test(q.noun ?? ""))) {
      const rate = rateBefore(doc, q) ?? (pricesOnTheYear(doc, q) ? "inflation" : null);
      if (rate !== null) { cls = `rate-${rate}`; pred = "level"; }
    }
    // "seven people were seriously injured", "left four in critical condition": a degree of harm, a part of all the injured.
    // "Twenty-eight injured are still undergoing treatment", "12 of the wounded remain in hospital": those in hospital now, a part of all the injured.
    if (pred === "injured" && STILL_TREATED.test(sides(doc, q, 0, 60)[1])) pred = "hospital";
    if (pred === "injured" && seriouslyHurt(doc, q)) pred = "injured-serious";
    // "three passengers suffered minor injuries", "two were slightly hurt": the lightly hurt, a part of all the injured.
    else if (pred === "injured" && slightlyHurt(doc, q)) pred = "injured-minor";
    const scope = scopeOf(doc, q, pred);
    // A figure pinned to a day ("nearly 800 released on Friday") may be that day's part of the total.
    // "41 years ago" is no day, even when resolved to one.
    // The day a figure is about, before the day it was announced: "turnout in Saturday's vote was 71 per cent,
    // the commission said on Sunday" is Saturday's figure.
    // "has now caused four deaths, officials said on Tuesday": "now" is the moment of writing, no day the figure is pinned to.
    const days = doc.dates.filter((d) => d.sentence === q.sentence && !/^now$/i.test(d.span.text) && (d.form === "weekday" || (d.granularity === "day" && (d.form !== "relative" || DAY_WORDS.test(d.span.text)))));
    const dayMention = days.find((d) => !REPORTED_ON.test(doc.article.text.slice(Math.max(0, d.span.start - 30), d.span.start))) ?? days[0];
    const day = dayMention ? dayMention.from ?? dayMention.span.text.toLowerCase().replace(/^on\s+/, "") : null;
    // An age belongs to a person, not to an event: key it by who it is ("the 49-year-old Klitschko",
    // "Robert Pitman, 37,") and ignore predicate and time.
    const slot = q.unit === "age"
      ? quantitySlot("age", "-", ageOwner(doc, q, main) ?? cls ?? "-", "-", "any")
      : quantitySlot(q.unit, side ?? "-", cls ?? "-", pred ?? "-", scope);
    const value = { number: q.value, low: q.low, high: q.high, hedge: q.hedge, noun: zero ? "people" : gunshots ? "gunshot" : deaths ? "dead" : q.noun, predicate: pred, perParty: q.perParty, unit: q.unit, day };
    if (zero && q.noun === "casualty") {
      for (const p of ["killed", "injured"]) out.push({ id: nextId(), kind: "quantity", articleId: doc.article.id, slot: quantitySlot(q.unit, side ?? "-", cls ?? "", p, scope), span: q.span, value: { ...value, predicate: p } });
      continue;
    }
    // A magnitude read after "an earthquake of magnitude" is the number alone ("5.8", not "5.8 hit").
    out.push({ id: nextId(), kind: "quantity", articleId: doc.article.id, slot, span: magnitude && !QUAKE.test(q.noun ?? "") ? q.numberSpan : q.span, value });
  }
  // "by six votes to five": the votes of a split are read as the split, not as a count of votes beside it.
  const splits = voteSplits(doc, nextId);
  const inSplit = (c: QuantityClaim) => c.slot.noun === "vote" && splits.some((x) => x.span.start <= c.span.start && c.span.end <= x.span.end);
  return [...(splits.length > 0 ? out.filter((c) => !inSplit(c)) : out), ...splits];
}

/**
 * How a vote split, as boards, councils, committees and courts report it: "voted 5-2", "on a 4-3 vote", "by a narrow
 * 5-4 vote", "a 6-3 ruling", "by a vote of 7 to 2". One figure of the story, for and against in the order written,
 * held as for × 1,000 + against (summaries quote the words; crosscheck compares splits as exact: any difference is one).
 * Scores of games ("won 3-1") have no vote word and are left alone.
 */
const VOTE_SPLIT = /\b(?:voted|voting|vote\s+of|votes?\s+of|(?:a|an|the)\s+(?:narrow\s+|unanimous\s+|split\s+|close\s+|lopsided\s+)?(?=\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:vote|decision|ruling|majority|verdict)\b))\s*(\d{1,3})\s*(?:[-–]|\s+to\s+)\s*(\d{1,3})(?:\s+(?:vote|decision|ruling|majority|verdict)\b)?/gi;

/**
 * The same split told as a tally of votes: "by six votes to five", "by 212 votes to 180", "with nine votes in favour and
 * two against", "seven in favour, four against" (numbers in digits or words up to twenty).
 */
const SMALL_NUMBER = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
const VOTE_TALLY = new RegExp(String.raw`\bby\s+${SMALL_NUMBER}\s+votes?\s+to\s+${SMALL_NUMBER}\b`
  + String.raw`|\b${SMALL_NUMBER}\s+(?:votes?\s+|members?\s+|councill?ors\s+)?(?:voted\s+|voting\s+)?(?:in\s+favou?r|for)(?:\s+of\s+it)?\s*(?:,|and|to|with|while)?\s+${SMALL_NUMBER}\s+(?:votes?\s+|voted\s+)?against\b`, "gi");
const SMALL_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const smallNumber = (w: string) => (/^\d+$/.test(w) ? Number(w) : SMALL_WORDS.indexOf(w.toLowerCase()) + 1);

function voteSplits(doc: Doc, nextId: () => string): QuantityClaim[] {
  const text = doc.article.text;
  if (!/\b(?:vot|rul|decision|majority|verdict|favou?r)/i.test(text)) return [];
  const out: QuantityClaim[] = [];
  const found = [...text.matchAll(VOTE_SPLIT)].map((m) => ({ index: m.index!, text: m[0], yes: Number(m[1]), no: Number(m[2]) }));
  for (const m of text.matchAll(VOTE_TALLY)) {
    const [yes, no] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
    if (!found.some((f) => f.index < m.index! + m[0].length && m.index! < f.index + f.text.length)) found.push({ index: m.index!, text: m[0], yes: smallNumber(yes), no: smallNumber(no) });
  }
  for (const m of found) {
    const { yes, no } = m;
    // "voted 2020-21"-like years, or a tally larger than any board's, is no split.
    if (yes > 600 || no > 600 || (yes === 0 && no === 0)) continue;
    const start = m.index, end = start + m.text.length;
    const sentence = doc.sentences.findIndex((x) => x.start <= start && start < x.end);
    if (sentence < 0) continue;
    const span = { start, end, text: text.slice(start, end) };
    const number = yes * 1000 + no;
    const q: Quantity = { kind: "quantity", span, numberSpan: span, value: number, low: number, high: number, hedge: "exact", hedgeText: null, noun: "vote-split", nounSpan: null, unit: "count", predicate: "vote", perParty: false, sentence };
    out.push({ id: nextId(), kind: "quantity", articleId: doc.article.id, slot: quantitySlot("count", "-", "vote-split", "voted", scopeOf(doc, q, "voted")), span, value: { number, low: number, high: number, hedge: "exact", noun: "vote-split", predicate: "voted", perParty: false, unit: "count", day: null } });
  }
  return out;
}

/**
 * A prison term the story reports ("jailed for nine years", "sentenced to 12 years in prison", "a
 * seven-year prison sentence") with the months in one of its units, or null. Terms someone
 * faces, seeks or could get ("faces up to 10 years in prison"), and terms served before, are no
 * sentence given.
 */
function prisonTerm(doc: Doc, q: Quantity): { months: number } | null {
  const period = /^(year|month)s?$/.exec(q.noun ?? "")?.[1] ?? /\b(year|month)s?\b/i.exec(q.span.text)?.[1]?.toLowerCase();
  if (period === undefined) return null;
  const text = doc.article.text;
  const sentence = doc.sentences.find((x) => x.start <= q.span.start && q.span.start < x.end);
  const before = text.slice(Math.max(sentence?.start ?? 0, q.span.start - 70), q.span.start);
  const after = text.slice(q.span.end, Math.min(sentence?.end ?? q.span.end + 40, q.span.end + 40));
  const given = (q.unit === "count" && /\b(prison|jail)\b/i.test(q.span.text)) || /\b(sentenced|jailed|imprisoned|locked up)\b[^.;]*$/i.test(before) || /^(?:-| )?(?:year|month)?s?\s*(?:prison|jail)?\s*(?:in (?:a )?(?:federal |state )?(?:prison|jail)|behind bars|prison (?:sentence|term)|jail (?:sentence|term)|sentence)\b/i.test(after);
  // "was given an eight-year sentence", "the judge handed him a 12-year term", "received a six-year sentence".
  const handed = q.unit === "count" && /^(sentence|term)$/.test(q.noun ?? "") && /\b(hand(?:s|ed)?|g[ai]ve[ns]?|giving|receive[sd]?|receiving|got|gets|impos(?:e|es|ed|ing))\b[^.;]*$/i.test(before);
  if (!given && !handed) return null;
  if (/\b(up to|faces?|facing|could|would|might|maximum|possible|as much as|seek(?:s|ing)?|sought|asked for|requested|demanded|served|minimum of|potential|carr(?:y|ies|ying)|punishable|mandatory)\b[^.;]*$/i.test(before)) return null;
  return { months: period === "year" ? 12 : 1 };
}

/**
 * After a count of people: they lost their homes ("have been forced from their homes", "were left homeless", "forced to
 * flee"), or were made to leave them ("were ordered to leave their homes", "told to evacuate"): people evacuated.
 */
const DISPLACED_AFTER = /^\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are)\s+)?(?:(?:now|also)\s+)?(?:forced\s+(?:from|out\s+of|to\s+(?:flee|leave|abandon))\s+(?:their|his|her)\s+homes?|left\s+homeless|made\s+homeless|(?:ordered|told|instructed)\s+to\s+(?:leave|flee|evacuate|abandon)(?:\s+(?:their|his|her)\s+homes?)?)\b/i;

/** After a count of people: they died ("lost their lives", "have lost their lives"). */
const LIVES_OF_BEFORE = /\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|took|take[sn]?|taking|ended|ends|snuffed out)\s+the\s+lives\s+of\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|an\s+estimated\s+)?$/i;
const LOST_LIVES_AFTER = /^\s+(?:(?:have|had|who|that)\s+)?(?:(?:all|also|reportedly)\s+)?lost\s+(?:their|his|her)\s+lives\b/i;

/** Events whose length a report gives: "a 16-hour blackout", "the strike lasted 12 days". */
const EVENTS = /^(?:blackout|outage|power cut|cut|strike|walkout|stoppage|siege|standoff|stand-off|shutdown|closure|delay|curfew|ceasefire|truce|lockdown|blockade|manhunt|search|hunger strike|sit-in|occupation|protest|vigil|hearing|trial|meeting|talks|flight|journey|operation|surgery|rescue|evacuation|blaze|fire|battle|war|heatwave|heat wave|storm|eruption|detention|ordeal|interruption|suspension)$/;
/** Hours in each unit of time an event's length is told in (not years: "a 20-year war" is history more often than news). */
const HOURS: Readonly<Record<string, number>> = { minute: 1 / 60, hour: 1, day: 24, week: 168, month: 730 };
/** Verbs before a length: "lasted nine hours", "went on for 30 days", "trapped for five hours". */
const LASTED = /\b(?:last(?:ed|ing|s)?|went on for|go(?:es)? on for|dragged on for|continued for|stretched (?:to|over|for))\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|around\s+|roughly\s+|just\s+(?:over|under)\s+)?$/i;
/** "delayed by", "held up for", "postponed by" right before a length (a figure after "up to" is a bound, no length). */
const DELAYED_BY = /\b(?:delayed|delays|delaying|held up|pushed back|postponed|put back)(?:\s+(?:the|a|an|its|their|his|her|all|\p{L}+['’]s|\p{Lu}[\p{L}-]*|\p{Ll}+)){0,4}?\s+(?:by|for)\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|around\s+|roughly\s+|over\s+|up\s+to\s+)?$/iu;
/** "ended on Friday after", "was called off after" right before a length: how long the event ran. */
const ENDED_AFTER = /\b(?:ended|ends|ending|was called off|were called off|called off|came to an end|finished)\b(?:\s+(?:on|late on|early on)\s+\w+)?\s+after\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|around\s+)?$/i;
const HELD_FOR = /\b(trapped|stuck|stranded|held|holed up)\b[^.;,]{0,50}\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|around\s+)?$/i;

/**
 * The event an article gives the length of, and the figure's hours per unit: a compound ("a 16-hour blackout", "the
 * 12-day strike", "a six-hour siege"), a length after "lasted" with the event earlier in its sentence ("The blackout
 * in Quito lasted four hours"), or a time people were held ("trapped on the train for five hours", "spent 15 hours
 * trapped"). Times after or before something ("three days after the quake", "within 24 hours", "waits of up to two
 * hours") are no event's length.
 */
/** Before an event's length: it is threatened, planned or not ruled out, not the one that happened. */
const MAY_COME_BEFORE = /\b(?:(?:not|never)\s+ruled?\s+out|rul(?:e|ed|ing)\s+out|threat(?:en|ens|ened|ening)?(?:\s+(?:to\s+(?:call|hold|stage))?)?|plan(?:s|ned|ning)?(?:\s+to\s+(?:call|hold|stage))?|call(?:s|ed|ing)?\s+for|warn(?:s|ed|ing)?\s+of|could\s+(?:call|hold|stage|face)|would\s+(?:call|hold|stage)|will\s+(?:call|hold|stage)|possible|potential|another|a\s+further|a\s+new)\s+(?:(?:an?|the)\s+)?$/i;

function eventLength(doc: Doc, q: Quantity): { event: string; hours: number; span: Quantity["span"] } | null {
  const text = doc.article.text;
  const [before, after] = sides(doc, q, 120, 40);
  const compound = /^[\w.,]+-(minute|hour|day|week|month)-?(?:long)?\b/i.exec(q.span.text);
  if (compound && q.unit === "count" && q.noun !== null) {
    const event = eventWord(q.noun, q.span.text, q.nounSpan ? text.slice(q.nounSpan.end, q.nounSpan.end + 12) : "");
    // "have not ruled out a 72-hour strike later this month", "threatened a 48-hour walkout": one that may come, not this one.
    // (No claim at all: an empty event tells the caller to drop the figure, not to read "72" as a count of strikes.)
    if (MAY_COME_BEFORE.test(before.slice(-60))) return { event: "", hours: 0, span: q.span };
    return event && !/\b(?:up to|every|each|per|a further|another|next|first|second)\s+(?:\S+\s+)?$/i.test(before.slice(-20)) ? { event, hours: HOURS[compound[1]!.toLowerCase()]!, span: q.span } : null;
  }
  if (q.unit !== "duration") return null;
  const unit = /^(minute|hour|day|week|month)s?$/.exec(q.noun ?? "")?.[1];
  if (unit === undefined) return null;
  const hours = HOURS[unit]!;
  const spent = /\bspen[dt]\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+)?$/i.test(before) ? /^\s*(trapped|stuck|stranded)\b/i.exec(after) : null;
  // "after 62 days in captivity", "spent 40 days as hostages": the time people were held, told by where they were.
  const captive = /^\s*(?:in\s+captivity|as\s+(?:a\s+)?(?:hostages?|captives?)|in\s+the\s+hands\s+of\s+(?:their|his|her|the)\s+(?:kidnappers|captors|abductors))\b/i.test(after) ? ["held", "held"] as const : null;
  // "were delayed by 7 hours", "held up for three hours", "left 40 minutes late": how long a delay lasted. "delayed by
  // up to five hours" is a range of many delays, and "delays of two hours" is what some waited, not the one delay.
  if ((DELAYED_BY.test(before) || (/^\s+(?:late|behind schedule)\b/i.test(after) && /\b(?:left|departed|arrived|landed|took off|ran|running|set off|sailed|started|began|opened|kicked off)\b[^.;,]{0,40}$/i.test(before)))
    && !/\bup\s+to\s+$/i.test(before) && !/^up\s+to\b/i.test(q.span.text)) return { event: "delay", hours, span: q.span };
  const held = HELD_FOR.exec(before) ?? spent ?? captive;
  if (held) return { event: /^(stuck|stranded)$/i.test(held[1]!) ? "trapped" : held[1]!.toLowerCase().replace(/\s+up$/, ""), hours, span: q.span };
  // "The strike at the ports ended on Friday after 12 days": a length told by the event's end.
  const ended = ENDED_AFTER.exec(before);
  if (!LASTED.test(before) && !ended) return null;
  // The event: the last event word of the clause before the verb ("The hostage siege at a bank in Malmo lasted").
  const words = [...before.replace(LASTED, "").replace(ENDED_AFTER, "").matchAll(/[a-z]+(?:-[a-z]+)?/gi)].map((m) => m[0].toLowerCase());
  for (let i = words.length - 1; i >= 0; i--) {
    const event = eventName(i > 0 ? words[i - 1]! : "", words[i]!.replace(/(?<=[^s])s$/, ""));
    if (event) return { event, hours, span: q.span };
  }
  return null;
}

/**
 * The event named after a compound length, from the words the figure's span ends with: "hunger strike" for "a 41-day
 * hunger strike", "blackout" for "a 40-minute power cut" or "a 16-hour power outage".
 */
function eventWord(noun: string, written: string, next: string): string | null {
  const w = noun.toLowerCase();
  const words = written.toLowerCase().split(/\s+/);
  const prev = words.length >= 2 ? words[words.length - 2]! : "";
  if (w === "power" && /^\s+(?:cut|outage|failure)\b/i.test(next)) return "blackout";
  return eventName(prev, w);
}

/** The event two words name ("power cut" → blackout, "hunger strike"), or the last word alone ("siege"; never a bare "cut"). */
function eventName(prev: string, w: string): string | null {
  if (prev === "power" && /^(?:cut|outage|failure)$/.test(w)) return "blackout";
  if (EVENTS.test(`${prev} ${w}`)) return `${prev} ${w}`;
  if (!EVENTS.test(w) || w === "cut") return null;
  return w === "stand-off" ? "standoff" : w;
}

/** Up to `back` characters before a figure and `ahead` after it, within its sentence. */
function sides(doc: Doc, q: Quantity, back: number, ahead: number): [string, string] {
  const text = doc.article.text;
  const s = doc.sentences[q.sentence];
  return [text.slice(Math.max(s?.start ?? 0, q.span.start - back), q.span.start), text.slice(q.span.end, Math.min(s?.end ?? text.length, q.span.end + ahead))];
}

/** Words right before a figure that make it a capacity: "seats", "can carry", "capacity of", "room for", "built to hold". */
const CAPACITY_BEFORE = /\b(?:seats|seating|accommodates|(?:can|could|will|would|(?:is |was |are |were )?able to|(?:is |was |are |were )?(?:designed|built|meant|licensed|equipped) to)\s+(?:seat|hold|carry|take|accommodate|house|fit|sleep|transport|handle)|capacity (?:of|for)|room for|space for|(?:designed|built|licensed|equipped|meant) for|holds up to|carries up to|sleeps)\s+(?:up to\s+|about\s+|some\s+|nearly\s+|more than\s+|around\s+|roughly\s+|over\s+|almost\s+|as many as\s+)?$/i;

/** Whether a figure tells what something can hold ("seats 1,200 people", "can carry 5,000 passengers", "a 60,000-capacity stadium"). */
function capacity(doc: Doc, q: Quantity): boolean {
  const [before, after] = sides(doc, q, 60, 12);
  return CAPACITY_BEFORE.test(before) || /^[- ]capacity\b/i.test(after);
}

/** "claimed 40 lives", "cost 12 lives", "40 lives were lost": lives lost, not saved or changed. */
function livesLost(doc: Doc, q: Quantity): boolean {
  const [before, after] = sides(doc, q, 30, 30);
  return /\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|took|take[sn]?|taking|lost|los(?:e|es|ing))\s+(?:the\s+)?$/i.test(before)
    || /^\s+(?:were|have been|had been|was|are)\s+(?:lost|claimed|taken)\b/i.test(after);
}

/** An adverb or condition of grave harm on the figure's own harm word: "were seriously injured", "critically wounding two", "in critical condition". */
function seriouslyHurt(doc: Doc, q: Quantity): boolean {
  const [before, after] = sides(doc, q, 40, 50);
  return /^[^,;.]{0,30}?\b(?:seriously|critically|severely|badly|gravely)\s+(?:injured|wounded|hurt)\b/i.test(after)
    || /^[^,;.]{0,30}?\bin\s+(?:a\s+)?(?:serious|critical|grave|life-threatening)\s+condition\b/i.test(after)
    || /\b(?:seriously|critically|severely|badly|gravely)\s+(?:injur|wound|hurt)\w*\s+(?:(?:at least|about|around|nearly|some|another)\s+)?$/i.test(before);
}

/** A light degree of harm on the figure's own harm words: "suffered minor injuries", "were slightly hurt", "with minor cuts". */
function slightlyHurt(doc: Doc, q: Quantity): boolean {
  const [before, after] = sides(doc, q, 40, 50);
  return /^[^,;.]{0,30}?\b(?:(?:suffered|sustained|had|with|received|treated for)\s+(?:only\s+)?(?:minor|slight|light|non-life-threatening|superficial)\s+(?:injuries|injury|wounds|cuts|burns)|(?:slightly|lightly|mildly)\s+(?:injured|wounded|hurt))\b/i.test(after)
    || /\b(?:slightly|lightly|mildly)\s+(?:injur|wound|hurt)\w*\s+(?:(?:at least|about|around|nearly|some|another)\s+)?$/i.test(before);
}

/** A relative clause about the counted people, then their death: "who had been moved to the civil hospital died". */
const DIED_AFTER_RELATIVE = /^\s*,?\s*(?:who|that)\s+(?:had\s+been|have\s+been|has\s+been|were|was|had|have)\s+[a-z]+\b[^,.;]{0,80}?\s(?:later\s+)?(?:died|have died|has died|had died|succumbed|perished|were killed|was killed)\b/i;

/** People held where they are, told right after their count: "40 miners trapped", "passengers who were stuck". */
const TRAPPED_AFTER = /^\s*(?:who\s+(?:were|had been|are|have been)\s+|still\s+)?(?:trapped|stuck|stranded)\b/i;

/** Predicates that only people (or animals) take: "killed", "injured", "detained" … */
const PEOPLE_ONLY = new Set(["struck", "killed", "injured", "injured-serious", "injured-minor", "hospital", "missing", "detained", "survived", "aboard", "attended", "voted", "released"]);
const ANIMALS = new Set(["animal", "cattle", "cow", "sheep", "goat", "pig", "horse", "dog", "cat", "bird", "chicken", "whale", "dolphin", "elephant", "livestock", "head"]);

/**
 * A count relative to another one in the same text: "four others", "two more people", "another
 * 20 people", "three other men". What it counts depends on how the writer split the rest ("one
 * killed and four others hurt" / "two killed and three others hurt"), so it is compared with nothing.
 */
function relative(doc: Doc, q: Quantity): boolean {
  if (q.noun === "other" || q.noun === "more") return true;
  const toks = doc.tokens;
  const at = tokenAt(toks, q.numberSpan.start);
  if (at < 0) return false;
  let k = at + 1;
  while (k < toks.length && toks[k]!.end <= q.numberSpan.end) k++;
  const next = toks[k]?.lower ?? "", prev = at > 0 ? toks[at - 1]!.lower : "";
  return /^(other|others|more|additional|further|extra)$/.test(next) || /^(another|other|additional|further)$/.test(prev);
}

// Time scope of a figure: this event ("now"), a running total ("4,757 ... released since March 2022")
// or an earlier event ("earlier this month, which saw over 200 ... return home"). Only figures of
// the same scope are compared. "Two years ago" or "41 years ago" dates the event a story is about (a
// trial, an arrest for an old killing: "charged with killing two young women … 41 years ago"), not an
// earlier event of its kind; "a year ago" and "months ago" still mark one.
const DAY_WORDS = /\b(yesterday|today|tonight|tomorrow|this (morning|afternoon|evening))\b/i;
const CUMULATIVE = /\b(so far|to date|altogether|in all|cumulative|as of (now|today|this))\b|\bha(s|ve)\b[^.]*\bsince\b/i;
// "came just weeks after a driver … fatally shot eight people": another event of the kind, set before this one.
const EARLIER = /\b(earlier (this|last|in)|previous|previously|last (week|month|year|summer|winter|spring|autumn)|a year ago|months? ago|the (first|second|third) (swap|exchange|round)|(days|weeks|months|years) (after|before) (a|an|another)\b|(years|decades) (after|before) the\b|in recent (years|decades)|over the (past|last) (few |two |three |five |ten )?(years|decades)|in (past|previous) years)\b/i;

/**
 * "One woman, who identified herself as his cousin, said …" and "three workers (one a pregnant woman)"
 * introduce a person; they count nothing.
 */
function introducesOne(doc: Doc, q: Quantity): boolean {
  if (q.value !== 1 || q.hedge !== "exact") return false;
  const text = doc.article.text;
  return /^one\s+an?\s/i.test(q.span.text) || /^\s*,\s*who\b/.test(text.slice(q.span.end, q.span.end + 8));
}

/** "What is he pointing a gun at over six police?" asks; it states no figure. */
function isQuestion(doc: Doc, q: Quantity): boolean {
  const sentence = doc.sentences[q.sentence];
  return sentence !== undefined && /\?\s*["'”’)\]]*\s*$/u.test(sentence.text);
}

const STILL_TREATED = /^[^.;]{0,20}?\b(?:are|were|remain|remained|is)\s+(?:still\s+)?(?:in\s+hospital|hospitali[sz]ed|undergoing\s+treatment|being\s+treated|receiving\s+treatment|under\s+treatment)\b|^[^.;]{0,20}?\bremain(?:ed)?\s+in\s+(?:hospital|intensive care)\b/i;
/** A story of a disease outbreak: its tolls are running totals, whatever words they are told in. */
const OUTBREAK = /\b(?:outbreak|epidemic|confirmed cases|cases of (?:the\s+)?[\p{L}-]+(?:\s+fever)?)\b/iu;
/** … or cases counted in a story of a disease: "240 cholera cases", "confirmed 86 new cases of measles". */
const CASES = /\b\d[\d,]*\s+(?:new\s+|confirmed\s+|suspected\s+)?(?:[\p{L}-]+\s+)?cases\b/iu;
const DISEASE = /\b(?:infect\w*|virus|fever|disease|cholera|measles|dengue|malaria|influenza|flu|ebola|mpox|covid|typhoid|tuberculosis|hepatitis|polio|diphtheria|meningitis|anthrax|plague|norovirus|legionnaires)\b/i;
const outbreakOf = new WeakMap<Doc, boolean>();
function outbreakStory(doc: Doc): boolean {
  let known = outbreakOf.get(doc);
  if (known === undefined) outbreakOf.set(doc, known = OUTBREAK.test(doc.article.text) || (CASES.test(doc.article.text) && DISEASE.test(doc.article.text)));
  return known;
}

function scopeOf(doc: Doc, q: Quantity, pred: string | null): string {
  const sentence = doc.sentences[q.sentence];
  if (!sentence) return "now";
  const text = sentence.text;
  // In an outbreak's story every toll is the outbreak's running total: "has confirmed 186 cases since January, with two
  // deaths" and "Three people have died in the outbreak" count one thing.
  if (CUMULATIVE.test(text)) return q.unit === "count" && (pred === "killed" || pred === null || pred === "-") && !/\b(?:this|last|the)\s+(?:year|month|week)\b|\b(?:19|20)\d\d\b/i.test(text) && outbreakStory(doc) ? "now" : "cumulative";
  if (EARLIER.test(text) || AFTER_NAMED_ACT.test(text) || otherEvent(text) || THAT_EVENT.test(text)) return "earlier";
  const tally = q.unit === "count" ? periodTally(text) : null;
  if (tally !== null) return tally;
  // A past year dates another event only for what events do to people ("killed 156 people in 2014");
  // "spent 11 seasons with the club (1978–89)" is a career, not an event.
  const year = pred !== null ? pastYear(doc, q) : null;
  if (year !== null) return `y${year}`;
  if (partOfWhole(doc, q)) return "part";
  return "now";
}

/**
 * A tally over a named period, not the story's event: "During the month of April, the department arrested 43
 * people", "In the first six months of the year, 48 people were shot in the city", "During the weekend saturation
 * patrol, 12 drivers were arrested". Counts only, compared only with tallies of the same period ("period=April",
 * "period=the first six months", "period=the weekend saturation patrol"; no colon: a slot key is colon-separated).
 * An event's own time is no tally: "during the shooting", "during the raid", "during the operation" (one police
 * action) stay "now"; so do a game's or a company's halves and quarters, periods of a result rather than tallies.
 */
const TALLY_MONTH = /\b(?:during|in|over|throughout|for)\s+the\s+(?:whole\s+|entire\s+)?month\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
const TALLY_SPAN = /\b(?:during|in|over|throughout)\s+(?:the|its|their)\s+(first|last|past|previous)\s+((?:\w+\s+)?(?:days|weeks|months|years))\b/iu;
/** "Nine more people died in the 24 hours to 8 a.m.", "nine deaths reported in 24 hours": a day's tally of a running count. */
const TALLY_HOURS = /\b(?:in|within|over)\s+(?:the\s+(?:last\s+|past\s+|previous\s+)?)?(24|48|72|twenty-four|forty-eight)\s+hours\b(?!\s+(?:after|before|of)\b)/i;
// An enforcement drive, not any effort: "during the search effort" or "the rescue effort" is the event's own time.
const TALLY_DRIVE = /\bduring\s+(?:the|a|this|last)\s+(?:[\p{L}-]+\s+){0,3}?(enforcement(?:\s+(?:effort|operation|campaign|period))?|crackdown|saturation\s+patrols?|blitz|(?:dui|duii|dwi|traffic|speed(?:ing)?|seat-?belt|drunk[- ]driving|safety)\s+(?:campaign|initiative|effort|patrols))\b/iu;

function periodTally(sentence: string): string | null {
  const month = TALLY_MONTH.exec(sentence);
  if (month) return `period=${month[1]!.charAt(0).toUpperCase()}${month[1]!.slice(1).toLowerCase()}`;
  const span = TALLY_SPAN.exec(sentence);
  if (span) return `period=the ${span[1]!.toLowerCase()} ${span[2]!.toLowerCase().replace(/\s+/g, " ")}`;
  const hours = TALLY_HOURS.exec(sentence);
  if (hours) return `period=${({ "twenty-four": "24", "forty-eight": "48" } as Record<string, string>)[hours[1]!.toLowerCase()] ?? hours[1]} hours`;
  const drive = TALLY_DRIVE.exec(sentence);
  if (drive) return `period=the ${drive[0]!.toLowerCase().replace(/^during\s+(?:the|a|this|last)\s+/u, "").replace(/\s+/g, " ")}`;
  return null;
}

// "In a separate shooting", "weeks after an attack on a bank in Saltillo", "a similar fire": another event of the kind.
// "That epidemic, which lasted more than a year, killed over 1,700 people": a sentence opened by "That" and an event
// points back to an event told before it, not the story's own ("This outbreak" is the story's).
/** "comes a little over a month after Adam Lanza killed 20 children": a time after someone's act, another event. */
const AFTER_NAMED_ACT = /\b(?:days|weeks|months|years|decades|a\s+(?:day|week|month|year|decade))\s+(?:after|before)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:[a-z]+ed|killed|shot|stabbed|opened fire|attacked|struck|set off|blew up|went on)\b/;
const THAT_EVENT = /^\s*That\s+(?:[\p{L}-]+\s+)?(?:epidemic|pandemic|outbreak|quake|earthquake|storm|fire|blaze|crash|explosion|blast|bombing|disaster|flood|floods|hurricane|typhoon|cyclone|tornado|landslide|accident|attack|shooting|collapse|spill|war|famine|drought|eruption)\b/u;
/**
 * Another event told in the sentence (OTHER_EVENT), unless "the worst …" / "the deadliest …" ranks the story's own
 * event ("died when their bus tumbled into a gorge, in the worst road accident of this year's pilgrimage", "making it
 * the deadliest quake since 2011").
 */
function otherEvent(sentence: string): boolean {
  for (const m of sentence.matchAll(new RegExp(OTHER_EVENT.source, "giu"))) {
    const ranked = /^the\s+(?:deadliest|worst)\b/i.test(m[0]) && RANKS_OWN.test(sentence.slice(0, m.index));
    if (!ranked) return true;
  }
  return false;
}
/** Words right before "the worst …" that say the story's own event is it. */
const RANKS_OWN = /(?:\bin|\bwas|\bis|\bbecame|\bbecome|\bmarks?|\bmarking|\bmaking\s+it|\bdescribed\s+as|\bcalled|\bas|,)\s*$/i;
const OTHER_EVENT = /\b(another|a separate|an unrelated|a similar|an earlier|a previous|a prior|the previous|the last|the deadliest|the worst)\s+(?:[\p{L}-]+\s+){0,2}?(incident|shooting|attack|gunman|quake|earthquake|storm|fire|blaze|crash|explosion|blast|bombing|disaster|flood|floods|hurricane|typhoon|cyclone|tornado|landslide|accident|case|rampage|massacre|robbery|collapse|spill|outbreak)\b/iu;

/**
 * A year stated in the figure's sentence that is before the article's own time: "In 2014, a
 * landslide in the same district killed 156 people" in a story of 2024 is another event. The
 * article's time is its publish year, else the latest year it names.
 */
function pastYear(doc: Doc, q: Quantity): number | null {
  const sentence = doc.sentences[q.sentence]!;
  let year: number | null = null;
  for (const m of sentence.text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const at = sentence.start + m.index;
    if (at >= q.span.start && at < q.span.end) continue;
    // "was 61 percent, compared with 58 percent in 2019": a year after a contrast dates the other figure, not this one.
    if (at >= q.span.end && CONTRAST_BETWEEN.test(doc.article.text.slice(q.span.end, at))) continue;
    year = Math.max(year ?? 0, Number(m[0]));
  }
  if (year === null) return null;
  const published = doc.article.publishedAt ? Number(doc.article.publishedAt.slice(0, 4)) : NaN;
  let ref = Number.isFinite(published) ? published : 0;
  if (!ref) for (const m of doc.article.text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) ref = Math.max(ref, Number(m[0]));
  // "41 years ago" and "charged with killing … in 1984" date the story's own event when the story is about it.
  return year < ref ? year : null;
}

/**
 * A part of a larger figure: "including 17 in Quang Ngai province", "of whom 11 were children",
 * "In Quang Ngai province alone, 17 people …". Compared only with other parts.
 */
function partOfWhole(doc: Doc, q: Quantity): boolean {
  const text = doc.article.text;
  const sentence = doc.sentences[q.sentence]!;
  const before = text.slice(Math.max(sentence.start, q.span.start - 40), q.span.start);
  if (/\b(including|among them|among whom|of whom|of them|of those|of which)\s+(?:at least\s+|about\s+|some\s+)?$/i.test(before)) return true;
  // "Twelve of those hurt were firefighters", "three of the dead": a part of a group the story counts elsewhere.
  if (/^\S+(?:\s+\S+)?\s+of\s+(?:the|those|these)\s+/i.test(q.span.text)) return true;
  // "four people suffering gunshot wounds and a fifth person injured by glass": four is a part.
  if (/\b(a|an)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(person|victim|man|woman|boy|girl|child|one|officer|worker)\b/i.test(text.slice(q.span.end, sentence.end))) return true;
  // "11 victims had leg wounds while one man was shot in the face": more of the same harm told
  // apart after it, so the count is one part ("and one man was arrested" is not harm).
  if (ANOTHER_HURT.test(text.slice(q.span.end, sentence.end))) return true;
  return /\balone\b/i.test(sentence.text);
}

/** After a count: another person or group hurt in the same sentence ("while one man was shot", "and two women suffered …"). */
const ANOTHER_HURT = new RegExp(
  "(?:\\b(?:while|and|but|with|plus)|;)\\s+(?:another\\s+|one\\s+more\\s+)?(?:one|a|an|two|three|four|five|\\d+)\\s+(?:other\\s+)?"
  + "(?:man|men|woman|women|male|males|female|females|person|people|victim|victims|boy|boys|girl|girls|child|children|teen|teenager|officer|officers)\\s+"
  + "(?:was\\s+|were\\s+|had\\s+been\\s+)?(?:shot|wounded|injured|hurt|hit|struck|sustained|suffered|received|stabbed|grazed|treated)\\b", "i");

const COUNTRY_WORDS: Readonly<Record<string, string>> = (() => {
  const m: Record<string, string> = Object.create(null) as Record<string, string>; // no prototype: "constructor" is not a country
  for (const [k, v] of Object.entries(DEMONYMS)) m[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries(DEMONYMS)) m[k.toLowerCase() + "s"] = v;
  for (const v of new Set(Object.values(DEMONYMS))) m[v.toLowerCase()] = v;
  for (const [k, v] of Object.entries(COUNTRY_ALIASES)) if (k.length > 3) m[k.toLowerCase()] = v;
  return m;
})();

/** The side a count belongs to: a nationality in the phrase ("Ukrainian captives", "Ukrainians") or a destination ("returned to Ukraine"). */
function sideOf(doc: Doc, q: Quantity): string | null {
  const toks = doc.tokens;
  const at = tokenAt(toks, q.numberSpan.start);
  if (at < 0) return null;
  if (isDemonymNoun(q.noun)) return COUNTRY_WORDS[q.noun!] ?? null;
  for (let k = at + 1; k < toks.length && toks[k]!.start < q.span.end; k++) {
    const c = COUNTRY_WORDS[toks[k]!.lower];
    if (c) return c;
  }
  // "... returned to Ukraine", "... came home to Russia" within the next few words.
  for (let k = at + 1; k < toks.length && k < at + 10; k++) {
    const t = toks[k]!;
    if (t.sentence !== q.sentence) break;
    if ((t.lower === "to" || t.lower === "in") && COUNTRY_WORDS[toks[k + 1]?.lower ?? ""] && /return|home|repatriat|releas|arriv|back/.test(toks.slice(at, k).map((x) => x.lower).join(" ")))
      return COUNTRY_WORDS[toks[k + 1]!.lower]!;
  }
  return null;
}

/** Index of the first token starting at or after pos (binary search; tokens are in text order), or -1. */
export function tokenAt(toks: Doc["tokens"], pos: number): number {
  let lo = 0, hi = toks.length - 1, ans = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.start >= pos) { ans = mid; hi = mid - 1; } else lo = mid + 1; }
  return ans;
}

/** Between a described person and the name set off after it: nothing, or where they come from ("from Lyon", "of Leeds"), then a comma. */
const APPOSITIVE = /^(?:\s+(?:from|of|in)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s*,\s*$/u;
const AGE_ROLES = new Set(["man", "woman", "suspect", "victim", "driver", "gunman", "mother", "father", "boy", "girl",
  // One holder of an office a story names: "the 62-year-old mayor", "the governor, aged 58".
  "mayor", "governor", "minister", "president", "senator", "judge", "prosecutor", "bishop", "coach", "headteacher", "headmaster", "principal", "chairman", "chairwoman"]);
/**
 * A word that describes one person an age can belong to: the usual roles and any kind of person ("cyclist",
 * "pedestrian", "nurse"). Not the generic words nounClass reads as "people", nor a toll's "dead" or a body of people.
 */
function ageRole(w: string): boolean {
  return AGE_ROLES.has(w) || (!/^(dead|crew|staff|police|personnel|elderly|senior)$/.test(w) && nounClass(w) !== "people" && isPeopleClass(nounClass(w)!));
}
const NOT_NAMES = /^(The|A|An|He|She|His|Her|They|It|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A capitalized word that names a person here: not a nationality ("the 41-year-old American") or a place-born ("Glasgow-born"). */
function personWord(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end);
  return !NOT_NAMES.test(w) && COUNTRY_WORDS[w.toLowerCase()] === undefined && !/^-\p{L}/u.test(text.slice(end, end + 2));
}

/**
 * Who an age belongs to, as a key: "person=<surname>" or "role=<described person>".
 * "Capaldi, 55," / "Robert Pitman, 37," → the name before; "the 49-year-old Klitschko's" → the name
 * right after (a name further on belongs to another clause: "the 55-year-old Scottish actor will
 * replace Matt Smith" is not Smith's age); "a 60-year-old, terminally ill woman" → role=woman; "the
 * 24-year-old was killed", "the 41-year-old American" → the person the article names most.
 */
function ageOwner(doc: Doc, q: Quantity, main: string | null): string | null {
  const text = doc.article.text;
  const between = (a: number, b: number) => text.slice(a, b);
  // Words allowed between the age and the name: "the 41-year-old former champion Riddick Bowe".
  const ADJ = /^\s+(?:[a-z]+\s+){0,2}$/;
  const person = doc.entities.find((e) => e.type === "person" && (
    // "Capaldi, 55," (a bare age after the name); "Monica Bates, 24-year-old Deneka Lotts" gives the -year-old to the name after.
    // "Mark Dawson, aged 43, of Headingley": the same, with "aged".
    (e.span.end <= q.span.start && /^\s*,?\s*(?:aged\s+)?$/.test(between(e.span.end, q.span.start)) && !/year|month|week|old/i.test(q.span.text))
    // "The suspect, Erik Dahl, is 41": the name set off before "is"/"was" is whose age it is.
    || (e.span.end <= q.span.start && /^,?\s+(?:was|is)\s+$/.test(between(e.span.end, q.span.start)) && /^\d{1,3}$/.test(q.span.text))
    // "Ramesh Vasava, the 47-year-old shift supervisor", "Ana Ruiz, a 34-year-old nurse": the name, then its description.
    || (e.span.end <= q.span.start && /^,\s+(?:the|an?)\s+$/i.test(between(e.span.end, q.span.start)) && /year|month|week|old/i.test(q.span.text))
    || (e.span.start >= q.span.end && (q.nounSpan === null ? ADJ : /^\s+$/).test(between(q.span.end, e.span.start)) && personWord(text, e.span.start, e.span.end))
    // "15-year-old Alexandros Grigoropoulos", the name (or its last word) read as the counted noun.
    || (q.nounSpan !== null && e.span.start >= q.numberSpan.end && e.span.start <= q.nounSpan.start && e.span.end >= q.nounSpan.end)));
  if (person) return `person=${titled(doc, fullName(doc, person.key.split(" ").pop()!, person.key), person.span.start)}`;
  // The name set off after the described person: "a 34-year-old climber from Lyon, Julien Marchand,", "a 68-year-old woman, Maria Santos, died".
  const named = q.nounSpan === null ? undefined : doc.entities.find((e) => e.type === "person" && e.span.start > q.span.end && e.span.start - q.span.end <= 50
    && APPOSITIVE.test(between(q.span.end, e.span.start)) && !/^['’]s\b/.test(text.slice(e.span.end, e.span.end + 3)));
  if (named) return `person=${fullName(doc, named.key.split(" ").pop()!, named.key)}`;
  // Names the entity step did not type: "the 49-year-old Klitschko's", "Russell, 70,".
  const after = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(q.span.end, q.span.end + 40));
  if (after && q.nounSpan === null && personWord(text, q.span.end + after[0].length - after[1]!.length, q.span.end + after[0].length)) return `person=${fullName(doc, after[1]!.toLowerCase(), null)}`;
  const before = /(\p{Lu}\p{Ll}+),\s*$/u.exec(text.slice(Math.max(0, q.span.start - 30), q.span.start));
  if (before && !NOT_NAMES.test(before[1]!)) return `person=${titled(doc, fullName(doc, before[1]!.toLowerCase(), null), Math.max(0, q.span.start - 30) + before.index)}`;
  // "The lorry driver, a 34-year-old man from Ghent,": a man or woman in apposition to a role is that role's person.
  const apposed = q.noun !== null && /^(?:man|woman|boy|girl|person)$/.test(q.noun)
    ? /\b(?:the|an?|its|their|his|her)\s+(?:[a-z-]+\s+)?([a-z]+),\s+(?:an?\s+)?$/i.exec(text.slice(Math.max(0, q.span.start - 50), q.span.start)) : null;
  // (One person: not "the children, a 6-year-old girl and a boy", a group the girl is one of.)
  if (apposed && ageRole(apposed[1]!.toLowerCase()) && !/^(?:man|woman|boy|girl|person|children|people)$|s$/i.test(apposed[1]!)) return `role=${apposed[1]!.toLowerCase()}`;
  // No name: the person as described ("a 60-year-old, terminally ill woman" → woman, "a cyclist, 41," → cyclist). Compared loosely.
  if (q.noun && ageRole(q.noun)) return `role=${q.noun}`;
  // "a man aged 63", "a pedestrian aged about 50", "the ship's captain, aged 76": the described person before "aged".
  const aged = /\b(?:an?|the|one|its|their|his|her)\s+(?:[a-z-]+(?:['’]s)?\s+)?([a-z]+),?\s+aged\s+(?:about\s+|around\s+)?$/i.exec(text.slice(Math.max(0, q.span.start - 40), q.span.start));
  if (aged && ageRole(aged[1]!.toLowerCase())) return `role=${aged[1]!.toLowerCase()}`;
  // "the man detained in Antwerp on Tuesday, aged 42": the person before a participle that says which one, then "aged".
  const described = /\b(?:an?|the)\s+([a-z]+)\s+(?:detained|arrested|held|charged|killed|injured|wounded|hurt|rescued|found|named|identified|questioned|accused|suspected|sought|wanted|jailed|sentenced|convicted)\b[^,.;:]{0,60},\s+aged\s+(?:about\s+|around\s+)?$/i.exec(text.slice(Math.max(0, q.span.start - 100), q.span.start));
  if (described && ageRole(described[1]!.toLowerCase())) return `role=${described[1]!.toLowerCase()}`;
  const next = /^,?\s*([a-z-]+),?(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?/.exec(text.slice(q.span.end, q.span.end + 40));
  const role = next?.slice(1).find((w) => w !== undefined && ageRole(w));
  if (role) return `role=${role}`;
  // "Daniel Mutai won the race on Sunday. The 29-year-old Kenyan ran …": a sentence opening "The N-year-old" goes on
  // with the person the sentence before opened with, its subject. (A role noun was taken above: "… The 24-year-old
  // driver was arrested" may be someone else.)
  const subject = sentenceOpener(doc, q);
  if (subject !== null) return `person=${titled(doc, fullName(doc, subject.key.split(" ").pop()!, subject.key), subject.span.start)}`;
  // "the 24-year-old was killed": someone already named; the article's main person if it has one.
  // Compared, but as a guess: an age given to the article's main person is never more than a weak signal.
  return main !== null && /\bthe\s+$/i.test(text.slice(Math.max(0, q.span.start - 5), q.span.start)) ? `main=${fullName(doc, main, null)}` : null;
}

/**
 * The person whose name opens the sentence before `q`'s, when `q` opens its own sentence as "The N-year-old": the subject
 * of one sentence is the subject of the next ("Daniel Mutai won … . The 29-year-old Kenyan ran …"). A title or a role may
 * come before the name ("Chief Executive Karin Holm said …"), nothing else.
 */
function sentenceOpener(doc: Doc, q: Quantity): Doc["entities"][number] | null {
  const text = doc.article.text;
  const sentence = doc.sentences[q.sentence], previous = doc.sentences[q.sentence - 1];
  if (!sentence || !previous || !/^\s*The\s+$/.test(text.slice(sentence.start, q.span.start)) || !/year|month|week|old/i.test(q.span.text)) return null;
  // Only a bare age, a nationality or "man"/"woman": "The 38-year-old winner" after "Peter Nguyen finished" may be another.
  if (q.noun !== null && !/^(?:man|woman|person)$/.test(q.noun) && !isDemonymNoun(q.noun)) return null;
  // Nor when the sentence before already gives its people an age ("Peter Nguyen, 71, finished …").
  if (doc.quantities.some((x) => x.unit === "age" && x.sentence === previous.index)) return null;
  const first = doc.entities.find((e) => e.span.start >= previous.start && e.span.start < previous.end);
  if (!first || first.type !== "person" || !/^\s*(?:(?:\p{Lu}[\p{Ll}.]*\s+){0,3})$/u.test(text.slice(previous.start, first.span.start))) return null;
  return first;
}

/**
 * A surname alone after a title that tells the person's sex ("Mr. Ortiz, 67" / "Mrs. Ortiz, 64"): the surname with a
 * mark for it ("ortiz~(m)"), so that a husband's and a wife's ages are two people's. A first name, where the article
 * gives one, says more and is kept.
 */
function titled(doc: Doc, key: string, nameStart: number): string {
  if (key.includes("~")) return key;
  const title = /\b(Mr|Mister|Mrs|Ms|Miss|Madam|Mme|Mlle|Herr|Frau|Señor|Señora|Sr|Sra)\.?\s*$/.exec(doc.article.text.slice(Math.max(0, nameStart - 8), nameStart))?.[1]
    ?? /^(Mr|Mister|Mrs|Ms|Miss|Madam)\.?\s/.exec(doc.article.text.slice(nameStart, nameStart + 8))?.[1];
  if (title === undefined) return key;
  return `${key}~(${/^(?:Mr|Mister|Herr|Señor|Sr)$/.test(title) ? "m" : "f"})`;
}

/**
 * A surname with the first name the article gives it ("slaight" → "slaight~jaxon"): compared by
 * surname, but two members of one family ("Jaxon Slaight, 6" and "his brother, 8-year-old Joseph
 * Slaight") are two people. With no first name, or several people of that surname and none named
 * here, the surname alone.
 */
function fullName(doc: Doc, surname: string, key: string | null): string {
  const withFirst = (k: string) => { const w = k.split(" "); return `${w[w.length - 1]}~${w[w.length - 2]}`; };
  if (key !== null && key.includes(" ")) return withFirst(key);
  const full = new Set<string>();
  for (const e of doc.entities) if (e.type === "person" && e.key.includes(" ") && e.key.split(" ").pop() === surname) full.add(withFirst(e.key));
  return full.size === 1 ? [...full][0]! : surname;
}

/** The surname most of an article's person mentions share (named at least twice). */
function mainPerson(doc: Doc): string | null {
  const n = new Map<string, number>();
  // A "name" the article also writes in lower case is a word ("Doctor Who" … "who"): no one to give an age to.
  const words = new Set(doc.article.text.match(/\b\p{Ll}+\b/gu) ?? []);
  for (const e of doc.entities) if (e.type === "person") {
    const k = e.key.split(" ").pop()!;
    if (!words.has(k)) n.set(k, (n.get(k) ?? 0) + 1);
  }
  // Ties go to the one named first (Map order): "Riddick Bowe … Gene Pukall … Bowe … Pukall" is about Bowe.
  const [first] = [...n].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 ? first[0] : null;
}

function predicateFor(doc: Doc, q: Quantity): string | null {
  const toks = doc.tokens;
  const at = tokenAt(toks, q.numberSpan.start);
  if (at < 0) return null;
  // "49 people were killed or injured", "killed or wounded 30": one count of both, never the dead alone.
  const s = doc.sentences[q.sentence];
  const text = doc.article.text;
  if (KILLED_OR_HURT_AFTER.test(text.slice(q.span.end, Math.min(s?.end ?? text.length, q.span.end + 60)))
    || KILLED_OR_HURT_BEFORE.test(text.slice(Math.max(s?.start ?? 0, q.span.start - 40), q.span.start))) return "casualties";
  // "three wounded", "the two dead": the counted word names the harm itself, whatever verb is near.
  const own = q.noun !== null && HARM_NOUN.test(q.noun) ? predicateClass([q.noun]) : null;
  if (own !== null) return own;
  // "two patients who had been moved to the civil hospital died": a relative clause says which patients; the verb
  // after it says what happened to them.
  if (DIED_AFTER_RELATIVE.test(text.slice(q.span.end, Math.min(s?.end ?? text.length, q.span.end + 120)))) return "killed";
  // "one of the six hikers survived": six is the whole the one is taken from; what follows is said of the one.
  const partBefore = text.slice(Math.max(s?.start ?? 0, q.span.start - 30), q.span.start);
  const partitive = PARTITIVE_BEFORE.test(partBefore);
  // "killed three workers and injured 14 others": a verb right before the figure governs it, whatever verb follows.
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = toks[k]!;
    if (t.sentence !== q.sentence) break;
    if (HEDGE_WORD.test(t.lower)) continue;
    // "had two children", "has three sons": what someone has, not what happened to them — unless what it has is aboard
    // ("the ferry, which had 122 passengers on board").
    if ((t.pos === "VERB" || t.pos === "AUX") && t.lemma === "have") return /^\s*(?:on board|aboard|onboard)\b/i.test(text.slice(q.span.end, q.span.end + 12)) ? "aboard" : null;
    if (t.pos === "VERB") {
      const p = predicateClass([t.lemma]);
      // "freed 23 passengers stuck in a cable car", "rescued 40 miners trapped underground": those held, brought out.
      if ((p === "released" || p === "evacuated") && TRAPPED_AFTER.test(text.slice(q.span.end, q.span.end + 40))) return "trapped";
      if (p) return p;
    }
    break;
  }
  // "the fatal shooting of one man and the wounding of three others": the act named right before "of" governs its figure.
  // So does any act named as a noun ("arrested on Tuesday in the shooting of 24 people": they were shot, not
  // arrested; "the evacuation of 2,400 residents", "the release of 40 prisoners"): the verb further back is
  // said of someone else.
  let of = at - 1;
  if (toks[of]?.lower === "the" || toks[of]?.lower === "a") of--;
  if (toks[of]?.lower === "of" && toks[of]!.sentence === q.sentence) {
    for (let k = of - 1; k >= 0 && k >= of - 2; k--) {
      const t = toks[k]!;
      if (t.sentence !== q.sentence) break;
      const p = predicateClass([t.lower]) ?? predicateClass([t.lemma]);
      if (p === "killed" || p === "injured") return p;
      if (k === of - 1) {
        if ((t.pos === "NOUN" || /^(the|a|an)$/.test(toks[k - 1]?.lower ?? "")) && (p !== null || ACT_NOUN.test(t.lower))) return p === "attended" ? (/^(?:crowd|audience|attendance)$/.test(t.lower) ? "attended" : null) : p;
        // "the families of three victims attended", "relatives of 12 miners": the verb is said of the people before "of".
        if (t.pos === "NOUN" && KIN_BEFORE_OF.test(t.lower)) return null;
      }
    }
  }
  // "arrested two of the 19 people questioned": what is said of the part is not said of the whole it is taken from
  // ("killed all of the 19" is).
  if (partitive && !/\b(?:all|each|both)\s+of\s+\S+\s+$/i.test(partBefore)) return null;
  const window: string[] = [];
  // The words after the number first (the verb usually follows the counted noun), then the ones
  // before it, each within the figure's clause: another figure, "while", "but", a semicolon or a
  // participle after a comma ("shot four people, killing one") start another clause.
  let end = at + 1;
  while (end < toks.length && toks[end]!.end <= q.numberSpan.end) end++;
  // "90 percent of registered voters are white": the population a share is taken of names who is counted, as a
  // counted noun does, not what they did ("voters" is no vote cast); the verb after it says that.
  const base = q.unit === "percent" ? /^\s*(?:cent\s+)?of\s+(?:(?:the|its|their|all|all\s+the)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+/iu.exec(text.slice(q.span.end, q.span.end + 60)) : null;
  const baseEnd = base ? q.span.end + base[0].length : -1;
  let reach = at + 8;
  for (let k = end; !partitive && k < toks.length && k <= reach; k++) {
    // "Six people, including three children, were killed": the part named between commas is passed over; the
    // clause's verb after it says what happened to the six.
    const aside = includedAside(toks, k, q.sentence);
    if (aside > k) { reach += aside - k + 1; k = aside; continue; }
    const t = toks[k]!;
    if (t.end <= baseEnd && t.start >= q.span.end && t.pos === "NOUN") continue;
    if (t.sentence !== q.sentence || CLAUSE.test(t.lower) || ((t.kind === "number" || (NUMBER_WORD.test(t.lower) && /^(,|and|-|--|—|–)$/.test(toks[k - 1]!.lower))) && k > end)) break;
    if (/^[,—–-]$/.test(t.text) && /ing$/.test(toks[k + 1]?.lower ?? "")) break;
    if (q.nounSpan && t.start === q.nounSpan.start) continue; // the counted noun is not the predicate ("hundreds of homes")
    // "the returning officer said", "the presiding judge": a participle between a determiner and its noun names someone, not what happened.
    if (/ing$/.test(t.lower) && /^(the|a|an|its|their)$/.test(toks[k - 1]?.lower ?? "") && toks[k + 1]?.pos === "NOUN") continue;
    if (monthMarch(toks, k)) continue;
    window.push(t.lemma);
  }
  // "home to 12,000 people", "a town of 12,000", "a population of 12,000": who lives there, not who was hit.
  const lead = toks.slice(Math.max(0, at - 3), at).filter((t) => t.sentence === q.sentence).map((t) => t.lower).join(" ");
  if (/\b(home to|population of|inhabitants of|(town|city|village|community|county|island|country|nation|district|region|province|suburb) of)$/.test(lead)) return "population";
  // "opened fire on a group of three men and a woman, fatally striking one": who was there, not what happened to them all.
  // "a crowd of 42,800", "in front of 48,200 fans", "watched by 61,000": how many were there to watch.
  if (/\b(crowd|audience|attendance) of$|\bin front of$|\bwatched by$/.test(lead)) return "attended";
  if (/\b(group|crowd|gathering|party|family|circle|band|gang|cluster) of$/.test(lead)) return null;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = toks[k]!;
    // "… is charged with assault after three people were shot": a figure inside a clause of its own ("after", "when",
    // "because") is not what the main clause's verb did.
    if (t.sentence !== q.sentence || CLAUSE.test(t.lower) || t.text === "," || t.kind === "number" || SUBORDINATE.test(t.lower)) break;
    if (monthMarch(toks, k)) continue;
    window.push(t.lemma);
  }
  const near = predicateClass(window);
  // "Twelve climbers stranded on the ridge were airlifted": the state right after the counted noun says which climbers;
  // the clause's own verb, further on, says what happened to them (the loop below; it falls back to the state).
  const stateAfterNoun = near === "trapped" && q.nounSpan !== null && toks.slice(at + 1, at + 7).some((t, i) => toks[at + i]!.start === q.nounSpan!.start && predicateClass([t.lemma]) === "trapped");
  if ((near !== null && !stateAfterNoun) || partitive) return near;
  // "About 300 residents of the village of Agios Nikolaos in Crete were evacuated": past a long
  // complement of the counted noun, the clause's first verb says what happened to them.
  let held: string | null = null;
  for (let k = end; k < toks.length && k <= at + 16; k++) {
    const t = toks[k]!;
    if (t.sentence !== q.sentence || CLAUSE.test(t.lower) || RELATIVE.test(t.lower) || t.text === "," || t.kind === "number") break;
    if (t.pos !== "VERB") continue;
    const p = predicateClass([t.lemma]);
    // "Nine hostages kidnapped from a mine … were freed": a participle right after the counted noun describes
    // them; the clause's own verb comes later.
    const describes = q.nounSpan !== null && toks[k - 1]?.start === q.nounSpan.start && /(?:ed|en|wn|ught|ung)$/.test(t.lower);
    if (p === null && describes) continue;
    // "Twelve climbers stranded on the ridge were airlifted": a state they were rescued from says which climbers; the
    // clause's own verb says what happened to them, and when it says nothing, they are the trapped.
    if (p === "trapped" && describes) { held = p; continue; }
    return p;
  }
  return held;
}

/**
 * Where an aside naming a part of the counted group ends: at token k, ", including three children," or ", among them
 * two police officers," closed by a comma within ten words; the closing comma's index, or -1.
 */
function includedAside(toks: readonly { lower: string; text: string; sentence: number }[], k: number, sentence: number): number {
  if (toks[k]?.text !== "," || !/^(?:including|among)$/.test(toks[k + 1]?.lower ?? "")) return -1;
  for (let j = k + 2; j < toks.length && j <= k + 12; j++) {
    if (toks[j]!.sentence !== sentence || /^[;.:]$/.test(toks[j]!.text)) return -1;
    if (toks[j]!.text === ",") return j;
  }
  return -1;
}

const CLAUSE = /^(;|while|whereas|but|although|though)$/;
/** Words that open a subordinate clause before a figure ("after three people were shot"). */
const SUBORDINATE = /^(after|when|because|since|until|once|before)$/;
/** "4.7% higher in March", "since March 3": the month inside a sentence, no march of protesters (which starts a sentence as "March"). */
function monthMarch(toks: readonly { text: string; sentence: number }[], k: number): boolean {
  return toks[k]!.text === "March" && k > 0 && toks[k - 1]!.sentence === toks[k]!.sentence;
}
/** Words that open a clause of their own inside the figure's ("the officers involved in the shooting that killed a boy"). */
const RELATIVE = /^(that|which|who|whom|whose|where|when|after|before|because|since|until|as|if)$/;
/** Counted words that are themselves a harm: "three wounded", "the dead", "12 injured". */
const HARM_NOUN = /^(wounded|injured|hurt|dead|killed|slain|missing)$/;
/** What a quake is called: its magnitude is told before any of these. */
const QUAKE = /^(?:earthquake|quake|tremor|temblor|aftershock|shock)s?$/;
/** Acts named as nouns that say what happened to the people counted after "of", though no predicate class names them. */
const ACT_NOUN = /^(shootings?|stabbings?|attacks?|assaults?|ambush|bombings?|massacres?|beatings?|abductions?|kidnappings?|poisonings?|drownings?)$/;
/** People named before "of" whom the verb is about rather than the people counted after it. */
const KIN_BEFORE_OF = /^(famil(?:y|ies)|relatives?|parents?|mothers?|fathers?|widows?|children|friends?|lawyers?|attorneys?|supporters?|neighbou?rs?|colleagues?|classmates?|loved)$/;
/** Right before a figure: "one of the", "two of the", "none of the", "each of the": a part is said of it. */
const PARTITIVE_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|none|each|all|some|several|many|most|both|neither|either)\s+of\s+(?:the|those|these|its|their)\s+$/i;
/** Both kinds of harm named together right after a figure's noun, or right before the figure. */
const HARM_PAIR = String.raw`(?:killed|dead|died)\s+(?:or|and\/or|and)\s+(?:injured|wounded|hurt)|(?:injured|wounded|hurt)\s+(?:or|and\/or|and)\s+(?:killed|dead)`;
const KILLED_OR_HURT_AFTER = new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+(?:were|was|have been|had been|are|got)?\s*(?:either\s+)?(?:${HARM_PAIR})\b`, "iu");
const KILLED_OR_HURT_BEFORE = new RegExp(String.raw`\b(?:${HARM_PAIR})\s+(?:at least |about |around |nearly |almost |more than |over |some )?$`, "i");
/** A verb that cuts or creates jobs, right before the count ("will axe 1,800 positions", "to create 200 roles") or after it ("450 posts will go"). */
const JOB_VERB_BEFORE = /\b(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axed|axing|slash(?:es|ed|ing)?|eliminat\w*|scrap(?:s|ped|ping)?|creat\w*|add(?:s|ed|ing)?|hire|hires|hired|hiring|fill(?:s|ed|ing)?)\s+(?:(?:about|around|some|up to|nearly|almost|more than|over|another|a further|an additional)\s+)?$/i;
const JOB_VERB_AFTER = /^\s+(?:(?:will|would|are|were|is|was|to|could|may)\s+)?(?:be\s+)?(?:go|going|cut|lost|axed|eliminated|shed|scrapped|made redundant)\b/i;
/** Words that make a count of jobs or workers a count of jobs lost. */
const JOB_LOSS = /\b(cut|cuts|cutting|loss|lose|loses|losing|lost|shed|sheds|shedding|axe|axes|axed|axing|slash|slashes|slashed|eliminat\w*|redundan\w*|lay off|laying off)\b/i;

/** "8 per cent of its workforce", "a fifth of the staff": the kind of thing a share is taken of, or null. */
function shareBase(doc: Doc, q: Quantity): string | null {
  const m = /^\s*(?:cent\s+)?of\s+(?:(?:the|its|their|his|her|our|all(?:\s+the)?|all\s+its)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(doc.article.text.slice(q.span.end, q.span.end + 50));
  if (!m) return null;
  // "of its staff", "of its total workforce": the first word that names a kind of people or things counted.
  for (const w of [m[1], m[2]]) {
    if (!w) continue;
    // "54 percent of the vote", "45% of the votes cast", "of ballots": a share of the vote.
    if (/^(votes?|ballots?)$/i.test(w)) return "vote";
    // "52 percent of the seats": a share of a chamber, not of the vote.
    if (/^seats?$/i.test(w)) return "seat";
    for (const noun of [w.toLowerCase(), w.toLowerCase().replace(/s$/, "")]) {
      const cls = nounClass(noun);
      if (cls !== null && (cls !== noun || (isPeopleClass(cls) && cls !== "people"))) return cls;
    }
  }
  return null;
}

/** "62 percent of Trump voters", "of Sanders supporters": the voters of a person the article names elsewhere, a candidate's group. */
function candidatesVoters(doc: Doc, q: Quantity): boolean {
  const m = /^\s*(?:cent\s+)?of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+?)(?:['’]s)?\s+(?:voters|supporters|backers|electors|camp)\b/u.exec(doc.article.text.slice(q.span.end, q.span.end + 60));
  return m !== null && doc.entities.some((e) => e.type === "person" && e.span.text.split(/\s+/).pop() === m[1]);
}

/** Rates whose level a story reports as one figure of its own: the named rate before a percentage. */
const RATE_LEVEL = new RegExp(String.raw`(?:(?<![\w'’])([a-z-]+)\s+)?\b(unemployment|jobless|inflation|interest|vacancy|poverty|literacy|approval|occupancy|mortality|fatality|infection|positivity|vaccination|employment|obesity|dropout|graduation|default|savings|tax)(?:\s+rates?)?(?:\s+(in|of|for|among|across)\s+[^,;%]{1,40}?)?\s+(?:(?:now|currently|still|also)\s+)?(?:was|is|has been|had been|stood at|stands at|reached|hit|came in at|(?:rose|fell|climbed|dropped|eased|slowed|jumped|declined|increased|decreased|edged up|edged down|slipped|surged|sank|went up|went down)\s+to|of|at)\s+(?:(?:about|around|nearly|almost|roughly|some|just over|just under|over|under|more than|less than|an estimated)\s+)?$`, "i");
const NOT_MODIFIER = /^(the|a|an|its|their|his|her|our|in|of|for|at|on|and|or|that|said|says|say|with|by|to|from|as|while|when|where|whose|which|whom|who)$/i;

/**
 * The rate a percentage is the level of ("unemployment", "youth-unemployment", "jobless" read as unemployment), or
 * null; a rate told among or for one group ("unemployment among graduates") is a part, not the rate.
 */
function rateBefore(doc: Doc, q: Quantity): string | null {
  const s = doc.sentences[q.sentence];
  const m = RATE_LEVEL.exec(doc.article.text.slice(Math.max(s?.start ?? 0, q.span.start - 90), q.span.start));
  if (!m || /^(among|for)$/i.test(m[3] ?? "")) return null;
  const noun = m[2]!.toLowerCase() === "jobless" ? "unemployment" : m[2]!.toLowerCase();
  // "annual inflation", "headline inflation", "consumer price inflation": the inflation rate itself ("core inflation" is another).
  const plain = noun === "inflation" && /^(?:annual|yearly|headline|consumer|price|overall|official)$/i.test(m[1] ?? "");
  const mod = m[1] && !plain && !NOT_MODIFIER.test(m[1]) && !/['’]s$/.test(m[1]) ? `${m[1].toLowerCase()}-` : "";
  return `${mod}${noun}`;
}

/**
 * "Consumer prices rose 3.2% in the year to October", "the consumer price index was up 2.1 percent from a year earlier":
 * the rise of consumer prices over a year is the inflation rate. Rises only (a fall is a negative rate), and consumer
 * prices only (house or food prices are other rises).
 */
function pricesOnTheYear(doc: Doc, q: Quantity): boolean {
  const s = doc.sentences[q.sentence];
  if (!s) return false;
  const before = doc.article.text.slice(Math.max(s.start, q.span.start - 90), q.span.start);
  if (!/\b(?:consumer[- ]prices?|consumer[- ]price index|CPI|cost of living)\b[^.;]{0,50}?\b(?:rose|increased|climbed|jumped|grew|went up|were up|was up|have risen|had risen|rising|up)\s+(?:by\s+|an?\s+(?:annual|yearly)\s+)?$/i.test(before)) return false;
  return /\b(?:in the (?:year|12 months) to|from a year (?:earlier|ago|before)|than a year (?:earlier|ago|before)|compared (?:with|to) a year (?:earlier|ago)|year[- ]on[- ]year|on the year|on an annual basis|annual|yearly)\b/i.test(s.text);
}

/**
 * "46 percent of voters cast a ballot", "some 58% of eligible voters turned out", "61 per cent of the electorate voted":
 * the share of the electorate that voted, told by its verb. (A share of voters who backed someone is no turnout.)
 */
function turnoutAfter(doc: Doc, q: Quantity): boolean {
  return /^\s*(?:cent\s+)?of\s+(?:the\s+|all\s+)?(?:(?:registered|eligible|qualified)\s+)?(?:voters|electors|the electorate|electorate)\s+(?:(?:had|have|has)\s+)?(?:cast\s+(?:a\s+|their\s+|his\s+or\s+her\s+)?(?:ballots?|votes?)|voted|turned\s+out|went\s+to\s+the\s+polls|took\s+part)\b/i
    .test(doc.article.text.slice(q.span.end, q.span.end + 80));
}

/** "turnout was 61 percent", "turnout in Sunday's vote stood at 72 per cent", "a turnout of 58%": turnout names the figure. */
function turnoutBefore(doc: Doc, q: Quantity): boolean {
  const s = doc.sentences[q.sentence];
  const before = doc.article.text.slice(Math.max(s?.start ?? 0, q.span.start - 110), q.span.start);
  return /\b(?:turnout|participation(?: rate)?)\b(?:\s+(?:in|at|for|of)\s+[^,;]{1,80}?)?\s+(?:was|is|stood at|reached|hit|came in at|rose to|fell to|climbed to|dropped to|of|at)\s+(?:(?:about|around|nearly|almost|roughly|some|just over|just under|over|under|more than|less than|an estimated)\s+)?$/i.test(before);
}

/**
 * A turnout counted before the polls closed ("by noon", "at 2 p.m.", "so far"), among one group ("among voters
 * under 25") or in one place ("In Warsaw, turnout …", "turnout in the capital") is a part of the whole turnout.
 */
function partOfTurnout(doc: Doc, q: Quantity): boolean {
  const s = doc.sentences[q.sentence];
  const text = doc.article.text;
  const sentence = text.slice(s?.start ?? 0, s?.end ?? text.length);
  if (/\b(?:by|at|as of|until)\s+(?:noon|midday|mid-day|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|o'clock)|\d{1,2}[:.]\d{2})|\bso far\b|\bearly (?:figures|count)|\bpartial\b|\bamong\b/i.test(sentence)) return true;
  return /^\s*(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?:capital|city|district|region|province|county|constituency|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Total|All|Short|Sum|Addition|Contrast|Comparison|Particular|General)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*,/u.test(sentence)
    || /\bturnout\s+in\s+(?:the\s+)?(?:capital|city|district|region|province|county|constituency)\b/i.test(sentence);
}

/** "its nine crew members", "their 40 staff", "all 14 crew of a cargo ship": a group told by its owner. */
function groupSize(doc: Doc, q: Quantity): boolean {
  const text = doc.article.text;
  const before = text.slice(Math.max(0, q.span.start - 8), q.span.start);
  // "their three youngest children", "its two remaining crew": a chosen part of the group, not all of it.
  if (/\b(youngest|oldest|eldest|younger|older|surviving|remaining|other|adult|grown|first|last|new|former|injured|wounded|missing|dead)\b/i.test(q.span.text)) return false;
  if (/\b(its|their)\s+$/i.test(before)) return true;
  return /\ball\s+$/i.test(before) && /^\s+of\s+(a|an|the|its|their)\b/i.test(text.slice(q.span.end, q.span.end + 12));
}

/**
 * "nine crew members", "six staff members": members of a group named by the word before "members" count that
 * group ("all 14 crew"), when the word names a kind of people ("service members" stay people).
 */
function memberGroup(doc: Doc, q: Quantity): string | null {
  if (q.noun !== "member" || q.nounSpan === null) return null;
  const word = /([\p{L}]+)\s+$/u.exec(doc.article.text.slice(Math.max(0, q.nounSpan.start - 24), q.nounSpan.start))?.[1]?.toLowerCase();
  const cls = word === undefined ? null : nounClass(word);
  return cls !== null && cls !== "people" && isPeopleClass(cls) ? cls : null;
}

/** Up to 30 characters before a figure, within its sentence and clause. */
function clauseBefore(doc: Doc, q: Quantity): string {
  const s = doc.sentences[q.sentence];
  const before = doc.article.text.slice(Math.max(s?.start ?? 0, q.span.start - 30), q.span.start);
  return before.split(/[,;]/).pop() ?? "";
}

/** The figure's clause: 50 characters either side, within its sentence. */
function sentenceAround(doc: Doc, q: Quantity): string {
  const s = doc.sentences[q.sentence];
  const text = doc.article.text;
  return text.slice(Math.max(s?.start ?? 0, q.span.start - 50), Math.min(s?.end ?? text.length, q.span.end + 50));
}
/** A site's own call to action ("Click here to watch … News 12 at 10 streaming live"): its numbers are channels and time slots. */
const PROMO = /\b(click here|tap here|streaming live|stream(?:ing)? it live|watch (?:it )?live|download (?:our|the) (?:free )?app|sign up for (?:our|the)|subscribe to (?:our|the))\b/i;
/** Words between a verb and its figure: "killed at least 12", "injured about 40", "wounded more than 30". */
const HEDGE_WORD = /^(at|least|most|about|around|nearly|almost|some|more|than|over|roughly|approximately|an|estimated|up|to|as|many)$/;
/** Another figure's number ("nine people were shot and one man was killed": "killed" is the one man's). */
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)$/;
