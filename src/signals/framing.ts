// Loaded or one-sided terms, whose narrative an article adopts in its own voice, and how the same
// facts are framed differently across a story's articles. The seeds show both axes: the war named
// as a "full-scale invasion" (001) against a "special military operation"; the exchange called "a
// humanitarian victory" (001) against a cover for "strategic delays" (000) or "a tactical
// maneuver" (002). A term inside a quote, or reported as someone's framing ("which Putin has
// consistently framed as a Western-backed coup"), is not adopted and is left out.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import { evidenceOf, type Evidence } from "../domain/span.js";
import { quoted } from "./text.js";

interface Frame {
  /** What is being framed, for summaries. */
  readonly axis: "the war" | "the deal or exchange" | "the conflict's parties";
  /** Which reading the term carries, as a phrase after "frame it …" ("as a humanitarian step"). */
  readonly reading: string;
  /** The same, as what the article does ("presents the deal or exchange as a humanitarian step"). */
  readonly gloss: string;
  readonly re: RegExp;
}

const FRAMES: readonly Frame[] = [
  { axis: "the war", reading: "in the Kremlin's terms", gloss: "names the war in the Kremlin's terms", re: /\bspecial military operation\b|\bdenazification\b|\bneo-?Nazis?\b|\bKiev regime\b|\bKyiv regime\b/gi },
  { axis: "the war", reading: "in Ukraine's and the West's terms", gloss: "names the war in Ukraine's and the West's terms", re: /\b(?:full|large)-scale invasion\b|\bwar of aggression\b|\bunprovoked (?:invasion|war|attack)\b|\bRussian aggression\b|\billegal(?:ly)? annex(?:ation|ed)\b/gi },
  { axis: "the conflict's parties", reading: "in the Kremlin's terms", gloss: "describes the parties in the Kremlin's terms", re: /\bWestern-backed coup\b|\bWestern encroachment\b|\bNATO expansion\b|\bdefender of Russian-speaking\b|\bprotecting the citizens of Donbass\b/gi },
  { axis: "the conflict's parties", reading: "in Ukraine's and the West's terms", gloss: "describes Russia in Ukraine's and the West's terms", re: /\boccupied territor(?:y|ies)\b|\bRussian propaganda\b|\bpropaganda narratives?\b|\bexpansionist ambitions?\b|\bterritorial ambitions?\b/gi },
  { axis: "the deal or exchange", reading: "as a humanitarian step", gloss: "presents the deal or exchange as a humanitarian step", re: /\bhumanitarian (?:victory|success|breakthrough|effort|step)\b|\bact of humanitarianism\b|\btangible progress\b|\bstep toward(?:s)? peace\b|\bglimmer of hope\b|\bpotential goodwill\b/gi },
  { axis: "the deal or exchange", reading: "as a tactic or a delay", gloss: "presents the deal or exchange as a tactic or a delay", re: /\bstrategic (?:delays?|moves?|cunning)\b|\bdelaying tactic\b|\bstall negotiations\b|\bfacade\b|\billusion of (?:progress|productive dialogue)\b|\bbuy time\b|\btactical maneuver\b|\bcalculated move\b|\bgeopolitical chess game\b/gi },
];

// "which Putin has consistently framed as", "what Moscow calls", "so-called"
const REPORTED = /\b(?:framed?|framing|describe[sd]?|call(?:s|ed)?|portray(?:s|ed)?|term(?:s|ed)|so-called|dubbed|labell?ed|according to|insists?|claims?|narrative|interpret(?:s|ed)?|perceived?|seen as|viewed as|positioned)\b[^.\n]{0,120}$/i;

export interface FramingUse {
  readonly frame: Frame;
  readonly evidence: Evidence;
}

/** Framing terms the article uses in its own voice. */
export function adoptedFrames(doc: Doc): FramingUse[] {
  const { id, text } = doc.article;
  const out: FramingUse[] = [];
  for (const frame of FRAMES) {
    for (const m of text.matchAll(frame.re)) {
      const at = m.index;
      if (doc.quotes.some((q) => q.span.start <= at && at < q.span.end)) continue;
      const lineStart = text.lastIndexOf("\n", at - 1) + 1;
      const lead = text.slice(Math.max(lineStart, at - 160), at);
      if (REPORTED.test(lead) || /[“"‘'«]\s*$/.test(lead)) continue;
      out.push({ frame, evidence: evidenceOf(id, text, at, at + m[0].length) });
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}

export function framingFindings(docs: readonly Doc[]): FindingDraft[] {
  const uses = new Map(docs.map((d) => [d.article.id, adoptedFrames(d)] as const));
  const out: FindingDraft[] = [];
  for (const d of docs) {
    const own = uses.get(d.article.id) ?? [];
    if (own.length === 0) continue;
    const glosses = [...new Set(own.map((u) => u.frame.gloss))];
    const partisan = own.filter((u) => u.frame.axis !== "the deal or exchange");
    const sides = new Set(partisan.map((u) => u.frame.reading));
    out.push({
      rule: "signals/loaded-terms", type: "framing",
      severity: partisan.length >= 2 && sides.size === 1 ? "low" : "info",
      summary: `In its own voice the article ${joinAnd(glosses)} (${own.slice(0, 3).map((u) => quoted(u.evidence.text)).join(", ")}).`,
      articleIds: [d.article.id], claimIds: [],
      evidence: own.map((u) => u.evidence),
    });
  }
  out.push(...contrasts(docs, uses));
  return out;
}

/** The same thing read two ways by different articles of the story: one info finding per axis. */
function contrasts(docs: readonly Doc[], uses: ReadonlyMap<string, readonly FramingUse[]>): FindingDraft[] {
  const out: FindingDraft[] = [];
  const axes = [...new Set(FRAMES.map((f) => f.axis))];
  for (const axis of axes) {
    const byReading = new Map<string, Map<string, Evidence>>();
    for (const d of docs) {
      for (const u of uses.get(d.article.id) ?? []) {
        if (u.frame.axis !== axis) continue;
        const perDoc = byReading.get(u.frame.reading) ?? new Map<string, Evidence>();
        if (!perDoc.has(d.article.id)) perDoc.set(d.article.id, u.evidence);
        byReading.set(u.frame.reading, perDoc);
      }
    }
    if (byReading.size < 2) continue;
    const articles = new Set([...byReading.values()].flatMap((m) => [...m.keys()]));
    if (articles.size < 2) continue;
    const parts = [...byReading].map(([reading, m]) =>
      `${reading} (${[...m.values()].slice(0, 2).map((e) => `${label(docs, e.articleId)}: ${quoted(e.text)}`).join("; ")})`);
    out.push({
      rule: "signals/framing-contrast", type: "framing", severity: "info",
      summary: `The articles frame ${axis} differently: ${parts.join(" and ")}.`,
      articleIds: [...articles], claimIds: [],
      evidence: [...byReading.values()].flatMap((m) => [...m.values()]),
    });
  }
  return out;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]!}`;
}

function label(docs: readonly Doc[], articleId: string): string {
  const a = docs.find((d) => d.article.id === articleId)?.article;
  if (!a) return articleId;
  return a.outlet ?? a.sourceId ?? (a.title.length > 40 ? `${a.title.slice(0, 37)}…` : a.title);
}
