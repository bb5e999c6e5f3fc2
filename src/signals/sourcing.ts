// Who each article cites and how: "According to TASS" (002), "the Russian Defence Ministry
// reported" and "According to Ukraine’s Coordination Headquarters" (004), "analysts say" and
// "Experts believe" (003). Each attribution is classified by party and kind, counted per article
// (the story's sourcing table) and reported as `framing` findings with the words as evidence.
// Parties are any country or armed group, read from the article's own words (parties.ts): an
// article on a dispute that cites one party's government, military and state media and never
// the other party it names is one-sided, whichever country or group that is.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import { evidenceOf, type Evidence } from "../domain/span.js";
import type { SourcingRow } from "../domain/story.js";
import { CLAIM_VERBS, SPEECH_AFTER_NAME, SPEECH_VERBS } from "../lexicon/attribution.js";
import { docParties, partiesOf, partyLabel, sourceParties, type DocParties, type Party } from "./parties.js";
import { quoted } from "./text.js";

/** A party's kind ("Indian officials", "Chinese state media", "M23 (armed group)") or a generic kind below. */
export type SourceKind = string;
const GENERIC: ReadonlySet<string> = new Set([
  "international bodies", "experts/analysts", "unnamed", "news media", "police/authorities", "officials", "named people",
]);

export interface Citation {
  readonly kinds: readonly SourceKind[];
  /** The parties the source speaks for (a country or an armed group), if any. */
  readonly parties: readonly Party[];
  readonly evidence: Evidence;
}

const KINDS: readonly [SourceKind, RegExp][] = [
  ["international bodies", /\b(?:united nations|un|red cross|icrc|osce|amnesty international|human rights watch|iaea)\b/],
  ["experts/analysts", /\b(?:analysts?|experts?|observers|commentators|scholars|researchers|economists|professor|think tank)\b/],
  ["news media", /\b(?:reuters|associated press|ap|afp|bbc|cnn|al jazeera|bloomberg|interfax|media|newspaper|reports?|news agency|television)\b/],
  ["police/authorities", /\b(?:police|sheriff|coroner|fire (?:department|officials|chief)|authorities|prosecutors?|investigators|court|judge)\b/],
  ["unnamed", /\b(?:sources?|people familiar|insiders?|some|critics|a person|diplomats|witnesses|residents|one (?:woman|man)|an? (?:woman|man|resident|soldier))\b/],
  ["officials", /\b(?:officials?|ministry|government|spokes(?:man|woman|person)|minister|president|governor|mayor|leaders)\b/],
];

