// crosscheck/arithmetic: parts against totals. "270 servicemen and 120 civilians" sums to 390,
// which the story reports; "a total of 2,000 prisoners—1,000 from each country" holds (1,000 × 2).
// A failure is flagged only when the total is stated in the same sentence as its parts
// ("a total of 12 people: 9 survivors and 4 dead"); across sentences a sum is only confirmed.
import type { QuantityClaim } from "../../domain/claim.js";
import type { FindingDraft } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { isPeopleClass } from "../../claims/slots.js";

const JOIN = /^\s*(,|and|, and|plus|as well as|along with)\s*$/i;
const TOTAL_CUE = /\b(total|in all|altogether|overall|combined|including|of whom|among them|comprising)\b/i;
const SUBGROUP_CUE = /\b(?:including|of whom|among them|among whom|comprising)\b/i;
const fmt = (n: number) => n.toLocaleString("en-US");

export function arithmetic(ctx: StoryContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const counts = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity" && c.value.unit === "count");
  for (const doc of ctx.docs) {
    const text = doc.article.text;
    const mine = counts.filter((c) => c.articleId === doc.article.id).sort((a, b) => a.span.start - b.span.start);
    const sentenceOf = (c: QuantityClaim) => doc.sentences.findIndex((s) => s.start <= c.span.start && c.span.start < s.end);
    const bySentence = new Map<number, QuantityClaim[]>();
    for (const c of mine) bySentence.set(sentenceOf(c), [...(bySentence.get(sentenceOf(c)) ?? []), c]);
    for (const b of namedBreakdowns(text, mine)) {
      const partsText = b.parts.map((p) => fmt(p.n)).join(" + ");
      const sum = b.parts.reduce((n, p) => n + p.n, 0);
      if (sum === b.total.value.number) continue;
      out.push({
        rule: "crosscheck/arithmetic-parts-total", type: "arithmetic", severity: "medium",
        summary: `The figures do not add up: ${partsText} = ${fmt(sum)}, but the same sentence gives the total as “${b.total.span.text}”.`,
        articleIds: [doc.article.id], claimIds: [b.total.id], actual: `${partsText} = ${fmt(sum)}`, expected: fmt(b.total.value.number),
        evidence: [ev(b.total), ...b.parts.map((p) => ({ articleId: doc.article.id, start: p.start, end: p.end, text: text.slice(p.start, p.end) }))],
      });
    }
    for (const [, cs] of bySentence) {
      // Per-party: "1,000 from each country" with "a total of 2,000" in the story.
      for (const pp of cs.filter((c) => c.value.perParty && c.value.hedge === "exact")) {
        const total = counts.find((t) => !t.value.perParty && t.value.number === pp.value.number * 2 && t.slot.noun === pp.slot.noun);
        if (total) out.push({
          rule: "crosscheck/arithmetic-per-party", type: "arithmetic", severity: "info",
          summary: `${fmt(pp.value.number)} from each side makes ${fmt(pp.value.number * 2)} in all, matching “${total.span.text}”.`,
          articleIds: [...new Set([pp.articleId, total.articleId])], claimIds: [pp.id, total.id],
          evidence: [ev(pp), ev(total)],
        });
      }
      // Parts joined by "and" / commas: "270 Russian servicemen and 120 civilians".
      const parts = runOfParts(text, cs);
      if (parts.length < 2) continue;
      // An inventory ("14 rifles, 31 magazines and 923 rounds"; "120 homes, 14 schools and 9
      // bridges") is no sum: parts must count one kind of thing, or all count people.
      const kind = kindOf(parts[0]!);
      if (kind === null || parts.some((p) => kindOf(p) !== kind)) continue;
      // "16,389 total subsidiaries and 2,836 tax-haven subsidiaries": a total and a subset of it, no parts of a sum.
      if (parts.some((p) => /\btotal\b/i.test(p.span.text))) continue;
      const sum = parts.reduce((n, p) => n + p.value.number, 0);
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      // "56 passengers and 10 crew, among them 30 citizens of …": a breakdown after the parts names a subgroup of
      // theirs; only a total told before its parts is introduced by "including", "among them", "of whom".
      const subgroup = (t: QuantityClaim) => t.span.start > last.span.end && SUBGROUP_CUE.test(text.slice(last.span.end, t.span.start)) && !/\b(?:total|in all|altogether|overall|combined)\b/i.test(text.slice(last.span.end, t.span.end));
      const explicit = cs.find((t) => !subgroup(t) && (!parts.includes(t) && !t.value.perParty && (t.value.hedge === "exact") && kindOf(t) === kind &&
        TOTAL_CUE.test(text.slice(Math.min(t.span.end, first.span.start), Math.max(t.span.start, last.span.end))) || (!parts.includes(t) && kindOf(t) === kind && /total/i.test(t.span.text))));
      const partsText = parts.map((p) => fmt(p.value.number)).join(" + ");
      if (explicit) {
        const including = /\bincluding|among them|of whom\b/i.test(text.slice(explicit.span.end, first.span.start));
        const ok = including ? sum <= explicit.value.number : sum === explicit.value.number;
        out.push({
          rule: "crosscheck/arithmetic-parts-total", type: "arithmetic", severity: ok ? "info" : "medium",
          summary: ok ? `The parts add up: ${partsText} = ${fmt(sum)}, consistent with “${explicit.span.text}”.`
            : `The figures do not add up: ${partsText} = ${fmt(sum)}, but the same sentence gives the total as “${explicit.span.text}”.`,
          articleIds: [doc.article.id], claimIds: [...parts.map((p) => p.id), explicit.id],
          ...(ok ? {} : { actual: `${partsText} = ${fmt(sum)}`, expected: `${including ? "at most " : ""}${fmt(explicit.value.number)}` }),
          evidence: [ev(explicit), ...parts.map(ev)],
        });
        continue;
      }
      const match = counts.find((t) => !parts.includes(t) && t.value.hedge === "exact" && t.value.number === sum && t.slot.pred === first.slot.pred && t.slot.noun === "people");
      if (match) out.push({
        rule: "crosscheck/arithmetic-parts-total", type: "arithmetic", severity: "info",
        summary: `The parts add up: ${partsText} = ${fmt(sum)}, matching “${match.span.text}” elsewhere in the story.`,
        articleIds: [...new Set([doc.article.id, match.articleId])], claimIds: [...parts.map((p) => p.id), match.id],
        evidence: [...parts.map(ev), ev(match)],
      });
    }
  }
  return out;
}

