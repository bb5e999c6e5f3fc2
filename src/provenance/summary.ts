// The `derivation` finding for one derivation: a sentence a journalist understands ("Article B
// reads as a sentence-by-sentence rewrite of article A (13 of 23 sentences aligned). What the
// rewrite changed: "390" → "400"."), evidence in both articles, severity low when the rewrite changed facts, else info.
import type { Doc } from "../domain/doc.js";
import type { Evidence, FindingDraft } from "../domain/index.js";
import type { AlignedPair, Change, Derivation } from "../domain/story.js";

const quoteTitle = (d: Doc) => {
  const t = d.article.title.replace(/\s+/g, " ").trim();
  return t ? `"${t.length > 70 ? `${t.slice(0, 67)}…` : t}"` : `article ${d.article.id}`;
};

export function describeChange(c: Change): string {
  const what = c.kind === "quote" ? "the quote " : "";
  if (c.before !== null && c.after !== null) return `${what}"${clip(c.before)}" → "${clip(c.after)}"`;
  if (c.before !== null) return `drops ${what}"${clip(c.before)}"`;
  return `adds ${what}"${clip(c.after ?? "")}"`;
}

/** A change with no direction: "“390” in one, “400” in the other"; "“5” only in "Title A"". */
export function describeDifference(c: Change, a: string, b: string): string {
  const what = c.kind === "quote" ? "the quote " : "";
  if (c.before !== null && c.after !== null) return `${what}"${clip(c.before)}" in ${a}, "${clip(c.after)}" in ${b}`;
  if (c.before !== null) return `${what}"${clip(c.before)}" only in ${a}`;
  return `${what}"${clip(c.after ?? "")}" only in ${b}`;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function derivationFinding(d: Derivation, from: Doc, to: Doc): FindingDraft {
  // Aligned pairs are one to one, so never more than the shorter article's sentences.
  const total = Math.max(d.alignedSentences, Math.min(countSentences(from), countSentences(to)));
  const a = quoteTitle(from), b = quoteTitle(to);
  const aligned = `${d.alignedSentences} of ${total} sentences aligned`;
  // With no known direction the heading names no source and no copy: "A and B are near-copies of each other".
  const known = d.direction === "known";
  const relationText = {
    "near-duplicate": known ? `is a near-copy of ${a} (${aligned})` : `and ${a} are near-copies of each other (${aligned})`,
    paraphrase: known ? `reads as a sentence-by-sentence rewrite of ${a} in other words (${aligned})` : `and ${a} read as sentence-by-sentence rewrites of one text in other words (${aligned})`,
    "shared-source": `shares ${d.alignedSentences} sentences nearly word for word with ${a}, as if both drew on the same wire copy or statement`,
  }[d.relation];
  const changes = d.pairs.flatMap((p) => p.changes);
  const factual = changes.filter((c) => c.kind === "number" || c.kind === "name" || c.kind === "quote");
  const changeText = factual.length
    ? ` ${known ? `What the ${d.relation === "near-duplicate" ? "copy" : "rewrite"} changed:` : "Where they differ:"} ${factual.slice(0, 3).map((c) => (known ? describeChange(c) : describeDifference(c, a, b))).join("; ")}${factual.length > 3 ? ` and ${factual.length - 3} more` : ""}.`
    : "";
  const directionText = d.direction === "known" ? "" : ` Which came first cannot be told: ${d.directionBasis}.`;
  const relation = d.relation === "paraphrase" ? "rewrite" : d.relation === "near-duplicate" ? "copy" : "shared source";
  return {
    rule: `provenance/${d.relation}`,
    type: "derivation",
    severity: factual.some((c) => c.kind === "number" || c.kind === "name") ? "low" : "info",
    summary: `${capital(b)} ${relationText}.${changeText}${directionText} Count them as one ${relation === "shared source" ? "source" : "witness"} when weighing corroboration.`,
    articleIds: [d.from, d.to],
    claimIds: [],
    evidence: evidence(d, from, to),
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentences of four words or more: a doc is counted once however many derivations it is in. */
const counted = new WeakMap<Doc, number>();
function countSentences(d: Doc): number {
  let n = counted.get(d);
  if (n === undefined) { n = d.sentences.filter((s) => (s.text.match(/\p{L}+/gu) ?? []).length >= 4).length; counted.set(d, n); }
  return n;
}

/** The best aligned pair and up to two pairs with factual changes, each as a span in both articles. */
function evidence(d: Derivation, from: Doc, to: Doc): Evidence[] {
  const chosen: AlignedPair[] = [];
  const best = [...d.pairs].sort((x, y) => y.score - x.score)[0];
  if (best) chosen.push(best);
  for (const p of d.pairs) {
    if (chosen.length >= 3) break;
    if (!chosen.includes(p) && p.changes.some((c) => c.kind !== "added" && c.kind !== "dropped")) chosen.push(p);
  }
  return chosen.flatMap((p) => [
    { articleId: from.article.id, ...p.from },
    { articleId: to.article.id, ...p.to },
  ]);
}
