// A quote standing alone as its sentence, its speaker named by the sentence after it ("That was how X put
// it", "Those were the words of X", "So said X", "The remark came from X", "That was X's verdict"); and
// sentences after a quote that name someone without saying the words were theirs. Wordings written for
// these tests (a flood plain, a river, a forest, a council audit, a school gate).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);

describe("the sentence after a lone quote names its speaker", () => {
  it("'That was how X put it'", () => {
    expect(said("“We will not rebuild on the flood plain again.” That was how Mayor Kofi Boateng put it on Monday."))
      .toEqual(["Kofi Boateng: We will not rebuild on the flood plain again."]);
  });
  it("'Those were the words of X, a description'", () => {
    expect(said("“The river always takes back what we borrow.” Those were the words of Aiyana Redcloud, a tribal elder."))
      .toEqual(["Aiyana Redcloud: The river always takes back what we borrow."]);
  });
  it("'So said X, the description,'", () => {
    expect(said("“Not one more tree comes down.” So said Gerhard Maier, the forest warden, to a crowd of loggers."))
      .toEqual(["Gerhard Maier: Not one more tree comes down."]);
  });
  it("'The remark came from X' and 'The words were spoken by X'", () => {
    expect(said("“The audit found nothing we did not already know.” The remark came from Priya Raman, the council's treasurer."))
      .toEqual(["Priya Raman: The audit found nothing we did not already know."]);
    expect(said("“Every child deserves a warm classroom.” The words were spoken by Headteacher Fiona Bell at the school gate."))
      .toEqual(["Fiona Bell: Every child deserves a warm classroom."]);
  });
  it("'That was X's verdict'", () => {
    expect(said("“We have waited long enough.” That was Tom Ward's verdict on the vote.")).toEqual(["Tom Ward: We have waited long enough."]);
  });
  it("over a paragraph break, ahead of a guess from the paragraph before", () => {
    expect(said("Ann Lee spoke after the vote.\n\n“We have waited long enough.”\n\nThose were the words of Tom Ward, who chaired the meeting."))
      .toEqual(["Tom Ward: We have waited long enough."]);
  });
  it("a pronoun in the frame points back as a cue's would", () => {
    expect(said("Tom Ward led the campaign for a decade. “We have waited long enough.” That was how he put it."))
      .toEqual(["Tom Ward: We have waited long enough."]);
  });
});

describe("sentences after a quote that do not make it theirs", () => {
  it("a possessive's owner is not who put it ('how Lee's opponents put it')", () => {
    expect(said("“We will never leave.” That was how Ann Lee's opponents put it.")).toEqual(["-: We will never leave."]);
  });
  it("a message on a thing is no one's words ('the message on the gate at Lee's farm')", () => {
    expect(said("“Closed for the season.” That was the message on the gate at Ann Lee's farm.")).toEqual(["-: Closed for the season."]);
  });
  it("a quote with its own cue keeps it ('“…,” Lee said. That was how Ward put it too.')", () => {
    expect(said("“We have waited long enough,” Ann Lee said. That was how Tom Ward put it too.")).toEqual(["Ann Lee: We have waited long enough"]);
  });
  it("a sentence naming someone with no frame leaves the lone quote alone", () => {
    expect(said("“The harbour will close at dusk and stay closed until the storm has passed.” Ines Moreau left the quay at six."))
      .toEqual(["-: The harbour will close at dusk and stay closed until the storm has passed."]);
  });
});
