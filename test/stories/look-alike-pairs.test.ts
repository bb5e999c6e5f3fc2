// Look-alike events a desk files under one heading, and one event told over several days with
// its details changing. What happened, where (to the street or the building), when, to whom and
// how many decide a story; the words of the kind of event ("fire", "crash", "evacuated") do not.
// None of these events is taken from an eval set.
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

type Groups = ReturnType<typeof clusterStories>;
const storyOf = (groups: Groups, d: Doc) => groups.findIndex((g) => g.docs.some((x) => x.article.id === d.article.id));
const together = (groups: Groups, docs: readonly Doc[]) => new Set(docs.map((d) => storyOf(groups, d))).size === 1;
const apart = (groups: Groups, a: readonly Doc[], b: readonly Doc[]) => {
  const sa = new Set(a.map((d) => storyOf(groups, d)));
  return b.every((d) => !sa.has(storyOf(groups, d)));
};

describe("stories: two fires on one trading estate, ten days apart", () => {
  // The same fire service spokesman speaks on both; the units, the firms and the days differ.
  const first = [
    docOf("Fire guts carpet warehouse on Millbrook trading estate",
      "Fire crews spent the night fighting a blaze at the Cardew Carpets warehouse on the Millbrook trading estate on Tuesday. "
      + "Eight engines attended and 30 staff were evacuated, fire service spokesman Owen Pryce said. No one was hurt, but the roof of Unit 4 collapsed.", "2022-05-10"),
    docOf("Cardew Carpets counts cost after Millbrook blaze",
      "Cardew Carpets said stock worth about £2 million was lost in Tuesday's fire at its Unit 4 warehouse in Millbrook. "
      + "Owen Pryce of the fire service said the 30 workers got out before the roof fell in. The cause is being investigated.", "2022-05-11"),
  ];
  const second = [
    docOf("Blaze at Millbrook print works sends smoke across town",
      "A fire broke out at the Hollis Print works on the Millbrook trading estate on Friday, sending a plume of smoke over the town. "
      + "Fire service spokesman Owen Pryce said five engines were called to Unit 11 and two workers were treated for smoke inhalation.", "2022-05-20"),
    docOf("Two treated for smoke after Hollis Print fire",
      "Two Hollis Print employees were treated for smoke inhalation after Friday's fire at the firm's Unit 11 premises in Millbrook, Owen Pryce of the fire service said. "
      + "Five engines brought the blaze under control within three hours.", "2022-05-21"),
  ];

  it("keeps each fire's reports together and the two fires apart", () => {
    const groups = clusterStories([...first, ...second]);
    expect(together(groups, first)).toBe(true);
    expect(together(groups, second)).toBe(true);
    expect(apart(groups, first, second)).toBe(true);
  });

  it("keeps a fire apart from the one a week before that its report recalls", () => {
    // Counting back "a week after the ... blaze" reaches the first fire's day; the units, firms and counts still differ.
    const recalling = docOf("Second Millbrook estate fire in a week",
      "A fire broke out at the Hollis Print works on the Millbrook trading estate on Tuesday, a week after the blaze that gutted the Cardew Carpets warehouse. "
      + "Fire service spokesman Owen Pryce said five engines were called to Unit 11 and two workers were treated for smoke inhalation.", "2022-05-17");
    const groups = clusterStories([...first, recalling]);
    expect(together(groups, first)).toBe(true);
    expect(apart(groups, first, [recalling])).toBe(true);
    const again = docOf("Hollis Print fire on Millbrook estate",
      "Another fire broke out on the Millbrook trading estate on Tuesday, a week after the blaze that gutted the Cardew Carpets warehouse. "
      + "Fire service spokesman Owen Pryce said five engines were called to the Hollis Print works at Unit 11 and two workers were treated for smoke inhalation.", "2022-05-17");
    const groups2 = clusterStories([...first, again]);
    expect(apart(groups2, first, [again])).toBe(true);
  });
});

