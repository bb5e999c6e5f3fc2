// The words around a figure, to tell which of several figures in a slot two articles state about the
// same thing: "Klitschko landed 178 punches to just 30 for Rahman" and "… landing 268 of 369
// punches thrown while Rahman connected on just 30" share "land", "punch", "rahman", "30"; "he
// landed one punch in the sixth" shares far less. A slot such as "seasons" or "punches" holds many
// figures of one story; their words, not their order of appearance, say which ones to compare.
import { tokenAt } from "../claims/quantity.js";
import type { QuantityClaim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import { CALENDAR_WORD } from "../lexicon/calendar.js";
import { nameIn } from "./word-in.js";

/** Content words on each side of the number, within its sentence. */
const WINDOW = 10;

const STOP = new Set(("a an the and or but of to in on at by for with from as is are was were be been has have had it its this that these those " +
  "he she they we his her their them him who which what than then there also said says say not no after before about over more").split(" "));

export interface Context {
  readonly words: ReadonlySet<string>;
  /** Surnames of the people named in the figure's sentence. */
  readonly people: ReadonlySet<string>;
  /** The one person the whole article names (surname), when it names exactly one; else null. */
  readonly onlyPerson: string | null;
  /** The article names no person at all ("a former bank clerk was jailed"). */
  readonly namesNobody: boolean;
  /** Capitalized words (names) of the figure's sentence, lower case ("red", "sox", "lester"). */
  readonly names: ReadonlySet<string>;
  /** The figure's sentence, lower case. */
  readonly sentence: string;
  /** The surname of the person the figure's clause is about: the nearest one named before it in its clause
   *  ("Jamaal Charles rushed for 226 yards while Peyton Hillis added 101" → charles), not one who only says it;
   *  a name counts only as the subject of the clause's verb. */
  readonly subject: string | null;
}

export type Contexts = (c: QuantityClaim) => Context;

/** A name that ends in a word for a road or a built structure ("Pacific Highway", "Kirkstall Road", "Chain Bridge"). */
const ROUTE_NAME = /\s(?:Highway|Motorway|Freeway|Expressway|Road|Street|Avenue|Boulevard|Lane|Drive|Way|Parkway|Turnpike|Bridge|Tunnel|Viaduct|Flyover|Junction|Interchange|Roundabout|Square|Terrace|Crescent)$/;

const NONE: Context = { words: new Set(), people: new Set(), onlyPerson: null, namesNobody: false, names: new Set(), sentence: "", subject: null };

/** Between a person and a figure, words that end the person's clause or make the person a mere source. */
const NOT_SUBJECT = /^(?:[;:]|while|whereas|but|although|though|and|or|said|says|told|tells|according|announced|reported|confirmed|added|stated|claimed|estimated|who|which|that)$/i;

/**
 * Each story's Contexts: contradiction and aligned-figure both read the words around the story's
 * figures, which are worked out once per story (pure, keyed by the story's docs).
 */
const OF_STORY = new WeakMap<readonly Doc[], Contexts>();

/** Lemmas (and numbers as written) near each claim, computed once per article on first use. */
export function contexts(docs: readonly Doc[]): Contexts {
  let known = OF_STORY.get(docs);
  if (!known) {
    known = storyContexts(docs);
    OF_STORY.set(docs, known);
  }
  return known;
}

function storyContexts(docs: readonly Doc[]): Contexts {
  const byArticle = new Map(docs.map((d) => [d.article.id, d]));
  const perArticle = new Map<string, ReadonlyMap<number, Context>>();
  const memo = new Map<QuantityClaim, Context>();
  return (c) => {
    let found = memo.get(c);
    if (found) return found;
    let at = perArticle.get(c.articleId);
    if (!at) {
      const doc = byArticle.get(c.articleId);
      at = doc ? fill(doc) : new Map();
      perArticle.set(c.articleId, at);
    }
    found = at.get(c.span.start) ?? NONE;
    memo.set(c, found);
    return found;
  };
}

function fill(doc: Doc): Map<number, Context> {
  const out = new Map<number, Context>();
  const toks = doc.tokens;
  const people = new Map<number, Set<string>>();
  const everyone = new Set<string>();
  const persons = doc.entities.filter((e) => e.type === "person");
  // (A road or a structure the tagger took for a person, "the Pacific Highway", names nobody.)
  for (const e of doc.entities) if (e.type === "person" && !ROUTE_NAME.test(e.span.text)) {
    const set = people.get(e.sentence) ?? new Set<string>();
    const surname = e.key.split(" ").pop()!;
    set.add(surname);
    everyone.add(surname);
    people.set(e.sentence, set);
  }
  const onlyPerson = everyone.size === 1 ? [...everyone][0]! : null;
  const namesOf = new Map<number, Set<string>>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // A sentence's first word is capitalized anyway: a name only when tagged one ("Porto made an offer").
    const first = k === 0 || t.sentence !== toks[k - 1]!.sentence;
    // A word with digits is an amount or a code, no name ("Sh408", a currency glued to its figure).
    if (t.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(t.text) || /\d/.test(t.text) || CALENDAR_WORD.test(t.text) || (first && t.pos !== "PROPN")) continue;
    const set = namesOf.get(t.sentence) ?? new Set<string>();
    set.add(t.lower);
    namesOf.set(t.sentence, set);
  }
  for (const q of doc.quantities) {
    const at = tokenAt(toks, q.numberSpan.start);
    if (at < 0) continue;
    const words = new Set<string>();
    const sentence = toks[at]!.sentence;
    const names = namesOf.get(sentence) ?? new Set<string>();
    for (let k = Math.max(0, at - WINDOW); k <= Math.min(toks.length - 1, at + WINDOW); k++) {
      const t = toks[k]!;
      if (t.sentence !== sentence || (t.start >= q.numberSpan.start && t.end <= q.numberSpan.end)) continue;
      if (t.kind === "number") words.add(t.lower);
      else if (t.kind === "word" && t.lower.length > 1 && !STOP.has(t.lower)) words.add(t.lemma);
    }
    // Back from the figure through its clause to the first name ("RB Peyton Hillis rushed for 101 yards" → hillis).
    let subject: string | null = null;
    for (let k = at - 1; k >= 0 && toks[k]!.sentence === sentence; k--) {
      const t = toks[k]!;
      if (t.start >= q.span.start) continue;
      if (NOT_SUBJECT.test(t.text)) break;
      // "He threw for 312 yards": the clause is about the person the pronoun stands for, the one
      // named last before it, in its sentence or the two before ("Sam Ortiz kept the Eagles close. He …").
      if (PERSONAL.test(t.text) && /^(?:VERB|AUX)$/.test(toks[k + 1]?.pos ?? "")) {
        subject = antecedent(persons, t.start, sentence);
        break;
      }
      const first = k === 0 || toks[k - 1]!.sentence !== sentence;
      // A word with digits is an amount or a code, no name ("Sh408", a currency glued to its figure).
    if (t.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(t.text) || /\d/.test(t.text) || CALENDAR_WORD.test(t.text) || (first && t.pos !== "PROPN")) continue;
      // Only the clause's own subject, a name right before its verb; "off the coast of Crete on Thursday" is a place on the way.
      const next = toks[k + 1];
      if (next === undefined || (next.pos !== "VERB" && next.pos !== "AUX")) continue;
      const person = persons.find((e) => e.span.start <= t.start && t.end <= e.span.end);
      subject = person ? person.key.split(" ").pop()! : t.lower;
      break;
    }
    out.set(q.span.start, { words, people: people.get(q.sentence) ?? new Set(), onlyPerson, namesNobody: everyone.size === 0, names, sentence: doc.sentences[q.sentence]?.text.toLowerCase() ?? "", subject });
  }
  return out;
}

