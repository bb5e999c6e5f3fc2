// crosscheck/aligned-figure: one article tells a sentence of another in its own words but with a
// different figure ("will close its factory …, cutting 600 jobs" / "will shut its factory … with the
// loss of 1,600 jobs"; "A 34-year-old climber, Julien Marchand" / "Julien Marchand, 43, a climber").
// Provenance aligned the two sentences as one sentence restated; when each holds exactly one figure
// of a kind (one amount of money, one age, one count of jobs), the two figures are the same fact,
// whatever the wording around them, and values that cannot both be true are a dispute a desk checks.
// It needs no slot, so it sees what slot rules miss (no verb for "jobs", a money amount with no
// noun) and is spared what they get wrong (a background figure is not in the aligned sentence).
import { isPeopleClass } from "../../claims/slots.js";
import type { QuantityClaim } from "../../domain/claim.js";
import type { FindingDraft } from "../../domain/finding.js";
import type { Span } from "../../domain/span.js";
import type { StoryContext } from "../../domain/context.js";
import { contexts, contextSimilarity, oneParty, otherActors, otherSubjects, twoParties } from "../context.js";
import { toldAsOtherThings } from "../stance.js";
import { LINES_DOUBT, otherFigureLines, sentenceLine } from "../figure-lines.js";
import { differentDays, otherNamesake } from "../groups.js";
import { allBefore, mentionsAsEarlier, oneAgeGroup, toldAsGrown, toldAsTally } from "../updates.js";
import { IDENTIFIED, SHARE_OF } from "./contradiction.js";
import { currencyOf, overlaps, sameMeasure, says } from "../values.js";
import { amountAspect, aspectPhrase, changeAspect, EVENT_MEASURE, measureAspect, otherAspects, otherLevels, samePeriod } from "../measure.js";
import { marketMoments } from "../market.js";

/** Aligned sentences must be this alike (provenance's pair score) to be one sentence retold… */
const ALIGNED = 0.45;
/** … and share this much of the words around their figures (Jaccard). */
const SOME_WORDS = 0.15;
/** Content words a figure's context needs to say what it counts. */
const MIN_WORDS = 3;

/** Two amounts compared only in one currency, each written with it. */
const sameCurrency = (ta: string, a: QuantityClaim, tb: string, b: QuantityClaim) => { const x = currencyOf(ta, a); return x !== null && x === currencyOf(tb, b); };

