// Names broken by leftover mojibake or by combining marks still speak, and every span still quotes the
// article's own text: a text mixing encodings (real curly quotes beside "Ã±", which the ingest cannot
// repair), decomposed ("A" + a combining tilde, "¼" written "1⁄4"), or a name written with a combining
// accent. Look-alikes: a real "Ã" in Portuguese, and a text with no marks, are read as they are. Wordings
// written for these tests (a port strike, a dam), issue 20, helper speakers10.
import { describe, expect, it } from "vitest";
import { readable } from "../../src/annotate/annotate.js";
import { docOf } from "../helpers.js";

const said = (text: string) => docOf(text).quotes.map((q) => `${q.speaker ?? "-"}: ${q.span.text}`);
const TILDE = "\u0303", ACUTE = "\u0301";

describe("a speaker whose name carries mojibake or a combining mark", () => {
  it("after the quote, with the name as the article writes it", () => {
    expect(said("“The port stays shut,” MuÃ±oz Tello said on Friday.")).toEqual(["MuÃ±oz Tello: The port stays shut"]);
  });
  it("before the quote, the whole name with its title", () => {
    expect(said("Harbour director BeatriÃ§ Costa told the union the offer was “final.”")).toEqual(["BeatriÃ§ Costa: final."]);
  });
  it("spans slice the article's own text", () => {
    const text = "“The port stays shut,” MuÃ±oz Tello said.";
    const q = docOf(text).quotes[0]!;
    expect(text.slice(q.speakerSpan!.start, q.speakerSpan!.end)).toBe(q.speaker);
    expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
  });
});

describe("what is read as a letter", () => {
  it("a mojibake run or a combining mark becomes letters of the same length", () => {
    expect(readable("MuÃ±oz")).toBe("Muxxoz");
    expect(readable(`GA${TILDE}1\u20444len`)).toBe("Gxxxxxlen");
    expect(readable(`Rene${ACUTE}`)).toBe("Renex");
  });
  it("look-alikes: a real 'Ã' before a letter, and a text with no marks, are left as they are", () => {
    expect(readable("SÃO PAULO")).toBe("SÃO PAULO");
    expect(readable("“The port stays shut,” Ana Ruiz said.")).toBe("“The port stays shut,” Ana Ruiz said.");
  });
});

