// Torture stories for comparable-claim reasoning: small multi-article stories, each with what a
// fact-checker expects. "quiet" = no high or medium contradiction/arithmetic finding (a low one
// is a weak signal and allowed); "flag" = a finding at least `min` whose evidence covers each of
// the given words (one per article involved).
import { extractClaims } from "../../src/claims/extract.js";
import { crosscheck } from "../../src/crosscheck/index.js";
import type { FindingDraft, Severity } from "../../src/domain/finding.js";
import { emptyKb } from "../../src/kb/load.js";
import { findProvenance } from "../../src/provenance/derive.js";
import { docOf } from "../helpers.js";

export type Text = string | { readonly text: string; readonly publishedAt: string };

export interface Torture {
  readonly name: string;
  readonly texts: readonly Text[];
  readonly expect: "quiet" | { readonly flag: readonly string[]; readonly min: Severity };
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };
const CHECKED = new Set(["contradiction", "arithmetic"]);

export function findingsOf(texts: readonly Text[]): FindingDraft[] {
  const docs = texts.map((t) => (typeof t === "string" ? docOf(t) : docOf(t.text, { publishedAt: t.publishedAt })));
  const claims = docs.flatMap(extractClaims);
  const { derivations } = findProvenance(docs);
  return crosscheck({ docs, claims, derivations, timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
}

/** "" when the story comes out as expected, else what went wrong. */
export function judge(t: Torture): string {
  const fs = findingsOf(t.texts).filter((f) => CHECKED.has(f.type));
  const loud = fs.filter((f) => RANK[f.severity] >= RANK.medium);
  if (t.expect === "quiet") return loud.length ? `false alarm: ${loud.map((f) => `${f.severity} ${f.summary}`).join(" | ")}` : "";
  const { flag, min } = t.expect;
  const hit = fs.find((f) => RANK[f.severity] >= RANK[min] && flag.every((w) => f.evidence.some((e) => e.text.includes(w))));
  return hit ? "" : `missed (${flag.join(" / ")} at ${min}+); got: ${fs.map((f) => `${f.severity} ${f.summary}`).join(" | ") || "nothing"}`;
}
