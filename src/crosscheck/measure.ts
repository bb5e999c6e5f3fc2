// What a measure measures. "150 metres" may be a tower's height, a fall, a depth or a distance from a town;
// "50 mph" a car's speed or the road's limit; "1,200 hectares" the area burned or the size of a park.
// Two measures of one dimension are one fact only when they measure the same aspect of the story; an amount of
// money is one fact of the event when it is its ransom or its fine.
import type { QuantityClaim } from "../domain/claim.js";
import { SCALE } from "./updates.js";
import { measureOf } from "./values.js";

const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|less than|over|under|up to|at least|at most|an estimated|a|an|the)\s+)*`;
/** "a depth of 10 km", "at a speed of 90 mph", "a height of about 30 metres". */
const ASPECT_OF = new RegExp(String.raw`\b(depth|height|altitude|elevation|length|width|speed|velocity|distance|radius|diameter|area|size|limit|span|wingspan)\s+of\s+${HEDGE}$`, "i");
/**
 * The aspect named as the subject, its thing between, and a verb of measure before the figure: "the main span of the
 * bridge that opened on Friday measures 430 metres", "the height of the dam wall is 69 metres", "its length stands at 11.4 km".
 */
const ASPECT_IS = new RegExp(String.raw`\b(depth|height|altitude|elevation|length|width|radius|diameter|area|span|wingspan)\b(?:\s+of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?([a-z]+)[^;:.]{0,70}?)?,?\s+(?:measures|measured|is|was|stands at|stood at|reaches|reached|totals|totalled|totaled|comes to|came to)\s+${HEDGE}$`, "i");
/** "put its depth at 48 kilometres", "estimated the height at about 30 metres", "gave the quake's depth as 10 km". */
const ASPECT_AT = new RegExp(String.raw`\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|gave|gives|giving|set|sets|measured|measures|recorded|records|reported|reports|calculated|calculates)\s+(?:its|the|their|his|her|a)\s+(?:[\p{L}'’-]+\s+){0,2}?(depth|height|altitude|elevation|length|width|speed|velocity|distance|radius|diameter|area|span|wingspan)\s+(?:at|as)\s+${HEDGE}$`, "iu");
/** "30 metres deep", "a tower 150 m tall", "a 5-mile-long slick". */
const ASPECT_AFTER = /^\s*(?:-\s*)?(deep|tall|high|long|wide|thick|thin|across(?=\s*(?:[,;:.)]|$|and\b|at\b|wide\b))|below|above|underground|under(?:ground|water)|beneath|down)\b/i;
/**
 * A thing that is the subject of a verb of extent before the figure: "the tornado's path stretched 41 miles", "the
 * flooded stretch of the road ran 19 miles", "the queue extends 12 km". Not a mover's distance ("a volunteer ran 19
 * miles"): the thing is no person or vehicle.
 */
const EXTENT_VERB = /\b(?:the|its|their|a|an|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+of\s+[^,;:.]{1,40}?)?\s+(?:stretched|stretches|stretching|extended|extends|ran|runs|spanned|spans|covered|covers|measured|measures|reached|reaches)\s+(?:for\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|roughly\s+)?$/iu;
const MOVERS = /^(?:man|woman|men|women|boy|girl|driver|runner|rider|cyclist|car|truck|lorry|bus|train|plane|ship|boat|vessel|he|she|they|volunteer|police|officer|officers|suspect|team|crew|convoy|vehicle|jet|aircraft|helicopter|hiker|hikers|climber|swimmer)$/i;
/** "40 km south of Heraklion", "10 miles from the coast", "200 metres away": a distance from a place. */
const FROM_PLACE = /^\s*(?:\([^)]{1,25}\)\s*)?\)?\s*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest|inland|offshore|upstream|downstream)(?:\s+of)?|away|from|off|outside|short of|beyond|behind|ahead of|into)\b/i;
const FALL = new RegExp(String.raw`\b(?:fell|falls?|falling|fallen|plunged?|plunging|plummet(?:ed|ing|s)?|dropped|drops?|tumbled|toppled|careered|slipped|jumped|leapt)\s+(?:(?:from|down|off|into|about|nearly|some|more than|over)\s+)?${HEDGE}$`, "i");
const MOVING = new RegExp(String.raw`\b(?:travell?ing|travell?ed|doing|going|driving|drove|moving|flying|flew|speeding|sped|clocked|racing|raced|sailing|running|ran|cruising|reached|reaching|topping|hitting|dragged|dragging|towed|towing|swept|carried|pushed|thrown|hurled|drifted|drifting|moved|shifted)\s+(?:at\s+)?${HEDGE}$`, "i");
const BURNED = new RegExp(String.raw`\b(?:burn(?:ed|t|ing|s)?|scorched|charred|consumed|blackened|ravaged|destroyed|razed|engulfed|swept through|spread (?:over|across)|flooded|covering|covered)\s+(?:(?:more than|over|about|some|nearly|at least)\s+)?${HEDGE}$`, "i");
/** "seized 60 kilograms of cocaine", "found 25 pounds of": the amount of a haul, one figure of the event. */
const SEIZED = new RegExp(String.raw`\b(?:seiz(?:ed|ing|es?)|confiscat(?:ed|ing|es?)|intercept(?:ed|ing|s)?|impound(?:ed|ing|s)?|found|discovered|recovered|smuggl(?:ed|ing|es?)|haul(?:ed)? of)\s+(?:(?:more than|over|about|some|nearly|almost|at least)\s+)?${HEDGE}$`, "i");
/** Words before a temperature that make it a peak: "hit", "reached", "peaked at", "a high of", "a record of". */
const PEAK = new RegExp(String.raw`\b(?:hit|hits|hitting|reached|reaches|reaching|peaked at|peaking at|climbed to|soared to|rose to|topped|touched|(?:a\s+)?(?:high|maximum|record|peak)\s+of)\s+${HEDGE}$`, "i");
/** Wind words before a speed: "gusts of", "winds reached", "gusting to", "wind speeds of up to". */
const WIND = /\b(?:gusts?|gusting|winds?|wind speeds?|windspeeds?)\b[^.;,]{0,30}$/i;
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
    // "the 58-metre-high Zhinvali dam", "a 30-metre-deep shaft": the dimension glued after the unit, then the thing.
    const glued = /^-(high|tall|long|deep|wide)\b/i.exec(after);
    if (glued) {
      const dimension = ({ high: "height", tall: "height", long: "length", deep: "depth", wide: "width" } as Record<string, string>)[glued[1]!.toLowerCase()]!;
      const thing = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?([a-z]+)\b/u.exec(after.slice(glued[0].length))?.[1];
      return thing !== undefined && THING.test(thing) ? `${dimension} of ${thing}` : dimension;
    }
    // "the 800-metre Halvard Bridge": past the claim's words, the last word of a name is the thing.
    // "the 96-metre Fierza dam": a name then the thing's own noun — the noun is the thing.
    const namedThing = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?([a-z]+)\b/u.exec(after)?.[1];
    const named = namedThing !== undefined && THING.test(namedThing) ? namedThing : /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])(?!\s+\p{Lu})/u.exec(after)?.[1];
    const noun = /\s([a-z]+)$/.exec(c.span.text)?.[1]?.toLowerCase() ?? (/\d\s*-\s*[a-z²]+$/i.test(c.span.text) && named && !/^(?:The|A|An)$/.test(named) ? named.toLowerCase() : undefined);
    // "at the 870-metre level" of a mine: a level underground is named by its depth.
    if (noun === "level" && !/\babove\b/i.test(after.slice(0, 30))) return "depth";
    return noun === undefined ? "size of a thing" : /^(fall|drop|plunge|jump)s?$/.test(noun) ? "fall" : `size of ${noun}`;
  }
  // "The thermometer hit 46.2C", "temperatures reached 48.2 degrees", "a high of 44C": the day's peak temperature.
  if (/^temp-/.test(measureOf(c)!.dim) && PEAK.test(before)) return "peak temperature";
  // "gusts of 140 km/h", "gusts reached 95 km/h", "winds of up to 150 km/h": the wind's speed, not a vehicle's.
  if (measureOf(c)!.dim === "speed" && WIND.test(before)) return "wind";
  const of = ASPECT_OF.exec(before) ?? ASPECT_IS.exec(before) ?? ASPECT_AT.exec(before);
  if (of) {
    const w = of[1]!.toLowerCase();
    const aspect = /^(altitude|elevation)$/.test(w) ? "height" : w === "velocity" ? "speed" : w;
    // "the length of the tunnel … stands at 11.4 km": the tunnel's length, as "a tunnel 14.4 km long" gives it.
    return of[2] !== undefined && /^(depth|height|length|width)$/.test(aspect) ? `${aspect} of ${of[2].toLowerCase()}` : aspect;
  }
  if (LIMIT.test(before.slice(-60)) || LIMIT_TO.test(before)) return "limit";
  // "a detour of 38 kilometres", "the slick, a stretch of 12 km": the thing named before "of" is what is measured.
  const sized = SIZE_OF.exec(before);
  if (sized && THING.test(sized[1]!.toLowerCase())) return `size of ${sized[1]!.toLowerCase()}`;
  const a = ASPECT_AFTER.exec(after);
  if (a) {
    const w = a[1]!.toLowerCase();
    const dimension = /^(deep|below|underground|underwater|beneath|down)$/.test(w) ? "depth" : /^(tall|high|above)$/.test(w) ? "height" : w === "wide" || w === "across" ? "width" : /^(thick|thin)$/.test(w) ? "thickness" : "length";
    // "a crane 70 metres tall" is the crane's height: one dimension of the thing "a 45-metre crane" gives the size of.
    // "a container ship 290 metres long": the last word of a compound noun names the thing.
    const thing = /\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|up to)\s+)?$/i.exec(before);
    // "The new bridge over the Danube is 1,200 metres long": past a verb, the clause's subject is the thing.
    // (The subject: the sentence's first noun phrase, "The new Halvard Bridge over the fjord, which opened …, is".)
    const copula = /\b(?:is|was|are|were|will be|would be|stands?|stood)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|up to)\s+)?$/i.test(before);
    const subject = copula && (!thing || COPULA.test(thing[1]!))
      ? /^[\s"“]*(?:The|A|An|Its|Their|This)\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+?)(?=\s+(?:over|under|in|on|of|at|near|across|between|which|that|who|is|was|are|were|will|has|had)\b|,)/u.exec(before.replace(/^[^.]*\.\s+/, "")) : null;
    if (subject) return `${dimension} of ${subject[1]!.split(/\s+/).pop()!.toLowerCase()}`;
    if (thing && COPULA.test(thing[1]!)) return dimension;
    return thing ? `${dimension} of ${thing[1]!.toLowerCase()}` : dimension;
  }
  const extent = EXTENT_VERB.exec(before.slice(-100));
  if (extent && !MOVERS.test(extent[1]!)) return `size of ${extent[1]!.toLowerCase()}`;
  // "180 mm of rain fell" / "dumped 380 millimetres of rain": how much rain or snow, whatever the verb.
  const fell = measureOf(c)!.dim === "length" ? /^\s*of\s+(rain|rainfall|snow|snowfall|precipitation|hail)\b/i.exec(after) : null;
  // ("An average of 60 mm of rain fell across the region": a mean over places, not one place's fall.)
  if (fell) return `${/\b(?:average|averaged|mean)\b/i.test(before.slice(-40)) ? "average " : ""}${/^snow/i.test(fell[1]!) ? "snowfall" : /^hail/i.test(fell[1]!) ? "hail" : "rainfall"}`;
  // "2.3 tonnes of cocaine" / "800 kilograms of cocaine": the weight of what the words name after the unit.
  const what = measureOf(c)!.dim === "weight" ? /^\s*of\s+(?:the\s+|its\s+|their\s+)?([a-z]+)\b/i.exec(after) : null;
  if (what && !/^(which|whom|what|them|it)$/i.test(what[1]!)) return `weight of ${what[1]!.toLowerCase()}`;
  // ("tumbled nearly 500 metres into a gorge near Pakhi": a fall, whatever place it ends near.)
  if (FALL.test(before)) return "fall";
  if (FROM_PLACE.test(after)) return "from a place";
  if (MOVING.test(before)) return measureOf(c)!.dim === "speed" ? "moving" : "travelled";
  if (BURNED.test(before)) return "burned";
  if (measureOf(c)!.dim === "weight" && SEIZED.test(before)) return "seized";
  return null;
}

