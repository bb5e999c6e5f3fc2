// How the PolNeAR quote eval (eval/quotes.ts) compares a found speaker with the gold source. Wordings
// written for these tests (a port strike, a zoning vote, a museum loan).
import { describe, expect, it } from "vitest";
import { canPointBack, innerSpeakers, nameWords, onePerson, partyBody, sourceGender, sourceWords } from "../../eval/quotes.js";

const words = (s: string) => [...nameWords(s)].sort();
const inner = (s: string) => [...innerSpeakers(s)].sort();

describe("name words of a gold source", () => {
  it("keeps names and bodies, drops titles and party words", () => {
    expect(words("Sen. Marta Ruiz (D-Ore.)")).toEqual(["marta", "ruiz"]);
    expect(words("the Harbor Workers Union")).toEqual(["harbor", "union", "workers"]);
  });
  it("dates name nobody", () => {
    expect(words("the board's chair at the Oct. 3 hearing")).toEqual([]);
    expect(words("a survey released Thursday by Lakeview College")).toEqual(["college", "lakeview"]);
  });
});

describe("words that name nobody (speakers11)", () => {
  it("indefinite pronouns and function words opening the sentence", () => {
    expect(words("Somebody in the gallery")).toEqual([]);
    expect(words("Everyone at the dock")).toEqual([]);
    expect(words("Just over a third, 34%,")).toEqual([]);
  });
  it("a faith alone or before a noun describes, as a nationality does", () => {
    expect(words("Another Sikh who prays at the temple")).toEqual([]);
    expect(words("Evangelicals")).toEqual([]);
    expect(words("a Mormon farmer")).toEqual([]);
  });
  it("look-alikes: a body with a faith in its name, and a name after a faith word, still name someone", () => {
    expect(words("Lutheran Aid and the Jewish Federation")).toEqual(["aid", "federation", "jewish", "lutheran"]);
    expect(words("Catholic bishop Tomas Ruiz")).toEqual(["ruiz", "tomas"]);
  });
});

describe("a speaker named inside a nested source's content", () => {
  it("`“…,” Ruiz said` inside an attribution to a newspaper names Ruiz", () => {
    expect(inner("“We will not reopen the docks until Monday,” Ruiz said “The talks are over.”")).toEqual(["ruiz"]);
    expect(inner("“The loan ends in May,” said curator Ines Okafor")).toEqual(["ines", "okafor"]);
    expect(inner("Okafor praised the lenders' “patience” at the opening")).toEqual(["okafor"]);
  });
  it("a name with no speech verb beside it is not a speaker", () => {
    expect(inner("the council's “final word” on the zoning plan")).toEqual([]);
    expect(inner("Ruiz's “plan” for the docks was dropped")).toEqual([]);
  });
  it("a name inside the quotation marks is not a speaker", () => {
    expect(inner("“Everyone knows Ruiz said no,” the dockers chanted")).toEqual([]);
  });
  it("a subordinate clause's speaker, or a possessive after the verb, is not the quote's", () => {
    expect(inner("After Ines Okafor asked about it, the trustees grew “defensive”")).toEqual([]);
    expect(inner("Lee said Okafor’s loan was “a gift.”")).toEqual(["lee"]);
  });
});

describe("descriptions by place or party name nobody", () => {
  it("a place before a title or party word is a description", () => {
    expect(words("the Vermont Republican")).toEqual([]);
    expect(words("a South Dakota Democrat")).toEqual([]);
    expect(words("the Oregon senator")).toEqual([]);
  });
  it("a bare name or a paper named after a place still names someone", () => {
    expect(words("Jordan")).toEqual(["jordan"]);
    expect(words("the Vermont Ledger")).toEqual(["ledger", "vermont"]);
    expect(words("a New Mexico Ledger reporter")).toEqual(["ledger"]);
  });
});

describe("what 'he' or 'she' can point back to in the gold", () => {
  it("one named person", () => {
    expect(onePerson("Sen. Marta Ruiz (D-Ore.)")).toBe(true);
    expect(onePerson("Sanders")).toBe(true);
    expect(onePerson("Okafor, who chairs the museum board,")).toBe(true);
  });
  it("not a paper, an outlet, a body or a group", () => {
    expect(onePerson("The Harbor Times")).toBe(false);
    expect(onePerson("the Associated Press")).toBe(false);
    expect(onePerson("a Lakeview College poll")).toBe(false);
    expect(onePerson("Fact-checkers")).toBe(false);
    expect(onePerson("five Dutch-Americans")).toBe(false);
    expect(onePerson("by thousands of dockers")).toBe(false);
    expect(onePerson("Ruiz and Okafor")).toBe(false);
    expect(onePerson("Others")).toBe(false);
    expect(onePerson("the FBI")).toBe(false);
    expect(onePerson("a Supreme Court ruling")).toBe(false);
  });
});

describe("names in apposition to a description", () => {
  it("one name, or two joined by 'and'", () => {
    expect(words("the museum's curator, Ines Okafor,")).toEqual(["ines", "okafor"]);
    expect(words("the port's historians, David and Jeanne Marsh,")).toEqual(["david", "jeanne", "marsh"]);
  });
});

