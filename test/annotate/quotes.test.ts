// Who said what: quotation styles, where the attribution sits, and how "she" or "the spokesman"
// finds its speaker. Wordings written for these tests (a harbour flood, a council vote).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("quotation styles", () => {
  it("reads curly, straight and guillemet quotes alike", () => {
    expect(said("“The tide came in faster than any chart predicted,” Olu Bassey said.")).toEqual(["Olu Bassey: The tide came in faster than any chart predicted"]);
    expect(said('"The tide came in faster than any chart predicted," Olu Bassey said.')).toEqual(["Olu Bassey: The tide came in faster than any chart predicted"]);
    expect(said("«The tide came in faster than any chart predicted,» Olu Bassey said.")).toEqual(["Olu Bassey: The tide came in faster than any chart predicted"]);
  });
  it("keeps a quote nested inside a quote as one quote", () => {
    expect(said("“They kept calling it a ‘minor leak’ for a week,” Olu Bassey said.")).toEqual(["Olu Bassey: They kept calling it a ‘minor leak’ for a week"]);
  });
  it("gives both paragraphs of a quote that reopens to the speaker", () => {
    const got = said("Harbour master Olu Bassey told the inquiry:\n“The tide came in faster than any chart predicted. We had no warning.\n“By midnight the lower quay was under water,” he said.");
    expect(got).toEqual(["Olu Bassey: The tide came in faster than any chart predicted. We had no warning.", "Olu Bassey: By midnight the lower quay was under water"]);
  });
  it("gives an opening paragraph left open the speaker named at the end of the next one", () => {
    const got = said("Residents gathered on the quay.\n“The tide came in faster than any chart predicted. We had no warning.\n“By midnight the lower quay was under water,” said Olu Bassey.");
    expect(got).toEqual(["Olu Bassey: The tide came in faster than any chart predicted. We had no warning.", "Olu Bassey: By midnight the lower quay was under water"]);
  });
  it("does not take apostrophes, or titles of shows without a speaker, for quotes", () => {
    expect(said("The crew didn’t sleep, and the port’s owners weren’t told.")).toEqual([]);
    expect(said("Residents watched “Harbour Lights Tonight” on Sunday while the water rose.")).toEqual([]);
  });
});

describe("where the attribution sits", () => {
  it("a cue after the quote, either order: 'Bassey said' and 'said Bassey'", () => {
    expect(said("“We moved the boats to the upper basin,” said Olu Bassey.")).toEqual(["Olu Bassey: We moved the boats to the upper basin"]);
  });
  it("a cue before the quote, with a colon or a comma", () => {
    expect(said("Council leader Priya Nair said: “The vote goes ahead on Thursday.”")).toEqual(["Priya Nair: The vote goes ahead on Thursday."]);
  });
  it("a quote split around its attribution gives both halves to the speaker", () => {
    expect(said("“The water rose fast,” said Olu Bassey, “and we had minutes to act.”")).toEqual(["Olu Bassey: The water rose fast", "Olu Bassey: and we had minutes to act."]);
  });
  it("an appositive title or age between the name and the verb", () => {
    expect(said("“We moved the boats to the upper basin,” Olu Bassey, the harbour master, said.")).toEqual(["Olu Bassey: We moved the boats to the upper basin"]);
    expect(said("“We moved the boats to the upper basin,” Olu Bassey, 54, told reporters.")).toEqual(["Olu Bassey: We moved the boats to the upper basin"]);
  });
  it("a short quoted phrase inside reported speech belongs to the reporter's subject", () => {
    expect(said("Priya Nair said the budget plan was “dead on arrival” after the vote.")).toEqual(["Priya Nair: dead on arrival"]);
  });
  it("an organisation speaks", () => {
    expect(said("“Two vessels are still unaccounted for,” the Coast Guard said in a statement.")).toEqual(["Coast Guard: Two vessels are still unaccounted for"]);
  });
  it("a quote paragraph with no cue continues the speaker before it", () => {
    expect(said("“We moved the boats first,” Olu Bassey said.\n“Then we moved the people.”")).toEqual(["Olu Bassey: We moved the boats first", "Olu Bassey: Then we moved the people."]);
  });
});