/** "cut the load limit on the bridge … to 15 tonnes": a limit set, told before the figure it is set to. */
const LIMIT_TO = new RegExp(String.raw`\blimit\b[^.;:]{0,110}\bto\s+${HEDGE}$`, "i");
/** "a detour of 38 kilometres": a thing, then "of", then its measure. */
const SIZE_OF = new RegExp(String.raw`\b(?:a|an|the|its)\s+([a-z]+)\s+of\s+${HEDGE}$`, "i");
/** Things whose size a compound gives after their name ("the 96-metre Fierza dam", "the 310-metre Shard tower"), or "of" before it ("a detour of 38 km"). */
const THING = /^(?:detour|diversion|queue|tailback|slick|plume|crack|sinkhole|crater|trench|fence|barrier|dam|bridge|tower|tunnel|building|skyscraper|statue|crane|ship|vessel|yacht|tanker|ferry|wall|mast|spire|chimney|cliff|waterfall|falls|runway|pipeline|road|canal|viaduct|stadium|wave|volcano|mountain|peak|glacier|lake|river|reservoir|cave|mine|shaft|well|pier|jetty|dyke|dike|levee)$/;

/** A verb where the thing measured should be: "the bridge is 1,200 metres long". */
const COPULA = /^(?:is|was|are|were|be|been|stands?|stood)$/i;

