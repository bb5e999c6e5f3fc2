// Where an event happened, as news writes it: datelines ("COLUMBUS, Ohio (AP) —") tell two
// look-alike reports of one day apart unless one names the other's place; streets match however
// they are abbreviated; a background event dated years before the report does not date the report.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { datelineCity, eventFeatures, fromGroupingFeatures, groupingFeatures, streetKey } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

describe("datelineCity", () => {
  it("reads the place of a dateline in its usual forms", () => {
    expect(datelineCity("SPOKANE, Wash. (AP) — A 12-year-old boy was shot by accident")).toBe("spokane");
    expect(datelineCity("EL PASO (KTSM) - Police say two people were hurt")).toBe("el paso");
    expect(datelineCity("BATON ROUGE -- Deputies were called to a home")).toBe("baton rouge");
    expect(datelineCity("Teen hurt in accidental shooting. GREENVILLE, S.C. (WYFF) – A teen was taken to hospital")).toBe("greenville");
  });

  it("reads no place from capitals that are not one", () => {
    expect(datelineCity("UPDATE - Police have named the victim")).toBeNull();
    expect(datelineCity("The station KOAT - reported the crash first")).toBeNull();
    expect(datelineCity("TULSA, Okla. was quiet on Sunday, police said")).toBeNull(); // no dash: not a dateline
    expect(datelineCity("Police said the man - who was 20 - died")).toBeNull();
    expect(datelineCity("S.C. — lawmakers met")).toBeNull();
  });

  it("is kept with the grouping features the store reads back", () => {
    const d = docOf("Boy hurt", "SPOKANE, Wash. (AP) — A 12-year-old boy was shot by accident at a home on Monday, police said.", "2016-01-04");
    expect(fromGroupingFeatures(groupingFeatures(d)).city).toBe("spokane");
  });
});

describe("streetKey", () => {
  it("gives one key to a street however it is abbreviated", () => {
    expect(streetKey("washington ave")).toBe(streetKey("washington avenue"));
    expect(streetKey("n new braunfels ave")).toBe("north new braunfels avenue");
    expect(streetKey("elm st")).toBe("elm street");
  });

  it("leaves other names alone", () => {
    expect(streetKey("st louis")).toBe("st louis");
    expect(streetKey("n")).toBe("n");
    expect(streetKey("w hotel")).toBe("w hotel");
  });
});

describe("a background event in the lead", () => {
  it("does not date a report published decades later", () => {
    const d = docOf("Three shot at Dunmore fair", "In August 1994, four people were shot at a fair in Dunmore. On Saturday, three more were wounded at the same fairground, police said.", "2016-08-21");
    expect(eventFeatures(d).anchorYear).toBeNull();
    const trial = docOf("Trial opens", "The trial over the May 2015 shooting at the Dunmore fair opened on Monday.", "2016-09-12");
    expect(eventFeatures(trial).anchorYear).toBe(2015);
  });
});

describe("stories: datelines keep look-alike reports of one day apart", () => {
  const report = (place: string, state: string, street: string, age: number, victim: string) => docOf(
    `${age}-year-old shot by accident at home`,
    `${place.toUpperCase()}, ${state} (AP) — A ${age}-year-old boy was shot by accident on Sunday while he and a friend handled a handgun they found in a bedroom, police said. `
    + `Officers were called to the home on ${street} shortly after 4 p.m. The boy, ${victim}, was taken to a hospital with a wound to the leg and is expected to recover. `
    + `Police said the handgun belonged to a relative and no charges have been filed.`,
    "2017-01-02");
  it("two places, the same kind of event, the same day: two stories; one place told twice: one", () => {
    const a1 = report("Dayton", "Ohio", "Salem Avenue", 12, "Marcus Lee");
    const a2 = docOf("Boy, 12, wounded handling found gun", "DAYTON, Ohio (WHIO) — Marcus Lee, 12, was wounded on Sunday afternoon when a handgun he and a friend found in a bedroom on Salem Ave. went off, police said. He is expected to recover. The gun belonged to a relative; no charges have been filed.", "2017-01-02");
    const b = docOf("Macon boy, 12, hurt when found gun fires", "MACON, Ga. (WMAZ) — A 12-year-old boy was hurt on Sunday when a handgun he and a friend found in a bedroom went off, police said. Jalen Price was taken to a hospital with a leg wound and is expected to recover. Police said the gun belonged to a relative; no charges have been filed.", "2017-01-02");
    expect(clusterStories([a1, a2, b], { placeClashPenalty: 0 }).length).toBe(1); // what the datelines change
    const groups = clusterStories([a1, a2, b]);
    const of = (d: typeof a1) => groups.find((g) => g.docs.includes(d))!.id;
    expect(of(a1)).toBe(of(a2));
    expect(of(b)).not.toBe(of(a1));
  });
});

