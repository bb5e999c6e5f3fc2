// Markdown and template artefacts in prose. News pages reach us as plain text, so markup that
// survives into the text was typed by a generator: 001's headings are "**Russia Releases 390 POWs,
// But Don’t Expect Peace Just Yet**" and its list items start with "* ". Worse are unfilled
// template slots ("[insert quote]", "{{city}}") and a chatbot talking about itself ("As an AI
// language model"), which no edited article contains.
import type { Doc } from "../../domain/doc.js";
import { evidenceOf, type Evidence } from "../../domain/span.js";
import type { TellHit } from "../tell.js";
import { quoted } from "../text.js";

interface Pattern {
  readonly what: string;
  readonly points: number;
  readonly re: RegExp;
  /** Strings one of which every match holds: a text without any is not scanned. */
  readonly needs?: readonly string[];
}

const PATTERNS: readonly Pattern[] = [
  { what: "a chatbot's own words", points: 3, re: /\bAs an AI(?: language model)?\b|\bI(?:'m| am) (?:sorry|unable), but I can(?:'t|not)\b|\bI cannot (?:fulfill|complete|assist with) (?:this|that|your) request\b|\b(?:Certainly|Sure)! Here(?:'s| is) (?:a|an|the) (?:rewritten|revised|news|article)\b|\bHere is (?:a|the) (?:rewritten|revised|paraphrased) (?:version|article)\b|\bas of my (?:last )?knowledge cutoff\b/gi },
  { what: "unfilled template slots", points: 2, re: /\[(?:insert|your|add|name of|source|link|citation needed)[^\]\n]{0,60}\]|\{\{[^}\n]{0,60}\}\}|\blorem ipsum\b/gi },
  // "**Russia’s Negotiating Tactics**" (001): bold markers around words.
  // Not censored words: "F** the IRA’, to ‘F**" (Daily Mail, FRANK) has letters glued to the stars.
  { what: "Markdown formatting", points: 1.5, re: /(?<![\p{L}\p{N}*])\*\*(?=\S)[^*\n]{2,160}(?<=\S)\*\*(?![\p{L}\p{N}*])|^#{1,4} \S[^\n]{0,160}$/gmu, needs: ["**", "#"] },
];

export function templateArtefacts(doc: Doc): readonly TellHit[] {
  const { id, text } = doc.article;
  const hits: TellHit[] = [];
  for (const { what, points, re, needs } of PATTERNS) {
    if (needs && !needs.some((w) => text.includes(w))) continue;
    const evidence: Evidence[] = [];
    for (const m of text.matchAll(re)) evidence.push(evidenceOf(id, text, m.index, m.index + m[0].length));
    if (evidence.length === 0) continue;
    const shown = evidence.slice(0, 2).map((e) => quoted(e.text)).join(", ");
    hits.push({
      rule: "signals/template-artefacts",
      strength: points >= 2 ? "strong" : "weak",
      points,
      summary: `The text contains ${what} (${shown}), left over from a text generator rather than an edited article.`,
      evidence,
    });
  }
  return hits;
}