/** An amount given in parentheses beside another ("€22 billion ($28 billion)"), or with its conversion after it. */
function conversion(text: string, c: QuantityClaim): boolean {
  return /\d[^()]{0,25}\(\s*[^\s()]{0,4}\s*$/.test(text.slice(Math.max(0, c.span.start - 30), c.span.start))
    || /^\s*(?:\w+\s*)?\(\s*(?:US)?[$€£¥]?\s*\d/.test(text.slice(c.span.end, c.span.end + 16));
}

const inside = (s: Span, c: QuantityClaim) => c.span.start >= s.start && c.span.start < s.end;

/** What a figure measures, for pairing within a sentence: an age, an amount of money, a length, a count of one kind of thing. */
function kindOf(c: QuantityClaim): string | null {
  const u = c.value.unit;
  if (u === "age" || u === "money" || u === "percent" || u === "distance" || u === "duration") return u;
  if (u !== "count") return null;
  // "About 3,000 people" / "Some 300 residents": people of any description are one kind here; the predicate tells tolls apart.
  const noun = c.slot.noun;
  return noun === "-" ? null : isPeopleClass(noun) ? "count:people" : `count:${noun}`;
}

/** Two counted nouns that each name a kind of thing, and not the same kind ("protester" / "journalist", "turnout" / "vote"). */
const namedApart = (x: string, y: string) => x !== y && x !== "-" && y !== "-" && x !== "people" && y !== "people";

/** Two ages are compared only as one named person's: "a 45-year-old man" in two reports may be two men. */
function samePerson(a: QuantityClaim, b: QuantityClaim): boolean {
  const who = (c: QuantityClaim) => /^person=([^~:]+)/.exec(c.slot.noun)?.[1] ?? null;
  const x = who(a), y = who(b);
  // "Anna Kowalczyk, 34" and "Piotr Kowalczyk, 61": one family, two people.
  return x !== null && x === y && !otherNamesake(a, b);
}

/** Surrounding words two figures must share (Jaccard, as the contradiction rule's "restated") to be one fact told twice. */
const RESTATED = 0.4;

/** Claims of one kind compared pairwise across a story at most this many times (beyond: only the aligned sentences of derivations). */
const MAX_PAIRS = 200_000;

export function alignedFigure(ctx: StoryContext): FindingDraft[] {
  const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  if (quantities.length < 2) return [];
  const docs = new Map(ctx.docs.map((d) => [d.article.id, d]));
  const publishedAt = (c: QuantityClaim) => { const at = docs.get(c.articleId)?.article.publishedAt; return at ? Date.parse(at) : NaN; };
  const sentenceOf = (c: QuantityClaim) => docs.get(c.articleId)?.sentences.find((x) => x.start <= c.span.start && c.span.start < x.end)?.index ?? -1;
  // Each claim with its kind and sentence; a claim not alone of its kind in its sentence is never paired.
  const info = new Map<QuantityClaim, { kind: string; sentence: number }>();
  const perSentence = new Map<string, number>();
  for (const c of quantities) {
    const kind = kindOf(c);
    if (kind === null) continue;
    const sentence = sentenceOf(c);
    const doc = docs.get(c.articleId);
    // "$US1 million ($1.52 million)", "euro22 billion ($28 billion)": one amount and its conversion, never a figure of its own.
    if (doc && kind === "money" && conversion(doc.article.text, c)) continue;
    info.set(c, { kind, sentence });
    const k = `${c.articleId}\u0000${sentence}\u0000${kind}`;
    perSentence.set(k, (perSentence.get(k) ?? 0) + 1);
  }
  const alone = (c: QuantityClaim) => { const i = info.get(c); return i !== undefined && perSentence.get(`${c.articleId}\u0000${i.sentence}\u0000${i.kind}`) === 1; };
  const candidates: [QuantityClaim, QuantityClaim, boolean][] = [];
  // Pairs found by a measure's named aspect ("at a depth of 28 km" / "put its depth at 48 kilometres"): each the one
  // figure of that aspect in its article, though its sentence gives other distances (from a town, in miles).
  const byAspect = new Set<[QuantityClaim, QuantityClaim, boolean]>();
  const contextOf = contexts(ctx.docs);
  // (1) Sentences provenance aligned between a rewrite and its source.
  const byArticle = new Map<string, QuantityClaim[]>();
  for (const c of info.keys()) { const l = byArticle.get(c.articleId); if (l) l.push(c); else byArticle.set(c.articleId, [c]); }
  for (const d of ctx.derivations) for (const p of d.pairs) {
    if (p.score < ALIGNED) continue;
    const xs = (byArticle.get(d.from) ?? []).filter((c) => inside(p.from, c)), ys = (byArticle.get(d.to) ?? []).filter((c) => inside(p.to, c));
    // Aligned sentences still share some words around the figure ("It has about 350 employees" is no retelling of "the office's 40 employees").
    for (const a of xs) for (const b of ys) if (info.get(a)!.kind === info.get(b)!.kind && contextSimilarity(contextOf, a, b) >= SOME_WORDS) candidates.push([a, b, true]);
  }
  // (2) Independent reports of one fact: a figure's sentence told in another article with mostly the same words.
  const byKind = new Map<string, QuantityClaim[]>();
  for (const [c, i] of info) { const l = byKind.get(i.kind); if (l) l.push(c); else byKind.set(i.kind, [c]); }
  for (const list of byKind.values()) {
    if (list.length * (list.length - 1) / 2 > MAX_PAIRS) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      if (a.articleId !== b.articleId && contextSimilarity(contextOf, a, b) >= RESTATED && oneParty(contextOf, a, b)) candidates.push([a, b, false]);
    }
  }
  // (3) The one ransom, fine, bail, reward or settlement each article gives: one amount of the event, however worded
  // ("demanded a ransom of $2 million" / "wanted $5 million … to unlock its systems" after "ransomware").
  const aspectOf = new Map<QuantityClaim, string>();
  const perAspect = new Map<string, number>();
  // (4) The one change of a named thing each article gives ("rail fares … will rise by 12 percent" / "rail fares would go
  // up 21%"), told over one period: one fact, however worded.
  const periodsOf = new Map<QuantityClaim, ReadonlySet<string>>();
  const levelOf = new Map<QuantityClaim, number | null>();
  for (const c of info.keys()) {
    const kind = info.get(c)!.kind;
    if (kind !== "money" && kind !== "percent" && kind !== "distance") continue;
    const doc = docs.get(c.articleId);
    let aspect: string | null = null;
    if (doc && kind === "money") aspect = amountAspect(doc.article.text, c);
    else if (doc && kind === "distance") { const m = measureAspect(doc.article.text, c); aspect = m !== null && EVENT_MEASURE.test(m) ? m : null; }
    else if (doc) {
      const change = changeAspect(doc.article.text, c);
      if (change) { aspect = change.key; periodsOf.set(c, change.periods); levelOf.set(c, change.level); }
    }
    if (aspect === null) continue;
    aspectOf.set(c, aspect);
    perAspect.set(`${c.articleId}\u0000${aspect}`, (perAspect.get(`${c.articleId}\u0000${aspect}`) ?? 0) + 1);
  }
  const withinDays = (a: QuantityClaim, b: QuantityClaim, days: number) => { const x = publishedAt(a), y = publishedAt(b); return !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x - y) <= days * 86_400_000; };
  const soleOfAspect = [...aspectOf.keys()].filter((c) => perAspect.get(`${c.articleId}\u0000${aspectOf.get(c)}`) === 1);
  for (let i = 0; i < soleOfAspect.length; i++) for (let j = i + 1; j < soleOfAspect.length; j++) {
    const a = soleOfAspect[i]!, b = soleOfAspect[j]!;
    // Told within a week of each other: a fine cut on appeal months later is another figure.
    if (a.articleId !== b.articleId && aspectOf.get(a) === aspectOf.get(b) && withinDays(a, b, 7) && !twoParties(contextOf, a, b)
      // "Tickets … cost 45 pounds" / "Fans will pay 54 pounds for a ticket": a price is the same whoever the clause's subject is.
      && (aspectOf.get(a) === "price of a ticket" || !otherActors(contextOf, a, b))
      && samePeriod(periodsOf.get(a) ?? new Set(), periodsOf.get(b) ?? new Set()) && !otherLevels(levelOf.get(a) ?? null, levelOf.get(b) ?? null)) {
      const pair: [QuantityClaim, QuantityClaim, boolean] = [a, b, false];
      candidates.push(pair);
      if (info.get(a)!.kind === "distance") byAspect.add(pair);
    }
  }
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (const pair of candidates) {
    const [a, b, rewrite] = pair;
    if (!byAspect.has(pair) && (!alone(a) || !alone(b))) continue;
    const kind = info.get(a)!.kind;
    if (overlaps(a, b) || a.value.perParty !== b.value.perParty || !sameMeasure(a, b) || differentDays(a, b)) continue;
    if (kind === "age" && !samePerson(a, b)) continue;
    // "burned 1,200 hectares" / "the 50,000-hectare park": one dimension, two aspects.
    if (kind === "distance" && otherAspects(docs.get(a.articleId)!.article.text, a, docs.get(b.articleId)!.article.text, b)) continue;
    // "a third of the 300 homes", "the identities of three victims": the whole a share is taken of, or the part known so far.
    const lead = (c: QuantityClaim) => docs.get(c.articleId)!.article.text.slice(Math.max(0, c.span.start - 40), c.span.start);
    if ([a, b].some((c) => SHARE_OF.test(lead(c)) || IDENTIFIED.test(lead(c)))) continue;
    // "His family firm had three safe-deposit boxes in the vault" / "The vault contained 46 safe-deposit boxes": what
    // one party has, told against the whole.
    if (OWNED_BY_ONE.test(lead(a)) !== OWNED_BY_ONE.test(lead(b))) continue;
    // Too few words around a figure ("38 pounds (1." in a broken sentence) to say what it counts.
    if (contextOf(a).words.size < MIN_WORDS || contextOf(b).words.size < MIN_WORDS) continue;
    if (kind === "money" && !sameCurrency(docs.get(a.articleId)!.article.text, a, docs.get(b.articleId)!.article.text, b)) continue;
    const pa = a.slot, pb = b.slot;
    // People are counted by what happened to them: "No-one was injured" is no figure for "more than 50 firefighters" at the scene.
    if (kind === "count:people" && (pa.pred === "-" || pa.pred !== pb.pred)) continue;
    // "arrested 14 protesters" / "also detained three journalists", "turnout was 61 percent" / "won 34 percent of the vote":
    // each names what it counts, and they name two things ("people" or no noun names none).
    if ((kind === "count:people" || kind === "percent") && namedApart(pa.noun, pb.noun)) continue;
    // A sentence that counts killed and one that counts injured are no restatement of one figure; nor is an earlier event's figure.
    if ((pa.pred !== "-" && pb.pred !== "-" && pa.pred !== pb.pred) || pa.scope !== pb.scope || pa.side !== pb.side) continue;
    // "Five killed … the toll has risen to eight": either article telling the other's figure as an earlier or later one is an update.
    if (mentionsAsEarlier(docs.get(a.articleId)!, b.value.number) || mentionsAsEarlier(docs.get(b.articleId)!, a.value.number)) continue;
    // "The number of people killed … has risen to 11": a figure told as grown is the later figure, not another telling of it.
    const grown = (c: QuantityClaim) => { const s = docs.get(c.articleId)!.sentences[info.get(c)!.sentence]; return s !== undefined && toldAsGrown(s.text, c.span.start - s.start); };
    if (grown(a) || grown(b)) continue;
    // "Ted Cruz has 11 delegates" one week, "Ted Cruz has 370 delegates" a month later: a standing that grows with the dates.
    const tallied = (c: QuantityClaim) => { const s = docs.get(c.articleId)!.sentences[info.get(c)!.sentence]; return s !== undefined && toldAsTally(s.text, c.span.start - s.start); };
    const [lower, higher] = a.value.number < b.value.number ? [a, b] : [b, a];
    if (tallied(lower) && tallied(higher) && allBefore([publishedAt(lower)], [publishedAt(higher)])) continue;
    // One finding per pair of values of a kind: ten articles restating "3,000" against one "300" is one dispute.
    const key = `${kind}\u0000${[a.value.number, b.value.number].sort((x, y) => x - y).join("|")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "In midday trading, the index lost 0.7 percent" / "the index closed up 0.2 percent": two moments of a market, a weak signal.
    const sentenceText = (c: QuantityClaim) => docs.get(c.articleId)!.sentences[info.get(c)!.sentence]?.text ?? "";
    const moments = kind !== "age" && kind !== "count:people" && marketMoments(sentenceText(a), sentenceText(b));
    // "88 operations on girls age 14 and younger" / "11,844 operations in the state": one age group against the whole.
    if (kind !== "age" && oneAgeGroup(sentenceText(a), sentenceText(b))) continue;
    // "is demanding a 9 percent pay rise" / "has offered 4 percent", "20 euros for adults" / "8 euros for children".
    const startOf = (c: QuantityClaim) => docs.get(c.articleId)!.sentences[info.get(c)!.sentence]?.start ?? c.span.start;
    if (kind !== "age" && toldAsOtherThings(docs.get(a.articleId)!.article.text, a, startOf(a), docs.get(b.articleId)!.article.text, b, startOf(b))) continue;
    // "… a margin of error of plus or minus 3.5 percentage points" / "… of 2.5 percentage points": stock words of every
    // poll; two polls' margins are one fact only when the sentences give the same sample ("800 likely voters" in both).
    const otherPolls = otherPoll(sentenceText(a), a, sentenceText(b), b, docs);
    // "catching 52 passes for 440 yards" / "caught 29 passes for 201 yards": each thing both sentences count has another figure, two stat lines.
    const sentenceAt = (c: QuantityClaim) => docs.get(c.articleId)!.sentences[info.get(c)!.sentence];
    const sa = sentenceAt(a), sb = sentenceAt(b);
    const lines = !moments && !otherPolls && sa !== undefined && sb !== undefined && otherFigureLines(sentenceLine(docs.get(a.articleId)!, sa), sentenceLine(docs.get(b.articleId)!, sb));
    const f: FindingDraft = {
      rule: "crosscheck/aligned-figure", type: "contradiction", severity: moments || otherPolls || lines ? "low" : "medium",
      summary: rewrite
        ? `One article retells a sentence of the other in its own words but with a different figure: ${says(a)} in one, ${says(b)} in the other.`
        : aspectOf.has(a) && aspectOf.get(a) === aspectOf.get(b) && contextSimilarity(contextOf, a, b) < RESTATED
        ? `Sources disagree on ${byAspect.has(pair) ? aspectPhrase(docs.get(a.articleId)!.article.text, a, docs.get(b.articleId)!.article.text, b) ?? "the measure" : `the ${aspectOf.get(a)}`}: one article says ${says(a)}, another says ${says(b)}.`
        : `Two articles tell the same fact in nearly the same words but with different figures: one says ${says(a)}, the other ${says(b)}.`,
      ...(lines ? { summary: `${rewrite ? "One article retells a sentence of the other in its own words" : "Two articles tell a fact in nearly the same words"} with a different figure: ${says(a)} in one, ${says(b)} in the other. Rated low: ${LINES_DOUBT}.` } : {}),
      ...(otherPolls ? { summary: `Two polls' margins of error differ: ${says(a)} and ${says(b)}; the sentences give no common sample, so they may be two polls.` } : {}),
      articleIds: [a.articleId, b.articleId], claimIds: [a.id, b.id], actual: b.span.text, expected: a.span.text,
      evidence: [a, b].map((c) => ({ articleId: c.articleId, start: c.span.start, end: c.span.end, text: c.span.text })),
    };
    out.push(f);
  }
  return out;
}

