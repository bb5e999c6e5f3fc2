// A poll's margin of error belongs to its poll (issue 17, PolNeAR tune: election news cites many polls, each with
// its own margin, in the same stock words). Two margins told in like words are one fact only when the sentences name
// the same poll (the same sample size); otherwise a hint, low. The same poll told with two margins stays a dispute.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { loadKb } from "../../src/kb/load.js";
import { analyzeStory } from "../../src/pipeline/analyze.js";

const margins = (texts: readonly string[]) => {
  const docs = texts.map((text, i) => annotate(articleFromRecord(`m${i}`, { id: `m${i}`, title: "Mayoral race", text, url: null, outlet: `outlet${i}`, publishedAt: `2021-05-1${i}`, byline: null })));
  return analyzeStory(docs, loadKb()).findings.filter((f) => f.type === "contradiction" && f.evidence.some((e) => /percentage/.test(e.text)))
    .map((f) => `${f.severity} ${f.evidence.map((e) => e.text).join(" | ")}`);
};
const third = "Ortiz holds a narrow lead in the race for mayor. The margin of sampling error is plus or minus five percentage points.";

describe("margins of error of different polls", () => {
  it("surveys of different samples, or a margin without its sample, are different polls: low", () => {
    const got = margins([
      "The mayoral survey of 800 likely voters was taken May 2 to May 6 by phone with a margin of error of plus or minus 3.5 percentage points. Ortiz leads Kane by 6 points.",
      "The mayoral poll was conducted between May 3 and May 8 and surveyed 1,500 adults across the city with a margin of error of 2.5 percentage points. Kane leads among older voters.",
      third]);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((g) => !g.startsWith("low"))).toEqual([]);
  });
  it("the same poll (its sample of 800 in both) told with two margins stays a dispute above low", () => {
    const got = margins([
      "The mayoral survey of 800 likely voters was taken May 2 to May 6 by phone with a margin of error of plus or minus 3.5 percentage points. Ortiz leads Kane by 6 points.",
      "The mayoral poll was conducted between May 2 and May 6 and surveyed 800 likely voters across the city with a margin of error of 2.5 percentage points. Kane leads among older voters.",
      third]);
    expect(got.some((g) => g.startsWith("medium") && g.includes("3.5 percentage") && g.includes("2.5 percentage"))).toBe(true);
  });
});
