// Page furniture restated across pages of one network: a station's "joined forces with the local radio stations in
// <city>" line, an alert service's "Subscribe to receive messages from <department>", a "Follow <outlet> on Twitter"
// prompt. Each page carries it with its own name, so two pages of different events, grouped together, seem to
// "carry the same sentence with a different name" (issue 17, gun-corpus tune fold). Such lines are no claim; the same
// sentence of the news with a different figure or name is still a restatement worth a look. Wordings and events of
// these tests' own.
import { describe, expect, it } from "vitest";
import { pageFurniture, uiFurniture } from "../../src/lexicon/page-furniture.js";
import { findingsOf } from "./torture.js";

const restated = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.rule === "crosscheck/restated-sentence" && (f.severity === "medium" || f.severity === "high"));

describe("a network's page furniture with each page's own name is no restated sentence", () => {
  it("'… teamed up with the leading radio stations in Denver to bring you …' / '… in Boise …'", () => {
    expect(restated([
      "A driver was shot on an interstate ramp on Thursday evening, troopers said. KXRM has teamed up with the leading radio stations in Denver to bring you the best Denver has to offer.",
      "A motorist was wounded by gunfire on a highway ramp Thursday, troopers said. KXRM has teamed up with the leading radio stations in Boise to bring you the best Boise has to offer.",
    ])).toEqual([]);
  });
  it("'Subscribe to receive emergency texts from Tulsa Fire Dept.' / '… from Stillwater Fire Dept.'", () => {
    expect(restated([
      "Crews found a man with a gunshot wound inside a burning shed. Subscribe to receive emergency texts from Tulsa Fire Dept. on your phone.",
      "Firefighters found a wounded man in a shed fire on Monday. Subscribe to receive emergency texts from Stillwater Fire Dept. on your phone.",
    ])).toEqual([]);
  });
  it("'Download the Gazette app to get alerts about Akron …' / '… Canton …'", () => {
    expect(restated([
      "A woman was shot while walking her dog on Elm Street. Download the Gazette app to get breaking alerts about Akron crime and traffic.",
      "A woman walking a dog was wounded by a stray bullet. Download the Gazette app to get breaking alerts about Canton crime and traffic.",
    ])).toEqual([]);
  });
});

describe("the news restated with a different name or figure is still flagged", () => {
  it("the same report sentence naming two different towns", () => {
    expect(restated([
      "Deputies said the shooting happened shortly after midnight at a truck stop outside Vinita, where the victim worked nights.",
      "Deputies said the shooting happened shortly after midnight at a truck stop outside Miami, where the victim worked nights.",
    ])).toHaveLength(1);
  });
  it("the same report sentence with two different counts (whichever rule reports it)", () => {
    expect(findingsOf([
      "The sheriff said nine rounds were fired into the house on Cedar Lane before the car sped away.",
      "The sheriff said 19 rounds were fired into the house on Cedar Lane before the car sped away.",
    ]).filter((f) => f.type === "contradiction" && f.severity !== "low" && f.severity !== "info")).toHaveLength(1);
  });
});

describe("what reads as page furniture", () => {
  it("reader prompts and channel lines", () => {
    expect(pageFurniture("Sign up for our weekly newsletter and get the top stories from Reno.")).toBe(true);
    expect(pageFurniture("Follow the Lubbock Avalanche-Journal on Instagram for photos from across West Texas.")).toBe(true);
    expect(pageFurniture("We recommend that you add our station to your favorites so you never miss a forecast.")).toBe(true);
    expect(pageFurniture("Copyright 2015 WQAD. All rights reserved.")).toBe(true);
  });
  it("news that addresses the reader about the event, or opens with the same verbs, is not", () => {
    expect(pageFurniture("If you saw anything on Maple Avenue that night, detectives ask you to call 555-0142.")).toBe(false);
    expect(pageFurniture("Like many small towns, Ardmore has seen a rise in gun thefts from parked cars.")).toBe(false);
    expect(pageFurniture("Follow-up interviews led investigators to a second suspect in Lawton.")).toBe(false);
    expect(pageFurniture("\"You follow the rules or you go home,\" the coach told his players.")).toBe(false);
    expect(pageFurniture("Watch commanders said the suspect fled on foot toward the river.")).toBe(false);
    // The reader and a channel word in news about the event: a scam, a tip line, an outage.
    expect(pageFurniture("The scammers sent 4,000 text messages asking for your PIN, police in Derby said.")).toBe(false);
    expect(pageFurniture("Police ask you to submit a tip through the department's website.")).toBe(false);
    expect(pageFurniture("The callers told them to download an app, saying your account is at risk.")).toBe(false);
    expect(pageFurniture("The storm knocked out 14 radio stations, leaving your neighbours without alerts.")).toBe(false);
  });
  it("keeps story grouping's narrower test as it was: two UI words or a rights line", () => {
    expect(uiFurniture("Please check your email and click on the link to activate your profile.")).toBe(true);
    expect(uiFurniture("Sign up for our weekly newsletter and get the top stories from Reno.")).toBe(true);
    expect(uiFurniture("Follow the Lubbock Avalanche-Journal on Instagram for photos from across West Texas.")).toBe(false);
  });
});
