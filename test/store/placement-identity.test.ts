// Placement is pure arithmetic on stored features (store/grouping.ts): making it cheaper (terms
// interned once per process, counts kept per article, feature counts asked once per placement,
// final weights not re-worked under a fixed idf) must not move one article. On look-alike events
// of our own wording — two warehouse fires a day apart in two towns, two ferry disasters on one
// lake three years apart, a strike told on its first and third day, and one unrelated report —
// this pins every score the placement reads, bit for bit, and the stories the store builds one at
// a time and in batches, as the code before those changes gave them (7d0a202).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { dfFeatures, keptKeys, nearStories, placement, storeIdf, type StoredArticle } from "../../src/store/grouping.js";
import { StoryIndex } from "../../src/stories/cluster.js";
import { fromGroupingFeatures, groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "../stories/helpers.js";
import { assignInBatches } from "./assign-in-batches.js";

const corpus: Doc[] = [
  docOf("Fire guts Ashford packaging warehouse",
    "ASHFORD, Kent — A fire destroyed a packaging warehouse on Brook Lane in Ashford on Tuesday, November 5, the Kent fire service said. Eight engines and 50 firefighters fought the blaze for six hours. Station manager Helen Oduya said no one was hurt and the cause was not yet known.", "2024-11-05"),
  docOf("Firefighters battle six-hour blaze at Brook Lane warehouse",
    "Fifty firefighters spent six hours bringing a fire at a Brook Lane packaging warehouse in Ashford under control on Tuesday. Helen Oduya of the Kent fire service said the roof had collapsed and that nobody was injured.", "2024-11-05"),
  docOf("Dunmore storage depot burns overnight",
    "DUNMORE — Fire tore through a furniture storage depot on Quarry Road in Dunmore overnight into Wednesday, November 6, county fire officials said. Crews from 4 stations attended. Chief officer Rob Farrant said two workers were treated for smoke inhalation.", "2024-11-06"),
  docOf("Cause of Ashford warehouse fire still unknown",
    "Investigators have not yet found what started Tuesday's fire at the Brook Lane warehouse in Ashford, Kent fire service station manager Helen Oduya said on Wednesday. The building, used by a packaging firm, was a total loss.", "2024-11-06"),
  docOf("Two treated after Quarry Road depot fire",
    "Two workers were treated for smoke inhalation after a fire at a furniture depot on Quarry Road in Dunmore, chief fire officer Rob Farrant said. Crews from four stations fought the flames through the night.", "2024-11-06"),
  docOf("Ferry capsizes on Lake Kivu, dozens missing",
    "GOMA — A passenger ferry carrying about 120 people capsized on Lake Kivu near Goma on Thursday, August 15, 2019, officials said. At least 30 people were missing. Provincial governor Jean Baraka said the boat was overloaded with sacks of maize.", "2019-08-15"),
  docOf("Search for Lake Kivu ferry survivors resumes",
    "Divers resumed the search on Friday for people missing after Thursday's ferry disaster on Lake Kivu near Goma. Governor Jean Baraka said 87 passengers had been rescued and the ferry had been carrying maize as well as about 120 people.", "2019-08-16"),
  docOf("Boat overturns on Lake Kivu, 12 dead",
    "BUKAVU — A wooden boat overturned on Lake Kivu near Bukavu on Monday, March 7, 2022, killing 12 people, the regional transport office said. Officer Esther Mapendo said the boat had left Kalehe in a storm with 40 people aboard.", "2022-03-07"),
  docOf("Storm blamed for Bukavu boat disaster",
    "A sudden storm overturned the boat that sank near Bukavu on Monday, transport officer Esther Mapendo said, leaving 12 dead. The vessel had set out from Kalehe with 40 passengers.", "2022-03-08"),
  docOf("Porto bus drivers begin three-day strike",
    "PORTO — Bus drivers in Porto walked out on Monday, May 13, at the start of a three-day strike over pay, the STCP union said. Union spokesman Rui Meireles said 90 percent of routes were cancelled.", "2024-05-13"),
  docOf("Porto bus strike enters third day",
    "Porto's bus strike entered its third day on Wednesday with most routes still cancelled, union spokesman Rui Meireles said. Drivers began the walkout on Monday, May 13, demanding a 7 percent raise.", "2024-05-15"),
  docOf("City library reopens after renovation",
    "The central library on Elm Square reopened on Saturday after an 18-month renovation that added a children's wing and a rooftop reading room, librarian Carla Mendes said.", "2024-06-01"),
];

/** Sets of articles (by corpus index) that share a story. */
function partition(storyOf: readonly string[]): string[] {
  const by = new Map<string, number[]>();
  storyOf.forEach((s, i) => by.set(s, [...(by.get(s) ?? []), i]));
  return [...by.values()].map((g) => g.join(" ")).sort();
}

/** The stories the start code (7d0a202) built on this corpus, one at a time and in batches alike. */
const EXPECTED = ["0 1 3", "11", "2 4", "5 6", "7 8", "9 10"];

describe("placement after the speed-ups (issue 23)", () => {
  it("reads the same scores, bit for bit, and places each article as before", () => {
    const keys = corpus.map((d) => keptKeys(groupingFeatures(d)));
    const df = new Map<string, number>();
    const stored: StoredArticle[] = [];
    const trace: string[] = [];
    keys.forEach((k, i) => {
      const a = { articleId: corpus[i]!.article.id, title: corpus[i]!.article.title, keys: k };
      const idf = storeIdf(stored.length, df, a);
      // Every score of the new article to the ones before it, as the near-story step weighs it.
      const index = new StoryIndex({ candidates: 0, maxPosting: 0 }, idf);
      for (const s of stored) index.addFeatures(fromGroupingFeatures(s.keys), corpus[stored.indexOf(s)]!);
      index.addFeatures(fromGroupingFeatures(a.keys), corpus[i]!);
      trace.push(stored.map((s) => String(index.similarity(a.articleId, s.articleId))).join(","));
      const near = nearStories(a, stored, idf);
      const placed = placement(a, stored.filter((s) => near.includes(s.storyId)), idf);
      trace.push(JSON.stringify({ near, placed }));
      const storyId = placed.storyId ?? `s-${i}`;
      for (const m of placed.merged) for (const s of stored) if (s.storyId === m) Object.assign(s, { storyId });
      for (const id of placed.moved) for (const s of stored) if (s.articleId === id) Object.assign(s, { storyId });
      stored.push({ articleId: a.articleId, seq: i + 1, storyId, storySeq: i + 1, keys: a.keys });
      for (const f of dfFeatures(a.keys)) df.set(f, (df.get(f) ?? 0) + 1);
    });
    expect(partition(stored.map((s) => s.storyId))).toEqual(EXPECTED);
    expect(createHash("sha256").update(trace.join("\n")).digest("hex").slice(0, 16)).toBe(TRACE);
  });

  it("builds the same stories in the store, one article at a time and in batches", async () => {
    for (const batch of [1, 5, corpus.length]) {
      await assignInBatches(corpus, batch, (_store, assigned) => {
        expect(partition(corpus.map((d) => assigned.get(d.article.id)!))).toEqual(EXPECTED);
      });
    }
  }, 120_000);
});

/**
 * sha256 of the trace the code gave: every score as its shortest exact decimal, every near-story list and placement. Set by
 * the start code (7d0a202); reset on 2026-12-07 (eleventh session) when the annotation read more figures ("and 12 were
 * killed", "a 1.5 million-euro penalty") and names ("Pieter van der Berg"), which change the scores but no placement
 * (the partition above is unchanged); reset again on 2026-12-07 (helper stories21) when a street taken for a person
 * ("Brook Lane", "Quarry Road") stopped giving a surname feature ("n:lane", "n:road"): scores move, no placement does; and once more when two leads on different streets ("Brook Lane" /
 * "Quarry Road") began to clash: the two towns' fires score lower, no placement moves.
 */
const TRACE = "e5ab01b096fdc9f4";
