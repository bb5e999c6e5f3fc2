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
    const side = sideOf(doc, q);
    const cls = nounClass(q.noun);
    const pred = predicateFor(doc, q);
    const scope = scopeOf(doc, q);
    // A figure pinned to a day ("nearly 800 released on Friday") may be that day's part of the total.
    const dayMention = doc.dates.find((d) => d.sentence === q.sentence && (d.granularity === "day" || d.form === "weekday"));
    const day = dayMention ? dayMention.from ?? dayMention.span.text.toLowerCase().replace(/^on\s+/, "") : null;
    const slot = [q.unit, side ?? "-", cls ?? "-", pred ?? "-", scope].join(":");
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
// the same scope are compared.
const CUMULATIVE = /\b(so far|to date|altogether|in all|cumulative|as of (now|today|this))\b|\bha(s|ve)\b[^.]*\bsince\b/i;
const EARLIER = /\b(earlier|previous|previously|prior|last (week|month|year)|ago|the (first|second|third) (swap|exchange|round)|in (19|20)\d\d)\b/i;

function scopeOf(doc: Doc, q: Quantity): string {
  const sentence = doc.sentences[q.sentence];
  if (!sentence) return "now";
  const text = sentence.text;
  if (CUMULATIVE.test(text)) return "cumulative";
  if (EARLIER.test(text)) return "earlier";
  return "now";
}

const COUNTRY_WORDS: Readonly<Record<string, string>> = (() => {
  const m: Record<string, string> = {};
  for (const [k, v] of Object.entries(DEMONYMS)) m[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries(DEMONYMS)) m[k.toLowerCase() + "s"] = v;
  for (const v of new Set(Object.values(DEMONYMS))) m[v.toLowerCase()] = v;
  for (const [k, v] of Object.entries(COUNTRY_ALIASES)) if (k.length > 3) m[k.toLowerCase()] = v;
  return m;
})();

/** The side a count belongs to: a nationality in the phrase ("Ukrainian captives", "Ukrainians") or a destination ("returned to Ukraine"). */
function sideOf(doc: Doc, q: Quantity): string | null {
  const toks = doc.tokens;
  const at = toks.findIndex((t) => t.start >= q.numberSpan.start);
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

function predicateFor(doc: Doc, q: Quantity): string | null {
  const toks = doc.tokens;
  const at = toks.findIndex((t) => t.start >= q.numberSpan.start);
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
