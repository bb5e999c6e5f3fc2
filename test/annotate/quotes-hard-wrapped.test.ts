// Hard-wrapped text (wire copy, e-mail, text taken from a PDF): a line break every 70 characters or so,
// inside sentences. A quote, its cue and a name broken across lines hold together as in flowing text,
// and every span still quotes the article's own text. Wordings written for these tests (a mill closure,
// a stopgap budget), with flowing and one-paragraph-per-line text beside them.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text.replace(/\s+/g, " ")}`);

const FLOWING = [
  "HARLOW — State Sen. Miriam Okafor-Lowe stood on the courthouse steps Tuesday and promised that the mill closure would not be “the end of this valley.”",
  "“We have been here before,” Okafor-Lowe, a Democrat who has represented the district since 2009, told a crowd of about 200 workers. “In 1982 they said the same thing.”",
  "Her Republican challenger, businessman Dale Pruett, was unmoved. In an interview with the Harlow Ledger, Pruett called her remarks “a eulogy dressed up as a pep talk” and said the state had “spent a decade driving employers out.”",
  "“It's going to come down to turnout,” said Rachel Kim, a political scientist at Oregon State University.",
];
/** Each paragraph broken into lines of at most `width` characters, paragraphs apart by a blank line. */
function wrap(paragraphs: readonly string[], width: number): string {
  return paragraphs.map((p) => {
    const lines: string[] = [];
    let line = "";
    for (const w of p.split(" ")) {
      if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
    }
    return [...lines, line].join("\n");
  }).join("\n\n");
}

describe("hard-wrapped text", () => {
  it("gives every quote the speaker flowing text gives it", () => {
    const flowing = said(FLOWING.join("\n\n"));
    expect(flowing.every((q) => !q.startsWith("-:"))).toBe(true);
    expect(said(wrap(FLOWING, 70))).toEqual(flowing);
    expect(said(wrap(FLOWING, 52))).toEqual(flowing);
  });
  it("keeps spans on the article's own text, line breaks and all", () => {
    const doc = docOf("State Sen. Miriam Okafor-Lowe stood on the courthouse steps Tuesday and promised\nthat the mill closure would not be “the end of this\nvalley.”\n“We have been here before,” Okafor-Lowe, a Democrat who has represented the\ndistrict since 2009, told a crowd of workers, and said it was “a fight for\nevery job in the county.”");
    const text = doc.article.text;
    for (const q of doc.quotes) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
      if (q.speakerSpan) expect(text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speakerSpan.text);
    }
    expect(doc.quotes.map((q) => `${q.speaker}: ${q.span.text}`)).toEqual([
      "Miriam Okafor-Lowe: the end of this\nvalley.", "Okafor-Lowe: We have been here before", "Okafor-Lowe: a fight for\nevery job in the county.",
    ]);
  });
  it("leaves one paragraph per line alone: a quote paragraph does not run into the next", () => {
    expect(said("Mayor Ana Ruiz opened the bridge.\n“It took nine years,” she said.\nThe council voted against the toll.\n“We will appeal,” Tom Ward said."))
      .toEqual(["Ana Ruiz: It took nine years", "Tom Ward: We will appeal"]);
  });
});
