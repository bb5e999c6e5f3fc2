// The anachronism rule over title forms and tense (torture batch A, test/fixtures/kb/torture; batch B is
// kept for reporting in eval/offices.ts), and talks in the example's host country between other parties.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anachronisms, docOf, frameOf } from "../kb/helpers.js";

interface Item { id: string; expect: "flag" | "clear"; name: string; published: string | null; text: string }
const items = readFileSync(path.resolve(import.meta.dirname, "../fixtures/kb/torture/offices-a.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Item);
const serious = (found: string[]) => found.filter((f) => !/ low "/.test(f));

describe("anachronism rule on officeholder title forms (torture batch A)", () => {
  it.each(items.filter((i) => i.expect === "flag").map((i) => [i.id, i] as const))("%s flags the out-of-office holder", (_id, it) => {
    const found = serious(anachronisms([docOf(it.text, it.published)]));
    expect(found.some((f) => f.startsWith("anachronism-role") && f.includes(it.name.split(" ").pop()!))).toBe(true);
  });
  it.each(items.filter((i) => i.expect === "clear").map((i) => [i.id, i] as const))("%s raises no medium or high finding", (_id, it) => {
    expect(serious(anachronisms([docOf(it.text, it.published)]))).toEqual([]);
  });
});

describe("talks named by common words belong to a series only with its parties", () => {
  it("does not date an undated report on other talks in the host city to the example's talks", () => {
    const doc = docOf("Envoys meet again\nSerbian and Kosovar negotiators resumed talks in Istanbul on Thursday. Kosovo's Prime Minister Albin Kurti said little.");
    expect((frameOf([doc]).reasons ?? []).join(" ")).not.toMatch(/Russia-Ukraine talks/);
  });
  it("dates an undated report on talks between the series' parties, named in any of their words", () => {
    const doc = docOf("Prisoners\nThe talks in Istanbul between the Kremlin's delegation and Kyiv's negotiators lasted two hours.");
    expect((frameOf([doc]).reasons ?? []).join(" ")).toMatch(/Russia-Ukraine talks in Istanbul/);
  });
});
