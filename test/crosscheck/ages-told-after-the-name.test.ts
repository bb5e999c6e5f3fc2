// Issue 17, thirteenth session: a named person's age told after the name ("Anil Rao, the 47-year-old shift
// supervisor") or in the next sentence that opens with "The N-year-old" after a sentence whose subject the person is.
// Both are that person's age, compared with the age another article gives the name. Negatives beside them: another
// role, a sentence whose people already have ages, a quote's speaker. Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("a named person's age told after the name", () => {
  it("'Name, the N-year-old role' is the name's age", () => {
    const f = loud([
      "Among the dead is shift supervisor Anil Rao, 52, who had gone back to shut a valve, the company said.",
      "Among those killed was Anil Rao, the 47-year-old shift supervisor from Vapi, the company said.",
    ]);
    expect(f.map((x) => x.summary)).toEqual([expect.stringMatching(/age of Anil Rao/)]);
    expect(loud([
      "Among the dead is shift supervisor Anil Rao, 47, who had gone back to shut a valve, the company said.",
      "Among those killed was Anil Rao, a 47-year-old shift supervisor from Vapi, the company said.",
    ])).toEqual([]);
  });
  it("'The N-year-old' opening the sentence after one whose subject the person is", () => {
    expect(loud([
      "Daniel Kiprop, 27, pulled away at the 35th kilometre to win the Berlin Marathon on Sunday.",
      "Daniel Kiprop won the Berlin Marathon on Sunday in 2:04:18. The 29-year-old Kenyan pulled away at the 35th kilometre.",
    ]).map((x) => x.summary)).toEqual([expect.stringMatching(/age of Daniel Kiprop/)]);
  });
  it("another role, a sentence whose people have ages and a quote's speaker are left alone", () => {
    expect(loud([
      "Peter Nguyen, 71, finished his 50th Berlin Marathon on Sunday.",
      "Peter Nguyen, 71, finished his 50th marathon in Berlin on Sunday. The 38-year-old winner was cheered at the Brandenburg Gate.",
    ])).toEqual([]);
    expect(loud([
      "Detectives said Marco Leone, 33, was stabbed outside a bar in Turin on Friday night.",
      "Marco Leone was stabbed outside a bar in Turin on Friday night. The 24-year-old suspect was arrested on Saturday.",
    ])).toEqual([]);
    expect(loud([
      "Kenya's Daniel Kiprop, 27, won the Berlin Marathon on Sunday.",
      "Daniel Kiprop, 27, won the Berlin Marathon on Sunday. Germany's Lena Vogt finished eighth. \"I am really pleased,\" said the 38-year-old.",
    ])).toEqual([]);
  });
});
