// Generic quotes that nobody else carries. 003 quotes "Ukraine’s Foreign Minister Dmytro Kuleba",
// "Oksana Mykhailiuk" and "One woman from Rostov", and none of them appears in any other article
// of the story; invented colour quotes look like that. Real reporting also quotes people once, so
// this is a weak tell: it needs at least two such quotes making up most of the article's quotes,
// and quotes with figures in them ("270 Russian servicemen and 120 civilians") are left alone as
// specific, checkable statements.
import type { Doc, Quote } from "../../domain/doc.js";
import { evidenceOf, type Evidence } from "../../domain/span.js";
import type { StoryView, TellHit } from "../tell.js";

// "One woman from Rostov said", "a local resident told"
const ANONYMOUS = /\b(?:one|a|an|another)\s+(?:(?:young|elderly|local|Ukrainian|Russian|[A-Z][a-z]+)\s+)?(?:woman|man|resident|mother|father|soldier|source|witness|citizen|villager|student|veteran|worker|farmer|neighbou?r)\b[^.“"\n]{0,40}$/i;

export function genericQuotes(doc: Doc, story: StoryView): readonly TellHit[] {
  const { id, text } = doc.article;
  const others = story.docs.filter((d) => d.article.id !== id);
  const unsupported: { quote: Quote; why: "anonymous" | "unnamed-elsewhere" }[] = [];
  for (const q of doc.quotes) {
    if (/\d/.test(q.span.text) || q.span.text.split(/\s+/).length < 5) continue;
    const lead = text.slice(Math.max(0, q.span.start - 80), q.span.start);
    if (ANONYMOUS.test(lead.replace(/[,:]?\s*[“"]$/, ""))) unsupported.push({ quote: q, why: "anonymous" });
    else if (q.speaker !== null && others.length > 0 && !namedElsewhere(q.speaker, id, story)) unsupported.push({ quote: q, why: "unnamed-elsewhere" });
  }
  const substantial = doc.quotes.filter((q) => q.span.text.split(/\s+/).length >= 5).length;
  if (unsupported.length < 2 || unsupported.length * 3 < substantial * 2) return [];
  const evidence: Evidence[] = [];
  for (const { quote } of unsupported) {
    if (quote.speakerSpan) evidence.push(evidenceOf(id, text, quote.speakerSpan.start, quote.speakerSpan.end));
    evidence.push(evidenceOf(id, text, quote.span.start, quote.span.end));
  }
  evidence.sort((a, b) => a.start - b.start);
  const anonymous = unsupported.filter((u) => u.why === "anonymous").length;
  const named = unsupported.length - anonymous;
  const parts = [
    named > 0 ? `${named} from people no other article in the story names` : "",
    anonymous > 0 ? `${anonymous} from unnamed people` : "",
  ].filter((p) => p.length > 0).join(" and ");
  return [{
    rule: "signals/generic-quotes",
    strength: "weak",
    points: 1,
    summary: `${unsupported.length} quotes cannot be traced (${parts}); check that these people exist and said this.`,
    evidence,
  }];
}

/**
 * Whether an article of a story names a surname as a word, each article read at most once per story and surname:
 * every article asks of the others, and one speaker is quoted many times (the texts were read again for each quote).
 */
const NAMING = new WeakMap<StoryView, Map<string, { readonly re: RegExp; readonly names: Map<Doc, boolean> }>>();

/** The speaker's surname appears as a word in another article of the story. */
function namedElsewhere(speaker: string, id: string, story: StoryView): boolean {
  const parts = speaker.split(/\s+/).filter((p) => /^\p{Lu}/u.test(p));
  const surname = parts[parts.length - 1];
  if (!surname || surname.length < 3) return true;
  let bySurname = NAMING.get(story);
  if (bySurname === undefined) NAMING.set(story, bySurname = new Map());
  let known = bySurname.get(surname);
  if (known === undefined) bySurname.set(surname, known = { re: new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u"), names: new Map() });
  const { re, names } = known;
  return story.docs.some((d) => {
    if (d.article.id === id) return false;
    let named = names.get(d);
    if (named === undefined) names.set(d, named = re.test(d.article.text));
    return named;
  });
}
