// crosscheck/restated-sentence: two articles carry the same sentence, but with a different number in
// the same place ("police arrested 5 gang members in the raid" vs "police arrested 2 gang members in
// the raid"). This needs no slot: the shared words around the number say the figures count the same
// thing, which is exactly what a desk wants to see. Sentences are matched by their words, then
// aligned word by word; only numbers the alignment pairs up, with matching words on both sides,
// are compared, and values whose intervals meet ("nearly 800" / "800") agree. Page furniture (a network's
// "joined forces with … stations in <city>" line, an alert service's "messages from <department>") is left out.
import type { QuantityClaim } from "../../domain/claim.js";
import type { Doc } from "../../domain/doc.js";
import type { Span } from "../../domain/span.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { CALENDAR_WORD } from "../../lexicon/calendar.js";
import { pageFurniture } from "../../lexicon/page-furniture.js";
import { isFirstName, isHonorific, sameFirstName } from "../../lexicon/names.js";
import { similarPairs } from "../quote-index.js";
import { LINES_DOUBT, otherFigureLines, sentenceLine } from "../figure-lines.js";
import { allBefore, mayShrink, monthsApartOf, numbersWritten, toldAsGrown, toldAsTally, updatedAsReported } from "../updates.js";
import { otherCurrencies, overlaps, sameMeasure } from "../values.js";
import { periodsIn, samePeriod } from "../measure.js";
import { witnesses } from "../witnesses.js";
import { heldOnOtherDays, placedAtOthers } from "../places.js";
import { marketMoments } from "../market.js";
import { isPeopleClass } from "../../claims/slots.js";

const NUM = "#";
/** Sentences must share this share of their words (Jaccard) to count as the same sentence. */
const SAME_SENTENCE = 0.6;
/** Words on each side of the number that must mostly agree. */
const WINDOW = 3;

interface Line {
  readonly articleId: string;
  readonly words: ReadonlySet<string>;
  /** The sentence as word tokens, each number as NUM with its claim. */
  readonly seq: readonly string[];
  readonly figures: ReadonlyMap<number, QuantityClaim>;
  /** Capitalized words not opening the sentence (names), by position. */
  readonly names: ReadonlyMap<number, Span>;
  /** The sentence as written. */
  readonly text: string;
}

function lines(doc: Doc, claims: readonly QuantityClaim[]): Line[] {
  const byStart = new Map(claims.map((c) => [c.span.start, c]));
  const numberAt = new Map<number, QuantityClaim>();
  for (const q of doc.quantities) {
    const c = byStart.get(q.span.start);
    if (c) numberAt.set(q.numberSpan.start, c);
  }
  const out: Line[] = [];
  const bySentence = new Map<number, Doc["tokens"][number][]>();
  for (const t of doc.tokens) {
    if (t.kind !== "word" && t.kind !== "number") continue;
    const list = bySentence.get(t.sentence);
    if (list) list.push(t); else bySentence.set(t.sentence, [t]);
  }
  for (const [index, toks] of bySentence) {
    // "Subscribe to receive alerts from Salem Police" / "… from Portland Police": each page's own machinery, not news.
    if (pageFurniture(doc.sentences[index]?.text ?? "")) continue;
    const seq: string[] = [];
    const figures = new Map<number, QuantityClaim>();
    const names = new Map<number, Span>();
    for (const t of toks) {
      const c = numberAt.get(t.start);
      if (c) { figures.set(seq.length, c); seq.push(NUM); continue; }
      if (seq.length > 0 && t.kind === "word" && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) names.set(seq.length, { start: t.start, end: t.end, text: t.text });
      seq.push(t.lower);
    }
    if (figures.size + names.size === 0 || seq.length < 6) continue;
    out.push({ articleId: doc.article.id, words: new Set(seq.filter((w) => w !== NUM)), seq, figures, names, text: doc.sentences[index]?.text ?? "" });
  }
  return out;
}

