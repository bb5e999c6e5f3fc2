// Weather and quakes, whose reports share nearly all their words: two storms of different names are two events
// ("Hurricane Delphine" and "Hurricane Emilio" over one coast a day apart), one storm seen from two countries is one;
// one quake told twice in other words shares its magnitude ("a magnitude 6.3 earthquake", "the 6.3 tremor").
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const together = (a: ReturnType<typeof docOf>, b: ReturnType<typeof docOf>) => clusterStories([a, b]).length === 1;
const magnitudes = (title: string, text: string) => eventFeatures(docOf(title, text, "2026-09-01")).event.filter((e) => e.startsWith("q:"));

describe("named storms", () => {
  it("reads a storm's name whatever the basin calls it, and not a name that runs on", () => {
    const venues = (text: string) => eventFeatures(docOf("Weather", text, "2026-09-01")).venues;
    expect(venues("Hurricane Delphine made landfall near Cancun on Monday.")).toEqual(["storm:delphine"]);
    expect(venues("Typhoon Mawar brought heavy rain to Okinawa on Monday.")).toEqual(["storm:mawar"]);
    expect(venues("Forecasters at the Storm Prediction Center issued a tornado watch on Monday.")).toEqual([]);
  });

  it("keeps apart two hurricanes of different names over one coast a day apart", () => {
    const first = docOf("Hurricane Delphine hits Yucatan", "Hurricane Delphine made landfall near Cancun on Monday with winds of 150 km/h, flooding streets and cutting power to 200,000 homes in the Yucatan peninsula.", "2026-09-14");
    const second = docOf("Hurricane Emilio lashes Yucatan", "Hurricane Emilio struck the Yucatan peninsula near Cancun on Tuesday with winds of 140 km/h, flooding streets and leaving 150,000 homes without power.", "2026-09-15");
    expect(together(first, second)).toBe(false);
  });

  it("keeps together one typhoon reported from two countries", () => {
    const taiwan = docOf("Typhoon Mawar skirts Taiwan", "Typhoon Mawar brought torrential rain to eastern Taiwan on Thursday, closing schools and offices in Hualien and Taitung.", "2026-08-20");
    const philippines = docOf("Mawar floods northern Luzon", "Typhoon Mawar flooded villages in northern Luzon on Thursday as it passed between the Philippines and Taiwan, disaster officials said.", "2026-08-20");
    expect(together(taiwan, philippines)).toBe(true);
  });

  it("does not part a storm's report from one that names it beside the next storm", () => {
    const first = docOf("Hurricane Delphine hits Yucatan", "Hurricane Delphine made landfall near Cancun on Monday with winds of 150 km/h, flooding streets and cutting power to 200,000 homes in the Yucatan peninsula.", "2026-09-14");
    const recap = docOf("Cancun counts the cost of Delphine", "Hurricane Delphine left 200,000 homes in the Yucatan peninsula without power when it made landfall near Cancun on Monday, and Hurricane Emilio, still far out at sea, is expected next week.", "2026-09-15");
    expect(together(first, recap)).toBe(true);
  });
});

describe("a quake's magnitude", () => {
  it("is read in the forms news writes it", () => {
    expect(magnitudes("Quake", "A magnitude 6.3 earthquake struck off Crete on Monday.")).toEqual(["q:6.3"]);
    expect(magnitudes("Quake", "A 6.3-magnitude quake struck off Crete on Monday.")).toEqual(["q:6.3"]);
    expect(magnitudes("Quake", "A 6.3 tremor shook Crete on Monday.")).toEqual(["q:6.3"]);
    expect(magnitudes("Quake", "An earthquake of magnitude 6 shook Crete on Monday.")).toEqual(["q:6.0"]);
  });

  it("is not read from other small figures", () => {
    expect(magnitudes("Fares", "Fares rose 6.3 percent on Monday, and 2.5 million people were affected.")).toEqual([]);
  });

  it("keeps together one quake told twice in other words the same day", () => {
    const a = docOf("Earthquake hits Crete", "A magnitude 6.3 earthquake struck off the southern coast of Crete on Monday morning, cracking walls in Ierapetra, the Athens geodynamic institute said.", "2026-10-05");
    const b = docOf("Strong tremor shakes Greek island", "Residents of Heraklion fled into the streets on Monday morning as a 6.3 earthquake shook Crete, and a bell tower partly collapsed in Sitia.", "2026-10-05");
    expect(together(a, b)).toBe(true);
  });
});
