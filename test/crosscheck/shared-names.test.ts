// Issue 17: a surname shared with another country's officeholder. "Prime Minister Johnson" in a story
// that never names the country whose prime minister the kb knows by that surname is as likely someone
// else's prime minister: at most a low hint. The country named anywhere in the story (its name, its
// adjective, its capital) or a full name keeps the finding as before.
import { describe, expect, it } from "vitest";
import { anachronisms, docOf } from "../kb/helpers.js";

const serious = (found: string[]) => found.filter((f) => !/ low "/.test(f));

describe("an officeholder named by surname only needs the office's country in the story", () => {
  it("a surname alone, with no country of that office in the story, is not medium or high", () => {
    const doc = docOf("Budget row\nPrime Minister Johnson told lawmakers on Monday that the spending plan would pass, aides said.", "2012-03-05");
    expect(serious(anachronisms([doc]))).toEqual([]);
  });
  it("a surname alone in a story about another country's government stays quiet too", () => {
    const doc = docOf("Island vote\nKINGSTON - Prime Minister Johnson told Jamaican lawmakers on Monday that the spending plan would pass.", "2012-03-05");
    expect(serious(anachronisms([doc]))).toEqual([]);
  });
  it("the country's adjective next to the title keeps the finding", () => {
    const doc = docOf("Budget row\nBritish Prime Minister Johnson told lawmakers on Monday that the spending plan would pass, aides said.", "2012-03-05");
    expect(serious(anachronisms([doc])).some((f) => f.includes("Johnson"))).toBe(true);
  });
  it("the country's capital elsewhere in the story keeps the finding", () => {
    const doc = docOf("Budget row\nPrime Minister Johnson told lawmakers on Monday that the spending plan would pass. In London, aides were confident.", "2012-03-05");
    expect(serious(anachronisms([doc])).some((f) => f.includes("Johnson"))).toBe(true);
  });
  it("a full name keeps the finding", () => {
    const doc = docOf("Budget row\nPrime Minister Boris Johnson told lawmakers on Monday that the spending plan would pass, aides said.", "2012-03-05");
    expect(serious(anachronisms([doc])).some((f) => f.includes("Johnson"))).toBe(true);
  });
});
