// Scraped-site boilerplate left inside the article text. Two kinds, weighed differently:
// page furniture any scraper picks up from real outlets ("TAGGED:" / "Share This Article" at the
// end of 001; BBC's "Share this withEmailFacebookMessenger…" glued to the first sentence of real
// FRANK articles) is low at most, while a site's self-promotion stuck onto the story ("Stay updated
// with the latest news only on TechNewsHubs – your trusted source for breaking global and tech
// updates." closing 003) is what content farms append to every rewrite.
import type { Doc } from "../../domain/doc.js";
import { evidenceOf, type Evidence } from "../../domain/span.js";
import type { TellHit } from "../tell.js";
import { quoted } from "../text.js";

type Kind = "furniture" | "promo";

interface Pattern {
  readonly kind: Kind;
  readonly re: RegExp;
  /** Words one of which every match holds: a text without any is not scanned. */
  readonly needs?: readonly string[];
}

const SOCIAL = "Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Whatsapp|Linkedin|LinkedIn|Reddit|Telegram|Tumblr|Flipboard|Copy this link|Copy link";

const PATTERNS: readonly Pattern[] = [
  // "TAGGED:" on its own line (001), "Tags: …", "Filed under: …"
  { kind: "furniture", re: /^(?:TAGGED|Tagged|Tags?|TAGS|Topics|Related Topics|Filed [Uu]nder):.*$/gm },
  // "Share This Article" (001), "Share this story", "Share on Facebook"
  { kind: "furniture", re: /\bShare (?:[Tt]his|[Tt]he) (?:[Aa]rticle|[Ss]tory|[Pp]ost|[Pp]age)\b|\bShare on (?:Facebook|Twitter|WhatsApp|X|LinkedIn)\b|\bClick to share\b/g },
  // "Share this withEmailFacebookMessengerMessengerTwitter…Copy this link" (BBC pages in FRANK)
  { kind: "furniture", re: new RegExp(`(?:Share this with)?(?:${SOCIAL})(?:\\s?(?:${SOCIAL})){2,}`, "g"), needs: SOCIAL.split("|") },
  { kind: "furniture", re: /^(?:Advertisement|ADVERTISEMENT|Scroll to continue with content|Skip Ad)$/gm },
  { kind: "furniture", re: /\b(?:READ MORE|Read [Mm]ore|Also [Rr]ead|ALSO READ|Related):(?=\s)/g },
  { kind: "furniture", re: /(?:©|\(c\)|Copyright)\s?\d{4}[^.\n]{0,60}All [Rr]ights [Rr]eserved\.?/g },
  // A bare "Follow us" over a list of networks: a social widget, not a pitch.
  { kind: "furniture", re: new RegExp(`^Follow us:?\\s*\\n(?:\\s*(?:${SOCIAL}|Instagram|YouTube|X|TikTok)\\s*\\n?)+`, "gm"), needs: ["Follow us"] },
];

