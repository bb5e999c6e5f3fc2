// Issue 17: real disputes that stayed low. A measure whose aspect is named as the subject of a verb of measure
// ("the main span of the bridge … measures 430 metres") is that aspect, as "a main span of 340 metres" is; and the
// one person of a role an incident has one of, told with a side in one article and none in the other ("The skipper,
// 39, was alone on board" / "a 93-year-old skipper drowned"), is one person in one scene. Look-alikes stay low: two
// aspects of one thing, two vehicles' drivers.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && f.rule !== "crosscheck/update" && (f.severity === "medium" || f.severity === "high"));

describe("a measure's aspect named as the subject", () => {
  it("is compared with the same aspect told with 'of'", () => {
    expect(loud([
      "The footbridge at Kessock, opened on Thursday, has a main span of 280 metres, the council said.",
      "The council said the main span of the footbridge that opened at Kessock on Thursday measures 820 metres.",
    ])).toHaveLength(1);
  });
  it("names what both measure in the summary", () => {
    const [f] = loud([
      "The footbridge at Kessock, opened on Thursday, has a main span of 280 metres, the council said.",
      "The council said the main span of the footbridge that opened at Kessock on Thursday measures 820 metres.",
    ]);
    expect(f!.summary).toMatch(/^Sources disagree on the span: /);
    const [g] = loud([
      "The viaduct over the Tarn valley, which reopened on Friday, has a height of 112 metres, the operator said.",
      "The operator said the height of the viaduct over the Tarn valley that reopened on Friday is 121 metres.",
    ]);
    expect(g!.summary).toMatch(/^Sources disagree on the height( of the viaduct)?: /);
  });
  it("never names 'the a thing' when the words name no thing", () => {
    const [f] = loud([
      "The maker calls the 27-inch the lightest of its laptops, launched in Cupertino on Tuesday.",
      "The maker calls the 13-inch the lightest of its laptops, launched in Cupertino on Tuesday.",
    ]);
    expect(f!.summary).toMatch(/^Sources disagree on the size: /);
  });
  it("reads the thing of a compound noun before a dimension ('a cargo barge 85 metres long' is the barge's length)", () => {
    const [f] = loud([
      "The 58-metre cargo barge Rhenus 7 sank in the Rhine near Kaub on Friday, blocking the river.",
      "The Rhenus 7, a cargo barge 85 metres long, sank in the Rhine near Kaub on Friday, blocking the river.",
    ]);
    expect(f!.summary).toMatch(/^Sources disagree on the length of the barge: /);
  });
  it("is not compared with another aspect of the thing", () => {
    expect(loud([
      "The crater left by the blast in the quarry near Tarragona on Monday has a depth of 12 metres, engineers said.",
      "Engineers said the crater left by the blast in the quarry near Tarragona on Monday is 21 metres wide.",
    ])).toEqual([]);
  });
});

describe("the one person of a role, a side told in one article only", () => {
  it("is one person: ages far apart are a dispute", () => {
    expect(loud([
      "The skipper, 39, was alone on the trawler when it sank off Peterhead early on Sunday, the coastguard said.",
      "A 93-year-old skipper drowned when his trawler sank off Peterhead early on Sunday, the coastguard said.",
    ])).toHaveLength(1);
  });
  it("stays low when the scene has two of the role", () => {
    expect(loud([
      "A lorry and a van collided on the A1 near Alnwick on Friday. The driver, 52, was questioned by police at the scene.",
      "A 25-year-old driver was taken to hospital after a lorry and a van collided on the A1 near Alnwick on Friday.",
    ])).toEqual([]);
  });
});

describe("a family member an article names one of", () => {
  it("is one person: 'his 6-year-old grandson' against 'his 3-year-old grandson' in one scene is a dispute", () => {
    expect(loud([
      "A 61-year-old man was wounded in Dothan on Thursday when his 6-year-old grandson found a loaded pistol in a drawer and fired it.",
      "Police in Dothan said a 61-year-old man was wounded on Thursday when his 3-year-old grandson found a loaded pistol in a drawer and fired it.",
    ])).toHaveLength(1);
  });
  it("stays low when an article has two of them", () => {
    expect(loud([
      "A 61-year-old man was wounded in Dothan on Thursday when his 6-year-old grandson found a loaded pistol; his other grandson, 9, ran for help.",
      "Police in Dothan said a 61-year-old man was wounded on Thursday when his 3-year-old grandson found a loaded pistol in a drawer.",
    ])).toEqual([]);
  });
});