/** Whether a names someone (a capitalized word, not a day or month) that b's sentence does not have. */
/**
 * Whether `total` is the sum of two or three of the counts `parts` gives, told in a sentence with fewer counts than
 * `parts` has ("29 people were killed or injured" against "seven killed and 22 injured"). A sentence that gives as
 * many counts ("seven killed and 29 injured") gives other values of the parts, not their total.
 */
function totalOfParts(parts: Line, whole: Line, total: number): boolean {
  // Every number the sentence writes: a part need not be a figure the claims kept ("and 22 injured" has no noun).
  const counts = [...numbersWritten(parts.text)].filter((n) => Number.isInteger(n) && n > 0 && n !== total);
  if (counts.length < 2 || [...numbersWritten(whole.text)].filter((n) => Number.isInteger(n) && n > 0).length >= counts.length) return false;
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      if (counts[i]! + counts[j]! === total) return true;
      for (let k = j + 1; k < counts.length; k++) if (counts[i]! + counts[j]! + counts[k]! === total) return true;
    }
  }
  return false;
}

function nameOnlyIn(a: Line, b: Line): boolean {
  for (const n of a.names.values()) if (!CALENDAR_WORD.test(n.text) && !b.words.has(n.text.toLowerCase())) return true;
  return false;
}

/** Word-by-word alignment (longest common subsequence): pairs of positions that match. */
let table = new Int32Array(1024);
function align(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length, m = b.length;
  // Restatements are often the same words throughout (near-copies differing in a figure).
  if (n === m && a.every((w, i) => w === b[i])) return a.map((_, i) => [i, i]);
  const w = m + 1;
  if ((n + 1) * w > table.length) table = new Int32Array((n + 1) * w);
  const dp = table;
  for (let j = 0; j <= m; j++) dp[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    dp[i * w + m] = 0;
    for (let j = m - 1; j >= 0; j--)
      dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
  }
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) { out.push([i, j]); i++; j++; } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++; else j++;
  }
  return out;
}

/** The words around position i, numbers left out. */
function around(seq: readonly string[], i: number): { before: string[]; after: string[] } {
  const before: string[] = [], after: string[] = [];
  for (let k = i - 1; k >= 0 && before.length < WINDOW; k--) if (seq[k] !== NUM) before.push(seq[k]!);
  for (let k = i + 1; k < seq.length && after.length < WINDOW; k++) if (seq[k] !== NUM) after.push(seq[k]!);
  return { before, after };
}

/** The same words right around both numbers: the next word (the counted thing) or the previous one, and most of the window. */
function samePlace(a: readonly string[], i: number, b: readonly string[], j: number): boolean {
  const x = around(a, i), y = around(b, j);
  const nextSame = x.after[0] !== undefined && x.after[0] === y.after[0];
  const prevSame = x.before[0] !== undefined && x.before[0] === y.before[0];
  if (!nextSame && !prevSame) return false;
  const wx = new Set([...x.before, ...x.after]), wy = new Set([...y.before, ...y.after]);
  let s = 0;
  for (const w of wx) if (wy.has(w)) s++;
  return s / Math.max(1, wx.size + wy.size - s) >= 0.6;
}

interface Pair { readonly odd: QuantityClaim; readonly other: QuantityClaim }

/** A sentence restated in hundreds of near-copies is compared with its closest few, not with all. */
const MAX_PARTNERS = 12;

function closestPairs(pairs: readonly [number, number, number][], k: number): [number, number][] {
  const count = new Map<number, number>();
  const out: [number, number][] = [];
  for (const [i, j] of [...pairs].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1])) {
    if ((count.get(i) ?? 0) >= k && (count.get(j) ?? 0) >= k) continue;
    count.set(i, (count.get(i) ?? 0) + 1);
    count.set(j, (count.get(j) ?? 0) + 1);
    out.push([i, j]);
  }
  return out;
}

