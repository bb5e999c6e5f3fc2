// Comparing quantity claims: which pairs are about the same thing, and whether their intervals meet.
import { unitMeasure } from "../claims/slots.js";
import type { QuantityClaim } from "../domain/claim.js";
import type { QuantitySlot } from "../domain/slot.js";
import { CURRENCY_AFTER as CURRENCY_WORD, isCurrencyNoun } from "../lexicon/currencies.js";

/**
 * Two quantity claims are comparable when the slot says they count the same thing: same unit,
 * same counted noun class, same predicate, same side, same time scope, both per-party or both totals.
 * "12 people were aboard" and "nine survived" differ in predicate: never compared.
 * "strict" = the predicate is known on both sides; "loose" = same counted noun but no predicate
 * ("a 40-mile stretch" / "a 45-mile stretch"): compared, but any finding stays low.
 */
export function comparability(a: QuantityClaim, b: QuantityClaim, slotOf: (c: QuantityClaim) => QuantitySlot = (c) => c.slot): "strict" | "loose" | null {
  if (slotOf(a).key !== slotOf(b).key || a.articleId === b.articleId) return null;
  const p = a.slot;
  if (p.noun === "-") return null; // when unsure, do not compare
  if (a.value.perParty !== b.value.perParty) return null;
  if (p.pred !== "-") return "strict";
  if (p.unit === "age" && /^(person|role|main)=/.test(p.noun)) return "loose"; // the same named (or described) person's age
  return (a.value.noun !== null && a.value.noun === b.value.noun) || (measureOf(a) !== null && sameMeasure(a, b)) ? "loose" : null;
}

export function comparable(a: QuantityClaim, b: QuantityClaim, slotOf?: (c: QuantityClaim) => QuantitySlot): boolean {
  return comparability(a, b, slotOf) !== null;
}

/**
 * The interval a claim allows. Round figures stated flat are rounded by the writer:
 * "$13 billion" allows 13.9 billion (±8 % from a million up); "400 protesters" allows ±5 %.
 */
export function interval(c: QuantityClaim): [number, number] {
  const v = c.value.number;
  let lo = c.value.low ?? -Infinity;
  let hi = c.value.high ?? Infinity;
  if (c.value.hedge === "exact") {
    const tol = v >= 1e6 ? 0.08 : v >= 100 && v % 100 === 0 ? 0.05 : 0;
    lo = v * (1 - tol);
    hi = v * (1 + tol);
  }
  const m = measureOf(c);
  return m ? [lo * m.factor, hi * m.factor] : [lo, hi];
}

/** The dimension and factor to base units of a distance/weight claim, or null (a count, or an unknown unit). */
export function measureOf(c: QuantityClaim): { dim: string; factor: number } | null {
  return c.value.unit === "distance" ? unitMeasure(c.value.noun) : null;
}

/** A length against a weight, or a known unit against an unknown one: not one quantity. */
export function sameMeasure(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = measureOf(a), y = measureOf(b);
  if (x === null && y === null) return true;
  return x !== null && y !== null && x.dim === y.dim;
}

/** Values converted between units are rounded by the writer ("50 miles" ≈ "80 km"): 6 % either way. */
function converted(a: QuantityClaim, b: QuantityClaim): boolean {
  const x = measureOf(a), y = measureOf(b);
  return x !== null && y !== null && x.factor !== y.factor;
}

/**
 * A measure stated as a whole number against one with a decimal that rounds to it ("a margin of five
 * points" / "4.9 points", "6 percent" / "6.4 percent"): the writer rounded. Counts and ages are told
 * exactly ("5 killed" / "4 killed" differ), and so are figures of 100 and more (their own rule, above).
 */
