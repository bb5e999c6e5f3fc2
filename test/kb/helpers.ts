// Test helpers: build a Doc and claims from a string, and load the shipped kb once.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { annotate } from "../../src/annotate/annotate.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { Claim } from "../../src/domain/claim.js";
import type { Doc } from "../../src/domain/doc.js";
import type { Kb } from "../../src/domain/kb.js";
import { articleId, normalizeText } from "../../src/ingest/normalize.js";
import { loadKb } from "../../src/kb/load.js";
import { inferTimeframe } from "../../src/kb/timeframe.js";
import { anachronism } from "../../src/crosscheck/rules/anachronism.js";

// Loaded when the test file is collected, not inside the first test (whose time limit a 50k-term load would eat on a busy machine).
const loaded: Kb = loadKb();
export const kb = (): Kb => loaded;

export function docOf(raw: string, publishedAt: string | null = null, name = "test"): Doc {
  const text = normalizeText(raw);
  return annotate({ id: articleId(text), sourceId: null, title: text.split("\n")[0]!, outlet: null, url: null, byline: null, publishedAt, path: name, text });
}

export function seedDocs(): Doc[] {
  const dir = path.resolve(import.meta.dirname, "../../examples/istanbul-2025");
  return readdirSync(dir).sort().map((f) => docOf(readFileSync(path.join(dir, f), "utf8"), null, f));
}

/** Findings as one-line strings: `anachronism-role high "U.S. Secretary of State Antony Blinken"`. */
export function anachronisms(docs: readonly Doc[]): string[] {
  const claims: Claim[] = docs.flatMap(extractClaims);
  const timeframe = inferTimeframe(docs, claims, kb());
  return anachronism({ docs, claims, derivations: [], timeframe, kb: kb() })
    .map((f) => `${f.rule.replace("crosscheck/", "")} ${f.severity} "${f.evidence.map((e) => e.text).join(" | ")}"`);
}

export function frameOf(docs: readonly Doc[]) {
  return inferTimeframe(docs, docs.flatMap(extractClaims), kb());
}