describe("pronouns and descriptions", () => {
  it("'she said' takes the woman named before, not the man named after her", () => {
    expect(said("Priya Nair met Tom Ward at the town hall. “We cannot wait another winter,” she said.")).toEqual(["Priya Nair: We cannot wait another winter"]);
  });
  it("'he said' takes the speaker of the sentence before", () => {
    expect(said("Olu Bassey said the quay would reopen in spring. “The repairs will take months,” he said.")).toEqual(["Olu Bassey: The repairs will take months"]);
  });
  it("'the spokesman said' takes the named spokesman before", () => {
    const got = said("Marco Ruiz, a spokesman for the port authority, said costs were rising. “We will publish the figures next week,” the spokesman said.");
    expect(got).toEqual(["Marco Ruiz: We will publish the figures next week"]);
  });
  it("leaves an anonymous source unnamed", () => {
    expect(said("“Nobody came to check on us for two days,” a dock worker said.")).toEqual(["-: Nobody came to check on us for two days"]);
  });
  it("takes a plural noun opening the sentence for a group, not a name", () => {
    expect(said("Fishermen said: “The new quay blocks the old channel and nobody asked us.”")).toEqual(["-: The new quay blocks the old channel and nobody asked us."]);
  });
  it("does not give the next quote paragraph to a group named before it", () => {
    expect(said("Fishermen argued that the quay blocks the channel.\n“By moving the quay we protect the old channel for good.”")).toEqual(["-: By moving the quay we protect the old channel for good."]);
  });
  it("leaves a pronoun with nobody named before unresolved", () => {
    expect(said("“The repairs will take months,” he said.")).toEqual(["-: The repairs will take months"]);
  });
});

describe("the sentence's own subject speaks (no cue next to the quote)", () => {
  it("after a dateline and an opening phrase, a participle or a coordinated verb takes the sentence's subject", () => {
    expect(said("LYON — Hours after the dam gave way, Ines Moreau toured the valley, telling volunteers, “Nobody goes near the river tonight.”")).toEqual(["Ines Moreau: Nobody goes near the river tonight."]);
    expect(said("Ines Moreau visited the shelter on Friday and said the town needed “at least three more pumps.”")).toEqual(["Ines Moreau: at least three more pumps."]);
  });
  it("a name and a colon, or a verb and a colon or comma, before the quote", () => {
    expect(said("Ines Moreau: “The levee held where we reinforced it.”")).toEqual(["Ines Moreau: The levee held where we reinforced it."]);
    expect(said("Ines Moreau shot back: “We asked for those pumps in March.”")).toEqual(["Ines Moreau: We asked for those pumps in March."]);
  });
  it("a speaker named further on is not taken over the subject before the quote", () => {
    expect(said("Ines Moreau said the valley “will not be rebuilt the same way” without engineers checking every bank.")).toEqual(["Ines Moreau: will not be rebuilt the same way"]);
  });
  it("a clause-final attribution covers a quoted word earlier in its clause", () => {
    expect(said("The council’s “emergency plan” was never tested, Ines Moreau said on Friday.")).toEqual(["Ines Moreau: emergency plan"]);
  });
  it("a place or a product opening the sentence is not a speaker; an unattributed quote stays unattributed", () => {
    expect(said("Lyon fell silent as the sirens stopped. “Nobody knew whether the second dam would hold through the night.”")).toEqual(["-: Nobody knew whether the second dam would hold through the night."]);
    expect(said("The Aquaguard 300 pump was sold as “flood-proof in any conditions whatsoever.”")).toEqual(["-: flood-proof in any conditions whatsoever."]);
  });
});

describe("words between the speaker and the verb", () => {
  it("an adverb, 'himself', a progressive or a time", () => {
    expect(said("Ines Moreau jokingly said, “The pumps are older than I am.”")).toEqual(["Ines Moreau: The pumps are older than I am."]);
    expect(said("Ines Moreau herself later Thursday told volunteers: “Go home and sleep.”")).toEqual(["Ines Moreau: Go home and sleep."]);
    expect(said("Ines Moreau is insisting that the valley was “never properly surveyed.”")).toEqual(["Ines Moreau: never properly surveyed."]);
  });
  it("a surname that ends in -ly stays a name", () => {
    expect(said("“The east bank is holding,” engineer Paul Kelly said.")).toEqual(["Paul Kelly: The east bank is holding"]);
  });
  it("a town and its region open the sentence, the subject comes after", () => {
    expect(said("Speaking at a shelter in Vienne, Isère, Ines Moreau went after the prefect, calling him “a man who never visits.”")).toEqual(["Ines Moreau: a man who never visits."]);
  });
  it("a heading in capitals before a dash, then 'Name: “…”'", () => {
    expect(said("PUMPS ARRIVE TOO LATE - Ines Moreau: “We waited three days for equipment that was promised in an hour.”")).toEqual(["Ines Moreau: We waited three days for equipment that was promised in an hour."]);
  });
  it("a cue in a relative clause is the relative's, not the sentence subject's", () => {
    expect(said("Ines Moreau met Paul Girard, who called the dam “a disaster waiting to happen.”")).toEqual(["Paul Girard: a disaster waiting to happen."]);
  });
});

