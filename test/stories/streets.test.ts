// Two look-alike incidents in one city the same night are told apart by their streets: "a house fire on Kelvin Street"
// and "a fire on Abbeydale Road", both in Sheffield, are two fires. One incident told with its street abbreviated
// ("Elm St."), or by a report that names both streets of a corner, is one.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const together = (a: ReturnType<typeof docOf>, b: ReturnType<typeof docOf>) => clusterStories([a, b]).length === 1;
const streets = (text: string) => eventFeatures(docOf("Report", text, "2026-04-01")).venues.filter((v) => v.startsWith("street:"));

describe("the street the lead puts the event on", () => {
  it("is read after 'on', 'near' or 'block of', without its street word or compass point", () => {
    expect(streets("A car hit a lamp post on Marlowe Avenue in Tulsa on Tuesday.")).toEqual(["street:marlowe"]);
    expect(streets("Two men were hurt in the 1400 block of West 63rd Street on Tuesday, police said.")).toEqual(["street:63rd"]);
    expect(streets("A van caught fire near Harbour Rd. in Cobh on Tuesday.")).toEqual(["street:harbour"]);
  });

  it("is not read from a street where the hurt were taken, nor from a name without a street word", () => {
    expect(streets("A cyclist was hurt in Tulsa on Tuesday and taken to the clinic on Marlowe Avenue.")).toEqual([]);
    expect(streets("A fire broke out at a shop near Central Park on Tuesday.")).toEqual([]);
  });
});

describe("stories: two incidents on two streets of one city", () => {
  it("keeps apart two house fires in one city the same night on two streets", () => {
    const c = docOf("Kitchen fire on Hawthorn Road", "A woman was rescued from a kitchen fire at her home on Hawthorn Road in Norwich late on Saturday, Norfolk Fire and Rescue said; she was treated for smoke inhalation.", "2026-04-05");
    const d = docOf("Family escapes Norwich house fire", "A family of five escaped unhurt when fire broke out at their home on Unthank Road in Norwich on Saturday night, Norfolk Fire and Rescue said.", "2026-04-05");
    expect(together(c, d)).toBe(false);
  });

  it("keeps together one fire told with its street written in full and abbreviated", () => {
    const c = docOf("Kitchen fire on Hawthorn Road", "A woman was rescued from a kitchen fire at her home on Hawthorn Road in Norwich late on Saturday, Norfolk Fire and Rescue said; she was treated for smoke inhalation.", "2026-04-05");
    const e = docOf("Woman rescued from Norwich fire", "Firefighters pulled a woman from her burning kitchen on Hawthorn Rd. in Norwich on Saturday night; she was treated for smoke inhalation, Norfolk Fire and Rescue said.", "2026-04-05");
    expect(together(c, e)).toBe(true);
  });

  it("keeps together one shooting told from two streets of its corner when one report names both", () => {
    const a = docOf("Man shot in Akron", "A 34-year-old man was shot on Copley Road in Akron late on Friday and taken to hospital in serious condition, police said.", "2026-04-03");
    const b = docOf("Akron shooting at Copley and Hawkins", "Police are looking for a gunman who shot a 34-year-old man near Hawkins Avenue, at its corner with Copley Road, in Akron on Friday night.", "2026-04-03");
    expect(together(a, b)).toBe(true);
  });
});
