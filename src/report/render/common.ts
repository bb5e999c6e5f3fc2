// Helpers every renderer shares: short article labels, severity counts, claim-matrix rows.
import type { Claim } from "../../domain/claim.js";
import type { Finding, Severity } from "../../domain/finding.js";
import { SEVERITY_ORDER } from "../../domain/finding.js";
import type { Report, ReportArticle } from "../../domain/report.js";
import type { Story } from "../../domain/story.js";

/** "A", "B", … "Z", "AA" — stable labels in report order, so a reader can follow an article across views. */
export function articleLabels(report: Report): Map<string, string> {
  const m = new Map<string, string>();
  report.articles.forEach((a, i) => m.set(a.id, label(i)));
  return m;
}

function label(i: number): string {
  let s = "";
  let n = i + 1;
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

export function articleById(report: Report): Map<string, ReportArticle> {
  return new Map(report.articles.map((a) => [a.id, a]));
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function countsLine(findings: readonly Finding[]): string {
  const c = severityCounts(findings);
  return SEVERITY_ORDER.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`).join(", ") || "no findings";
}

export function timeframeText(story: Story): string {
  const { from, to } = story.timeframe;
  if (!from && !to) return "time frame unknown";
  if (from === to) return `set on ${from}`;
  return `set ${from ?? "?"} – ${to ?? "?"}`;
}

export interface MatrixRow {
  readonly slot: string;
  readonly label: string;
  /** articleId → the claims of that article in this slot. */
  readonly cells: ReadonlyMap<string, readonly Claim[]>;
  readonly contested: boolean;
}

/** The claim matrix: quantity slots stated by at least two articles (or contested), × articles. */
export function claimMatrix(story: Story): MatrixRow[] {
  const contestedClaims = new Set(story.findings.filter((f) => f.type === "contradiction" || (f.type === "arithmetic" && f.severity !== "info")).flatMap((f) => f.claimIds));
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
    rows.push({ slot, label: slotLabel(slot), cells, contested });
  }
  return rows.sort((a, b) => Number(b.contested) - Number(a.contested) || b.cells.size - a.cells.size);
}

/** "count:Ukraine:people:released" → "people released (Ukraine)". */
export function slotLabel(slot: string): string {
  const [, side, noun, pred] = slot.split(":");
  const parts = [noun && noun !== "-" ? noun : "number", pred && pred !== "-" ? pred : ""].filter(Boolean).join(" ");
  return side && side !== "-" ? `${parts} (${side})` : parts;
}
