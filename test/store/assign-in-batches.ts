// Test helper: a fresh embedded store that holds `corpus` and has placed it `batch` articles at a time, handed to
// `check` with each article's story id; the store is closed and its folder removed afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Doc } from "../../src/domain/doc.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { groupingFeatures } from "../../src/stories/features.js";

export async function assignInBatches(corpus: readonly Doc[], batch: number, check: (store: Store, assigned: ReadonlyMap<string, string>) => Promise<void> | void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tri-assign-"));
  const store = await openStore({ db: dir });
  try {
    await store.putArticles(corpus.map((d) => d.article));
    for (let i = 0; i < corpus.length; i += batch) {
      await store.saveStoryAssignments(corpus.slice(i, i + batch).map((d) => ({ articleId: d.article.id, title: d.article.title, keys: groupingFeatures(d) })));
    }
    await check(store, await store.storyAssignments());
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
