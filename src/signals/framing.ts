// Loaded or one-sided terms, whose narrative an article adopts in its own voice, and how the same
// facts are framed differently across a story's articles. Beside the terms of one war (below), a
// general lexicon covers any conflict: words that delegitimise a government ("the regime's thugs",
// "puppet government", "rogue state"), dehumanise or criminalise fighters ("terrorists",
// "bandits", "hordes", "butchered"), glorify one side ("freedom fighters", "martyrs", "heroic
// defenders", "liberated the town"), state atrocities as fact ("genocide", "ethnic cleansing", "a
// war crime") or cast one side as aggressor ("occupiers", "invaders", "latest provocation").
// Each has its look-alikes screened out: a "training regime", a "7-0 massacre", "charged with
// terrorism offences", "the genocide case", "accused of war crimes", "felt liberated". The seeds show both axes: the war named
// as a "full-scale invasion" (001) against a "special military operation"; the exchange called "a
// humanitarian victory" (001) against a cover for "strategic delays" (000) or "a tactical
// maneuver" (002). A term inside a quote, or reported as someone's framing ("which Putin has
// consistently framed as a Western-backed coup"), is not adopted and is left out.
import type { Doc } from "../domain/doc.js";
import type { FindingDraft } from "../domain/finding.js";
import { evidenceOf, type Evidence } from "../domain/span.js";
import { quoted } from "./text.js";

interface Frame {
  /** What is being framed, for contrasts across articles; null for the general lexicon (no sides). */
  readonly axis: "the war" | "the deal or exchange" | "the conflict's parties" | null;
  /** Which reading the term carries, as a phrase after "frame it …" ("as a humanitarian step"). */
  readonly reading: string;
  /** The same, as what the article does ("presents the deal or exchange as a humanitarian step"). */
  readonly gloss: string;
  readonly re: RegExp;
  /**
   * Lower-case words of which every match of `re` holds one: a text holding none of them is not
   * scanned (most articles use no loaded term, and a scan of `re` costs far more than these lookups).
   */
  readonly cues: readonly string[];
  /** Look-alikes of the term: the words before and after the match decide. */
  readonly skip?: (before: string, after: string) => boolean;
}

const LEGAL_AFTER = /^\s*(?:case|cases|convention|trial|trials|charges?|court|tribunal|hearings?|lawsuit|suit|accusations?|allegations?|claims?|investigations?|inquiry|probe|prosecutors?|unit|studies|scholars?|museum|memorial|remembrance|denial|survivors?|law|laws|act|offen[cs]es|suspects?)\b/i;
const LEGAL_BEFORE = /\b(?:accused of|accusing \S+ of|allegations? of|alleged|alleges?|charged with|charges? of|convicted of|suspected|possible|potential|probable|plausible|amount(?:s|ed)? to|constitut(?:e|es|ed|ing)|investigat\w+|evidence of|risk of|deny|denies|denied|committing|commit|the \d{4}|in \d{4})\s+(?:\w+\s+){0,2}$/i;
const legal = (before: string, after: string) => LEGAL_AFTER.test(after) || LEGAL_BEFORE.test(before);

