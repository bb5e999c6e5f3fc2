// crosscheck/quote-altered: the same quote carried by two articles with words that change its
// meaning — a negation added or dropped ("will" / "will not"), a hedge turned into certainty
// ("may reopen" / "will reopen"), a number ("40" / "14"), a name ("Kilmore Road" / "high road").
// Severity by kind: a negation or a number is high, a name or a hedge medium. Versions are compared
// word by word on canonical words (quote-index.ts), so spelling (British or American, a name's
// transliteration), punctuation, abbreviations written out ("U.S." / "United States"), contractions
// and number words are no change; nor is a trimmed quote (words missing at either end, or cut with
// an ellipsis), nor a plain rewording that touches none of the four kinds.
// crosscheck/quote-misattributed: the same quote (most of its words) given to two different named
// people, each named right beside the quote.
import type { QuoteClaim } from "../../domain/claim.js";
import type { Doc } from "../../domain/doc.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { nameKey } from "../../lexicon/names.js";
import { canonicalWords, claimWords, similarPairs, type CanonWord } from "../quote-index.js";
import { witnesses } from "../witnesses.js";

export type AlterationKind = "negation" | "number" | "name" | "hedge";

const NEGATION = new Set(["not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "nowhere", "noone"]);
/** Words that soften a statement, and words that state it outright. */
const HEDGE = new Set(["may", "might", "could", "possibly", "perhaps", "probably", "likely", "maybe", "apparently", "reportedly",
  "allegedly", "presumably", "supposedly", "potentially", "nearly", "almost", "roughly", "approximately", "about", "around",
  "partly", "partially", "mostly", "unlikely"]);
const CERTAIN = new Set(["will", "definitely", "certainly", "surely", "clearly", "always", "must", "is", "are", "was", "were",
  "all", "fully", "completely", "entirely", "absolutely", "undoubtedly", "exactly", "did", "does", "has", "have"]);
const RANK: Readonly<Record<AlterationKind, number>> = { negation: 4, number: 3, name: 2, hedge: 1 };
const SEVERITY: Readonly<Record<AlterationKind, Severity>> = { negation: "high", number: "high", name: "medium", hedge: "medium" };

export interface Alteration {
  readonly kind: AlterationKind;
  /** The words of each version that differ, as written. */
  readonly a: readonly string[];
  readonly b: readonly string[];
  /** A number only one version has ("between two groups" / "between groups"): a detail dropped, not a figure changed. */
  readonly oneSided?: boolean;
}

/** Two names that differ only in spelling ("Zelensky" / "Zelenskyy", "Mueller" / "Müller"). */
function sameName(x: string, y: string): boolean {
  const f = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ue/g, "u").replace(/(.)\1/g, "$1").replace(/[yi]/g, "i");
  const p = f(x), q = f(y);
  if (p === q) return true;
  if (Math.min(p.length, q.length) < 5) return false;
  return editDistance(p, q) <= 2;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

let table = new Uint16Array(4096);

/** Runs of words one version has where the other has others (or none), between shared words. */
function segments(a: readonly CanonWord[], b: readonly CanonWord[]): { a: CanonWord[]; b: CanonWord[]; edge: boolean }[] {
  const n = a.length, m = b.length;
  // Copies of one quote text share their word list (claimWords): nothing differs.
  if (a === b) return [];
  // One flat table reused across pairs (cells (i, j) at i * w + j), cleared on its last row and column.
  const w = m + 1;
  if ((n + 1) * w > table.length) table = new Uint16Array((n + 1) * w);
  const dp = table;
  for (let j = 0; j <= m; j++) dp[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    dp[i * w + m] = 0;
    for (let j = m - 1; j >= 0; j--) dp[i * w + j] = a[i]!.canon === b[j]!.canon ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
  }
  const out: { a: CanonWord[]; b: CanonWord[]; edge: boolean }[] = [];
  let i = 0, j = 0, cur = { a: [] as CanonWord[], b: [] as CanonWord[], edge: true };
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.canon === b[j]!.canon) {
      if (cur.a.length || cur.b.length) out.push(cur);
      cur = { a: [], b: [], edge: false };
      i++; j++;
    } else if (j >= m || (i < n && dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!)) cur.a.push(a[i++]!);
    else cur.b.push(b[j++]!);
  }
  if (cur.a.length || cur.b.length) out.push({ ...cur, edge: true });
  return out;
}

