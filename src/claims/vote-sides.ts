// The side a share of a vote is told for (issue 17, real disputes missed): "approved with 62 percent in favour",
// "backed the deal by 71 per cent", "rejected by 51 percent of voters", "with 56 percent voting against", "Measure B
// garnered 55 percent of the vote". A share for and a share against are two figures (62 in favour is 38 against); a
// poll before the vote is none; two questions on one ballot ("the school bond" / "the library levy") are two votes.
// Pure functions of a sentence and a figure's place in it.

/** Things put to a vote, as news names them. */
const QUESTION_WORDS = String.raw`referendum|referenda|plebiscite|measure|proposition|prop\.|proposal|levy|bond|initiative|motion|resolution|deal|offer|agreement|accord|reform|constitution|amendment|ordinance|charter|question|merger|bill|law|tax|contract|settlement`;
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|less\s+than|over|under|just|only|barely|a\s+mere|an\s+estimated|at\s+least|well\s+over|just\s+over|just\s+under)\s+)*`;
const OF_VOTES = String.raw`(?:of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)(?:\s+cast)?\s+)?`;
/** After a share: "in favour", "voting yes", "backing it", "of the pilots who voted supported". */
const FOR_AFTER = new RegExp(String.raw`^\s*${OF_VOTES}(?:(?:were|was)\s+)?(?:in\s+favou?r\b|voting\s+(?:yes|in\s+favou?r|for)\b|voted\s+(?:yes|in\s+favou?r|for)\b|backing\b|supporting\b|support\b(?=\s*(?:[,;.)]|$|for\s+(?:the\s+|a\s+|an\s+|its\s+)?\p{Ll}|among\s+(?:the\s+)?[\p{L}-]+\s+who\s+voted\b))|said\s+["“]?yes\b|yes\b)`
  + String.raw`|^\s*of\s+(?:the\s+|all\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:who\s+(?:voted|cast\s+(?:a\s+)?ballots?)\s+|voting\s+)?(?:supported|supporting|backed|backing|approved|endorsed|accepted|favou?red|voted\s+(?:yes|for|in\s+favou?r)|voting\s+(?:yes|for|in\s+favou?r)|in\s+favou?r)\b`, "iu");
/** After "against", a person or a party ("won 86 percent of the vote against Clinton"), not a question ("against the SVP initiative"). Case-sensitive. */
const CANDIDATE_AFTER = new RegExp(String.raw`^\s+(?:the\s+)?(?:(?:incumbent|challenger|rival|candidate|him|her|them)\b|\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])(?:\s+\p{Lu}[\p{L}'’-]*(?![\p{L}'’-]))?(?!\s+(?:[\p{L}-]+\s+)?(?:${QUESTION_WORDS})\b))`, "u");
const AGAINST_AFTER = new RegExp(String.raw`^\s*${OF_VOTES}(?:(?:were|was)\s+)?(?:against\b|opposed\b|opposing\b|voting\s+(?:no\b|against\b)|voted\s+(?:no\b|against\b)|said\s+["“]?no\b|no\b(?!\s+(?:one|longer|more|less)\b))`
  + String.raw`|^\s*of\s+(?:the\s+|all\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:who\s+(?:voted|cast\s+(?:a\s+)?ballots?)\s+|voting\s+)?(?:rejected|opposed|voted\s+(?:no|against))\b`, "iu");