/**
 * Whether two aspects are one: the same words, or a thing's size with no dimension named ("a 45-metre crane") and one
 * named dimension of the same thing ("a crane 70 metres tall"). Two named dimensions of one thing ("a cave 40 metres
 * deep" / "a cave 120 metres long") are two.
 */
function oneAspect(x: string, y: string): boolean {
  if (x === y) return true;
  const thing = (z: string) => /^(?:size|depth|height|width|thickness|length) of (.+)$/.exec(z)?.[1];
  const tx = thing(x), ty = thing(y);
  // "the height of the dam wall is 69 metres" / "a height of 96 metres": one dimension, told with and without its thing.
  if (tx === undefined && ty !== undefined) return y.startsWith(`${x} of `);
  if (tx !== undefined && ty === undefined) return x.startsWith(`${y} of `);
  return tx !== undefined && tx === ty && (x.startsWith("size of ") || y.startsWith("size of "));
}

/** Two measures whose words say they measure different aspects ("a 150-metre tower" / "fell 30 metres"). */
export function otherAspects(ta: string, a: QuantityClaim, tb: string, b: QuantityClaim): boolean {
  const x = measureAspect(ta, a), y = measureAspect(tb, b);
  return x !== null && y !== null && !oneAspect(x, y);
}

/**
 * What two measures both measure, in words for a summary ("the span", "the height of the crane", "the area burned"),
 * when their words name one aspect; else null.
 */
