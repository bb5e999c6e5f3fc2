// What a measure measures. "150 metres" may be a tower's height, a fall, a depth or a distance from a town;
// "50 mph" a car's speed or the road's limit; "1,200 hectares" the area burned or the size of a park.
// Two measures of one dimension are one fact only when they measure the same aspect of the story; an amount of
// money is one fact of the event when it is its ransom or its fine.
import type { QuantityClaim } from "../domain/claim.js";
import { measureOf } from "./values.js";

const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|less than|over|under|up to|at least|at most|an estimated|a|an|the)\s+)*`;
/** "a depth of 10 km", "at a speed of 90 mph", "a height of about 30 metres". */
const ASPECT_OF = new RegExp(String.raw`\b(depth|height|altitude|elevation|length|width|speed|velocity|distance|radius|diameter|area|size|limit)\s+of\s+${HEDGE}$`, "i");
/** "30 metres deep", "a tower 150 m tall", "a 5-mile-long slick". */
const ASPECT_AFTER = /^\s*(?:-\s*)?(deep|tall|high|long|wide|thick|thin|across|below|above|underground|under(?:ground|water)|beneath|down)\b/i;
/** "40 km south of Heraklion", "10 miles from the coast", "200 metres away": a distance from a place. */
const FROM_PLACE = /^\s*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest|inland|offshore|upstream|downstream)(?:\s+of)?|away|from|off|outside|short of|beyond|behind|ahead of|into)\b/i;
const FALL = new RegExp(String.raw`\b(?:fell|falls?|falling|fallen|plunged?|plunging|dropped|drops?|tumbled|slipped|jumped|leapt)\s+(?:(?:from|down|off|into|about|nearly|some|more than|over)\s+)?${HEDGE}$`, "i");
const MOVING = new RegExp(String.raw`\b(?:travell?ing|travell?ed|doing|going|driving|drove|moving|flying|flew|speeding|sped|clocked|racing|raced|sailing|running|ran|cruising|reached|reaching|topping|hitting)\s+(?:at\s+)?${HEDGE}$`, "i");
const BURNED = new RegExp(String.raw`\b(?:burn(?:ed|t|ing|s)?|scorched|charred|consumed|blackened|ravaged|destroyed|razed|engulfed|swept through|spread (?:over|across)|flooded|covering|covered)\s+(?:(?:more than|over|about|some|nearly|at least)\s+)?${HEDGE}$`, "i");
const LIMIT = /\b(?:limit|maximum|max|cap|capacity|designed for|rated (?:for|at)|allowed|permitted|restricted to)\b/i;

/**
 * The aspect a length, speed, weight or area measures, from the words around it: "size of tower" for "a 150-metre
 * tower", "depth", "fall", "moving", "burned", "from a place", "limit"; null when the words do not say.
 */
export function measureAspect(text: string, c: QuantityClaim): string | null {
  if (measureOf(c) === null) return null;
  const sentenceStart = Math.max(text.lastIndexOf(". ", c.span.start), text.lastIndexOf("\n", c.span.start), c.span.start - 120);
  const before = text.slice(Math.max(0, sentenceStart), c.span.start);
  // After the number and its unit, which may be inside the claim's words ("80 km west of Padang").
  const unitEnd = /^\D*?[\d,.]+\s*-?\s*(?:square\s+|sq\s+)?[a-z²/.]+(?:\s+(?:per|an|a)\s+hour)?/i.exec(c.span.text)?.[0].length ?? c.span.text.length;
  const after = text.slice(c.span.start + unitEnd, c.span.end + 40);
  // "a 150-metre tower", "the 50,000-hectare park": the number describes the noun it is glued to.
  // The noun may be past the claim's words ("the 50,000-hectare Sierra de Gata park"): the thing's size, whatever it is.
  if (/\d\s*-\s*[a-z²]/i.test(c.span.text)) {
    if (LIMIT.test(before.slice(-30))) return "limit";
    const noun = /\s([a-z]+)$/.exec(c.span.text)?.[1]?.toLowerCase();
    return noun === undefined ? "size of a thing" : /^(fall|drop|plunge|jump)s?$/.test(noun) ? "fall" : `size of ${noun}`;
  }
  const of = ASPECT_OF.exec(before);
  if (of) {
    const w = of[1]!.toLowerCase();
    return /^(altitude|elevation)$/.test(w) ? "height" : w === "velocity" ? "speed" : w;
  }
  if (LIMIT.test(before.slice(-60))) return "limit";
  const a = ASPECT_AFTER.exec(after);
  if (a) {
    const w = a[1]!.toLowerCase();
    return /^(deep|below|underground|underwater|beneath|down)$/.test(w) ? "depth" : /^(tall|high|above)$/.test(w) ? "height" : w === "wide" || w === "across" ? "width" : /^(thick|thin)$/.test(w) ? "thickness" : "length";
  }
  if (FROM_PLACE.test(after)) return "from a place";
  if (FALL.test(before)) return "fall";
  if (MOVING.test(before)) return measureOf(c)!.dim === "speed" ? "moving" : "travelled";
  if (BURNED.test(before)) return "burned";
  return null;
}

/** Two measures whose words say they measure different aspects ("a 150-metre tower" / "fell 30 metres"). */
export function otherAspects(ta: string, a: QuantityClaim, tb: string, b: QuantityClaim): boolean {
  const x = measureAspect(ta, a), y = measureAspect(tb, b);
  return x !== null && y !== null && x !== y;
}

/** Two measures whose words say they measure the same aspect. */
export function sameAspect(ta: string, a: QuantityClaim, tb: string, b: QuantityClaim): boolean {
  const x = measureAspect(ta, a);
  return x !== null && x === measureAspect(tb, b);
}

/**
 * What one amount of money in a story is, when its words say it is a one-off of the event: a ransom, a fine.
 * Null for prices, budgets, salaries, bail, rewards and other amounts a story may give many of or revise.
 */
export function amountAspect(text: string, c: QuantityClaim): string | null {
  const from = Math.max(text.lastIndexOf(". ", c.span.start) + 1, c.span.start - 80);
  const near = `${text.slice(Math.max(0, from), c.span.start)} ${text.slice(c.span.end, c.span.end + 40).split(/[.;]/)[0]}`.toLowerCase();
  // "wanted $5 million in bitcoin to unlock its systems", "demanded $1 million for the girl's release".
  if (/\bransom/.test(near) || (/\b(?:demand(?:ed|ing|s)?|want(?:ed|s)?|asked for|sought)\b/.test(near) && /\b(?:to|for)\s+(?:the\s+)?(?:unlock|release|free|return)/.test(near))) return "ransom";
  if (/\b(?:fined?|fining|penalty)\b/.test(near)) return "fine";
  // Bail, rewards and settlements change as a case goes on (bail cut, a reward pooled, 10 % of bail posted): not one figure.
  return null;
}