/** A side named before its share: "the yes side won 54 percent", "the 'no' vote stood at 46%", "support for the levy was 58 percent". */
const YES_BEFORE = new RegExp(String.raw`\b(?:["“'‘]?yes["”'’]?\s+(?:side|camp|campaign|vote|votes)|support\s+for\s+(?:the\s+)?[^,;.]{1,40}?)\s+(?:won|took|got|was|were|stood\s+at|received|garnered|reached|totalled|totaled|came\s+to)\s+${HEDGE}$`, "i");
const NO_BEFORE = new RegExp(String.raw`\b["“'‘]?no["”'’]?\s+(?:side|camp|campaign|vote|votes)\s+(?:won|took|got|was|were|stood\s+at|received|garnered|reached|totalled|totaled|came\s+to)\s+${HEDGE}$`, "i");
/** Before a share, the verb of the outcome and "by": "backed the pay deal by 71 per cent", "was rejected … by 51 percent of voters". */
const FOR_BY = new RegExp(String.raw`\b(?:backed|approved|supported|endorsed|accepted|carried|passed|adopted|ratified)\b[^;:,]{0,80}?(?<!\b(?:up|down|rose|risen|fell|fallen|cut|raised|increased|reduced|grew|grown)\s)\bby\s+(?:a\s+margin\s+of\s+)?${HEDGE}$`, "i");
const AGAINST_BY = new RegExp(String.raw`\b(?:rejected|defeated|voted\s+down|turned\s+down|vetoed)\b[^;:,]{0,80}?(?<!\b(?:up|down|rose|fell|cut|raised|increased|reduced)\s)\bby\s+(?:a\s+margin\s+of\s+)?${HEDGE}$`, "i");
/** "of the vote" after a share won by a measure: "Measure B garnered 55 percent of the vote", "passed with 57 percent". */
const OF_THE_VOTE = /^\s*(?:of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)(?:\s+cast)?\b|support\b)/i;
const WON_BEFORE = new RegExp(String.raw`\b(?:won|wins|winning|took|takes|garnered|received|receives|got|gets|drew|secured|gained|captured|(?:passed|carried|approved|adopted|succeeded|failed|fell|lost|defeated|rejected)\s+(?:\w+\s+){0,4}?with)\s+(?:only\s+|just\s+)?${HEDGE}$`, "i");
/** A share told as the first or the second of a pair ("62% to 38%"), and the verbs of a vote's outcome. */
const PAIR_FIRST = /^\s*to\s+\d[\d.]*\s*(?:percent|per\s+cent|%)/i;
const PAIR_SECOND = /\d[\d.]*\s*(?:percent|per\s+cent|%)?\s+to\s+$/i;
const OUTCOME = /\b(?:passed|approved|carried|backed|won|accepted|adopted|ratified|endorsed|rejected|defeated|failed|voted\s+down|turned\s+down|lost)\b/gi;
/** A sentence that names a thing put to a vote. */
export const QUESTION = new RegExp(String.raw`\b(?:${QUESTION_WORDS})\b`, "i");
/** A sentence about a vote: a share in one without these words is some other share. */
const VOTE_CONTEXT = /\b(?:votes?|voters?|voted|voting|ballots?|referend\w*|plebiscite|elections?|electorate|polls|shareholders|delegates|members)\b/i;
/** A share told by a poll, a survey or a projection is no result. */
const POLL = /\b(?:exit\s+polls?|according\s+to\s+(?:the\s+|recent\s+)?polls?|likely\s+voters|approval\s+rating|would\s+(?:choose|back|support|pick|favou?r)|respondents|opinion|polls?\s+(?:showed|shows|found|finds|suggested|put|puts|gave|gives)|(?:a|the|latest|recent|new|one)\s+poll|polling|pollsters?|surveys?|surveyed|projected|projection|forecasts?|expected|likely to|would vote|intend(?:s|ed)? to vote|undecided)\b/i;

/**
 * Words that make a group of voters a part of the electorate: "Democratic voters", "black voters", "voters under 30".
 * (A place's voters are its whole electorate: "58 percent of Lucerne voters".)
 */
const GROUP_WORD = String.raw`(?:Democratic|Republican|Labour|Conservative|Tory|Liberal|Green|Catholic|Protestant|Muslim|Jewish|Christian|Evangelical|Hispanic|Latino|Latina|Asian|Black|White|Independent|black|white|hispanic|latino|latina|asian|young|younger|older|elderly|female|male|independent|evangelical|college-educated|rural|urban|suburban|first-time|working-class|union|likely|undecided)`;
/** "of Democratic voters", "of women", "of those under 30", "among black voters", "among voters under 30": a group's share of a vote. */
const SUBGROUP = new RegExp(String.raw`^\s*of\s+(?:the\s+)?(?:${GROUP_WORD}\s+(?:voters|electors|members|households|respondents|vote)\b|(?:women|men|those\s+(?:under|over|aged))\b)`, "u");
const AMONG_GROUP = new RegExp(String.raw`\bamong\s+(?:the\s+)?(?:${GROUP_WORD}\s+\p{Ll}|(?:voters|those|people)\s+(?:under|over|aged|in|from|who\s+(?!voted\b|cast\b))|women\b|men\b)`, "u");
/** "… backed Clinton", "… voted for the Greens": the share a person or a party won. */
const BACKED_NAME = /^\s*(?:of\s+[^,;.]{1,40}?\s+)?(?:supported|backed|endorsed|favou?red|voted\s+for|chose|picked)\s+(?:the\s+)?\p{Lu}(?!\w*\s+(?:[A-Z0-9]{1,3}|\d+)\b)/u;

/**
 * The side of a vote a share is told for ("for", "against"), or null: a candidate's or a party's share, a poll, or
 * no vote. `hasPerson`: the sentence names a person before the figure (a candidate's share, not a measure's).
 */
