// Date, role, quote and event claims: annotations turned into comparable statements.
// A role becomes (person, office, country, tense); a quote becomes (speaker, text);
// a named event ("the G20 in New Delhi", "talks in Istanbul") becomes (event, place, year).
import type { DateClaim, EventClaim, QuoteClaim, RoleClaim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import { spanOf } from "../domain/span.js";
import { nameKey } from "../lexicon/names.js";

export function dateClaims(doc: Doc, nextId: () => string): DateClaim[] {
  return doc.dates.map((d) => ({
    id: nextId(), kind: "date" as const, articleId: doc.article.id, slot: { key: `date:${d.form}` }, span: d.span,
    value: { from: d.from, to: d.to, form: d.form },
  }));
}

export function roleClaims(doc: Doc, nextId: () => string): RoleClaim[] {
  return doc.roles.map((r) => ({
    id: nextId(), kind: "role" as const, articleId: doc.article.id, slot: { key: `role:${nameKey(r.personSpan.text)}` }, span: r.span,
    value: { person: r.personSpan.text, office: r.office, country: r.country, tense: r.tense },
  }));
}

export function quoteClaims(doc: Doc, nextId: () => string): QuoteClaim[] {
  return doc.quotes.map((q) => ({
    id: nextId(), kind: "quote" as const, articleId: doc.article.id,
    slot: { key: `quote:${q.speaker ? nameKey(q.speaker).split(" ").pop() : "unattributed"}` }, span: q.span,
    value: { speaker: q.speaker, text: q.span.text },
  }));
}

const SERIES = "G20|G-20|G7|G-7|G8|NATO|BRICS|APEC|ASEAN|SCO|COP\\s?\\d{1,2}|EU|Davos";
const PLACE = "(?:The\\s+)?\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}]+)?";
// "the G20 in New Delhi", "NATO's Brussels summit", "the Istanbul talks", "talks in Istanbul"
const EVENT_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(${SERIES})(?:['’]s)?\\s+(?:summit|meeting|conference)?\\s*(?:in|at)\\s+(${PLACE})`, "gu"),
  new RegExp(`\\b(${SERIES})(?:['’]s)?\\s+(${PLACE})\\s+(?:summit|meeting|conference)`, "gu"),
  new RegExp(`\\b(talks|negotiations|peace talks|meeting|summit)\\s+in\\s+(${PLACE})`, "gu"),
  new RegExp(`\\b(?:the\\s+)?(${PLACE})\\s+(talks|negotiations|summit)\\b`, "gu"),
];

export function eventClaims(doc: Doc, nextId: () => string): EventClaim[] {
  const text = doc.article.text;
  const out: EventClaim[] = [];
  const seen = new Set<string>();
  for (const re of EVENT_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const a = m[1]!, b = m[2]!;
      const placeFirst = re === EVENT_PATTERNS[3];
      const kindWord = placeFirst ? b : a;
      const place = (placeFirst ? a : b).replace(/^The\s+/, "");
      if (/^(The|This|These|Those|Peace|Direct|Ceasefire|Such)$/.test(place)) continue;
      const isSeries = new RegExp(`^(${SERIES})$`, "u").test(kindWord);
      const event = isSeries ? kindWord.replace(/-/g, "").replace(/\s+/g, "").toUpperCase() : "talks";
      const key = `${m.index}:${event}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
      const yearMatch = sentence ? /\b(19|20)\d\d\b/.exec(sentence.text) : null;
      out.push({
        id: nextId(), kind: "event", articleId: doc.article.id, slot: { key: `event:${event.toLowerCase()}:${nameKey(place)}` },
        span: spanOf(text, m.index, m.index + m[0].length),
        value: { event, place, year: yearMatch ? Number(yearMatch[0]) : null },
      });
    }
  }
  return out;
}
