// Closed-class words that open a sentence before a name are no part of it ("Whether Pell runs again",
// "Although Olsen praised …", "Thirteen years later, she …", "More often than not, “…”"), so the
// speaker is the name, or the person a pronoun points back to. Look-alikes: surnames that are also
// words ("Young", "Will") stay names. Wordings written for these tests (a strike, an inquiry, a dam).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");
const people = (text: string) => docOf(text).entities.filter((e) => e.type === "person").map((e) => e.span.text);

describe("a subordinator or preposition opening the sentence is no part of the name after it", () => {
  it("'Whether Pell', 'Although Olsen', 'Unless Reyes', 'Absent Reyes' are Pell, Olsen and Reyes", () => {
    expect(people("Dana Pell spoke on Friday. Whether Pell runs again is unclear.")).toEqual(["Dana Pell", "Pell"]);
    expect(people("Ruth Olsen wrote it. Although Olsen praised the police, the report was harsh.")).toEqual(["Ruth Olsen", "Olsen"]);
    expect(people("Unless Ana Reyes changes course, the strike goes on.")).toEqual(["Ana Reyes"]);
    expect(people("Absent Reyes, the union sent its deputy, Tom Hale.")).not.toContain("Absent Reyes");
  });
  it("the speaker is the name, not the opener", () => {
    expect(speakers("Dana Pell spoke in Toledo on Friday. Whether Pell runs again is unclear. She told supporters she would “need the whole party behind her.”")).toEqual(["Pell"]);
    expect(speakers("Ruth Olsen chaired the inquiry for two years.\n\nAlthough Olsen praised the police, she called the report “a list of missed chances.”")).toEqual(["Olsen"]);
  });
});

describe("an adverb or number opening the sentence names nobody", () => {
  it("'More often than not, “…”' continues the speaker before", () => {
    expect(speakers("Lena Hartmann wrote a book on rumours. She said the days of one shared story were gone. More often than not, “the rumour wins the race.”")).toEqual(["Lena Hartmann"]);
  });
});

describe("look-alikes: surnames that are also words stay names", () => {
  it("'Young called …', 'Will called …' after the full name", () => {
    expect(speakers("Dan Young left the council in May. Young called the budget “a fiction.”")).toEqual(["Young"]);
    expect(speakers("The columnist George Will wrote on Monday. Will called the plan “a fantasy.”")).toEqual(["Will"]);
  });
});

describe("an office with no name after it is nobody ('a job as Secretary of Defense')", () => {
  it("'he' after 'offered him a job as Minister of Finance' is the one who offered", () => {
    expect(people("Ana Ruiz offered the farmer a job as Minister of Agriculture.")).toEqual(["Ana Ruiz"]);
    expect(speakers("Carl Reid is taking advice from a ferry captain.\n\nReid jokingly offered the captain a job as Secretary of Transportation, then said he would welcome advice from anyone.\n\nHe said, “that is how you learn. You cannot turn advice away.”")).toEqual(["Reid"]);
  });
  it("look-alike: a title before a name still makes a person", () => {
    expect(people("The Secretary of State Ann Lee landed in Oslo.")).toContain("Ann Lee");
    expect(people("Minister of Finance Ola Berg resigned.")).toContain("Ola Berg");
  });
});
