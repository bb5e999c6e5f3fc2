// stories: Doc[] → StoryGroup[], the pipeline's entry point. All the work is in StoryIndex,
// which also serves incremental use (one article at a time).
import type { Doc } from "../domain/doc.js";
import { StoryIndex, type StoryGroup, type StoryOptions } from "./story-index.js";

export type { CorpusIdf, StoryGroup, StoryOptions } from "./story-index.js";
export { StoryIndex, DEFAULT_STORY_OPTIONS, KEPT_NEIGHBOURS, RETRIEVAL_TOPIC_TERMS, storyId } from "./story-index.js";

export function clusterStories(docs: readonly Doc[], options: Partial<StoryOptions> = {}): StoryGroup[] {
  const index = new StoryIndex(options);
  for (const d of docs) index.add(d);
  return index.groups();
}
