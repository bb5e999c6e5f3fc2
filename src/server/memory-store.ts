// A StoryStore held in memory: seeded from report files (`serve --report`) and, when given an
// analyze function, writable — new articles are added and the whole set is analyzed again.
import type { Article } from "../domain/article.js";
import type { Report } from "../domain/report.js";
import type { FindingType } from "../domain/finding.js";
import type { Story } from "../domain/story.js";
import { severityCounts } from "../report/render/common.js";
import type { FindingReview } from "../store/store.js";
import type { PutResult, StorySummary, StoryStore } from "./deps.js";
import { reviewCounts } from "./reviews.js";

export interface MemoryStoreOptions {
  /** Reports to start from; their articles and stories are served as they are. */
  readonly reports?: readonly Report[];
  /** Present = writable: called with every article held after a put. */
  readonly analyze?: (articles: readonly Article[]) => Report | Promise<Report>;
}

export class MemoryStore implements StoryStore {
  private readonly articles = new Map<string, Article>();
  private readonly stories = new Map<string, Report>();
  private summaries: StorySummary[] = [];
  readonly putArticles?: (articles: readonly Article[]) => Promise<PutResult>;
  /** Reviews by story, then fingerprint; kept while the process runs (a writable store only). */
  private readonly reviews = new Map<string, Map<string, FindingReview>>();
  readonly saveReview?: (review: FindingReview) => Promise<void>;

  constructor(opts: MemoryStoreOptions = {}) {
    for (const r of opts.reports ?? []) this.load(r);
    const run = opts.analyze;
    if (run) this.putArticles = async (articles) => this.put(articles, run);
    if (run) {
      this.saveReview = async (r) => {
        const story = this.reviews.get(r.storyId) ?? new Map<string, FindingReview>();
        story.set(r.fingerprint, r);
        this.reviews.set(r.storyId, story);
      };
    }
  }

  async listReviews(storyId: string): Promise<readonly FindingReview[]> {
    return [...(this.reviews.get(storyId)?.values() ?? [])].sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt));
  }

  async listStories(): Promise<readonly StorySummary[]> {
    return this.summaries.map((s) => {
      const report = this.stories.get(s.id);
      return report ? { ...s, reviews: reviewCounts(report, [...(this.reviews.get(s.id)?.values() ?? [])]) } : s;
    });
  }

  async getStoryReport(id: string): Promise<Report | null> {
    return this.stories.get(id) ?? null;
  }

  async getArticle(id: string): Promise<Article | null> {
    return this.articles.get(id) ?? null;
  }

  private async put(incoming: readonly Article[], run: (articles: readonly Article[]) => Report | Promise<Report>): Promise<PutResult> {
    const added: string[] = [];
    const existing: string[] = [];
    for (const a of incoming) {
      if (this.articles.has(a.id)) existing.push(a.id);
      else (this.articles.set(a.id, a), added.push(a.id));
    }
    if (added.length > 0) {
      const report = await run([...this.articles.values()]);
      this.stories.clear();
      this.summaries = [];
      this.load(report);
    }
    const ids = new Set(incoming.map((a) => a.id));
    const storyIds = [...this.stories.entries()].filter(([, r]) => r.stories[0]?.articleIds.some((id) => ids.has(id))).map(([id]) => id);
    return { added, existing, storyIds };
  }

  private load(report: Report): void {
    for (const a of report.articles) this.articles.set(a.id, a);
    for (const story of report.stories) {
      this.stories.set(story.id, storyOnly(report, story));
      this.summaries = [...this.summaries.filter((s) => s.id !== story.id), summaryOf(story)];
    }
  }
}

/** The report contract cut down to one story and the articles it holds. */
export function storyOnly(report: Report, story: Story): Report {
  const ids = new Set(story.articleIds);
  return { version: 1, generatedAt: report.generatedAt, articles: report.articles.filter((a) => ids.has(a.id)), stories: [story] };
}

export function summaryOf(story: Story): StorySummary {
  return { id: story.id, title: story.title, articleCount: story.articleIds.length, timeframe: story.timeframe, findings: severityCounts(story.findings), ...searchFields(story) };
}

/** What the story list filters and searches on besides the title: finding types, people, places. */
export function searchFields(story: Story): Pick<StorySummary, "findingTypes" | "people" | "places"> {
  const findingTypes: Partial<Record<FindingType, number>> = {};
  for (const f of story.findings) findingTypes[f.type] = (findingTypes[f.type] ?? 0) + 1;
  const people = new Set<string>();
  const places = new Set<string>();
  for (const c of story.claims) {
    if (c.kind === "role") people.add(c.value.person);
    else if (c.kind === "quote" && c.value.speaker) people.add(c.value.speaker);
    else if (c.kind === "event" && c.value.place) places.add(c.value.place);
  }
  return { findingTypes, people: [...people].sort(), places: [...places].sort() };
}
