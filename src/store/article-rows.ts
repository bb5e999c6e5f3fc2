// An article as the articles table holds it, and back: shared by the store's queries (sql-store.ts)
// and regrouping (regroup.ts), which reads articles together with their stories and docs.
import type { Article } from "../domain/article.js";

export interface ArticleRow {
  id: string; source_id: string | null; title: string; outlet: string | null; url: string | null;
  byline: string | null; published_at: string | null; path: string | null; text: string;
}

export const ARTICLE_COLS = "id, source_id, title, outlet, url, byline, published_at, path, text";

/** ARTICLE_COLS of table alias `a`, for joins. */
export const ARTICLE_COLS_OF_A = ARTICLE_COLS.split(", ").map((c) => `a.${c}`).join(", ");

export function toArticle(r: ArticleRow): Article {
  return { id: r.id, sourceId: r.source_id, title: r.title, outlet: r.outlet, url: r.url, byline: r.byline, publishedAt: r.published_at, path: r.path, text: r.text };
}
