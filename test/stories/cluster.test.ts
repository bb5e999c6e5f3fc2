import { describe, expect, it } from "vitest";
import { clusterStories, StoryIndex } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf, seeds } from "./helpers.js";

// Two earthquakes of one kind, different cities and years: same topic, different events.
const quakeA1 = docOf("Magnitude 6.1 quake shakes Ardenport", "ARDENPORT, March 3, 2011 - A magnitude 6.1 earthquake struck Ardenport on Thursday, killing 14 people and collapsing the old Velmar bridge.\nRescue teams searched the rubble of the Velmar market through the night, Mayor Helena Struve said.\nThe quake was felt across the Ardenport valley, and 230 people were treated for injuries.");
const quakeA2 = docOf("Ardenport earthquake kills 14", "An earthquake of magnitude 6.1 hit Ardenport on March 3, 2011, leaving 14 dead as the Velmar bridge fell.\nMayor Helena Struve said crews were still searching the Velmar market.\nHospitals in Ardenport treated about 230 injured residents.");
const quakeB1 = docOf("Strong earthquake hits Corvino", "CORVINO, October 19, 2016 - A strong earthquake of magnitude 5.8 hit Corvino early on Wednesday, killing 9 people and damaging the Santa Ilaria cathedral.\nGovernor Paolo Menzani said rescue teams were searching collapsed houses in the old town.\nAbout 120 people were injured as the quake shook the Corvino hills.");
const quakeB2 = docOf("Corvino quake leaves 9 dead", "The magnitude 5.8 earthquake that struck Corvino on October 19, 2016 killed 9 people, Governor Paolo Menzani said.\nThe Santa Ilaria cathedral was badly damaged, and rescue teams searched houses in the old town.\nSome 120 people were hurt across the Corvino hills.");

const together = (groups: ReturnType<typeof clusterStories>, a: string, b: string) =>
  groups.some((g) => g.docs.some((d) => d.article.id === a) && g.docs.some((d) => d.article.id === b));

describe("clusterStories", () => {
  it("does not merge two earthquakes in different cities and years", () => {
    const groups = clusterStories([quakeA1, quakeA2, quakeB1, quakeB2]);
    expect(together(groups, quakeA1.article.id, quakeB1.article.id)).toBe(false);
    expect(together(groups, quakeA2.article.id, quakeB2.article.id)).toBe(false);
  });

  it("merges the same earthquake told in different words", () => {
    const groups = clusterStories([quakeA1, quakeA2, quakeB1, quakeB2]);
    expect(together(groups, quakeA1.article.id, quakeA2.article.id)).toBe(true);
    expect(together(groups, quakeB1.article.id, quakeB2.article.id)).toBe(true);
  });

  it("puts the five seed articles in one story with a readable title", () => {
    const groups = clusterStories(seeds());
    expect(groups).toHaveLength(1);
    expect(groups[0]!.title.length).toBeGreaterThan(10);
    expect(groups[0]!.id).toMatch(/^s-[0-9a-f]{12}$/);
  });

  it("gives the same grouping and ids whatever the input order", () => {
    const docs = [...seeds(), quakeA1, quakeA2, quakeB1, quakeB2];
    const shape = (gs: ReturnType<typeof clusterStories>) => gs.map((g) => `${g.id}:${g.docs.map((d) => d.article.id).sort().join(",")}`).sort();
    const forward = shape(clusterStories(docs));
    expect(shape(clusterStories([...docs].reverse()))).toEqual(forward);
    expect(shape(clusterStories([docs[3]!, docs[7]!, docs[0]!, docs[8]!, docs[5]!, docs[1]!, docs[6]!, docs[2]!, docs[4]!]))).toEqual(forward);
  });

  it("gives an article with no text its own story with a note", () => {
    const empty = docOf("Untitled", "");
    const groups = clusterStories([quakeA1, empty, quakeA2]);
    const own = groups.find((g) => g.docs.some((d) => d.article.id === empty.article.id))!;
    expect(own.docs).toHaveLength(1);
    expect(own.notes.join(" ")).toMatch(/no text/);
  });

  it("handles three thousand identical articles without blowing up", () => {
    const copies = Array.from({ length: 3000 }, (_, i) => docOf("Ardenport earthquake kills 14", quakeA2.article.text, null, `#${i}`));
    // No wall-clock bound here (timings vary with the machine's load): the test's timeout catches a blow-up.
    const groups = clusterStories(copies);
    expect(groups).toHaveLength(1);
  }, 60_000);
});

describe("StoryIndex", () => {
  it("returns a story id per added article and keeps one article once", () => {
    const index = new StoryIndex();
    const first = index.add(quakeB1);
    expect(first).toMatch(/^s-/);
    expect(index.add(quakeB1)).toBe(first);
    index.add(quakeB2);
    expect(index.size).toBe(2);
    expect(index.groups()).toHaveLength(1);
  });
});

