// Offices: one vocabulary for the kb's position labels ("Minister of Transport and Communications",
// "Secretary of State for the Home Department", "Chancellor of the Exchequer") and for the titles
// news writes ("Transport Secretary", "the country's finance minister", "top diplomat", "Vice
// President"). Both sides resolve to the same office key ("transport minister", "interior
// minister", "finance minister", "foreign minister", "vice president"). Pure data and functions.

/**
 * Portfolio words → portfolio key. A label's portfolio is split at "and" and commas ("Economy and
 * Finance" → economy, finance), so one table serves "Minister of X", "Secretary of X", "Secretary of
 * State for X" and "X Minister/Secretary". Keys become offices as "<key> minister".
 */
const PORTFOLIO_WORDS: Readonly<Record<string, readonly string[]>> = {
  foreign: ["foreign affairs", "foreign", "external affairs", "external relations", "foreign relations", "foreign and commonwealth affairs"],
  defence: ["defence", "defense", "national defence", "national defense", "armed forces", "defence and military veterans"],
  interior: ["interior", "internal affairs", "home affairs", "home department", "home", "interior affairs", "interior and administration"],
  finance: ["finance", "finances", "treasury", "public finance", "public finances", "economy and finance"],
  justice: ["justice", "justice and human rights", "law", "law and justice"],
  health: ["health", "healthcare", "public health", "health and social care", "health and human services", "health and welfare"],
  energy: ["energy", "petroleum", "oil", "power"],
  education: ["education", "national education", "schools", "education and science", "education and research"],
  "higher education": ["higher education", "universities"],
  agriculture: ["agriculture", "farming", "agriculture and food", "agriculture and rural development", "agriculture, forestry and fisheries"],
  transport: ["transport", "transportation", "transports"],
  labour: ["labour", "labor", "employment", "work and pensions", "labour and social affairs"],
  environment: ["environment", "environment, food and rural affairs", "ecology", "ecological transition", "environmental protection"],
  climate: ["climate", "climate change", "climate action"],
  trade: ["trade", "commerce", "foreign trade", "international trade", "trade and industry", "commerce and industry"],
  business: ["business", "business, energy and industrial strategy", "business and trade"],
  economy: ["economy", "economic affairs", "economic development", "the economy", "economics"],
  industry: ["industry"],
  culture: ["culture", "culture, media and sport", "arts"],
  tourism: ["tourism"],
  sport: ["sport", "sports", "youth and sports"],
  youth: ["youth"],
  housing: ["housing", "housing and urban development", "levelling up, housing and communities", "construction"],
  "homeland security": ["homeland security"],
  "public security": ["public security", "national security", "security"],
  veterans: ["veterans affairs", "veterans' affairs", "veterans"],
  immigration: ["immigration", "migration", "immigration and asylum"],
  communications: ["communications", "communication", "information", "telecommunications", "posts and telecommunications", "digital", "media"],
  science: ["science", "science and technology", "technology", "research", "innovation"],
  "social affairs": ["social affairs", "social development", "social services", "social security", "social policy", "welfare", "social protection"],
  women: ["women", "women's affairs", "gender equality", "equalities", "family"],
  infrastructure: ["infrastructure", "public works"],
  fisheries: ["fisheries", "fishing"],
  mines: ["mines", "mining", "natural resources"],
  water: ["water", "water resources"],
  development: ["international development", "development", "development cooperation", "development affairs"],
  "european affairs": ["european affairs", "eu affairs", "europe"],
  emergencies: ["emergency situations", "emergencies", "civil defence"],
  planning: ["planning"],
  "religious affairs": ["religious affairs", "religion"],
  "regional development": ["regional development", "local government"],
};

/** Which portfolio is the office when a label joins several ("Economy and Finance" → finance). */
const PRIORITY = Object.keys(PORTFOLIO_WORDS);

const PART_TO_KEY = new Map<string, string>();
for (const [key, words] of Object.entries(PORTFOLIO_WORDS)) for (const w of words) PART_TO_KEY.set(w, key);