// A site's self-promotion: a call to action ("Stay tuned to", "Keep checking", "Bookmark",
// "Like … on Facebook", "Download the … app", "Thank you for reading") that starts a clause and
// points at the site itself — the outlet's name (metadata or URL host), a site-like name
// ("TechNewsHubs", "globalbrief.net"), "us"/"our" with a channel — or at a name with a news
// object ("for the latest updates"). It counts where footers sit: in the last lines, in the
// first line, or glued to the story ("…on Friday.Keep visiting …"). A call to action someone
// else makes ("Officials urged residents to follow …", a quoted slogan) starts no clause of the
// article's own and is left alone, as are "Check back for updates" and tip lines naming no site.
const CTA = new RegExp(String.raw`(?:(?:please|be sure to|make sure to|remember to|don['’]t forget to|and)\s+)?(?:stay (?:tuned|updated|connected|informed|with|up to date)|keep (?:checking|visiting|reading|following|watching|coming back|an eye on|up with)|follow|like (?:us|\S+(?: \S+){0,2}) on|bookmark|subscribe|sign up|join|visit|download|install|check out|read (?:more|on|the latest|all)|get (?:the latest|all the|breaking|more|alerts|instant|daily|our)|turn on|switch on|enable|hit (?:the|that)|tap|click|share (?:this|the|our)|tune in|head (?:over )?to|catch (?:all|the latest|up)|never miss|don['’]t miss|thanks? (?:you )?for (?:reading|visiting|watching)|make \S+(?: \S+){0,2} your (?:homepage|home page|go-to|first stop|source))\b`, "iy");
/** Where a clause starts: line start, after sentence or clause punctuation, or glued after a full stop. */
const CLAUSE_START = /(?:^|[.!?:;—–|]|\n)\s*$/;
const NEWS_OBJECT = /\b(?:news|stories|story|updates?|headlines?|alerts?|developments|coverage|analysis|scores|trending|the latest|more like this|for more (?:news|stories|updates|headlines|like this))\b/i;
const CHANNEL = /\b(?:Facebook|Twitter|Instagram|Threads|TikTok|YouTube|WhatsApp|Telegram|Google News|Flipboard|app|apps|newsletter|bulletin|homepage|website|site|notifications|bell icon|channel|feed|podcast|page)\b/i;
const DOMAIN = /\b(?:www\.)?[a-z0-9-]{3,}\.(?:com|net|org|co\.uk|co|in|news|info|io|tv|online|live|today|media)\b/i;
/** "TechNewsHubs", "NewsAtlas24": a joined-up brand name. Platforms and Mc-names are not brands of the outlet. */
const CAMEL = /\b(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}|\d+)+[a-z]*\b/g;
const PLATFORMS = new Set(["YouTube", "WhatsApp", "TikTok", "LinkedIn", "GoFundMe", "PayPal", "PlayStation", "FaceTime", "SoundCloud", "OpenAI", "JavaScript", "WordPress", "GitHub", "iPhone", "iPad", "DeepSeek", "ChatGPT"]);
const CAP_NAME = /\b\p{Lu}[\p{L}\d]+(?:\s+\p{Lu}[\p{L}\d]+)*/gu;
const NETWORKS = /^(?:Facebook|Twitter|X|Instagram|Threads|TikTok|YouTube|WhatsApp|Telegram|Google|Google News|LinkedIn|Reddit|Pinterest|Snapchat|Apple|Android|iPhone|Spotify)$/;
/** Footers sit in the last few lines (or the last part of a long text). */
const TAIL_LINES = 5;
const TAIL_SHARE = 0.15;

export interface Promo {
  readonly start: number;
  readonly end: number;
}

