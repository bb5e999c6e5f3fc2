// The settle step of `triangulate regroup` (store/regroup.ts): the stored articles' docs (decoded,
// or annotated again when another annotator made them) go through analyze's story clusterer,
// whose grouping does not depend on the order articles came in.
import type { RegroupSource, Settled } from "./regroup.js";
import { groupingFeatures } from "../stories/features.js";
import { StoryIndex } from "../stories/cluster.js";
import { docsOf } from "./stored-docs.js";

/**
 * Regroups with as little of each doc kept as grouping needs: at 100,000 articles, whole decoded
 * docs (tokens, quotes, roles) took 8 GB. The clusterer keeps each article's id, headline and
 * first sentence (for titles); each article's grouping features (for the changed stories' sums)
 * are kept as ids into one vocabulary.
 */
export async function settleStored(batches: AsyncIterable<readonly RegroupSource[]>): Promise<Settled> {
  const index = new StoryIndex();
  const vocabulary = new Map<string, number>();
  const names: string[] = [];
  const features = new Map<string, Uint32Array>();
  for await (const batch of batches) {
    const stored = new Map(batch.flatMap((s) => (s.doc ? [[s.article.id, s.doc] as const] : [])));
    for (const doc of docsOf(batch.map((s) => s.article), stored)) {
      const { article } = doc;
      index.add(doc, {
        article: { ...article, text: article.text.trim() === "" ? "" : "…" }, sentences: doc.sentences.slice(0, 1),
        tokens: [], entities: [], quantities: [], dates: [], quotes: [], roles: [],
      });
      features.set(article.id, Uint32Array.from(groupingFeatures(doc), (f) => {
        let id = vocabulary.get(f);
        if (id === undefined) { id = names.push(f) - 1; vocabulary.set(f, id); }
        return id;
      }));
    }
  }
  return {
    groups: index.groups().map((g) => ({ title: g.title, articleIds: g.docs.map((d) => d.article.id) })),
    featuresOf: (id) => Array.from(features.get(id) ?? [], (k) => names[k]!),
  };
}