/** A personal pronoun that can stand for one named person. */
const PERSONAL = /^(?:he|she)$/i;

/** The surname of the person named last before `start`, in sentence `sentence` or the two before it; null when none. */
function antecedent(persons: readonly { readonly key: string; readonly sentence: number; readonly span: { readonly end: number } }[], start: number, sentence: number): string | null {
  for (let i = persons.length - 1; i >= 0; i--) {
    const e = persons[i]!;
    if (e.span.end > start) continue;
    return e.sentence >= sentence - 2 ? e.key.split(" ").pop()! : null;
  }
  return null;
}

/**
 * Whether the sentences of two figures name different people and no one in common: "DiLeo has spent
 * 19 seasons with the 76ers" and "Cheeks spent his first 11 seasons with the 76ers" share their
 * words but not their subject.
 */
export function otherPeople(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): boolean {
  const x = ctx(a).people, y = ctx(b).people;
  if (x.size === 0 || y.size === 0) return false;
  for (const p of x) if (y.has(p)) return false;
  return true;
}

/** Whether two figures can be one party's figure: their sentences share someone or name no one, and their clauses' subjects agree. */
export function oneParty(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): boolean {
  return !otherPeople(ctx, a, b) && !twoParties(ctx, a, b) && !otherSubjects(ctx, a, b);
}