function rounded(a: QuantityClaim, b: QuantityClaim): boolean {
  const roundable = (c: QuantityClaim) => c.value.unit !== "count" && c.value.unit !== "age" && c.value.hedge === "exact" && (c.value.low ?? c.value.number) === c.value.number && (c.value.high ?? c.value.number) === c.value.number && Math.abs(c.value.number) < 100;
  if (!roundable(a) || !roundable(b) || a.value.unit !== b.value.unit || measureOf(a)?.factor !== measureOf(b)?.factor) return false;
  const [whole, part] = Number.isInteger(a.value.number) ? [a.value.number, b.value.number] : [b.value.number, a.value.number];
  return Number.isInteger(whole) && !Number.isInteger(part) && Math.abs(whole - part) < 0.5;
}

/**
 * The unit a written figure is rounded to: 1,600 → 100, 2,000 → 1,000, 45 → 1, 6.5 → 0.1. Two writers who each round
 * "about" a figure of one thing land within one such unit of each other ("about 1,600" / "about 1,650"); "about
 * 1,600" against "about 1,900" is two figures, though ±15 % around each would meet.
 */
function roundingUnit(v: number): number {
  if (!Number.isInteger(v)) return 10 ** -decimals(v);
  let unit = 1;
  while (v !== 0 && v % (unit * 10) === 0) unit *= 10;
  return unit;
}
function decimals(v: number): number {
  const t = String(v), dot = t.indexOf(".");
  return dot < 0 || t.includes("e") ? 0 : t.length - dot - 1;
}
function twoRoundings(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.value.hedge !== "about" || b.value.hedge !== "about" || a.value.number === b.value.number || converted(a, b)) return false;
  // (Figures not rounded at all — "about 57" / "some 55" — keep the hedge's own width: the writers were unsure of them.)
  const ua = roundingUnit(a.value.number), ub = roundingUnit(b.value.number);
  return Math.min(ua, ub) >= 10 && Math.abs(a.value.number - b.value.number) > Math.max(ua, ub);
}

export function overlaps(a: QuantityClaim, b: QuantityClaim): boolean {
  if (rounded(a, b)) return true;
  // "More than 280 millimetres of rain" / "280 millimetres": a measure told with its bound is the figure the other gives.
  if (a.value.unit !== "count" && a.value.unit !== "age" && a.value.number === b.value.number && measureOf(a)?.factor === measureOf(b)?.factor
    && [a, b].some((c) => c.value.hedge === "exact") && [a, b].some((c) => c.value.hedge === "over" || c.value.hedge === "nearly")) return true;
  if (twoRoundings(a, b)) return false;
  let [al, ah] = interval(a);
  let [bl, bh] = interval(b);
  if (converted(a, b)) { al *= 0.94; bl *= 0.94; ah *= 1.06; bh *= 1.06; }
  return Math.max(al, bl) <= Math.min(ah, bh);
}

/** How far apart two claims are, relative to the larger value (0 = touching, 1 = one is zero). */
export function gap(a: QuantityClaim, b: QuantityClaim): number {
  const f = (c: QuantityClaim) => measureOf(c)?.factor ?? 1;
  const [x, y] = a.value.number * f(a) <= b.value.number * f(b) ? [a, b] : [b, a];
  const hiX = (x.value.high ?? x.value.number) * f(x);
  const loY = (y.value.low ?? y.value.number) * f(y);
  return loY <= hiX ? 0 : (loY - hiX) / Math.max(1, loY);
}

/** How a value reads in a summary: the words as written ("over 500 Ukrainians", "390 individuals"). */
export function says(c: QuantityClaim): string {
  return `“${c.span.text}”`;
}

const PREDICATE_PHRASE: Readonly<Record<string, string>> = {
  killed: "killed", injured: "injured", hospital: "taken to hospital", missing: "missing", detained: "detained", evacuated: "evacuated", trapped: "trapped",
  released: "released or returned", survived: "who survived", aboard: "aboard", cargo: "carried", attended: "attending", voted: "voting", struck: "on strike", employed: "employed",
  casualties: "killed or injured", destroyed: "destroyed", damaged: "damaged", "injured-serious": "seriously injured", "injured-minor": "lightly injured", whole: "in all",
};

/**
 * What a slot counts, in words a reader needs no manual for: "people killed", "prisoners released
 * or returned (Ukraine's side)", "the age of Smith", "the distance". Never a slot label.
 */
