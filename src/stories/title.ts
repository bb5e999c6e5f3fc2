// A readable story title from its most central article: the headline without the outlet suffix
// ("Saints place Pierre Thomas on IR | ESPN" → "Saints place Pierre Thomas on IR"), or the first
// sentence when there is no headline, cut at a word boundary.
import type { Doc } from "../domain/doc.js";

const MAX = 120;

export function storyTitle(doc: Doc): string {
  let t = doc.article.title.replace(/\s+/g, " ").trim();
  // " | Outlet" or " - Outlet" of at most four words at the end is the site, not the story.
  t = t.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/u, (suffix) => (suffix.trim().split(/\s+/).length <= 5 ? "" : suffix)).trim();
  if (t.length === 0) t = (doc.sentences[0]?.text ?? "").replace(/\s+/g, " ").trim();
  if (t.length === 0) return "(untitled article)";
  if (t.length <= MAX) return t;
  const cut = t.slice(0, MAX);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 60 ? space : MAX).replace(/[,;:]$/, "")}…`;
}