describe("eventFeatures: protagonist", () => {
  it("names the person an article is plainly about, by surname", () => {
    const doc = docOf("Rovers striker Dane Okafor arrested on suspicion of drunk driving",
      "Rovers striker Dane Okafor was arrested early Sunday on suspicion of drunk driving, police said.\nOkafor was stopped on the coast road at 2 a.m. and failed a breath test.\nCoach Lena Marsh said the club would wait for the courts. Okafor is due in court next month.");
    expect(eventFeatures(doc).protagonist).toBe("okafor");
  });

  it("names nobody when no person stands out", () => {
    const doc = docOf("Storm closes schools across the valley",
      "Heavy snow closed schools across the valley on Monday.\nMayor Ruth Abel said roads would be cleared by evening, and Fire Chief Tom Brandt asked drivers to stay home.");
    expect(eventFeatures(doc).protagonist).toBeNull();
  });
});

describe("clusterStories: same kind of event, different people", () => {
  // One club, one kind of arrest, told in the same words: only the player differs.
  const report = (player: string, surname: string, day: string, extra = "") =>
    `Rovers player ${player} was arrested on suspicion of drunk driving early on ${day}, police said.\n${surname} was stopped on the coast road at 2 a.m. and failed a breath test, a police spokesman said.\nThe Rovers said ${surname} would face the club's disciplinary panel.${extra}`;
  const arrestA1 = docOf("Rovers' Dane Okafor arrested for drunk driving", report("Dane Okafor", "Okafor", "Tuesday"));
  const arrestA2 = docOf("Okafor arrested on suspicion of drunk driving", report("Dane Okafor", "Okafor", "Tuesday", "\nOkafor is due in court next month."));
  const arrestB1 = docOf("Rovers' Milo Brandvik arrested for drunk driving", report("Milo Brandvik", "Brandvik", "Sunday", "\nIt is the club's second such arrest this season after Dane Okafor's."));
  const arrestB2 = docOf("Brandvik arrested on suspicion of drunk driving", report("Milo Brandvik", "Brandvik", "Sunday", "\nBrandvik is due in court next month."));

  it("keeps two arrests of two players apart, and each arrest together", () => {
    const groups = clusterStories([arrestA1, arrestA2, arrestB1, arrestB2]);
    expect(together(groups, arrestA1.article.id, arrestA2.article.id)).toBe(true);
    expect(together(groups, arrestB1.article.id, arrestB2.article.id)).toBe(true);
    expect(together(groups, arrestA1.article.id, arrestB1.article.id)).toBe(false);
    expect(together(groups, arrestA2.article.id, arrestB2.article.id)).toBe(false);
  });
});

describe("clusterStories: a desk's handful of articles on one kind of event", () => {
  // Eight articles on two fires, clustered alone: every article says "fire", "firefighters",
  // "blaze", so the corpus's own idf calls those words common and same-fire pairs fall apart.
  const warehouse = [
    docOf("Blaze guts paint warehouse", "In Kelsby, fire tore through a paint warehouse on Monday night, and firefighters fought the blaze for six hours.\nNeighbour Tilda Grue said she woke to sirens and packed her children into the car.\nA bakery across the street opened early to give crews coffee and rolls.\nChief Oren Vask said the paint cans burst like fireworks."),
    docOf("Firefighters battle warehouse fire", "Firefighters spent the night battling a fire at a paint warehouse in Kelsby.\nThe owner, a family business since 1961, employs forty people and sells to decorators across the county.\nInsurers are expected to send assessors later this week."),
    docOf("Three workers hurt in warehouse fire", "Three workers were hurt when a paint warehouse caught fire, the fire service said.\nOne of them climbed down a drainpipe to escape, his brother told reporters.\nThe union asked why the sprinklers had failed.\nChief Oren Vask said the cans of paint fed the flames."),
    docOf("Warehouse destroyed in overnight blaze", "An overnight fire destroyed a Kelsby paint warehouse, firefighters said.\nSchools nearby stayed closed on Tuesday while engineers checked the air.\nA charity collected clothes for the families who left their homes."),
  ];
  const mill = [
    docOf("Fire destroys textile mill", "In Dunmere, a fire destroyed a textile mill on Friday, and firefighters needed the whole day to bring the blaze under control.\nThe mill once wove sailcloth and later blankets for hospitals.\nA local historian called the loss heartbreaking for the valley.\nChief Ilse Harrow said the old timber floors burned fast."),
    docOf("Firefighters fight mill blaze", "Firefighters fought a fire at an old textile mill in Dunmere through Friday.\nTrains on the nearby line were halted for two hours as a precaution.\nThe council promised help for the tenants of neighbouring workshops."),
    docOf("Mill roof collapses in fire", "The roof of a textile mill collapsed as fire swept through the building, the fire service said.\nA pottery studio on the ground floor lost its kilns and a year of stock.\nVolunteers set up a fund for the artists who rented rooms there.\nChief Ilse Harrow said the timber frame of the mill fed the fire."),
    docOf("Historic mill lost to blaze", "A historic Dunmere textile mill was lost to fire, firefighters said.\nThe owners had applied for a grant to turn it into flats.\nPolice closed the riverside path until the walls are made safe."),
  ];

  it("keeps each fire in one story (topic words weighed against a background of other news)", () => {
    const groups = clusterStories([...warehouse, ...mill]);
    for (const fire of [warehouse, mill]) for (const d of fire.slice(1)) expect(together(groups, fire[0]!.article.id, d.article.id)).toBe(true);
  });

  it("still keeps the two fires apart", () => {
    const groups = clusterStories([...warehouse, ...mill]);
    for (const w of warehouse) for (const m of mill) expect(together(groups, w.article.id, m.article.id)).toBe(false);
  });
});