/** Whether two figures' clauses are about two different people ("Charles rushed for 226 yards" / "Hillis rushed for 101 yards"). */
export function otherSubjects(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): boolean {
  const x = ctx(a).subject, y = ctx(b).subject;
  return x !== null && y !== null && x !== y;
}

/**
 * Other subjects, unless one clause's subject is named in the other's sentence: "Regulators fined SkyBaltic €2.5
 * million" / "SkyBaltic was ordered to pay a fine of 5.2 million euros" tell one act in the active and the passive,
 * while "The Red Sox offered $200 million to Lester" / "The Nationals offered $160 million" name two bidders.
 */
export function otherActors(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): boolean {
  if (!otherSubjects(ctx, a, b)) return false;
  return !nameIn(ctx(b).sentence, ctx(a).subject!) && !nameIn(ctx(a).sentence, ctx(b).subject!);
}

/** Whether the sentences of two figures name a person in common: "Walker was sentenced to 10 years" is no figure for "Allen's eight years". */
export function samePeople(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): boolean {
  // A sentence that names no one is about the one person its article names, if it names only one
  // ("A financial adviser … was jailed for nine years. Gareth Pryce, 52, admitted fraud.").
  const who = (c: QuantityClaim) => { const x = ctx(c); return x.people.size > 0 ? x.people : x.onlyPerson !== null ? new Set([x.onlyPerson]) : x.people; };
  const y = who(b);
  for (const p of who(a)) if (y.has(p)) return true;
  return false;
}

/** Jaccard overlap of two claims' surrounding words (0 … 1). */
export function contextSimilarity(ctx: Contexts, a: QuantityClaim, b: QuantityClaim): number {
  const wa = ctx(a).words, wb = ctx(b).words;
  // The shared words counted over the smaller set.
  const small = wa.size <= wb.size;
  const x = small ? wa : wb, y = small ? wb : wa;
  let s = 0;
  for (const w of x) if (y.has(w)) s++;
  return s / Math.max(1, x.size + y.size - s);
}

/**
 * Whether each figure's sentence names someone or something the other's does not ("The Red Sox
 * offered $200 million to Lester" / "The Nationals offered $160 million to Lester"): two parties'
 * own figures, however alike the words around them. A name counts as there when the other sentence
 * has a word starting with it ("Silesia" in "at a Silesian mine").
 */
export function twoParties(ctx: Contexts, a: QuantityClaim, b: QuantityClaim, pastFirstPlural = false): boolean {
  const x = ctx(a), y = ctx(b);
  // (`pastFirstPlural`: a plural opening a sentence is a common noun the tagger may take for a name, "Tickets for the
  // final cost …" / "Fans will pay …", and sets no party apart.)
  const first = (sentence: string) => pastFirstPlural ? /^[\s"“‘']*([\p{L}'’-]+s)\b/u.exec(sentence)?.[1] ?? null : null;
  const onlyIn = (names: ReadonlySet<string>, own: string, other: string) => {
    const opening = first(own);
    for (const n of names) if (n !== opening && !nameIn(other, n)) return true;
    return false;
  };
  return onlyIn(x.names, x.sentence, y.sentence) && onlyIn(y.names, y.sentence, x.sentence);
}