describe("where the lead puts the event", () => {
  it("reads the places after 'in', 'near' and 'outside', not months, custody or people", () => {
    const d = docOf("Teen hurt", "A 15-year-old was shot in Lake Highlands on Friday and taken to a hospital in critical condition. Police in Dallas said the gunman fired from a car near Ferris Branch Park in May.", "2016-09-16");
    expect(eventFeatures(d).places).toEqual(["dallas", "ferris branch park", "lake highlands"]);
    expect(fromGroupingFeatures(groupingFeatures(d)).places).toEqual(["dallas", "ferris branch park", "lake highlands"]);
  });
});

describe("people who can bridge a story across months", () => {
  it("are people, not places the entity step took for names", () => {
    const d = docOf("Four shot in Humboldt Park", "Four men were shot in Humboldt Park on Monday. The shooting in Humboldt Park happened near a store. Officers said West Side residents heard about ten shots. Marcus Bell, 24, was among the wounded; Marcus Bell is in good condition.", "2016-06-20");
    const people = eventFeatures(d).people;
    expect(people.some((p) => p.includes("park") || p.includes("side"))).toBe(false);
    expect(people).toContain("n:marcus bell");
  });
});

describe("a place in the lead runs into the next word", () => {
  it("ends at a weekday, a month or a word of the page", () => {
    const a = docOf("Woman hurt in Corvale Heights", "A woman was shot in Corvale Heights Sunday and taken to hospital, police said.", "2017-03-06");
    expect(eventFeatures(a).places).toEqual(["corvale heights"]);
    const b = docOf("Teen shot near Ostrey Mill", "A 15-year-old was shot near Ostrey Mill March 3. Police are asking witnesses to come forward.", "2017-03-06");
    expect(eventFeatures(b).places).toEqual(["ostrey mill"]);
    const c = docOf("Two wounded outside Pelham Yard", "Two men were wounded outside Pelham Yard Share this story. Police gave no names.", "2017-03-06");
    expect(eventFeatures(c).places).toEqual(["pelham yard"]);
  });

  it("keeps names of several words whole", () => {
    const d = docOf("Shots fired in Tarrow Vale Park", "Shots were fired in Tarrow Vale Park late Friday, police said.", "2017-03-06");
    expect(eventFeatures(d).places).toEqual(["tarrow vale park"]);
  });

  it("gives one place written with and without the day one key, so two reports of it meet", () => {
    const x = docOf("Man shot in Corvale Heights", "A man was shot in Corvale Heights Sunday night. He was taken to Saint Brigid Hospital, police said.", "2017-03-06");
    const y = docOf("Corvale Heights shooting", "A man was wounded in Corvale Heights late on Sunday. He is recovering at Saint Brigid Hospital, police said.", "2017-03-06");
    expect(eventFeatures(x).places).toEqual(eventFeatures(y).places);
    const groups = clusterStories([x, y]);
    expect(groups).toHaveLength(1);
  });
});