const GENERAL: readonly Frame[] = [
  { axis: null, reading: "delegitimising a government", gloss: "delegitimises a government",
    cues: ["regime", "puppet", "illegitimate", "rogue", "foreign masters", "dictator", "tyrant", "despot", "warmong", "ruling clique", "apartheid", "zionist entity", "state terrorism"],
    re: /\b(?:the|this|that)\s+regime\b|\b(?:brutal|criminal|murderous|illegitimate|puppet|terrorist|rogue|corrupt|fascist|genocidal|bloody|tyrannical)\s+regimes?\b|\b\p{Lu}[\p{L}-]+\s+regime\b|\bpuppet (?:government|state|president|leader|authorities|administration)\b|\billegitimate (?:government|president|authorities|leader|administration|rulers?)\b|\brogue (?:state|nation|regime)s?\b|\bforeign masters\b|\b(?:the )?dictator(?:['’]s)?\b|\btyrants?\b|\bdespots?\b|\bwarmong(?:ers?|ering)\b|\bruling clique\b|\bapartheid (?:state|regime)\b|\bZionist entity\b|\bstate terrorism\b/gu,
    skip: (before, after) => /\b(?:training|tax|diet|fitness|sanctions|visa|legal|regulatory|exercise|treatment|drug|medication|feeding|exchange|pension|trade|tariff|licensing|ownership)\s*$/i.test(before) || /^\s*change\b/i.test(after) },
  { axis: null, reading: "dehumanising or criminalising fighters", gloss: "dehumanises or criminalises fighters",
    cues: ["terror", "thugs", "bandits", "savage", "barbar", "vermin", "hordes", "butcher", "murderous", "bloodthirsty", "criminal gangs", "fascists", "crusaders", "infidels", "war criminal", "enemy "],
    re: /\bterrorists\b|\bterrorist (?:group|organi[sz]ations?|regime|state|gangs?|militias?|army|forces)\b|\bthugs\b|\bbandits\b|\bsavages\b|\bbarbarians\b|\bbarbaric\b|\bsavagery\b|\bvermin\b|\bhordes\b|\bbutcher(?:s|ed)\b|\bbutcher of\b|\bmurderous\b|\bbloodthirsty\b|\bcriminal gangs\b|\bterror (?:group|organi[sz]ation|cells?|network|state|army)\b|\bfascists\b|\bcrusaders\b|\binfidels\b|\bwar criminals?\b|\benemy (?:hordes|scum)\b/gi,
    skip: (before, after) => legal(before, after) },
  { axis: null, reading: "glorifying one side", gloss: "glorifies one side",
    cues: ["freedom fighters", "martyr", "heroic ", "brave ", "defenders of the ", "glorious ", "our army", "our soldiers", "our troops", "our forces", "our heroes", "our defenders", "our fighters", "valiant ", "gallant ", "fearless ", "sacred ", "liberat"],
    re: /\bfreedom fighters\b|\bmartyr(?:s|dom)?\b|\bheroic (?:defenders|fighters|soldiers|troops|army|forces|resistance|warriors|people)\b|\bbrave (?:defenders|fighters|soldiers|warriors)\b|\bdefenders of the (?:homeland|motherland|fatherland|nation)\b|\bglorious (?:army|victory|forces|troops|soldiers|revolution)\b|\bour (?:army|soldiers|troops|forces|heroes|defenders|fighters)\b|\b(?:valiant|gallant|fearless) (?:soldiers|troops|defenders|fighters|warriors|army)\b|\bsacred (?:land|soil|homeland|motherland)\b|\bliberation of (?:the )?(?:town|city|village|region|territory|\p{Lu}[\p{L}-]+)\b|\bliberat(?:ed|ing) (?:the )?(?:town|city|village|region|territory|district|capital|area|settlement|province|\p{Lu}[\p{L}-]+)\b/gu },
  { axis: null, reading: "stating atrocities as fact", gloss: "states atrocities as fact",
    cues: ["genocid", "ethnic cleansing", "massacre", "slaughter", "war crime", "atrocit", "pogrom", "bloodbath", "extermination"],
    re: /\bgenocid(?:e|al)\b|\bethnic cleansing\b|\bmassacres?\b|\bslaughter(?:ed|ing)? (?:of )?(?:its own|their own|innocent|civilians|people|villagers|protesters|children|families|farmers|hundreds|dozens|thousands)\b|\b(?:a|another|this) war crime\b|\bwar crimes\b|\batrocit(?:y|ies)\b|\bpogroms?\b|\bbloodbath\b|\bextermination\b/gi,
    skip: (before, after) => legal(before, after) || /\d+\s*[-–]\s*\d+[^.]{0,12}$/.test(before) || /(?<!^|[.!?]\s*)\b(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\b)\p{Lu}[\p{L}-]+\s*$/u.test(before) || /\b(?:Rwandan|Armenian|Holocaust|Srebrenica|Bosnian|Cambodian)\b/.test(before + after.slice(0, 40)) },
  { axis: null, reading: "casting one side as aggressor or occupier", gloss: "casts one side as aggressor or occupier",
    cues: ["occupiers", "occupation ", "invaders", "invading ", "aggress", "imperialist", "provocation"],
    re: /\boccupiers\b|\boccupation (?:forces|army|troops|authorities|regime|government)\b|\binvaders\b|\binvading (?:troops|army|forces|soldiers)\b|\baggressors?\b|\b(?:naked|brutal|unprovoked|blatant) aggression\b|\bact of aggression\b|\bimperialists?\b|\bimperialist (?:aggressors?|powers?|forces)\b|\b(?:latest|another|new|deliberate|reckless|fresh) provocation\b/gi },
];

const FRAMES: readonly Frame[] = [
  { axis: "the war", reading: "in the Kremlin's terms", gloss: "names the war in the Kremlin's terms", cues: ["special military operation", "denazification", "nazi", "regime"], re: /\bspecial military operation\b|\bdenazification\b|\bneo-?Nazis?\b|\bKiev regime\b|\bKyiv regime\b/gi },
  { axis: "the war", reading: "in Ukraine's and the West's terms", gloss: "names the war in Ukraine's and the West's terms", cues: ["scale invasion", "war of aggression", "unprovoked ", "russian aggression", "annex"], re: /\b(?:full|large)-scale invasion\b|\bwar of aggression\b|\bunprovoked (?:invasion|war|attack)\b|\bRussian aggression\b|\billegal(?:ly)? annex(?:ation|ed)\b/gi },
  { axis: "the conflict's parties", reading: "in the Kremlin's terms", gloss: "describes the parties in the Kremlin's terms", cues: ["western", "nato expansion", "defender of russian-speaking", "donbass"], re: /\bWestern-backed coup\b|\bWestern encroachment\b|\bNATO expansion\b|\bdefender of Russian-speaking\b|\bprotecting the citizens of Donbass\b/gi },
  { axis: "the conflict's parties", reading: "in Ukraine's and the West's terms", gloss: "describes Russia in Ukraine's and the West's terms", cues: ["occupied territor", "propaganda", "ambition"], re: /\boccupied territor(?:y|ies)\b|\bRussian propaganda\b|\bpropaganda narratives?\b|\bexpansionist ambitions?\b|\bterritorial ambitions?\b/gi },
  { axis: "the deal or exchange", reading: "as a humanitarian step", gloss: "presents the deal or exchange as a humanitarian step", cues: ["humanitarian", "tangible progress", "step toward", "glimmer of hope", "potential goodwill"], re: /\bhumanitarian (?:victory|success|breakthrough|effort|step)\b|\bact of humanitarianism\b|\btangible progress\b|\bstep toward(?:s)? peace\b|\bglimmer of hope\b|\bpotential goodwill\b/gi },
  { axis: "the deal or exchange", reading: "as a tactic or a delay", gloss: "presents the deal or exchange as a tactic or a delay", cues: ["strategic ", "delaying tactic", "stall negotiations", "facade", "illusion of ", "buy time", "tactical maneuver", "calculated move", "geopolitical chess game"], re: /\bstrategic (?:delays?|moves?|cunning)\b|\bdelaying tactic\b|\bstall negotiations\b|\bfacade\b|\billusion of (?:progress|productive dialogue)\b|\bbuy time\b|\btactical maneuver\b|\bcalculated move\b|\bgeopolitical chess game\b/gi },
];

// "which Putin has consistently framed as", "what Moscow calls", "so-called"
const REPORTED = /\b(?:framed?|framing|describe[sd]?|call(?:s|ed)?|portray(?:s|ed)?|term(?:s|ed)|so-called|dubbed|labell?ed|according to|insists?|claims?|narrative|interpret(?:s|ed)?|perceived?|seen as|viewed as|positioned)\b[^.\n]{0,120}$/i;

const ALL_FRAMES: readonly Frame[] = [...FRAMES, ...GENERAL];

const CUES = [...new Set(ALL_FRAMES.flatMap((f) => f.cues))].sort((a, b) => b.length - a.length);
/** At one place the longest cue is found: the shorter ones it starts with are there too. */
const STARTS_WITH: ReadonlyMap<string, readonly string[]> = new Map(CUES.map((c) => [c, CUES.filter((d) => d !== c && c.startsWith(d))]));
/** The cues by their first two characters, longest first (each at least two characters long). */
const BY_PAIR = new Map<number, string[]>();
for (const c of CUES) {
  if (c.length < 2) throw new Error(`framing cue "${c}" is shorter than two characters`);
  const k = c.charCodeAt(0) * 65536 + c.charCodeAt(1);
  const list = BY_PAIR.get(k);
  if (list) list.push(c); else BY_PAIR.set(k, [c]);
}
/** Whether some cue starts with this character (character codes below 65536). */
const FIRST = new Uint8Array(65536);
for (const c of CUES) FIRST[c.charCodeAt(0)] = 1;

/** The cue words the text holds: at each place the longest cue there (and the shorter ones it starts with), in one pass. */
function cuesIn(text: string): Set<string> {
  const present = new Set<string>();
  const lower = text.toLowerCase();
  for (let i = 0; i + 1 < lower.length; i++) {
    if (FIRST[lower.charCodeAt(i)] === 0) continue;
    const list = BY_PAIR.get(lower.charCodeAt(i) * 65536 + lower.charCodeAt(i + 1));
    if (list === undefined) continue;
    for (const cue of list) {
      if (!lower.startsWith(cue, i)) continue;
      if (!present.has(cue)) {
        present.add(cue);
        for (const d of STARTS_WITH.get(cue)!) present.add(d);
      }
      break;
    }
  }
  return present;
}

export interface FramingUse {
  readonly frame: Frame;
  readonly evidence: Evidence;
}

/** Framing terms the article uses in its own voice. */
export function adoptedFrames(doc: Doc): FramingUse[] {
  const { id, text } = doc.article;
  const out: FramingUse[] = [];
  const present = cuesIn(text);
  for (const frame of ALL_FRAMES) {
    if (!frame.cues.some((c) => present.has(c))) continue;
    for (const m of text.matchAll(frame.re)) {
      const at = m.index;
      if (frame.skip?.(text.slice(Math.max(0, at - 60), at), text.slice(at + m[0].length, at + m[0].length + 60))) continue;
      if (doc.quotes.some((q) => q.span.start <= at && at < q.span.end)) continue;
      const lineStart = text.lastIndexOf("\n", at - 1) + 1;
      const lead = text.slice(Math.max(lineStart, at - 160), at);
      if (REPORTED.test(lead) || /[“"‘'«]\s*$/.test(lead)) continue;
      // Inside quote marks the words are someone else's, speaker or not (chanted “stop the …”).
      const line = text.slice(lineStart, at);
      if (line.lastIndexOf("“") > line.lastIndexOf("”") || (line.match(/"/g)?.length ?? 0) % 2 === 1) continue;
      if (out.some((u) => u.evidence.start < at + m[0].length && at < u.evidence.end)) continue;
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
    const partisan = own.filter((u) => u.frame.axis !== "the deal or exchange" && u.frame.axis !== null);
    const sides = new Set(partisan.map((u) => u.frame.reading));
    // General loaded terms: two different ones in the article's own voice make a slant, one is a word choice.
    const general = new Set(own.filter((u) => u.frame.axis === null).map((u) => u.evidence.text.toLowerCase()));
    out.push({
      rule: "signals/loaded-terms", type: "framing",
      severity: (partisan.length >= 2 && sides.size === 1) || general.size >= 2 ? "low" : "info",
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
  const axes = [...new Set(FRAMES.flatMap((f) => (f.axis === null ? [] : [f.axis])))];
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
