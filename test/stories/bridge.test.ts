// Bridges between stories through a person both articles name twice in full: the time frame kept
// them apart (the trial months later), or both are dated and fit one window but their words
// differ (the crime report and, two days later, the family's tribute). Officials a desk quotes on
// every case (a police spokeswoman, a judge) bridge nothing.
import { describe, expect, it } from "vitest";
import type { EdgeList, TimeFrames } from "../../src/stories/agglomerate.js";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { bridge } from "../../src/stories/second-pass.js";
import { docOf } from "./helpers.js";

const edges = (pairs: [number, number, number][]): EdgeList => ({
  a: Int32Array.from(pairs, (p) => p[0]), b: Int32Array.from(pairs, (p) => p[1]), score: Float64Array.from(pairs, (p) => p[2]),
});
const frames = (lo: number[], hi: number[]): TimeFrames => ({ lo: Float64Array.from(lo), hi: Float64Array.from(hi), span: 3 });

describe("bridge", () => {
  const clusters = () => [[0, 1], [2, 3]];
  const scored = edges([[1, 2, 0.25]]);
  const everyone = () => true;

  it("joins two dated stories of one week through a shared person", () => {
    const time = frames([100, 100, 101, 101], [102, 102, 103, 103]);
    expect(bridge(clusters(), scored, time, 0.2, everyone)).toHaveLength(1);
    expect(bridge(clusters(), scored, time, 0.2, () => false)).toHaveLength(2);
  });

  it("leaves undated stories to the words (two events of one kind often share a person)", () => {
    const time = frames([-Infinity, -Infinity, -Infinity, -Infinity], [Infinity, Infinity, Infinity, Infinity]);
    expect(bridge(clusters(), scored, time, 0.2, everyone)).toHaveLength(2);
  });

  it("does not count the time clash against a pair it bridges, and needs the shared person still", () => {
    const time = frames([100, 100, 250, 250], [102, 102, 252, 252]);
    const penalised = edges([[1, 2, 0.25 - 0.3]]);
    expect(bridge(clusters(), penalised, time, 0.2, everyone)).toHaveLength(2);
    expect(bridge(clusters(), penalised, time, 0.2, everyone, () => 0.3, 0.3)).toHaveLength(1);
    expect(bridge(clusters(), penalised, time, 0.2, () => false, () => 0.3, 0.3)).toHaveLength(2);
    // A pair weak on its own words stays apart however much time it spans.
    expect(bridge(clusters(), edges([[1, 2, 0.1 - 0.3]]), time, 0.2, everyone, () => 0.3, 0.3)).toHaveLength(2);
  });
});

describe("eventFeatures: people an office names", () => {
  it("leaves out a spokeswoman, a sergeant and a judge named twice, keeps the victim and the suspect", () => {
    const doc = docOf("Man charged in Corrow Lane stabbing",
      "Elsworth Brannagh, 31, was charged on Monday with attacking Quillan Dobrev on Corrow Lane, police spokeswoman Marisa Tolleck said. "
      + "Quillan Dobrev remains in hospital. Elsworth Brannagh appeared before Judge Hartley Ormsby, who set bail at $50,000. "
      + "Marisa Tolleck said officers found the knife nearby. Sgt. Bram Kettering led the search; Bram Kettering said the lane had cameras. "
      + "Hartley Ormsby set the next hearing for May.", "2019-04-08");
    const people = eventFeatures(doc).people;
    expect(people).toContain("n:quillan dobrev");
    expect(people).toContain("n:elsworth brannagh");
    expect(people).not.toContain("n:marisa tolleck");
    expect(people).not.toContain("n:bram kettering");
    expect(people).not.toContain("n:hartley ormsby");
  });

  it("reads an office after the name too", () => {
    const doc = docOf("Two hurt in Fenwick shooting",
      "Two men were hurt in a shooting in Fenwick on Sunday, said Odile Varga, a police spokeswoman. Odile Varga said both would recover.", "2019-04-08");
    expect(eventFeatures(doc).people).not.toContain("n:odile varga");
  });
});

describe("stories: one victim's week, told in other words", () => {
  const together = (groups: ReturnType<typeof clusterStories>, a: string, b: string) =>
    groups.some((g) => g.docs.some((d) => d.article.title === a) && g.docs.some((d) => d.article.title === b));
  const crime = docOf("Man shot outside Pellham bakery",
    "A man was shot outside a bakery on Tarrow Street in Pellham early Saturday, police said. Officers found Corwin Lisle, 29, with a wound to the leg. "
    + "Corwin Lisle was taken to St. Aubin Medical Center. Police spokeswoman Nadia Fersh said no arrests had been made. "
    + "Nadia Fersh asked anyone with video to call detectives.", "2017-04-15");
  const tribute = docOf("Choir director recovering after weekend shooting",
    "Corwin Lisle has led the youth choir at Greyfield Chapel for six years. Friends said the choir sang for him on Sunday evening. "
    + "His sister said Corwin Lisle hopes to be home for the spring concert, and the congregation collected money for his rent.", "2017-04-17");
  const other = docOf("Pellham woman wounded at bus stop",
    "Ilsabet Crane, 41, was waiting for the night bus on Merrow Avenue when a passing car fired several rounds, Pellham police said on Sunday. "
    + "Ilsabet Crane was hit in the arm and taken to St. Aubin Medical Center. Her neighbour said the bus shelter glass was shattered.", "2017-04-16");

  it("joins the tribute to the shooting through the victim, not a look-alike shooting in the same town that weekend", () => {
    const groups = clusterStories([crime, tribute, other]);
    expect(together(groups, crime.article.title, tribute.article.title)).toBe(true);
    expect(together(groups, crime.article.title, other.article.title)).toBe(false);
    expect(together(groups, tribute.article.title, other.article.title)).toBe(false);
  });
});
