// The report contract (DESIGN.md), version 1. Renderers, the API and the web UI read only this.
import type { Article } from "./article.js";
import type { Story } from "./story.js";

/** An article as the report carries it: exactly the ingested Article, text included (offsets refer to it). */
export type ReportArticle = Article;

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

/** A copy with exactly the contract's fields, in the contract's order. */
export function toReportArticle(a: Article): ReportArticle {
  return {
    id: a.id, sourceId: a.sourceId, title: a.title, outlet: a.outlet, url: a.url,
    byline: a.byline, publishedAt: a.publishedAt, path: a.path, text: a.text,
  };
}
