// crosscheck/stance: how a figure is told, when two tellings make two figures of one noun.
//
// A union "is demanding a 9 percent pay rise" and the ministry "has offered 4 percent": two parties' positions in one
// negotiation, not one figure misreported. The minimum wage "will rise to 12.50 pounds an hour" and "is 11.44 pounds
// an hour": the level to come and the level now. Tickets "cost 20 euros for adults" and "8 euros for children": prices
// for two groups. Each is a reason for a cross-check to doubt that two figures count one thing.
import type { QuantityClaim } from "../domain/claim.js";
import { amountAspect } from "./measure.js";

/** How a figure is told: asked for, offered, to come, or plainly (null). */
export type Stance = "asked" | "offered" | "to come" | null;

/** Words right before a figure (in its clause) that make it what one party asks for. */
const ASKED = /\b(?:ask(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)\s+for|push(?:es|ed|ing)?\s+for|holding out for|claim(?:s|ed|ing)?\s+(?:for|damages\s+of))\b[^.;:]{0,40}$/i;
/** … that make it what a party offers or proposes (not yet agreed). */
const OFFERED = /\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|bid(?:s|ding)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|put forward)\b[^.;:]{0,40}$/i;
/** … that make it a level to come: "will rise to", "is set to go up to", "is to be raised to". */
const TO_COME = /\b(?:will|is set to|are set to|is to|are to|is due to|are due to|is going to|are going to)\s+(?:\w+\s+)?(?:rise|increase|go up|fall|drop|climb|reach|be raised|be increased|be cut|be lowered|be reduced|be set|double|triple)\s+(?:to|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** How the figure `c` is told, from the words of its clause before it (`before`: the sentence up to the figure). */
export function stanceOf(before: string): Stance {
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  if (TO_COME.test(clause)) return "to come";
  if (ASKED.test(clause)) return "asked";
  if (OFFERED.test(clause)) return "offered";
  return null;
}

/** The group or unit a price or amount is told for ("20 euros for adults" → "adult", "90 dollars a night" → "night"), or null. */
const FOR_WHOM = /^\s*(?:each\s+)?(?:for|per|a|an)\s+(?:an?\s+|each\s+|every\s+|one\s+)?(adult|child|children|kid|student|senior|pensioner|member|non-member|famil(?:y|ies)|household|person|people|couple|night|day|hour|week|month|year|head|room|seat|litre|liter|gallon|kilo|kilogram|tonne|ton|barrel|share|passenger|visitor|resident)s?\b/i;
export function forWhom(after: string): string | null {
  // "180 million dollars annually" is "a year" told in one word.
  const adverb = /^\s*(annually|yearly|per annum|monthly|weekly|daily|hourly|nightly)\b/i.exec(after)?.[1]?.toLowerCase();
  if (adverb) return adverb === "per annum" || adverb === "annually" || adverb === "yearly" ? "year" : adverb === "daily" ? "day" : adverb === "nightly" ? "night" : adverb.replace(/ly$/, "");
  const m = FOR_WHOM.exec(after);
  return m ? groupWord(m[1]!) : null;
}

/** One word for a group or unit however written: "children" and "kid" → "child", "people" → "person", "families" → "family". */
function groupWord(word: string): string {
  const w = word.toLowerCase();
  return w === "children" || w === "kid" ? "child" : w === "people" ? "person" : w.replace(/ies$/, "y").replace(/s$/, "");
}

/**
 * Whether two figures are told in ways that make them two figures: another stance (asked against offered, a level to
 * come against one now), or another group or unit they are told for ("for adults" / "for children").
 */
export function toldAsOtherThings(textA: string, a: QuantityClaim, startA: number, textB: string, b: QuantityClaim, startB: number): boolean {
  if (stanceOf(textA.slice(startA, a.span.start)) !== stanceOf(textB.slice(startB, b.span.start))) return true;
  if (a.value.unit !== "money" && a.value.unit !== "percent") return false;
  const group = (text: string, c: QuantityClaim, start: number) => forWhom(text.slice(c.span.end, c.span.end + 40)) ?? payerBefore(text.slice(start, c.span.start));
  if (group(textA, a, startA) !== group(textB, b, startB)) return true;
  // "Standing tickets … cost 30 euros" / "Seats in the main stand … 75 euros a ticket": prices of two kinds of ticket.
  const x = amountAspect(textA, a), y = amountAspect(textB, b);
  return x !== null && y !== null && x.startsWith("price of a") && y.startsWith("price of a") && x !== y;
}

/** "Adults pay 26 euros", "students are charged 9 euros": the group named as the payer before the amount. */
const PAYER = /\b(adult|child|children|kid|student|senior|pensioner|member|non-member|famil(?:y|ies)|household|visitor|resident|passenger)s?\s+(?:will\s+|must\s+|now\s+|still\s+)?(?:pay|pays|paid|are charged|were charged|is charged|get in for)\s+(?:about\s+|around\s+|some\s+|just\s+|only\s+)?$/i;
function payerBefore(before: string): string | null {
  const m = PAYER.exec(before);
  return m ? groupWord(m[1]!) : null;
}
