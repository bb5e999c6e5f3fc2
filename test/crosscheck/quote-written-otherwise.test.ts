// Issue 17: a quote written otherwise, its meaning unchanged — a contraction typed without its
// apostrophe ("doesnt", "isnt"). Beside it, a negation really dropped stays a negation. Wordings of
// these tests' own: a harbour master, a coach.
import { describe, expect, it } from "vitest";
import { compareQuotes } from "../../src/crosscheck/rules/quote-altered.js";

describe("a contraction without its apostrophe", () => {
  it("'doesnt' is 'doesn't'", () => {
    expect(compareQuotes("The harbour doesnt need another breakwater, it needs dredging every single spring", "The harbour doesn't need another breakwater, it needs dredging every single spring")).toBeNull();
  });
  it("'isnt' is 'is not'", () => {
    expect(compareQuotes("Losing at home isnt something this squad will ever accept from itself", "Losing at home is not something this squad will ever accept from itself")).toBeNull();
  });
  it("a negation dropped is still a negation", () => {
    expect(compareQuotes("Losing at home isnt something this squad will ever accept from itself", "Losing at home is something this squad will ever accept from itself")?.kind).toBe("negation");
  });
});

describe("an editor's bracket or an ellipsis", () => {
  it("an ellipsis inside the quote stands for the words left out", () => {
    expect(compareQuotes("Our rivals have spent years selling...against rivals who could not match them", "Our rivals have spent years selling Harlow drills against rivals who could not match them")).toBeNull();
  });
  it("an editor's bracket stands for the words it replaces", () => {
    expect(compareQuotes("We are confident we can install the [flood] pumps before the autumn storms reach the estuary", "We are confident we can install the new Brenner pumps before the autumn storms reach the estuary")).toBeNull();
  });
  it("a name changed outside any bracket is still a name", () => {
    expect(compareQuotes("We are confident Kessler can install the [flood] pumps before the autumn storms reach the estuary", "We are confident Halvorsen can install the new Brenner pumps before the autumn storms reach the estuary")?.kind).toBe("name");
  });
});

describe("a name and a pronoun for it", () => {
  it("'in Norway's favour' is 'in their favour' when the rest of the quote is the same", () => {
    expect(compareQuotes("The ruling on the fishing zone tilts the whole dispute in Norway's favour for a decade", "The ruling on the fishing zone tilts the whole dispute in their favour for a decade")).toBeNull();
  });
  it("'Halvorsen knew' is 'he knew'", () => {
    expect(compareQuotes("Everyone in the yard knew Halvorsen had warned the board about the cracked hull in March", "Everyone in the yard knew he had warned the board about the cracked hull in March")).toBeNull();
  });
  it("a name for another name stays a name", () => {
    expect(compareQuotes("Everyone in the yard knew Halvorsen had warned the board about the cracked hull in March", "Everyone in the yard knew Kessler had warned the board about the cracked hull in March")?.kind).toBe("name");
  });
  it("a capitalised pronoun is no name that a pronoun could stand for", () => {
    expect(compareQuotes("Everyone in the yard knew He had warned the board about the cracked hull in March", "Everyone in the yard knew She had warned the board about the cracked hull in March")?.kind).toBe("name");
  });
  it("a pronoun against a name does not hide a negation beside it", () => {
    expect(compareQuotes("Everyone in the yard knew Halvorsen had warned the board about the cracked hull in March", "Everyone in the yard knew he had not warned the board about the cracked hull in March")?.kind).toBe("negation");
  });
});
