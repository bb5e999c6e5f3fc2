// "biologist Ana Silva of the Coral Trust wrote": the person speaks; the body after "of" is where they work,
// even when the tagger reads that body as a person ("Coral" is also a first name). Look-alike: a person named
// after "of" who is the only person in the phrase ("a friend of Ana Silva" after a named speaker is not
// them). Wordings written for these tests (a glacier survey, a river authority), issue 20, helper speakers10.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("a person 'of' a body whose name the tagger reads as a person", () => {
  it("the person before 'of the' speaks, after the quote or before it", () => {
    expect(said("“The ice is thinning faster than we modelled,” glaciologist Heidi Moen of the Olive Lake Trust wrote.")).toEqual(["Heidi Moen: The ice is thinning faster than we modelled"]);
    expect(said("Heidi Moen of the Olive Lake Trust said the survey was “alarming.”")).toEqual(["Heidi Moen: alarming."]);
  });
  it("look-alike: a friend of someone, named after the speaker, does not speak", () => {
    expect(said("“The river is rising,” said Per Dahl, a neighbour of Heidi Moen.")).toEqual(["Per Dahl: The river is rising"]);
  });
});

// A body is written with "the" as a sentence's subject ("The Dockworkers Union rejected …"); a pronoun or
// "the union" after it points back to it (before: any name after "the" was skipped as an object).
describe("a body with 'the' as the subject of a sentence before", () => {
  it("'they said' and 'the agency said' point back to it", () => {
    expect(said("The Ferry Workers Union turned down the offer on Friday. “This is an insult to every deckhand,” they said.")).toEqual(["Ferry Workers Union: This is an insult to every deckhand"]);
    expect(said("The Nordic Glacier Agency published its survey on Monday. The agency said the ice had “never retreated so fast.”")).toEqual(["Nordic Glacier Agency: never retreated so fast."]);
  });
  it("look-alike: a person named after 'the' is still no antecedent, and 'she' skips the body", () => {
    expect(said("The Ferry Workers Union met mayor Ann Berg on Friday. “We need a deal by May,” she said.")).toEqual(["Ann Berg: We need a deal by May"]);
  });
});