export function aspectPhrase(ta: string, a: QuantityClaim, tb: string, b: QuantityClaim): string | null {
  const x = measureAspect(ta, a), y = measureAspect(tb, b);
  if (x === null || y === null || !oneAspect(x, y)) return null;
  // Of two tellings of one thing's size, the one that names the dimension ("a crane 70 metres tall": its height).
  const z = x.startsWith("size of ") && !y.startsWith("size of ") ? y : x;
  const of = /^(size|depth|height|width|thickness|length|weight) of (.+)$/.exec(z);
  // "size of a thing" (a number glued to no noun the words name): the size, of nothing named.
  if (of) return of[2] === "a thing" ? `the ${of[1]}` : `the ${of[1]} of the ${of[2]}`;
  return ASPECT_WORDS[z] ?? (/^[a-z]+$/.test(z) ? `the ${z}` : null);
}
const ASPECT_WORDS: Readonly<Record<string, string>> = {
  fall: "the fall", moving: "the speed", travelled: "the distance travelled", burned: "the area burned", "from a place": "the distance",
  limit: "the limit", wind: "the wind speed", seized: "the amount seized",
};

/**
 * Named aspects of a measure that a story gives once, as one fact of the event: a quake's or a mine's depth, a thing's
 * height or length, a fall, the area burned, a haul's weight. Not distances from places, speeds or rainfall, which a
 * story gives of many places and movers.
 */
