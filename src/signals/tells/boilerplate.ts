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
}

const SOCIAL = "Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Whatsapp|Linkedin|LinkedIn|Reddit|Telegram|Tumblr|Flipboard|Copy this link|Copy link";

const PATTERNS: readonly Pattern[] = [
  // "TAGGED:" on its own line (001), "Tags: …", "Filed under: …"
  { kind: "furniture", re: /^(?:TAGGED|Tagged|Tags?|TAGS|Topics|Related Topics|Filed [Uu]nder):.*$/gm },
  // "Share This Article" (001), "Share this story", "Share on Facebook"
  { kind: "furniture", re: /\bShare (?:[Tt]his|[Tt]he) (?:[Aa]rticle|[Ss]tory|[Pp]ost|[Pp]age)\b|\bShare on (?:Facebook|Twitter|WhatsApp|X|LinkedIn)\b|\bClick to share\b/g },
  // "Share this withEmailFacebookMessengerMessengerTwitter…Copy this link" (BBC pages in FRANK)
  { kind: "furniture", re: new RegExp(`(?:Share this with)?(?:${SOCIAL})(?:\\s?(?:${SOCIAL})){2,}`, "g") },
  { kind: "furniture", re: /^(?:Advertisement|ADVERTISEMENT|Scroll to continue with content|Skip Ad)$/gm },
  { kind: "furniture", re: /\b(?:READ MORE|Read [Mm]ore|Also [Rr]ead|ALSO READ|Related):(?=\s)/g },
  { kind: "furniture", re: /(?:©|\(c\)|Copyright)\s?\d{4}[^.\n]{0,60}All [Rr]ights [Rr]eserved\.?/g },
  // "Stay updated with the latest news only on TechNewsHubs – your trusted source for …" (003)
  { kind: "promo", re: /\bStay (?:updated|tuned|informed|connected) (?:with|for|on) (?:the|all the|our) latest\b[^.\n]*\.?/g },
  { kind: "promo", re: /\byour (?:trusted|go-to|one-stop|number one|#1|ultimate) (?:source|destination|site|hub) for\b[^.\n]*\.?/g },
  { kind: "promo", re: /\b(?:Subscribe|Sign up) (?:to|for) (?:our|the) (?:free )?(?:daily |weekly )?(?:newsletter|updates|alerts)\b[^.\n]*\.?/g },
  { kind: "promo", re: /\b(?:Follow|Join) us on (?:Google News|Facebook|Twitter|X|Telegram|WhatsApp|Instagram)\b[^.\n]*\.?/g },
  { kind: "promo", re: /\bJoin our (?:WhatsApp|Telegram) (?:channel|group)\b[^.\n]*\.?/g },
  { kind: "promo", re: /\bDon[’']t forget to (?:like|share|subscribe)\b[^.\n]*\.?/g },
];

export function boilerplate(doc: Doc): readonly TellHit[] {
  const { id, text } = doc.article;
  const found: { kind: Kind; ev: Evidence }[] = [];
  for (const { kind, re } of PATTERNS) {
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
  const glued = promo.some((f) => /\p{L}/u.test(text[f.ev.end] ?? ""));
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
