// Which pairs of a story's articles to compare. Small stories: every pair. Large ones (a wire
// story syndicated thousands of times): exact copies are chained to their first copy, and the
// remaining articles are compared only with their few nearest neighbours, found through an
// inverted index over rare words, so the work grows linearly, not with the square.
import type { Doc } from "../domain/doc.js";
import { terms } from "../similarity/tokens.js";

/** Up to this many distinct texts, compare every pair. */
const ALL_PAIRS_UP_TO = 24;
const NEIGHBOURS = 8;
const MAX_POSTING = 200;

export function candidatePairs(docs: readonly Doc[]): [number, number][] {
  const firstOfText = new Map<string, number>();
  const reps: number[] = [];
  const out: [number, number][] = [];
  docs.forEach((d, i) => {
    const first = firstOfText.get(d.article.text);
    if (first === undefined) { firstOfText.set(d.article.text, i); reps.push(i); } else out.push([first, i]);
  });
  if (reps.length <= ALL_PAIRS_UP_TO) {
    for (let x = 0; x < reps.length; x++) for (let y = x + 1; y < reps.length; y++) out.push([reps[x]!, reps[y]!]);
    return out;
  }
  const postings = new Map<string, number[]>();
  const votes = new Float64Array(docs.length);
  for (const i of reps) {
    const own = [...new Set(terms(docs[i]!.article.text))];
    const voted: number[] = [];
    for (const t of own) {
      const list = postings.get(t);
      if (list && list.length < MAX_POSTING) for (const j of list) { if (votes[j] === 0) voted.push(j); votes[j]! += 1 / list.length; }
    }
    const nearest = voted.sort((x, y) => votes[y]! - votes[x]! || x - y).slice(0, NEIGHBOURS);
    for (const j of voted) votes[j] = 0;
    for (const j of nearest) out.push([j, i]);
    for (const t of own) {
      const list = postings.get(t);
      if (!list) postings.set(t, [i]);
      else if (list.length < MAX_POSTING) list.push(i);
    }
  }
  return out;
}
