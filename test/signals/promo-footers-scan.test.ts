// Where a site's call to action is looked for: at the start of a clause in the first line or the
// tail, whatever letters the text holds (letters outside the BMP, such as mathematical bold, too).
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { promoFooters } from "../../src/signals/tells/boilerplate.js";
import { articleOf } from "../helpers.js";

const body = [
  "The Lenmouth ferry resumed service on Thursday after a two-week repair of its loading ramp.",
  "The harbour authority said 1,200 passengers a day had used the replacement bus.",
  "Repairs cost about 300,000 pounds, the authority said.",
].join(" ");
const found = (text: string) => {
  const doc = annotate(articleOf(text));
  return promoFooters(doc).map((p) => doc.article.text.slice(p.start, p.end));
};

describe("promo footers: where clauses start", () => {
  it("finds a call to action for the site in the last line", () => {
    expect(found(`${body}\nKeep visiting HarbourNewsDaily for the latest updates.`)).toEqual(["Keep visiting HarbourNewsDaily for the latest updates."]);
  });
  it("finds it after a line that holds letters outside the BMP", () => {
    expect(found(`${body}\nThe 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 desk reported it first.\nKeep visiting HarbourNewsDaily for the latest updates.`))
      .toEqual(["Keep visiting HarbourNewsDaily for the latest updates."]);
  });
  it("takes no call to action inside a word or after a letter outside the BMP", () => {
    expect(found(`${body}\nThe 𝐁keep visiting HarbourNewsDaily sign was repainted.`)).toEqual([]);
  });
  it("leaves a call to action someone else makes", () => {
    expect(found(`${body}\nOfficials urged residents to keep visiting the harbour website for timetables.`)).toEqual([]);
  });
});