export function slotPhrase(p: QuantitySlot): string {
  const who = /^(person|main|role)=([^~]*)(?:~(.*))?$/.exec(p.noun);
  if (p.unit === "age" || who) {
    if (!who) return "a person's age";
    // A title's mark ("ortiz~(f)", from "Mrs. Ortiz") is no first name: "the age of Ortiz".
    const first = who[3] && !/^\([mf]\)$/.test(who[3]) ? who[3] : null;
    const name = (first ? `${first} ${who[2]}` : who[2]!).replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    return who[1] === "role" ? `the age of the ${who[2]}` : `the age of ${name}`;
  }
  if (p.noun === "prison-term") return "the prison sentence";
  // "length-blackout" → "how long the blackout lasted"; "length-trapped" → "how long people were trapped".
  if (p.noun.startsWith("length-")) {
    const e = p.noun.slice(7);
    return /^(trapped|held)$/.test(e) ? `how long people were ${e}` : `how long the ${e} lasted`;
  }
  if (p.noun === "vote-split") return "how the vote split";
  if (p.noun === "vote") return p.unit === "percent" ? "the share of the vote" : "the number of votes";
  if (p.noun === "vote-for") return "the share voting in favour";
  if (p.noun === "vote-against") return "the share voting against";
  if (p.noun === "magnitude") return "the quake's magnitude";
  if (p.noun === "storey") return "how many storeys the building has";
  // "rate-unemployment" → "the unemployment rate", "rate-youth-unemployment" → "the youth unemployment rate".
  if (p.noun.startsWith("rate-")) return `the ${p.noun.slice(5).replace(/-/g, " ")} rate`;
  if (p.noun === "turnout") return p.scope.startsWith("day=") ? `the turnout on ${p.scope.slice(4)}` : "the turnout";
  const thing = p.noun === "-" || (p.unit === "money" && isCurrencyNoun(p.noun)) ? (p.unit === "money" ? "the amount" : p.unit === "percent" ? "the percentage" : "the figure")
    : p.noun === "length" ? "the distance" : p.noun === "weight" ? "the weight" : p.noun === "speed" ? "the speed" : p.noun === "area" ? "the area" : /^temp-[cf]$/.test(p.noun) ? "the temperature"
    // "the wounded" counted as killed reads "people killed", never "wounded killed".
    : /^(wounded|injured|dead|hurt|missing|killed|shot)$/.test(p.noun) ? "people"
    // A toll's dead ("the death toll rose to 23") are counted as victims: "people killed", never "victims killed".
    : p.noun === "victim" && (p.pred === "killed" || p.pred === "casualties") ? "people" : plural(p.noun);
  // "the theatre seats 1,200 people": "how many people it can hold".
  if (p.pred === "capacity") return `how many ${thing} it can hold`;
  const pred = p.pred === "-" ? "" : ` ${PREDICATE_PHRASE[p.pred] ?? p.pred}`;
  const side = p.side === "-" ? "" : ` (${p.side}'s side)`;
  const when = p.scope.startsWith("day=") ? ` on ${p.scope.slice(4)}`
    : p.scope === "cumulative" ? " in total so far"
    : p.scope === "earlier" ? " in an earlier event"
    // A tally over a named period: "period=April" → " during April", "period=the first six months" → " during the first six months".
    : p.scope.startsWith("period=") ? ` during ${p.scope.slice(7)}`
    : /^y\d{4}$/.test(p.scope) ? ` in ${p.scope.slice(1)}`
    : p.scope === "part" ? " in one part of the total" : "";
  // "6.4 percent of people": a share of them, never "people" as if counted.
  const what = p.unit === "percent" && p.noun !== "-" ? `the share of ${thing}` : thing;
  return `${what}${pred}${side}${when}`;
}

const IRREGULAR: Readonly<Record<string, string>> = { person: "people", people: "people", man: "men", woman: "women", child: "children", children: "children", servicemen: "servicemen", police: "police", staff: "staff", crew: "crew", personnel: "personnel", fishermen: "fishermen", dead: "dead", injured: "injured", wounded: "wounded", elderly: "elderly" };