/** Calls to action for the site itself, where footers sit. */
export function promoFooters(doc: Doc): Promo[] {
  const { text } = doc.article;
  const lines = text.split("\n");
  let tailStart = text.length;
  for (let n = 0, i = lines.length - 1, pos = text.length; i >= 0 && n < TAIL_LINES; i--) {
    pos -= lines[i]!.length + (i < lines.length - 1 ? 1 : 0);
    if (lines[i]!.trim().length > 0) { n++; tailStart = Math.max(0, pos); }
  }
  tailStart = Math.min(tailStart, Math.floor(text.length * (1 - TAIL_SHARE)));
  const firstLineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
  const outlet = outletKeys(doc);
  const out: Promo[] = [];
  // Where footers sit: the first line, the tail, and any sentence glued to the one before ("Friday.Keep").
  const candidates: number[] = [];
  const scan = (from: number, to: number) => {
    for (let at = nextClauseStart(text, from); at >= 0 && at < to; at = nextClauseStart(text, at + 1)) candidates.push(at);
  };
  scan(0, firstLineEnd);
  for (const g of text.slice(0, tailStart).matchAll(/\p{L}[.!?](?=\p{Lu})/gu)) if (g.index + 2 >= firstLineEnd) candidates.push(g.index + 2);
  scan(Math.max(tailStart, firstLineEnd), text.length);
  let covered = -1;
  for (const next of candidates) {
    if (next < covered) continue;
    CTA.lastIndex = next;
    const m = CTA.exec(text);
    if (!m) continue;
    if (doc.quotes.some((q) => q.span.start <= next && next < q.span.end)) continue;
    const lineStart = text.lastIndexOf("\n", next - 1) + 1;
    const before = text.slice(lineStart, next);
    if (before.lastIndexOf("“") > before.lastIndexOf("”")) continue;
    let end = next + m[0].length;
    const stop = /[.!?](?=\s|$|\p{Lu})|\n|$/gu;
    stop.lastIndex = end;
    end = stop.exec(text)!.index;
    if (text[end] === "." || text[end] === "!" || text[end] === "?") end++;
    // The whole sentence, with a lead such as "For more news like this," or "Never miss a story:".
    const sentenceStart = Math.max(lineStart, lastSentenceEnd(text, next, lineStart));
    const sentence = text.slice(sentenceStart, end);
    const clause = text.slice(next, end);
    if (/^\s*[”"]/.test(text.slice(end, end + 2))) continue;
    if (!pointsAtSite(sentence, clause, text.slice(0, sentenceStart), outlet)) continue;
    out.push({ start: sentenceStart, end });
    covered = end;
  }
  return out;
}

/**
 * A letter with no letter, digit or apostrophe right before it: where a word starts. The walk it
 * replaced tried every letter and looked one UTF-16 unit back; this looks one code point back, which
 * differs only right after a character outside the BMP ("𝐀"), where no clause starts either way (the
 * three characters before end in half of that character, not in a clause mark).
 */
const WORD_START = /(?<![\p{L}\p{N}'’])\p{L}/gu;

function nextClauseStart(text: string, from: number): number {
  const re = WORD_START;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    // The three characters before it, within its line (searching back to the line's start for
    // every word made long one-line texts quadratic).
    const window = text.slice(Math.max(0, i - 3), i);
    const before = window.slice(window.lastIndexOf("\n") + 1);
    const atLineStart = i === 0 || text[i - 1] === "\n";
    // After a comma only a lead ("For more news like this, visit …"), and never "like" (a preposition there).
    if (atLineStart || CLAUSE_START.test(before) || (/,\s*$/.test(before) && !/^like\b/i.test(text.slice(i, i + 5)))) return i;
  }
  return -1;
}

function lastSentenceEnd(text: string, at: number, lineStart: number): number {
  for (let i = at - 1; i >= lineStart; i--) {
    const c = text[i]!;
    if ((c === "." || c === "!" || c === "?") && i < at - 1) return i + 1 + (text.slice(i + 1, at).length - text.slice(i + 1, at).trimStart().length);
    if ((c === "." || c === "!" || c === "?") && i === at - 1) return at;
  }
  return lineStart;
}

/** Lower-case, joined-up keys of the outlet's name and URL host ("Metro Pulse" → "metropulse"). */
function outletKeys(doc: Doc): string[] {
  const keys: string[] = [];
  const { outlet, url } = doc.article;
  const add = (s: string | null) => {
    if (!s) return;
    const k = s.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\.(?:com|net|org|co\.uk|co|in|news|info|io|tv)(?:\/.*)?$/, "").replace(/[^a-z0-9]/g, "");
    if (k.length >= 4) keys.push(k);
  };
  add(outlet);
  if (url) add(url.replace(/^https?:\/\/([^/]+).*$/, "$1"));
  return keys;
}

function pointsAtSite(sentence: string, clause: string, earlier: string, outlet: readonly string[]): boolean {
  const joined = sentence.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (outlet.some((k) => joined.includes(k))) return true;
  const news = NEWS_OBJECT.test(sentence);
  const channel = CHANNEL.test(sentence);
  if (/\b(?:us|our)\b/i.test(clause) && (news || channel)) return true;
  if (DOMAIN.test(sentence) && (news || channel)) return true;
  for (const m of sentence.matchAll(CAMEL)) if (!PLATFORMS.has(m[0])) return true;
  if (!news && !channel) return false;
  // A name the story itself never mentioned: the site's, not an actor's ("Keep checking The Ledger for updates").
  for (const m of clause.matchAll(CAP_NAME)) {
    if (m.index === 0) continue;
    const name = m[0];
    if (NETWORKS.test(name) || /^(?:I|The|A|An|This|Our|More|News|Android|iOS)$/.test(name)) continue;
    if (!earlier.includes(name)) return true;
  }
  return false;
}

export function boilerplate(doc: Doc): readonly TellHit[] {
  const { id, text } = doc.article;
  const found: { kind: Kind; ev: Evidence }[] = [];
  for (const p of promoFooters(doc)) found.push({ kind: "promo", ev: evidenceOf(id, text, p.start, p.end) });
  for (const { kind, re, needs } of PATTERNS) {
    if (needs && !needs.some((w) => text.includes(w))) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (end <= start || found.some((f) => f.ev.start < end && start < f.ev.end)) continue;
      found.push({ kind, ev: evidenceOf(id, text, start, end) });
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.ev.start - b.ev.start);
  const promo = found.filter((f) => f.kind === "promo");
  const glued = promo.some((f) => /\p{L}/u.test(text[f.ev.end] ?? "") || (f.ev.start > 1 && /[.!?]/.test(text[f.ev.start - 1] ?? "") && /\p{L}/u.test(text[f.ev.start - 2] ?? "")));
  const shown = found.slice(0, 3).map((f) => quoted(f.ev.text)).join(", ");
  const summary = promo.length > 0
    ? `A site's own promotion is left in the story (${shown})${glued ? ", glued to the article text" : ""}: typical of pages copied by content farms.`
    : `Scraped page furniture is left in the text (${shown}); a sign of a copied page, not of invented news.`;
  return [{
    rule: "signals/boilerplate",
    strength: promo.length > 0 ? "weak" : "furniture",
    points: (promo.length > 0 ? 1 : 0) + (promo.length < found.length ? 0.5 : 0),
    summary,
    evidence: found.map((f) => f.ev),
  }];
}
