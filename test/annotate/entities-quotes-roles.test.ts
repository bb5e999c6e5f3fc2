import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

describe("entities", () => {
  it("types names the stock models miss: Umerov, Kuleba, Kursk, TASS", () => {
    const doc = docOf("According to TASS, Defence Minister Rustem Umerov met Dmytro Kuleba, who said the talks in Kursk failed. Umerov said little.");
    const got = doc.entities.map((e) => `${e.type}:${e.span.text}`);
    expect(got).toContain("org:TASS");
    expect(got).toContain("person:Rustem Umerov");
    expect(got).toContain("person:Dmytro Kuleba");
    expect(got).toContain("place:Kursk");
  });
  it("keeps hyphenated and non-Latin-1 names whole: Jean-Marc Ayrault, Ahmet Davutoğlu", () => {
    const got = docOf("Foreign Minister Jean-Marc Ayrault met Ahmet Davutoğlu in Ankara.").entities.map((e) => `${e.type}:${e.span.text}`);
    expect(got).toEqual(["person:Jean-Marc Ayrault", "person:Ahmet Davutoğlu", "place:Ankara"]);
  });
  it("splits two places joined by a hyphen", () => {
    expect(docOf("The Russia-Ukraine talks resumed.").entities.map((e) => `${e.type}:${e.span.text}`)).toEqual(["place:Russia", "place:Ukraine"]);
  });
  it("does not take Title Case headline words for people", () => {
    const doc = docOf("Russia Releases Prisoners But Don't Expect Peace Just Yet\nThe exchange happened.");
    expect(doc.entities.filter((e) => e.type === "person")).toEqual([]);
  });
});

describe("a body's name, a title, then a person's name", () => {
  const ents = (t: string) => docOf(t).entities.map((e) => `${e.type}:${e.span.text}`);
  it("is the person, not the body: 'Senate Majority Leader …', 'Supreme Court Justice …', 'Police Chief …'", () => {
    expect(ents("On Monday, Senate Majority Leader Ann Lee told reporters the bill was dead.")).toEqual(["person:Ann Lee"]);
    expect(ents("Yesterday Supreme Court Justice Ines Carvalho spoke at the harbour.")).toEqual(["person:Ines Carvalho"]);
    expect(ents("Later, Police Chief Tom Ward said the pier was closed.")).toEqual(["person:Tom Ward"]);
    expect(ents("Then Harbor Board Chairwoman Ruth Okonjo resigned.")).toEqual(["person:Ruth Okonjo"]);
  });
  it("'Assistant District Attorney …', 'Associate Justice …', 'Executive Director …' are titles before the name", () => {
    expect(ents("In response, Assistant District Attorney Phillip Hong-Barco added a charge.")).toEqual(["person:Phillip Hong-Barco"]);
    expect(ents("Later, Associate Justice Ines Carvalho dissented.")).toEqual(["person:Ines Carvalho"]);
    expect(ents("Later, Executive Director Tom Ward resigned.")).toEqual(["person:Tom Ward"]);
  });
  it("look-alike: a body and its title with no name after them stay a body", () => {
    expect(ents("A letter from the Senate Judiciary Committee arrived.")).toEqual(["org:Senate Judiciary Committee"]);
    expect(ents("Later, the Harbor Board Chairman Office closed.")).toEqual(["org:Harbor Board Chairman Office"]);
  });
});

describe("quotes", () => {
  it("attributes a quote introduced by 'X said,'", () => {
    const doc = docOf("Foreign Minister Dmytro Kuleba said, “This exchange shows that dialogue is possible.”");
    expect(doc.quotes.map((q) => `${q.speaker}: ${q.span.text}`)).toEqual(["Dmytro Kuleba: This exchange shows that dialogue is possible."]);
  });
  it("attributes a quote followed by ', she said'", () => {
    const doc = docOf("Mayor Anna Berg visited the site. “We will rebuild every house on this street,” she said.");
    expect(doc.quotes[0]?.speaker).toBe("Anna Berg");
  });
  it("does not take a place as a speaker", () => {
    const doc = docOf("One woman from Rostov said, “They brought my brother back home to us.”");
    expect(doc.quotes[0]?.speaker).toBeNull();
  });
  it("ignores apostrophes inside words", () => {
    expect(docOf("It didn’t ease the tensions, and analysts weren’t surprised.").quotes).toEqual([]);
  });
});

describe("roles", () => {
  it("reads office, country and person in 'U.S. Secretary of State Antony Blinken'", () => {
    const r = docOf("U.S. Secretary of State Antony Blinken praised the step.").roles[0];
    expect(r && `${r.span.text}|${r.office}|${r.country}|${r.tense}`).toBe("U.S. Secretary of State Antony Blinken|foreign minister|United States|current");
  });
  it("reads a possessive country: “Ukraine’s Foreign Minister Dmytro Kuleba”", () => {
    const r = docOf("Ukraine’s Foreign Minister Dmytro Kuleba said little.").roles[0];
    expect(r && `${r.office}|${r.country}`).toBe("foreign minister|Ukraine");
  });
  it("marks former officeholders as former", () => {
    const r = docOf("Former President Barack Obama spoke.").roles[0];
    expect(r?.tense).toBe("former");
  });
  it("reads an appositive office after the name", () => {
    const r = docOf("Sergei Lavrov, Russia's foreign minister, arrived.").roles[0];
    expect(r && `${r.personSpan.text}|${r.office}|${r.country}`).toBe("Sergei Lavrov|foreign minister|Russia");
  });
});

describe("a name that ends in a feature of the land or sea", () => {
  const types = (text: string) => docOf(text).entities.map((e) => `${e.span.text}|${e.type}`);
  it("'the Barents Sea', 'the Rift Valley' are places, not people", () => {
    expect(types("Greenpeace condemned the drilling licence granted in the Barents Sea on Monday.")).toContain("Barents Sea|place");
    expect(types("Herders across the Rift Valley lost cattle to the drought.")).toContain("Rift Valley|place");
  });
  it("a person whose surname is such a word stays a person ('Michael Bay')", () => {
    expect(types("The film by Michael Bay opened on Friday.")).toContain("Michael Bay|person");
  });
});
