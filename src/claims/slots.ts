// Slot vocabulary: what makes two numbers comparable. A quantity's slot is the counted thing
// (noun class), the side it belongs to (nationality or destination), and the predicate class
// (released/returned, killed, injured, ...). "12 people were aboard" and "nine survived" differ
// in predicate, so they never contradict each other.

/** Nouns for people, grouped so "individuals", "captives" and "prisoners" can be compared. */
const PEOPLE = new Set([
  "people", "person", "individual", "prisoner", "captive", "pow", "detainee", "serviceman", "servicemen", "servicewoman",
  "soldier", "troop", "civilian", "citizen", "hostage", "inmate", "resident", "victim", "child", "children", "adult", "man",
  "men", "woman", "women", "passenger", "worker", "employee", "student", "member", "officer", "fighter", "militant",
  "refugee", "migrant", "patient", "casualty", "survivor", "body", "family", "national", "marine", "sailor", "pilot",
  "crew", "staff", "protester", "demonstrator", "voter", "supporter", "spectator", "fan", "player", "miner", "teenager",
  "teen", "boy", "girl", "kid", "baby", "infant", "toddler", "youth", "juvenile", "minor", "pupil", "suspect", "gunman",
  "shooter", "attacker", "assailant", "robber", "son", "daughter", "wife", "husband", "brother", "sister", "parent",
  "mother", "father", "relative", "friend", "neighbour", "neighbor", "co-worker", "coworker", "colleague", "guard",
  "firefighter", "police", "policeman", "trooper", "deputy", "agent", "tourist", "visitor", "guest", "pedestrian",
  "bystander", "driver", "motorist", "rider", "cyclist", "climber", "hiker", "swimmer", "fisherman", "fishermen",
  "farmer", "villager", "nurse", "doctor", "journalist", "reporter", "elderly", "senior", "youngster", "dead",
  "wounded", "injured", "missing", "captain", "skipper", "teacher", "laborer", "labourer", "firefighter", "rescuer", "volunteer", "guest", "athlete", "prisoners",
  "resident", "occupant", "tenant", "homeowner", "employee", "contractor", "personnel", "official", "lawmaker",
  "grandson", "granddaughter", "grandchild", "grandmother", "grandfather", "grandparent", "nephew", "niece", "cousin", "uncle",
  "aunt", "stepson", "stepdaughter", "stepfather", "stepmother", "fiancé", "fiancée", "girlfriend", "boyfriend", "roommate",
]);

/** Predicate classes by keyword stem found near the number. Order matters: first match wins. */
const PREDICATES: readonly [RegExp, string][] = [
  [/^(kill|dead(?!ly)|death|die|died|dies|slain|fatal|murder|perish|lost their lives|shot dead)/, "killed"],
  [/^(injur|wound|hurt|hospitali[sz]|treat(?:ed|ment)?$)/, "injured"],
  // "five people sent to area hospitals in a fatal shooting": taken to hospital, not killed (nor all the injured).
  [/^hospitals?$/, "hospital"],
  [/^(missing$|miss$|disappear|unaccounted)/, "missing"],
  [/^(arrest|detain|captur|charg|indict|convict|sentenc|jail|imprison)/, "detained"],
  // "Nine climbers were trapped", "61 fishermen stranded on an ice floe", "passengers stuck in a cable car": people
  // held where they are, a count that falls as they are brought out (not the evacuated, who were moved).
  [/^(trapped|trap$|traps$|stuck$|stick$|stranded|strand$|entombed)/, "trapped"],
  [/^(evacuat|displac|flee|fled|rescu|relocat|move|airlift)/, "evacuated"],
  [/^(releas|free|freed|return|repatriat|homecoming|swap|exchang|handed over|welcom|came back|brought back)/, "released"],
  [/^(survive|surviv)/, "survived"],
  // "carrying 212 passengers" / "loaded with 4,300 containers": carried, which quantity.ts reads as aboard for people and cargo for things.
  [/^(carry|carrying|carried|laden$|load$|loaded$)/, "carried"],
  [/^(aboard|on board|onboard)/, "aboard"],
  // What a storm or a fire does to buildings: "destroyed 60 homes", "160 houses were razed", "damaged 300 homes".
  [/^(destroy|flatten|raze|razing|demolish|wreck|gutted|burn(?:ed|t)? down|burn(?:ed|t)? to the ground)/, "destroyed"],
  [/^(damag)/, "damaged"],
  [/^(attend|gather|march|protest|rall|crowd$|spectator|watch)/, "attended"],
  [/^(vote|elect)/, "voted"],
  [/^(employ|hire|laid|layoff|job)/, "employed"],
];

