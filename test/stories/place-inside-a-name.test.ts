// A place's name inside a street's or a hotel's name names no place the article is about: "a lorry hit a bridge on
// Lower Bristol Road in Bath" tells of Bath, and a bridge strike in Bristol the day before is another event. A text
// that also writes the name on its own ("in Bristol", "Bristol police") does name the place.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures, fromGroupingFeatures, groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const together = (a: ReturnType<typeof docOf>, b: ReturnType<typeof docOf>) => clusterStories([a, b]).length === 1;

describe("words written only inside a street's or a hotel's name", () => {
  it("reads a city's name inside a street's, before or after the street word, and inside a hotel's", () => {
    expect(eventFeatures(docOf("Tanker overturns", "A fuel tanker overturned on York Road in Leeds on Monday.", "2026-03-02")).nameOnly).toContain("york");
    expect(eventFeatures(docOf("Crash", "Two cars collided on Rue de Lyon in Marseille on Friday night.", "2026-03-06")).nameOnly).toContain("lyon");
    expect(eventFeatures(docOf("Hotel evacuated", "Guests left the Hotel Vienna in Prague after a gas alarm on Sunday.", "2026-03-08")).nameOnly).toContain("vienna");
    expect(eventFeatures(docOf("Hotel evacuated", "Guests left the Geneva Hotel in Lausanne after a gas alarm on Sunday.", "2026-03-08")).nameOnly).toContain("geneva");
  });

  it("does not count a name the text also writes on its own, nor a saint's name after 'St'", () => {
    const both = docOf("Tanker overturns", "A fuel tanker overturned on York Road in Leeds on Monday. The driver, from York, was unhurt.", "2026-03-02");
    expect(eventFeatures(both).nameOnly).not.toContain("york");
    const saint = docOf("Fire in St Albans", "A fire broke out in St Albans on Monday, and crews from Luton were called.", "2026-03-02");
    expect(eventFeatures(saint).nameOnly).toEqual([]);
  });

  it("is kept with the grouping features the store reads back", () => {
    const d = docOf("Hotel evacuated", "Guests left the Hotel Vienna in Prague after a gas alarm on Sunday.", "2026-03-08");
    expect(fromGroupingFeatures(groupingFeatures(d)).nameOnly).toEqual(["vienna"]);
  });
});

describe("stories: a place named inside a street's or a hotel's name", () => {
  it("keeps apart a tanker crash on York Road in Leeds and one in York the next day", () => {
    const leeds = docOf("Tanker overturns in Leeds", "A fuel tanker overturned on York Road in Leeds on Monday morning, spilling diesel and closing the road for six hours, West Yorkshire fire service said.", "2026-03-02");
    const york = docOf("Tanker crash closes York road", "A fuel tanker overturned in York on Tuesday morning, spilling diesel across the road, which was closed for most of the day, North Yorkshire fire service said.", "2026-03-03");
    expect(together(leeds, york)).toBe(false);
  });

  it("keeps apart a gas leak at the Hotel Vienna in Prague and one at a hotel in Vienna the next day", () => {
    const prague = docOf("Gas leak empties Prague hotel", "Guests were evacuated from the Hotel Vienna in Prague early on Friday after a gas leak in its kitchen, the fire brigade said.", "2026-03-06");
    const vienna = docOf("Vienna hotel evacuated", "About 60 guests had to leave a hotel in Vienna on Saturday morning after a gas leak was found near its kitchen, the fire brigade said.", "2026-03-07");
    expect(together(prague, vienna)).toBe(false);
  });

  it("keeps together one crash told with its street by one outlet and without by another", () => {
    const a = docOf("Tanker overturns in Leeds", "A fuel tanker overturned on York Road in Leeds on Monday morning, spilling diesel and closing the road for six hours, the fire service said.", "2026-03-02");
    const b = docOf("Diesel spill shuts Leeds road", "A tanker lorry overturned in Leeds on Monday morning, spilling diesel; the road was shut for six hours while the fire service cleaned up.", "2026-03-02");
    expect(together(a, b)).toBe(true);
  });

  it("keeps together a crash and a follow-up that names the street's city on its own too", () => {
    const a = docOf("Tanker overturns in Leeds", "A fuel tanker overturned on York Road in Leeds on Monday morning, spilling diesel and closing the road for six hours, the fire service said.", "2026-03-02");
    const b = docOf("Tanker driver arrested", "The driver of the fuel tanker that overturned on York Road in Leeds on Monday has been arrested, police said. The 41-year-old from York was held on suspicion of drink-driving.", "2026-03-03");
    expect(together(a, b)).toBe(true);
  });
});