export function restatedSentence(ctx: StoryContext): FindingDraft[] {
  const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  const byArticle = new Map<string, QuantityClaim[]>();
  for (const c of quantities) { const l = byArticle.get(c.articleId); if (l) l.push(c); else byArticle.set(c.articleId, [c]); }
  // Word-for-word identical sentences (copies, syndication) are aligned once: one line stands for
  // all its copies, and every copy's article counts as restating its figures.
  const copiesOf = new Map<string, { line: Line; articles: Set<string> }>();
  for (const line of ctx.docs.flatMap((d) => lines(d, byArticle.get(d.article.id) ?? []))) {
    const key = `${line.seq.join(" ")}|${[...line.figures.values()].map((c) => c.span.text).join("|")}`;
    const known = copiesOf.get(key);
    if (known) known.articles.add(line.articleId);
    else copiesOf.set(key, { line, articles: new Set([line.articleId]) });
  }
  const all = [...copiesOf.values()].map((x) => x.line);
  const membersOf = new Map([...copiesOf.values()].map((x) => [x.line, x.articles] as const));
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  // Every aligned pair of figures, and every agreeing restatement, keyed by claim.
  const differ: Pair[] = [];
  const renamed: FindingDraft[] = [];
  const agreeWith = new Map<QuantityClaim, Set<string>>();
  const claimLine = new Map<QuantityClaim, Line>();
  for (const l of all) for (const c of l.figures.values()) claimLine.set(c, l);
  const note = (c: QuantityClaim, articles: Iterable<string>) => {
    let set = agreeWith.get(c);
    if (!set) { set = new Set(membersOf.get(claimLine.get(c)!) ?? [c.articleId]); agreeWith.set(c, set); }
    for (const id of articles) set.add(id);
  };
  const textOf = new Map(ctx.docs.map((d) => [d.article.id, d.article.text]));
  const docText = (id: string) => textOf.get(id) ?? "";
  for (const [i, j] of closestPairs(similarPairs(all, SAME_SENTENCE), MAX_PARTNERS)) {
    const a = all[i]!, b = all[j]!;
    if (a.articleId === b.articleId) continue;
    const pairs = align(a.seq, b.seq);
    // One name swapped for another between two matching words: "the Tigers have" / "the Lions have".
    for (let k = 1; k < pairs.length; k++) {
      const [x0, y0] = pairs[k - 1]!, [x1, y1] = pairs[k]!;
      if (x1 - x0 !== 2 || y1 - y0 !== 2) continue;
      const na = a.names.get(x0 + 1), nb = b.names.get(y0 + 1);
      if (!na || !nb || spellingKey(na.text) === spellingKey(nb.text) || transliterated(na.text, nb.text)) continue;
      // "this summit in Florida or last year's in Texas" / "the 2002 conference in Texas or the 2003 meeting in Florida": both names in both, another order.
      if (b.words.has(na.text.toLowerCase()) && a.words.has(nb.text.toLowerCase())) continue;
      // "seen by the Herald" / "seen by The Age": each newspaper names itself.
      if (NEWSPAPER.test(na.text) && NEWSPAPER.test(nb.text)) continue;
      // Days and months are dates, weighed by crosscheck/event-date (late one night, early the next day; rounds; moved dates).
      if (CALENDAR_WORD.test(na.text) && CALENDAR_WORD.test(nb.text)) continue;
      // "Miss Smith" / "Kathryn Smith", "Katie" / "Kathryn", "Bob" / "Robert": one person, named two ways.
      if (isHonorific(na.text) || isHonorific(nb.text) || sameFirstName(na.text, nb.text)) continue;
      // "Sienna" / "Owens": the first name and the surname of one person ("Sienna Owens" in either article).
      if (oneFullName(docText(a.articleId), na.text, nb.text) || oneFullName(docText(b.articleId), na.text, nb.text)) continue;
      // "In 2001, Evan helped found …" / "In 2001, Nash helped found …": a listed first name against a word that is not
      // listed may be one person's first name and surname, which neither article writes together: worth a look, no
      // more. (The list — compromise's names tagged male or female — has gaps: "Saddam" is not in it, "Hussein" is.)
      const oneListedFirstName = isFirstName(na.text) !== isFirstName(nb.text);
      // "The fire destroyed 40 homes in Paradise" / "The blaze destroyed 12 homes in Magalia": a count that differs too
      // makes the sentence a template told of two places or two contests, not one sentence with a name changed.
      const otherFigure = pairs.some(([x, y]) => { const fa = a.figures.get(x), fb = b.figures.get(y); return fa !== undefined && fb !== undefined && fa.value.unit === fb.value.unit && !overlaps(fa, fb); });
      renamed.push({
        rule: "crosscheck/restated-sentence", type: "contradiction", severity: oneListedFirstName || otherFigure ? "low" : "medium",
        summary: `Two articles carry the same sentence with a different name: one has “${na.text}” where the other has “${nb.text}”.`,
        articleIds: [a.articleId, b.articleId], claimIds: [], actual: na.text, expected: nb.text,
        evidence: [{ articleId: a.articleId, ...na }, { articleId: b.articleId, ...nb }],
      });
    }
    // "The Red Sox offered $200 million" / "The Nationals offered $160 million": each sentence names
    // someone the other does not, so the figures are two parties' own, not one figure told twice.
    const twoParties = nameOnlyIn(a, b) && nameOnlyIn(b, a);
    for (const [x, y] of pairs) {
      if (twoParties) break;
      const ca = a.figures.get(x), cb = b.figures.get(y);
      if (!ca || !cb || !samePlace(a.seq, x, b.seq, y)) continue;
      if (ca.value.unit !== cb.value.unit || ca.value.perParty !== cb.value.perParty || !sameMeasure(ca, cb)) continue;
      // "During the month of March, troopers arrested 58 people" / "During the Easter weekend crackdown, troopers arrested 21 people": tallies of two periods.
      // "In 2019, turnout was 58 percent" / "Turnout was 46 percent": a past year's figure (or another event's) and the story's own.
      if (ca.slot.scope !== cb.slot.scope && [ca.slot.scope, cb.slot.scope].some((x) => x.startsWith("period=") || /^y\d{4}$/.test(x) || x === "earlier")) continue;
      // A rate's level against a change ("fell to 9.8%" / "fell by 0.4%") or against another rate ("youth unemployment
      // rose to 21%" / "unemployment rose to 6.5%"): the claims read two figures, whatever the shared words.
      if ((ca.slot.pred === "level" || cb.slot.pred === "level") && ca.slot.key !== cb.slot.key) continue;
      // "with 44 percent voting yes" / "with 56 percent voting no": the shares for and against one question, both true.
      if (/^vote-/.test(ca.slot.noun) && /^vote-/.test(cb.slot.noun) && ca.slot.noun !== cb.slot.noun) continue;
      if (overlaps(ca, cb) || ca.value.number === cb.value.number) { note(ca, membersOf.get(b)!); note(cb, membersOf.get(a)!); continue; }
      // "by 15 percent and 28.6 percent, respectively" / "by 15 percent and … by 28.6 percent": both values in both sentences, listed otherwise.
      if ([...b.figures.values()].some((o) => o.value.number === ca.value.number && o.value.unit === ca.value.unit)
        && [...a.figures.values()].some((o) => o.value.number === cb.value.number && o.value.unit === cb.value.unit)) continue;
      // "Seven people were killed and 22 injured" / "29 people were killed or injured": a total told against its parts.
      if (ca.value.unit === "count" && (totalOfParts(b, a, ca.value.number) || totalOfParts(a, b, cb.value.number))) continue;
      // "listed at £169.99" / "listed at $273": one price in two currencies.
      if (ca.value.unit === "money" && otherCurrencies(docText(ca.articleId), ca, docText(cb.articleId), cb)) continue;
      differ.push({ odd: ca, other: cb });
    }
  }
  const out: FindingDraft[] = [...renamed];
  const published = new Map(ctx.docs.map((d) => [d.article.id, d.article.publishedAt ? Date.parse(d.article.publishedAt) : NaN]));
  const monthsApart = monthsApartOf(ctx.docs);
  const docOf = new Map(ctx.docs.map((d) => [d.article.id, d]));
  const sentenceOf = (c: QuantityClaim) => docOf.get(c.articleId)?.sentences.find((x) => x.start <= c.span.start && c.span.start < x.end) ?? null;
  const seen = new Set<string>();
  for (const { odd: a, other: b } of differ) {
    // The side more independent sources restate is the reference; the other one is the odd figure.
    const support = (c: QuantityClaim) => agreeWith.get(c) ?? membersOf.get(claimLine.get(c)!) ?? new Set([c.articleId]);
    const na = w.count(support(a)), nb = w.count(support(b));
    const [odd, ref, nOdd, nRef] = na <= nb ? [a, b, na, nb] : [b, a, nb, na];
    const key = odd.id;
    if (seen.has(key)) continue;
    seen.add(key);
    const refIds = [...support(ref)];
    // An article that restates both figures is not contradicting itself.
    if (refIds.includes(odd.articleId)) continue;
    // "Five miners were killed" one day and "Eight miners were killed" the next: an update (the contradiction rule reports it).
    if (updated(odd, ref, support, published, sentenceOf)) continue;
    // "rose 3.1 percent in October from a year earlier" / "rose 0.4 percent in October from the previous month": one
    // change told over two periods (two months, two bases) is two figures. (Percentages only: a toll has no base.)
    if (odd.value.unit === "percent" && !samePeriod(periodsIn(sentenceOf(odd)?.text ?? ""), periodsIn(sentenceOf(ref)?.text ?? ""))) continue;
    // "won 24 delegates in Tuesday's primaries" / "won 31 delegates in Saturday's caucuses", "… in Leeds" / "… in Bradford":
    // one sentence told of two contests or two places (places.ts).
    const so = sentenceOf(odd), sr = sentenceOf(ref);
    if (so && sr && (heldOnOtherDays(so.text, sr.text)
      || placedAtOthers({ sentence: so.text, at: odd.span.start - so.start, end: odd.span.end - so.start }, { sentence: sr.text, at: ref.span.start - sr.start, end: ref.span.end - sr.start }))) continue;
    // A market figure quoted at two moments of a session ("in afternoon trading, the index fell 1.6 percent"): a weak signal.
    // … and one sentence carried by articles published months apart ("The hospital employs 4,000 staff"), two moments of its figure.
    const moments = odd.value.unit !== "age" && ((!isPeopleClass(odd.slot.noun) && marketMoments(sentenceOf(odd)?.text ?? "", sentenceOf(ref)?.text ?? ""))
      || monthsApart(odd.articleId, ref.articleId));
    // "In all, 865 delegates are up for grabs in 11 states" / "In all, 691 delegates are up for grabs in five states": a
    // sentence whose counted things all take other figures is a template told of two contests or moments, not one figure changed.
    const lines = !moments && so !== null && sr !== null && otherFigureLines(sentenceLine(docOf.get(odd.articleId)!, so), sentenceLine(docOf.get(ref.articleId)!, sr));
    const severity: Severity = moments || lines ? "low" : nRef >= 2 && nOdd === 1 ? "high" : "medium";
    const others = nRef === 1 ? "another article" : `${nRef} independent sources`;
    out.push({
      rule: "crosscheck/restated-sentence", type: "contradiction", severity,
      summary: `Two articles carry the same sentence with different figures: one says “${odd.span.text}” where ${others} say${nRef === 1 ? "s" : ""} “${ref.span.text}”.${lines ? ` Rated low: ${LINES_DOUBT}.` : ""}`,
      articleIds: [odd.articleId, ref.articleId], claimIds: [odd.id, ref.id],
      actual: odd.span.text, expected: ref.span.text,
      evidence: [odd, ref].map((c) => ({ articleId: c.articleId, start: c.span.start, end: c.span.end, text: c.span.text })),
    });
  }
  return out;
}

