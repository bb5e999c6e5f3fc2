// Two reports of one small event often share no name, number or date: one outlet gives the girl's
// age as 7 and the street as "North Church Street", the next says 8 and "North Church", and names a
// witness the first does not. What they share are words few articles have (the farm's slurry
// lagoon, the letterbox, the upturned hull). analyze finds such a pair through those rare words.
// The store's placement clusters the few stored articles near a new one (grouping.ts placement)
// and must rank words by how rare they are in the store, as analyze ranks them in its corpus: by
// their count among that handful the words the two share are exactly the commonest, and the pair
// was never compared (StoryIndex.rareTopicTerms).
// Events and wordings of our own; beside each pair, another event in the same town and days.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { dfFeatures, keptKeys, nearStories, placement, type NewArticle, type StoredArticle } from "../../src/store/grouping.js";
import type { CorpusIdf } from "../../src/stories/cluster.js";
import { groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "../stories/helpers.js";

/**
 * The rest of the store: each of these stands for STANDS_FOR articles in the everyday words the
 * second report of each pair adds (volunteers, a fundraising page, a union, a charity's calls),
 * so those words are common in the store, as in a real one, and the words a pair shares are rare.
 */
const background: Doc[] = [
  docOf("Community hall reopens after repairs", "Volunteers spent the week painting the community hall, which reopened on Saturday. Friends of the family who founded it set up a fundraising page, and an assessor said the building was sound.", "2024-09-02"),
  docOf("Charity shop marks ten years", "A charity shop run by volunteers marked ten years of trading this week. Its manager thanked friends, family and donations from neighbours, and said the shop would expect a busy summer.", "2024-09-03"),
  docOf("Members back new pay offer", "Union members voted to accept a pay offer on Tuesday after five years of talks. Managers said a review of working hours would follow and that night services were suspended until further notice.", "2024-09-03"),
  docOf("Zoo welcomes two snow leopards", "Two large snow leopards arrived at the zoo on Wednesday. Keepers said the animals were nervous at first and would stay indoors for a week; visitors had complained before about empty enclosures.", "2024-09-04"),
  docOf("Walkers urged to plan routes", "The national parks authority urged walkers to tell someone when they expect to return and to carry a phone. Its volunteers answered more calls last summer than ever, a manager said, within minutes of each alarm.", "2024-09-05"),
  docOf("Coast path reopens after rockfall", "A stretch of coast path reopened on Friday after a rockfall last summer. The charity that maintains it relies on donations, its manager said, and volunteers launched a new guide to the route.", "2024-09-06"),
  docOf("Council approves new bus depot", "The county council voted on Thursday to build a bus depot beside the ring road, at a cost of 14 million. Councillor Amira Haddad said work would start in spring.", "2024-09-02"),
  docOf("Rail fares to rise in January", "Regulated rail fares will rise by 4.6 percent in January, the transport ministry said on Wednesday. Passenger groups called the increase unfair.", "2024-09-04"),
];

/** Three events, each told twice with no name, number or date in common; and a look-alike of another kind in the same town. */
const pairs: Doc[][] = [
  [
    docOf("Barn fire kills cattle near Tilsbury",
      "Fire swept through a hay barn on a dairy farm off Hollow Creek Lane near Tilsbury on Sunday evening, killing 40 cows, firefighters said. Farmer Ewan Pryce watched as the blazing roof of the barn collapsed onto the stalls. Thick smoke drifted across the valley and bales smouldered through the night. Firefighters pumped water from a slurry lagoon because the hydrants were too far away. Investigators think damp hay may have heated itself until it caught fire.", "2024-09-08"),
    docOf("Dairy farmer loses herd as hay barn burns",
      "About 35 cattle died when a hay barn burned down on a dairy farm at the edge of the village, neighbour Mary Lund said. The blazing roof collapsed onto the stalls within an hour, thick smoke drifted across the valley and bales smouldered until morning, she said. Crews pumped water from the slurry lagoon. Damp hay heating itself is the likely cause. Volunteers brought trailers to move surviving calves, an insurance assessor is expected this week, and friends set up a fundraising page so the family can rebuild.", "2024-09-09"),
    docOf("Car hits wall in Tilsbury centre",
      "A car struck the war memorial wall in the centre of Tilsbury on Sunday afternoon. The driver, 71, was checked by paramedics and police closed Market Row for three hours.", "2024-09-08"),
  ],
  [
    docOf("Postal carrier bitten by dogs in Wrenfield",
      "A postal carrier was bitten on the arms and legs by two dogs on Alder Close in Wrenfield on Tuesday morning, police said. The woman, 52, was pushing letters through a letterbox when the dogs leapt a garden gate and mauled her. A resident drove them off with a broom. The dog warden seized both animals, and deliveries to the cul-de-sac were suspended.", "2024-09-10"),
    docOf("Dogs seized after attack on postwoman",
      "Two dogs that leapt a garden gate and mauled a 53-year-old postwoman pushing letters through a letterbox have been seized by the dog warden. Resident Tom Okafor said he heard screams and drove them off with a broom. Deliveries to the cul-de-sac are suspended. The communication workers union said attacks on its members had doubled over five years and urged owners to keep pets indoors when mail arrives; neighbours described the animals as large and nervous and said they had complained before.", "2024-09-10"),
    docOf("Wrenfield school gets new playground",
      "Pupils at a Wrenfield primary school opened a new playground on Tuesday paid for by parents' fundraising. Headteacher Gail Morrow cut the ribbon.", "2024-09-10"),
  ],
  [
    docOf("Kayaker rescued off Pelham Point",
      "A kayaker was pulled from the sea off Pelham Point on Thursday after his kayak capsized in strong currents, the coastguard said. The man clung to the upturned hull for about an hour, drifting towards rocks, before a lifeboat crew reached him. He was cold but unhurt. The coastguard urged paddlers to carry a waterproof phone or a locator beacon.", "2024-09-12"),
    docOf("Lifeboat crew saves paddler clinging to upturned kayak",
      "A lifeboat crew saved a paddler who clung to the upturned hull of his capsized kayak for about an hour in strong currents, drifting towards rocks, station manager Rhys Calder said. He was cold but unhurt. Calder urged paddlers to carry a waterproof phone or a locator beacon and to tell someone ashore when they expect to return. Volunteers launched within eight minutes of the alarm; the charity relies on donations and answered dozens of calls along this stretch of coast last summer.", "2024-09-12"),
    docOf("Pelham harbour dredging to start",
      "Dredging of Pelham harbour will start next month to let larger fishing boats in at low tide, the harbour board said on Thursday.", "2024-09-12"),
  ],
];

const STANDS_FOR = 200;

/** The store's counts: the reports themselves, and the background news STANDS_FOR times over. */
function storeCounts(): CorpusIdf {
  const df = new Map<string, number>();
  const count = (d: Doc, n: number) => { for (const f of dfFeatures(keptKeys(groupingFeatures(d)))) df.set(f, (df.get(f) ?? 0) + n); };
  for (const d of background) count(d, STANDS_FOR);
  for (const d of pairs.flat()) count(d, 1);
  return { articles: background.length * STANDS_FOR + pairs.flat().length, df: (f) => df.get(f) ?? 0 };
}

const stored = (d: Doc, story: string, seq: number): StoredArticle => ({ articleId: d.article.id, seq, storyId: story, storySeq: seq, keys: keptKeys(groupingFeatures(d)) });
const arriving = (d: Doc): NewArticle => ({ articleId: d.article.id, title: d.article.title, keys: keptKeys(groupingFeatures(d)) });

describe("a report that shares only rare words with a stored one", () => {
  const idf = storeCounts();
  for (const [first, second, other] of pairs) {
    it(`joins it: "${second!.article.title}"`, () => {
      const a = stored(first!, "s-first", 1);
      expect(nearStories(arriving(second!), [a], idf)).toEqual(["s-first"]);
      expect(placement(arriving(second!), [a], idf).storyId).toBe("s-first");
    });
    it(`does not join another event of the town: "${other!.article.title}"`, () => {
      const a = stored(first!, "s-first", 1);
      expect(placement(arriving(other!), [a], idf).storyId).toBeNull();
    });
  }
  it("joins it beside the other event's story, which stays apart", () => {
    const [first, second, other] = pairs[0]!;
    const members = [stored(first!, "s-first", 1), stored(other!, "s-other", 2)];
    const placed = placement(arriving(second!), members, idf);
    expect(placed).toEqual({ storyId: "s-first", merged: [], moved: [] });
  });
});
