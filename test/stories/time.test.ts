// Look-alike events told apart by time: the same kind of event at the same place in another
// year is another story unless the text says it is the same one; a follow-up that names the
// event's day joins it; reports a few days apart each must not chain into a season's story.
import { describe, expect, it } from "vitest";
import { averageLink, type Edge } from "../../src/stories/agglomerate.js";
import { clusterStories } from "../../src/stories/cluster.js";
import { eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const SHOOTING_2019_A = docOf("Two men wounded outside Millbrook bowling alley",
  "Two men were wounded in a shooting outside a bowling alley on Harlan Street in Millbrook on Sunday night, police said. "
  + "Officers found the men, ages 24 and 31, in the parking lot shortly after 10 p.m. Both were taken to Millbrook General Hospital. "
  + "No arrests have been made, and police have not said what led to the shooting.", "2019-03-04");
const SHOOTING_2019_B = docOf("Police seek gunman after two shot at Harlan Street bowling alley",
  "Millbrook police are searching for the gunman who shot two men outside the Harlan Street bowling alley on Sunday night. "
  + "The victims, 24 and 31, remain at Millbrook General Hospital in stable condition. "
  + "Detective Carla Reyes asked anyone who was in the parking lot to call the department.", "2019-03-05");
const SHOOTING_2021 = docOf("Two men shot outside Millbrook bowling alley",
  "Two men were wounded in a shooting outside a bowling alley on Harlan Street in Millbrook on Saturday night, police said. "
  + "Officers found the men, ages 19 and 45, in the parking lot shortly after 11 p.m. Both were taken to Millbrook General Hospital. "
  + "No arrests have been made, and police have not said what led to the shooting.", "2021-03-08");
const SENTENCING_2020 = docOf("Man sentenced for Harlan Street bowling alley shooting",
  "A Millbrook man was sentenced Tuesday to 12 years in prison for shooting two men outside the Harlan Street bowling alley on March 3, 2019. "
  + "The victims, then 24 and 31, were treated at Millbrook General Hospital. "
  + "Detective Carla Reyes, who led the investigation, said the shooting outside the bowling alley followed an argument in the parking lot.", "2020-01-15");

const storyOf = (groups: ReturnType<typeof clusterStories>, title: string) =>
  groups.find((g) => g.docs.some((d) => d.article.title === title))!.id;

describe("stories: time tells look-alike events apart", () => {
  it("keeps one kind of event at one place two years apart in two stories", () => {
    const groups = clusterStories([SHOOTING_2019_A, SHOOTING_2019_B, SHOOTING_2021]);
    expect(storyOf(groups, SHOOTING_2019_A.article.title)).toBe(storyOf(groups, SHOOTING_2019_B.article.title));
    expect(storyOf(groups, SHOOTING_2021.article.title)).not.toBe(storyOf(groups, SHOOTING_2019_A.article.title));
  });

  it("lets a follow-up months later join when it names the event's day", () => {
    const groups = clusterStories([SHOOTING_2019_A, SHOOTING_2019_B, SHOOTING_2021, SENTENCING_2020]);
    expect(storyOf(groups, SENTENCING_2020.article.title)).toBe(storyOf(groups, SHOOTING_2019_A.article.title));
    expect(storyOf(groups, SHOOTING_2021.article.title)).not.toBe(storyOf(groups, SHOOTING_2019_A.article.title));
  });

  it("never puts articles published years apart in one story without a bridging date", () => {
    const groups = clusterStories([SHOOTING_2019_A, SHOOTING_2019_B, SHOOTING_2021, SENTENCING_2020]);
    const YEAR = 365;
    for (const g of groups) {
      const f = g.docs.map((d) => eventFeatures(d));
      const first = Math.min(...f.map((x) => x.published!));
      for (const x of f) {
        if (x.published! - first <= YEAR) continue;
        // A member published a year after the first must name a day of the story's early weeks.
        expect(x.days.some((d) => d - first <= 30)).toBe(true);
      }
    }
  });

  it("says so when a story's articles were published more than a year apart", () => {
    const groups = clusterStories([SHOOTING_2019_A, SHOOTING_2019_B, SENTENCING_2020, SHOOTING_2021]);
    const long = groups.find((g) => g.docs.some((d) => d === SENTENCING_2020))!;
    expect(long.docs).toHaveLength(3);
    expect(long.notes).toEqual([]); // 317 days: within a year
    const later = docOf("Sentenced", SENTENCING_2020.article.text, "2020-04-20");
    const spanning = clusterStories([SHOOTING_2019_A, SHOOTING_2019_B, later]).find((g) => g.docs.includes(later))!;
    expect(spanning.docs).toHaveLength(3);
    expect(spanning.notes.join(" ")).toMatch(/published 413 days apart \(2019-03-04 to 2020-04-20\)/);
    expect(clusterStories([SHOOTING_2021]).flatMap((g) => g.notes)).toEqual([]);
  });

  it("joins an arrest weeks later that names the victim and the suspect again, not a look-alike with other people", () => {
    const first = docOf("Teen shot dead on Larch Avenue in Millbrook",
      "Darnell Whitacre, 17, was shot and killed on Larch Avenue in Millbrook on Friday night, police said. "
      + "Darnell Whitacre was a junior at Millbrook High School. Police said a man in a grey sedan fired several shots. "
      + "Detectives asked witnesses to call the department.", "2018-05-12");
    const second = docOf("Police: gunman fled in grey sedan after Larch Avenue killing",
      "Millbrook police released a description of the grey sedan seen on Larch Avenue on Friday, when Darnell Whitacre, 17, was shot. "
      + "Friends remembered Darnell Whitacre as a gifted trumpet player.", "2018-05-13");
    const arrest = docOf("Arrest in killing of Millbrook teen Darnell Whitacre",
      "Millbrook police on Wednesday arrested Travis Ocheltree, 22, in the killing of Darnell Whitacre. "
      + "Travis Ocheltree was booked on a murder charge. Darnell Whitacre, 17, was shot on Larch Avenue last month; "
      + "investigators traced a grey sedan to the suspect, police said.", "2018-06-14");
    const other = docOf("Man shot dead on Larch Avenue in Millbrook",
      "Raymond Kesselring, 45, was shot and killed on Larch Avenue in Millbrook on Tuesday, police said. "
      + "Raymond Kesselring worked at a tire shop. Police said a man in a dark car fired several shots. "
      + "Detectives asked witnesses to call the department.", "2018-05-23");
    const groups = clusterStories([first, second, arrest, other]);
    expect(storyOf(groups, arrest.article.title)).toBe(storyOf(groups, first.article.title));
    expect(storyOf(groups, other.article.title)).not.toBe(storyOf(groups, first.article.title));
    // Only people named twice can bridge (a spokesman or a byline is named once).
    expect(eventFeatures(arrest).people).toEqual(["n:darnell whitacre", "n:travis ocheltree"]);
  });

  it("keeps undated articles grouping by content, as before", () => {
    const a = docOf(SHOOTING_2019_A.article.title, SHOOTING_2019_A.article.text);
    const b = docOf(SHOOTING_2019_B.article.title, SHOOTING_2019_B.article.text);
    const groups = clusterStories([a, b]);
    expect(groups).toHaveLength(1);
  });
});

describe("eventFeatures: when", () => {
  it("dates a report from the day it names to its publication", () => {
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(eventFeatures(SHOOTING_2019_A).when).toEqual([day("2019-03-03"), day("2019-03-04")]);
    expect(eventFeatures(SENTENCING_2020).when).toEqual([day("2019-03-03"), day("2020-01-15")]);
  });

  it("gives a report that names no day the last weeks before publication, and none without a publication date", () => {
    const undated = docOf("Shots fired", "Police said shots were fired near the river. Nobody was hurt.", "2022-06-30");
    const w = eventFeatures(undated).when!;
    expect(w[1]).toBe(Date.parse("2022-06-30") / 86_400_000);
    expect(w[1] - w[0]).toBeGreaterThan(7);
    expect(eventFeatures(docOf("Shots fired", "Police said shots were fired near the river.")).when).toBeNull();
  });
});

describe("averageLink: time frames", () => {
  // A chain of look-alike reports, each close to the next, five days apart each.
  const chain: Edge[] = [{ a: 0, b: 1, score: 0.5 }, { a: 1, b: 2, score: 0.5 }, { a: 2, b: 3, score: 0.5 }];
  const days = (xs: number[]) => Float64Array.from(xs);

  it("does not let a chain of reports days apart grow into one cluster", () => {
    expect(averageLink(4, chain, 0.2, (i) => i)).toHaveLength(1);
    const framed = averageLink(4, chain, 0.2, (i) => i, { lo: days([0, 5, 10, 15]), hi: days([0, 5, 10, 15]), span: 3 });
    expect(framed).toHaveLength(4);
  });

  it("still merges reports whose frames overlap, and items with unknown time", () => {
    const framed = averageLink(4, chain, 0.2, (i) => i, {
      lo: days([0, 0, -Infinity, 1]), hi: days([1, 200, Infinity, 2]), span: 3,
    });
    expect(framed).toHaveLength(1);
  });
});

describe("eventFeatures: page furniture", () => {
  it("leaves a sign-in box the scraper kept out of the topic words and names", () => {
    const text = "Sign in using your WXYZ profile. We have sent you a verification email; please click the link to activate your account. "
      + "A 12-year-old boy was shot in the leg on Racine Avenue on Monday, police said.";
    const f = eventFeatures(docOf("Boy shot on Racine Avenue", text, "2017-01-02"));
    expect(f.topic).not.toContain("profil");
    expect(f.topic).not.toContain("verification");
    expect(f.topic.some((t) => t.startsWith("racin"))).toBe(true);
  });
});
