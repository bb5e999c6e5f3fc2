// Builds Docs from plain strings for the stories and provenance tests.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotate } from "../../src/annotate/annotate.js";
import type { Doc } from "../../src/domain/doc.js";
import { articleId, normalizeText } from "../../src/ingest/normalize.js";

export function docOf(title: string, raw: string, publishedAt: string | null = null, salt = ""): Doc {
  const text = normalizeText(raw);
  return annotate({ id: articleId(text + salt), sourceId: null, title, outlet: null, url: null, byline: null, publishedAt, path: null, text });
}

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../examples/istanbul-2025");

/** The five seed articles, in file order (first line is the title). */
export function seeds(): Doc[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const [title = "", ...rest] = readFileSync(join(seedsDir, f), "utf8").split("\n");
    return docOf(title, rest.join("\n"));
  });
}
