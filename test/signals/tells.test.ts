// Content-farm tells on texts written for these tests (other events than the seeds):
// each positive beside a negative from ordinary news writing.
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotate/annotate.js";
import { articleOf } from "../helpers.js";
import { ofRule, run } from "./helpers.js";

const flood = [
  "Floodwaters receded in southern Bavaria on Tuesday after three days of heavy rain.",
  "The regional government said 2,000 homes had been evacuated near Passau, and two people were missing.",
  "Engineers inspected dams along the Danube while volunteers filled sandbags in the old town.",
].join(" ");

describe("ai-byline", () => {
  it("flags a byline 'By AI' on its own line", () => {
    const { lines } = run([`Floods hit Bavaria\nBy AI\n${flood}`]);
    expect(ofRule(lines, "signals/ai-byline")).toEqual(['medium signals/ai-byline 0:"By AI"']);
  });
  it("does not flag 'By AI' inside running prose", () => {
    const { lines } = run([`${flood}\nBy AI standards, the forecasting model did well, meteorologists said.`]);
    expect(ofRule(lines, "signals/ai-byline")).toEqual([]);
  });
  it("flags machine byline metadata even when the text has no byline line", () => {
    const doc = annotate({ ...articleOf(flood), byline: "ChatGPT" });
    const { findings } = run([doc]);
    expect(findings.filter((f) => f.rule === "signals/ai-byline")).toHaveLength(1);
  });
  it("does not flag a human byline", () => {
    const doc = annotate({ ...articleOf(`By Anna Weber\n${flood}`), byline: "Anna Weber" });
    expect(ofRule(run([doc]).lines, "signals/ai-byline")).toEqual([]);
  });
});

describe("boilerplate", () => {
  it("keeps share buttons and a tag line low", () => {
    const { lines } = run([`${flood}\nTAGGED: floods, Bavaria\nShare This Article`]);
    expect(ofRule(lines, "signals/boilerplate")).toEqual(['low signals/boilerplate 0:"TAGGED: floods, Bavaria" 0:"Share This Article"']);
  });
  it("flags a site's promo footer glued to the story", () => {
    const { findings } = run([`Stay updated with the latest news only on FloodWatchDaily – your trusted source for breaking updates.${flood}`]);
    const hit = findings.find((f) => f.rule === "signals/boilerplate");
    expect(hit?.summary).toContain("glued to the article text");
    expect(hit?.evidence[0]?.text.startsWith("Stay updated")).toBe(true);
  });
  it("does not flag the word 'share' in reporting", () => {
    const { lines } = run([`${flood} Insurers said they would share the article's findings with the state. Shares of the insurer fell.`]);
    expect(ofRule(lines, "signals/boilerplate")).toEqual([]);
  });
});

describe("phrase-stuffing", () => {
  const key = "Bavaria flood relief for 2,000 families";
  const stuffed = [
    `The ${key} began on Tuesday.`, "Volunteers arrived from Munich.",
    `Officials praised the ${key} as quick.`, "Rain stopped in the afternoon.",
    `Critics said the ${key} came late.`, "Schools stayed closed.",
    `The ${key} will continue next week.`, "Roads reopened near Passau.",
    `Donors can support the ${key} online.`, "The river fell by a metre.",
    `Many hope the ${key} sets an example.`,
  ].join(" ");
  it("flags one key phrase repeated six times, with every repetition as evidence", () => {
    const { findings } = run([stuffed]);
    const hit = findings.find((f) => f.rule === "signals/phrase-stuffing");
    expect(hit?.evidence.length).toBe(6);
    expect(hit?.evidence.every((e) => e.text === key)).toBe(true);
  });
  it("does not flag a repeated name or live-text template", () => {
    const live = Array.from({ length: 6 }, (_, i) => `Minute ${i * 7 + 3}: Jonas Berger (Passau) wins a free kick in the defensive half.`).join("\n");
    const names = Array.from({ length: 5 }, (_, i) => `Governor Markus Albrecht visited shelter ${i + 1}.`).join(" ");
    expect(ofRule(run([live]).lines, "signals/phrase-stuffing")).toEqual([]);
    expect(ofRule(run([names]).lines, "signals/phrase-stuffing")).toEqual([]);
  });
  it("does not flag a product named throughout its review, but flags a title-case search phrase", () => {
    const review = (p: string) => [`The ${p} arrives in March.`, "Its battery lasts a day.", `We tested the ${p} for two weeks.`, "The screen is bright.",
      `Compared with last year, the ${p} is lighter.`, "The camera struggles at night.", `Buyers of the ${p} get a case.`, "Prices start at 900 euros.",
      `Overall the ${p} is a solid phone.`, "Charging takes an hour.", `The ${p} ships in three colours.`].join(" ");
    expect(ofRule(run([review("Galaxy S24 Ultra")]).lines, "signals/phrase-stuffing")).toEqual([]);
    expect(ofRule(run([review("PhoneMax Pro Edition")]).lines, "signals/phrase-stuffing")).toEqual([]);
    expect(ofRule(run([review("Best Budget Phones 2024")]).lines, "signals/phrase-stuffing")).not.toEqual([]);
  });
});

describe("template-artefacts", () => {
  it("flags Markdown headings and chatbot self-talk", () => {
    const { findings } = run([`**Floods in Bavaria: What We Know**\n${flood}\nAs an AI language model, I cannot verify the figures.`]);
    const rules = findings.filter((f) => f.rule === "signals/template-artefacts").map((f) => f.evidence[0]?.text);
    expect(rules).toEqual(["As an AI language model", "**Floods in Bavaria: What We Know**"]);
  });
  it("does not flag a censored swear word", () => {
    const { lines } = run([`${flood} The fans chanted 'F** the referee' before police stepped in, and the club apologised.`]);
    expect(ofRule(lines, "signals/template-artefacts")).toEqual([]);
  });
});

