// Two articles carrying one quote: changes of meaning (negation, hedge, number, name, speaker)
// beside harmless variants (spelling, abbreviations, punctuation, trimming). Wordings written for
// these tests: a council vote on a flood barrier.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { Rule } from "../../src/crosscheck/index.js";
import { compareQuotes, quoteAltered } from "../../src/crosscheck/rules/quote-altered.js";
import { singleSource } from "../../src/crosscheck/rules/single-source.js";
import { emptyKb } from "../../src/kb/load.js";
import { docOf } from "../helpers.js";
import { findingsOf } from "./torture.js";

function run(rule: Rule, texts: string[]) {
  const docs = texts.map((t) => docOf(t));
  const claims = docs.flatMap(extractClaims);
  return rule({ docs, claims, derivations: [], timeframe: { from: null, to: null, basis: [] }, kb: emptyKb() });
}
const lines = (rule: Rule, texts: string[]) => run(rule, texts).map((f) => `${f.rule.split("/")[1]} ${f.severity} ${f.actual ?? ""} / ${f.expected ?? ""}`);

const base = "The barrier will be finished before the autumn storms arrive, and the lower town will be safe";
const story = (quote: string, who = "Priya Nair") => `The council approved the flood barrier on Tuesday. “${quote},” ${who} said after the vote.`;

describe("quote-altered: changes of meaning, by kind", () => {
  it("a negation added is high", () => {
    expect(lines(quoteAltered, [story(base), story(base.replace("will be finished", "will not be finished"))])).toEqual(["quote-altered high not / "]);
  });
  it("a number changed is high", () => {
    const q = "We need 14 more pumps before the autumn storms arrive in the lower town";
    expect(lines(quoteAltered, [story(q), story(q.replace("14", "40"))])).toEqual(["quote-altered high 40 / 14"]);
  });
  it("a hedge turned into certainty is medium", () => {
    const q = "The barrier may be finished before the autumn storms arrive in the lower town";
    expect(lines(quoteAltered, [story(q), story(q.replace("may", "will"))])).toEqual(["quote-altered medium will / may"]);
  });
  it("a name changed is medium", () => {
    const q = "We worked with Halvorsen Engineering on every part of the barrier design";
    expect(lines(quoteAltered, [story(q), story(q.replace("Halvorsen", "Okonjo"))])).toEqual(["quote-altered medium Okonjo / Halvorsen"]);
  });
  it("the version two independent sources carry is the usual one", () => {
    const odd = story(base.replace("will be finished", "will not be finished"));
    const got = run(quoteAltered, [story(base), odd, `Earlier: ${story(base)}`]);
    expect(got.map((f) => f.actual)).toEqual(["not"]);
  });
});

describe("quote-altered: harmless variants are no finding", () => {
  const same = (a: string, b: string) => expect(compareQuotes(a, b)).toBeNull();
  it("British and American spelling", () => same("We organised the defence of the harbour centre", "We organized the defense of the harbor center"));
  it("an abbreviation written out", () => same("The U.S. engineers and the U.N. team agreed on the plan", "The United States engineers and the United Nations team agreed on the plan"));
  it("punctuation and contractions", () => same("It doesn't matter what they decide, we're staying here.", "It does not matter what they decide; we are staying here"));
  it("number words and digits", () => same("We need fourteen more pumps for the lower town", "We need 14 more pumps for the lower town"));
  it("a name spelled two ways", () => same("We thank Mayor Lindqvist for the funding", "We thank Mayor Lindquist for the funding"));
  it("a trimmed quote", () => same(base, "the lower town will be safe"));
  it("words cut with an ellipsis", () => same("The barrier will be finished … and the lower town will be safe", base));
  it("ordinals, clock times and web addresses written two ways", () => {
    same("It is the twelfth time this season we have lost at home", "It is the 12th time this season we have lost at home");
    same("The doors open at 9:00 p.m. and the show starts late", "The doors open at 9 p.m. and the show starts late");
    same("We shut down our page on Lakeview.com last week for good", "We shut down our page on Lakeview last week for good");
  });
  it("a negation that only moves", () => same("I didn't feel on the water we were making any progress", "I feel on the water we weren't making any progress"));
  it("a reworded belief is no hedge turned into certainty", () => same("We felt that it is the right time to move on", "We believe the right time to move on has come"));
  it("a quote trimmed just before a 'not' keeps no negation change", () => same("He did not want to stay, but we think he will be fine", "want to stay, but we think he will be fine"));
  it("but dropping 'probably' inside the quote is one", () => expect(compareQuotes("The repairs will probably be finished by the end of May", "The repairs will be finished by the end of May")?.kind).toBe("hedge"));
  it("two forms of one word, with words cut by an ellipsis beside them", () => {
    same("The board has reviewed the indictments against the contractor … and found no grounds for delay", "The board reviewed the indictment against the contractor for fraud and found no grounds for delay");
    same("In light of the storms... the council consulted relevant engineers and agreed the release of the blueprints at this time", "In light of the storms the council has consulted the relevant engineers and agreed the release of the blueprint to Parliament at this time");
  });
  it("but a form change beside a changed name is still a name changed", () => {
    expect(compareQuotes("We met the engineers in Tromsø before the vote on the barrier", "We met the engineer in Bergen before the vote on the barrier")?.kind).toBe("name");
  });
  it("and none of them makes a finding in a story", () => {
    const variant = base.replace("autumn", "Autumn").replace("finished", "finished,");
    expect(run(quoteAltered, [story(base), story(variant), story("the lower town will be safe")])).toEqual([]);
  });
});