// (A thing's size named by the noun glued to the measure, "a 38-kilometre detour", "the 150-metre tower", and a limit set,
// "cut the load limit to 15 tonnes", are one measure of the story's thing too.)
export const EVENT_MEASURE = /^(?:(?:depth|height|length|width|thickness)(?: of [a-z]+)?|fall|burned|seized|limit|size of (?!a thing$)[a-z]+)$/;

/** Two measures whose words say they measure the same aspect. */
export function sameAspect(ta: string, a: QuantityClaim, tb: string, b: QuantityClaim): boolean {
  const x = measureAspect(ta, a), y = x === null ? null : measureAspect(tb, b);
  return x !== null && y !== null && oneAspect(x, y);
}

/**
 * What one amount of money in a story is, when its words say it is a one-off of the event: a ransom, a fine.
 * Null for prices, budgets, salaries, bail, rewards and other amounts a story may give many of or revise.
 */
export function amountAspect(text: string, c: QuantityClaim): string | null {
  // An amount of a year told as past ("In 2023, robbers stole jewels worth about €7 million", "fined €2m in 2024") is
  // another event's.
  if (c.slot.scope === "earlier" || /^y\d{4}$/.test(c.slot.scope)) return null;
  const start = Math.max(text.lastIndexOf(". ", c.span.start), text.lastIndexOf("\n", c.span.start)) + 1;
  if (PAST_YEAR.test(`${text.slice(start, c.span.start)} ${text.slice(c.span.end, c.span.end + 60).split(/\.\s/)[0]}`)) return null;
  const from = Math.max(text.lastIndexOf(". ", c.span.start) + 1, c.span.start - 80);
  const near = `${text.slice(Math.max(0, from), c.span.start)} ${text.slice(c.span.end, c.span.end + 40).split(/[.;]/)[0]}`.toLowerCase();
  // "wanted $5 million in bitcoin to unlock its systems", "demanded $1 million for the girl's release".
  // "the attackers demanded $4.5 million to restore the systems", "a message demanded $5.4 million in cryptocurrency",
  // or any demand in a story of a ransomware attack or a kidnapping for ransom.
  const demand = /\b(?:demand(?:ed|ing|s)?|want(?:ed|s)?|asked for|sought)\b/.test(near);
  if (/\bransom/.test(near) || (demand && (/\b(?:to|for)\s+(?:the\s+)?(?:unlock|release|free|return|restore|decrypt|recover|delete|not publish|not leak)/.test(near)
    || /^\s*(?:in\s+)?(?:bitcoin|cryptocurrency|crypto|monero)\b/i.test(text.slice(c.span.end, c.span.end + 30)) || /\bransom(?:ware)?\b/i.test(text)))) return "ransom";
  if (/\b(?:fined?|fining|penalty)\b/.test(near)) return "fine";
  // "stole jewellery worth 1.2 million pounds" / "Jewellery valued at 800,000 pounds was taken": what a theft took, by its worth.
  // (The theft may be told at the sentence's start: "Four armed men robbed a jewellery store …, escaping with watches and
  // jewels worth an estimated €2.3 million".)
  const clause = `${text.slice(start, c.span.start)} ${text.slice(c.span.end, c.span.end + 40).split(/[.;]/)[0]}`.toLowerCase();
  if (/\b(?:worth|valued at|value of|estimated at)\b/.test(near) && THEFT.test(clause)) return "value of what was stolen";
  // "Tickets for the final cost 45 pounds each" / "Fans will pay 54 pounds for a ticket": what one ticket costs (not
  // what tickets took in: "ticket sales reached 4 million pounds").
  if (/\btickets?\b/.test(near) && /\b(?:cost(?:s|ing)?|priced|pay(?:s|ing)?|paid|each|per ticket|a ticket|one ticket|price)\b/.test(near)
    && !/\b(?:sales?|sold|revenue|revenues|takings|receipts|raised|grossed|earned|income|fines?)\b/.test(near)) {
    // "standing tickets" / "seats in the main stand", "adult tickets" / "a child's ticket": two kinds of ticket, two prices.
    const kind = TICKET_KIND.exec(near)?.[1]?.replace(/^(?:seats?|seated|stand)$/, "seat").replace(/^(?:child|children|kids?)(?:['’]s)?$/, "child").replace(/^(?:adults?)$/, "adult");
    return kind ? `price of a ${kind} ticket` : "price of a ticket";
  }
  // Bail, rewards and settlements change as a case goes on (bail cut, a reward pooled, 10 % of bail posted): not one figure.
  return null;
}

/** A year that dates another event: "In 2023, …", "since 2020", "back in 2019". */
const PAST_YEAR = /\b(?:in|since|during|back in)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b/i;

/** Words of a theft: what was taken, by whom, how. */
const THEFT = /\b(?:st[oa]le|stolen|steal(?:ing|s)?|taken|took|theft|thieves|thief|robbery|robbed|robbing|robs?|robbers?|heist|burglary|burglars?|burgled|loot(?:ed)?|snatched|haul|made off with|escap(?:ed|ing) with|fled with|got away with|grabbed)\b/;

/** Kinds of ticket that have prices of their own. */
const TICKET_KIND = /\b(standing|seated|seats?|stand|season|vip|premium|general admission|adults?|child(?:ren)?(?:['’]s)?|kids?|student|concession|family|economy|business|first-class|first class|day|weekend|early-bird|return|single|one-way|round-trip)\b/;

/** A change told right before a percentage: "will rise by 12 percent", "would go up 21%", "fell 8 percent". */
const CHANGE_BEFORE = /\b(?:(rise|rises|rose|risen|rising|go(?:es)? up|went up|gone up|going up|increase[sd]?|increasing|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|soar(?:s|ed|ing)?|surge[sd]?|(?:be|been|was|were|are|is)\s+up)|(fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|decline[sd]?|declining|go(?:es)? down|went down|slump(?:s|ed)?|slip(?:s|ped)?|shrink(?:s)?|shrank|plunge[sd]?|(?:be|been|was|were|are|is)\s+down))\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$/i;
/** Words between a change's subject and its verb: auxiliaries, "will", "to", adverbs of time. */
const AUXILIARY = /^(?:will|would|shall|should|could|can|may|might|must|to|be|been|being|is|are|was|were|has|have|had|also|again|now|then|expected|set|due|likely|just|already|still|sharply|slightly|steadily|further)$/i;
/** What a change is measured over: a year on a year, a month on a month, a quarter, a half, since a date. */
const PERIOD = /\b(?:(?:first|second|third|fourth|last|previous|latest|next)\s+(?:quarter|half)|q[1-4]|(?:nine|six|three|twelve)\s+months|year[- ]on[- ]year|month[- ]on[- ]month|(?:from|than) a year (?:earlier|ago|before)|from the previous (?:month|year|quarter)|(?:on an? )?(?:annual|monthly|quarterly|weekly) (?:basis|rate|pace|increase|rise|fall|decline|growth|inflation)|a year (?:earlier|ago)|since (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|(?:in|for|of|during|from|by|until|through|to) (?:january|february|march|april|june|july|august|september|october|november|december))\b/gi;

/**
 * What a percentage change in a sentence is the change of, when its words say so: "rail fares … will rise by 12
 * percent" → "rise in fares", "new car sales … dropped 8 percent" → "fall in sales", with the period it is told over
 * ("november", "from a year earlier"). Two articles that each give one such change of one thing in one direction
 * give one fact. Null when no change verb stands right before the figure or no common noun names what changes.
 */
export function changeAspect(text: string, c: QuantityClaim): { key: string; periods: ReadonlySet<string>; level: number | null } | null {
  if (c.value.unit !== "percent") return null;
  const sentenceStart = Math.max(text.lastIndexOf(". ", c.span.start) + 1, text.lastIndexOf("\n", c.span.start) + 1, c.span.start - 160, 0);
  const before = text.slice(sentenceStart, c.span.start);
  const verb = CHANGE_BEFORE.exec(before);
  if (!verb) return null;
  // The subject: the last lower-case word before the verb, past auxiliaries and names ("Rail fares in Ireland will").
  const words = before.slice(0, verb.index).split(/[\s,;:()"“”]+/).filter(Boolean);
  let noun: string | null = null;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 6; i--) {
    const w = words[i]!;
    if (AUXILIARY.test(w) || /^\p{Lu}/u.test(w) || /^(?:in|of|at|for|on|from|to|by|with|into|across|over|under|between|among|within|per|the|a|an|its|their|his|her|our|this|these|those|that|which|who|and|or|said|says|say)$/i.test(w)) continue;
    if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) break;
    noun = w.toLowerCase().replace(/'s$/, "").replace(/s$/, "");
    break;
  }
  if (noun === null || noun.length < 3) return null;
  const end = text.indexOf(". ", c.span.end);
  const sentence = text.slice(sentenceStart, end < 0 ? text.length : end).toLowerCase();
  const periods = periodsIn(sentence);
  // "fell 4.5 percent to $2.3 billion": the level reached, when told, says which total changed.
  const to = /^\s*,?\s*to\s+(?:about\s+|some\s+)?(?:[$€£¥]\s?)?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|mln|billion|bn|trillion|m\b)?/i.exec(text.slice(c.span.end, c.span.end + 40));
  const level = to ? Number(to[1]!.replace(/,/g, "")) * (SCALE[(to[2] ?? "").toLowerCase()] ?? 1) : null;
  return { key: `${verb[1] ? "rise" : "fall"} in ${noun}s`, periods, level };
}

/** Two changes told with the levels they reached, which differ (2 % apart or more): changes of two different totals. */
export function otherLevels(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) > 0.02 * Math.max(a, b);
}

/** The periods a sentence tells a figure over, as typed tokens (see periodToken). */
export function periodsIn(sentence: string): Set<string> {
  const tokens = new Set([...sentence.toLowerCase().matchAll(PERIOD)].map((m) => periodToken(m[0])));
  // "rose 0.3 percent in November from October": the month after "from" is the base of a change told of another month,
  // a change on the month, not the period ("from a year earlier" is a change on the year).
  for (const m of sentence.toLowerCase().matchAll(FROM_MONTH)) {
    const month = m[1]!;
    if (![...tokens].some((t) => t.startsWith("mon:") && t !== `mon:${month}`)) continue;
    tokens.delete(`mon:${month}`);
    tokens.add("base:m");
  }
  return tokens;
}

const FROM_MONTH = /\b(?:from|over|compared with|compared to|against|than (?:in)?)\s+(january|february|march|april|june|july|august|september|october|november|december)\b/g;

/** A period's words as a typed token: "mon:november", "span:third quarter", "since:march", "base:y" (on a year), "base:m". */
function periodToken(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, " ");
  if (/year[- ]on[- ]year|a year (?:earlier|ago|before)|previous year|annual/.test(w)) return "base:y";
  if (/month[- ]on[- ]month|previous month|monthly/.test(w)) return "base:m";
  if (/previous quarter|quarterly/.test(w)) return "base:q";
  if (/weekly/.test(w)) return "base:w";
  if (w.startsWith("since ")) return `since:${w.slice(6)}`;
  const month = /^(?:in|for|of|during|from|by|until|through|to) (january|february|march|april|june|july|august|september|october|november|december)$/.exec(w);
  if (month) return `mon:${month[1]}`;
  return `span:${w}`;
}

/**
 * Whether two changes are told over periods that may be one: no two different months, spans (a quarter, nine
 * months), starting points or bases (on a year, on a month); and a span only one of them names is another period.
 */
export function samePeriod(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const type of ["mon", "span", "since", "base"]) {
    const x = [...a].filter((t) => t.startsWith(`${type}:`)), y = [...b].filter((t) => t.startsWith(`${type}:`));
    if (x.length > 0 && y.length > 0 && !x.some((t) => y.includes(t))) return false;
    if (type === "span" && (x.length > 0) !== (y.length > 0)) return false;
  }
  return true;
}