describe("generic-quotes", () => {
  const a = `${flood} One local woman said, “We lost everything, but we will rebuild together.” Resident Petra Hollmann said, “Nobody warned us that the water would come so fast.”`;
  it("flags quotes from people no other article names", () => {
    const b = `${flood} Mayor Jürgen Dupper said the clean-up would take weeks.`;
    expect(ofRule(run([a, b]).lines, "signals/generic-quotes")).toHaveLength(1);
  });
  it("does not flag quotes from people other articles also name", () => {
    const named = `${flood} Mayor Jürgen Dupper said, “The water has reached the old town and we need more pumps.” Engineer Klaus Reiter said, “The dam at Passau is holding for now, but we are watching it.”`;
    const other = `${flood} Mayor Jürgen Dupper and engineer Klaus Reiter toured the dam on Wednesday.`;
    expect(ofRule(run([named, other]).lines, "signals/generic-quotes")).toEqual([]);
  });
  it("asks of every other article in turn: a speaker two articles quote is named elsewhere for both, one only a third names is not", () => {
    const harbour = "The harbour at Tallinn reopened on Monday after a storm sank two barges.";
    const first = `${harbour} Port director Marta Ilves said, “The outer wall took the worst of it last night.” Ilves added, “We will need divers to check the piers before ferries return.”`;
    const second = `${harbour} Marta Ilves told reporters, “Two cranes are out of service until the power is back.” Ilves said, “Cargo will move to the old quay for a week.”`;
    const third = `${harbour} Deckhand Rein Kask said, “I have never seen waves climb over the lighthouse like that.” Kask said, “We tied everything down and it still went.”`;
    const lines = ofRule(run([first, second, third]).lines, "signals/generic-quotes");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ 2:/);
  });
});

describe("severity", () => {
  it("turns high only when strong and weak tells add up", () => {
    const { lines } = run([`Floods hit Bavaria\nBy AI\n**What Happened**\n${flood}\nTAGGED:\nShare This Article`]);
    expect(ofRule(lines, "signals/ai-byline")).toEqual(['high signals/ai-byline 0:"By AI"']);
    expect(ofRule(lines, "signals/boilerplate")[0]?.startsWith("low")).toBe(true);
  });
  it("keeps ordinary news free of content-farm findings", () => {
    const { findings } = run([flood]);
    expect(findings.filter((f) => f.type === "content-farm")).toEqual([]);
  });
});

describe("a page of list lines, not prose (a scraped widget in place of the article)", () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) =>
    `${["Lane Closure", "Road Closure", "Detour Notice"][i % 3]} posted June ${3 + (i % 4)} at ${(i % 12) + 1}:${10 + i}PM BST lasting until June ${5 + (i % 3)} at 6:00AM BST in place for: ${["Harrow, Brent", "Ealing, Hounslow, Brent", "Barnet", "Harrow, Ealing, Barnet, Enfield"][i % 4]}`).join("\n\n");
  it("keeps a list of traffic notices from counting as a content farm", () => {
    const { findings } = run([lines(14)]);
    expect(findings.filter((f) => f.type === "content-farm" && f.severity !== "low")).toEqual([]);
  });
  it("still flags a phrase stuffed into prose", () => {
    const stuffed = Array.from({ length: 8 }, (_, i) =>
      `Best cheap flights to Lisbon are easy to find this summer, and travellers who compare best cheap flights to Lisbon save ${10 + i} percent.`).join(" ");
    const { findings } = run([`${stuffed}\nStay updated with the latest news only on TravelHubDaily – your trusted source for breaking updates.`]);
    expect(findings.filter((f) => f.type === "content-farm" && f.severity !== "low").length).toBeGreaterThan(0);
  });
});

describe("machine bylines and disclosures", () => {
  it("reads a byline line only with a lead, and AI only in capitals", async () => {
    const { isMachineByline } = await import("../../src/signals/tells/ai-byline.js");
    expect(isMachineByline("By GPT-4o", true)).toBe(true);
    expect(isMachineByline("Story by: Automated Newsroom Assistant", true)).toBe(true);
    expect(isMachineByline("AI", true)).toBe(false);
    expect(isMachineByline("By Al Jones", true)).toBe(false);
    expect(isMachineByline("By Ai Weiwei", true)).toBe(false);
    expect(isMachineByline("By AI standards, the model did well", true)).toBe(false);
    expect(isMachineByline("SportsBot", false)).toBe(true);
    expect(isMachineByline("Alan Bott", false)).toBe(false);
  });
  it("keeps a reviewed machine draft weaker than an unreviewed one", () => {
    const reviewed = run([`${flood}\nThis story was drafted with an AI tool and checked by an editor.`]).findings.find((f) => f.rule === "signals/ai-byline");
    const bare = run([`${flood}\nThis story was written entirely by artificial intelligence.`]).findings.find((f) => f.rule === "signals/ai-byline");
    expect(reviewed?.severity).toBe("low");
    expect(bare?.severity).toBe("medium");
  });
});

describe("promo footers", () => {
  it("names the outlet from metadata", () => {
    const doc = annotate({ ...articleOf(`${flood}\n\nKeep reading Danube Courier for the full picture.`), outlet: "Danube Courier" });
    expect(ofRule(run([doc]).lines, "signals/boilerplate")).toHaveLength(1);
  });
  it("leaves a call to action inside the story alone", () => {
    const { lines } = run([`Follow the signs to the shelter, officials told residents on Tuesday. ${flood} Engineers will return next week.`]);
    expect(ofRule(lines, "signals/boilerplate")).toEqual([]);
  });
});