describe("quote-misattributed", () => {
  it("flags the same quote given to two different people", () => {
    expect(lines(quoteAltered, [story(base, "Priya Nair"), story(base, "Tom Ward")])).toEqual(["quote-misattributed medium Tom Ward / Priya Nair"]);
  });
  it("does not flag one speaker written two ways", () => {
    expect(run(quoteAltered, [story(base, "Priya Nair"), story(base, "Council leader Priya Nair")])).toEqual([]);
  });
  it("does not flag one person whose surname one outlet misspells by a letter", () => {
    expect(run(quoteAltered, [story(base, "Marco Castellani"), story(base, "Castellano")])).toEqual([]);
  });
  it("but flags two people whose surnames differ in their first letter", () => {
    expect(lines(quoteAltered, [story(base, "Ruth Morris"), story(base, "Anna Norris")])).toHaveLength(1);
  });
  it("but flags two people whose surnames are two letters apart", () => {
    expect(lines(quoteAltered, [story(base, "Ruth Nelson"), story(base, "Anna Wilson")])).toHaveLength(1);
  });
  it("does not flag a speaker repeating the other's words", () => {
    const echo = `Tom Ward quoted Priya Nair at the meeting. “${base},” Tom Ward said.`;
    expect(run(quoteAltered, [story(base, "Priya Nair"), echo])).toEqual([]);
  });
});

describe("single-source: a quote carried elsewhere is never single-source", () => {
  const other = "The council met on Tuesday and approved the barrier after a long debate.";
  it("flags a quote no other article carries", () => {
    expect(run(singleSource, [story(base), other]).map((f) => f.rule)).toEqual(["crosscheck/single-source-quote"]);
  });
  it("not when another article carries a trimmed version of it", () => {
    const trimmed = "Priya Nair said: “The barrier will be finished before the autumn storms arrive.”";
    expect(run(singleSource, [story(base), trimmed, other])).toEqual([]);
  });
  it("not when several articles carry it with small changes", () => {
    expect(run(singleSource, [story(base), story(base.replace("will be safe", "will be safe at last")), story(base, "Nair")])).toEqual([]);
  });
});

describe("a trimmed quote whose first words repeat earlier in the longer one", () => {
  it("is no negation dropped", () => {
    expect(compareQuotes(
      "Some of the papers called her a thief, my little sister is not a thief. My little sister is a little girl who likes to sing and have fun and she is a good, good little girl",
      "My little sister is a little girl who likes to sing and have fun, and she is a good, good little girl.",
    )).toBeNull();
  });
  it("still sees a negation dropped inside the stretch", () => {
    expect(compareQuotes(
      "Some of the papers called her a thief. My little sister is not a girl who likes to steal and she is a good, good little girl",
      "My little sister is a girl who likes to steal and she is a good, good little girl.",
    )?.kind).toBe("negation");
  });
});

describe("a number only one version of a quote has", () => {
  it("is a number added or dropped, not a number changed", () => {
    const c = compareQuotes("The fight began between two rival groups earlier in the day and ended at the club", "The fight began between rival groups earlier in the day and ended at the club");
    expect(c?.kind).toBe("number");
    expect(c?.oneSided).toBe(true);
  });
  it("is a number changed when both versions have one", () => {
    const c = compareQuotes("The fight began between two rival groups earlier in the day and ended at the club", "The fight began between three rival groups earlier in the day and ended at the club");
    expect(c?.kind).toBe("number");
    expect(c?.oneSided).toBeUndefined();
  });
});

describe("one misattribution told once", () => {
  it("gives one finding when a copied article and another carry the quote under two names", () => {
    const q = "We know about the incident involving our goalkeeper and we are looking into it";
    const copy = `The club confirmed the suspension on Monday after a long meeting of its board in Lisbon. “${q},” Rui Costa told reporters at the training ground.`;
    const found = findingsOf([
      copy,
      `“${q},” Jorge Mendes said on Monday, hours before the squad flew to Milan for the cup match.`,
      copy.replace("Monday", "Monday evening"),
    ]).filter((f) => f.rule === "crosscheck/quote-misattributed");
    expect(found).toHaveLength(1);
  });
});

describe("words retold inside another's quote", () => {
  // A speaker who retells someone's words quotes them inside her own quote: the words stay his, so the two speakers
  // the articles give are no misattribution (issue 17: a mother retelling her son's words). Wordings of this test's own.
  const misattributed = (texts: string[]) => findingsOf(texts).filter((f) => f.rule === "crosscheck/quote-misattributed");
  it("a sister retelling a defendant's words is no misattribution", () => {
    expect(misattributed([
      "Carlos Mendes told the court on Monday: \"I never meant to hurt anyone, I do not know why I picked up that knife that night.\"",
      "\"He looked at me and said, 'I never meant to hurt anyone, I do not know why I picked up that knife that night,'\" his sister, Lucia Ferreira, said on Monday.",
    ])).toEqual([]);
  });
  it("one quote under two names still is", () => {
    expect(misattributed([
      "\"We will not close the plant, whatever the market does next year,\" said Anna Kowalski on Monday.",
      "\"We will not close the plant, whatever the market does next year,\" said Peter Novak on Monday.",
    ])).toHaveLength(1);
  });
});

describe("one change of one quote, seen by several pairs of articles", () => {
  it("is one finding when two copies of one report carry one version and another article the other", () => {
    const f = findingsOf([
      "“Fares may rise again in the spring as energy costs keep climbing,” the operator's chief executive, Lena Brandt, told reporters in Oslo.",
      "“Fares will rise again in the spring as energy costs keep climbing,” Brandt said at a press conference in Oslo on Tuesday.",
      "“Fares may rise again in the spring as energy costs keep climbing,” chief executive Lena Brandt told reporters.",
    ]).filter((x) => x.rule === "crosscheck/quote-altered");
    expect(f).toHaveLength(1);
    expect(f[0]!.summary).toMatch(/“(may|will)”/);
  });
});
