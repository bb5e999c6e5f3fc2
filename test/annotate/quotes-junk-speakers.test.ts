// Words capitalised only because they open a line, a label or a sentence are nobody (a transcript's header,
// "Q:", "The Latest:", "Two inspectors", "Source close to …"), while a surname alone opening a sentence still
// speaks. Wordings written for these tests (a mine, a dam, a storm, a union, a mill).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("labels and openers are no speakers", () => {
  it("a transcript's header ('Partial transcript below:', 'Transcript as follows:')", () => {
    expect(said("The minister took questions after the vote.\n\nPartial transcript below:\n\n\"Will the mine reopen before the winter, Minister?\""))
      .toEqual(["-: Will the mine reopen before the winter, Minister?"]);
    expect(said("Here is what she said.\n\nTranscript as follows:\n\n\"We will open the border crossing on Monday and keep it open.\""))
      .toEqual(["-: We will open the border crossing on Monday and keep it open."]);
  });
  it("an interview's 'Q:'", () => {
    expect(said("Q: “How long can the town hold out against the water?”")).toEqual(["-: How long can the town hold out against the water?"]);
  });
  it("'The Latest:' and 'The Latest on …' in a live file", () => {
    expect(said("The Latest: Storm closes the airport.\n\nBERGEN (AP) — The Latest on the storm (all times local):\n\n3:10 p.m.\n\nThe airport says all flights are “suspended until further notice.”"))
      .toEqual(["-: suspended until further notice."]);
  });
  it("a number or a bare noun opening the sentence before a noun ('Two inspectors', 'Source close to')", () => {
    expect(said("Two inspectors toured the dam on Monday. “The cracks are new and they are growing,” the board said."))
      .toEqual(["-: The cracks are new and they are growing"]);
    expect(said("Source close to the talks says the union wants “a clean deal with no strings.”")).toEqual(["-: a clean deal with no strings."]);
  });
});

describe("a surname alone opening a sentence still speaks", () => {
  it("before a verb the text uses once ('Okafor needled the minister')", () => {
    expect(said("Okafor needled the minister on Tuesday, saying: “You have not read the report.”")).toEqual(["Okafor: You have not read the report."]);
  });
  it("before an adverb and a verb ('Lindqvist later described')", () => {
    expect(said("Lindqvist later described the plant as “the best-run mill in the north.”")).toEqual(["Lindqvist: the best-run mill in the north."]);
  });
  it("people of a body speak for it ('Cornerstone representatives said')", () => {
    expect(said("The yard is owned by Harbor Cornerstone. Cornerstone representatives said the move would bring “hundreds of jobs to the east side.”"))
      .toEqual(["Cornerstone: hundreds of jobs to the east side."]);
  });
});
