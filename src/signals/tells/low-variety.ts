// Low lexical variety and repeated sentence templates. Generated filler reuses a small stock of
// words and opens sentence after sentence the same way; edited news varies both. Measured, not
// guessed: the moving-average type-token ratio (MATTR, 100-word windows) and the share of
// sentences whose two opening words open at least two other sentences too. The cut-offs sit below
// the 1st percentile of the real articles in the tune fold (eval/signals.ts prints both folds).
// Short texts say nothing either way: below MIN_WORDS / MIN_SENTENCES the tell stays silent.
import type { Doc } from "../../domain/doc.js";
import { evidenceOf, type Evidence } from "../../domain/span.js";
import type { TellHit } from "../tell.js";
import { wordIds, words } from "../text.js";

const WINDOW = 100;
const MIN_WORDS = 250;
const MIN_SENTENCES = 12;
/** MATTR below this is lower than 99 % of real articles in the tune fold (p1 = 0.66; the seeds sit at 0.74–0.82). */
export const LOW_MATTR = 0.6;
/** Share of template-opened sentences above this is higher than 99 % of real articles in the tune fold (p99 = 0.33). */
export const HIGH_TEMPLATE_SHARE = 0.35;

/** Moving-average type-token ratio over WINDOW-word windows, or null for short texts. */
export function mattr(doc: Doc): number | null {
  const { ids, freq } = wordIds(doc);
  if (ids.length < MIN_WORDS) return null;
  const counts = new Int32Array(freq.length);
  let distinct = 0;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    if (counts[ids[i]!]!++ === 0) distinct++;
    if (i >= WINDOW && --counts[ids[i - WINDOW]!]! === 0) distinct--;
    if (i >= WINDOW - 1) sum += distinct;
  }
  return sum / (ids.length - WINDOW + 1) / WINDOW;
}

export interface Templates {
  readonly share: number;
  /** Sentence openers (two words) used three times or more, with the sentences' opening spans. */
  readonly openers: ReadonlyMap<string, readonly { start: number; end: number }[]>;
}

export function sentenceTemplates(doc: Doc): Templates | null {
  if (doc.sentences.length < MIN_SENTENCES) return null;
  const ws = words(doc);
  const byOpener = new Map<string, { start: number; end: number }[]>();
  let w = 0;
  for (const s of doc.sentences) {
    while (w < ws.length && ws[w]!.start < s.start) w++;
    const a = ws[w];
    const b = ws[w + 1];
    if (!a || !b || b.end > s.end) continue;
    const key = `${a.lower} ${b.lower}`;
    const span = { start: a.start, end: b.end };
    const list = byOpener.get(key);
    if (list) list.push(span);
    else byOpener.set(key, [span]);
  }
  const openers = new Map([...byOpener].filter(([, v]) => v.length >= 3));
  let templated = 0;
  for (const v of openers.values()) templated += v.length;
  return { share: templated / doc.sentences.length, openers };
}

export function lowVariety(doc: Doc): readonly TellHit[] {
  const { id, text } = doc.article;
  const hits: TellHit[] = [];
  const m = mattr(doc);
  if (m !== null && m < LOW_MATTR) {
    const ws = words(doc);
    const first = ws[0]!;
    const last = ws[Math.min(ws.length - 1, 60)]!;
    hits.push({
      rule: "signals/low-variety",
      strength: "weak",
      points: 1,
      summary: `The text reuses a small stock of words (variety ${m.toFixed(2)}, real news rarely falls below ${LOW_MATTR}), as generated filler does.`,
      evidence: [evidenceOf(id, text, first.start, last.end)],
      actual: m.toFixed(3),
      expected: `≥ ${LOW_MATTR}`,
    });
  }
  const t = sentenceTemplates(doc);
  if (t !== null && t.share > HIGH_TEMPLATE_SHARE) {
    const evidence: Evidence[] = [];
    for (const spans of t.openers.values()) for (const s of spans) evidence.push(evidenceOf(id, text, s.start, s.end));
    evidence.sort((a, b) => a.start - b.start);
    const shown = [...t.openers.keys()].slice(0, 3).map((k) => `“${k}…”`).join(", ");
    hits.push({
      rule: "signals/sentence-templates",
      strength: "weak",
      points: 1,
      summary: `${Math.round(t.share * 100)} % of sentences open the same few ways (${shown}), a repeated template rather than varied reporting.`,
      evidence,
      actual: t.share.toFixed(2),
      expected: `≤ ${HIGH_TEMPLATE_SHARE}`,
    });
  }
  return hits;
}
