// crosscheck/contradiction: the same slot with incompatible values in different articles.
// Interval-aware: "nearly 800" and "390 + 390" agree; "over 500 Ukrainians returned" and
// "390 returned" do not. An odd value is compared with the value of another group stated in the
// most similar words, else with the one most independent sources support; each odd value is one
// finding, with evidence in every article involved.
import type { QuantityClaim } from "../../domain/claim.js";
import type { Doc, Sentence } from "../../domain/doc.js";
import type { Evidence } from "../../domain/span.js";
import type { FindingDraft, Severity } from "../../domain/finding.js";
import type { StoryContext } from "../../domain/context.js";
import { sameFirstName } from "../../lexicon/names.js";
import { differentDays, firstName, otherNamesake, storySlotGroups, type ValueGroup } from "../groups.js";
import { contexts, contextSimilarity, oneParty, otherPeople, otherSubjects, samePeople, twoParties, type Contexts } from "../context.js";
import { gap, interval, measureOf, otherCurrencies, overlaps, says, slotPhrase } from "../values.js";
import { allBefore, mayShrink, mentionsAsEarlier, monthsApartOf, numbersWritten, oneAgeGroup, toldAsGrown, toldAsRevised, toldAsTally, updatedAsReported } from "../updates.js";
import { marketMoments } from "../market.js";
import { isPeopleClass } from "../../claims/slots.js";
import { otherQuestions } from "../../claims/vote-sides.js";
import { CALENDAR_WORD } from "../../lexicon/calendar.js";
import { witnesses } from "../witnesses.js";
import { CONTRAST_BETWEEN } from "../../lexicon/calendar.js";
import { heldOnOtherDays, placedApart, placedAtOthers, placedByWhere, placedPartAgainstWhole, writesWord } from "../places.js";
import { toldAsOtherThings } from "../stance.js";
import { datesMasked, type FigureLine, LINES_DOUBT, otherFigureLines, sentenceLine } from "../figure-lines.js";
import { amountAspect, aspectPhrase, EVENT_MEASURE, measureAspect, otherAspects, periodsIn, sameAspect, samePeriod } from "../measure.js";

