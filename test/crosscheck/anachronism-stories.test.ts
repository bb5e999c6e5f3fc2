// Multi-article stories written for the kb benchmark (test/fixtures/kb/stories): untouched they
// carry no anachronism; with one officeholder swapped in one article, the other articles date the
// story and the swapped name is flagged.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { anachronisms, docOf, frameOf } from "../kb/helpers.js";

const dir = path.resolve(import.meta.dirname, "../fixtures/kb/stories");

function story(name: string, swap?: { article: number; from: string; to: string }): Doc[] {
  const s = JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as { articles: { title: string; publishedAt: string | null; text: string }[] };
  return s.articles.map((a, i) => {
    const raw = `${a.title}\n${a.text}`;
    return docOf(swap && swap.article === i ? raw.replace(swap.from, swap.to) : raw, a.publishedAt, `${name}#${i}`);
  });
}

describe("anachronism rule on the written multi-article stories", () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
    it(`flags nothing in the untouched story ${f}`, () => {
      expect(anachronisms(story(f.replace(/\.json$/, "")))).toEqual([]);
    });
  }

  it("places the Iran deal story on its publication day, 2015-07-14", () => {
    expect(frameOf(story("iran-deal-vienna-2015"))).toMatchObject({ from: "2015-07-14", to: "2015-07-14" });
  });

  it("flags William Hague as Foreign Secretary in an undated article of the 2015 Iran deal story", () => {
    // The swapped article alone points to 2013–2014 and Netanyahu's two terms tie in another;
    // the dated report outweighs both, so the story stays on 2015-07-14.
    const docs = story("iran-deal-vienna-2015", { article: 1, from: "Philip Hammond", to: "William Hague" });
    expect(anachronisms(docs)).toEqual([`anachronism-role high "British Foreign Secretary William Hague"`]);
  });

  it("flags Olaf Scholz as German Chancellor beside 'the meeting in Geneva on June 16, 2021'", () => {
    // The year belongs to a full date: the sentence is anchored to 2021-06-16, before Scholz took office.
    // "medium": Scholz's term rests on the lower-quality 2026 heads table.
    const docs = story("geneva-summit-2021", { article: 2, from: "Angela Merkel", to: "Olaf Scholz" });
    expect(anachronisms(docs)).toEqual([`anachronism-role medium "German Chancellor Olaf Scholz"`]);
  });

  it("does not flag Angela Merkel in the same sentence of the untouched 2021 story", () => {
    expect(anachronisms(story("geneva-summit-2021")).filter((f) => /Merkel/.test(f))).toEqual([]);
  });

  it("flags Rex Tillerson as Secretary of State in the dated report from the 2019 G20 in Osaka", () => {
    const docs = story("g20-osaka-2019", { article: 0, from: "Mike Pompeo", to: "Rex Tillerson" });
    expect(anachronisms(docs)).toEqual([`anachronism-role high "Secretary of State Rex Tillerson"`]);
  });
});