/**
 * Whether two texts are versions of one quote: in order, they share most of the shorter one's words
 * (80 %), and the stretches where they differ are short (four words a side at most) — two different
 * quotes from one speech share words too, but not in one run.
 */
function sameQuote(a: readonly CanonWord[], b: readonly CanonWord[], segs: ReturnType<typeof segments>): boolean {
  const shorter = Math.min(a.length, b.length);
  if (segs.some((s) => !s.edge && (s.a.length > 4 || s.b.length > 4))) return false;
  const lcs = a.length - segs.reduce((n, s) => n + s.a.length, 0);
  return shorter >= 4 && lcs >= 0.8 * shorter;
}

/** What turns version a of a quote into version b, by kind; null when only harmless variants differ, or when the two are not one quote. */
export function compareQuotes(aText: string, bText: string): Alteration | null {
  const a = canonicalWords(aText), b = canonicalWords(bText);
  const segs = align(a, b);
  return segs ? alteration(aText, bText, segs) : null;
}

/** The differing stretches of two versions of one quote, or null when they are not one quote. */
function align(a: readonly CanonWord[], b: readonly CanonWord[]): ReturnType<typeof segments> | null {
  if (a.length * b.length > 90_000 || a.length === 0 || b.length === 0) return null;
  const segs = segments(a, b);
  // A trimmed version is one stretch of the longer one; word-by-word alignment can match its opening
  // words to an earlier repeat ("my little brother is not a killer. My little brother is a little boy")
  // and see words dropped inside it. Read it as that stretch when that leaves fewer words differing.
  const piece = stretch(a, b);
  const inside = (x: ReturnType<typeof segments>) => x.filter((g) => !g.edge).reduce((n, g) => n + g.a.length + g.b.length, 0);
  const best = piece !== null && inside(piece) < inside(segs) ? piece : segs;
  return sameQuote(a, b, best) ? best : null;
}

/** The shorter version aligned with the stretch of the longer one it matches best, word for word from its first word; null when none matches 80 % of it. */
function stretch(a: readonly CanonWord[], b: readonly CanonWord[]): ReturnType<typeof segments> | null {
  const swap = a.length > b.length;
  const short = swap ? b : a, long = swap ? a : b;
  let start = -1, hits = 0;
  for (let s = 1; s < long.length; s++) {
    if (long[s]!.canon !== short[0]!.canon) continue;
    let h = 0;
    for (let i = 0; i < short.length && s + i < long.length; i++) if (short[i]!.canon === long[s + i]!.canon) h++;
    if (h > hits) { hits = h; start = s; }
  }
  if (start < 0 || hits < 0.8 * short.length) return null;
  const piece = long.slice(start, Math.min(long.length, start + short.length + 4));
  const segs = swap ? segments(piece, short) : segments(short, piece);
  return segs;
}

const count = (ws: readonly string[], set: ReadonlySet<string>) => ws.filter((w) => set.has(w)).length;

/** One side softens what the other states outright: "may reopen" / "will reopen", "probably" dropped. */
function hedged(h: readonly string[], other: readonly string[]): boolean {
  return count(h, HEDGE) > 0 && count(other, HEDGE) === 0 && (other.length === 0 || count(other, CERTAIN) > 0);
}

/** A quote's sentences of five words or more. */
function quoteSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["“‘]?\p{Lu})/u).filter((x) => x.split(/\s+/).length >= 5);
}

/**
 * The weightiest change between the sentences two quotes share, when the quotes as wholes are not one quote (one has
 * a sentence the other lacks) but each has at least two sentences and a sentence of one is a version of one of the other.
 */
function sentenceAlteration(aText: string, bText: string): { change: Alteration; sentence: string } | null {
  const sa = quoteSentences(aText), sb = quoteSentences(bText);
  if (sa.length + sb.length < 3) return null;
  let best: { change: Alteration; sentence: string } | null = null;
  for (const x of sa) for (const y of sb) {
    const segs = align(canonicalWords(x), canonicalWords(y));
    const change = segs ? alteration(x, y, segs) : null;
    if (change && (!best || RANK[change.kind] > RANK[best.change.kind])) best = { change, sentence: x };
  }
  return best;
}

