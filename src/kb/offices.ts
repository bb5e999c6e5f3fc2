// Offices across vocabularies. Articles say "foreign minister", "top diplomat" or "Secretary of
// State"; the kb (Wikidata/Peppercat labels) says "Minister of Foreign Affairs", "Minister for
// Foreign Affairs and Trade", "Secretary of State for Foreign and Commonwealth Affairs".
// Both sides are mapped to the vocabulary of RoleMention.office (src/annotate/steps/roles.ts).

/** Source position label → normalized office. Anchored, so sub-national posts ("Premier of Queensland") stay out. */
const POSITION_RULES: readonly [RegExp, string][] = [
  [/^(Federal )?President$|^President of the Republic$|^President of the Russian Federation$/, "president"],
  [/^Vice[- ]President$|^First Vice[- ]President$/, "vice president"],
  [/^(Prime Minister|Premier|Caretaker Prime Minister|Chairman of the Cabinet of Ministers \(Prime Minister\))$/, "prime minister"],
  [/^(Federal )?Chancellor$/, "chancellor"],
  [/^(First )?Deputy Prime Minister$|^Vice Premier$/, "deputy prime minister"],
  // "the US foreign minister" is the Secretary of State; other countries' "Secretary of State" is a junior post (kept out).
  [/^(Federal )?Minister (of|for) (the )?(Foreign Affairs|External Affairs|External Relations|Foreign and European Affairs|Europe and Foreign Affairs)( and (Cooperation|Trade|Worship|International Cooperation|International Development Cooperation))?$|^Secretary of State for (Foreign and Commonwealth|Foreign, Commonwealth and Development) Affairs$|^Foreign Secretary$/, "foreign minister"],
  [/^(Federal )?Minister (of|for) (National )?Defen[cs]e$|^Secretary of Defen[cs]e$|^Secretary of State for Defence$|^Minister of Defence and Military Veterans$/, "defence minister"],
  [/^(Federal )?Minister (of|for) (the )?(Interior|Internal Affairs|Interior Affairs|Home Affairs)$|^Secretary of State for the Home Department$|^Home Secretary$/, "interior minister"],
  [/^(Federal )?Minister (of|for) (the )?(Finance|Finances|Economy and Finance|Finance and Economy|Treasury|Economy and Finances)$|^Chancellor of the Exchequer$|^Secretary of the Treasury$/, "finance minister"],
  [/^(Federal )?Minister (of|for) (the )?Justice$|^Secretary of State for Justice$/, "justice minister"],
  [/^(Federal )?Minister (of|for) (the )?(Health|Healthcare|Public Health)$|^Secretary of (State for )?Health( and Social Care| and Human Services)?$/, "health minister"],
  [/^(Federal )?Minister (of|for) (the )?Energy$|^Secretary of Energy$/, "energy minister"],
  [/^Attorney[- ]General$/, "attorney general"],
  [/^(White House Press Secretary|Press Secretary|Presidential Spokesperson|Spokesperson of the President)$/, "presidential spokesperson"],
  [/^(Government Spokesperson|Spokesperson of the Government)$/, "government spokesperson"],
  [/^(White House Chief of Staff|Chief of Staff to the President|Head of the Office of the President|Chief of Staff of the Presidential Executive Office|Downing Street Chief of Staff)$/, "chief of staff"],
  [/^Secretary-General of the United Nations$|^Secretary General of NATO$/, "secretary-general"],
  [/^Speaker of the (House of Representatives|House of Commons|National Assembly)$/, "speaker"],
  [/^(King|Monarch|Emperor)$/, "king"],
  [/^Supreme Leader$/, "supreme leader"],
  [/^Parliamentary Ombudsman$|^Ombudsman$|Commissioner for Human Rights$/, "ombudsman"],
];

/** The normalized office for a source position label, or null when the post is not one news names as an office. */
export function officeForPosition(position: string, country: string): string | null {
  const label = stripCountry(position.trim(), country);
  if (country === "United States" && /^Secretary of State$/.test(label)) return "foreign minister";
  for (const [re, office] of POSITION_RULES) if (re.test(label)) return office;
  return null;
}

/**
 * Wikidata labels carry the country ("President of Ukraine", "United States Secretary of State",
 * "Minister of Foreign Affairs of Ukraine"); Peppercat's do not. Strip it so both map alike.
 */
export function stripCountry(label: string, country: string): string {
  const names = [country, ...(COUNTRY_FORMS[country] ?? [])];
  let out = label;
  for (const n of names) {
    out = out.replace(new RegExp(`\\s+of\\s+(the\\s+)?${escape(n)}$`, "i"), "");
    out = out.replace(new RegExp(`^(the\\s+)?${escape(n)}\\s+`, "i"), "");
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const COUNTRY_FORMS: Readonly<Record<string, readonly string[]>> = {
  "United States": ["United States of America", "U.S.", "US"],
  "United Kingdom": ["United Kingdom of Great Britain and Northern Ireland", "the United Kingdom", "UK"],
  Russia: ["Russian Federation", "Russian"],
  Ukraine: ["Ukrainian"],
  Germany: ["Federal Republic of Germany", "German"],
  France: ["French Republic", "French"],
  China: ["People's Republic of China", "Chinese"],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A RoleMention.office in the kb's vocabulary. "U.S. Secretary of State" is the US foreign
 * minister; "top diplomat" is a foreign minister; "Defense Secretary" is a defence minister.
 */
export function officeForMention(office: string): string {
  const o = office.toLowerCase().trim();
  if (o === "secretary of state" || o === "top diplomat" || o === "foreign secretary") return "foreign minister";
  if (o === "premier") return "prime minister";
  if (o === "kremlin spokesman" || o === "press secretary") return "presidential spokesperson";
  if (o === "queen") return "king";
  if (o === "home secretary") return "interior minister";
  return o;
}

/** Offices that usually have several holders at once: no single "real holder" can be named. */
export const MULTI_HOLDER: ReadonlySet<string> = new Set(["deputy prime minister", "secretary-general", "king", "speaker"]);

/** Heads of state and government: the offices the 2026 heads table also covers. */
export const HEAD_OFFICES: ReadonlySet<string> = new Set(["president", "prime minister", "chancellor", "king"]);