/**
 * Whether two restated figures are one toll at two moments: the lower one's articles all published
 * 12 hours or more before the higher one's (the missing may shrink: either way), or the higher one's
 * sentence says it grew ("the toll rose to 8").
 */
function updated(a: QuantityClaim, b: QuantityClaim, support: (c: QuantityClaim) => ReadonlySet<string>,
  published: ReadonlyMap<string, number>, sentenceOf: (c: QuantityClaim) => { readonly text: string; readonly start: number } | null): boolean {
  const tally = (c: QuantityClaim) => { const x = sentenceOf(c); return x !== null && toldAsTally(x.text, c.span.start - x.start); };
  const pred = a.slot.pred !== "-" ? a.slot.pred : b.slot.pred;
  const [low, high] = a.value.number < b.value.number ? [a, b] : [b, a];
  const times = (c: QuantityClaim) => [...support(c)].map((id) => published.get(id) ?? NaN);
  // Any running tally ("has won 4 gold medals" one day, "has won 7" four days later) grows with the dates.
  if (!updatedAsReported(pred, a.slot.noun)) return tally(low) && tally(high) && allBefore(times(low), times(high));
  if (allBefore(times(low), times(high)) || (mayShrink(pred) && allBefore(times(high), times(low)))) return true;
  if (pred === "-") return false;
  const s = sentenceOf(high);
  return s !== null && toldAsGrown(s.text, high.span.start - s.start);
}

