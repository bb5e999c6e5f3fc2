// The persistent store/ (PGlite folder or PostgreSQL server) seen through the API's StoryStore
// seam. Reports are the ones workers keep; a story without an up-to-date report is analyzed on
// request and the result kept, as `triangulate report` does.
import type { Article } from "../domain/article.js";
import type { Kb } from "../domain/kb.js";
import type { Report } from "../domain/report.js";
import { severityCounts } from "../report/render/common.js";
import type { JobSpec, Store } from "../store/store.js";
import { inProcessAnalyzer, type Analyzer } from "./analyzer.js";
import type { PutResult, StorySummary, StoryStore } from "./deps.js";
import { searchFields } from "./memory-store.js";
import { reviewCounts } from "./reviews.js";

export interface StoreAdapterOptions {
  readonly kb: Kb;
  readonly clock: () => Date;
  /** Runs the pipeline for stories without a kept report; default: in-process with `kb`. */
  readonly analyzer?: Analyzer;
  /** No POST /api/articles. */
  readonly readOnly?: boolean;
  /** Jobs queued with each new article (story assignment), in the same transaction. */
  readonly jobs?: (a: Article) => readonly JobSpec[];
  /** Run after a put, e.g. drain the queue in-process; absent = leave the jobs to workers. */
  readonly afterPut?: () => Promise<void>;
  /** Most stories listed. Default 500. */
  readonly listLimit?: number;
}

export function isReport(v: unknown): v is Report {
  const r = v as Partial<Report> | null;
  return !!r && typeof r === "object" && r.version === 1 && Array.isArray(r.articles) && Array.isArray(r.stories);
}

export function storyStoreOver(store: Store, opts: StoreAdapterOptions): StoryStore {
  const run = opts.analyzer ?? inProcessAnalyzer(opts.kb);
  const adapter: StoryStore = {
    async listStories(): Promise<readonly StorySummary[]> {
      const stories = await store.listStories({ limit: opts.listLimit ?? 500 });
      return Promise.all(stories.map(async (s): Promise<StorySummary> => {
        const [kept, reviews] = await Promise.all([store.getStoryReport(s.id), store.listReviews(s.id)]);
        if (!isReport(kept)) {
          return { id: s.id, title: s.title, articleCount: s.articleCount, timeframe: { from: null, to: null, basis: [] }, findings: severityCounts([]), pending: true };
        }
        const first = kept.stories[0];
        return {
          id: s.id, title: s.title, articleCount: s.articleCount,
          timeframe: first?.timeframe ?? { from: null, to: null, basis: [] },
          findings: severityCounts(kept.stories.flatMap((x) => x.findings)),
          ...(first ? searchFields(first) : {}),
          reviews: reviewCounts(kept, reviews),
        };
      }));
    },
    async getStoryReport(id: string): Promise<Report | null> {
      const kept = await store.getStoryReport(id);
      if (isReport(kept)) return kept;
      const found = await store.getStory(id);
      if (!found) return null;
      const report = await run(found.articles, opts.clock().toISOString());
      await store.saveStoryReport(id, report, found.story.updatedAt);
      return report;
    },
    getArticle: (id) => store.getArticle(id),
    async status() {
      const c = await store.counts();
      return { articles: c.articles, stories: c.stories, queued: c.queued, failed: c.failed, problems: await store.check() };
    },
    listReviews: (storyId) => store.listReviews(storyId),
  };
  if (opts.readOnly) return adapter;
  return {
    ...adapter,
    saveReview: (review) => store.saveReview(review),
    async putArticles(articles: readonly Article[]): Promise<PutResult> {
      const put = await store.putArticles(articles, opts.jobs);
      await opts.afterPut?.();
      const added = new Set(put.added);
      const ids = [...new Set(articles.map((a) => a.id))];
      const assigned = await store.storyAssignments(ids);
      return {
        added: put.added,
        existing: ids.filter((id) => !added.has(id)),
        storyIds: [...new Set(ids.flatMap((id) => assigned.get(id) ?? []))],
      };
    },
  };
}
