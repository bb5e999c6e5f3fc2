// The settle step of `triangulate regroup` (store/regroup.ts): the stored articles' docs (decoded,
// or annotated again when another annotator made them) go through analyze's story clusterer,
// whose grouping does not depend on the order articles came in.
import type { Doc } from "../domain/doc.js";
import type { RegroupSource, Settled } from "../store/regroup.js";
import { groupingFeatures } from "../stories/features.js";
import { StoryIndex } from "../stories/cluster.js";
import { docsOf } from "./stored.js";

export async function settleStored(batches: AsyncIterable<readonly RegroupSource[]>): Promise<Settled> {
  const index = new StoryIndex();
  const docs = new Map<string, Doc>();
  for await (const batch of batches) {
    const stored = new Map(batch.flatMap((s) => (s.doc ? [[s.article.id, s.doc] as const] : [])));
    for (const doc of docsOf(batch.map((s) => s.article), stored)) {
      index.add(doc);
      docs.set(doc.article.id, doc);
    }
  }
  return {
    groups: index.groups().map((g) => ({ title: g.title, articleIds: g.docs.map((d) => d.article.id) })),
    featuresOf: (id) => {
      const doc = docs.get(id);
      return doc ? groupingFeatures(doc) : [];
    },
  };
}
