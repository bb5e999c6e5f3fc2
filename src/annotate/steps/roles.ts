// Role mentions: a person named in an office, as the article states it. The office words come from
// lexicon/offices (the same vocabulary as the kb's position labels), the country words from
// lexicon/countries. Forms read:
//   before the name   "U.S. Secretary of State Antony Blinken", "Transport Secretary Pete Buttigieg",
//                     "Chancellor of the Exchequer Rachel Reeves", "China's top diplomat Qin Gang",
//                     "Minister of Foreign Affairs of Ukraine Dmytro Kuleba", "Vice President Mike Pence"
//   after the name    "Dmytro Kuleba, Ukraine's foreign minister,", "X, the country's finance minister",
//                     "X, Minister of Foreign Affairs of Ukraine", "X, who was then defence minister"
// and the tense: "former", "ex-", "then", "previous", "onetime", "erstwhile", "the late", "who was ... at the time", "who served as" → former
// (a past office is not a claim about the present); "acting", "interim" → acting; "-elect" → elect.
import type { Entity, RoleMention } from "../../domain/doc.js";
import { spanOf } from "../../domain/span.js";
import { countryOf } from "../../lexicon/countries.js";
import { COUNTRY_TITLES, DEPUTY_OF, PORTFOLIO_PHRASES, TITLES, officeOfPortfolio, portfolioKeys } from "../../lexicon/offices.js";

export { countryOf };

/** Letters, for regexes without the "u" flag (a "u" flag makes these large case-insensitive alternations several times slower to compile). */
const L = "A-Za-z\\u00C0-\\u024F";
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const byLength = (a: string, b: string) => b.length - a.length;
const PORT = PORTFOLIO_PHRASES.map(esc).join("|");
const NAMED = Object.keys(TITLES).sort(byLength).map(esc).join("|");
/** An office title: "[deputy] <portfolio> minister|secretary", "minister|secretary [of state] of|for [the] <portfolio>", or a named title. */
const TITLE = `(?:(?:first\\s+)?(?:deputy|vice)[- ]\\s*)?(?:(?:${PORT})\\s+(?:minister|secretary)|(?:minister|secretary)(?:\\s+of\\s+state)?\\s+(?:of|for)\\s+(?:the\\s+)?(?:${PORT})(?:\\s*(?:,|and)\\s+(?:${PORT}))*|${NAMED})`;
/** "of Ukraine", "of the United States of America": capitalised words, checked against the lexicon after matching (an alternation of every country name makes the regexes slow to compile). */
const OF_COUNTRY = `(?:\\s+of\\s+(?:the\\s+)?([${L}.'’-]+(?:\\s+[${L}.'’-]+){0,4}?))`;
const OF_TAIL = new RegExp(`${OF_COUNTRY}$`, "i");
/** Office right before the name: "... Secretary of State Antony Blinken" (the window ends where the name starts). */
const BEFORE = new RegExp(`(?<![${L}])(${TITLE})(-elect|-designate)?${OF_COUNTRY}?,?\\s+$`, "iy");
/** The last word of every title ("Minister", "Secretary", "diplomat", "Exchequer"): a window without one near its end has no title. */
const HEAD = new RegExp(`(?<![${L}])(?:${[...new Set([...PORTFOLIO_PHRASES.map(() => "minister|secretary"), ...Object.keys(TITLES).map((t) => esc(t.split(/[\s-]+/).pop()!))])].join("|")})(?![${L}])`, "i");

/**
 * The office title that ends right before the name. Tried only at word starts, left to right, so the
 * longest title wins ("Vice President", not "President"); a window with no title word is skipped.
 */