/** The words newspapers are named with: an outlet naming itself ("told the Herald", "seen by The Age"). */
const NEWSPAPER = /^(?:Herald|Times|Post|Age|Guardian|Telegraph|Journal|Tribune|Globe|Mail|Independent|Gazette|Chronicle|Observer|Star|Sun|Mirror|Express|Standard|Record|Courier|Examiner|Inquirer|Enquirer|Bulletin|Register|Dispatch|Advertiser|Argus|Mercury|Sentinel|Statesman|Citizen|Nation|Australian|Scotsman)$/;

/** Whether a text writes the two names as one person's full name ("Sienna Owens"), in either order. */
function oneFullName(text: string, a: string, b: string): boolean {
  return text.includes(`${a} ${b}`) || text.includes(`${b} ${a}`);
}

/**
 * One name in two spellings: with and without accents ("Chañaral" / "Chanaral"), British and
 * American ("Harbour Defence" / "Harbor Defense", "Organisation" / "Organization"), singular and
 * plural ("Shower" / "Showers"). The same key means the same name.
 */
export function spellingKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/our/g, "or").replace(/is(e|ed|es|ing|ation|ations)\b/g, "iz$1").replace(/tre\b/g, "ter")
    .replace(/ence\b/g, "ense").replace(/ogue\b/g, "og").replace(/ll/g, "l").replace(/ae/g, "e").replace(/s\b/g, "");
}

