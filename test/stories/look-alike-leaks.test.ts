// Two look-alike events a desk would file under one heading: ammonia leaks at cold-storage
// warehouses in one port town, seven years apart, each reported by several outlets. The
// warehouse, the firm, the year and the people tell them apart; the words "ammonia", "leak",
// "evacuated", "hazmat" do not. The reports of one leak, filed on the day and two days later,
// stay one story.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { docOf } from "./helpers.js";

const first = [
  docOf("Ammonia leak at Harbour Road cold store forces evacuation",
    "HALMSTEAD — An ammonia leak at the Nordfrost cold store on Harbour Road forced the evacuation of 40 workers on Tuesday, March 4, 2014. "
    + "Fire chief Ingrid Solberg said a valve on a refrigeration line failed. Three workers were treated for breathing problems at Halmstead General. "
    + "Hazmat crews sealed the line by early afternoon."),
  docOf("Three treated after Nordfrost ammonia leak",
    "Three Nordfrost workers were treated for breathing problems after ammonia escaped from a failed refrigeration valve at the firm's Harbour Road warehouse in Halmstead in March 2014. "
    + "Ingrid Solberg, the fire chief, said 40 staff were evacuated and hazmat crews closed the line within hours."),
  docOf("Harbour Road reopens after cold store leak",
    "Harbour Road in Halmstead reopened on Wednesday after the ammonia leak at the Nordfrost cold store in 2014. "
    + "Nordfrost said the refrigeration valve that failed would be replaced. Fire chief Ingrid Solberg praised the 40 workers for leaving quickly."),
  docOf("Nordfrost to review valves after Halmstead leak",
    "Nordfrost will review every refrigeration valve at its Harbour Road cold store after Tuesday's ammonia leak, manager Per Lindqvist said in 2014. "
    + "Three workers treated at Halmstead General have gone home. Lindqvist said the failed valve was twelve years old."),
];
const second = [
  docOf("Ammonia cloud at Quayside Frozen Foods sends 11 to hospital",
    "HALMSTEAD — Eleven people were taken to hospital after an ammonia cloud escaped from the Quayside Frozen Foods warehouse on Dock Street on Friday, August 20, 2021. "
    + "A forklift struck a compressor pipe, fire chief Tomas Berg said. Hazmat crews evacuated homes within 300 metres."),
  docOf("Forklift blamed for Dock Street ammonia release",
    "A forklift hit a compressor pipe at Quayside Frozen Foods on Dock Street, releasing the ammonia that sent eleven people to hospital in Halmstead in 2021, fire chief Tomas Berg said. "
    + "Homes within 300 metres were evacuated for the afternoon."),
  docOf("Dock Street residents return home after Quayside leak",
    "Residents evacuated from around the Quayside Frozen Foods warehouse on Dock Street returned home in August 2021 after hazmat crews cleared the ammonia. "
    + "Tomas Berg, the fire chief, said eleven people treated in hospital were all discharged. Quayside owner Maria Ekholm apologised."),
  docOf("Quayside Frozen Foods owner apologises for ammonia cloud",
    "Maria Ekholm, who owns Quayside Frozen Foods, apologised on Monday to Dock Street neighbours for the ammonia cloud of 2021. "
    + "She said the forklift driver was not hurt and the compressor pipe would be moved behind a barrier."),
];

const storyOf = (groups: ReturnType<typeof clusterStories>, title: string) => groups.findIndex((g) => g.docs.some((d) => d.article.title === title));

describe("stories: two ammonia leaks in one town, years apart", () => {
  it("keeps each leak's reports together and the two leaks apart", () => {
    const groups = clusterStories([...first, ...second]);
    const a = new Set(first.map((d) => storyOf(groups, d.article.title)));
    const b = new Set(second.map((d) => storyOf(groups, d.article.title)));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
  });

  const onTheDay = docOf("Ammonia leak empties Harbour Road warehouse",
    "An ammonia leak at the Nordfrost cold store on Harbour Road in Halmstead forced 40 workers out on Tuesday. Fire chief Ingrid Solberg said a refrigeration valve failed. "
    + "Three workers were treated at Halmstead General.", "2014-03-04");

  it("keeps one leak one story when a report two days later recalls the leak's day", () => {
    const twoDaysLater = docOf("Nordfrost workers back at Harbour Road after leak",
      "Workers returned on Thursday to the Nordfrost cold store on Harbour Road after Tuesday's ammonia leak that forced 40 of them out. "
      + "Fire chief Ingrid Solberg said the failed refrigeration valve had been replaced. The three treated at Halmstead General are home.", "2014-03-06");
    const groups = clusterStories([onTheDay, twoDaysLater, ...second]);
    expect(storyOf(groups, onTheDay.article.title)).toBe(storyOf(groups, twoDaysLater.article.title));
    expect(storyOf(groups, onTheDay.article.title)).not.toBe(storyOf(groups, second[0]!.article.title));
  });

  // A report two days later that names only its own day ("on Thursday") but counts back to the
  // leak ("two days after the ammonia leak") dates its event to the Tuesday (features.ts
  // daysBefore), so a story's event days still lie within StoryOptions.storySpan (1 day).
  it("keeps one leak one story when a report two days later names only its own day", () => {
    const twoDaysLater = docOf("Nordfrost workers back at Harbour Road after leak",
      "Workers returned on Thursday to the Nordfrost cold store on Harbour Road, two days after the ammonia leak that forced 40 of them out. "
      + "Fire chief Ingrid Solberg said the failed refrigeration valve had been replaced. The three treated at Halmstead General are home.", "2014-03-06");
    const groups = clusterStories([onTheDay, twoDaysLater]);
    expect(storyOf(groups, onTheDay.article.title)).toBe(storyOf(groups, twoDaysLater.article.title));
  });
});
