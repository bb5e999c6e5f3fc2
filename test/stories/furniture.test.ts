// A page's rights line and credits are the outlet's, not the event's: two reports of different
// shootings from one station end alike ("Copyright 2017 Harrowgate Media. All rights reserved.").
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const footer = "Copyright 2017 Harrowgate Media Group. All rights reserved. Daniel Osgrove of Harrowgate Media Group contributed to this report.";

describe("eventFeatures: rights lines and credits", () => {
  it("takes no names or words from a rights line or a credit", () => {
    const doc = docOf("Man wounded on Tullis Road", `Renzo Abati, 33, was shot in the hand on Tullis Road in Wexcombe on Friday, police said.\n${footer}`, "2017-03-04");
    const f = eventFeatures(doc);
    expect(f.event).toContain("n:renzo abati");
    expect(f.event.some((e) => e.includes("harrowgate") || e.includes("osgrove"))).toBe(false);
    expect(f.topic.some((t) => t.startsWith("harrowgat") || t.startsWith("reserv"))).toBe(false);
  });

  it("keeps a story about copyright: a sentence on it is news, not a rights line", () => {
    const doc = docOf("Band sued over song", "The Velvet Orchard was sued on Monday over the copyright of its hit song, lawyer Amara Quist said.\nAmara Quist said the case would go to trial in May.", "2017-03-04");
    expect(eventFeatures(doc).topic).toContain("copyright");
  });

  it("keeps two shootings of one station's pages apart, each report of one shooting together", () => {
    const a1 = docOf("Man wounded on Tullis Road", `Renzo Abati, 33, was shot in the hand on Tullis Road in Wexcombe on Friday night, police said. Renzo Abati was treated at Wexcombe General.\n${footer}`, "2017-03-04");
    const a2 = docOf("Tullis Road shooting victim named", `Police named Renzo Abati, 33, as the man shot on Tullis Road on Friday. Renzo Abati is expected to recover.\n${footer}`, "2017-03-05");
    const b1 = docOf("Teen grazed by bullet near Orlen Park", `A 16-year-old girl was grazed by a bullet near Orlen Park in Wexcombe on Sunday, police said. Her mother drove her to a clinic.\n${footer}`, "2017-03-06");
    const groups = clusterStories([a1, a2, b1]);
    const storyOf = (t: string) => groups.findIndex((g) => g.docs.some((d) => d.article.title === t));
    expect(storyOf(a1.article.title)).toBe(storyOf(a2.article.title));
    expect(storyOf(b1.article.title)).not.toBe(storyOf(a1.article.title));
  });
});

describe("eventFeatures: a reporter's alert box", () => {
  it("takes no names from a sign-up line that names the reporter", () => {
    // A news site's box under each report: the reporter's name recurs on every story they file, whatever the event.
    const doc = docOf("Woman hurt in Kettle Lane shooting",
      "Odile Farraday, 41, was shot in the leg on Kettle Lane in Brisham on Sunday, police said. Odile Farraday is in stable condition.\n"
      + "Whenever Lucas Penhallow posts new content, you'll get an email delivered to your inbox with a link.", "2016-05-02");
    const f = eventFeatures(doc);
    expect(f.event).toContain("n:odile farraday");
    expect(f.event.some((e) => e.includes("penhallow"))).toBe(false);
  });
});

describe("eventFeatures: a sign-up box in an old spelling", () => {
  // "ſ" (long s) reads as "s" for the UI words, as it always did: the fast reading of those words
  // is used only for texts without it.
  const lead = "Tomas Brill, 52, was hurt when a crane toppled on Harbour Street in Lenmouth on Monday, police said. Tomas Brill was taken to hospital.\n";
  it("takes no names from a sign-up line written with a long s", () => {
    const doc = docOf("Crane topples in Lenmouth", `${lead}Whenever Marta Vellacourt writes, readers who ſign up get an alert in their account.`, "2019-06-04");
    const f = eventFeatures(doc);
    expect(f.event).toContain("n:tomas brill");
    expect(f.event.some((e) => e.includes("vellacourt"))).toBe(false);
  });
  it("keeps the names of a line with one UI word only", () => {
    const doc = docOf("Crane topples in Lenmouth", `${lead}Whenever Marta Vellacourt writes, readers get an alert in their account.`, "2019-06-04");
    expect(eventFeatures(doc).event.some((e) => e.includes("vellacourt"))).toBe(true);
  });
});
