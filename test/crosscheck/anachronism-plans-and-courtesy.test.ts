// Two false alarms of the anachronism rules on real news pages (issue 17), each with its look-alikes:
// (1) a year after the story's in a clause about what is to come ("will … in 2020") is a plan, not a wrong date;
// (2) an article that calls someone "former Governor X" and quotes a speaker saying "Governor X" gives the old title
//     as the speaker's courtesy (US usage): low, a hint only. The old title in the article's own words, someone else
//     under an old title, or the same person with no "former" anywhere in the article, is still flagged.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const of = (text: string, published: string, rule: string) =>
  anachronisms([docOf(`Report\n${text}`, published)]).filter((f) => f.startsWith(rule)).map((f) => f.split(" ")[1]);

describe("a later year in a clause about what is to come", () => {
  it("'will … the fifth festival in 2026' in a 2025 story is a plan", () => {
    expect(of("The organisers said on Monday that the town will host the fifth festival in 2026.", "2025-06-02", "anachronism-year")).toEqual([]);
    expect(of("Tuesday's crossing, the band says, is set to become its third tour of 2027.", "2025-06-02", "anachronism-year")).toEqual([]);
  });
  it("the same year told as done is still a clash", () => {
    expect(of("This week's gathering marks the fifth festival in 2026, the organisers said.", "2025-06-02", "anachronism-year")).toHaveLength(1);
  });
  it("a past year stays a clash even in a clause about the future", () => {
    expect(of("This week's gathering will be the fifth festival in 2021, the organisers said.", "2025-06-02", "anachronism-year")).toHaveLength(1);
  });
});

describe("an old title the article itself calls former", () => {
  // A holder who left less than a full term before the story (Pompeo, 2021, in a 2022 story): one gone longer is a
  // kept title whatever the article says (anachronism-long-gone.test.ts).
  const former = "The United States inquiry heard that former Secretary of State Mike Pompeo had not been briefed.";
  it("'Secretary of State Pompeo' in a quote, after 'former Secretary of State Hillary Clinton', is low", () => {
    expect(of(`${former} "Secretary of State Pompeo was never part of these talks," the aide told the panel.`, "2022-10-08", "anachronism-role")).toEqual(["low"]);
  });
  it("without 'former' anywhere in the article the same sentence is flagged above low", () => {
    const got = of(`The United States inquiry met on Tuesday. "Secretary of State Pompeo was never part of these talks," the aide told the panel.`, "2022-10-08", "anachronism-role");
    expect(got).toHaveLength(1);
    expect(got).not.toEqual(["low"]);
  });
  it("the old title in the article's own words, not a quote, is still flagged above low", () => {
    const got = of(`${former} Secretary of State Pompeo told the panel on Tuesday that he was never consulted.`, "2022-10-08", "anachronism-role");
    expect(got).toHaveLength(1);
    expect(got).not.toEqual(["low"]);
  });
  it("another person under an old title is still flagged when someone else is called former", () => {
    const got = of(`${former} Secretary of State John Kerry told the panel on Tuesday that he was never consulted.`, "2022-10-08", "anachronism-role");
    expect(got).toHaveLength(1);
    expect(got).not.toEqual(["low"]);
  });
});
