// View helpers the report renderers and the web UI share, so the terminal, Markdown, HTML and browser
// views label and group alike: article letters (A, B, … in report order), severity order, counts,
// time frames and the claim matrix. The browser loads this module too (as /domain/labels.js, see
// web/assets.ts): plain TypeScript, no DOM, no imports but types and the browser's other domain/
// modules (slot.js). It reads reports, whose claims carry their slot as its key.
import type { ReportClaim } from "./claim.js";
import type { Finding, Severity } from "./finding.js";
import type { Report, ReportArticle } from "./report.js";
import { quantitySlotOfKey, type QuantitySlot } from "./slot.js";
import type { Story, Timeframe } from "./story.js";

export const SEVERITIES: readonly Severity[] = ["high", "medium", "low", "info"];

export function letter(i: number): string {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function articleLabels(report: Report): Map<string, string> {
  return new Map(report.articles.map((a, i) => [a.id, letter(i)]));
}

/** The story's articles in report order, so they read A, B, C… on the page. */
export function articlesOf(report: Report, story: Story): ReportArticle[] {
  const ids = new Set(story.articleIds);
  return report.articles.filter((a) => ids.has(a.id));
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function timeframeText(t: Timeframe): string {
  if (!t.from && !t.to) return "time frame unknown";
  if (t.from === t.to) return `set on ${t.from}`;
  return `set ${t.from ?? "?"} – ${t.to ?? "?"}`;
}

export interface MatrixRow {
  /** The slot's key, as the report gives it. */
  readonly slot: string;
  readonly label: string;
  readonly cells: ReadonlyMap<string, readonly ReportClaim[]>;
  readonly contested: boolean;
  /** Ids of the claims in this row that a contradiction or arithmetic finding disputes. */
  readonly disputed: ReadonlySet<string>;
}

/** Ids of claims that a contradiction (or a wrong sum) names: the disputed values themselves. */
export function disputedClaims(story: Story): Set<string> {
  return new Set(story.findings.filter((f) => f.type === "contradiction" || (f.type === "arithmetic" && f.severity !== "info")).flatMap((f) => f.claimIds));
}

/** Quantity slots stated by two or more articles (or contested) × articles; contested rows first. */
export function claimMatrix(story: Story): MatrixRow[] {
  const contestedClaims = disputedClaims(story);
  const bySlot = new Map<string, ReportClaim[]>();
  for (const c of story.claims) {
    if (c.kind !== "quantity" || c.value.unit !== "count") continue;
    if (!countsItsNoun(c, contestedClaims.has(c.id))) continue;
    bySlot.set(c.slot, [...(bySlot.get(c.slot) ?? []), c]);
  }
  const rows: MatrixRow[] = [];
  for (const [slot, claims] of bySlot) {
    const cells = new Map<string, ReportClaim[]>();
    for (const c of claims) cells.set(c.articleId, [...(cells.get(c.articleId) ?? []), c]);
    const contested = claims.some((c) => contestedClaims.has(c.id));
    if (cells.size < 2 && !contested) continue;
    rows.push({ slot, label: slotLabel(quantitySlotOfKey(slot)), cells, contested, disputed: new Set(claims.filter((c) => contestedClaims.has(c.id)).map((c) => c.id)) });
  }
  return rows.sort((a, b) => Number(b.contested) - Number(a.contested) || b.cells.size - a.cells.size);
}

/**
 * Nouns that stay singular in form after a count above one ("40 crew", "200 police"); any other
 * noun after such a count takes a plural ending, so a bare singular there is a misread.
 */
const UNMARKED_PLURALS = new Set(["people", "police", "crew", "staff", "personnel", "militia", "youth", "clergy", "infantry", "cavalry", "livestock", "cattle", "sheep", "fish", "deer", "swine", "poultry", "aircraft", "spacecraft", "hovercraft", "offspring", "head", "kin", "data", "media", "criteria", "bacteria", "phenomena", "alumni", "faithful", "elderly", "wounded", "injured", "dead", "missing",
  // a toll in a participle: "nine shot", "two killed"
  "shot", "killed", "hurt", "arrested", "detained", "evacuated", "rescued", "displaced", "hospitalized", "hospitalised"]);

/** The first number in a claim's words, in digits or words. */
const NUMBER = /\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b/i;

/** Plural forms without an -s: "schoolchildren", "firemen", "townspeople", "feet". */
const IRREGULAR_PLURAL = /(?:children|men|people|folk|feet|teeth|geese|mice|lice|oxen)$/;

/**
 * Whether a count claim belongs in the matrix, i.e. its number counts the noun its row is labelled
 * by. Left out (a misread, not a figure a reader compares):
 * - a label that is no word: "7 a. m." read as a count of "m.";
 * - a bare singular after a count above one: "three leading [scientific societies]", "33 home
 *   [runs]", "150 nautical miles west", "the 12200 block", "26 Somali crew onboard";
 * - unless a finding disputes it, a number that measures a modifier, not the noun: "10-year deal",
 *   "15-year veteran", "2,507-member assembly", "three-story structure", "38-caliber revolver".
 */
export function countsItsNoun(c: ReportClaim & { readonly kind: "quantity" }, disputed: boolean): boolean {
  const noun = quantitySlotOfKey(c.slot).noun;
  if (noun !== "-" && !/^\p{L}[\p{L}\p{N}'’-]*\p{L}[\p{N}]*$/u.test(noun)) return false;
  // a measure of a modifier stays when a finding names it: the dispute is what the reader needs to see
  // (the claim's number is the first in its words: "six empty ten-round magazines" counts magazines)
  if (/^-\p{L}/u.test(c.span.text.slice(NUMBER.exec(c.span.text)?.index ?? 0).replace(NUMBER, ""))) return disputed;
  const last = /([\p{L}\p{N}.'’-]+)\W*$/u.exec(c.span.text)?.[1]?.toLowerCase() ?? "";
  return !(c.value.number > 1 && last === noun && !/s$/.test(last) && !UNMARKED_PLURALS.has(noun) && !IRREGULAR_PLURAL.test(last));
}

/** "count:Ukraine:people:released:now" → "people released (Ukraine)"; "…:day=friday" → "people released (friday)". */
export function slotLabel({ side, noun, pred, scope }: QuantitySlot): string {
  const parts = [noun && noun !== "-" ? noun : "number", pred && pred !== "-" ? pred : ""].filter(Boolean).join(" ");
  const time = scope && scope !== "now" ? scope.replace(/^day=/, "") : "";
  const qual = [side && side !== "-" ? side : "", time].filter(Boolean).join(", ");
  return qual ? `${parts} (${qual})` : parts;
}

/** The distinct wordings in a cell, repeats counted: "1,000 prisoners ×9; 390 POWs". */
export function cellText(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join("; ");
}
