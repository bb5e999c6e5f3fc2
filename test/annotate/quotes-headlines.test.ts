// A quote in a Title Case headline (the text's first line): the speaker is the run before a headline verb, "On"
// or the colon, when that run is a name; other headlines name nobody. Wordings written for these tests (a
// harbour sale, ferry cuts, a drought, a storm warning).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const body = "\n\nThe port board met on Tuesday to discuss the sale of the eastern docks to a shipping group.";
const speakers = (title: string) => docOf(title + body).quotes.map((q) => q.speaker ?? "-");

describe("a headline names its speaker", () => {
  it("before a colon", () => {
    expect(speakers("Harbour Chief Ana Ruiz: ‘We Will Not Sell the Docks.’")).toEqual(["Ana Ruiz"]);
    expect(speakers("Lin Qiao: Harbour Plan ‘A Gift to the Whole City.’")).toEqual(["Lin Qiao"]);
  });
  it("before a headline verb, also when a colon follows further on", () => {
    expect(speakers("Mayor Lin Qiao Praises Harbour Plan: ‘A Gift to the Whole City.’")).toEqual(["Lin Qiao"]);
    expect(speakers("Tomas Lind Says Ferry Cuts ‘Will Strand the Islands.’")).toEqual(["Tomas Lind"]);
    expect(speakers("Ana Ruiz Slams Port Sale as ‘A Betrayal of Workers.’")).toEqual(["Ana Ruiz"]);
    expect(speakers("Ana Ruiz Told Dockers Not To ‘Give Up the Fight.’")).toEqual(["Ana Ruiz"]);
  });
  it("before 'On' (a body, or the body of a title)", () => {
    expect(speakers("Farm Union on Drought Aid: ‘Too Little, Too Late.’")).toEqual(["Farm Union"]);
    expect(speakers("Port Board Chair On Dock Sale: ‘We Had No Choice.’")).toEqual(["Port Board"]);
  });
});

describe("headlines that name nobody", () => {
  it("a run before the colon that is no name ('Ferry Cuts Spark Protest:', 'Why the Port Sale Matters:')", () => {
    expect(speakers("Ferry Cuts Spark Protest: ‘We Are Not Going Away.’")).toEqual(["-"]);
    expect(speakers("Why the Port Sale Matters: ‘A Test for the Whole City.’")).toEqual(["-"]);
  });
  it("a participle is no headline verb ('Storm Warning Issued for Coast:')", () => {
    expect(speakers("Storm Warning Issued for Coast: ‘Stay Indoors Until Friday.’")).toEqual(["-"]);
  });
  it("a headline in sentence case is read as a sentence", () => {
    expect(speakers("Harbour chief Ana Ruiz calls the dock sale ‘a betrayal of workers’.")).toEqual(["Ana Ruiz"]);
  });
});