/** Nouns that name the same kind of people: "prisoners", "captives" and "POWs" are compared. */
const GROUPS: readonly [string, readonly string[]][] = [
  ["prisoner", ["prisoner", "captive", "pow", "detainee", "hostage", "inmate"]],
  ["soldier", ["soldier", "serviceman", "servicemen", "servicewoman", "troop", "fighter", "marine", "sailor", "militant"]],
  ["civilian", ["civilian", "resident", "citizen", "national"]],
  ["protester", ["protester", "demonstrator", "marcher", "rioter"]],
  ["victim", ["victim", "casualty", "body", "dead"]],
  ["child", ["child", "children", "kid", "minor", "student", "pupil", "teenager", "teen", "youngster", "juvenile"]],
  // "4,800 dockers" and "8,400 dock workers", "600 strikers": the workers of a strike, by their trade or their act.
  ["worker", ["worker", "employee", "staff", "job", "miner", "workforce", "docker", "dockworker", "longshoreman", "longshoremen", "stevedore", "striker"]],
  ["officer", ["officer", "policeman", "police", "firefighter", "agent", "guard"]],
  ["home", ["home", "house", "dwelling", "residence"]],
];
const GROUP_OF = new Map<string, string>(GROUPS.flatMap(([g, ws]) => ws.map((w) => [w, g] as [string, string])));
/** Nouns that say only "people": compared with any people group of the same slot. */
const GENERIC = new Set(["people", "person", "individual", "man", "men", "woman", "women", "adult", "family", "member", "passenger", "survivor",
  // "three wounded", "five hurt", "19 missing": people, the harm being the predicate.
  "wounded", "injured", "hurt", "missing"]);

/** "people" for generic nouns and nationalities, a group name for kinds of people, else the noun. */
export function nounClass(noun: string | null): string | null {
  if (noun === null) return null;
  // The lemmatizer leaves some "-men" plurals as they are: "fishermen" and "fisherman" are one kind.
  if (/.men$/.test(noun) && !GROUP_OF.has(noun) && !GENERIC.has(noun)) noun = noun.replace(/men$/, "man");
  if (GENERIC.has(noun) || DEMONYM_NOUNS.has(noun)) return "people";
  return GROUP_OF.get(noun) ?? (PEOPLE.has(noun) ? noun : noun);
}

export function isPeopleClass(cls: string): boolean {
  return cls === "people" || GROUPS.some(([g]) => g === cls) || PEOPLE.has(cls);
}

const DEMONYM_NOUNS = new Set([
  "ukrainian", "russian", "american", "israeli", "palestinian", "iranian", "iraqi", "afghan", "syrian", "british", "briton",
  "french", "german", "chinese", "indian", "pakistani", "turk", "pole", "canadian", "mexican", "australian", "japanese",
  "korean", "filipino", "nigerian", "kenyan", "egyptian", "lebanese", "saudi", "yemeni", "sudanese", "somali", "haitian",
]);

export function isDemonymNoun(noun: string | null): boolean {
  return noun !== null && DEMONYM_NOUNS.has(noun);
}

/** The predicate class from the words around a number (a window of lower-cased words). */
export function predicateClass(window: readonly string[]): string | null {
  for (let i = 0; i < window.length; i++) {
    const w = window[i]!;
    // "with 44 passengers on board": two words, read together.
    if (w === "on" && window[i + 1] === "board") return "aboard";
    // "had burned down 53 houses", "53 houses burned down": what a fire did to buildings, two words read together.
    // (The window holds the words after a figure, then those before it backwards: "down" may sit on either side.)
    if (/^(?:burn|burns|burned|burnt|burning)$/.test(w) && (window[i + 1] === "down" || window[i - 1] === "down")) return "destroyed";
    for (const [re, cls] of PREDICATES) if (re.test(w)) return cls;
  }
  return null;
}

/** Units of length, weight, speed and area, to a base unit (metre, kilogram, km/h, square metre). "200ft" and "60m" are one height. */
const MEASURES: readonly [RegExp, string, number][] = [
  [/^(m|metres?|meters?)\.?$/, "length", 1], [/^(km|kilometres?|kilometers?)\.?$/, "length", 1000],
  [/^(cm|centimetres?|centimeters?)\.?$/, "length", 0.01], [/^(mm|millimetres?|millimeters?)\.?$/, "length", 0.001],
  [/^(ft|feet|foot)\.?$/, "length", 0.3048], [/^(miles?)\.?$/, "length", 1609.34], [/^(yards?|yds?)\.?$/, "length", 0.9144],
  [/^(inch|inches|in)\.?$/, "length", 0.0254], [/^nmi$/, "length", 1852],
  [/^(kg|kilos?|kilograms?|kilogrammes?)\.?$/, "weight", 1], [/^(g|grams?|grammes?)\.?$/, "weight", 0.001],
  [/^(lbs?|pounds?)\.?$/, "weight", 0.4536], [/^(tons?|tonnes?)\.?$/, "weight", 1000],
  // Speeds to km/h, areas to square metres ("140 km/h" = "87 mph"; "1,200 hectares" = "about 3,000 acres").
  [/^(km\/h|kph|kmh|kmph)$/, "speed", 1], [/^(mph|mile\/h)$/, "speed", 1.609344], [/^knots?$/, "speed", 1.852], [/^m\/h$/, "speed", 0.001],
  [/^(hectares?|ha)$/, "area", 10_000], [/^acres?$/, "area", 4046.86], [/^sq km$/, "area", 1e6], [/^sq mile$/, "area", 2_589_988],
  // Temperatures only against their own scale (no offset conversion): "44C" and "48°C"; "111F" with "115 degrees Fahrenheit".
  [/^°c$/, "temp-c", 1], [/^°f$/, "temp-f", 1],
  [/^sq m$/, "area", 1], [/^sq ft$/, "area", 0.0929], [/^sq yard$/, "area", 0.8361],
];

/** The dimension ("length", "weight") and factor to its base unit of a unit word, or null. */
export function unitMeasure(noun: string | null): { dim: string; factor: number } | null {
  if (noun === null) return null;
  const hit = MEASURES.find(([re]) => re.test(noun));
  return hit ? { dim: hit[1], factor: hit[2] } : null;
}