function titleBefore(before: string): RegExpExecArray | null {
  if (!HEAD.test(before.slice(-80))) return null;
  for (const w of before.matchAll(/(?<![\p{L}'’])\p{L}/gu)) {
    BEFORE.lastIndex = w.index;
    const m = BEFORE.exec(before);
    // "President of the Senate": the words after "of" must name a country, or this is another office.
    if (m && (m[3] === undefined || countryOf(m[3]) !== null)) return m;
  }
  return null;
}
/** Appositive after the name: ", [who was|then|now] [the|a] [words] <office> [of <Country>]". */
const AFTER = new RegExp(`^,\\s+(?:(who\\s+(?:is|was|had\\s+been|has\\s+been|served\\s+as|became|serves\\s+as|is\\s+now)|then|now|previously|formerly|later|still|currently)\\s+)?(?:(?:the|a|an)\\s+)?((?:[${L}.'’-]+\\s+){0,4}?)(${TITLE})(?![${L}'’-])${OF_COUNTRY}?`, "i");

const TENSE_WORD = /^(former|ex|ex-|then|then-|previous|onetime|one-time|erstwhile|acting|interim|caretaker|outgoing|incoming|late|new|newly|appointed|current|sitting|incumbent|designate|elect|longtime|long-time|veteran|de|facto)$/i;
/** An organisation's or a party's name in front of a title: "U.N.", "NATO", "EU", "Tory", "Labour", "Democratic" (no possessive). */
const ORG_WORD = /^(?:(?:\p{Lu}\.){2,5}|\p{Lu}{2,6}|\p{Lu}\p{Ll}+)$/u;
/** The words of TENSE_WORD that put a title in the past. */
const PAST_WORD = /^(?:former|ex|then|late|outgoing|previous|onetime|one-time|erstwhile)$/i;
/** Words that say "the country" without naming it: "the country's", "the nation's", "his country's". */
const GENERIC_COUNTRY = /^(?:(?:the|his|her|their|its)\s+)?(?:country|nation|government|kingdom|republic|state)['’]s$|^(?:his|her|their|its)$/i;

/** The office a title as written names, or null when it is not one the kb holds ("Deputy Culture Minister"). */
export function officeOfTitle(written: string, country: string | null): string | null {
  const w = written.toLowerCase().replace(/\s+/g, " ").trim();
  if (TITLES[w] !== undefined) return byCountry(w, country);
  const dep = /^(?:first )?(?:deputy|vice)[- ]\s*(.+)$/.exec(w);
  if (dep) {
    const base = officeOfTitle(dep[1]!, country);
    if (base === "president") return "vice president";
    if (base === "prime minister") return "deputy prime minister";
    if (base === "chancellor") return "vice-chancellor";
    return base !== null && DEPUTY_OF.has(base) ? `deputy ${base}` : null;
  }
  const m = /^(.+?) (?:minister|secretary)$/.exec(w) ?? /^(?:minister|secretary)(?: of state)? (?:of|for) (?:the )?(.+)$/.exec(w);
  const keys = m ? portfolioKeys(m[1]!) : [];
  return keys.length > 0 ? officeOfPortfolio(keys[0]!) : null;
}

function byCountry(title: string, country: string | null): string {
  const office = TITLES[title]!;
  const alt = COUNTRY_TITLES[office];
  if (!alt) return office;
  return country === null ? office : alt[country] ?? alt.default;
}

function tenseOf(words: readonly string[], suffix: string | undefined, lead: string | undefined, trailing: string): RoleMention["tense"] {
  const w = words.map((x) => x.toLowerCase().replace(/-$/, ""));
  const l = (lead ?? "").toLowerCase().replace(/\s+/g, " ");
  if (w.some((x) => /^(former|ex|then|outgoing|late|previous|onetime|one-time|erstwhile)$/.test(x)) || /^(who was|who had been|who served as|then|previously|formerly)$/.test(l)) return "former";
  // "X, foreign minister at the time", "X, secretary of state from 2009 to 2013", "X, foreign minister until 2020".
  if (/^\s*(?:at the time|back then|in those days|until|from (?:19|20)\d\d|between (?:19|20)\d\d|during)\b/i.test(trailing)) return "former";
  if (w.some((x) => /^(acting|interim|caretaker)$/.test(x))) return "acting";
  if (suffix || w.some((x) => /^(incoming|elect|designate)$/.test(x))) return "elect";
  return "current";
}

/**
 * Words before the title: a country ("U.S.", "Ukraine's", "Britain's", "German", "White House"), a
 * generic country ("the country's") and tense words ("former", "then-"), nearest first. Returns how
 * many characters they cover (the span start) and what they say, or null when another word intervenes.
 */
function readPrefix(prefix: string): { consumed: number; country: string | null; tense: string[] } {
  let end = prefix.length;
  let country: string | null = null;
  const tense: string[] = [];
  let sawCountry = false;
  for (let step = 0; step < 4; step++) {
    const rest = prefix.slice(0, end);
    // "ex-", "then-" written onto the title: "Ex-Chancellor", "then-Secretary of State".
    const hyphen = /(?:^|\s)(ex|then)-$/i.exec(rest);
    if (hyphen) { tense.push(hyphen[1]!.toLowerCase()); end = rest.length - hyphen[1]!.length - 1; continue; }
    const trimmed = rest.replace(/\s+$/, "");
    const words = trimmed.split(/\s+/);
    if (trimmed === "") break;
    let took = 0;
    if (!sawCountry) {
      for (let n = Math.min(4, words.length); n >= 1 && took === 0; n--) {
        const phrase = words.slice(words.length - n).join(" ");
        const c = countryOf(phrase);
        if (c !== null && /^(?:the\s+)?\p{Lu}/u.test(phrase)) { country = c; took = n; }
        else if (GENERIC_COUNTRY.test(phrase)) took = n;
      }
      if (took > 0) sawCountry = true;
    }
    if (took === 0) {
      const last = words[words.length - 1]!;
      if (TENSE_WORD.test(last)) { tense.push(last.toLowerCase()); took = 1; }
      else {
        // "former U.N. secretary general X", "the then NATO chief X", "former Tory chancellor X": an organisation's or a
        // party's name between a word of the past and the title. Read only when that word follows ("the colony's health
        // secretary X", "Critics at the NATO chief X" say nothing of tense), and at most two such words.
        // Not past a country already read: "the former Soviet republic's President X" is a former republic's current president.
        let k = 0;
        while (!sawCountry && k < 2 && k < words.length - 1 && ORG_WORD.test(words[words.length - 1 - k]!)) k++;
        const past = k > 0 ? words[words.length - 1 - k]! : "";
        if (!PAST_WORD.test(past)) break;
        tense.push(past.toLowerCase());
        took = k + 1;
      }
    }
    // Find where the taken words start (they are separated by whitespace runs of any length).
    let at = trimmed.length;
    for (let k = 0; k < took; k++) at = trimmed.slice(0, at).replace(/\s+$/, "").search(/\S+$/);
    end = at;
  }
  return { consumed: prefix.length - end, country, tense };
}

/** Right before a title, a word that makes it another post: the opposition's shadow, an assistant, an under-secretary
 *  ("Under Secretary", "under-secretary"; a lower-case "under" alone is the preposition: "the agency under Secretary X"). */
const OTHER_POST = /(?<![A-Za-z])(?:[Ss]hadow|SHADOW|[Aa]ssistant|[Jj]unior|[Aa]ssociate|[Pp]arliamentary|[Pp]ermanent|[Ll]ieutenant|Under|[Uu]nder-)[- ]?\s+$|(?<![A-Za-z])[Uu]nder-$/;

// A role inside a relative clause in the past tense is a past reference, not a claim about the present:
// "the rulemaking that President Bill Clinton engaged in", "the rule President Obama signed", "the deal
// which Secretary of State John Kerry negotiated". A main clause in the past tense ("On Monday, President X
// signed the order") is not one: the role must follow "that/which/whom" or a noun phrase ("the rule").
const RELATIVE_LEAD = /(?:\b(?:that|which|whom)|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:(?!(?:with|to|for|of|by|from|and|on|in|at|as|the|an?|said|says|told)\b)[a-z-]+\s+){0,2}(?!(?:with|to|for|of|by|from|and|on|in|at|as|the|an?|said|says|told)\b)[a-z-]+)\s*$/;
const PAST_VERB = /^,?\s+(?:had\s+|once\s+|previously\s+|famously\s+|himself\s+|herself\s+)?(?:[a-z]+ed|made|took|put|set|began|brought|left|led|gave|won|wrote|sent|struck|built|sought|fought|spoke|chose|drew|held|kept|met|paid|ran|saw|sold|undid|withdrew)\b/;

function pastClause(text: string, roleStart: number, personEnd: number): boolean {
  const lead = text.slice(Math.max(0, roleStart - 40), roleStart);
  return RELATIVE_LEAD.test(lead) && PAST_VERB.test(text.slice(personEnd, personEnd + 40));
}

/** Words before a title that make it a verb's complement: "to be president", "running for governor", "elected mayor". */
const COMPLEMENT_LEAD = /\b(?:be|become|became|becoming|for|elected|named|appointed)\s+(?:the\s+|a\s+)?$/i;

export function roles(text: string, people: readonly Entity[]): RoleMention[] {
  const out: RoleMention[] = [];
  for (const p of people) {
    if (p.type !== "person") continue;
    // The line's start, looked for only as far back as any window here reaches (180 characters):
    // searching a whole single-line text for every person was quadratic in its length.
    const reach = Math.max(0, p.span.start - 180);
    const nl = text.slice(reach, p.span.start).lastIndexOf("\n");
    const lineStart = nl >= 0 ? reach + nl + 1 : reach;
    const winStart = Math.max(lineStart, p.span.start - 120);
    const before = text.slice(winStart, p.span.start);
    const b = titleBefore(before);
    if (b) {
      const [, title, suffix, ofCountry] = b;
      const titleAt = winStart + b.index;
      const pre = readPrefix(text.slice(Math.max(lineStart, titleAt - 60), titleAt));
      const country = countryOf(ofCountry) ?? pre?.country ?? null;
      // "Shadow Health Secretary X", "Assistant Secretary of State X", "Under Secretary of State X": another post, not the office.
      // "qualified to be president, Clinton on Monday ripped into …", "running for governor, Ruiz said": a title that
      // completes a verb and is closed by a comma ends its clause; the name opens the next one.
      const complement = b[0].includes(",") && COMPLEMENT_LEAD.test(text.slice(Math.max(lineStart, titleAt - 20), titleAt));
      const office = complement || OTHER_POST.test(text.slice(Math.max(lineStart, titleAt - 20), titleAt)) ? null : officeOfTitle(title!, country);
      if (office !== null) {
        const start = titleAt - (pre?.consumed ?? 0);
        const trailing = text.slice(p.span.end, p.span.end + 40).replace(/^,?\s*/, "");
        const whoWas = /^,\s+who\s+(?:was|had\s+been|served\s+as)\b/i.test(text.slice(p.span.end, p.span.end + 30));
        out.push({
          kind: "role", span: spanOf(text, start, p.span.end), personSpan: p.span,
          officeSpan: spanOf(text, titleAt, titleAt + title!.length), office, country,
          tense: whoWas || pastClause(text, start, p.span.end) ? "former" : tenseOf(pre?.tense ?? [], suffix, undefined, /^(?:,\s*)?(?:at the time|back then)/i.test(trailing) ? trailing : ""),
          sentence: p.sentence,
        });
        continue;
      }
    }
    const after = text.slice(p.span.end, Math.min(text.length, p.span.end + 140));
    const a = AFTER.exec(after);
    if (a && (a[4] === undefined || countryOf(a[4]) !== null)) {
      const [all, lead, words, title, ofCountry] = a;
      // "In a win for Angela Merkel, Chancellor Olaf Scholz's coalition …": a bare title followed by a capitalised name
      // is that next person's title, not an apposition of this one.
      if (!lead && !ofCountry && !/^,\s+(?:the|a|an)\s/i.test(all) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(p.span.end + all.length, p.span.end + all.length + 4))) continue;
      const pre = readPrefix(words ?? "");
      // Other words between the article and the office ("the head of the country's finance ministry") are not this form.
      if (pre.consumed !== (words ?? "").length) continue;
      const country = countryOf(ofCountry) ?? pre.country;
      const office = officeOfTitle(title!, country);
      if (office === null) continue;
      const officeAt = p.span.end + all.length - title!.length - (ofCountry ? all.length - all.search(OF_TAIL) : 0);
      const trailing = text.slice(p.span.end + all.length, p.span.end + all.length + 40);
      out.push({
        kind: "role", span: spanOf(text, p.span.start, p.span.end + all.length), personSpan: p.span,
        officeSpan: spanOf(text, officeAt, officeAt + title!.length), office, country,
        tense: tenseOf(pre.tense, undefined, lead, trailing), sentence: p.sentence,
      });
    }
  }
  return out;
}
