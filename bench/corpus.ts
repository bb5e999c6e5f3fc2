// A fixed corpus of real article texts for benchmarks: ECB+ and FRANK articles from ../shared/eval,
// repeated with light perturbation (numbers shifted, a sentence dropped) to reach any size with
// distinct ids. Falls back to the bundled examples when the eval folder is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/domain/article.js";
import { articleFromRecord } from "../src/ingest/record.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

export function realTexts(): { title: string; text: string }[] {
  const evalDir = resolve(root, "../shared/eval");
  const out: { title: string; text: string }[] = [];
  const clusters = resolve(evalDir, "news-clusters/dev.jsonl");
  if (existsSync(clusters)) for (const l of readFileSync(clusters, "utf8").split("\n")) if (l) { const r = JSON.parse(l); out.push({ title: r.title, text: r.text }); }
  const frank = resolve(evalDir, "factual-consistency/dev.jsonl");
  if (existsSync(frank)) {
    const seen = new Set<string>();
    for (const l of readFileSync(frank, "utf8").split("\n")) if (l) { const r = JSON.parse(l); if (!seen.has(r.articleId)) { seen.add(r.articleId); out.push({ title: r.article.split("\n")[0].slice(0, 120), text: r.article }); } }
  }
  if (out.length === 0) {
    const ex = resolve(root, "examples/istanbul-2025");
    for (const f of readdirSync(ex)) out.push({ title: f, text: readFileSync(resolve(ex, f), "utf8") });
  }
  return out;
}

/** n distinct articles: copy k of text i has its numbers shifted by k and every (k mod 7)-th sentence dropped. */
export function corpus(n: number): Article[] {
  const base = realTexts();
  const out: Article[] = [];
  for (let i = 0; out.length < n; i++) {
    const src = base[i % base.length]!;
    const k = Math.floor(i / base.length);
    let text = src.text;
    if (k > 0) {
      text = text.replace(/\b\d+\b/g, (d) => String(Number(d) + k));
      const lines = text.split("\n");
      if (lines.length > 3) lines.splice(k % lines.length, 1);
      text = `${lines.join("\n")}\nCopy ${k}.`;
    }
    out.push(articleFromRecord(`bench ${i}`, { text, title: src.title, id: String(i) }));
  }
  return out;
}

export function words(articles: readonly Article[]): number {
  let n = 0;
  for (const a of articles) n += a.text.split(/\s+/).length;
  return n;
}