function alteration(aText: string, bText: string, segs: ReturnType<typeof segments>): Alteration | null {
  const cut = /…|\.\.\.|\[/; // an ellipsis or an editor's bracket: words left out on purpose
  let best: Alteration | null = null;
  // A negation that only moves ("I didn't feel we were" / "I feel we weren't") changes nothing.
  const negations = (side: "a" | "b") => segs.filter((s) => !s.edge).reduce((n, s) => n + count(s[side].map((w) => w.canon), NEGATION), 0);
  const negationMoved = negations("a") === negations("b");
  const bracketed = (t: string) => new Set([...t.matchAll(/\[([^\]]{1,60})\]/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((w) => w.length > 0));
  const bracketedA = bracketed(aText), bracketedB = bracketed(bText);
  let allA: readonly CanonWord[] | null = null, allB: readonly CanonWord[] | null = null;
  const wholeA = () => (allA ??= canonicalWords(aText)), wholeB = () => (allB ??= canonicalWords(bText));
  for (const seg of segs) {
    // Versions cut at different places start or end differently: no change of meaning there.
    if (seg.edge) continue;
    // "memorandums" / "memoranda", "consulted" / "consults": two forms of one word are no change; what is left is.
    const s = withoutForms(seg);
    if (s.a.length === 0 && s.b.length === 0) continue;
    const na = s.a.map((w) => w.canon), nb = s.b.map((w) => w.canon);
    let kind: AlterationKind | null = null;
    // "website" / "Web site", "healthcare" / "health care": one compound written in one word or two.
    if (s.a.length > 0 && s.b.length > 0 && letters(s.a) === letters(s.b)) continue;
    // "the [touch-screen] machines" / "the revised Diebold machines": an editor's bracket stands for the words it replaces.
    if ((s.a.length > 0 && s.a.every((w) => bracketedA.has(w.raw))) || (s.b.length > 0 && s.b.every((w) => bracketedB.has(w.raw)))) continue;
    // "in Iran's image" / "in their image", "shift in SCO's direction" / "in our direction": a name and a pronoun for it.
    if (standsFor(s.a, s.b) || standsFor(s.b, s.a)) continue;
    if (!negationMoved && count(na, NEGATION) !== count(nb, NEGATION)) kind = "negation";
    else if (s.a.length === 0 && cut.test(aText) || s.b.length === 0 && cut.test(bText)) continue;
    else if (na.filter((w) => /^\d/.test(w)).sort().join(" ") !== nb.filter((w) => /^\d/.test(w)).sort().join(" ")) kind = "number";
    else if (s.a.length > 0 && s.b.length > 0 && namesDiffer(s.a, s.b, { a: wholeA(), b: wholeB(), aText, bText })) kind = "name";
    else if (hedged(na, nb) || hedged(nb, na)) kind = "hedge";
    const oneSided = kind === "number" && (!na.some((w) => /^\d/.test(w)) || !nb.some((w) => /^\d/.test(w)));
    if (kind && (!best || RANK[kind] > RANK[best.kind])) best = { kind, a: [...new Set(s.a.map((w) => w.raw))], b: [...new Set(s.b.map((w) => w.raw))], ...(oneSided ? { oneSided } : {}) };
  }
  return best;
}

/** Endings of one word's forms: "memorand-ums" / "memorand-a", "consult-ed" / "consult-s", "indictment-s". */
const ENDING = /^(?:s|es|ed|d|ing|a|um|ums|e|er|ers|ies|y|ied)?$/;

/**
 * A stretch with the words that are forms of a word on the other side taken out: "memorandums to Congress" against
 * "memoranda" leaves "to Congress" against nothing. Two forms of one word share their first letters (at least five)
 * and differ only in an ending (ENDING), are written in lower case and hold no digit.
 */
function withoutForms(s: { a: CanonWord[]; b: CanonWord[] }): { a: CanonWord[]; b: CanonWord[] } {
  if (s.a.length === 0 || s.b.length === 0) return s;
  const form = (x: CanonWord, y: CanonWord) => {
    if (x.capital || y.capital || /\d/.test(x.raw + y.raw) || x.canon === y.canon) return false;
    const p = x.canon, q = y.canon;
    let k = 0;
    while (k < p.length && k < q.length && p[k] === q[k]) k++;
    // What is left after the shared start is an ending of one word, never another word ("governor" / "government").
    return k >= 5 && ENDING.test(p.slice(k)) && ENDING.test(q.slice(k));
  };
  const usedB = new Set<number>();
  const a: CanonWord[] = [];
  for (const x of s.a) {
    const j = s.b.findIndex((y, i) => !usedB.has(i) && form(x, y));
    if (j >= 0) usedB.add(j); else a.push(x);
  }
  return usedB.size === 0 ? s : { a, b: s.b.filter((_, i) => !usedB.has(i)) };
}

const PRONOUN = new Set(["he", "she", "it", "they", "we", "him", "her", "them", "us", "his", "hers", "its", "their", "theirs", "our", "ours"]);

/** One side is a pronoun (or two: "he and she") where the other names someone: one referent, told two ways. */
function standsFor(pronouns: readonly CanonWord[], names: readonly CanonWord[]): boolean {
  return pronouns.length > 0 && pronouns.length <= 2 && pronouns.every((w) => PRONOUN.has(w.raw.toLowerCase()))
    && names.length > 0 && names.length <= 3 && names.every((w) => w.capital && w.raw !== "I" && !PRONOUN.has(w.raw.toLowerCase()));
}

/** The letters and digits of a stretch of words, in lower case ("Web site" → "website"). */
const letters = (ws: readonly CanonWord[]) => ws.map((w) => w.raw).join("").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** A name one side has that the other side neither has nor spells another way. */
function namesDiffer(a: readonly CanonWord[], b: readonly CanonWord[], whole?: { a: readonly CanonWord[]; b: readonly CanonWord[]; aText: string; bText: string }): boolean {
  // "I" is capitalized but names nobody.
  const na = a.filter((w) => w.capital && w.raw !== "I"), nb = b.filter((w) => w.capital && w.raw !== "I");
  if (na.length === 0 && nb.length === 0) return false;
  const unmatched = (xs: readonly CanonWord[], ys: readonly CanonWord[], text: string) => xs.some((x) => !ys.some((y) => sameName(x.canon, y.canon))
    // "Ted Cruz" / "Cruz": a first name written before a surname the other version has.
    && !(whole && firstNameOf(x.raw, text, text === whole.aText ? whole.bText : whole.aText)));
  // Each capitalised word must face a spelling of itself; a name for plain words ("Kilmore" / "high") is a change.
  // A name the other version has elsewhere was moved, not changed ("Trump or Cruz to be" / "Ted Cruz or Donald Trump as").
  return unmatched(na, whole ? [...b, ...whole.b] : b, whole?.aText ?? "") || unmatched(nb, whole ? [...a, ...whole.a] : a, whole?.bText ?? "");
}

/**
 * Whether `word` is written right before a capitalised word that the other version writes alone (no capitalised word
 * before it): a first name before its surname ("Ted Cruz" / "Cruz"), not another name's first part ("Okonjo
 * Engineering" / "Halvorsen Engineering").
 */
function firstNameOf(word: string, text: string, other: string): boolean {
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const next = new RegExp(String.raw`(?<![\p{L}])${esc(word)}\s+(\p{Lu}[\p{L}'’-]+)`, "u").exec(text)?.[1];
  if (next === undefined) return false;
  const alone = new RegExp(String.raw`(?:^|[^\p{L}'’-])([\p{L}'’-]+\s+)?${esc(next)}(?![\p{L}])`, "gu");
  for (const m of other.matchAll(alone)) if (m[1] === undefined || !/^\p{Lu}/u.test(m[1])) return true;
  return false;
}

// ("Moqtada al-Sadr" / "Sadr": a surname with its Arabic article is the same surname without it.)
const speakerWords = (s: string) => new Set(s.split(/\s+/).flatMap((w) => [nameKey(w), nameKey(w.replace(/^(?:al|el|ad|ar|as|at|az|an|ash|ud|ul)[-‐]/i, ""))]).filter((w) => w.length > 2));

export function quoteAltered(ctx: StoryContext): FindingDraft[] {
  const quotes = ctx.claims.filter((c): c is QuoteClaim => c.kind === "quote" && c.value.text.split(/\s+/).length >= 5);
  if (quotes.length < 2) return [];
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const canon = quotes.map(claimWords);
  const pairs = similarPairs(canon.map((c) => ({ words: new Set(c.map((x) => x.canon)) })), 0.7, "containment");
  const near = new Map<number, number[]>();
  const link = (x: number, y: number) => { const l = near.get(x); if (l) l.push(y); else near.set(x, [y]); };
  for (const [i, j] of pairs) { link(i, j); link(j, i); }
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  const docs = new Map(ctx.docs.map((d) => [d.article.id, d]));
  for (const [i, j] of pairs) {
    const a = quotes[i]!, b = quotes[j]!;
    if (a.articleId === b.articleId) continue;
    const segs = align(canon[i]!, canon[j]!);
    // Quotes of several sentences where one version has a sentence more ("The offer is final. …" / "The offer is not
    // final. We are prepared to keep talking, but …"): their shared sentences are versions of each other.
    const bySentence = segs ? null : sentenceAlteration(a.value.text, b.value.text);
    const change = segs ? alteration(a.value.text, b.value.text, segs) : bySentence?.change ?? null;
    if (!segs && !change) continue;
    const misattributed = segs ? misattribution(a, b, docs) : null;
    if (!change && !misattributed) continue;
    // Which version do more independent sources carry? Those quotes of the group holding its words.
    const group = [i, j, ...(near.get(i) ?? []), ...(near.get(j) ?? [])];
    const holds = (k: number, words: readonly string[]) => words.every((x) => quotes[k]!.value.text.includes(x));
    if (change) {
      const na = w.count(group.filter((k) => holds(k, change.a)).map((k) => quotes[k]!.articleId));
      const nb = w.count(group.filter((k) => holds(k, change.b)).map((k) => quotes[k]!.articleId));
      const [odd, usual, oddWords, usualWords] = na < nb ? [a, b, change.a, change.b] : [b, a, change.b, change.a];
      // One change of one quote is one finding, whichever pair of articles shows it: with a tie ("may" in two copies of
      // one report, "will" in another) each pair would name another article odd.
      const changed = new Set([...change.a, ...change.b].map((x) => x.toLowerCase()));
      // (A change found in one shared sentence of two longer quotes is told by that sentence, whichever quotes hold it.)
      const gist = (bySentence ? canonicalWords(bySentence.sentence) : canon[i]!).filter((x) => !changed.has(x.raw.toLowerCase())).slice(0, 6).map((x) => x.canon).join(" ");
      const key = `${change.kind}|${[change.a.join(" "), change.b.join(" ")].sort().join("|")}|${gist}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({
          // A number one version drops is worth a look (medium); a number changed is the quote misreported (high).
          rule: "crosscheck/quote-altered", type: "contradiction", severity: change.oneSided ? "medium" : SEVERITY[change.kind],
          summary: `The same quote${odd.value.speaker ? ` from ${odd.value.speaker}` : ""} reads differently (${change.oneSided ? "a number added or dropped" : describe(change.kind)}): ${wordingOf(oddWords.join(" "), usualWords.join(" "), na === nb ? "another" : "other sources")}.`,
          articleIds: [odd.articleId, usual.articleId], claimIds: [odd.id, usual.id],
          actual: oddWords.join(" "), expected: usualWords.join(" "),
          evidence: [odd, usual].map((q) => ({ articleId: q.articleId, start: q.span.start, end: q.span.end, text: q.span.text })),
        });
      }
    }
    if (misattributed) {
      const sa = speakerWords(a.value.speaker!);
      const by = (k: number) => quotes[k]!.value.speaker !== null && [...speakerWords(quotes[k]!.value.speaker!)].some((x) => sa.has(x));
      const na = w.count(group.filter(by).map((k) => quotes[k]!.articleId));
      const nb = w.count(group.filter((k) => quotes[k]!.value.speaker !== null && !by(k)).map((k) => quotes[k]!.articleId));
      const [odd, usual] = na < nb ? [a, b] : [b, a];
      // One finding per pair of speakers, whichever copies of the quote the pair came from.
      const key = `speaker|${[nameKey(a.value.speaker!), nameKey(b.value.speaker!)].sort().join("/")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [so, su] = [misattributed.get(odd.id)!, misattributed.get(usual.id)!];
      out.push({
        rule: "crosscheck/quote-misattributed", type: "contradiction", severity: Math.max(na, nb) >= 2 && na !== nb ? "high" : "medium",
        summary: `The same quote (“${clip(odd.value.text, 60)}”) is given to ${odd.value.speaker} here and to ${usual.value.speaker} ${na === nb ? "in another article" : "by other sources"}.`,
        articleIds: [odd.articleId, usual.articleId], claimIds: [odd.id, usual.id],
        actual: odd.value.speaker!, expected: usual.value.speaker!,
        evidence: [
          { articleId: odd.articleId, start: odd.span.start, end: odd.span.end, text: odd.span.text },
          { articleId: odd.articleId, start: so.start, end: so.end, text: so.text },
          { articleId: usual.articleId, start: usual.span.start, end: usual.span.end, text: usual.span.text },
          { articleId: usual.articleId, start: su.start, end: su.end, text: su.text },
        ],
      });
    }
  }
  return out;
}

function describe(kind: AlterationKind): string {
  return kind === "negation" ? "a negation added or dropped" : kind === "number" ? "a number changed" : kind === "name" ? "a name changed" : "a hedge turned into certainty, or back";
}

const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/**
 * Both quotes given to named people who share no name word, each named right beside the quote (so a
 * pronoun resolved from afar does not count), and neither article naming the other speaker near its
 * quote (one person repeating another's words). Returns the speakers' spans by claim id, or null.
 */
/** Inside a quote: a speech verb opening a quote of its own ("and said, 'Mama …'", "he told me: “…”"). */
const REPORTS_ANOTHER = /\b(?:said|says|say|told (?:me|us|her|him|them)|asked|yelled|shouted|screamed|cried|whispered|wrote|replied|kept saying|would say)\s*[,:]?\s*['‘“"«]/i;

function misattribution(a: QuoteClaim, b: QuoteClaim, docs: ReadonlyMap<string, Doc>): Map<string, { start: number; end: number; text: string }> | null {
  if (!a.value.speaker || !b.value.speaker) return null;
  if (Math.min(a.value.text.split(/\s+/).length, b.value.text.split(/\s+/).length) < 8) return null;
  // "He looked at me and said, 'I never meant to hurt anyone …'", his sister said: a speaker retelling another's words
  // gives them in a quote of her own; the words are still his, so two speakers for them is no misattribution.
  if (REPORTS_ANOTHER.test(a.value.text) || REPORTS_ANOTHER.test(b.value.text)) return null;
  const wa = speakerWords(a.value.speaker), wb = speakerWords(b.value.speaker);
  // "Sundwall" / "Sean Sundwell": one person whose name one outlet misspells (one letter, a name of six or more).
  // The same first letter: "Morris" / "Norris" and "Hansen" / "Jansen" are other people.
  const oneName = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 6 && x[0] === y[0] && editDistance(x, y) <= 1);
  if (wa.size === 0 || wb.size === 0 || [...wa].some((x) => [...wb].some((y) => oneName(x, y)))) return null;
  const out = new Map<string, { start: number; end: number; text: string }>();
  for (const [q, other] of [[a, wb], [b, wa]] as const) {
    const doc = docs.get(q.articleId);
    const quote = doc?.quotes.find((x) => x.span.start === q.span.start);
    const s = quote?.speakerSpan;
    if (!doc || !s) return null;
    const gap = s.start >= q.span.end ? s.start - q.span.end : q.span.start - s.end;
    if (gap < 0 || gap > 160) return null;
    const person = doc.entities.find((e) => e.span.start <= s.start && s.start < e.span.end);
    if (!person || person.type !== "person") return null;
    const around = nameKey(doc.article.text.slice(Math.max(0, q.span.start - 300), q.span.end + 200));
    if ([...other].some((x) => new RegExp(`\\b${x}\\b`).test(around))) return null;
    out.set(q.id, { start: s.start, end: s.end, text: s.text });
  }
  return out;
}

/** "one article has “X” where another has “Y”", or, when one side has no words there, which words it leaves out or adds. */
function wordingOf(odd: string, usual: string, others: string): string {
  const verb = others === "another" ? "has" : "have";
  if (odd === "") return `one article leaves out “${usual}”, which ${others} ${verb}`;
  if (usual === "") return `one article adds “${odd}”, which ${others} ${others === "another" ? "does" : "do"} not have`;
  return `one article has “${odd}” where ${others} ${verb} “${usual}”`;
}
