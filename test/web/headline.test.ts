// A text that opens with its own headline (a text file's first line) is shown from the body on,
// since the article's header carries the title — unless evidence sits in that line.
import { describe, expect, it } from "vitest";
import { bodyStart, type EvidenceRef } from "../../src/web/client/highlight.js";

const ref = (text: string, full: string): EvidenceRef => ({ findingId: "f", index: 0, severity: "high", evidence: { articleId: "a", start: full.indexOf(text), end: full.indexOf(text) + text.length, text } });

describe("bodyStart", () => {
  const full = "Ferry terminal closed after fire\n\nA fire broke out on Monday.";
  it("skips a first line that is the title, and the blank lines after it", () => {
    expect(full.slice(bodyStart(full, "Ferry terminal closed after fire", []))).toBe("A fire broke out on Monday.");
    expect(bodyStart("# Ferry  terminal closed\nBody.", "Ferry terminal closed", [])).toBe(25);
  });
  it("keeps the first line when it is not the title, holds evidence, or is all there is", () => {
    expect(bodyStart(full, "Fire at the ferry terminal", [])).toBe(0);
    expect(bodyStart(full, "Ferry terminal closed after fire", [ref("Ferry terminal", full)])).toBe(0);
    expect(bodyStart(full, "Ferry terminal closed after fire", [ref("Monday", full)])).toBeGreaterThan(0);
    expect(bodyStart("Only a headline", "Only a headline", [])).toBe(0);
  });
});
