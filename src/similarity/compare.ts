// The `compare` command's per-line logic, pure: {"id","a","b"} → {"id","score","paraphrase"}.
// The CLI reads and writes the JSONL; this decides.
import { PARAPHRASE_THRESHOLD } from "./weights.js";
import { sentenceSimilarity } from "./paraphrase.js";

export interface ComparePair {
  readonly id: string;
  readonly a: string;
  readonly b: string;
}

export interface CompareResult {
  readonly id: string;
  readonly score: number;
  readonly paraphrase: boolean;
}

export function comparePairs(lines: readonly ComparePair[]): CompareResult[] {
  return lines.map(({ id, a, b }) => {
    const score = sentenceSimilarity(a, b);
    return { id, score: Math.round(score * 1e4) / 1e4, paraphrase: score >= PARAPHRASE_THRESHOLD };
  });
}