/** "prisoner" → "prisoners", "casualty" → "casualties", "child" → "children". */
/** Nouns of a mass, written the same for any amount: "100 million barrels of oil" is never "oils". */
const UNCOUNTABLE = /^(?:oil|crude|fuel|petrol|gasoline|diesel|gas|water|rain|rainfall|snow|ice|sand|mud|debris|waste|rubbish|garbage|trash|money|cash|aid|food|rice|wheat|grain|corn|fish|meat|equipment|ammunition|information|evidence|damage|traffic|land|electricity|power|cocaine|heroin|cannabis|marijuana|fentanyl|methamphetamine|meth|gold|silver|steel|coal|timber|wood|furniture|luggage|baggage|livestock|cattle|poultry|research|news|advice|software|hardware)$/;
/** A day of the week keeps its capital: "two Sundays". */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function plural(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun]!;
  if (UNCOUNTABLE.test(noun)) return noun;
  if (WEEKDAY.test(noun)) return `${noun[0]!.toUpperCase()}${noun.slice(1)}s`;
  if (/man$/.test(noun)) return noun.replace(/man$/, "men");
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + "es";
  return noun + "s";
}

const CURRENCY_BEFORE: readonly [RegExp, string][] = [[/(?:US\s?\$|\$\s?US|\$)\s*$/i, "usd"], [/(?:€|euros?|eur)\s*$/i, "eur"], [/(?:£|gbp)\s*$/i, "gbp"], [/(?:¥|yen|yuan|rmb)\s*$/i, "jpy/cny"], [/(?:₹|rs\.?|inr)\s*$/i, "inr"], [/(?:^|[^a-z])(?:ksh|kes|tsh|ush|sh)\.?\s*$/i, "shilling"]];
const CURRENCY_AFTER: readonly [RegExp, string][] = [[/^\s*(?:us\s+)?dollars?\b/i, "usd"], [/^\s*euros?\b/i, "eur"], [/^\s*(?:pounds?(?: sterling)?|sterling)\b/i, "gbp"], [/^\s*(?:yen|yuan|renminbi)\b/i, "jpy/cny"], [/^\s*rupees?\b/i, "inr"], [/^\s*(?:roubles?|rubles?)\b/i, "rub"], [/^\s*hryvnias?\b/i, "uah"]];

/** The currency an amount is written in ("$2 million", "€45 million", "22 billion euros"), or null. */
export function currencyOf(text: string, c: QuantityClaim): string | null {
  const before = text.slice(Math.max(0, c.span.start - 6), c.span.start), after = text.slice(c.span.end, c.span.end + 20);
  const inSpan = c.span.text;
  for (const [re, cur] of CURRENCY_BEFORE) if (re.test(before) || re.test(inSpan.match(/^\D*/)?.[0] ?? "")) return cur;
  // Past any hedge the span holds ("about 4.2 million euros"): what follows the figure and its scale.
  const rest = inSpan.replace(/^\D*[\d.,]+\s*(?:million|billion|thousand|trillion|bn|m)?/i, "");
  for (const [re, cur] of CURRENCY_AFTER) if (re.test(after) || re.test(rest)) return cur;
  // Any other currency named after the amount ("12,390 baht", "450 million reais") is its own.
  const word = /^\s*([a-z]+)/i.exec(rest.trim() ? rest : after)?.[1]?.toLowerCase();
  if (word !== undefined && CURRENCY_WORD.test(word)) return word.replace(/(?:e?s)$/, "");
  return null;
}

/** Two amounts each written in a currency, the currencies different ("$165,000" / "£90,000"): one amount, not compared. */
export function otherCurrencies(ta: string, a: QuantityClaim, tb: string, b: QuantityClaim): boolean {
  const x = currencyOf(ta, a), y = currencyOf(tb, b);
  return x !== null && y !== null && x !== y;
}
