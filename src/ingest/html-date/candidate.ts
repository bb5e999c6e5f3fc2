// What the date collectors produce: every date the page offers, with where it came from and how
// far that source is trusted. The day is then chosen by weighted votes (choose.ts) instead of a fixed
// order of sources, so one wrong source (a site-wide "today" in the header, a UTC instant a day off)
// is outvoted.
import type { Ymd } from "../date-text.js";

export type Role = "published" | "modified" | "unknown";

export interface Candidate {
  readonly v: Ymd;
  /** Source kind; several hits of one kind count once per day. */
  readonly source: string;
  readonly weight: number;
  readonly role: Role;
  /** Tag and classes of a body element and its parent, to spot lists of teasers. */
  readonly signature?: string;
}

/** How the page writes dates, and which days are possible (set once per page by extractPublishedDate). */
export interface Ctx {
  readonly dmyFirst: boolean;
  accept(v: Ymd | null): Ymd | null;
  parse(raw: string): Ymd | null;
}

export function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? "";
}
