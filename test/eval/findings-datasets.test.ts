// The judged-findings evaluation's loaders (eval/findings.ts): a paraphrase pair is a two-article story.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS, foldOfKey, loadStories } from "../../eval/findings.js";

describe("paraphrase pairs as stories", () => {
  const dir = mkdtempSync(join(tmpdir(), "findings-"));
  mkdirSync(join(dir, "paraphrase"));
  writeFileSync(join(dir, "paraphrase/dev.jsonl"), [
    { id: "pair-1", a: "The ferry carried 41 passengers.", b: "Forty-one passengers were aboard.", label: 1, aOutlet: "one.example", bOutlet: "two.example", aDate: "May 3, 2003", bDate: null },
    { id: "pair-2", a: "The bridge reopened on Monday.", b: "   ", label: 0, aOutlet: null, bOutlet: null, aDate: null, bDate: null },
  ].map((r) => JSON.stringify(r)).join("\n") + "\n");

  it("is one of the datasets", () => expect(DATASETS).toContain("paraphrase"));

  it("gives each pair two articles with their outlets and dates, folded by the pair id", () => {
    const [s] = loadStories(dir, ["paraphrase"]);
    expect(s?.id).toBe("pair-1");
    expect(s?.fold).toBe(foldOfKey("pair-1"));
    expect(s?.rows.map((r) => [r.id, r.outlet, r.date ?? null])).toEqual([["pair-1/a", "one.example", "May 3, 2003"], ["pair-1/b", "two.example", null]]);
  });

  it("skips a pair with an empty sentence", () => {
    expect(loadStories(dir, ["paraphrase"]).map((s) => s.id)).toEqual(["pair-1"]);
  });
});