/**
 * One name in two transliterations: "Mohammed" / "Muhammad", "Gaddafi" / "Gadhafi", "Sergey" /
 * "Sergei", "Aleksandr" / "Alexander", "Tchaikovsky" / "Chaikovsky" — the same consonants in the
 * same order, the same first letter. Other names differ in a consonant ("Hernandez" / "Fernandez");
 * short names ("Mario" / "Maria") are left to the desk.
 */
export function transliterated(a: string, b: string): boolean {
  const fold = (x: string) => x.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/^tch/, "ch");
  const x = fold(a), y = fold(b);
  if (x === y) return true;
  // "Qaeda" / "Qaida", "Ahmed" / "Ahmad": a short name with one inner vowel written otherwise (not its last letter: "Maria" / "Mario").
  if (x.length === y.length && x.length >= 4 && x[0] === y[0] && x.at(-1) === y.at(-1)) {
    const off = [...x].flatMap((ch, i) => (ch === y[i] ? [] : [i]));
    if (off.length === 1 && /[aeiouy]/.test(x[off[0]!]!) && /[aeiouy]/.test(y[off[0]!]!)) return true;
  }
  if (x.length < 6 || y.length < 6 || x[0] !== y[0]) return false;
  const skeleton = (w: string) => w.replace(/x/g, "ks").replace(/ph/g, "f").replace(/w/g, "v").replace(/([bdgkt])h/g, "$1")
    .replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
  const sx = skeleton(x), sy = skeleton(y);
  return (sx.length >= 3 && sx === sy) || oneLetterOff(x, y);
}

/** One letter dropped, added or swapped for another ("Wilking" / "Wilkig"): a slip of the keyboard, not another name. */
function oneLetterOff(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (a: number, b: number) => x.slice(a) === y.slice(b);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1);
}
