// One sentence told by two outlets with a name that differs only in who tells it or how it is spelled
// (issue 17, real multi-outlet news): each newspaper names itself ("seen by the Courier" / "seen by the
// Gazette"), a short name in two transliterations ("Fatah" / "Fateh", "Ahmed" / "Ahmad"). Neither is a dispute. Beside them, a place or a person that really differs stays flagged.
// Wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { transliterated } from "../../src/crosscheck/rules/restated-sentence.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("each newspaper names itself", () => {
  it("is quiet on 'seen by the Courier' / 'seen by the Gazette'", () => {
    expect(loud([
      "There is, however, no mention of the bishop in the parish letters seen by the Courier on Monday.",
      "There is, however, no mention of the bishop in the parish letters seen by the Gazette on Monday.",
    ])).toHaveLength(0);
  });
  it("flags a town that differs in the same place", () => {
    expect(loud([
      "There is, however, no mention of the bishop in the parish letters kept in Dorchester since 1910.",
      "There is, however, no mention of the bishop in the parish letters kept in Winchester since 1910.",
    ])).toHaveLength(1);
  });
});

describe("short names in two transliterations", () => {
  it("reads an inner vowel changed as one name", () => {
    expect(transliterated("Fatah", "Fateh")).toBe(true);
    expect(transliterated("Ahmed", "Ahmad")).toBe(true);
  });
  it("keeps names that differ at the end or in a consonant apart", () => {
    expect(transliterated("Maria", "Mario")).toBe(false);
    expect(transliterated("Hanna", "Hanno")).toBe(false);
    expect(transliterated("Karen", "Kazan")).toBe(false);
  });
});

describe("a first name against a surname", () => {
  it("'Megan founded the choir' / 'Okafor founded the choir' may be one woman: low, not medium", () => {
    expect(loud([
      "In 2009, Megan founded a youth choir for refugee children in the old mill, the charity's director said.",
      "In 2009, Okafor founded a youth choir for refugee children in the old mill, the charity's director said.",
    ])).toHaveLength(0);
  });
  it("two surnames in the same place stay flagged", () => {
    expect(loud([
      "In 2009, Brennan founded a youth choir for refugee children in the old mill, the charity's director said.",
      "In 2009, Okafor founded a youth choir for refugee children in the old mill, the charity's director said.",
    ])).toHaveLength(1);
  });
});
