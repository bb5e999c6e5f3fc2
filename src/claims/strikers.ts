// The people taking part in a strike, a walkout or a stoppage (issue 17, real disputes missed): "Some 4,800 dockers
// walked out", "8,400 dock workers had joined Wednesday's strike", "the walkout by 700 pilots", "1,200 striking nurses".
// A union's members, a firm's staff, a strike to come or an earlier strike's turnout are other figures.
// Pure functions of a sentence and a figure's place in it.

const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|less\s+than|over|under|just|only|an\s+estimated|at\s+least|well\s+over|just\s+over|just\s+under)\s+)*`;

const ACTION = String.raw`(?:strike|strikes|walkout|walk-out|stoppage|work\s+stoppage|sit-in|industrial\s+action|go-slow|picket|shutdown)`;
/** After a count of people, the act of striking: "walked out", "had joined Wednesday's strike", "downed tools". */
const STRUCK_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}'’-]+\s+){0,5}?(?:(?:had|have|has|were|are|was)\s+(?:also\s+)?)?`
  + String.raw`(?:(?:walked|walking|walk)\s+(?:out\b(?!\s+of\s+(?:the\s+)?(?:cinema|theat(?:er|re)|hall|room|court|meeting|talks|building))|off\s+(?:the\s+)?(?:job|work|site|shop\s+floor|production\s+lines?|wards?))|went\s+on\s+strike|go(?:ne)?\s+on\s+strike|(?:are|were|remain(?:ed)?)\s+on\s+strike|downed\s+tools|down\s+tools|laid\s+down\s+(?:their\s+)?tools|stopped\s+work(?:ing)?|stayed\s+away\s+from\s+work|staged\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${ACTION}|(?:joined|join|joining)\s+(?:the\s+|a\s+|an\s+|[\p{L}'’-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?${ACTION}|took\s+part\s+in\s+(?:the\s+|a\s+|an\s+|[\p{L}'’-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?${ACTION})`, "iu");
/** Before a count: "the strike by 700 pilots", "a walkout involving some 900 drivers", "1,200 striking nurses". */
const STRUCK_BEFORE = new RegExp(String.raw`\b${ACTION}\s+(?:by|of|involving)\s+${HEDGE}$|\b${ACTION}\b[^.;,]{0,30}?\b(?:involved|involving|drew|draws|saw|brought\s+out|mobili[sz]ed)\s+${HEDGE}$`, "iu");

/** Whether a count of people in a sentence counts those taking part in a strike, a walkout or a stoppage. */
export function struck(sentence: string, start: number, end: number, span: string): boolean {
  const before = sentence.slice(0, start), after = sentence.slice(end);
  // "A similar strike in March drew 9,000", "a strike at Grangemouth in 2013 involved 1,400": another strike's turnout.
  if (new RegExp(String.raw`\b(?:similar|previous|last|earlier|past|prior|former|another|first|second|third|(?:19|20)\d\d)\s+(?:[\p{L}-]+\s+)?${ACTION}\b`, "iu").test(sentence)
    || (new RegExp(String.raw`\b${ACTION}\b`, "iu").test(sentence) && /\b(?:in|of|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b/.test(sentence))) return false;
  // A strike to come, or a call for one, counts no striker: "The union expects 50,000 teachers to strike next week".
  if (/\b(?:expects?|expected|plans?|planned|threaten(?:s|ed)?|could|may|might|will|would|to\s+strike|vote\s+on|ballot(?:ed|ing)?)\b[^.;]{0,30}$/i.test(before)) return false;
  if (/^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:to\s+strike|to\s+walk\s+out|could|may|might|will|would)\b/iu.test(after)) return false;
  // "2,000 teachers struck on Monday": the verb right after its people, with no object ("a quake struck Van" strikes something).
  // ("five people were struck by a car" is hit, and "struck by" never strikes.)
  const verb = /^\s*(?:(?:had|have|are)\s+)?(?:struck|striking)\b(?!\s+(?:by|a|an|the|his|her|their|its|down|him|them|it|[\p{Lu}\d]))/u.test(after);
  return /\bstriking\b/i.test(span) || verb || STRUCK_AFTER.test(after) || STRUCK_BEFORE.test(before);
}