describe("words that open a sentence are not speakers", () => {
  it("a dateline, a sentence adverb, 'another'", () => {
    expect(said("VIENNE, Isère (AP) — Ines Moreau toured the valley, telling volunteers, “Nobody goes near the river tonight.”")).toEqual(["Ines Moreau: Nobody goes near the river tonight."]);
    expect(said("Moreover, at the same meeting, Ines Moreau described the pumps as “older than the dam itself.”")).toEqual(["Ines Moreau: older than the dam itself."]);
    expect(said("Another engineer familiar with the dam said, “The east bank was never inspected.”")).toEqual(["-: The east bank was never inspected."]);
  });
});

describe("appositives between the name and the verb", () => {
  it("the name after 'said' opens the reported clause, not an inverted speaker", () => {
    expect(said("Paul Girard, a former engineer at the dam, said Moreau “knew about the cracks for years.”")).toEqual(["Paul Girard: knew about the cracks for years."]);
  });
  it("an inverted speaker right after a quote still counts", () => {
    expect(said("“The cracks were known for years,” said retired engineer Paul Girard.")).toEqual(["Paul Girard: The cracks were known for years"]);
  });
  it("a party and state tag is not the name", () => {
    expect(said("Sen. Ann Ford, D-Ore., told reporters that the repairs were “long overdue.”")).toEqual(["Ann Ford: long overdue."]);
  });
});

describe("a pronoun after a paragraph break", () => {
  it("takes the person named as the subject a few sentences before", () => {
    expect(said("Mayor Ann Lee toured the flooded district on Monday.\nThe water had reached the second floor of the library.\n“We will rebuild every shelf,” she said."))
      .toEqual(["Ann Lee: We will rebuild every shelf"]);
    expect(said("Tom Ward, the port's director, spoke after the vote.\nThe Harbour Board had approved the dredging plan by six votes to two.\n“This gives us ten more years,” he said."))
      .toEqual(["Tom Ward: This gives us ten more years"]);
  });
  it("does not take a person named as the object of a later sentence", () => {
    expect(said("Tom Ward spoke after the vote.\nThe board gave Sam Price a medal for the survey.\n“This gives us ten more years,” he said."))
      .toEqual(["Tom Ward: This gives us ten more years"]);
  });
  it("skips a state taken for a name", () => {
    expect(said("Senator Ruth Agnew campaigned in Dover on Monday.\nNew Hampshire has not backed her party since 1996.\n“We take nothing for granted,” she told supporters."))
      .toEqual(["Ruth Agnew: We take nothing for granted"]);
  });
  it("a subject's object is not the subject's words", () => {
    expect(said("The board gave Sam Price what it called “the highest honour this harbour can give.”")).toEqual(["board: the highest honour this harbour can give."]);
  });
});

describe("a description points back to the person introduced with it", () => {
  it("'the senator said' after another speaker: the one introduced as a senator", () => {
    const got = said("Sen. Maria Oduya (D-Ore.) opened the hearing on Tuesday. Energy Secretary Paul Brandt defended the pipeline plan. “We followed every rule,” Brandt said. “Nobody in my state was asked,” the senator said.");
    expect(got).toEqual(["Brandt: We followed every rule", "Maria Oduya: Nobody in my state was asked"]);
  });
  it("'the spokesman added' after a harbour master spoke: the spokesman named before", () => {
    const got = said("Tom Ward, a spokesman for the port authority, declined to give figures. Harbour master Ann Lee said the dredging was late. “It will finish in May,” she said. “The costs will be published,” the spokesman added.");
    expect(got).toEqual(["Ann Lee: It will finish in May", "Tom Ward: The costs will be published"]);
  });
  it("keeps the nearest speaker when the description fits them", () => {
    const got = said("Sen. Maria Oduya chaired the hearing. Sen. Lars Petit questioned the engineers for an hour. “The numbers do not add up,” the senator said.");
    expect(got).toEqual(["Lars Petit: The numbers do not add up"]);
  });
  it("does not give a senator's aide the senator's words", () => {
    expect(said("Sen. Maria Oduya spoke first. “Nobody was asked,” the senator's aide said.")).toEqual(["-: Nobody was asked"]);
  });
});