/** Portfolio words as news writes them before "Minister"/"Secretary", longest first (regex alternation source). */
export const PORTFOLIO_PHRASES: readonly string[] = [...PART_TO_KEY.keys()].filter((w) => !/^the /.test(w)).sort((a, b) => b.length - a.length);

export const officeOfPortfolio = (key: string) => `${key} minister`;

/** The portfolio keys a phrase names, in priority order: "Foreign Affairs and Trade" → [foreign, trade]. */
export function portfolioKeys(phrase: string): string[] {
  const p = phrase.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").trim();
  const whole = PART_TO_KEY.get(p);
  const keys = new Set<string>(whole ? [whole] : []);
  for (const part of p.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
    const k = PART_TO_KEY.get(part.replace(/^(the|national|federal)\s+/, "")) ?? PART_TO_KEY.get(part);
    if (k) keys.add(k);
  }
  return [...keys].sort((a, b) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
}

/**
 * Titles other than portfolio ministers, as news writes them (lower case; matched case-insensitively)
 * → office key. A title that names several offices by country ("Chancellor") is in COUNTRY_TITLES.
 */
export const TITLES: Readonly<Record<string, string>> = {
  "president": "president", "vice president": "vice president", "vice-president": "vice president", "vp": "vice president",
  "prime minister": "prime minister", "premier": "prime minister", "pm": "prime minister",
  "deputy prime minister": "deputy prime minister", "vice premier": "deputy prime minister", "vice-premier": "deputy prime minister",
  "deputy premier": "deputy prime minister", "first deputy prime minister": "deputy prime minister", "vice prime minister": "deputy prime minister",
  "chancellor": "chancellor", "vice chancellor": "vice-chancellor", "vice-chancellor": "vice-chancellor",
  "first minister": "first minister",
  "chancellor of the exchequer": "finance minister", "treasurer": "finance minister", "lord chancellor": "justice minister",
  "top diplomat": "foreign minister", "chief diplomat": "foreign minister", "finance chief": "finance minister", "treasury chief": "finance minister",
  "attorney general": "attorney general", "attorney-general": "attorney general", "prosecutor general": "prosecutor general",
  "national security adviser": "national security adviser", "national security advisor": "national security adviser",
  "central bank governor": "central bank governor", "central bank chief": "central bank governor", "central bank head": "central bank governor",
  "governor of the central bank": "central bank governor", "governor of the bank of england": "central bank governor",
  "bank of england governor": "central bank governor", "federal reserve chair": "central bank governor", "federal reserve chairman": "central bank governor",
  "fed chair": "central bank governor", "fed chairman": "central bank governor", "chair of the federal reserve": "central bank governor",
  "ecb president": "central bank governor",
  "chief of the general staff": "chief of general staff", "chief of general staff": "chief of general staff",
  "chief of the defence staff": "chief of general staff", "chief of defence staff": "chief of general staff",
  "chairman of the joint chiefs of staff": "chief of general staff", "joint chiefs chairman": "chief of general staff",
  "secretary-general": "secretary-general", "secretary general": "secretary-general",
  "speaker": "speaker", "speaker of the house": "speaker",
  "king": "king", "queen": "king", "emperor": "king", "emir": "king", "sultan": "king", "monarch": "king",
  "supreme leader": "supreme leader",
  "kremlin spokesman": "presidential spokesperson", "kremlin spokesperson": "presidential spokesperson", "kremlin spokeswoman": "presidential spokesperson",
  "presidential spokesman": "presidential spokesperson", "presidential spokesperson": "presidential spokesperson",
  "white house press secretary": "presidential spokesperson", "press secretary": "presidential spokesperson",
  "government spokesman": "government spokesperson", "government spokesperson": "government spokesperson", "government spokeswoman": "government spokesperson",
  "chief of staff": "chief of staff", "white house chief of staff": "chief of staff",
  "ombudsman": "ombudsman", "human rights commissioner": "ombudsman", "human rights ombudsman": "ombudsman",
  "governor-general": "governor-general", "governor general": "governor-general",
  "secretary of state": "secretary of state",
};

/** Offices whose title means different posts by country: "Chancellor" is the UK's finance minister; "Secretary of State" the US foreign minister. */
export const COUNTRY_TITLES: Readonly<Record<string, Readonly<Record<string, string>> & { readonly default: string }>> = {
  chancellor: { default: "chancellor", "United Kingdom": "finance minister" },
  "secretary of state": { default: "foreign minister", "United States": "foreign minister" },
  premier: { default: "prime minister" },
};

/** Offices of which the kb holds "deputy" posts news names ("Deputy Foreign Minister"). */
export const DEPUTY_OF: ReadonlySet<string> = new Set(["foreign minister", "defence minister", "finance minister", "interior minister", "justice minister", "health minister"]);

/**
 * The kb offices a mention's office may denote, given its country (null when unstated):
 * "chancellor" → chancellor, or finance minister in the UK; "secretary of state" → foreign minister.
 */
export function officesForMention(office: string, country: string | null): string[] {
  const o = office.toLowerCase().trim();
  const byCountry = COUNTRY_TITLES[o];
  if (byCountry) {
    if (country !== null) return [byCountry[country] ?? byCountry.default];
    return [...new Set([byCountry.default, ...Object.entries(byCountry).filter(([k]) => k !== "default").map(([, v]) => v)])];
  }
  return [TITLES[o] ?? o];
}

/** Offices that usually have several holders at once: no single "real holder" can be named. */
export const MULTI_HOLDER: ReadonlySet<string> = new Set(["deputy prime minister", "secretary-general", "king", "speaker", "vice-chancellor", "chief of staff"]);

/** Heads of state and government: the offices the 2026 heads table also covers. */
export const HEAD_OFFICES: ReadonlySet<string> = new Set(["president", "prime minister", "chancellor", "king"]);

// ---- the kb side: a source position label → offices ----

/** Labels of posts below the national level: "Governor of Indiana", "Chief Minister of Kerala", "Mayor of Riga", "Premier of Alberta". */
const SUBNATIONAL = /^(?:(?:Lieutenant|Deputy|Vice)[- ])?(?:Governor|Premier|Chief Minister|First Minister|Mayor|Lord Mayor|First Mayor|Attorney General|Secretary of State|President|Administrator|Chief Executive|Prefect|Head|Minister-President|Governor-General)\s+of\s+(?!the\s|(?:Congress|Parliament|Senate|Government|Cabinet|Council|Assembly|Chamber|Republic|Presidium|Supreme|Constitutional|National|Federal|State Council|Bureau)\b)\p{Lu}|\bMayor\b|\b(?:Oblast|Province|Prefecture|Governorate|Krai|Canton|County|Municipality)\b|\bof the (?:Western|Eastern|Northern|Southern) Cape\b/u;

/** Non-ministerial labels → office (anchored). */
const POSITION_TITLES: readonly [RegExp, string][] = [
  [/^(?:Federal )?President$|^President of the (?:Republic|Russian Federation|Presidium|State)$|^Head of State$/, "president"],
  [/^(?:First )?Vice[- ]President$/, "vice president"],
  [/^(?:Prime Minister|Premier|Caretaker Prime Minister|Chairman of the Cabinet of Ministers(?: \(Prime Minister\))?|President of the Government|President of the Council of Ministers|Chairman of the Council of Ministers|First Lord of the Treasury|Premier of the State Council|Head of Government)$/, "prime minister"],
  [/^(?:Federal )?Chancellor$/, "chancellor"],
  [/^Vice[- ]Chancellor$/, "vice-chancellor"],
  [/^(?:First )?(?:Deputy|Vice)[- ](?:Prime Minister|Premier)(?: of the State Council)?(?: for .*)?$|^Alternate Prime Minister$/, "deputy prime minister"],
  [/^(?:Deputy )?First Minister$/, "first minister"],
  [/^Chancellor of the Exchequer$|^Treasurer$/, "finance minister"],
  [/^Lord Chancellor$/, "justice minister"],
  [/^Attorney[- ]General$/, "attorney general"],
  [/^Prosecutor[- ]General$/, "prosecutor general"],
  [/^National Security Advis[eo]r$/, "national security adviser"],
  [/^(?:Governor|President|Chair(?:man|person)?) of the (?:Central|National|Reserve|State|People's) Bank\b|^Chair of the Federal Reserve$|^Governor of the Bank(?: of\b|$)|^Central Bank Governor$/, "central bank governor"],
  [/^Chief of (?:the )?(?:General|Defen[cs]e) Staff$|^Chairman of the Joint Chiefs of Staff$|^Chief of Defen[cs]e(?: Force)?$/, "chief of general staff"],
  [/^(?:White House Press Secretary|Press Secretary|Presidential Spokesperson|Spokesperson of the President|Press Secretary of the President)$/, "presidential spokesperson"],
  [/^(?:Government Spokesperson|Spokesperson of the Government)$/, "government spokesperson"],
  [/^(?:White House Chief of Staff|Chief of Staff to the President|Head of the Office of the President|Chief of Staff of the Presidential Executive Office|Downing Street Chief of Staff|Head of the Presidential Administration)$/, "chief of staff"],
  [/^Secretary-General of the United Nations$|^Secretary General of NATO$|^Secretary[- ]General$/, "secretary-general"],
  [/^Speaker of the (?:House of Representatives|House of Commons|National Assembly|Parliament)$/, "speaker"],
  [/^(?:King|Queen|Monarch|Emperor|Emir|Sultan|Grand Duke|Prince|Sovereign Prince)$/i, "king"],
  [/^Supreme Leader$/, "supreme leader"],
  [/^Parliamentary Ombudsman$|^Ombudsman$|Commissioner for Human Rights$/, "ombudsman"],
  [/^Governor[- ]General$/, "governor-general"],
];

/** "Minister of X", "Minister for X", "Secretary of X" (US), "Secretary of State for X" (UK), "Federal Minister of X". */
const MINISTER = /^(?:(First |Deputy |Vice[- ])?(?:Federal |Cabinet |Union )?(?:Minister|Secretary)(?: of State)? (?:of|for) (?:the )?(.+))$/;

/**
 * A source position label → its offices (the first is the main one): "Minister of Transport and
 * Communications" → [transport minister, communications minister]; "Secretary of State" in the US →
 * [foreign minister]; a national post with no news title → its label in lower case ("ambassador to
 * france"); a sub-national post → [] (not shipped).
 */
export function officesForPosition(position: string, country: string, stripped?: string): string[] {
  const label = stripped ?? position.trim();
  if (SUBNATIONAL.test(label)) return [];
  if (country === "United States" && /^Secretary of State$/.test(label)) return ["foreign minister"];
  if (country === "United States" && /^Deputy Secretary of State$/.test(label)) return ["deputy foreign minister"];
  for (const [re, office] of POSITION_TITLES) if (re.test(label)) return [office];
  const m = MINISTER.exec(label);
  if (m) {
    // "Minister of State for X" is a junior post everywhere; "Secretary of State for X" is the cabinet post only in the UK.
    const junior = /\bMinister of State\b/.test(label) || (/Secretary of State/.test(label) && country !== "United Kingdom" && country !== "United States");
    const keys = junior ? [] : portfolioKeys(m[2]!);
    if (keys.length > 0) {
      const deputy = m[1] !== undefined && /Deputy|Vice/.test(m[1]);
      return keys.map((k) => (deputy ? `deputy ${officeOfPortfolio(k)}` : officeOfPortfolio(k)));
    }
  }
  // "Home Secretary", "Foreign Minister" as labels.
  const pre = /^(.+?) (?:Minister|Secretary)$/.exec(label);
  if (pre && !/\b(?:Under|Assistant|Parliamentary|Permanent|Cabinet|Chief|Principal|State)\b/.test(pre[1]!)) {
    const keys = portfolioKeys(pre[1]!);
    if (keys.length > 0) return keys.map(officeOfPortfolio);
  }
  return [label.toLowerCase()];
}