export function contradiction(ctx: StoryContext): FindingDraft[] {
  const quantities = ctx.claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  const w = witnesses(ctx.docs.map((d) => d.article.id), ctx.derivations);
  const out: FindingDraft[] = [];
  const contextOf = contexts(ctx.docs);
  const texts = new Map(ctx.docs.map((d) => [d.article.id, d.article.text]));
  const text = (c: QuantityClaim) => texts.get(c.articleId) ?? "";
  const docs = new Map(ctx.docs.map((d) => [d.article.id, d]));
  const perArticle = new Map<string, QuantityClaim[]>();
  for (const c of quantities) { const l = perArticle.get(c.articleId); if (l) l.push(c); else perArticle.set(c.articleId, [c]); }
  const inArticle = (c: QuantityClaim) => perArticle.get(c.articleId) ?? [];
  /** Whether c's sentence also states the value v in c's unit (another item of a list the other article gives). */
  const statesToo = (c: QuantityClaim, v: number) => {
    const [from, to] = sentenceBounds(c);
    // (Not a figure in a compound modifier, "a two-car crash", nor things against people: "two people … 2 vehicles".)
    return inArticle(c).some((o) => o !== c && o.value.unit === c.value.unit && o.value.number === v && o.span.start >= from && o.span.start < to
      && !COMPOUND_NUMBER_FIRST.test(o.span.text) && (c.value.unit !== "count" || isPeopleClass(o.slot.noun) === isPeopleClass(c.slot.noun))
      // ("One man was killed and two were hurt": a figure of another harm is no item of the same list.)
      && !(HARMS.has(o.slot.pred) && HARMS.has(c.slot.pred) && o.slot.pred !== c.slot.pred));
  };
  /** Whether c's sentence writes the number v outside c's own words, as a figure or not ("Of the 23.5 million lines, 16.3 million …", "Seven of the nine candidates"). */
  const writesToo = (c: QuantityClaim, v: number) => {
    const s = sentenceAt(c);
    if (!s) return false;
    const doc = docs.get(c.articleId);
    // ("in a two-car crash", "a 3-year-old": a number inside a compound modifier counts something else; blanked to its length.)
    let masked = (doc ? datesMasked(doc, s) : s.text).replace(COMPOUND_NUMBER, (x) => " ".repeat(x.length));
    // ("One man was killed and two were hurt": a figure of another harm is blanked too, as statesToo leaves it out.)
    for (const o of inArticle(c)) {
      if (o === c || !HARMS.has(o.slot.pred) || !HARMS.has(c.slot.pred) || o.slot.pred === c.slot.pred || o.span.start < s.start || o.span.end > s.end) continue;
      masked = masked.slice(0, o.span.start - s.start) + " ".repeat(o.span.end - o.span.start) + masked.slice(o.span.end - s.start);
    }
    // ("356 confirmed cases in 14 states, giving a case fatality rate of 18.0%": a count of things is no other percentage.)
    if (c.value.unit === "percent") {
      for (const o of inArticle(c)) {
        if (o === c || o.value.unit !== "count" || o.slot.noun === "-" || o.span.start < s.start || o.span.end > s.end) continue;
        masked = masked.slice(0, o.span.start - s.start) + " ".repeat(o.span.end - o.span.start) + masked.slice(o.span.end - s.start);
      }
    }
    return numbersWritten(masked.slice(0, c.span.start - s.start)).has(v) || numbersWritten(masked.slice(c.span.end - s.start)).has(v);
  };
  /** Whether c's article writes the number v anywhere (dates masked), as a figure or not. */
  /** An attendance at a ticketed venue or a match ("9,000 fans attended the match", "in front of 48,200 fans at Ellis Park"). */
  const atVenue = (c: QuantityClaim) => VENUE.test(sentenceOf(c) ?? "");
  const written = new Map<string, ReadonlySet<number>>();
  const writesAnywhere = (c: QuantityClaim, v: number) => {
    let all = written.get(c.articleId);
    if (all === undefined) {
      const doc = docs.get(c.articleId);
      all = new Set(doc === undefined ? [] : doc.sentences.flatMap((x) => [...numbersWritten(datesMasked(doc, x))]));
      written.set(c.articleId, all);
    }
    return all.has(v);
  };
  const sentenceAt = (c: QuantityClaim) => docs.get(c.articleId)?.sentences.find((x) => x.start <= c.span.start && c.span.start < x.end) ?? null;
  const sentenceOf = (c: QuantityClaim) => sentenceAt(c)?.text ?? null;
  const figuresAt = (c: QuantityClaim): FigureLine => { const d = docs.get(c.articleId), x = sentenceAt(c); return d && x ? sentenceLine(d, x) : new Map(); };
  // "27 when arrested in 2005", "Smith, 27, was arrested in 2005": an age pinned to a year is that year's age;
  // a year elsewhere in the sentence ("Sixty-year-old X is accused of a murder in 1967") dates something else.
  const yearPinned = (c: QuantityClaim) => {
    const s = sentenceAt(c);
    if (!s) return false;
    const full = text(c);
    for (const y of s.text.matchAll(/\b(?:19|20)\d\d\b/g)) {
      const at = s.start + y.index!;
      const between = at > c.span.end ? full.slice(c.span.end, at) : full.slice(at + 4, c.span.start);
      // ("is 41 and has a conviction from 2011": a year past "and" dates the other clause, not the age.)
      if ((between.length <= 40 && !(at > c.span.end && /^\s+(?:and|but)\s/.test(between))) || AGE_THEN.test(between)) return true;
    }
    return false;
  };
  // The one prison term an article that names nobody gives ("a former clerk was jailed for 30 months"): its one defendant's.
  const oneUnnamedTerm = (c: QuantityClaim) => contextOf(c).namesNobody && inArticle(c).filter((o) => o.slot.pred === "sentenced").length === 1;
  // "Consumer prices rose 3.2% in the year to October" / "Annual inflation stood at 2.3 percent": the prices and the
  // inflation rate are one subject (the rise of consumer prices over a year is the inflation rate).
  // (Their sentences open with other words, "Consumer" and "Annual", which the two-parties test reads as names: the
  // place, where either names one, is the clause's subject, "Chile" in both.)
  const oneRateParty = (a: QuantityClaim, b: QuantityClaim) => oneParty(contextOf, a, b)
    || (a.slot.noun === "rate-inflation" && !otherPeople(contextOf, a, b) && !otherSubjects(contextOf, a, b));
  /** A figure as places.ts reads it: its sentence and its offsets there. */
  const inSentence = (c: QuantityClaim) => { const x = sentenceAt(c); return x === null ? null : { sentence: x.text, at: c.span.start - x.start, end: c.span.end - x.start }; };
  const bothPlaced = (a: QuantityClaim, b: QuantityClaim, test: typeof placedAtOthers) => {
    const x = inSentence(a), y = inSentence(b);
    return x !== null && y !== null && test(x, y);
  };
  const placedAtNames = (a: QuantityClaim, b: QuantityClaim) => bothPlaced(a, b, placedAtOthers);
  /** Two amounts told as one aspect of the event (measure.ts amountAspect: a ransom, a fine, what was stolen). */
  const oneAmountAspect = (a: QuantityClaim, b: QuantityClaim) => a.value.unit === "money" && b.value.unit === "money"
    && amountAspect(text(a), a) !== null && amountAspect(text(a), a) === amountAspect(text(b), b);
  /** … or two measures told as one named aspect ("fell about 200 metres" / "tumbled nearly 500 metres into a gorge"). */
  const oneAspect = (a: QuantityClaim, b: QuantityClaim) => oneAmountAspect(a, b)
    || (measureOf(a) !== null && measureOf(b) !== null && measureAspect(text(a), a) !== null && sameAspect(text(a), a, text(b), b));
  const partAgainstWhole = (a: QuantityClaim, b: QuantityClaim) => bothPlaced(a, b, placedPartAgainstWhole);
  /** A figure's sentence up to the figure. */
  const sentenceBefore = (c: QuantityClaim) => { const x = sentenceAt(c); return x === null ? "" : x.text.slice(0, Math.max(0, c.span.start - x.start)); };
  const sentenceBounds = (c: QuantityClaim): [number, number] => { const s = sentenceAt(c); return s ? [s.start, s.end] : [c.span.start, c.span.end]; };
  const published = new Map(ctx.docs.map((d) => [d.article.id, d.article.publishedAt ? Date.parse(d.article.publishedAt) : NaN]));
  const monthsApart = monthsApartOf(ctx.docs);
  const sided = new Set(quantities.map((c) => c.slot).filter((p) => p.side !== "-").map((p) => `${p.unit}:${p.noun}:${p.pred}:${p.scope}`));
  for (const { slot, groups } of storySlotGroups(ctx)) {
    if (groups.length < 2) continue;
    // A figure with no side in a story whose figures have sides may be either side's or the total: unsure, so silent.
    const p = slot;
    if (p.side === "-" && sided.has(`${p.unit}:${p.noun}:${p.pred}:${p.scope}`)) continue;
    const [major, ...minors] = groups as [ValueGroup, ...ValueGroup[]];
    const pairsSeen = new Set<string>();
    // Weakest first: an odd figure is compared with figures at least as well supported as itself.
    for (const minor of [...minors].sort((a, b) => a.witnesses - b.witnesses)) {
      const candidates = groups.filter((g) => g !== minor && (g === major || g.witnesses >= minor.witnesses));
      const pick = references(minor.claims, candidates, major, contextOf, oneAspect).find(({ m, ref }) =>
        // Greedy groups may leave two agreeing figures apart ("about 100" and "at least 70").
        !overlaps(m, ref) && (p.unit === "age" || !differentDays(m, ref)) && !otherNamesake(m, ref)
        // "two women and a man" against "three bank workers": a part of the figure, not another figure.
        && !partOf(m, quantities, text(m), ref)
        // "a three-week-old boy" / "the one-month-old boy": an infant's age in other periods is the same age, roughly told.
        && agePeriod(m) === agePeriod(ref)
        // "an arena that can hold 18,000 spectators" / "some 11,000 spectators watched": what a place holds is compared
        // only with what it holds.
        && (m.slot.pred === "capacity") === (ref.slot.pred === "capacity")
        // "a third of the 300 homes" is the whole the share is taken of, not what the story's verb counts.
        && !SHARE_OF.test(text(m).slice(Math.max(0, m.span.start - 40), m.span.start)) && !SHARE_OF.test(text(ref).slice(Math.max(0, ref.span.start - 40), ref.span.start))
        // "One officer was shot …, and two officers were cut by glass" against "three officers were hurt": parts of one sentence.
        && !sentenceParts(m, inArticle(m), sentenceBounds(m), ref) && !sentenceParts(ref, inArticle(ref), sentenceBounds(ref), m)
        // Without a predicate, figures far apart ("two civilians" freed in one swap, "120 civilians" in
        // another) are more likely different things than one thing misreported: stay silent.
        // (Measures in base units: "2.3 tonnes" and "800 kilograms" are 2,300 and 800 kg, not 2.3 and 800; two measures
        // whose words say they measure one aspect, "25 pounds of cocaine" / "60 kilograms of cocaine", are one thing however far apart.)
        && !(looseSlot(m, ref) && Math.max(inBase(m), inBase(ref)) > 5 * Math.max(measureOf(m) ? 0 : 1, Math.min(inBase(m), inBase(ref)))
          && !(measureOf(m) !== null && sameAspect(text(m), m, text(ref), ref))
          // (Nor two amounts told as one aspect of the event: "jewels worth an estimated €2.3 million" / "the haul was worth around €12 million".)
          && !oneAmountAspect(m, ref)));
      if (!pick) continue;
      const { ref, group } = pick;
      const pairKey = [groups.indexOf(minor), groups.indexOf(group)].sort().join("-");
      if (pairsSeen.has(pairKey)) continue;
      pairsSeen.add(pairKey);
      // A toll that grows from one day's reports to the next is an update, not a dispute.
      const updated = update(minor, group, pick.m, ref, published, (c) => { const x = sentenceAt(c); return x !== null && toldAsGrown(x.text, c.span.start - x.start); }, (id, v) => { const d = docs.get(id); return d !== undefined && mentionsAsEarlier(d, v); }, (c) => { const x = sentenceAt(c); return x !== null && toldAsTally(x.text, c.span.start - x.start); },
        (c) => { const x = sentenceAt(c); return x !== null && toldAsRevised(x.text, c.span.start - x.start); });
      if (updated) {
        out.push({
          rule: "crosscheck/update", type: "contradiction", severity: "info",
          summary: `The figure for ${slotPhrase(slot)} changed over time: ${says(updated.before)}${updated.basis === "dates" ? " in earlier reports" : ""}, then ${says(updated.after)}${updated.basis === "dates" ? " in later ones" : ", which the later report gives as an update"}.`,
          articleIds: [...new Set([...minor.articleIds, ...group.articleIds])], claimIds: [pick.m.id, ref.id],
          actual: updated.after.span.text, expected: updated.before.span.text,
          evidence: spanPerArticle([updated.before, updated.after]),
        });
        continue;
      }
      // An article that states both values is usually hedging or updating ("5 killed … the toll rose
      // to 7"); when it is the only one with the odd value, say so, but only as a weak signal.
      const mixed = minor.articleIds.every((id) => group.articleIds.includes(id));
      const own = mixed ? minor.articleIds : minor.articleIds.filter((id) => !group.articleIds.includes(id));
      const mine = minor.claims.filter((c) => own.includes(c.articleId));
      const m = own.includes(pick.m.articleId) ? pick.m : mine[0]!;
      const tie = group.witnesses === minor.witnesses || (group === major && minors.some((x) => x.witnesses === major.witnesses));
      const distance = gap(m, ref);
      const loose = looseSlot(m, ref);
      // Without a predicate the slot is a guess, unless the words around both figures say they are one
      // figure restated ("spending 11 seasons in Philadelphia" / "spent 18 seasons in Philadelphia").
      const restated = contextSimilarity(contextOf, m, ref) >= RESTATED && oneParty(contextOf, m, ref);
      // Figures that may count different things stay low: one part of a list ("three men and a
      // woman" / "two men and a woman"), crowd estimates, ages of two people who share a name.
      // The first reason that holds for thinking the figures count different things (kept low; the summary says why).
      const doubts: readonly (readonly [Doubt, () => boolean])[] = [
        ["list", () => listPartners(m, quantities, text(m)) !== listPartners(ref, quantities, text(ref))],
        // "carrying 20 passengers and a pilot" / "21 people aboard": the figure is one part of those aboard, one more named after it.
        ["list", () => p.unit === "count" && ONE_MORE_AFTER.test(text(m).slice(m.span.end, m.span.end + 50)) !== ONE_MORE_AFTER.test(text(ref).slice(ref.span.end, ref.span.end + 50))],
        ["beside", () => sameKindBeside(m, inArticle(m), sentenceBounds(m))],
        ["beside", () => sameKindBeside(ref, inArticle(ref), sentenceBounds(ref))],
        // "killed nine people in Bihar and four in Jharkhand": a place's part of a breakdown whose other parts have no noun.
        ["part", () => placeBreakdown(text(m), m) !== placeBreakdown(text(ref), ref)],
        // "Nobody was hurt" says none of any kind of people was: a subgroup's count disputes it.
        // (Not a ground's attendance: "in front of 48,200 fans at Ellis Park" / "A crowd of 42,800 attended at Ellis
        // Park" — a match's crowd is counted by the club or league, not estimated.)
        // (A crowd estimate is kept low even in like words: police and organisers count marches differently.)
        // (Unless both texts give the figure as one source's count: "12,000 people marched, police said" / "police put the
        // crowd at 30,000" is one source told two ways, a dispute a desk checks.)
        // "Organisers said 40,000 people marched" / "Police said 12,000": two counters' figures, each defensible.
        ["counters", () => (p.pred === "attended" && otherCrowdSources(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        ["crowd", () => (p.pred === "attended" && !(atVenue(m) && atVenue(ref)) && !oneCrowdSource(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        // "won 54 percent of the vote" / "45% of the vote": one candidate's share only when both sentences name that candidate.
        // A tally on a motion ("by 212 votes to 180", "221 votes in favour and 180 against") is no candidate's share.
        // (Nor when both sentences name one party, and only it: "Lars Eriksen's Centre Party won 31 percent" / "Eriksen's
        // Centre Party took 27 percent".)
        ["vote", () => (p.noun === "vote" && !(samePeople(contextOf, m, ref) && oneParty(contextOf, m, ref)) && !(onMotion(text(m), m) && onMotion(text(ref), ref))
          && !onePartyNamed(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        // "The school bond passed with 61 percent" / "The library levy … won 53 percent": two questions on one ballot.
        ["question", () => (/^vote-(?:for|against)$/.test(p.noun) && otherQuestions(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        ["subgroup", () => (subgroup(minor, group, m, ref) && m.value.number !== 0 && ref.value.number !== 0)],
        // "a 150-metre tower" / "fell 30 metres", "the speed limit is 50 mph" / "was doing 90 mph": two aspects, two figures.
        ["aspects", () => otherAspects(text(m), m, text(ref), ref)],
        // "four touchdowns receiving" / "six touchdowns on offense" / "six touchdowns": a kind named after the noun is a part.
        ["kind", () => kindAfter(m, text(m)) !== kindAfter(ref, text(ref))],
        ["several", () => oneOfSeveral(m, text(m), sentenceBounds(m))],
        ["several", () => oneOfSeveral(ref, text(ref), sentenceBounds(ref))],
        ["gender", () => genderPart(m, ref)],
        ["found", () => foundFewer(m, ref, text)],
        ["kinds", () => otherKinds(m, ref)],
        // (Unless another article tells the smaller figure plainly: "with two deaths" beside "Of the two people who died".)
        ["definite", () => definiteFewer(m, ref, text) && ![minor, group].some((g) => g.claims.length > 1 && g.claims.every((c) => c.value.number === Math.min(m.value.number, ref.value.number))
          && g.claims.some((c) => !definiteFewer(c, c.value.number === m.value.number ? ref : m, text)))],
        // "40 jobs will go at its Gdansk yard as part of cuts across the company" / "230 jobs across its three yards":
        // one figure told as a place's or a unit's share of the whole, the other not.
        ["part", () => (p.unit !== "age" && toldAsPart(sentenceOf(m) ?? "") !== toldAsPart(sentenceOf(ref) ?? ""))],
        // "employs 3,000 people worldwide" / "the Ohio plant, which employs 420 people": one figure told of the whole
        // company or country, the other not.
        ["whole", () => (p.unit !== "age" && toldAsWhole(sentenceOf(m) ?? "") !== toldAsWhole(sentenceOf(ref) ?? ""))],
        // "unemployment fell to 6.2% in February" / "… 6.9% in January", "Spain's jobless rate" / "unemployment in Andalusia":
        // a rate's level in another period or of another place.
        ["rate", () => (p.pred === "level" && (!samePeriod(periodsIn(sentenceOf(m) ?? ""), periodsIn(sentenceOf(ref) ?? "")) || !oneRateParty(m, ref)))],
        // "six other people, including a 17-year-old boy and four women": a part named inside a larger group.
        ["included", () => INCLUDED.test(text(m).slice(Math.max(sentenceBounds(m)[0], m.span.start - 60), m.span.start))],
        ["included", () => INCLUDED.test(text(ref).slice(Math.max(sentenceBounds(ref)[0], ref.span.start - 60), ref.span.start))],
        ["identified", () => IDENTIFIED.test(text(m).slice(Math.max(0, m.span.start - 40), m.span.start))],
        ["identified", () => IDENTIFIED.test(text(ref).slice(Math.max(0, ref.span.start - 40), ref.span.start))],
        ["attacker", () => (p.pred === "killed" && (PERPETRATOR.test(sentenceOf(m) ?? "") || PERPETRATOR.test(sentenceOf(ref) ?? "")))],
        // "killed 12" against "13 dead" where the attacker died too: one toll counts him, one does not.
        ["attacker", () => (p.pred === "killed" && Math.abs(m.value.number - ref.value.number) === 1 && (ATTACKER_DIED.test(text(m)) || ATTACKER_DIED.test(text(ref))))],
        // "shares were down 66 cents" / "closed down 63 cents": a market figure quoted at two moments of a session.
        ["market", () => (p.unit !== "age" && !isPeopleClass(p.noun) && marketMoments(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        // "a $165,000 settlement" / "a £90,000 settlement": one amount in two currencies.
        ["currencies", () => otherCurrencies(text(m), m, text(ref), ref)],
        // "expects a profit of 11 cents" / "a profit of 6 cents": a forecast is not the result; a poll's margin of error is its poll's.
        // (Two forecasts of one party — "Brightwell expects cost savings of 250 million dollars a year" / "Brightwell
        // said it expects to save 180 million dollars annually" — are one expectation told two ways.)
        ["forecast", () => { const x = foretold(text(m), m, sentenceBounds(m)), y = foretold(text(ref), ref, sentenceBounds(ref)); return x !== y || (x && !oneForecaster(text(m), m, sentenceBounds(m), text(ref), ref, sentenceBounds(ref))); }],
        // "10 percent of high school and 16 percent of elementary pupils" / "16 percent of elementary … and 9.6 percent of high school pupils":
        // an article that states the other's figure in the same sentence gives another item of one list, not another value.
        // (Not ages: each belongs to its person, "a 3-year-old boy and a 5-year-old girl" / "a 3-year-old girl".)
        ["both", () => (p.unit !== "age" && (statesToo(ref, m.value.number) || statesToo(m, ref.value.number)))],
        // "Of the 23.5 million high-speed lines, 16.3 million provided advanced services" / "16.3 million lines provided …":
        // the article that gives the other figure too, unextracted, tells a part and its whole, not another value.
        ["both", () => (p.unit !== "age" && (writesToo(ref, m.value.number) || writesToo(m, ref.value.number)))],
        // "arrested 41 people over the weekend … Twenty-three of them on Saturday night" / "Twenty-three were arrested on
        // Saturday night … bringing the total to 41": each article writes the other's figure too, so they tell one
        // part and one whole, or two people, not two values (not figures up to ten, which an article writes for many things).
        // (Ages too: "Devin Harper, 26 … a 31-year-old man" / "a 26-year-old man died … the two survivors, 24 and 31": two men.)
        ["both", () => ((p.unit === "count" || p.unit === "age") && m.value.number !== ref.value.number && Math.min(m.value.number, ref.value.number) > 10 && writesAnywhere(ref, m.value.number) && writesAnywhere(m, ref.value.number))],
        // "eight people were shot in a five-hour span", "About 30 minutes earlier, four people were shot at 13th and
        // Kedzie", "23 people were shot across the city over the weekend": a round-up's tally or another incident of it.
        // (Both told as round-ups of one period are two tallies of it, compared: "killed 12 people over the weekend".)
        // "the teen was shot four or five times" / "he had been shot three times": how often one person was hit belongs
        // to that person, as an age does — compared only when both sentences name the same person (or the article only one).
        ["person", () => p.noun === "time" && !samePeople(contextOf, m, ref) && !shareAName(sentenceOf(m) ?? "", sentenceOf(ref) ?? "")],
        ["roundup", () => p.unit === "count" && roundupSentence(sentenceOf(m) ?? "") !== roundupSentence(sentenceOf(ref) ?? "")],
        // "among the top 10 countries" / "the bottom five states": a bracket of a ranking, not a count of things.
        ["bracket", () => BRACKET.test(text(m).slice(Math.max(0, m.span.start - 12), m.span.start + 1))],
        ["bracket", () => BRACKET.test(text(ref).slice(Math.max(0, ref.span.start - 12), ref.span.start + 1))],
        // "since March 9, when a bomb killed 17" / "killed eight in April 1994": each figure dated to a time of its own.
        // (Not a named person's age: a year in its sentence dates something else — "is 41 and has a conviction from 2015"
        // — and an age pinned to its own year is weighed by its own check. An unnamed man's age dated to another day is
        // another man: "on June 3 a 20-year-old man was wounded there".)
        ["dated", () => !namedAge(m) && datedApart(docs.get(m.articleId), m, docs.get(ref.articleId), ref)],
        // "… this month; on June 3 a 20-year-old man was wounded there" in a December report: a figure whose sentence is
        // dated weeks before its article tells an earlier event, unless the other figure's is too.
        ["earlier", () => !namedAge(m) && datedWeeksBefore(docs.get(m.articleId), sentenceAt(m), m) !== datedWeeksBefore(docs.get(ref.articleId), sentenceAt(ref), ref)],
        // "is demanding a 9 percent pay rise" / "has offered 4 percent", "will rise to 12.50 pounds" / "is 11.44 pounds",
        // "20 euros for adults" / "8 euros for children": two parties' positions, a level to come and one now, two groups' prices.
        // (Not a vote's share for or against an offer: "backed the takeover offer by 91 percent" is a result, no one's position.)
        ["stance", () => p.unit !== "age" && !/^vote-(?:for|against)$/.test(p.noun) && toldAsOtherThings(text(m), m, sentenceBounds(m)[0], text(ref), ref, sentenceBounds(ref)[0])],
        ["ages", () => (p.unit !== "age" && oneAgeGroup(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        // "24 percent of men who took the placebo, or 1,147 men": a count restating a share of one group.
        ["share", () => SHARE_RESTATED.test(text(m).slice(Math.max(0, m.span.start - 100), m.span.start))],
        ["share", () => SHARE_RESTATED.test(text(ref).slice(Math.max(0, ref.span.start - 100), ref.span.start))],
        // "losing eight of their last 10 games": the window a record is counted over.
        ["window", () => WINDOW_OF.test(text(m).slice(Math.max(0, m.span.start - 40), m.span.start))],
        ["window", () => WINDOW_OF.test(text(ref).slice(Math.max(0, ref.span.start - 40), ref.span.start))],
        // "a 16-year-old boy was shot … in the University Village neighborhood" / "a 14-year-old boy was shot … in the Austin
        // neighborhood": unnamed people, or counts, placed in two parts of a city are two shootings (a round-up, a mixed story).
        ["streets", () => (!m.slot.noun.startsWith("person=") && placedApart(sentenceOf(m) ?? "", sentenceOf(ref) ?? ""))],
        // "won 24 delegates in the Nevada caucuses" / "31 delegates in the Idaho primary", "140 mm of rain on Bergen" /
        // "60 mm on Stavanger": each figure placed at a name the other sentence never writes, two contests or places;
        // "in Tuesday's primaries" / "in Saturday's caucuses": two contests named by their days.
        // "A fisherman paid 300 euros for the permit" / "Another angler, Mary Walsh, paid 450 euros": a figure told of
        // another party than the first one, or of an additional group ("Another 12 people were hurt").
        ["another", () => toldOfAnother(sentenceBefore(m)) !== toldOfAnother(sentenceBefore(ref))],
        // "The hospital employs 4,000 staff" in January / "employs 4,600 staff" in June: a figure of the present told
        // in articles published months apart is two moments of it (not ages: a person's age has its own check).
        ["months", () => p.unit !== "age" && monthsApart(m.articleId, ref.articleId)],
        ["places", () => placedAtNames(m, ref)],
        // "… heavy rain to southern Malawi on Tuesday, where authorities have moved 3,000 people" in a story of Mozambique:
        // a figure told of a place that neither the other figure's sentence nor its article's lead names is that place's.
        ["places", () => [[m, ref], [ref, m]].some(([x, y]) => { const at = inSentence(x!); const where = at && placedByWhere(at.sentence, at.at);
          if (!where) return false;
          const lead = (docs.get(y!.articleId)?.sentences ?? []).slice(0, 2).map((z) => z.text).join(" ");
          return !writesWord(sentenceOf(y!) ?? "", where) && !writesWord(lead, where); })],
        // "voted 220-207" (a House) / "voted 51-49" (a Senate): splits of bodies of other sizes are two votes.
        // ("by 310 votes to 120" / "130 in favour and 120 against": one side the same, the other misreported — one vote.)
        ["bodies", () => p.noun === "vote-split" && Math.abs(voters(m) - voters(ref)) > 2 && Math.floor(m.value.number / 1000) !== Math.floor(ref.value.number / 1000) && m.value.number % 1000 !== ref.value.number % 1000],
        // "Turnout in Geneva was 49.1 percent, against 47.8 percent nationally" / "Turnout was 44.8 per cent": a part's figure set against its whole's.
        ["part-place", () => partAgainstWhole(m, ref)],
        // "The Northland electorate recorded a turnout of 63 percent, the lowest in the country": a part ranked among
        // the others, not the whole's figure.
        ["ranked", () => p.unit !== "age" && RANKED_PART.test(sentenceOf(m) ?? "") !== RANKED_PART.test(sentenceOf(ref) ?? "")],
        // "Telangana's aerospace and defence sector employs more than 25,000 people" / "The company … employs around 500
        // people": a whole sector's or economy's figure against one party's.
        ["whole", () => p.unit !== "age" && SECTOR_WHOLE.test(sentenceOf(m) ?? "") !== SECTOR_WHOLE.test(sentenceOf(ref) ?? "")],
        // "The yard, which builds hull sections for Halvorsen's plants, employs about 1,900 people" / "Halvorsen employs about
        // 14,500 people": one site's workforce against its owner's.
        ["whole", () => p.unit !== "age" && SITE_STAFF.test(sentenceOf(m) ?? "") !== SITE_STAFF.test(sentenceOf(ref) ?? "")],
        // "four manufacturers in the city employing more than 1,500 people in total" / "The firm … employs about 380 people":
        // several bodies' or places' figure together against one's.
        // (Told before the figure, as who has it: "410 cases in nine districts" is the figure's breakdown, not its owners.)
        ["whole", () => p.unit === "count" && isPeopleClass(p.noun) && SEVERAL_TOGETHER.test(sentenceBefore(m)) !== SEVERAL_TOGETHER.test(sentenceBefore(ref))],
        // "caught 52 passes for 440 yards" / "29 passes for 201 yards": each thing both sentences count has another figure,
        // two stat lines (of other games, seasons or contests) rather than one line misreported.
        ["lines", () => otherFigureLines(figuresAt(m), figuresAt(ref))],
        ["days", () => heldOnOtherDays(sentenceOf(m) ?? "", sentenceOf(ref) ?? "")],
      ];
      const doubt = doubts.find(([, holds]) => holds())?.[0] ?? null;
      const unsure = doubt !== null;
      // Parts ("including 17 in one province", "four … and a fifth") may be parts of different wholes.
      // A person may have been sentenced more than once (an earlier conviction, a term cut on appeal): a prison term is checked, not called wrong.
      const severity: Severity = mixed || unsure || p.scope === "part" ? "low"
        : p.pred === "sentenced" ? (samePeople(contextOf, m, ref) || (oneUnnamedTerm(m) && oneUnnamedTerm(ref)) ? "medium" : "low")
        : p.unit === "age" ? (unnamedOtherRoles(m, ref, sentenceOf, text) ? "low" : ageSeverity(m, ref, published, yearPinned, (c) => LATER_STAGE.test(text(c)), (c) => onlyOne(c, inArticle(c), text(c)), (c) => roleSide(c, sentenceOf, text), restated, contextSimilarity(contextOf, m, ref) >= SAME_SCENE))
        : loose ? (restated || soleMeasure(m, ref, inArticle, contextOf, text, sentenceOf) || soleAmount(m, ref, inArticle, contextOf, text) ? "medium" : "low") : tie ? "medium"
        : group.witnesses >= 2 && distance >= 0.1 && Math.min(m.value.number, ref.value.number) > 1 ? "high"
        // A quake's magnitude is a log scale: 6.1 against 5.8 is twice the shaking, however close the figures look.
        // A vote's split is an exact count of votes: "5-2" against "5-4" is one.
        : distance >= 0.05 || (p.noun === "magnitude" && Math.abs(m.value.number - ref.value.number) >= 0.2) || p.noun === "vote-split" ? "medium" : "low";
      const evidence = [...spanPerArticle(mine.map((c) => (c.articleId === m.articleId ? m : c))), ...spanPerArticle(group.claims.map((c) => (c.articleId === ref.articleId ? ref : c)))];
      // An age names its person as the article does ("the age of Ana Ruiz"), not as the shared key ("ruiz").
      // A measure is named by what both articles measure ("the span", "the height of the crane") when their words say.
      const what = (measureOf(m) !== null ? aspectPhrase(text(m), m, text(ref), ref) : null)
        ?? (soleAmount(m, ref, inArticle, contextOf, text) ? `the ${amountAspect(text(m), m)}` : null) ?? slotPhrase(p.unit === "age" ? m.slot : m.slot.pred === "-" && ref.slot.pred === "-" ? { ...slot, pred: "-" } : slot);
      // A length or a prison term is held in hours or months ("12 years" → 144): the words as written, never that figure.
      const figure = (c: QuantityClaim) => (c.value.unit === "duration" || c.slot.noun === "vote-split" ? says(c) : `${c.value.number.toLocaleString("en-US")} (${says(c)})`);
      const summary = mixed
        ? `One article gives both ${says(m)} and ${says(group.claims.find((c) => c.articleId === m.articleId) ?? ref)} for ${what}; ${group.witnesses === 1 ? "another source says" : `${group.witnesses} independent sources say`} ${figure(ref)}.`
        : tie
        ? `Sources disagree on ${what}: ${own.length === 1 ? "one article says" : `${own.length} articles say`} ${says(m)}, ${group.articleIds.length === 1 ? "another says" : `${group.articleIds.length} others say`} ${says(ref)}.`
        : `${own.length === 1 ? "One article says" : `${own.length} articles say`} ${says(m)} for ${what}; ${group.witnesses === 1 ? "another source says" : `${group.witnesses} independent sources say`} ${figure(ref)}.`;
      // A finding kept low for a doubt says which, so a reader can weigh it.
      const why = mixed || p.scope === "part" || severity !== "low" ? ""
        : doubt !== null ? ` Rated low: ${DOUBT[doubt]}.`
        : loose ? " Rated low: the two sentences do not say what the figures count in matching words." : "";
      out.push({
        rule: "crosscheck/contradiction", type: "contradiction", severity, summary: summary + why,
        articleIds: [...new Set([...own, ...group.articleIds])], claimIds: [...minor.claims, ...group.claims].map((c) => c.id),
        actual: m.span.text, expected: ref.span.text, evidence,
      });
    }
  }
  return out;
}

const PARTY_NAME = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(Party|Alliance|Front|League|Movement|Coalition|Bloc|Congress|Democrats|Republicans|Greens)\b/gu;
/** The parties a sentence names, by their own words ("Lars Eriksen's Centre Party" → "centre party"). */
function partiesNamed(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(PARTY_NAME)].map((m) => `${m[1]!.replace(/^.*['’]s\s+/, "").replace(/^(?:The|A)\s+/, "")}${m[2]!}`.toLowerCase()));
}
/** Places a sentence puts its figure in ("in Oslo", "nationally"), and years it names: a part's or another election's share. */
const placesIn = (s: string) => new Set([...s.matchAll(/\b(?:in|across|throughout)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}[\p{L}-]+)(?!['’]s\b)/gu)].map((m) => m[1]!.toLowerCase())
  .concat(/\b(?:national(?:ly)?|nationwide|overall|(?:19|20)\d\d)\b/i.test(s) ? ["*"] : []));
/** Two sentences naming one party each, the same one, in one place and one election. */
function onePartyNamed(a: string, b: string): boolean {
  const x = partiesNamed(a), y = partiesNamed(b);
  const pa = placesIn(a), pb = placesIn(b);
  return x.size === 1 && y.size === 1 && [...x][0] === [...y][0] && pa.size === pb.size && [...pa].every((w) => pb.has(w) && w !== "*");
}

const COUNTER = String.raw`(?:the\s+)?(police|organi[sz]ers|unions?|authorities|officials|(?:the\s+)?interior\s+ministry|city\s+hall|the\s+city|the\s+government|the\s+mayor)`;
/** Who a crowd's figure is credited to: "police said", "according to organisers", "police put the crowd at". */
const CROWD_SOURCE = new RegExp(String.raw`\b${COUNTER}\s+(?:said|say|says|estimated|estimate|estimates|put|puts|counted|count|gave|reported)\b|\b(?:according\s+to|said|says|estimated\s+by|counted\s+by)\s+${COUNTER}\b`, "gi");
function crowdSources(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(CROWD_SOURCE)) out.add((m[1] ?? m[2] ?? "").toLowerCase().replace(/^the\s+/, "").replace(/z/, "s").replace(/s$/, ""));
  return out;
}
/** Crowd figures credited to sources that share none: "organisers said" / "police said". */
function otherCrowdSources(a: string, b: string): boolean {
  const x = crowdSources(a), y = crowdSources(b);
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}
/** Both crowd figures credited to one source and to no other. */
function oneCrowdSource(a: string, b: string): boolean {
  const x = crowdSources(a), y = crowdSources(b);
  return x.size === 1 && y.size === 1 && [...x][0] === [...y][0];
}

/** Why two figures of one slot may count different things, as a reader is told it when a finding is kept low. */
const DOUBT = {
  list: "one figure is an item of a list the other article does not give",
  beside: "an article gives another figure of the same kind beside it",
  crowd: "crowd sizes are estimates",
  vote: "the sentences may not give one candidate's share",
  question: "the sentences may name two questions put to the vote",
  counters: "the figures are credited to different counters (police and organisers count crowds differently)",
  subgroup: "one may count a subgroup of the other",
  aspects: "the figures may measure different aspects",
  kind: "one names a kind of the thing the other does not",
  several: "the figure is one of several of its kind in its sentence",
  gender: "one counts only men or only women",
  found: "one counts only those found so far",
  kinds: "the figures may count different kinds",
  definite: "the smaller figure points back to a group the article set apart",
  part: "one is told as a part of a larger whole",
  earlier: "one figure's sentence is dated weeks before its article, to an earlier event",
  stance: "the figures are told as different things: what one side asks for against what another offers, a level to come against one now, or prices for different groups or kinds of ticket",
  whole: "one is told of a whole company, country or world and the other is not",
  rate: "the rates may be of different periods or places",
  included: "one is a group named inside a larger one",
  identified: "one counts only those identified",
  attacker: "one toll may count the attacker",
  market: "market figures may be from different moments of trading",
  currencies: "the amounts are in different currencies",
  forecast: "one is a forecast or an expectation",
  both: "an article gives both figures",
  person: "each may be said of a different person",
  roundup: "one sentence tells several incidents or a tally over a period (a round-up), not this incident alone",
  bracket: "one is a bracket of a ranking, not a count",
  dated: "each figure is dated to a different time",
  ages: "one counts an age group only",
  share: "one restates a share of a group",
  window: "one is a record over a window of games or seasons",
  streets: "the figures are placed in different parts of a city",
  another: "one is told of another party or an additional group",
  months: "the articles are dated more than a month apart, so the figures may be of different moments",
  places: "the figures belong to different places or contests",
  bodies: "the two votes were cast by bodies of different sizes",
  "part-place": "one figure is a region's or a town's, set against the whole's in its own sentence",
  ranked: "one figure is ranked among others (the lowest or highest in the country, say), a part's and not the whole's",
  days: "the figures belong to contests on different days",
  lines: LINES_DOUBT,
} as const;
type Doubt = keyof typeof DOUBT;

/**
 * A clause opened by "another", "a second", "a third" or "a different" before its figure ("Another angler, Mary Walsh,
 * paid 450 euros", "and a second driver, 54, was hurt", "Another 12 people were injured"): the figure belongs to a party
 * or a group besides the one told first. Not "a second time/year/statement", which tell when or how, not of whom.
 */
const ANOTHER = /(?:^|[;:]\s*|\b(?:and|but|while|whereas)\s+)(?:another|a second|a third|a fourth|a different)\b(?!\s+(?:time|times|year|years|day|days|week|weeks|month|months|season|term|round|statement|report|interview|occasion|attempt|look|chance|opinion)\b)[^;:]*$/i;
function toldOfAnother(before: string): boolean {
  return ANOTHER.test(before);
}

/** Before a count: a share of a group, then "or" ("18 percent of the men who took the drug, or 803 men"). */
const SHARE_RESTATED = /\d\s*(?:percent|per cent|%)\s+of\s+[^,;.]{1,70},\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** Before a count: the window a record is counted over ("eight of their last 10 games", "in its past five seasons"). */
const WINDOW_OF = /\b(?:of|in|over)\s+(?:its|their|his|her|the)\s+(?:last|past|previous|next|first)\s+$/i;

/** "top 10", "bottom five": the figure bounds a ranking's bracket. */
const BRACKET = /\b(?:top|bottom)\s+\S$/i;

/** Words before a figure that make it a forecast or an expectation, or a poll's margin of error. */
const FORECAST = /\b(?:expect(?:s|ed|ing)?|forecasts?|forecasting|predict(?:s|ed|ing)?|projects|projected|anticipat(?:es|ed|ing)|guidance|outlook|consensus|targets?|sees|(?:margin|sampling error)s?(?:\s+of\s+(?:sampling\s+)?error)?)\b[^.;]{0,40}$/i;

function foretold(text: string, c: QuantityClaim, [start]: readonly [number, number]): boolean {
  return FORECAST.test(text.slice(Math.max(start, c.span.start - 60), c.span.start));
}

/** Who expects: the capitalised name right before the verb of expecting ("Brightwell expects", "Brightwell said it expects"). */
const FORECASTER = /\b(\p{Lu}[\p{L}'’-]+)(?:\s+(?:said|says|added)\s+(?:it|they)|\s+(?:also|now|still))?\s+(?:expects?|expected|forecasts?|predicts?|projects|anticipates|sees)\b/u;

/** Two forecasts by one named party: the same name expects in both sentences ("Analysts expect" / "Norvik expects" are two). */
function oneForecaster(ta: string, a: QuantityClaim, [sa]: readonly [number, number], tb: string, b: QuantityClaim, [sb]: readonly [number, number]): boolean {
  const who = (t: string, c: QuantityClaim, s: number) => FORECASTER.exec(t.slice(s, c.span.start))?.[1] ?? null;
  const x = who(ta, a, sa), y = who(tb, b, sb);
  return x !== null && x === y && !/^(?:Analysts?|Economists?|Experts?|Investors?|Traders?|Markets?|Observers?|Forecasters?|Polls?|They|It|He|She|We)$/.test(x);
}


/** The dates (a day, a month or a year written out, "March 9"; not "Friday" or "last week") of a figure's sentence. */
function datesOf(doc: Doc | undefined, c: QuantityClaim): { text: string; from: string | null; to: string | null }[] {
  if (!doc) return [];
  const s = doc.sentences.find((x) => x.start <= c.span.start && c.span.start < x.end);
  // (Not a date read in the figure itself: "after 62 days in captivity" is a length, no day.)
  return s ? doc.dates.filter((d) => d.sentence === s.index && d.form !== "weekday" && (d.form !== "relative" || /\d/.test(d.span.text))
    && !(d.span.start < c.span.end && c.span.start < d.span.end)).map((d) => ({ text: d.span.text.toLowerCase(), from: d.from, to: d.to })) : [];
}

const MONTH_NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/** Days before its article's publication that a sentence's own date must lie for it to tell an earlier event. */
const EARLIER_DAYS = 14;

/**
 * Whether a figure's sentence gives a calendar day ("on June 3", "March 9, 2025") at least two weeks before its
 * article's publication day, or a year before the article's ("in 2019"): the sentence tells an earlier event than the
 * story's (a previous shooting at the same place, last spring's flood, a transfer years ago). Weekdays and "yesterday"
 * are the story's own days; a month alone is too loose.
 */
function datedWeeksBefore(doc: Doc | undefined, s: Sentence | null, figure: QuantityClaim): boolean {
  const published = doc?.article.publishedAt ? Date.parse(doc.article.publishedAt) : NaN;
  if (!doc || !s || Number.isNaN(published)) return false;
  const year = new Date(published).getUTCFullYear();
  // "61 percent, compared with 58 percent in 2019": a date after a contrast dates the other figure.
  const other = (d: Doc["dates"][number]) => d.span.start >= figure.span.end && CONTRAST_BETWEEN.test(doc.article.text.slice(figure.span.end, d.span.start));
  return doc.dates.some((d) => d.sentence === s.index && d.to !== null && !other(d)
    && ((d.granularity === "day" && (d.form === "absolute" || (d.form === "relative" && MONTH_NAMED.test(d.span.text)))
      && Date.parse(d.to) <= published - EARLIER_DAYS * 86_400_000)
      // "paid 30 million euros for the striker in 2019": a year before the article's own.
      || (d.form === "year" && Number(d.to.slice(0, 4)) < year)));
}

/**
 * Whether two figures' sentences each date what they tell, and no date of one meets a date of the other
 * ("since March 9, when …" / "in April 1994"): two events, each of its own time.
 */
function datedApart(da: Doc | undefined, a: QuantityClaim, db: Doc | undefined, b: QuantityClaim): boolean {
  const x = datesOf(da, a), y = datesOf(db, b);
  if (x.length === 0 || y.length === 0) return false;
  const meet = (p: (typeof x)[number], q: (typeof x)[number]) => p.text.includes(q.text) || q.text.includes(p.text)
    || (p.from !== null && p.to !== null && q.from !== null && q.to !== null && p.from <= q.to && q.from <= p.to);
  return !x.some((p) => y.some((q) => meet(p, q)));
}

/** Aspects that name the thing measured ("size of detour", "limit", "depth of shaft"), and a fall (the story's vehicle's or person's). */
const THING_MEASURE = /^(?:limit|fall|size of (?!a thing$)[a-z]+|(?:depth|height|length|width) of [a-z]+)$/;

/** Share of surrounding words two figures must have in common to be compared as one figure. */
const SAME_WORDS = 0.2;
/** … and to be taken as one figure restated, which makes a figure with no predicate worth a medium finding (tune fold). */
const RESTATED = 0.4;
/** Share of surrounding words two sole measures of one aspect must have in common to be one measure (some words, as aligned-figure asks). */
const SAME_SCENE = 0.15;

/** An age the claims gave to a named person ("Erik Dahl, 34"). */
const namedAge = (c: QuantityClaim) => c.value.unit === "age" && c.slot.noun.startsWith("person=");
const looseSlot = (a: QuantityClaim, b: QuantityClaim) => a.slot.pred === "-" || b.slot.pred === "-";
/** A figure in its dimension's base unit when it is a measure (kilograms, metres, km/h), else as written. */
const inBase = (c: QuantityClaim) => c.value.number * (measureOf(c)?.factor ?? 1);

/**
 * A speed, height, depth or burned area that is the only one of its dimension in each article, told as the same
 * aspect (both a speed the car was doing, both a depth) in words about the same scene ("the driver was doing 120 mph
 * when he hit the barrier" / "was travelling at 70 mph when he crashed into the barrier"): one measure of the event
 * told two ways. A speed limit beside a car's speed is another aspect (measure.ts).
 */
function soleMeasure(a: QuantityClaim, b: QuantityClaim, inArticle: (c: QuantityClaim) => readonly QuantityClaim[], contextOf: Contexts, text: (c: QuantityClaim) => string, sentenceOf: (c: QuantityClaim) => string | null): boolean {
  const dim = measureOf(a)?.dim;
  if (dim === undefined || measureOf(b)?.dim !== dim) return false;
  // Alone of its dimension in its article, or of its named aspect ("at a depth of 15 km" beside "60 km north of Iquique").
  const aspect = measureAspect(text(a), a);
  // (A peak temperature is the event's when both sentences name one place: "at Seville airport" in each.)
  const ofEvent = aspect !== null && (EVENT_MEASURE.test(aspect) || (aspect === "peak temperature" && shareAName(sentenceOf(a) ?? "", sentenceOf(b) ?? "")));
  // (A measure of an earlier time, "previously carried vehicles of up to 42.5 tonnes", is not the story's now.)
  const alone = (c: QuantityClaim) => inArticle(c).every((o) => measureOf(o)?.dim !== dim || o.value.number === c.value.number || o.slot.scope !== c.slot.scope
    || (ofEvent && !sameAspect(text(c), c, text(o), o) && measureAspect(text(o), o) !== null));
  // A wind's speed is the weather's, not a party's: "Storm Greta brought gusts of 140 km/h" / "Gusts reached 95 km/h".
  // (An aspect of the event named in both — "at a depth of", "put its depth at" — is one scene, in whatever other words.)
  return alone(a) && alone(b) && sameAspect(text(a), a, text(b), b) && (ofEvent || contextSimilarity(contextOf, a, b) >= SAME_SCENE)
    // (A thing's own size or limit, "a 38-kilometre detour" / "a detour of 70 kilometres", or the story's fall, is the
    // thing's whoever the sentences name beside it — an official who said it — unless their clauses' subjects differ.)
    && (oneParty(contextOf, a, b) || aspect === "wind" || (THING_MEASURE.test(aspect ?? "") && !otherSubjects(contextOf, a, b)));
}

/**
 * The one amount of an aspect each article gives ("a ransom of $2 million" / "wanted $5 million … to unlock its
 * systems", "Tickets … cost 45 pounds each" / "Fans will pay 54 pounds for a ticket"), in sentences that name no
 * other party: one amount of the event told two ways, however worded (the aligned-figure rule reads them alike).
 */
function soleAmount(a: QuantityClaim, b: QuantityClaim, inArticle: (c: QuantityClaim) => readonly QuantityClaim[], contextOf: Contexts, text: (c: QuantityClaim) => string): boolean {
  if (a.value.unit !== "money" || b.value.unit !== "money") return false;
  const aspect = amountAspect(text(a), a);
  if (aspect === null || amountAspect(text(b), b) !== aspect) return false;
  const sole = (c: QuantityClaim) => inArticle(c).every((o) => o === c || o.value.unit !== "money" || o.value.number === c.value.number || amountAspect(text(o), o) !== aspect);
  return sole(a) && sole(b) && !twoParties(contextOf, a, b, true);
}

interface Reference { readonly m: QuantityClaim; readonly ref: QuantityClaim; readonly group: ValueGroup }

/**
 * What to compare the odd figures with, best first: the figure of another group stated in the most
 * similar words (the same counted noun counts for a little more: "a man and two women" restates
 * "two women", not "at least three people"), then the majority's figure.
 */
function references(mine: readonly QuantityClaim[], others: readonly ValueGroup[], major: ValueGroup, contextOf: Contexts, oneAspect: (a: QuantityClaim, b: QuantityClaim) => boolean): Reference[] {
  let best: Reference | null = null;
  let score = SAME_WORDS;
  const states = new Set(mine.map((c) => c.articleId));
  for (const a of mine) for (const g of others) for (const b of g.claims) {
    // An article that also states the odd value ("down almost five points … with his 5.8 points")
    // does not disagree with it: 5.8 is another figure there.
    if (states.has(b.articleId)) continue;
    // (Two amounts whose words name one aspect of the event, "worth an estimated €2.3 million" stolen / "the haul was worth
    // around €12 million", are each other's reference before any other amount however alike its words.)
    const s = contextSimilarity(contextOf, a, b) + (a.value.noun !== null && a.value.noun === b.value.noun ? 0.1 : 0) + (oneAspect(a, b) ? 1 : 0);
    if (s > score || (s === score && best !== null && g === major)) { score = s; best = { m: a, ref: b, group: g }; }
  }
  const m = mine.find((c) => !major.articleIds.includes(c.articleId)) ?? mine[0]!;
  const fallback = { m, ref: major.claims.find((c) => c.articleId !== m.articleId) ?? major.claims[0]!, group: major };
  return best ? [best, fallback] : [fallback];
}

const ONE_PERSON = "(?:a|an|one)\\s+(?:[a-z-]+\\s+)?(?:man|woman|boy|girl|child|person|officer|soldier|worker|civilian)";
const AND_ONE_AFTER = new RegExp(`^\\s*,?\\s*and\\s+${ONE_PERSON}\\b`, "i");
const ONE_AND_BEFORE = new RegExp(`\\b${ONE_PERSON}\\s*,?\\s*and\\s*$`, "i");
const JOIN = /^\s*(?:,\s*)?(?:and\s+)?$/;

/**
 * Whether a count is one conjunct of a list whose sum the reference allows: "two women and one man"
 * (2 + 1) or "a man and two women" (1 + 2) against "three bank workers". The sum is the arithmetic
 * rule's business; the part alone contradicts nothing.
 */
export function partOf(m: QuantityClaim, all: readonly QuantityClaim[], text: string, ref: QuantityClaim): boolean {
  let sum = m.value.number, parts = 1;
  let start = m.span.start, end = m.span.end;
  const mine = all.filter((c) => c.articleId === m.articleId && c.value.unit === m.value.unit).sort((a, b) => a.span.start - b.span.start);
  for (const c of mine) if (c.span.start >= end && JOIN.test(text.slice(end, c.span.start))) { sum += c.value.number; parts++; end = c.span.end; }
  for (const c of [...mine].reverse()) if (c.span.end <= start && JOIN.test(text.slice(c.span.end, start))) { sum += c.value.number; parts++; start = c.span.start; }
  if (AND_ONE_AFTER.test(text.slice(end, end + 40))) { sum++; parts++; }
  if (ONE_AND_BEFORE.test(text.slice(Math.max(0, start - 40), start))) { sum++; parts++; }
  const [lo, hi] = interval(ref);
  return parts > 1 && sum >= lo && sum <= hi;
}

/** The other counts of the same kind of thing in a figure's sentence ("One man was shot …, and two men and a woman were grazed"). */
function sameKind(c: QuantityClaim, all: readonly QuantityClaim[], [from, to]: readonly [number, number]): QuantityClaim[] {
  // Only counts come in parts: two ages in a sentence are two people's.
  if (c.value.unit !== "count") return [];
  const pred = c.slot.pred;
  const words = countedWords(c);
  // The same kind counted by another verb is another figure ("killed 12 people and injured 40 people").
  return all.filter((o) => o !== c && o.articleId === c.articleId && o.span.start >= from && o.span.start < to
    && o.value.unit === c.value.unit && o.value.number !== c.value.number
    && (o.slot.pred === pred || o.slot.pred === "-" || pred === "-")
    && [...countedWords(o)].some((w) => words.has(w)));
}

const SINGULAR: Readonly<Record<string, string>> = { men: "man", women: "woman", children: "child", people: "person", police: "police" };
const singular = (w: string) => SINGULAR[w] ?? (w.length > 3 ? w.replace(/(?:es|s)$/, "") : w);

/** The words a count's span names its things by, singular ("One man shot" → man, shot; "two officers" → officer). */
function countedWords(c: QuantityClaim): Set<string> {
  const out = new Set((c.span.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map(singular));
  if (c.value.noun) out.add(singular(c.value.noun.toLowerCase()));
  for (const w of FILLER) out.delete(w);
  return out;
}

const FILLER = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "hundred", "thousand", "least", "more", "than", "about", "some", "nearly", "almost", "around", "over", "the", "and", "all", "other", "another"];

/**
 * A sentence that counts one kind of thing in parts ("One officer was shot in the arm, and two
 * officers were hurt by glass") gives no figure for the whole: each part may be compared with the
 * sum only. True when the parts of the sentence add up to the reference.
 */
export function sentenceParts(m: QuantityClaim, all: readonly QuantityClaim[], bounds: readonly [number, number], ref: QuantityClaim): boolean {
  const mates = sameKind(m, all, bounds);
  if (mates.length === 0) return false;
  const [lo, hi] = interval(ref);
  const sum = m.value.number + mates.reduce((n, o) => n + o.value.number, 0);
  return sum >= lo && sum <= hi;
}

/** Whether a figure is one of several counts of its kind in its sentence: a part, whatever it is compared with. */
function sameKindBeside(c: QuantityClaim, all: readonly QuantityClaim[], bounds: readonly [number, number]): boolean {
  return sameKind(c, all, bounds).length > 0;
}

const SMALL_NUMBER = "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens)";
/** After a figure: its place, then another figure for another place ("in Bihar and four in Jharkhand", "in Lviv, two in Kyiv"). */
const BREAKDOWN_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:another\\s+)?${SMALL_NUMBER}\\s+(?:more\\s+|others?\\s+)?(?:in|at)\\s+(?:the\\s+)?\\p{Lu}`, "u");
/** Whether a figure is one place's part of a breakdown by place told in one run ("nine people in Bihar and four in Jharkhand"). */
function placeBreakdown(text: string, c: QuantityClaim): boolean {
  return BREAKDOWN_AFTER.test(text.slice(c.span.end, c.span.end + 80));
}

/** The first claim span in each article, as evidence. */
export function spanPerArticle(claims: readonly QuantityClaim[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const c of claims) {
    if (seen.has(c.articleId)) continue;
    seen.add(c.articleId);
    out.push({ articleId: c.articleId, start: c.span.start, end: c.span.end, text: c.span.text });
  }
  return out;
}

/**
 * What else a count is listed with, as a key ("" when it stands alone): "three men and a woman" →
 * "woman". Two counts listed with the same partners ("a man and two women" / "a man and five
 * women") are compared as usual; a part against a figure that stands alone, or lists of other
 * shapes, may count different things.
 */
function listPartners(c: QuantityClaim, all: readonly QuantityClaim[], text: string): string {
  // An age is no part of a sum: "a 3-year-old girl and a boy" names two children, each with her own age.
  if (c.value.unit === "age") return "";
  const out: string[] = [];
  for (const o of all) {
    if (o === c || o.articleId !== c.articleId || o.value.unit !== c.value.unit) continue;
    // "23 dead and 19 missing": a figure of another harm beside it is another count, not a part of the same whole.
    if (o.slot.pred !== "-" && c.slot.pred !== "-" && o.slot.pred !== c.slot.pred) continue;
    // "at a depth of 53 km, about 28 km northwest of Chivay": measures of other aspects side by side are no list of parts.
    if (measureOf(c) !== null && otherAspects(text, c, text, o)) continue;
    if ((o.span.start >= c.span.end && JOIN.test(text.slice(c.span.end, o.span.start))) || (o.span.end <= c.span.start && JOIN.test(text.slice(o.span.end, c.span.start))))
      out.push(o.value.noun ?? "-");
  }
  const after = AND_ONE_AFTER.exec(text.slice(c.span.end, c.span.end + 40)), before = ONE_AND_BEFORE.exec(text.slice(Math.max(0, c.span.start - 40), c.span.start));
  for (const m of [after, before]) if (m) out.push(m[0].trim().split(/\s+/).pop()!.toLowerCase());
  return out.sort().join("+");
}

/**
 * A named person's age off by a year or two between outlets is what a desk checks before
 * publishing: medium. Ages far apart belong to two people who share a surname ("Bush, 81" and
 * "Bush, 23"), and an unnamed "woman" may be two women: low.
 */
function ageSeverity(a: QuantityClaim, b: QuantityClaim, published: ReadonlyMap<string, number>, yearPinned: (c: QuantityClaim) => boolean,
  laterStage: (c: QuantityClaim) => boolean, alone: (c: QuantityClaim) => boolean, side: (c: QuantityClaim) => "harmed" | "accused" | null, restated: boolean,
  sameScene: boolean): Severity {
  // A suspect's age against a victim's: two people, whatever the articles call them.
  const sa = side(a), sb = side(b);
  if (sa !== null && sb !== null && sa !== sb) return "low";
  const [young, old] = a.value.number < b.value.number ? [a, b] : [b, a];
  const ty = published.get(young.articleId) ?? NaN, to = published.get(old.articleId) ?? NaN;
  // The one person each article gives an age for in one role and on one side of the event ("a 31-year-old
  // woman was arrested" / "a 13-year-old woman was detained"), told within two days of each other: later,
  // a second arrest is another person.
  const days = Number.isFinite(ty) && Number.isFinite(to) ? Math.abs(to - ty) / 86_400_000 : Number.isNaN(ty) && Number.isNaN(to) ? 0 : Infinity;
  const roleAlone = (c: QuantityClaim) => c.slot.noun.startsWith("role=") && alone(c);
  // Or, on neither side ("an 85-year-old driver lost control of his car"), the one person of the role in
  // two tellings of one scene in the same words.
  const oneOfARole = roleAlone(a) && roleAlone(b) && days <= 2
    && (side(a) !== null && side(b) !== null ? side(a) === side(b)
      // One side told, the other not ("The pilot, 58, was alone on board" / "an 85-year-old pilot died"): the one person of
      // a role an incident has one of, in one scene; with neither told, the scene told in the same words.
      : side(a) !== null || side(b) !== null ? sameScene && ONE_OF_A_KIND.test(a.slot.noun)
      : restated && ONE_OF_A_KIND.test(a.slot.noun));
  // A named person, or the one person of a role each article describes ("the gunman", "a 5-year-old girl" as the only girl).
  const named = (c: QuantityClaim) => c.slot.noun.startsWith("person=") || (ONE_OF_A_KIND.test(c.slot.noun) && alone(c));
  // Ages far apart are two people who share a surname, unless both articles give the same first name too ("Julien Marchand, 34" / "Julien Marchand, 43").
  const x = firstName(a), y = firstName(b);
  const onePerson = x !== null && y !== null && sameFirstName(x, y);
  if (!oneOfARole && (!named(a) || !named(b) || (Math.abs(a.value.number - b.value.number) > 3 && !onePerson))) return "low";
  // A year later the person is a year older: "29" at the shooting, "30" at the plea nine months on.
  if (Number.isFinite(ty) && Number.isFinite(to) && to - ty >= 60 * 24 * 3600 * 1000) return "low";
  // "27 when arrested in 2005": an age pinned to a year is that year's age.
  if (yearPinned(a) || yearPinned(b)) return "low";
  // Undated, the older age told at the verdict or sentencing and the younger at the arrest: months or years apart.
  if (laterStage(old) && !laterStage(young)) return "low";
  return "medium";
}

/** Roles an incident usually has one of: an age given for "the gunman" or "the girl" is one person's when the article has no other. */
const ONE_OF_A_KIND = /^role=(suspect|gunman|driver|captain|skipper|pilot|mayor|governor|president|headteacher|headmaster|principal|coach|bishop|boy|girl|mother|father|son|daughter|grandson|granddaughter|nephew|niece|toddler|infant|baby|wife|husband|girlfriend|boyfriend)$/;

/** Whether an age is the only one its article gives for its role ("a 5-year-old girl", and no other girl's age). */
function onlyOne(c: QuantityClaim, all: readonly QuantityClaim[], text: string): boolean {
  const noun = c.slot.noun;
  // "two suspects", "the other girl", "a second gunman": the article knows more than one.
  const role = noun.slice("role=".length);
  const plural = role === "gunman" ? "gunmen" : `${role}s`;
  if (new RegExp(`\\b(?:${plural}|(?:other|another|second|third|older|younger)\\s+(?:[a-z-]+\\s+)?${role})\\b`, "i").test(text)) return false;
  // "the van's driver", "the driver of the lorry": the article tells drivers apart by what they drove, so it has two.
  if (new RegExp(`\\b[a-z]+['’]s\\s+${role}\\b|\\b${role}\\s+of\\s+the\\s+(?!year\\b)[a-z]+`, "i").test(text)) return false;
  return all.every((o) => o.articleId !== c.articleId || o.value.unit !== "age" || o.slot.noun !== noun || o.value.number === c.value.number);
}

/** Words tying an age to a moment of its own ("27 when he was arrested in 2005", "then 27, in 2005"). */
const AGE_THEN = /\b(when|then|at the time|back in|aged)\b/i;
/** An article told at a later stage of a criminal case than the arrest: a trial, a verdict, a sentence. */
const LATER_STAGE = /\b(found (?:him |her |them )?(?:not )?guilty|convicted|pleaded (?:guilty|no contest)|pled guilty|sentenced|sentencing|verdict|jury|jurors|acquitted|on trial|testified)\b/i;

/** The period an age is told in: "18-month-old" → month; "a 4-year-old", "Smith, 40," → year. */
const agePeriod = (c: QuantityClaim) => (c.value.unit !== "age" ? "-" : /\b(day|week|month)s?\b/i.exec(c.span.text)?.[1]!.toLowerCase() ?? "year");

/** "a third of the 300 homes", "60 percent of its 1,200 workers", "most of the 40 passengers": the base of a share. */
/** Before a figure: a share of a whole ("a third of the 300 homes", "two-thirds of the plant's 300 workers"). */
export const SHARE_OF = /\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|percent|per cent|%|most|majority|minority|fraction|share|proportion)\s+of\s+(?:the|its|their|his|her|our|all)\s+(?:[\p{L}-]+['’]s\s+)?$/iu;

const ACCUSED = /\b(charged|arrested|accused|suspect|suspected|custody|booked|detained|faces|facing|indicted|convicted|sentenced|held without bail)\b/i;
// "the killing of a man, 22,", "arrested a woman, 43,": the age told after its person, set off by commas.
const HARMED_OF = /\b(shooting|killing|death|murder|stabbing|slaying|beating|wounding)\s+of\s+(?:(?:a|an|the)\s*$|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$)/i;
const HARMED_AFTER = /^\s*(?:,\s*)?(?:who\s+)?(?:was|were|has been|had been|is)?\s*(?:fatally\s+)?(?:killed|shot|wounded|found dead|died|pronounced|stabbed|injured|hurt)\b/i;
const ACCUSED_AFTER = /^\s*(?:,\s*)?(?:who\s+)?(?:was|were|has been|had been|is|has|had)?\s*(?:charged|arrested|accused|detained|booked|indicted|convicted|taken into custody|held|admitted|pleaded|pled|confessed|surrendered|turned (?:himself|herself) in|appeared in (?:\w+\s+)?court)\b/i;
/** Right before the age: "arrested a 17-year-old", "charged a man, 22,", "indicted the 16-year-old", "arrested a woman, 43,". */
const ACCUSED_BEFORE = /\b(?:arrested|charged|detained|booked|indicted|convicted|sentenced|apprehended|identified the (?:suspect|shooter|gunman) as|suspect(?:ed)?(?: is| was)?)\s+(?:(?:a|an|the)?\s*$|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$)/i;
// The person something happened to: hurt, killed, or rescued from it ("a man aged 63 was rescued from the river").
const HARMED = /\b(killed|shot|died|dead|death|wounded|victim|injured|hurt|hospital|pronounced|slain|struck|rescued|pulled|freed|saved|drowned|trapped|missing)\b/i;

/**
 * "the 17-year-old boy" who was shot and "the 15-year-old boy" who was charged: two unnamed people
 * of one description, one told as the accused and the other as harmed, are two people.
 */
function unnamedOtherRoles(a: QuantityClaim, b: QuantityClaim, sentenceOf: (c: QuantityClaim) => string | null, textOf: (c: QuantityClaim) => string): boolean {
  if ([a, b].some((c) => c.slot.noun.startsWith("person="))) return false;
  const x = roleSide(a, sentenceOf, textOf), y = roleSide(b, sentenceOf, textOf);
  return x !== null && y !== null && x !== y;
}

/** The person's own clause: "a 15-year-old boy has been charged" (accused), "the fatal shooting of a 17-year-old boy" (harmed). */
function roleSide(c: QuantityClaim, sentenceOf: (c: QuantityClaim) => string | null, textOf: (c: QuantityClaim) => string): "harmed" | "accused" | null {
  const full = textOf(c);
  const after = full.slice(c.span.end, c.span.end + 40), before = full.slice(Math.max(0, c.span.start - 40), c.span.start);
  if (HARMED_OF.test(before) || HARMED_AFTER.test(after)) return "harmed";
  if (ACCUSED_AFTER.test(after) || ACCUSED_BEFORE.test(before)) return "accused";
  // The figure's own clause: "a 34-year-old driver escaped with bruises …; the car's driver died" harms another.
  const s = clauseOf(c, sentenceOf(c) ?? "", full); const x = ACCUSED.test(s), y = HARMED.test(s);
  return x === y ? null : x ? "accused" : "harmed";
}

/** The clause of a sentence that holds a figure: the sentence cut at semicolons and dashes. */
function clauseOf(c: QuantityClaim, sentence: string, full: string): string {
  const at = sentence === "" ? -1 : full.indexOf(sentence, Math.max(0, c.span.start - sentence.length));
  if (at < 0 || c.span.start < at || c.span.start > at + sentence.length) return sentence;
  const parts = sentence.split(/(;|\s[—–]\s|\s--\s)/);
  let pos = at;
  for (const part of parts) {
    if (c.span.start >= pos && c.span.start < pos + part.length) return part;
    pos += part.length;
  }
  return sentence;
}

/**
 * "One boy was pronounced dead at the scene; the other died at a hospital", "One deputy was
 * released …, a second was saved by his vest": a count of one the article goes on to pair with
 * another is one of several, not the toll.
 */
function oneOfSeveral(c: QuantityClaim, text: string, [, end]: readonly [number, number]): boolean {
  if (c.value.number !== 1 || c.value.hedge !== "exact") return false;
  return /\b(the other|the others|another|a second|the second|both)\b/i.test(text.slice(c.span.end, Math.min(text.length, end + 300)));
}

/**
 * A sentence that tells its figure as one part of a larger whole: "as part of cuts across the company", "in Brest alone",
 * "at its Gdansk yard" (one named site of an owner that has several), "at one of its plants". Not "in one of the deadliest
 * attacks this year" nor "as part of a wave of attacks": a toll told so is the whole toll.
 */
const AS_PART = /\bas (?:a |one )?part of (?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:cuts?|job cuts|layoffs|restructuring|savings|plan|programme|program|overhaul|reorgani[sz]ation|redundancies)\b|\b(?:[Ii]n|[Aa]t|[Ff]rom|[Ff]or) (?:the )?\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)? alone\b|\bat (?:its|their|the company's|the group's) \p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)? (?:yard|plant|factory|site|store|branch|office|mine|depot|campus|works|mill|warehouse|subsidiary|unit|division|hospital|school|operation|facility|facilitie|centre|center|smelter|refinery)s?\b|\b(?:at|in) one of (?:its|their) (?:yard|plant|factory|site|store|branch|office|mine|depot|campus|works|mill|warehouse|subsidiar(?:y|ie)|unit|division|hospital|school)s\b/u;
export function toldAsPart(sentence: string): boolean {
  return AS_PART.test(sentence);
}

/**
 * A sentence that tells its figure of a whole company, country or world: "worldwide", "around the world", "nationwide",
 * "across the country", "across the group", "company-wide". Not "in all" or "in total", which sum one event's toll.
 */
const AS_WHOLE = /\b(?:worldwide|globally|world-wide|nationwide|nation-wide|company-wide|group-wide|(?:around|across|throughout) the (?:world|globe|country|nation|company|group|business|network|state|region|continent)|in (?:all|each) of its (?:[\p{L}-]+\s+){0,2}?(?:stores|plants|factories|sites|branches|offices|markets|countries|locations))\b/iu;
export function toldAsWhole(sentence: string): boolean {
  return AS_WHOLE.test(sentence);
}

/** A figure ranked among parts of a whole: "the lowest in the country", "the highest of any region", "the second-largest among the states". */
const RANKED_PART = /\bthe\s+(?:(?:second|third|fourth)[- ])?(?:lowest|highest|largest|smallest|biggest|best|worst|fewest|most|least)\b[^.;]{0,25}?\b(?:in|of|among|across)\s+(?:the\s+|any\s+|all\s+(?:the\s+)?)?(?:country|nation|state|states|region|regions|province|provinces|county|counties|district|districts|electorates?|constituenc(?:y|ies)|city|cities|borough|boroughs|ward|wards|municipalit(?:y|ies)|cantons?|department|departments)\b/i;
/** One site's workforce: "The yard, which builds hull sections …, employs about 1,900 people". */
const SITE_STAFF = /^\s*(?:The|Its|Their|This|That|\p{Lu}[\p{L}'’-]+(?:['’]s)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:yard|shipyard|plant|factory|site|mine|office|offices|branch|subsidiary|division|unit|facility|mill|depot|warehouse|store|works|smelter|refinery|campus|centre|center|operations?)\b[^.;]{0,110}?\b(?:employs|employed|has a workforce of|has a staff of)\b/u;
/** One more person named right after a count, with no number: "20 passengers and a pilot", "12 pupils plus their teacher". */
const ONE_MORE_AFTER = /^\s*(?:and|plus)\s+(?:a|an|one|the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:pilot|co-pilot|driver|captain|skipper|crew|crewman|crew member|guide|conductor|helper|instructor|teacher|nurse|guard|attendant|officer|escort|chaperone|coach|mother|father|parent)\b/iu;
/** Several bodies or places counted together: "four manufacturers … employing 1,500 people in total", "the region's 12 hospitals". */
const SEVERAL_TOGETHER = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|hundreds of)\s+(?:[\p{L}-]+\s+)?(?:companies|firms|manufacturers|makers|employers|factories|plants|mills|mines|[\p{L}]+eries|works|sites|branches|outlets|restaurants|hotels|farms|yards|shipyards|offices|depots|warehouses|stations|laboratories|labs|hospitals|clinics|schools|colleges|universities|banks|businesses|operators|producers|suppliers|retailers|stores|shops|chains|airlines|carriers|ports|terminals|councils|agencies|countries|states|cities|towns|villages|districts|regions|provinces|counties)\b/iu;
/** A whole sector's or economy's figure: "the aerospace sector employs", "the industry supports 40,000 jobs". */
const SECTOR_WHOLE = /\b(?:sector|industry|industries|economy)\s+(?:(?:now|already|currently|also)\s+)?(?:employs|employ|employed|supports|supported|provides|accounts for|is worth|generates|has)\b/i;

/** A count inside "including …", "among them …", "of whom …": part of a larger group the sentence counts. */
// (Up to the figure, within the part's clause: "21 of them seriously, and 12 were killed" counts the 12 apart.)
const INCLUDED = /\b(including|among them|among whom|of whom|of them)\b(?:(?!,\s+(?:and|but|while|whereas)\s)[^.;:])*$/i;

/** "the identities of three victims", "the names of two of the dead": those known so far, a part of the toll. */
export const IDENTIFIED = /\b(?:identities|names|identification|bodies|remains)\s+of\s+(?:the\s+|all\s+|all\s+the\s+)?$/i;

/** "Five dead, including the gunman" and "killed four people and then himself": a toll with or without the attacker. */
const PERPETRATOR = /\b(including|counting|among them|as well as) (the )?(suspected |alleged |accused |lone )?(gunman|shooter|suspect|attacker|assailant|bomber|driver|pilot)\b|\b(and|before|then) (then |later )?(killing |shooting |turning the gun on )?(himself|herself|themselves)\b|\bunborn\b/i;

/** The attacker died too ("the gunman was killed by police", "took his own life", "a murder-suicide"): a toll may or may not count him. */
const ATTACKER_DIED = new RegExp(
  String.raw`\b(?:gunman|shooter|suspect|attacker|assailant|bomber|killer)\b[^.;]{0,60}?\b(?:was|were|had been|is|got)\s+(?:also\s+)?(?:killed|shot dead|shot and killed|fatally shot|dead|among the dead)\b`
  + String.raw`|\b(?:killed|shot|turned the gun on)\s+(?:himself|herself)\b|\btook (?:his|her) own life\b|\bmurder-suicide\b`
  + String.raw`|\b(?:gunman|shooter|suspect|attacker|assailant|bomber)\s+(?:later\s+)?died\b|\b(?:killed|shot dead|shot and killed)\s+the\s+(?:gunman|shooter|suspect|attacker|assailant)\b`, "i");

/**
 * Whether two disagreeing figures are one toll at two moments: every article with the lower figure
 * was published at least 12 hours before every article with the higher one (missing: either way,
 * one moment after the other), or the higher figure's sentence says it grew ("rose to 19").
 */
function update(minor: ValueGroup, group: ValueGroup, m: QuantityClaim, ref: QuantityClaim, published: ReadonlyMap<string, number>, grownAt: (c: QuantityClaim) => boolean,
  toldAsOtherMoment: (articleId: string, value: number) => boolean, tallied: (c: QuantityClaim) => boolean, revised: (c: QuantityClaim) => boolean):
  { before: QuantityClaim; after: QuantityClaim; basis: "dates" | "words" } | null {
  // A figure with no predicate of its own compared with one that has it ("climbed to 9" / "killed 4 workers") takes it.
  const pred = m.slot.pred !== "-" ? m.slot.pred : ref.slot.pred;
  const [low, high, lowC, highC] = m.value.number < ref.value.number ? [minor, group, m, ref] : [group, minor, ref, m];
  const times = (g: ValueGroup) => g.articleIds.map((id) => published.get(id) ?? NaN);
  const lt = times(low), ht = times(high);
  // Any running tally ("has collected 120,000 signatures" one week, "had gathered 185,000" the next) grows with the dates.
  if (!updatedAsReported(pred, m.slot.noun)) return tallied(lowC) && tallied(highC) && allBefore(lt, ht) ? { before: lowC, after: highC, basis: "dates" } : null;
  if (allBefore(lt, ht)) return { before: lowC, after: highC, basis: "dates" };
  if (mayShrink(pred) && allBefore(ht, lt)) return { before: highC, after: lowC, basis: "dates" };
  // Cases counted with no verb of their own grow with the dates only: "have climbed to 940" against "490 had been
  // recorded" the same day is a dispute, not a rise.
  if (pred === "-") return null;
  // One article of the higher figure telling it as grown ("By the end … 46 people had been arrested") dates the figure for all.
  const grown = [highC, ...high.claims.filter((c) => c !== highC)].find((c) => grownAt(c));
  if (grown) return { before: lowC, after: grown, basis: "words" };
  // "Officials revised the toll down to 31": a toll told as corrected is the count's later state, lower or higher, whatever the dates.
  const lowered = [lowC, ...low.claims.filter((c) => c !== lowC)].find((c) => revised(c));
  if (lowered) return { before: highC, after: lowered, basis: "words" };
  // "Five killed … by evening the toll had risen to eight" / "killed eight … an earlier toll had put the dead at five":
  // an article of either figure telling the other one as an earlier or later count.
  if (low.articleIds.some((id) => toldAsOtherMoment(id, highC.value.number)) || high.articleIds.some((id) => toldAsOtherMoment(id, lowC.value.number)))
    return { before: lowC, after: highC, basis: "words" };
  return null;
}

/**
 * A specific kind of people against people in general ("two drivers" killed / "three people"
 * killed): the drivers may be some of the people. Unsure, unless each side also has a figure
 * of the other's kind ("390 Ukrainian prisoners" and "390 individuals" against "over 500 Ukrainians").
 */
/**
 * "… identified Jimerson as the man who shot and killed the two men": "the two men" points back to a
 * group the article has already set apart, often some of the victims (the ones a defendant is charged
 * with). Fewer of them than another article's toll is no dispute of the toll.
 */
function definiteFewer(a: QuantityClaim, b: QuantityClaim, textOf: (c: QuantityClaim) => string): boolean {
  // "the three-month-old girl" is an age, "the 5.8-magnitude quake" a magnitude: no group of things.
  if (a.value.unit !== "count" || a.slot.noun === "magnitude") return false;
  const definite = (c: QuantityClaim) => /\b(?:the|those|these|both)\s+$/i.test(textOf(c).slice(Math.max(0, c.span.start - 8), c.span.start));
  return (definite(a) && a.value.number < b.value.number) || (definite(b) && b.value.number < a.value.number);
}

/**
 * "four receiving touchdowns" / "six offensive touchdowns", "two armed men" / "three masked men":
 * words between the number and the counted noun that differ on both sides name two kinds of the thing.
 */
/** How many voted in a split held as for × 1,000 + against. */
const voters = (c: QuantityClaim) => Math.floor(c.value.number / 1000) + (c.value.number % 1000);

function otherKinds(a: QuantityClaim, b: QuantityClaim): boolean {
  // An age's words ("11 year old boy" / "12 year-old boy") say how old, not which kind of boy.
  // (Nor a vote's words: "a narrow 5-4 vote" / "a vote of 6 to 3" are one vote.)
  if (a.value.unit === "age" || b.value.unit === "age" || a.slot.noun === "vote-split") return false;
  const x = kindWords(a), y = kindWords(b);
  return x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w));
}
function kindWords(c: QuantityClaim): string[] {
  const words = c.span.text.toLowerCase().split(/\s+/);
  let k = words.length - 1;
  // Between the last number word and the counted noun (the span's last word).
  let from = 0;
  // A number glued to its unit ("three-storey building", "a 150-metre tower") is the figure itself, no kind.
  for (let i = 0; i < k; i++) if (/^[\d,.]+$/.test(words[i]!) || NUMBER_WORDS.test(words[i]!) || (c.value.unit === "distance" && COMPOUND_NUMBER_FIRST.test(words[i]!))) from = i + 1;
  const out = words.slice(from, k).filter((w) => /^[a-z][a-z-]+$/.test(w) && !/^(?:of|the|and|or|more|than|other|others|people|at|least|about|some|nearly|almost|over|under|local|nearby|additional|further|estimated|reported)$/.test(w));
  return out;
}

/** Cardinal words ("sixty", "forty-five", "a hundred", "thousands"): how many, not which kind of thing. */
const NUMBER_WORDS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozen|dozens|score|scores|hundred|hundreds|thousand|thousands|million|millions|billion|billions)$/;

/**
 * A kind of the counted thing named right after it: "440 yards and four touchdowns receiving", "six touchdowns on
 * offense", "two people standing outside"; null when none is. A participle right after a count names which of
 * them; words ending in -ing that are nouns or prepositions ("during", "including", "the morning") do not.
 */
function kindAfter(c: QuantityClaim, text: string): string | null {
  if (c.value.unit !== "count") return null;
  const after = text.slice(c.span.end, c.span.end + 40);
  // Used without an object ("touchdowns receiving and …", "people living in …", "standing outside"): "19 residents
  // needing treatment" tells what happened to them, the figure's own predicate.
  const ing = /^ ([a-z]+ing)(?=[\s]*(?:[,.;:)]|$|\s(?:and|or|but|in|at|on|near|outside|inside|nearby|there|here|from|with)\b))/.exec(after);
  if (ing && !NOT_PARTICIPLE.test(ing[1]!)) return ing[1]!;
  const on = /^ on (offen[cs]e|defen[cs]e|special teams|(?:[a-z]+ )?returns?)\b/i.exec(after);
  return on ? on[1]!.toLowerCase() : null;
}
const NOT_PARTICIPLE = /^(?:during|according|including|following|regarding|concerning|excluding|notwithstanding|pending|evening|morning|building|thing|something|nothing|anything|everything|spring|king|ring|wing|sibling|offspring|string|ceiling|wedding|meeting|hearing|briefing|shooting|killing|bombing|stabbing|beating|funding|clothing|housing|training|ranking|rating|ruling|landing|crossing|sing|bring|sting|swing|sling)$/;

/**
 * "Officers found two people dead at the house": what the first responders found at one scene, a
 * floor that later counts and other scenes raise. Fewer found than another article's toll is no dispute.
 */
function foundFewer(a: QuantityClaim, b: QuantityClaim, textOf: (c: QuantityClaim) => string): boolean {
  // A count of what was found; a weight or length found ("found 25 pounds of cocaine") is a measure, compared in its units.
  if (measureOf(a) !== null || measureOf(b) !== null) return false;
  const found = (c: QuantityClaim) => FOUND_BEFORE.test(textOf(c).slice(Math.max(0, c.span.start - 30), c.span.start));
  // Both told as found ("police found 12 shell casings" / "investigators recovered 21"): one count of what was found, disputed.
  const fa = found(a), fb = found(b);
  return fa !== fb && ((fa && a.value.number < b.value.number) || (fb && b.value.number < a.value.number));
}
const FOUND_BEFORE = /\b(?:found|discovered|located|recovered|came upon|came across)\s+(?:at least\s+|the bodies of\s+)?$/i;

/**
 * "Two women were taken to hospital" against "five people were taken to hospital": the women may be
 * some of the five. Men against women are two groups. A count of one sex is a part of a larger count
 * of people, not a dispute of it.
 */
function genderPart(a: QuantityClaim, b: QuantityClaim): boolean {
  // An age is one person's, keyed by who they are ("a man aged 63" / "a 36-year-old man"): no part of a count.
  if (a.value.unit === "age") return false;
  const sex = (c: QuantityClaim) => (/^(man|men|male|boy|gentleman)$/.test(c.value.noun ?? "") ? "m" : /^(woman|women|female|girl|lady)$/.test(c.value.noun ?? "") ? "f" : null);
  const x = sex(a), y = sex(b);
  if (x === y) return false;
  if (x !== null && y !== null) return true;
  const [part, whole] = x !== null ? [a, b] : [b, a];
  return part.value.number < whole.value.number;
}

function subgroup(minor: ValueGroup, group: ValueGroup, m: QuantityClaim, ref: QuantityClaim): boolean {
  const cm = m.slot.noun, cr = ref.slot.noun;
  if (cm === cr) return false;
  // Those evacuated from a town are its residents: "3,000 people" and "300 residents" evacuated count one thing.
  if (m.slot.pred === "evacuated" && [cm, cr].includes("people") && [cm, cr].includes("civilian")) return false;
  // A toll counts all the dead: "the death toll rose to 23" and "killed 31 people" count one thing ("one victim died"
  // may be one of several, so "victims" stay a subgroup).
  if (m.slot.pred === "killed" && [cm, cr].includes("people") && (m.value.noun === "dead" || ref.value.noun === "dead")) return false;
  // A crowd is its fans: "48,200 fans" and "a crowd of 42,800" attending count one thing.
  if (m.slot.pred === "attended" && [cm, cr].includes("people") && [cm, cr].some((x) => /^(?:fan|spectator|supporter|visitor|concertgoer|crowd)$/.test(x))) return false;
  // Those arrested are suspects: "arrested 32 people" and "arrested 23 suspects" count one thing.
  if (/^(?:detained|charged)$/.test(m.slot.pred) && [cm, cr].includes("people") && [cm, cr].includes("suspect")) return false;
  // A part is no larger than its whole: "some 140 residents" still trapped cannot be a part of "about 40 people".
  if ((cm === "people") !== (cr === "people")) {
    const [whole, part] = cm === "people" ? [m, ref] : [ref, m];
    if (leastOf(part) > mostOf(whole)) return false;
  }
  const kinds = (g: ValueGroup) => new Set(g.claims.map((c) => c.slot.noun));
  return !kinds(group).has(cm) && !kinds(minor).has(cr);
}
/** The least a figure can mean ("some 140" 140, "between 30 and 40" 30). */
function leastOf(c: QuantityClaim): number {
  return c.value.hedge === "range" ? c.value.low ?? c.value.number : c.value.hedge === "about" ? c.value.number * 0.8 : c.value.number;
}
/** The most a figure can mean: unbounded after "more than" / "at least" / a vague word, a fifth more after "about". */
function mostOf(c: QuantityClaim): number {
  const v = c.value;
  if (v.hedge === "over" || v.hedge === "at-least" || v.hedge === "vague") return Infinity;
  return v.hedge === "range" ? v.high ?? v.number : v.hedge === "about" ? v.number * 1.25 : v.number;
}

/** Whether two sentences write one capitalised name past their first word ("Gray's autopsy" / "Kimani Gray, 16,"). */
function shareAName(a: string, b: string): boolean {
  const names = (x: string) => new Set([...x.matchAll(/\b\p{Lu}[\p{Ll}'’-]{2,}/gu)].map((n) => n[0].replace(/['’]s$/, "")).filter((n) => !CALENDAR_WORD.test(n) && !NOT_A_NAME.test(n)));
  const y = names(b);
  return [...names(a)].some((n) => y.has(n));
}
/** Capitalised words that start sentences or name no one in particular (days and months are CALENDAR_WORD's). */
const NOT_A_NAME = /^(?:Police|The|This|That|These|Those|His|Her|Their|She|They|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|When|After|But|And|Officers|Authorities|According)$/;

/** Words of a ticketed venue or a match: its attendance is counted, not estimated. */
const VENUE = /\b(?:stadium|arena|park|ground|field|court|velodrome|match|game|final|fixture|derby|concert|fans|spectators|supporters|theat(?:er|re)|cinema|hall|auditorium|opera|church|cathedral)\b/i;

const HARMS = new Set(["killed", "injured", "injured-serious", "injured-minor", "shot", "missing", "hospital"]);

/** A number joined by a hyphen to a noun or adjective: "two-car", "3-year-old", "12-storey" (not "twenty-three"). */
const COMPOUND_NUMBER = /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[a-z]+(?:-[a-z]+)*/gi;

const COMPOUND_NUMBER_FIRST = new RegExp(`^(?:${COMPOUND_NUMBER.source})`, "i");

/** Words of a round-up: several incidents, or a tally over a period or a whole city, or another incident told beside. */
const ROUNDUP_WORDS = /\b(?:in\s+an?\s+(?:\S+-)?(?:hour|day|week)\s+span|(?:across|throughout|around)\s+the\s+(?:city|county|state|region|country)|citywide|city-wide|in\s+(?:separate|unrelated|other|several|multiple)\s+(?:shootings|incidents|attacks|stabbings|crashes)|violent\s+(?:night|weekend|day|evening|holiday|stretch|start)|(?:minutes|hours|an\s+hour|a\s+day)\s+(?:earlier|later|before|after)\b(?!\s+(?:the|this|that))|so\s+far\s+this\s+(?:year|month|weekend)|since\s+(?:the\s+start\s+of|january|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|year-to-date)\b/iu;
/** "across Chicago", "throughout Texas": a whole place named after a figure (case matters: a name, not "across the street"). */
const ROUNDUP_PLACE = /\b(?:across|throughout)\s+\p{Lu}[\p{L}-]+/u;
export const ROUNDUP = { test: (s: string) => ROUNDUP_WORDS.test(s) || ROUNDUP_PLACE.test(s) };
/**
 * A round-up's sentence, but an outbreak's cases and deaths "since January" are the outbreak's running total, the
 * story's own figure ("has confirmed 240 cholera cases since January, with four deaths").
 */
function roundupSentence(s: string): boolean {
  return ROUNDUP.test(/\b(?:cases|outbreak|epidemic|infections?)\b/i.test(s) ? s.replace(/\bsince\s+(?:the\s+start\s+of\s+(?:the\s+)?year|january)\b/gi, "") : s);
}

/** The votes for (or against) a motion, told as its tally: "by 212 votes to 180", "with 221 votes in favour", "180 against". */
const TALLY_AFTER = /^\s*(?:votes?\s+|voting\s+|voted\s+)?(?:to\s+\d|in favou?r\b|against\b(?!\s+(?:him|her|them|the\s+(?:party|candidate|incumbent)|[A-Z])))/;
function onMotion(text: string, c: QuantityClaim): boolean {
  return TALLY_AFTER.test(text.slice(c.span.end, c.span.end + 24));
}