// The lexicon's speech and claim verbs that sourcing reads (a wider set, e.g. "called", changes the seeds' citations).
const SOURCING_VERBS = /^(?:said|says|say|told|tells|added|stated|announced|reported|reports|claimed|claims|insisted|insists|confirmed|confirms|warned|warns|denied|denies|noted|argued|declared|accused|urged|praised|suggests|estimated)$/;
const VERBS = [...new Set([...SPEECH_VERBS.filter((v) => SOURCING_VERBS.test(v)), ...CLAIM_VERBS])].join("|");
/** Only a speech verb makes a bare name a source: "Eastern Europe saw" is not a citation. */
const SPEECH_WORDS: ReadonlySet<string> = new Set([...SPEECH_AFTER_NAME, "say", "tells", "reported"]);
const SPEECH = { test: (verb: string) => SPEECH_WORDS.has(verb) };
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, "g");
const ACCORDING = /\b[Aa]ccording to\s+([^,.;:\n“"]{2,90}?)(?=[,.;:\n]|$)/g;
const AUX = new Set(["has", "have", "had", "also", "long", "consistently", "repeatedly", "previously", "later", "again", "reportedly", "publicly", "officially", "already", "swiftly", "quickly", "once"]);
const BOUNDARY = /[,;:“”"()—–]|\b(?:that|which|who|while|when|after|because|but|as|since|where|if)\b/gi;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|these|those|there|which|who|what)$/i;
const NAME_AT_END = /(?:^|\s)(\p{Lu}[\p{L}’'\-.]+(?:\s+\p{Lu}[\p{L}’'\-.]+)*)$/u;

export function citations(doc: Doc, story: readonly Doc[] = []): Citation[] {
  const { id, text } = doc.article;
  let read: DocParties | null = null;
  const ctx = () => (read ??= partiesOf(doc, story));
  const inQuote = (pos: number) => doc.quotes.some((q) => q.span.start <= pos && pos < q.span.end);
  const out: Citation[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(ACCORDING)) {
      const at = s.start + m.index;
      const { kinds, parties } = classifyIn(m[1] ?? "", ctx);
      if (kinds.length > 0 && !inQuote(at)) out.push({ kinds, parties, evidence: evidenceOf(id, text, at, at + m[0].length) });
    }
    for (const m of s.text.matchAll(VERB)) {
      const at = s.start + m.index;
      if (inQuote(at) || /(?:according to|['’]s)\s*$/i.test(s.text.slice(0, m.index))) continue;
      const beforeStart = Math.max(0, m.index - 90);
      const before = stripAux(s.text.slice(beforeStart, m.index));
      let cut = 0;
      for (const b of before.matchAll(BOUNDARY)) cut = b.index + b[0].length;
      const clause = before.slice(cut);
      const last = /(?:\S+\s+){0,6}\S+\s*$/.exec(clause);
      if (!last) continue;
      const subject = last[0].trim();
      if (PRONOUN.test(subject)) continue;
      const { kinds, parties } = classifyIn(subject, ctx);
      if (kinds.length === 0 || (kinds[0] === "named people" && !SPEECH.test(m[0]))) continue;
      const from = s.start + beforeStart + (before.length - clause.length) + last.index + (last[0].length - last[0].trimStart().length);
      const previous = out[out.length - 1];
      if (previous && previous.evidence.start === from) continue;
      out.push({ kinds, parties, evidence: evidenceOf(id, text, from, at + m[0].length) });
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** "Putin has long" → "Putin": drop auxiliaries and adverbs between the subject and the verb. */
function stripAux(before: string): string {
  let end = before.length;
  for (;;) {
    while (end > 0 && /\s/.test(before[end - 1]!)) end--;
    const start = before.lastIndexOf(" ", end - 1) + 1;
    if (start >= end || !AUX.has(before.slice(start, end).toLowerCase())) break;
    end = start;
  }
  return before.slice(0, end);
}

/** Kinds of source a subject phrase names ("Both Moscow and Kyiv" names two parties). */
export function classify(subject: string, ctx: DocParties = docParties(subject)): SourceKind[] {
  return classifyIn(subject, ctx).kinds;
}

function classifyIn(subject: string, ctx: DocParties | (() => DocParties)): { kinds: SourceKind[]; parties: Party[] } {
  const found = sourceParties(subject, ctx);
  if (found.length > 0) {
    return {
      kinds: found.map((f) => `${partyLabel(f.party)} ${f.party.group ? "(armed group)" : f.media ? "state media" : "officials"}`),
      parties: found.map((f) => f.party),
    };
  }
  return { kinds: genericKinds(subject), parties: [] };
}

function genericKinds(subject: string): SourceKind[] {
  const lower = subject.toLowerCase();
  const kind = KINDS.find(([, re]) => re.test(lower));
  if (kind) return [kind[0]];
  const name = NAME_AT_END.exec(subject.trim());
  const words = name?.[1]?.split(/\s+/) ?? [];
  if (words.length > 0 && !PRONOUN.test(words[0] ?? "") && !/^(?:The|A|An|This|That|Both|Leaders|They|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(words[0] ?? "")) return ["named people"];
  return [];
}

export function sourcingRow(doc: Doc, cites: readonly Citation[]): SourcingRow {
  const counts: Record<string, number> = {};
  for (const c of cites) for (const k of c.kinds) counts[k] = (counts[k] ?? 0) + 1;
  return { articleId: doc.article.id, cites: counts };
}

/** The party a source kind speaks for ("Indian officials" → "Indian"), or null for generic kinds. */
function sideOf(kind: SourceKind): string | null {
  if (GENERIC.has(kind)) return null;
  return kind.replace(/ (?:state media|officials|\(armed group\))$/, "");
}

/** The party an article leans on: ≥ 3 party attributions, ≥ 75 % of them from one party. */
export function dominantSide(row: SourcingRow): { side: string; count: number; total: number } | null {
  const bySide = new Map<string, number>();
  for (const [k, n] of Object.entries(row.cites)) {
    const side = sideOf(k);
    if (side) bySide.set(side, (bySide.get(side) ?? 0) + n);
  }
  const total = [...bySide.values()].reduce((a, b) => a + b, 0);
  const top = [...bySide].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < 3 || top[1] < 0.75 * total) return null;
  return { side: top[0], count: top[1], total };
}

export function sourcingFindings(doc: Doc, cites: readonly Citation[], row: SourcingRow, storyRows: readonly SourcingRow[]): FindingDraft[] {
  if (cites.length === 0) return [];
  const id = doc.article.id;
  const base = { type: "framing" as const, articleIds: [id], claimIds: [] };
  const listed = Object.entries(row.cites).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} (${n})`).join(", ");
  const out: FindingDraft[] = [{
    ...base, rule: "signals/sourcing", severity: "info",
    summary: `The article cites ${listed}.`,
    evidence: cites.map((c) => c.evidence),
  }];
  const lean = dominantSide(row);
  // One-sided only where the article names another party it does not let speak.
  const leanKeys = new Set(cites.flatMap((c) => c.parties.filter((p) => partyLabel(p) === lean?.side).map((p) => p.key)));
  const otherNamed = lean ? [...partiesOf(doc).mentioned].filter((k) => !leanKeys.has(k)) : [];
  if (lean && otherNamed.length > 0) {
    const own = cites.filter((c) => c.kinds.some((k) => sideOf(k) === lean.side));
    const others = storyRows.filter((r) => r.articleId !== id && dominantSide(r)?.side !== lean.side && sideCount(r, lean.side) < sideTotal(r));
    const contrast = others.length > 0 ? `, while ${others.length} other article${others.length > 1 ? "s" : ""} in this story cite${others.length > 1 ? "" : "s"} other sides more` : "";
    out.push({
      ...base, rule: "signals/one-sided-sourcing", severity: "low",
      summary: `The article relies mostly on ${lean.side} sources (${lean.count} of ${lean.total} attributions to a party, e.g. ${quoted(own[0]!.evidence.text)}) though it also names ${otherNamed.slice(0, 2).join(" and ")}${contrast}.`,
      evidence: own.map((c) => c.evidence),
    });
  }
  const vague = cites.filter((c) => c.kinds.includes("unnamed") || c.kinds.includes("experts/analysts"));
  if (vague.length >= 3 && vague.length * 2 >= cites.length) {
    out.push({
      ...base, rule: "signals/unnamed-sourcing", severity: "low",
      summary: `${vague.length} of ${cites.length} attributions go to unnamed people or generic experts (${vague.slice(0, 2).map((c) => quoted(c.evidence.text)).join(", ")}), which readers cannot check.`,
      evidence: vague.map((c) => c.evidence),
    });
  }
  return out;
}

function sideCount(row: SourcingRow, side: string): number {
  return Object.entries(row.cites).filter(([k]) => sideOf(k) === side).reduce((a, [, n]) => a + n, 0);
}

function sideTotal(row: SourcingRow): number {
  return Object.entries(row.cites).filter(([k]) => sideOf(k) !== null).reduce((a, [, n]) => a + n, 0);
}
