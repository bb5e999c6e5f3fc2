// The store places new articles with analyze's clusterer (store/grouping.ts): on a corpus of
// look-alike events — two shootings in one city a week apart, two quakes in one province twelve
// years apart, one of them from three outlets; two undated derbies of one pair of clubs told apart by
// their results — `ingest` without `regroup` gives analyze's stories.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { clusterStories } from "../../src/stories/cluster.js";
import { docOf } from "../stories/helpers.js";
import { assignInBatches } from "./assign-in-batches.js";

const corpus: Doc[] = [
  docOf("Two shot outside Dayton bar on Fifth Street",
    "DAYTON, Ohio — Two men were shot outside the Blue Moon bar on Fifth Street early Saturday, March 2, police said. Marcus Hill, 24, died at Miami Valley Hospital; Terrell Gaines, 31, was in stable condition. Officers found 14 shell casings. Police Chief Kamran Afzal said detectives were looking for a silver sedan.", "2024-03-02"),
  docOf("Man killed, another hurt in Fifth Street shooting",
    "A 24-year-old man was killed and a second man wounded in a shooting outside the Blue Moon bar on Fifth Street in Dayton on Saturday. The victim was identified as Marcus Hill. Terrell Gaines, 31, was treated for a leg wound. Police recovered 14 shell casings and want to talk to the driver of a silver sedan.", "2024-03-02"),
  docOf("Police seek silver sedan after deadly Dayton bar shooting",
    "Dayton police are searching for a silver sedan seen leaving the Blue Moon bar after Saturday's shooting that killed Marcus Hill, 24, and injured Terrell Gaines. Chief Kamran Afzal asked anyone with video from Fifth Street to call detectives.", "2024-03-03"),
  docOf("Teen wounded in Dayton drive-by on Salem Avenue",
    "DAYTON, Ohio — A 16-year-old girl was wounded in a drive-by shooting on Salem Avenue on Saturday night, March 9, police said. Jada Robinson was hit in the arm while sitting on a porch and taken to Dayton Children's Hospital. Officers counted 9 shell casings near the 1100 block. No arrests have been made.", "2024-03-09"),
  docOf("Girl, 16, hurt in Salem Avenue drive-by shooting",
    "Jada Robinson, 16, was shot in the arm on a Salem Avenue porch in Dayton on Saturday night in a drive-by, police said. Nine shell casings were found in the 1100 block. Detectives have no suspects.", "2024-03-10"),
  docOf("Magnitude 7.1 earthquake strikes Van province, hundreds feared dead",
    "A magnitude 7.1 earthquake struck Turkey's eastern Van province on Sunday, October 23, 2011, collapsing buildings in the city of Van and the town of Ercis. Interior Minister Idris Naim Sahin said at least 138 people were killed. Rescuers dug through rubble in Ercis through the night.", "2011-10-23"),
  docOf("Death toll rises in Van earthquake as rescuers search Ercis rubble",
    "The death toll from Sunday's 7.1 earthquake in Van province rose to 264, officials said on Monday, as rescuers searched collapsed apartment blocks in Ercis. Minister Idris Naim Sahin said more than 1,300 people were injured in the October 23 quake.", "2011-10-24"),
  docOf("Magnitude 5.4 quake shakes Van province, no deaths reported",
    "A magnitude 5.4 earthquake shook Van province in eastern Turkey on Tuesday, June 13, 2023, damaging older houses in the Tusba district. Governor Ozan Balci said 12 people were lightly injured and no one was killed. Residents spent the night outdoors.", "2023-06-13"),
  docOf("Van quake damages houses in Tusba district",
    "Tuesday's 5.4 earthquake in Van damaged dozens of older houses in Tusba, Governor Ozan Balci said, adding that 12 people were treated for light injuries. Tents were set up for families who could not go home.", "2023-06-14"),
];

/** Two derbies of one pair of clubs, undated: the results in their leads tell them apart (clash.ts resultsApart). */
const derbies: Doc[] = [
  docOf("Rovers beat Harwick 3-1 in Mill Lane derby", "Westbury Rovers beat Harwick Town 3-1 in the Mill Lane derby, with Tiago Almeida scoring twice. Manager Colm Doherty praised the crowd of 12,400."),
  docOf("Harwick lose derby", "Harwick Town lost 1-3 to Westbury Rovers at Mill Lane; Tiago Almeida scored two for the hosts, whose manager Colm Doherty was delighted."),
  docOf("Rovers beat Harwick 2-0 in Mill Lane derby", "Westbury Rovers beat Harwick Town 2-0 in the Mill Lane derby, with Kofi Mensah scoring both goals. Manager Colm Doherty praised his defence."),
  docOf("Harwick lose derby again", "Harwick Town lost 0-2 to Westbury Rovers at Mill Lane; Kofi Mensah scored two for the hosts, whose manager Colm Doherty was delighted."),
];

/** Article id → the set of ids it shares a story with, as sorted strings. */
function partition(groups: readonly (readonly string[])[]): string[] {
  return groups.map((g) => [...g].sort().join(" ")).sort();
}

describe("the store's grouping", () => {
  it("gives analyze's stories on look-alike events, batch by batch and one at a time", async () => {
    const analyzed = partition(clusterStories(corpus).map((g) => g.docs.map((d) => d.article.id)));
    for (const batch of [1, corpus.length]) {
      await assignInBatches(corpus, batch, async (store, assigned) => {
        const byStory = new Map<string, string[]>();
        for (const d of corpus) {
          const s = assigned.get(d.article.id)!;
          byStory.set(s, [...(byStory.get(s) ?? []), d.article.id]);
        }
        expect(partition([...byStory.values()])).toEqual(analyzed);
        const sizes = await store.listStories();
        expect(sizes.reduce((n, s) => n + s.articleCount, 0)).toBe(corpus.length);
      });
    }
    // The events themselves, as analyze keeps them apart.
    const ids = corpus.map((d) => d.article.id);
    expect(analyzed).toEqual(partition([ids.slice(0, 3), ids.slice(3, 5), ids.slice(5, 7), ids.slice(7, 9)]));
  }, 120_000);

  it("gives analyze's stories on two undated derbies told apart by their results", async () => {
    const analyzed = partition(clusterStories(derbies).map((g) => g.docs.map((d) => d.article.id)));
    const ids = derbies.map((d) => d.article.id);
    expect(analyzed).toEqual(partition([ids.slice(0, 2), ids.slice(2, 4)]));
    await assignInBatches(derbies, 1, async (_store, assigned) => {
      const byStory = new Map<string, string[]>();
      for (const d of derbies) byStory.set(assigned.get(d.article.id)!, [...(byStory.get(assigned.get(d.article.id)!) ?? []), d.article.id]);
      expect(partition([...byStory.values()])).toEqual(analyzed);
    });
  }, 120_000);
});