describe("more ways to attribute", () => {
  it("'shot back', 'fired back', 'chimed in' after the quote", () => {
    expect(said("“The port will close on Friday,” Ann Lee shot back.")).toEqual(["Ann Lee: The port will close on Friday"]);
    expect(said("“Nobody told the crews,” fired back union leader Sam Okafor.")).toEqual(["Sam Okafor: Nobody told the crews"]);
  });
  it("more verbs that may come before the speaker: 'mused', 'opined', 'quipped'", () => {
    expect(said("“Imagine the quay without a single crane,” mused harbour historian Rita Moss.")).toEqual(["Rita Moss: Imagine the quay without a single crane"]);
    expect(said("“Dockers should stay home on Friday,” opined the Harbour Gazette.")).toEqual(["Harbour Gazette: Dockers should stay home on Friday"]);
  });
  it("a lower-case description before the name, after the verb: 'said Republican political consultant Ann Lee'", () => {
    expect(said("“The port will close on Friday,” said veteran shipping consultant Ann Lee.")).toEqual(["Ann Lee: The port will close on Friday"]);
  });
  it("a description headed by a noun for a person names nobody, or the body in it", () => {
    expect(said("“The port will close on Friday,” the harbour employee wrote.")).toEqual(["-: The port will close on Friday"]);
    expect(said("“The port will close on Friday,” one Maersk employee told reporters.")).toEqual(["Maersk employee: The port will close on Friday"]);
  });
  it("a word that only ends like a person noun is not one", () => {
    expect(said("Ann Lee spoke first. “The port will close on Friday,” she later said.")).toEqual(["Ann Lee: The port will close on Friday"]);
  });
});

describe("the subject speaks through a document or a speech", () => {
  it("'issued a statement saying' gives the subject, person or body", () => {
    expect(said("Ann Lee issued a statement saying the port was “safe for every ship.”")).toEqual(["Ann Lee: safe for every ship."]);
    expect(said("The Dockers Union released a statement Friday saying the deal was “a betrayal of every docker.”")).toEqual(["Dockers Union: a betrayal of every docker."]);
  });
  it("'in her farewell speech called' between subject and verb", () => {
    expect(said("The reversal was complete when Ann Lee in her farewell speech called the port authority “a den of thieves.”")).toEqual(["Ann Lee: a den of thieves."]);
  });
  it("a statement quoted by a reporter is not the statement's own words", () => {
    expect(said("A reporter read out the statement, saying it was “full of holes.”")).toEqual(["-: full of holes."]);
  });
});

describe("a long appositive between the name and the verb", () => {
  it("holding a relative clause, a second appositive or a title in quotes", () => {
    expect(said("Geoff Lane, a pollster who works with Harbor Futures, a shipping fund, said the plan was “dead in the water.”")).toEqual(["Geoff Lane: dead in the water."]);
    expect(said("Rita Moss, the author of “Tides of Trade,” a history of the port, argued that the levy was “a tax on bread.”")).toEqual(["Rita Moss: a tax on bread."]);
  });
  it("a place or a body closing the appositive is not the speaker", () => {
    expect(said("Dean Lowe, a salesman from Sumter, South Carolina, says the levy will “break the port.”")).toEqual(["Dean Lowe: break the port."]);
    expect(said("Ann Lee, director of the Harbor Fund, a charity, said the levy will “break the port.”")).toEqual(["Ann Lee: break the port."]);
  });
  it("a name in apposition to a description is still the speaker", () => {
    expect(said("The league’s spokesman, Ann Ford, said the levy will “break the port.”")).toEqual(["Ann Ford: break the port."]);
  });
  it("but not a relative clause about someone met ('Ann Lee met Tom Ward, who said')", () => {
    expect(said("Ann Lee met Tom Ward, who said the plan was “dead in the water.”")).toEqual(["Tom Ward: dead in the water."]);
  });
});

describe("phrasal cues", () => {
  it("'went on' is a cue before 'to' or after a quote, not in 'the Senate goes on recess'", () => {
    expect(said("Sen. Ann Ford said that once the Senate goes on recess, “I intend to campaign every day.”")).toEqual(["Ann Ford: I intend to campaign every day."]);
    expect(said("“We are not done,” Ann Ford went on.")).toEqual(["Ann Ford: We are not done"]);
    expect(said("Ann Ford went on to say the levy was “a tax on bread.”")).toEqual(["Ann Ford: a tax on bread."]);
  });
});
