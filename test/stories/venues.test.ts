// Two look-alike events in one city a few days apart, each at its own named building (two hospitals hacked, two
// schools where shots were fired, two stations evacuated): the city and the kind of event are shared, the building is
// not, and neither report names the other's. Beside them, one event whose reports name a building only once, name it
// two ways, or name the hospitals the injured were taken to (no site of the event). Events of these tests' own.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { clusterStories } from "../../src/stories/cluster.js";
import { docOf } from "./helpers.js";

type Groups = ReturnType<typeof clusterStories>;
const storyOf = (groups: Groups, d: Doc) => groups.findIndex((g) => g.docs.some((x) => x.article.id === d.article.id));
const together = (docs: readonly Doc[]) => new Set(docs.map((d) => storyOf(clusterStories(docs), d))).size === 1;

describe("stories: two buildings of one kind in one city, days apart", () => {
  it("two hospitals hit by hackers two days apart are two stories", () => {
    expect(together([
      docOf("Ransomware attack hits Stockholm hospital", "A ransomware attack shut down computer systems at the Karolinska hospital in Stockholm on Monday, forcing staff to switch to paper records.", "2026-03-02"),
      docOf("Second Stockholm hospital hacked", "Hackers crippled computer systems at the Danderyd hospital in Stockholm on Wednesday, two days after a similar attack on another hospital in the city.", "2026-03-04"),
    ])).toBe(false);
  });
  it("the same two attacks reported on one day, each by its weekday", () => {
    expect(together([
      docOf("Ransomware attack hits Stockholm hospital", "A ransomware attack shut down computer systems at the Karolinska hospital in Stockholm on Monday, forcing staff to switch to paper records.", "2026-03-05"),
      docOf("Second Stockholm hospital hacked", "Hackers crippled computer systems at the Danderyd hospital in Stockholm on Wednesday, two days after a similar attack on another hospital in the city.", "2026-03-05"),
    ])).toBe(false);
    expect(together([
      docOf("Shots fired near Tacoma school", "Shots were fired outside Lincoln High School in Tacoma on Tuesday afternoon, and the school was locked down for two hours, police said.", "2026-04-17"),
      docOf("Tacoma school locked down after gunfire", "Foss High School in Tacoma was locked down on Thursday after shots were fired in its parking lot, police said. No one was hurt.", "2026-04-17"),
    ])).toBe(false);
  });
  it("shots fired at two high schools in one city in one week are two stories", () => {
    expect(together([
      docOf("Shots fired near Tacoma school", "Shots were fired outside Lincoln High School in Tacoma on Tuesday afternoon, and the school was locked down for two hours, police said.", "2026-04-14"),
      docOf("Tacoma school locked down after gunfire", "Foss High School in Tacoma was locked down on Thursday after shots were fired in its parking lot, police said. No one was hurt.", "2026-04-16"),
    ])).toBe(false);
  });
  it("bomb threats at two Paris stations on consecutive days are two stories", () => {
    expect(together([
      docOf("Bomb threat empties Paris station", "Police evacuated the Gare du Nord station in Paris on Friday morning after a bomb threat, disrupting Eurostar services.", "2026-09-11"),
      docOf("Paris station evacuated", "The Gare de Lyon station in Paris was evacuated on Saturday after an anonymous bomb threat, delaying dozens of trains.", "2026-09-12"),
    ])).toBe(false);
  });
});

describe("stories: one event whatever its reports name", () => {
  it("the hospitals the injured were taken to are no site of the event", () => {
    expect(together([
      docOf("Fire at Brighton hotel", "Fire broke out at the Grand Hotel in Brighton on Sunday night; four guests were taken to the Royal Sussex County Hospital.", "2026-01-18"),
      docOf("Brighton hotel blaze", "Guests fled the Grand Hotel in Brighton on Sunday night as fire swept through the top floor; two were treated at the Princess Royal Hospital.", "2026-01-18"),
    ])).toBe(true);
  });
  it("a refinery named by its town and by its owner", () => {
    expect(together([
      docOf("Explosion at German refinery", "An explosion hit the Leuna refinery in eastern Germany on Tuesday, injuring three workers.", "2026-06-09"),
      docOf("Leuna blast", "Three workers were hurt when an explosion hit the TotalEnergies refinery at Leuna on Tuesday, the company said.", "2026-06-09"),
    ])).toBe(true);
  });
  it("a school named in one report only", () => {
    expect(together([
      docOf("Stabbing at Lyon school", "A teacher was stabbed at the Saint-Exupéry school in Lyon on Monday morning; a 15-year-old pupil was arrested.", "2026-02-02"),
      docOf("Teacher stabbed in Lyon", "A 15-year-old pupil was arrested after a teacher was stabbed at a school in Lyon on Monday morning.", "2026-02-02"),
    ])).toBe(true);
  });
  it("a port named two ways", () => {
    expect(together([
      docOf("Dockers strike at Antwerp", "Dockers walked out at the Port of Antwerp on Wednesday over pension plans, halting container traffic.", "2026-10-07"),
      docOf("Antwerp port strike", "Container traffic stopped at Antwerp port on Wednesday as dockers struck over pension plans.", "2026-10-07"),
    ])).toBe(true);
  });
});
