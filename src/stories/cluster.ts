// stories: Doc[] → StoryGroup[]. Interim grouping by shared named entities (union-find);
// to be replaced by the incremental event clusterer.
import type { Doc } from "../domain/doc.js";

export interface StoryGroup {
  readonly id: string;
  readonly title: string;
  readonly docs: readonly Doc[];
  readonly notes: readonly string[];
}

export function clusterStories(docs: readonly Doc[]): StoryGroup[] {
  const keys = docs.map((d) => new Set(d.entities.map((e) => e.key)));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const a = keys[i]!, b = keys[j]!;
      let shared = 0;
      for (const k of a) if (b.has(k)) shared++;
      if (shared / Math.max(1, Math.min(a.size, b.size)) >= 0.5) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Doc[]>();
  docs.forEach((d, i) => { const r = find(i); groups.set(r, [...(groups.get(r) ?? []), d]); });
  return [...groups.values()].map((g) => ({ id: `s-${g[0]!.article.id.slice(0, 12)}`, title: g[0]!.article.title, docs: g, notes: [] }));
}
