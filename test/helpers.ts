// Builds Articles and Docs from strings, the way ingest would, for tests.
import { annotate } from "../src/annotate/annotate.js";
import type { Article } from "../src/domain/article.js";
import type { Doc } from "../src/domain/doc.js";
import { articleFromRecord } from "../src/ingest/record.js";

export function articleOf(text: string, extra: { title?: string; publishedAt?: string; id?: string; outlet?: string } = {}): Article {
  return articleFromRecord("test", { text, title: extra.title ?? null, publishedAt: extra.publishedAt ?? null, id: extra.id ?? null, outlet: extra.outlet ?? null });
}

export function docOf(text: string, extra: { publishedAt?: string } = {}): Doc {
  return annotate(articleOf(text, extra));
}
