// Independent witnesses: articles linked by a derivation (a rewrite, a syndicated copy, a shared
// wire story) count as one source, or a farm rewriting one story ten times looks like ten confirmations.
import type { Derivation } from "../domain/story.js";

export interface Witnesses {
  /** The witness group an article belongs to (the smallest article id of its derivation component). */
  of(articleId: string): string;
  /** Number of distinct witness groups among these articles. */
  count(articleIds: Iterable<string>): number;
  /** Human note naming the links among these articles, or "" when all are independent. */
  note(articleIds: Iterable<string>, label: (id: string) => string): string;
}

export function witnesses(articleIds: readonly string[], derivations: readonly Derivation[]): Witnesses {
  const parent = new Map<string, string>(articleIds.map((id) => [id, id]));
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  for (const d of derivations) {
    const a = find(d.from), b = find(d.to);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return {
    of: find,
    count: (ids) => new Set([...ids].map(find)).size,
    note: (ids, label) => {
      const set = new Set(ids);
      const links = derivations.filter((d) => set.has(d.from) && set.has(d.to));
      return links.map((d) => `${label(d.to)} ${d.relation === "near-duplicate" ? "copies" : d.relation === "paraphrase" ? "rewrites" : "shares a source with"} ${label(d.from)}`).join("; ");
    },
  };
}