export function voteSide(sentence: string, start: number, end: number, hasPerson: boolean): "for" | "against" | null {
  const before = sentence.slice(0, start), after = sentence.slice(end);
  if (POLL.test(sentence) || !VOTE_CONTEXT.test(sentence)) return null;
  // A group's share ("73 percent of Democratic voters", "62 percent of women", "among voters under 30") is a part of the
  // vote, and a share that backed a person or a party ("backed Clinton") is a candidate's: neither is the question's result.
  if (SUBGROUP.test(after) || AMONG_GROUP.test(sentence) || BACKED_NAME.test(after)) return null;
  // (A share of an earlier vote, "in 2016, 52 percent voted to leave", keeps its side: the dating checks tell it apart.)
  const backing = FOR_AFTER.exec(after);
  // ("… backing Mayor Ruiz", "… voted for Clinton": a person's or a party's share.)
  if (backing) return /(?:back(?:ing|ed)|support(?:ing|ed)|endorsed|favou?red|for)$/i.test(backing[0]) && CANDIDATE_AFTER.test(after.slice(backing[0].length)) ? null : "for";
  const against = AGAINST_AFTER.exec(after);
  if (against) return /against$/i.test(against[0]) && CANDIDATE_AFTER.test(after.slice(against[0].length)) ? null : "against";
  // "The levy passed 62% to 38%", "rejected the plan 58 percent to 42 percent", "approved by a margin of 62 to 38 percent":
  // the first of a pair is the side the outcome verb tells, the second the other side.
  const first = PAIR_FIRST.test(after), second = PAIR_SECOND.test(before);
  // (Not a change told "from 41 percent to 48 percent", nor a turnout.)
  const lead = first ? before : before.replace(PAIR_SECOND, "");
  if (first !== second && !hasPerson && QUESTION.test(sentence) && !/\b(?:turnout|participation)\b/i.test(sentence) && !/\b(?:from|between|rose|fell|up|down)\s+(?:\S+\s+){0,2}$/i.test(lead)) {
    const verb = [...before.matchAll(OUTCOME)].pop()?.[0];
    if (verb !== undefined) { const won = !/^(?:rejected|defeated|failed|voted\s+down|turned\s+down|lost)$/i.test(verb); return won === first ? "for" : "against"; }
  }
  if (YES_BEFORE.test(before)) return "for";
  if (NO_BEFORE.test(before)) return "against";
  if (FOR_BY.test(before)) return "for";
  if (AGAINST_BY.test(before)) return "against";
  // A measure's share of the vote is the share for it: "the new constitution won 52% of the vote".
  if (!hasPerson && QUESTION.test(sentence) && WON_BEFORE.test(before) && (OF_THE_VOTE.test(after) || /\bwith\s+(?:only\s+|just\s+)?\S*\s*$/i.test(before))) return "for";
  return null;
}

/** The question a sentence puts to a vote, by its designator ("Measure B", "Question 2") or its words ("the tram levy"). */
export function questionOf(sentence: string): { word: string; tag: string | null; modifier: string | null } | null {
  const named = /\b(Measure|Proposition|Prop\.|Question|Amendment|Initiative|Issue|Referendum|Resolution|Bill)\s+(?:No\.\s*)?([A-Z]?\d{1,4}[A-Z]?|[A-Z])\b/.exec(sentence);
  if (named) return { word: named[1]!.toLowerCase().replace(/^prop\.$/, "proposition"), tag: named[2]!.toLowerCase(), modifier: null };
  // The most specific thing named ("the pension reform" over "the referendum"), and the word before it ("housing",
  // "tram"), whatever comes before that ("The Bern housing initiative").
  const all = [...sentence.matchAll(new RegExp(String.raw`(?:\b([\p{L}-]+)\s+)?\b(${QUESTION_WORDS})\b`, "giu"))];
  const m = all.find((x) => !GENERIC_QUESTION.test(x[2]!)) ?? all[0];
  if (!m) return null;
  const modifier = m[1] && !/^(?:the|a|an|its|their|this|that|same|first|second|latest|new|proposed|planned|whole|entire|controversial|disputed|on|of|for|to|in|by|and|or)$/i.test(m[1]) ? m[1].toLowerCase() : null;
  return { word: m[2]!.toLowerCase(), tag: null, modifier };
}
const GENERIC_QUESTION = /^(?:referendum|referenda|plebiscite|measure|proposal|question|motion)$/i;

/** Whether two sentences name two different questions put to a vote ("the school bond" / "the library levy", "Measure B" / "Measure C"). */
export function otherQuestions(a: string, b: string): boolean {
  const x = questionOf(a), y = questionOf(b);
  if (x === null || y === null) return false;
  if (x.tag !== null && y.tag !== null) return x.word !== y.word || x.tag !== y.tag;
  if (x.tag !== null || y.tag !== null) return false;
  if (x.word !== y.word) return !GENERIC_QUESTION.test(x.word) && !GENERIC_QUESTION.test(y.word);
  return x.modifier !== null && y.modifier !== null && x.modifier !== y.modifier;
}