/**
 * A total told part by named part right after it: "killed 23 people in the north: 9 in Kayes and 11 in
 * Mopti", "35 seats: Labour won 14, the Conservatives 11 and the Liberal Democrats 6", "50 seats — 22
 * went to the Social Party and 19 to the People's League". Only a colon or a dash introduces the whole
 * breakdown ("including 9 in Kayes" names some parts, not all), and every part is a number with a name.
 */
function namedBreakdowns(text: string, counts: readonly QuantityClaim[]): { total: QuantityClaim; parts: { n: number; start: number; end: number }[] }[] {
  const out: { total: QuantityClaim; parts: { n: number; start: number; end: number }[] }[] = [];
  for (const total of counts) {
    if (total.value.hedge !== "exact" || total.value.perParty || kindOf(total) === null) continue;
    const rest = text.slice(total.span.end, total.span.end + 240);
    // Within the total's line: a colon on the next line ("Photo: …" under a headline) introduces something else.
    const intro = /^[^.;:!?—–\n]{0,80}?(?::|\s[—–]|\s-)[^\S\n]*/.exec(rest);
    if (!intro) continue;
    const parts: { n: number; start: number; end: number }[] = [];
    let at = intro[0].length;
    for (const form of [NUMBER_NAME, NAME_NUMBER]) {
      parts.length = 0;
      at = intro[0].length;
      for (;;) {
        const m = form.exec(rest.slice(at));
        const word = m?.groups!["n"];
        if (!m || !word || !(/^\d/.test(word) || SMALL.includes(word.toLowerCase()))) break;
        const n = /^\d/.test(word) ? Number(word.replace(/,/g, "")) : SMALL.indexOf(word.toLowerCase());
        const start = total.span.end + at + m.index!;
        parts.push({ n, start, end: start + m[0].trimEnd().length });
        at += m[0].length;
        const join = /^,?\s*(?:and\s+)?/.exec(rest.slice(at))!;
        if (join[0].length === 0) break;
        at += join[0].length;
      }
      if (parts.length >= 2) break;
    }
    // Parts of another kind than the total ("23 killed: 9 in Kayes and 11 percent …") end the list early; a
    // sentence that goes on with more numbers after the parts may hold parts the forms did not read.
    const after = rest.slice(at, at + 40);
    // "the three campuses: 410 at Lincoln, 360 at Jefferson and 330 at Webster": a figure that counts the named places
    // (as many as the parts, or smaller than each) is no total of what the parts count.
    const namesCounted = total.value.number === parts.length || parts.every((p) => p.n > total.value.number);
    if (parts.length >= 2 && !/^\s*\d/.test(after) && !namesCounted) out.push({ total, parts: [...parts] });
  }
  return out;
}
const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
/** A capitalised name of up to four words ("Kayes", "the People's League", "Mopti province"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:province|region|county|state|district|city))?`;
/** A part with its number first: "9 in Kayes", "four from Mopti province", "22 went to the Social Party", "19 to the Greens"; "7 in the morning" is none. */
const NUMBER_NAME = new RegExp(String.raw`^(?<n>\d[\d,]*|\p{L}+)\s+(?:(?:went|go|goes|were|was)\s+)?(?:in|from|at|to|for)\s+${NAME}`, "u");
/** A part with its name first: "Labour won 14", "the Conservatives 11", "independents 5". */
const NAME_NUMBER = new RegExp(String.raw`^(?:${NAME}|[a-z]+s)\s+(?:(?:won|took|got|gained|has|have|had|holds|hold|kept)\s+)?(?<n>\d[\d,]*|\p{L}+)\b(?!\s*(?:%|per\s*cent|percent))`, "u");

/** The longest run of exact counts joined only by "and"/commas. */
function runOfParts(text: string, cs: readonly QuantityClaim[]): QuantityClaim[] {
  let best: QuantityClaim[] = [];
  let run: QuantityClaim[] = [];
  for (const c of cs) {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && c.value.hedge === "exact" && !c.value.perParty && JOIN.test(text.slice(prev.span.end, c.span.start));
    run = joined ? [...run, c] : c.value.hedge === "exact" && !c.value.perParty ? [c] : [];
    if (run.length > best.length) best = run;
  }
  return best.length >= 2 ? best : [];
}

/** What a count counts, for sums: "people" for any kind of people, else the counted noun. */
function kindOf(c: QuantityClaim): string | null {
  const noun = c.slot.noun;
  if (noun === "-") return null;
  return isPeopleClass(noun) ? "people" : noun;
}

const ev = (c: QuantityClaim) => ({ articleId: c.articleId, start: c.span.start, end: c.span.end, text: c.span.text });
