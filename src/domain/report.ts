// The report contract (DESIGN.md), version 1. Renderers, the API and the web UI read only this.
import type { Article } from "./article.js";
import type { Story } from "./story.js";

export interface ReportArticle {
  readonly id: string;
  readonly sourceId: string | null;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly path: string | null;
  readonly text: string;
}

export interface InputProblem {
  /** The input as the user named it (path, URL, "line 12 of feed.jsonl"). */
  readonly input: string;
  readonly message: string;
}

export interface Report {
  readonly version: 1;
  readonly generatedAt: string;
  readonly articles: readonly ReportArticle[];
  readonly stories: readonly Story[];
  /** Inputs that could not be read, with the reason (extension). */
  readonly problems?: readonly InputProblem[];
}

export function toReportArticle(a: Article): ReportArticle {
  return {
    id: a.id, sourceId: a.sourceId, title: a.title, outlet: a.outlet, url: a.url,
    byline: a.byline, publishedAt: a.publishedAt, path: a.path, text: a.text,
  };
}
