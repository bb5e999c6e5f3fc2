// Role mentions: a person named in an office, as the article states it.
// "U.S. Secretary of State Antony Blinken" → (Antony Blinken, secretary of state, United States, current);
// "Dmytro Kuleba, Ukraine's foreign minister," → the same from an appositive; "former President X" → former.
import type { Entity, RoleMention } from "../../domain/doc.js";
import { spanOf } from "../../domain/span.js";
import { COUNTRIES, COUNTRY_ALIASES, DEMONYMS } from "../gazetteer.js";

/** Office phrases as written → normalized office. Longest first so "Vice President" beats "President". */
const OFFICES: readonly [string, string][] = ([
  ["Secretary of State", "secretary of state"], ["Secretary of Defense", "defence minister"], ["Defense Secretary", "defence minister"],
  ["Foreign Secretary", "foreign minister"], ["Home Secretary", "interior minister"], ["Secretary-General", "secretary-general"],
  ["Secretary General", "secretary-general"], ["Minister of Foreign Affairs", "foreign minister"], ["Foreign Affairs Minister", "foreign minister"],
  ["Foreign Minister", "foreign minister"], ["Defence Minister", "defence minister"], ["Defense Minister", "defence minister"],
  ["Minister of Defence", "defence minister"], ["Minister of Defense", "defence minister"], ["Interior Minister", "interior minister"],
  ["Finance Minister", "finance minister"], ["Minister of Finance", "finance minister"], ["Justice Minister", "justice minister"],
  ["Health Minister", "health minister"], ["Energy Minister", "energy minister"], ["Deputy Prime Minister", "deputy prime minister"],
  ["Prime Minister", "prime minister"], ["Vice President", "vice president"], ["Vice-President", "vice president"],
  ["President", "president"], ["Chancellor", "chancellor"], ["Premier", "prime minister"], ["King", "king"], ["Queen", "queen"],
  ["Pope", "pope"], ["Kremlin spokesman", "presidential spokesperson"], ["Kremlin spokesperson", "presidential spokesperson"],
  ["Press Secretary", "press secretary"], ["presidential spokesman", "presidential spokesperson"], ["Ombudsman", "ombudsman"],
  ["Human Rights Commissioner", "ombudsman"], ["human rights commissioner", "ombudsman"], ["Chief of Staff", "chief of staff"],
  ["Special Envoy", "special envoy"], ["envoy", "special envoy"], ["Attorney General", "attorney general"], ["Governor", "governor"],
  ["Mayor", "mayor"], ["Senator", "senator"], ["Speaker", "speaker"], ["Supreme Leader", "supreme leader"],
  ["foreign minister", "foreign minister"], ["defence minister", "defence minister"], ["defense minister", "defence minister"],
  ["prime minister", "prime minister"], ["president", "president"], ["secretary of state", "secretary of state"], ["chancellor", "chancellor"],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const COUNTRY_WORD = `(?:the\\s+)?(?:U\\.S\\.|US|UK|U\\.K\\.|[A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)(?:['’]s)?`;
const OFFICE_ALT = OFFICES.map(([w]) => w.replace(/\./g, "\\.")).join("|");
const TENSE = "([Ff]ormer|[Ee]x-|[Tt]hen-|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Ll]ate|[Nn]ew|[Nn]ewly elected|[Pp]resident-elect)?";
/** Office before the name: "[former] [U.S.|Ukraine's|Russian] Secretary of State <Name>". */
const BEFORE = new RegExp(`(?:\\b${TENSE}\\s*)?(?:(${COUNTRY_WORD})\\s+)?(?:\\b(${OFFICE_ALT}))(?:\\s+of\\s+(${COUNTRY_WORD}))?\\s+$`, "u");
/** Appositive after the name: "<Name>, [the] [former] [Ukraine's|Russian] foreign minister". */
const AFTER = new RegExp(`^,\\s+(?:the\\s+)?${TENSE}\\s*(?:(${COUNTRY_WORD})\\s+)?(${OFFICE_ALT})\\b(?:\\s+of\\s+(${COUNTRY_WORD}))?`, "u");

const COUNTRY_SET = new Set(COUNTRIES);

export function countryOf(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.replace(/^the\s+/i, "").replace(/['’]s$/u, "").trim();
  if (COUNTRY_SET.has(w)) return w;
  return COUNTRY_ALIASES[w] ?? DEMONYMS[w] ?? null;
}

function officeOf(written: string): string {
  const hit = OFFICES.find(([w]) => w.toLowerCase() === written.toLowerCase());
  return hit ? hit[1] : written.toLowerCase();
}

function tenseOf(w: string | undefined): RoleMention["tense"] {
  if (!w) return "current";
  if (/former|ex-|then-|outgoing|late/i.test(w)) return "former";
  if (/acting/i.test(w)) return "acting";
  if (/elect|incoming/i.test(w)) return "elect";
  return "current";
}

export function roles(text: string, people: readonly Entity[]): RoleMention[] {
  const out: RoleMention[] = [];
  for (const p of people) {
    if (p.type !== "person") continue;
    const lineStart = text.lastIndexOf("\n", p.span.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, p.span.start - 90), p.span.start);
    const b = BEFORE.exec(before);
    if (b) {
      const [all, tense, countryWord, office, ofCountry] = b;
      const officeAt = p.span.start - before.length + b.index + all.indexOf(office!, all.indexOf(countryWord ?? "") + (countryWord?.length ?? 0));
      const country = countryOf(ofCountry) ?? countryOf(countryWord);
      const start = p.span.start - before.length + b.index + (all.length - all.trimStart().length);
      out.push({
        kind: "role", span: spanOf(text, start, p.span.end), personSpan: p.span,
        officeSpan: spanOf(text, officeAt, officeAt + office!.length), office: officeOf(office!),
        country, tense: tenseOf(tense), sentence: p.sentence,
      });
      continue;
    }
    const after = text.slice(p.span.end, Math.min(text.length, p.span.end + 90));
    const a = AFTER.exec(after);
    if (a) {
      const [all, tense, countryWord, office, ofCountry] = a;
      const officeAt = p.span.end + all.lastIndexOf(office!);
      out.push({
        kind: "role", span: spanOf(text, p.span.start, p.span.end + all.length), personSpan: p.span,
        officeSpan: spanOf(text, officeAt, officeAt + office!.length), office: officeOf(office!),
        country: countryOf(ofCountry) ?? countryOf(countryWord), tense: tenseOf(tense), sentence: p.sentence,
      });
    }
  }
  return out;
}