describe("a word capitalised only because it opens the sentence names nobody", () => {
  const part = (text: string, source: string) => ({ spans: [[text.indexOf(source), text.indexOf(source) + source.length]] as [number, number][], text: source });
  it("'Others shouted' when the article writes 'others' in lower case", () => {
    const text = "Some dockers stayed home and others marched. Others shouted, “Open the port!”";
    expect([...sourceWords(text, part(text, "Others"))]).toEqual([]);
  });
  it("a surname that is also a word stays a name when written after a first name", () => {
    const text = "The columnist Ann Will wrote on Monday. Will acknowledges the plan's “quiet appeal.” It will pass.";
    expect([...sourceWords(text, part(text, "Will"))]).toEqual(["will"]);
  });
  it("a name not written in lower case elsewhere stays", () => {
    const text = "The port reopened. Okafor said it was “a relief.”";
    expect([...sourceWords(text, part(text, "Okafor"))]).toEqual(["okafor"]);
  });
});

describe("the gender a gold source shows, so that 'he' and 'she' point back to a source that fits", () => {
  it("a first name that is only a man's or only a woman's", () => {
    expect(sourceGender("", "Harbor commissioner Linda Okafor")).toBe("f");
    expect(sourceGender("", "Sen. Gregory Hale (R-Idaho)")).toBe("m");
  });
  it("an honorific or a noun for a man or a woman, in lower case", () => {
    expect(sourceGender("", "Mr. Okafor")).toBe("m");
    expect(sourceGender("", "the congresswoman")).toBe("f");
    expect(sourceGender("", "his wife, Dana,")).toBe("f");
  });
  it("a bare surname takes the first name or honorific the article writes it with", () => {
    expect(sourceGender("Dockers cheered Linda Okafor on Monday. Later Okafor spoke.", "Okafor")).toBe("f");
    expect(sourceGender("Ms. Okafor spoke. Okafor left.", "Okafor")).toBe("f");
  });
  it("look-alikes: a capitalised surname that is also a noun, a possessive, nothing known, or both", () => {
    expect(sourceGender("", "Track great Maria Ann King")).toBe("f");
    expect(sourceGender("", "her senior adviser, Tom Reyes,")).toBe("m");
    expect(sourceGender("", "Okafor")).toBe(null);
    expect(sourceGender("Linda Okafor and Peter Okafor both spoke.", "Okafor")).toBe(null);
    expect(sourceGender("", "The Harbor Times")).toBe(null);
  });
});

// Scorer changes of helper speakers10 (issue 20), after reading 40 PolNeAR train misses by hand: 14 of them were
// right answers the pronoun scorer counted wrong, most because the nearest named gold source was a poll, a
// paper or a group, or a woman for "they"; parties speaking as bodies, and a speaker named beside a verb
// like "slammed … as" inside a nested content, were counted wrong too. Wordings written for these tests
// (a harbour dispute, a ferry tender).
describe("a party speaking as a body", () => {
  it("a party as the head of the source, with a chamber or a place after it", () => {
    expect(partyBody("Republicans on the harbour committee")).toBe("r");
    expect(partyBody("House Democrats")).toBe("d");
    expect(partyBody("the GOP")).toBe("r");
  });
  it("look-alikes: a party word describing a person, or a noun after it, is no party body", () => {
    expect(partyBody("Republican Sen. Ines Okafor")).toBe(null);
    expect(partyBody("Democratic leaders in the council")).toBe(null);
    expect(partyBody("a Republican strategist")).toBe(null);
  });
});

describe("verbs that put a label in someone's mouth, inside a nested content", () => {
  it("'slammed as', 'shouted' beside a name", () => {
    expect(inner("the tender was run in a way port director Ines Okafor slammed as “reckless,”")).toEqual(["ines", "okafor"]);
    expect(inner("at the rally Okafor shouted “No sale!” from the stage")).toEqual(["okafor"]);
  });
  it("look-alike: a label with no verb beside the name", () => {
    expect(inner("Okafor's “reckless” tender")).toEqual([]);
  });
});

describe("what a gold pronoun can point back to", () => {
  const text = "Ines Okafor runs the port. The latest Harbor Times poll released Wednesday found support falling. She said it was “a fair fight.”";
  it("'she' to one person, not to a poll described after its noun, nor a memo drafted for someone", () => {
    expect(canPointBack("She", "Ines Okafor", text)).toBe(true);
    expect(canPointBack("She", "The latest Harbor Times poll released Wednesday", text)).toBe(false);
    expect(canPointBack("he", "A legal memo drafted for the port authority in May", text)).toBe(false);
  });
  it("'he' not to a group named by a plural opening the sentence", () => {
    expect(canPointBack("he", "Friends", text)).toBe(false);
    expect(canPointBack("he", "People in Dover", text)).toBe(false);
    expect(canPointBack("he", "Rogers", text)).toBe(true);
  });
  it("'they' not to one person shown to be a woman or a man, but to a body or an unknown", () => {
    expect(canPointBack("They", "Okafor", text)).toBe(false);
    expect(canPointBack("They", "the Harbor Union", text)).toBe(true);
    expect(canPointBack("they", "Ruiz", text)).toBe(true);
  });
});