/** A party's own share right before a figure: "his family firm had", "their company owns", "she rented". */
const OWNED_BY_ONE = /\b(?:(?:his|her|their|my|our)\s+(?:[\p{L}-]+\s+){0,2}?|(?:he|she|they|I|we)\s+)(?:had|has|have|owned|owns|own|rented|rents|kept|keeps|held|holds|lost)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|at least\s+|only\s+|just\s+)?$/iu;

/** A poll's margin of error in its stock words: "margin of (sampling) error", "plus or minus". */
const MARGIN = /\bmargin of (?:sampling )?error\b|\bplus or minus\b/i;

/**
 * Two margins of error from sentences that name no common sample: each sentence's numbers of 100 or more other than
 * the margin (a sample size: "800 likely voters", "1,200 adults"; years left out) must share one for one poll.
 */
function otherPoll(sa: string, a: QuantityClaim, sb: string, b: QuantityClaim, docs: ReadonlyMap<string, { article: { text: string } }>): boolean {
  if (!MARGIN.test(sa) || !MARGIN.test(sb)) return false;
  const samples = (s: string, c: QuantityClaim) => {
    const own = docs.get(c.articleId)?.article.text.slice(c.span.start, c.span.end) ?? "";
    return new Set([...s.matchAll(/\d[\d,]*/g)].map((m) => m[0]).filter((n) => !own.includes(n) && !/^(?:19|20)\d\d$/.test(n)).map((n) => Number(n.replace(/,/g, ""))).filter((n) => n >= 100));
  };
  const x = samples(sa, a), y = samples(sb, b);
  return ![...x].some((n) => y.has(n));
}
