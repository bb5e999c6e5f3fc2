// Offices across vocabularies, kb side. The vocabulary itself (portfolios, titles, which title means
// which office in which country) lives in lexicon/offices.ts and is shared with the annotator; this
// file applies it to source position labels, which carry the country in Wikidata's form ("President
// of Ukraine", "United States Secretary of State", "Minister of Foreign Affairs of Ukraine").
import { COUNTRY_WORDS } from "../lexicon/countries.js";
import { HEAD_OFFICES, MULTI_HOLDER, TITLES, officesForMention, officesForPosition } from "../lexicon/offices.js";

export { HEAD_OFFICES, MULTI_HOLDER };

/** All offices of a source position label, main one first; [] for posts below the national level. */
export function officesOfPosition(position: string, country: string): string[] {
  return officesForPosition(position, country, stripCountry(position.trim(), country));
}

/** The main office of a source position label, or null for a post below the national level. */
export function officeForPosition(position: string, country: string): string | null {
  return officesOfPosition(position, country)[0] ?? null;
}

const FORMS = new Map<string, readonly string[]>(COUNTRY_WORDS.map((c) => [c.name, [c.name, ...c.aliases, ...c.adjectives]]));

/**
 * Wikidata labels carry the country ("President of Ukraine", "United States Secretary of State",
 * "Minister of Foreign Affairs of Ukraine"); Peppercat's do not. Strip it so both map alike.
 */
export function stripCountry(label: string, country: string): string {
  const names = FORMS.get(country) ?? [country];
  let out = label;
  for (const n of names) {
    if (!out.includes(n)) continue;
    out = out.replace(new RegExp(`\\s+of\\s+(the\\s+)?${escape(n)}$`, "i"), "");
    out = out.replace(new RegExp(`^(the\\s+)?${escape(n)}\\s+`, "i"), "");
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The kb offices a RoleMention.office may denote ("secretary of state" → foreign minister;
 * "chancellor" with no country → chancellor or, in the UK, finance minister).
 */
export function officesForRole(office: string, country: string | null): string[] {
  return officesForMention(office, country);
}

/** The one kb office of a mention (the first candidate): "top diplomat" → foreign minister. */
export function officeForMention(office: string): string {
  return officesForMention(office, null)[0]!;
}

const NAMED = new Set(Object.values(TITLES));

/** An office news names by a title ("transport minister", "vice president"), not a post kept under its own label ("ambassador to france"). */
export function isNamedOffice(office: string): boolean {
  return NAMED.has(office) || /^(?:deputy )?[a-z' ]+ minister$/.test(office) && !/^(?:minister|state|secretary)\b/.test(office);
}
