// Market figures are moments (issue 17): a share price, an index move, an exchange rate, a commodity
// quote, a bond yield or a trading volume changes by the minute, and outlets quote it at different
// moments of a session ("in midday trading", "at 0500 GMT", "were up … on the session") or on
// different days. Two such figures that differ are no dispute a fact-checker acts on: at most a weak
// signal. Only two closing figures ("closed at", "to close at") are one fact of one day.
// Not market figures: a company's results ("revenue fell 12 percent"), a deal's price, an economic
// statistic ("the jobless rate fell to 6.1 percent") — they name no traded thing.

/**
 * A traded thing: shares, an index, a bond or its yield, a currency, a commodity quoted per unit. An index that
 * measures something other than a market ("the consumer price index", "the UV index", "a confidence index") is a
 * statistic: one figure, told once.
 */
const TRADED = /\b(?:shares?|stocks?|equities|(?<!\b(?:price|prices|consumer|producer|confidence|sentiment|managers'?|uv|quality|mass|development|freedom|perceptions?|leading|activity|living|happiness|misery|pollen|heat|gini)\s)index|indices|indexes|industrial average|composite|futures|bonds?|bunds?|treasur(?:y|ies)|gilts?|yields?|basis points?|exchange rates?|euro|dollar|yen|sterling|francs?|the (?:pound|rupee|rouble|ruble|yuan|won|peso|lira|rand|krona|krone|zloty|forint)|spot (?:gold|silver|price)|gold|silver|copper|platinum|crude|brent|an ounce|per ounce|a barrel|per barrel|a tonne|per tonne|nasdaq|dow|s&p|big board|bourse|(?:stock |metal )?exchange)\b/i;

/** A move or a quote of that thing: the words of a market report. */
const QUOTED = /\b(?:rose|risen|fell|fallen|gained|lost|slipped|slid|dropped|advanced|climbed|jumped|surged|soared|plunged|plummeted|tumbled|sank|eased|edged|declined|rallied|retreated|shot up|closed|opened|traded|trading|trade|(?:was|were|is|are) (?:up|down|flat|at|quoted)|quoted at|changed hands|fetching|firmed|weakened|strengthened|as high as|as low as|remains? \S+ (?:percent|%) (?:below|above)|on the (?:day|session))\b/i;

/** A closing figure: one per trading day. */
const CLOSING = /\b(?:closed|to close|at the close|closing|ended the (?:day|session)|finished the (?:day|session))\b/i;
/** A moment inside a session: never a closing figure, whatever else the sentence says. */
const IN_SESSION = /\b(?:in (?:early|late|midday|mid-?morning|morning|afternoon|late afternoon|evening|overnight|after-hours|electronic|pre-market|asian|european|u\.?s\.?|new york|london|tokyo) trad(?:e|ing)|midday|intraday|so far|on the session|earlier in the session|\d{4} gmt|gmt|edt|est)\b/i;

/**
 * A ticker right before a move of it: "Harbour Pulp <HPL.TO> fell 2.1 percent", "Acme (NYSE: ACM) shares
 * rose". A ticker before "said revenue fell" names a company, not its shares' move. (The tokenizer keeps
 * "<HPL.TO>" in one sentence: see mergeTickers.)
 */
const TICKER_MOVE = new RegExp(String.raw`(?:<[A-Z0-9][A-Z0-9.]{0,11}>|\((?:NYSE|Nasdaq|NASDAQ|AMEX|Amex|LSE|TSX|ASX)\s*:\s*[A-Z][A-Z.]{0,7}\))\s+(?:shares\s+|stock\s+)?(?:were\s+|was\s+)?(?:${QUOTED.source.slice(5, -3)})\b`);

/**
 * A price's move told with its size in money or points, its share and the new level: "dropped $2.21, or 5.8 percent, to $36.14",
 * "rose 38 cents, or 1.4 percent, to 27.45 dollars", "fell 12.3 points, or 0.5 percent, to 2,345.6" — the way a
 * market report quotes a share or an index. A company's results told the same way name a scale ("revenue fell
 * $2.1 million, or 5 percent, to $40.2 million"): not a price.
 */
const PRICE_MOVE = /\b(?:rose|fell|gained|lost|slipped|slid|dropped|advanced|climbed|jumped|surged|soared|plunged|tumbled|sank|eased|declined|rallied|retreated|was (?:up|down)|were (?:up|down))\s+(?:(?:[$€£¥]|A\$|C\$|US\$)\s?\d[\d.,]*|\d[\d.,]*\s+(?:cents?|pence|p|points?|yen)),\s+or\s+(?:about\s+)?\d+(?:\.\d+)?\s*(?:percent|per cent|%),\s+to\s+(?:[$€£¥]\s?|A\$|C\$|US\$)?\d[\d.,]*(?!\d|[.,]\d|\s*(?:million|billion|bn|mln|m\b|thousand|trillion))/i;

/**
 * Answers of quotesMarket by sentence: the rules ask it of both sentences of every pair of figures they
 * weigh, so a story's sentences were read again and again. Pure and bounded (a story's sentences; the keys hold
 * their articles' texts alive): cleared when full.
 */
const QUOTES_MARKET = new Map<string, boolean>();
const QUOTES_MARKET_MAX = 8_192;

/** Whether a sentence quotes a market figure (a traded thing and a move or quote of it). */
export function quotesMarket(sentence: string): boolean {
  let known = QUOTES_MARKET.get(sentence);
  if (known === undefined) {
    known = (TRADED.test(sentence) && QUOTED.test(sentence)) || TICKER_MOVE.test(sentence) || PRICE_MOVE.test(sentence);
    if (QUOTES_MARKET.size >= QUOTES_MARKET_MAX) QUOTES_MARKET.clear();
    QUOTES_MARKET.set(sentence, known);
  }
  return known;
}

const closing = (s: string) => CLOSING.test(s) && !IN_SESSION.test(s);

/**
 * Whether two figures' sentences may be two moments of a market: either quotes a market figure, and they
 * are not both closing figures. Then a difference is a weak signal, never a medium or high dispute.
 */
export function marketMoments(a: string, b: string): boolean {
  return (quotesMarket(a) || quotesMarket(b)) && !(closing(a) && closing(b));
}
