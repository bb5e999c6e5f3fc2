import { describe, expect, it } from "vitest";
import { CLAIM_VERBS, SPEECH_VERBS } from "../../src/lexicon/attribution.js";
import { COUNTRIES, DEMONYMS, GOVERNMENT_SEATS, SEATS } from "../../src/lexicon/countries.js";
import { STATE_MEDIA } from "../../src/lexicon/media.js";
import { countryOfWord } from "../../src/signals/parties.js";

describe("lexicon: the signals' party and attribution words", () => {
  it("names only the kb's countries for seats and state media", () => {
    expect(Object.values(GOVERNMENT_SEATS).filter((c) => !COUNTRIES.includes(c))).toEqual([]);
    expect(Object.values(STATE_MEDIA).filter((c) => !COUNTRIES.includes(c))).toEqual([]);
  });

  it("keeps every annotator seat among the government seats, with the same country", () => {
    for (const [seat, country] of Object.entries(SEATS)) expect(GOVERNMENT_SEATS[seat]).toBe(country);
  });

  it("reads nationality words through the lexicon's demonyms (irregular ones included)", () => {
    for (const w of ["Burmese", "Lankan", "Khmer", "Ivorian", "Congolese", "Dominican"]) expect(countryOfWord(w)).toBe(DEMONYMS[w]);
    expect(countryOfWord("Dominican")).toBe("Dominican Republic");
  });

  it("keeps claim verbs apart from speech verbs, except the three quote cues that are both", () => {
    // The quotes code reads "described", "demanded" and "echoed" as cues for a direct quote too.
    expect(CLAIM_VERBS.filter((v) => SPEECH_VERBS.includes(v)).sort()).toEqual(["demanded", "described", "echoed"]);
  });
});
