// Article text with evidence spans marked. The text is cut at every span boundary and rebuilt
// from text nodes; each <mark> knows which findings' evidence it carries, so selecting a finding
// lights exactly its spans. Offsets are UTF-16 indices, as the report contract states.
import type { Evidence } from "../../domain/span.js";
import type { Severity } from "../../domain/finding.js";
import { h, text } from "./dom.js";

export interface EvidenceRef {
  readonly findingId: string;
  readonly index: number;
  readonly severity: Severity;
  readonly evidence: Evidence;
}

export interface Highlighted {
  readonly node: HTMLElement;
  /** "findingId" and "findingId#index" → the marks that show it. */
  readonly marks: Map<string, HTMLElement[]>;
}

/** Where the evidence sits in the text: its own offsets when they check out, else its first verbatim occurrence. */
export function locate(full: string, e: Evidence): [number, number] | null {
  if (e.start >= 0 && e.end <= full.length && e.start < e.end && full.slice(e.start, e.end) === e.text) return [e.start, e.end];
  const at = e.text ? full.indexOf(e.text) : -1;
  return at >= 0 ? [at, at + e.text.length] : null;
}

/** The text from `from` on (0: all of it) with its evidence marked; the caller keeps evidence out of what it leaves off. */
export function highlightText(full: string, refs: readonly EvidenceRef[], from = 0): Highlighted {
  const spans = refs.flatMap((r) => {
    const at = locate(full, r.evidence);
    return at && at[0] >= from ? [{ ...r, start: at[0], end: at[1] }] : [];
  });
  const cuts = [...new Set([from, full.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const node = h("p", { class: "art-text" });
  const marks = new Map<string, HTMLElement[]>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? a;
    const piece = full.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      node.appendChild(text(piece));
      continue;
    }
    const ids = [...new Set(covering.map((s) => s.findingId))];
    const mark = h("mark", { "data-findings": ids.join(" "), class: covering.some((s) => s.severity === "high") ? "ev-high" : null }, piece);
    node.appendChild(mark);
    for (const s of covering) {
      for (const key of [s.findingId, `${s.findingId}#${s.index}`]) {
        const list = marks.get(key) ?? [];
        if (!list.includes(mark)) list.push(mark);
        marks.set(key, list);
      }
    }
  }
  return { node, marks };
}

/**
 * Where the body starts when the text opens with the article's title on a line of its own (as a
 * text file's first line does): the header shows the title already. 0 when the first line is not
 * the title or holds evidence, which must stay visible.
 */
export function bodyStart(full: string, title: string, refs: readonly EvidenceRef[]): number {
  const m = /^[ \t]*(?:#+[ \t]*)?(\S[^\n]*?)[ \t]*\n\s*(?=\S)/.exec(full);
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  if (!m?.[1] || norm(m[1]) !== norm(title)) return 0;
  const end = m[0].length;
  return refs.some((r) => (locate(full, r.evidence)?.[0] ?? end) < end) ? 0 : end;
}

/** A sentence with the words a rewrite changed wrapped in <ins> or <del> (first occurrence of each). */
export function markChanges(sentence: string, words: readonly string[], tag: "ins" | "del"): HTMLElement {
  const ranges: [number, number][] = [];
  for (const w of words) {
    const at = w ? sentence.indexOf(w) : -1;
    if (at >= 0 && !ranges.some(([s, e]) => at < e && at + w.length > s)) ranges.push([at, at + w.length]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const p = h("p");
  let pos = 0;
  for (const [s, e] of ranges) {
    p.appendChild(text(sentence.slice(pos, s)));
    p.appendChild(h(tag, {}, sentence.slice(s, e)));
    pos = e;
  }
  p.appendChild(text(sentence.slice(pos)));
  return p;
}
