// View helpers the report renderers and the web UI share, so the terminal, Markdown, HTML and browser
// views label and group alike: article letters (A, B, … in report order), severity order, counts,
// time frames and the claim matrix. The browser loads this module too (as /domain/labels.js, see
// web/assets.ts): plain TypeScript, no DOM, no imports but types.
import type { Claim } from "./claim.js";
import type { Finding, Severity } from "./finding.js";
import type { Report, ReportArticle } from "./report.js";
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
  readonly slot: string;
  readonly label: string;
  readonly cells: ReadonlyMap<string, readonly Claim[]>;
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
  const bySlot = new Map<string, Claim[]>();
  for (const c of story.claims) {
    if (c.kind !== "quantity" || c.value.unit !== "count") continue;
    bySlot.set(c.slot, [...(bySlot.get(c.slot) ?? []), c]);
  }
  const rows: MatrixRow[] = [];
  for (const [slot, claims] of bySlot) {
    const cells = new Map<string, Claim[]>();
    for (const c of claims) cells.set(c.articleId, [...(cells.get(c.articleId) ?? []), c]);
    const contested = claims.some((c) => contestedClaims.has(c.id));
    if (cells.size < 2 && !contested) continue;
    rows.push({ slot, label: slotLabel(slot), cells, contested, disputed: new Set(claims.filter((c) => contestedClaims.has(c.id)).map((c) => c.id)) });
  }
  return rows.sort((a, b) => Number(b.contested) - Number(a.contested) || b.cells.size - a.cells.size);
}

/** "count:Ukraine:people:released:now" → "people released (Ukraine)"; "…:day=friday" → "people released (friday)". */
export function slotLabel(slot: string): string {
  const [, side, noun, pred, when] = slot.split(":");
  const parts = [noun && noun !== "-" ? noun : "number", pred && pred !== "-" ? pred : ""].filter(Boolean).join(" ");
  const time = when && when !== "now" ? when.replace(/^day=/, "") : "";
  const qual = [side && side !== "-" ? side : "", time].filter(Boolean).join(", ");
  return qual ? `${parts} (${qual})` : parts;
}

/** The distinct wordings in a cell, repeats counted: "1,000 prisoners ×9; 390 POWs". */
export function cellText(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join("; ");
}
