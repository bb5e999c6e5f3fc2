// Dates: absolute ("May 16, 2025"), month ("February 2022"), weekday ("on Friday"), relative
// ("last week", "earlier this month") and bare years ("the fifth swap in 2023"), resolved against
// the publication date when one is known. chrono-node parses; own rules add bare years and drop
// what chrono misreads (durations such as "for eight years", counts such as "2,000").
// The English parsers alone: the package's index loads all of its fifteen languages, about 200 ms of CPU on each
// thread that annotates.
import * as en from "chrono-node/en";
import type { DateMention, Sentence } from "../../domain/doc.js";
import { publishedDay } from "../../domain/article.js";
import { spanOf } from "../../domain/span.js";
import { REPORTED_ON } from "../../lexicon/attribution.js";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const WEEKDAY = /^(on\s+)?(last\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;
const RELATIVE = /\b(today|yesterday|tomorrow|tonight|ago|last|this|next|earlier|later|week|weekend|month|year)\b/i;
/** A year written out ("2023", "'23"): only such a date can be placed without a publication date. */
const WRITTEN_YEAR = /\b(1[89]|20)\d\d\b|['’]\d\d\b/;
// Told from the story's own time, not the reader's: "the day before", "a day earlier", "two days
// later", "the following week", "the same day". They count from the date just told, if any.
const UNIT = "(?:day|days|night|nights|morning|evening|week|weeks|weekend|month|months|year|years)";
// ("next week" alone counts from today; "over the next week" too, but "the next day" from the story.)
const ANAPHORIC = new RegExp(`\\b(?:${UNIT}\\s+(?:before|earlier|later|after|prior)|the\\s+(?:following|previous|prior|preceding|same)\\s+${UNIT}|the\\s+next\\s+(?:day|night|morning|evening))\\b|^(?:that|the)\\s+${UNIT}$`, "i");
const WEEKDAY_NAME = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// A weekday after the publication day is moved to the week before only in a sentence told in the past.
const PAST_CUE = /\b(was|were|had|did|said|\w{3,}ed|hit|met|began|took|left|came|went|fell|held|made|told|saw|found|gave|got|ran|won|lost|led|fled|sent|struck|broke|spoke|rose|drove|flew|shot|stood|sank|swept|tore|burst|threw|wrote|sought|fought|brought|caught|taught|kept|paid|chose|froze|ate|slept|sat|shut|cut|put|quit|spread|upset|sold|bought|thought|felt|dealt|meant|built|spent|lent|bent|heard|became|overcame|beat|bit|hid|lit|rode|stole|woke|awoke|wore|swore|bore|drew|withdrew|grew|knew|blew|rang|sang|sprang|drank|swam|dug|stuck|hung|swung|bled|fed|wept|crept|leapt|understood|withstood|bound|forgot|shook|forgave|arose|slid|sped|dove|strode|stung|clung|flung|wrung|slew|sank|shrank|stank|begun|seized)\b/i;
const FUTURE_CUE = /\b(will|shall|plans?|scheduled|due|expected|upcoming|to be held|is to|are to|set to)\b/i;
const DAY_MS = 86_400_000;

export function dates(text: string, sentences: readonly Sentence[], publishedAt: string | null): DateMention[] {
  // The publisher's own day ("2020-02-15T07:00:00+09:00" is the 15th), at noon: "yesterday" is the 14th in any zone.
  const pubDay = publishedDay(publishedAt);
  const ref = pubDay !== null ? new Date(`${pubDay}T12:00:00Z`) : null;
  const out: DateMention[] = [];
  const sentenceAt = (pos: number) => {
    let lo = 0, hi = sentences.length - 1, ans = 0;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
    return sentences[ans]?.index ?? 0;
  };
  const refOpt = ref ? { instant: ref, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  // One chrono call over the whole text: its per-call setup costs more than reading the sentences
  // that cannot hold a date (measured: 0.7 ms per article whole, 1.2 ms sentence by sentence).
  const results = en.casual.parse(text, refOpt, { forwardDate: false });
  for (const found of results) {
    // "morning on Sunday, February 1, 2009": chrono dates the whole phrase by its reference day; the date after
    // the time of day is the day told.
    const tod = /^(?:night|morning|evening|afternoon)\s+(?:on|of)\s+/i.exec(found.text);
    const again = tod ? en.casual.parse(found.text.slice(tod[0].length), refOpt, { forwardDate: false })[0] : undefined;
    let r = again !== undefined && again.index === 0 ? { text: again.text, index: found.index + tod![0].length, start: again.start } : found;
    // "rose to 4.66 percent Aug. 14 from 3.07 percent": a figure with its unit after it is no day or time;
    // the date before "from" stands alone, and a figure read as a date alone is dropped.
    if (/^\s*(?:percent|per cent|%|points?|cents?|pence|basis|a share|an ounce|a barrel)\b/i.test(text.slice(r.index + r.text.length, r.index + r.text.length + 16))) {
      // "Aug. 14 from 3.07 percent" → "Aug. 14"; "By March 3 percent of voters" → "March".
      const cut = /\s+(?:from|to|through|until|-|–)\s+[\d.,:]+$/i.exec(r.text) ?? /\s+[\d.,:]+$/.exec(r.text);
      const head = cut ? en.casual.parse(r.text.slice(0, cut.index), refOpt, { forwardDate: false })[0] : undefined;
      if (!head || head.index !== 0) continue;
      r = { text: head.text, index: r.index, start: head.start };
    }
    // "by 36 votes to 19 on Wednesday": a figure before "on <day>" is no day of the month; the day is what follows.
    const lead = /^\d{1,3}\s+(?=on\s)/.exec(r.text);
    if (lead) {
      const rest = en.casual.parse(r.text.slice(lead[0].length), refOpt, { forwardDate: false })[0];
      if (!rest) continue;
      r = { text: rest.text, index: r.index + lead[0].length + rest.index, start: rest.start };
    }
    // "a year before Thursday's collapse", "two days after Monday's vote": a time between two events, the named day
    // the date told (the time between dates nothing).
    const between = /^\S+\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:before|after)\s+(?=\p{Lu})/u.exec(r.text);
    if (between) {
      const rest = en.casual.parse(r.text.slice(between[0].length), refOpt, { forwardDate: false })[0];
      if (!rest) continue;
      r = { text: rest.text, index: r.index + between[0].length + rest.index, start: rest.start };
    }
    const t = r.text;
    // "after 14 hours of debate", "after three days of talks": how long something went on, not a day.
    if (/^\s+of\s/i.test(text.slice(r.index + t.length, r.index + t.length + 4)) && /\b(?:minutes|hours|days|weeks|months|years)$/i.test(t)) continue;
    if (/^\d{1,3}(,\d{3})+$/.test(t) || /^\d+$/.test(t)) continue; // "2,000" is a count, not a date
    // "barely two weeks after the pilgrimage season opened", "seven years after the robbery of the Green Vault": a time
    // between two events, counted from an event the words name, not from the day just told.
    if (/\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)$/i.test(t) && /^\s+(?:the|a|an|his|her|their|its|this|that|\p{Lu})/u.test(text.slice(r.index + t.length, r.index + t.length + 8))) continue;
    if (/^(night|morning|evening|afternoon|noon|midnight)$/i.test(t)) continue; // a time of day alone
    const anaphoric = ANAPHORIC.test(t) || ANAPHORIC.test(`${text.slice(Math.max(0, r.index - 4), r.index)}${t}${text.slice(r.index + t.length, r.index + t.length + 9)}`);
    if (/^(for|over|during)\b/i.test(t) || /\b(years|months|weeks|days|hours)\b/i.test(t) && !/\bago\b/i.test(t) && !anaphoric) continue; // durations
    if (/^\d{1,2}:\d{2}/.test(t) && !r.start.isCertain("day")) continue; // a clock time alone
    if (/^(now|today)$/i.test(t) && ref === null) continue;
    const c = r.start;
    const hasYear = c.isCertain("year");
    const hasMonth = c.isCertain("month");
    const hasDay = c.isCertain("day") || c.isCertain("weekday");
    let form: DateMention["form"];
    if (WEEKDAY.test(t.trim())) form = "weekday";
    else if (hasYear && hasMonth && c.isCertain("day")) form = "absolute";
    else if (hasMonth && !c.isCertain("day")) form = "month";
    else if (RELATIVE.test(t)) form = "relative";
    else form = hasYear ? "absolute" : "relative";
    const granularity: DateMention["granularity"] = hasDay ? "day" : hasMonth || form === "month" ? "month" : "day";
    // Without a publication date only dates that write their own year can be placed (chrono calls a
    // year "certain" when it computed it from the reference: "the day before" → 1999-12-31).
    const writesYear = hasYear && WRITTEN_YEAR.test(t) && !RELATIVE.test(t) && form !== "weekday" && t.includes(String(c.get("year")).slice(2));
    let from: string | null = null, to: string | null = null;
    let granularityOut: DateMention["granularity"] = granularity;
    if (anaphoric && !writesYear) {
      // Counted from the last day told before it in the paragraph; with none, left unresolved.
      const anchor = anchorBefore(out, text, r.index);
      if (anchor !== null) {
        const shift = Math.round((c.date().getTime() - refOpt.instant.getTime()) / DAY_MS);
        from = to = iso(new Date(Date.parse(`${anchor}T12:00:00Z`) + shift * DAY_MS));
        granularityOut = "day";
      }
    } else if (writesYear || ref !== null) {
      let d = c.date();
      // "The storm hit on Sunday" in a Saturday paper is the Sunday before, unless told as to come.
      if (ref !== null && WEEKDAY_NAME.test(t) && !/\b(next|coming|this)\b/i.test(t) && d.getTime() - ref.getTime() >= DAY_MS / 2
        // The day something was said ("announced on Thursday") is past even when what was said is to come ("fares will rise").
        && ((PAST_CUE.test(sentences[sentenceAt(r.index)]?.text ?? "") && !FUTURE_CUE.test(sentences[sentenceAt(r.index)]?.text ?? ""))
          || REPORTED_ON.test(text.slice(Math.max(0, r.index - 60), r.index)))) d = new Date(d.getTime() - 7 * DAY_MS);
      // "A man was wounded there on June 3" in a December paper: a day of the year told without its year, in a sentence
      // told in the past, is the last such day before the paper, not the nearest (which may be next June). Days less than
      // two months ahead are left as they are: a paper's own date may be a day or a week off.
      if (ref !== null && !hasYear && hasMonth && c.isCertain("day") && form !== "weekday" && d.getTime() - ref.getTime() >= 60 * DAY_MS
        && PAST_CUE.test(sentences[sentenceAt(r.index)]?.text ?? "") && !FUTURE_CUE.test(sentences[sentenceAt(r.index)]?.text ?? "")) {
        const back = new Date(d); back.setUTCFullYear(d.getUTCFullYear() - 1); d = back;
      }
      // "The bridge will reopen on July 8" in a December paper: told as to come, the next such day.
      if (ref !== null && !hasYear && hasMonth && c.isCertain("day") && form !== "weekday" && ref.getTime() - d.getTime() >= 60 * DAY_MS
        && FUTURE_CUE.test(sentences[sentenceAt(r.index)]?.text ?? "") && !REPORTED_ON.test(text.slice(Math.max(0, r.index - 60), r.index))) {
        const ahead = new Date(d); ahead.setUTCFullYear(d.getUTCFullYear() + 1); d = ahead;
      }
      // "on Monday, 14 April": a weekday and a day of a month told together, with no year. The day of the month is the
      // date; the weekday says which year (the one near the paper where 14 April is a Monday), else it is left as told.
      if (ref !== null && !hasYear && hasMonth && c.isCertain("day") && c.isCertain("weekday") && WEEKDAY_NAME.test(t)) {
        const day = c.get("day")!, month = c.get("month")!, weekday = c.get("weekday")!;
        const on = (y: number) => new Date(Date.UTC(y, month - 1, day, 12));
        const y0 = ref.getUTCFullYear();
        const fits = [y0, y0 - 1, y0 + 1].map(on).filter((x) => x.getUTCDay() === weekday);
        d = fits[0] ?? (Math.abs(on(y0).getTime() - d.getTime()) < 40 * DAY_MS ? on(y0) : d);
      }
      const week = /\b(this|last|next|past|coming)\s+week\b/i.exec(t);
      const year = /\b(this|last|next|past|coming)\s+year\b/i.exec(t);
      if (year && ref !== null) {
        const y = ref.getUTCFullYear() + (/last|past/i.test(year[1]!) ? -1 : /next|coming/i.test(year[1]!) ? 1 : 0);
        from = `${y}-01-01`; to = `${y}-12-31`; granularityOut = "year";
      } else if (granularity === "month") {
        const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1;
        from = `${y}-${pad(m)}-01`; to = `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
      } else if (/\bweek\b/i.test(t) && ref !== null) {
        // "this week" is the publication's week (Monday to Sunday), "last week" the one before.
        if (week) d = new Date(ref.getTime() + (/last|past/i.test(week[1]!) ? -7 : /next|coming/i.test(week[1]!) ? 7 : 0) * DAY_MS);
        const start = new Date(d); start.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
        const end = new Date(start); end.setUTCDate(start.getUTCDate() + 6);
        from = iso(start); to = iso(end);
      } else {
        from = iso(d); to = from;
      }
    }
    out.push({ kind: "date", span: spanOf(text, r.index, r.index + t.length), form, from, to, granularity: granularityOut, sentence: sentenceAt(r.index) });
  }
  // Bare years chrono skips: "in 2023", "since 2014", "the 2022 invasion".
  const covered = (s: number, e: number) => out.some((d) => d.span.start <= s && d.span.end >= e);
  const re = /(?<![\d,.$€£])\b(1[89]\d\d|20\d\d)\b(?!\d|,\d|\s*(%|percent|per cent))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index, e = s + m[0].length;
    if (covered(s, e)) continue;
    const before = text.slice(Math.max(0, s - 20), s).toLowerCase();
    const after = text.slice(e, e + 20).toLowerCase();
    const yearContext = /\b(in|since|of|by|until|till|from|during|before|after|early|late|mid|year|the|and|to|between|circa|around|spring|summer|autumn|fall|winter)\s*-?$/.test(before)
      || /^\s*(-|–|,|\)|\.|;|$)/.test(after) || /^\s*(election|elections|invasion|war|season|summit|games|world cup|olympics|budget|census)\b/.test(after);
    if (!yearContext) continue;
    if (/^\s+[a-z]+s\b/.test(after) && !/^\s+(elections|games|olympics|talks)\b/.test(after) && !/\b(in|since|of|by|until|from|during|before|after)\s*$/.test(before)) continue;
    const y = Number(m[1]);
    out.push({ kind: "date", span: spanOf(text, s, e), form: "year", from: `${y}-01-01`, to: `${y}-12-31`, granularity: "year", sentence: sentenceAt(s) });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The latest day-precise date told before `pos` in its paragraph or the one before (a paragraph is a line), or null. */
function anchorBefore(found: readonly DateMention[], text: string, pos: number): string | null {
  const lineStart = text.lastIndexOf("\n", pos - 1);
  const paragraph = lineStart <= 0 ? 0 : text.lastIndexOf("\n", lineStart - 1) + 1;
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i]!;
    if (d.span.start < paragraph) return null;
    if (d.span.start < pos && d.granularity === "day" && d.from !== null && d.from === d.to) return d.from;
  }
  return null;
}
