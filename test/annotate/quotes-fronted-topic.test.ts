// A topic fronted by a preposition before the speaker ("Of Hale, Banks, who …, said", "About the plan, Ruiz
// said", "Regarding Hale, …"): the person after "Of" or "About" is what is spoken of, not the speaker, and the
// capitalised preposition is no part of a name. Wordings written for these tests, not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");
const people = (text: string) => docOf(text).entities.filter((e) => e.type === "person").map((e) => e.span.text);

describe("'Of X, Y said': Y speaks", () => {
  it("with a relative clause or an appositive between the speaker and the verb", () => {
    expect(speakers("Of Hale, Cordelia Banks, who backed his rival, said, “He is a decent man with no ideas.”")).toEqual(["Cordelia Banks"]);
    expect(speakers("Of the new harbor master, Tomasz Wierzbicki, the union's treasurer, said: “She has never worked a dock.”")).toEqual(["Tomasz Wierzbicki"]);
  });
  it("'About', 'Regarding' fronting a person", () => {
    expect(speakers("About Hale, Cordelia Banks, a former senator, said: “He never returns a call.”")).toEqual(["Cordelia Banks"]);
    expect(speakers("Regarding Hale, Cordelia Banks, a former senator, said: “He never returns a call.”")).toEqual(["Cordelia Banks"]);
  });
  it("the preposition is no part of the name", () => {
    expect(people("Of Hale, Cordelia Banks said little.")).toEqual(["Cordelia Banks"]);
    expect(people("About Hale, Cordelia Banks said little.")).toEqual(["Cordelia Banks"]);
  });
});

describe("look-alikes: 'Of course', and a person who is the subject after all", () => {
  it("'Of course, Y, who …, said' → Y", () => {
    expect(speakers("Of course, Cordelia Banks, who backed his rival, said, “He is a decent man.”")).toEqual(["Cordelia Banks"]);
  });
  it("the named subject with no fronted phrase speaks, whoever the quote is about", () => {
    expect(speakers("Victor Hale, asked about Cordelia Banks, said: “She is a friend.”")).toEqual(["Victor Hale"]);
  });
});