describe("stories: one bus crash told over four days", () => {
  const dayOne = docOf("Fourteen hurt as bus overturns on Route 9 near Kessing",
    "KESSING — A coach carrying a school choir overturned on Route 9 near Kessing on Monday afternoon, injuring 14 people, state police said. "
    + "The bus slid off the road on a bend above the Arlow river. Three of the injured were flown to St. Brendan's Hospital.", "2023-10-02");
  const dayTwo = docOf("Kessing bus crash: injured rises to 17, driver named",
    "The number of people hurt when a coach overturned on Route 9 near Kessing rose to 17, state police said on Tuesday. "
    + "They named the driver as Harlan Voss, 58. Three children remain at St. Brendan's Hospital. The choir was returning from a festival.", "2023-10-03");
  const dayFour = docOf("Driver of overturned choir bus charged",
    "Harlan Voss was charged with reckless driving on Thursday, three days after the coach he was driving overturned on Route 9 near Kessing. "
    + "Voss, 58, was released on bail. Seventeen people were injured, three of them children still in St. Brendan's Hospital.", "2023-10-05");
  const later = docOf("Truck and bus collide on Route 9 near Kessing",
    "KESSING — A truck and a city bus collided on Route 9 near Kessing on Wednesday morning, December 6, injuring six passengers, state police said. "
    + "The truck driver, Milo Brandt, 41, was cited for following too closely.", "2023-12-06");

  it("keeps the crash one story as its counts change, and a crash on the same road two months later apart", () => {
    const groups = clusterStories([dayOne, dayTwo, dayFour, later]);
    expect(together(groups, [dayOne, dayTwo, dayFour])).toBe(true);
    expect(apart(groups, [dayOne], [later])).toBe(true);
  });

  it("joins a report that counts back to the crash's day though it names only its own", () => {
    const groups = clusterStories([dayOne, dayFour]);
    expect(together(groups, [dayOne, dayFour])).toBe(true);
  });
});

describe("stories: two groundings of one ferry line, years apart, undated texts", () => {
  // Without publication dates only the years the leads write, the ships and the counts tell them apart.
  const first = [
    docOf("Ferry Northern Isle runs aground off Skerra",
      "The ferry Northern Isle ran aground on rocks off Skerra in 2011 with 212 passengers on board, the Borrow Line said. "
      + "Captain Ivo Lund steered the ship back to harbour under its own power. No one was injured."),
    docOf("Borrow Line ferry hits rocks near Skerra harbour",
      "The Borrow Line's Northern Isle struck rocks near Skerra harbour in 2011 while carrying 212 passengers. "
      + "Captain Ivo Lund said the hull was dented but not holed. The coastguard escorted it into port."),
  ];
  const second = [
    docOf("Passengers taken off grounded Borrow Line ferry",
      "Lifeboats took 96 passengers off the Borrow Line ferry Skerra Star after it ran aground in fog off Skerra in 2016. "
      + "The coastguard said the ship was refloated at high tide. Captain Dana Holm was questioned by investigators."),
    docOf("Skerra Star refloated after fog grounding",
      "The Skerra Star was refloated on the evening tide after grounding in fog near Skerra in 2016, the Borrow Line said. "
      + "All 96 passengers were taken ashore by lifeboat. Captain Dana Holm has been stood down pending an inquiry."),
  ];

  it("keeps each grounding's reports together and the two groundings apart", () => {
    const groups = clusterStories([...first, ...second]);
    expect(together(groups, first)).toBe(true);
    expect(together(groups, second)).toBe(true);
    expect(apart(groups, first, second)).toBe(true);
  });
});

describe("stories: two school lockdowns on one day in two towns", () => {
  const north = [
    docOf("Lockdown at Ferris Hill High after threat",
      "FERRIS HILL, Ore. — Ferris Hill High School was placed on lockdown on Thursday morning after a threat was phoned in, police said. "
      + "About 900 students sheltered in classrooms for two hours. No weapon was found.", "2024-02-08"),
    docOf("Ferris Hill students sheltered for two hours",
      "Some 900 students at Ferris Hill High School sheltered in place for two hours on Thursday after a phoned threat, Ferris Hill police said. Nothing was found.", "2024-02-08"),
  ];
  const south = [
    docOf("Oakmont Middle School locked down over threat",
      "OAKMONT, Ore. — Oakmont Middle School was locked down on Thursday morning after a threat was made by phone, police said. "
      + "About 600 pupils stayed in classrooms for 90 minutes. Officers searched the building and found nothing.", "2024-02-08"),
    docOf("Oakmont pupils kept in classrooms after phoned threat",
      "About 600 pupils at Oakmont Middle School were kept in their classrooms for 90 minutes on Thursday after a phoned threat, Oakmont police said.", "2024-02-08"),
  ];

  it("keeps the two towns' lockdowns apart", () => {
    const groups = clusterStories([...north, ...south]);
    expect(together(groups, north)).toBe(true);
    expect(together(groups, south)).toBe(true);
    expect(apart(groups, north, south)).toBe(true);
  });
});

describe("eventFeatures: a protagonist is a person", () => {
  it("takes no protagonist from a title that ends in a function word", () => {
    // "Doctor Who" read as a person would make "who" the surname every casting report shares.
    const doc = docOf("Doctor Who casts a new lead",
      "Doctor Who will have a new lead next year, the BBC said. The producers of Doctor Who said filming starts in spring. Fans of Doctor Who reacted online.");
    expect(eventFeatures(doc).protagonist).toBeNull();
  });
});
