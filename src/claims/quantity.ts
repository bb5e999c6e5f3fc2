// Quantity claims: a number becomes an interval on a slot (side · counted thing · predicate).
// "over 500 Ukrainians welcomed home" → ukraine · people · released, (500, 650];
// "270 Russian servicemen" → russia · people · released, 270.
import type { QuantityClaim } from "../domain/claim.js";
import type { Doc, Quantity } from "../domain/doc.js";
import { COUNTRY_ALIASES, DEMONYMS } from "../annotate/gazetteer.js";
import { isDemonymNoun, nounClass, predicateClass } from "./slots.js";

export function quantityClaims(doc: Doc, nextId: () => string): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  for (const q of doc.quantities) {
    if (q.unit === "duration") continue; // "for eight years" is background, not a claim about the event
    if (isQuestion(doc, q)) continue;
    const side = sideOf(doc, q);
    const cls = nounClass(q.noun);
    const pred = predicateFor(doc, q);
    const scope = scopeOf(doc, q);
    // A figure pinned to a day ("nearly 800 released on Friday") may be that day's part of the total.
    // "41 years ago" is no day, even when resolved to one.
    const dayMention = doc.dates.find((d) => d.sentence === q.sentence && (d.form === "weekday" || (d.granularity === "day" && (d.form !== "relative" || DAY_WORDS.test(d.span.text)))));
    const day = dayMention ? dayMention.from ?? dayMention.span.text.toLowerCase().replace(/^on\s+/, "") : null;
    // An age belongs to a person, not to an event: key it by who it is ("the 49-year-old Klitschko",
    // "Robert Pitman, 37,") and ignore predicate and time.
    const slot = q.unit === "age"
      ? ["age", "-", ageOwner(doc, q) ?? cls ?? "-", "-", "any"].join(":")
      : [q.unit, side ?? "-", cls ?? "-", pred ?? "-", scope].join(":");
    out.push({
      id: nextId(), kind: "quantity", articleId: doc.article.id, slot, span: q.span,
      value: {
        number: q.value, low: q.low, high: q.high, hedge: q.hedge, noun: q.noun, predicate: pred,
        perParty: q.perParty, unit: q.unit, day,
      },
    });
  }
  return out;
}

// Time scope of a figure: this event ("now"), a running total ("4,757 ... released since March 2022")
// or an earlier event ("earlier this month, which saw over 200 ... return home"). Only figures of
// the same scope are compared. "Two years ago" or "41 years ago" dates the event a story is about (a
// trial, an arrest for an old killing: "charged with killing two young women … 41 years ago"), not an
// earlier event of its kind; "a year ago" and "months ago" still mark one.
const DAY_WORDS = /\b(yesterday|today|tonight|tomorrow|this (morning|afternoon|evening))\b/i;
const CUMULATIVE = /\b(so far|to date|altogether|in all|cumulative|as of (now|today|this))\b|\bha(s|ve)\b[^.]*\bsince\b/i;
// "came just weeks after a driver … fatally shot eight people": another event of the kind, set before this one.
const EARLIER = /\b(earlier (this|last|in)|previous|previously|last (week|month|year)|a year ago|months? ago|the (first|second|third) (swap|exchange|round)|(days|weeks|months|years) (after|before) (a|an|another)\b)\b/i;

/** "What is he pointing a gun at over six police?" asks; it states no figure. */
function isQuestion(doc: Doc, q: Quantity): boolean {
  const sentence = doc.sentences[q.sentence];
  return sentence !== undefined && /\?\s*["'”’)\]]*\s*$/u.test(sentence.text);
}

function scopeOf(doc: Doc, q: Quantity): string {
  const sentence = doc.sentences[q.sentence];
  if (!sentence) return "now";
  const text = sentence.text;
  if (CUMULATIVE.test(text)) return "cumulative";
  if (EARLIER.test(text)) return "earlier";
  return "now";
}

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

/** Index of the first token starting at or after pos (binary search; tokens are in text order). */
function tokenAt(toks: Doc["tokens"], pos: number): number {
  let lo = 0, hi = toks.length - 1, ans = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (toks[mid]!.start >= pos) { ans = mid; hi = mid - 1; } else lo = mid + 1; }
  return ans;
}

const AGE_ROLES = new Set(["man", "woman", "suspect", "victim", "driver", "gunman", "mother", "father", "boy", "girl"]);

/** The surname of the person an age belongs to, when a name sits right before or after it. */
function ageOwner(doc: Doc, q: Quantity): string | null {
  const person = doc.entities.find((e) => e.type === "person" && (Math.abs(e.span.end - q.span.start) <= 3 || (e.span.start >= q.span.end && e.span.start - q.span.end <= 25)));
  if (person) return `person=${person.key.split(" ").pop()}`;
  // Names the entity step did not type: "the 49-year-old Klitschko's", "Russell, 70,".
  const text = doc.article.text;
  const after = /^\s+(?:[a-z-]+\s+)?(\p{Lu}\p{Ll}+)(?:['’]s)?\b/u.exec(text.slice(q.span.end, q.span.end + 40));
  if (after && !/^(The|A|An|He|She|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(after[1]!)) return `person=${after[1]!.toLowerCase()}`;
  const before = /(\p{Lu}\p{Ll}+),\s*$/u.exec(text.slice(Math.max(0, q.span.start - 30), q.span.start));
  if (before) return `person=${before[1]!.toLowerCase()}`;
  // No name: the person as described ("a 60-year-old, terminally ill woman" → woman). Compared loosely.
  if (q.noun && AGE_ROLES.has(q.noun)) return `role=${q.noun}`;
  const next = /^,?\s*([a-z-]+),?(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?/.exec(text.slice(q.span.end, q.span.end + 40));
  const role = next?.slice(1).find((w) => w !== undefined && AGE_ROLES.has(w));
  return role ? `role=${role}` : null;
}

function predicateFor(doc: Doc, q: Quantity): string | null {
  const toks = doc.tokens;
  const at = tokenAt(toks, q.numberSpan.start);
  if (at < 0) return null;
  const window: string[] = [];
  // The words after the number first (the verb usually follows the counted noun), then the ones before it.
  for (let k = at + 1; k < toks.length && k <= at + 8; k++) {
    if (toks[k]!.sentence !== q.sentence) break;
    if (q.nounSpan && toks[k]!.start === q.nounSpan.start) continue; // the counted noun is not the predicate ("hundreds of homes")
    window.push(toks[k]!.lemma);
  }
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) { if (toks[k]!.sentence !== q.sentence) break; window.push(toks[k]!.lemma); }
  return predicateClass(window);
}
