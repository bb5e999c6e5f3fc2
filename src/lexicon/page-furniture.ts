// Page furniture: the sentences of a web page's own machinery that a scraper keeps with the article
// (sign-in boxes, newsletter forms, share bars, rights lines, a station's "joined forces" line). Pages of
// one outlet share them word for word whatever event they report, and pages of a network share them
// with only the outlet's own name or city changed ("… FlashAlert messages from <department>", "… CBS RADIO
// stations in <city> …"): neither their words nor their names say anything about the news.

/**
 * Words of a web page's own machinery: sign-in boxes, newsletter forms, share bars, video
 * players, cookie notices. A sentence with two of them is page furniture a scraper kept ("We
 * have sent you a verification email. Please check your email and click on the link to activate
 * your profile."), not news: pages of one outlet share it word for word whatever event they
 * report, so its words would make unrelated reports look alike.
 */
const UI_WORDS = /\b(?:e-?mail(?:s|ed)?|sign(?:ed)? (?:in|up)|log(?:ged)? ?in|subscri(?:be|ber|bers|ption)|newsletters?|notifications?|account|password|profile|privacy policy|terms of (?:service|use)|cookies?|javascript|browser|click(?:ing)?|tap|tweets?|retweet|location history|verification|registration|username|captcha|autoplay|playlist|video player|advertisement|share this|comments? (?:are|is) closed|inbox|posts new content)\b/giu;

/**
 * A page's rights line and credits ("Copyright 2016 WXYZ. All rights reserved.", "The Associated
 * Press contributed to this report."): one outlet's pages share it whatever event they report. A
 * story about copyright ("sued over the copyright of the song") is news: a rights line dates itself.
 */
const RIGHTS = /\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d\b|©\s*(?:19|20)\d\d\b|\ball rights reserved\b|\bmay not be (?:published|broadcast|rewritten|redistributed)\b|\bcontributed to this (?:report|story)\b/iu;

/**
 * Lower-case words of which every RIGHTS match holds one: a sentence with none is not scanned. Under
 * its /iu flags "ſ" reads as "s", which lower-casing keeps: a sentence holding it is always scanned.
 */
const RIGHTS_CUES = ["copyright", "©", "rights reserved", "may not be", "contributed to this", "ſ"];
const mayBeRights = (sentence: string) => {
  const lower = sentence.toLowerCase();
  return RIGHTS_CUES.some((c) => lower.includes(c));
};

/**
 * UI_WORDS under /i alone: on a plain-ASCII sentence it reads exactly as under /iu (only "ſ" and the Kelvin sign
 * fold to ASCII letters there) and runs 2–3 times faster; most sentences are plain ASCII.
 */
export const PLAIN_ASCII = /^[\x00-\x7f]*$/;
/** The /i copy of an /iu pattern of ASCII letters, for plain-ASCII strings (see PLAIN_ASCII). */
export const asciiCopy = (re: RegExp) => new RegExp(re.source, re.flags.replace("u", ""));
const UI_WORDS_ASCII = asciiCopy(UI_WORDS);

/** Two UI words or more, or a rights line: what story grouping leaves out of an article's event features. */
export function uiFurniture(sentence: string): boolean {
  const hits = sentence.match(PLAIN_ASCII.test(sentence) ? UI_WORDS_ASCII : UI_WORDS);
  return (hits !== null && hits.length >= 2) || (mayBeRights(sentence) && RIGHTS.test(sentence));
}

/**
 * A sentence that opens by telling the reader to use the page ("Subscribe to receive alerts from …", "Sign up
 * for …", "Follow us …", "Follow the <name> on Twitter …", "Download the … app", "Click here …"). "Like many
 * cities, …", "Follow-up interviews …" and "Watch commanders said …" are news: only the forms below are machinery.
 */
const TELLS_READER = /^[\s"'“‘(\-–—•*]*(?:subscribe\b|sign up\b|download (?:the|our)\b|click (?:here|the link|below)\b|tap (?:here|the)\b|register (?:now|here|today|for (?:free|our|the (?:free|daily|weekly)))\b|follow (?:us\b|[^.;!?]{1,60}?\bon (?:twitter|facebook|instagram|x|tiktok|youtube)\b)|like us\b|watch (?:live|the (?:full )?video|video|more)\b|listen (?:live|to (?:the|our) (?:podcast|station|stream))\b|join (?:us|the conversation)\b|get (?:the|our) (?:latest|free|app|newsletter)\b|stay (?:connected|up to date)\b)/iu;

/**
 * The reader addressed ("you", "your", outside quotation marks) beside the outlet's channels and offers: "…
 * joined forces with the most trusted local radio stations in Chicago to give you the best Chicago has to
 * offer", "we recommend that you simply follow the account for …". News addresses its reader rarely and
 * then about the event ("If you have information, call …"), not about the page's stations, apps or alerts.
 */
const READER = /\b(?:you|your)\b/iu;
/**
 * The outlet offering the reader something: "to give you", "to bring you", "you can now listen", "has to offer", "we
 * recommend that you". "Police ask you to submit a tip", "scammers sent … your PIN" and "your account is at risk" tell
 * the news, not the page.
 */
const OFFER = /\b(?:give|bring|keep|offer|send|deliver)s?\s+you\b|\byou\s+(?:can|may|will|simply)\s+(?:now\s+|also\s+|simply\s+)?(?:listen|watch|stream|follow|download|subscribe|sign up|get|find|receive)\b|\bhas to offer\b|\brecommends?\s+(?:that\s+)?you\b/iu;
const CHANNELS = /\b(?:subscri(?:be|ption)|follow|account|apps?|newsletters?|alerts?|messages|stations?|has to offer|links?|sign up|register|download|stream(?:ing)?|podcasts?|inbox|feeds?|channels?|website|homepage|notifications?)\b/iu;
/** Quoted words (a speaker's "you"): left out before looking for the reader. */
const QUOTED = /"[^"]*"|“[^”]*”/gu;

/**
 * Page furniture in a wider sense: the UI words or rights line of `uiFurniture`, or a sentence that tells the
 * reader to use the page or addresses the reader about the outlet's channels. Cross-checking leaves such
 * sentences out: two network pages carrying one such line with their own names are not two accounts of a fact.
 */
export function pageFurniture(sentence: string): boolean {
  if (uiFurniture(sentence) || TELLS_READER.test(sentence)) return true;
  const unquoted = sentence.replace(QUOTED, " ");
  return READER.test(unquoted) && OFFER.test(unquoted) && CHANNELS.test(unquoted);
}
