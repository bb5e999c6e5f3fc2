// Request bodies → domain types, validated once at the edge: JSON only, {"articles": [...]}
// with every record checked by the ingest schema, errors naming the field ("articles[2].text: ...").
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import type { Article } from "../domain/article.js";
import { ArticleRecord, articleFromRecord } from "../ingest/record.js";

export function articlesBody(maxArticles: number) {
  return z.object({ articles: z.array(ArticleRecord).min(1, "give at least one article").max(maxArticles, `at most ${maxArticles} articles per request`) });
}

/** "articles.2.text" → "articles[2].text". */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), "") || "body";
}

export function describeZod(err: z.ZodError): string {
  return err.issues.slice(0, 5).map((i) => `${fieldPath(i.path)}: ${i.message}`).join("; ") + (err.issues.length > 5 ? `; and ${err.issues.length - 5} more` : "");
}

export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header("Content-Type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new HTTPException(415, { message: "send the body as JSON with `Content-Type: application/json`" });
  const raw = await c.req.text();
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    throw new HTTPException(400, { message: `body is not valid JSON (${(e as Error).message})` });
  }
}

/** Parses {"articles": [...]} into Articles; 400 with the failing fields otherwise. */
export async function readArticles(c: Context, maxArticles: number): Promise<Article[]> {
  const parsed = articlesBody(maxArticles).safeParse(await readJson(c));
  if (!parsed.success) throw new HTTPException(400, { message: describeZod(parsed.error) });
  return parsed.data.articles.map((rec, i) => articleFromRecord(`articles[${i}]`, rec));
}
