// One quote in two outlets' house styles (issue 17, real multi-outlet news): "No. 3" and "No 3" (a rank,
// not a negation), a compound written as one word or two ("website" / "Web site", "healthcare" /
// "health care"), the pronoun "I" (not a name). None changes the quote's meaning. Beside them, a
// negation, a rank that really differs and a name that really changes stay flagged. Wordings of
// these tests' own: a tennis player, a hospital, a striker.
import { describe, expect, it } from "vitest";
import { compareQuotes } from "../../src/crosscheck/rules/quote-altered.js";

describe("house styles are no change", () => {
  it("a rank with or without its full stop is no negation", () => {
    expect(compareQuotes("It is never easy to drop to No. 6 when you were once No. 2 in the world", "It is never easy to drop to No 6 when you were once No 2 in the world")).toBeNull();
  });
  it("a compound in one word or two", () => {
    expect(compareQuotes("Patients go to our website and book a slot with a nurse the same day", "Patients go to our Web site and book a slot with a nurse the same day")).toBeNull();
    expect(compareQuotes("Our healthcare workers have carried this hospital through the winter", "Our health care workers have carried this hospital through the winter")).toBeNull();
  });
  it("'I' is no name", () => {
    const c = compareQuotes("Of course I want to score again, but it is harder when the whole stadium is watching you", "Of course I want to score again, but I think is harder when the whole stadium is watching you");
    expect(c?.kind ?? null).not.toBe("name");
  });
});

describe("changes of meaning beside them", () => {
  it("a rank that differs is a number changed", () => {
    expect(compareQuotes("It is never easy to drop to No. 6 when you were once No. 2 in the world", "It is never easy to drop to No. 9 when you were once No. 2 in the world")?.kind).toBe("number");
  });
  it("a negation added is still a negation", () => {
    expect(compareQuotes("At this hospital we leave no patient waiting more than a day for a nurse", "At this hospital we leave a patient waiting more than a day for a nurse")?.kind).toBe("negation");
  });
  it("a name changed is still a name", () => {
    expect(compareQuotes("Patients go to the Harwick clinic and book a slot with a nurse the same day", "Patients go to the Elmsford clinic and book a slot with a nurse the same day")?.kind).toBe("name");
  });
});

// "said Assistant Attorney General X of the Y Division": the speaker is the person, not the division they head
// (issue 17: a quote was misattributed to a division). Beside it, a division that speaks stays the speaker.
import { docOf } from "../helpers.js";
describe("a speaker 'of the … Division'", () => {
  it("is the person named before it", () => {
    const d = docOf("“Smugglers who think they can hide in the harbour should think again,” said Assistant Attorney General Laura Kemp of the Customs Division.");
    expect(d.quotes.map((q) => q.speaker)).toEqual(["Laura Kemp"]);
  });
  it("a division speaking on its own is the speaker", () => {
    const d = docOf("“Smugglers who think they can hide in the harbour should think again,” the Customs Division said in a statement.");
    expect(d.quotes.map((q) => q.speaker)).toEqual(["Customs Division"]);
  });
});
