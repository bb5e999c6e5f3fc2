// Sourcing and framing on texts about other events than the seeds (a Black Sea grain deal, a
// drone strike on a power plant): who is cited, one-sided reliance, adopted vs reported framing.
import { describe, expect, it } from "vitest";
import { classify } from "../../src/signals/sourcing.js";
import { adoptedFrames } from "../../src/signals/framing.js";
import { signals } from "../../src/signals/index.js";
import { docOf } from "../helpers.js";
import { ofRule, run } from "./helpers.js";

const kremlinSide = [
  "According to TASS, the grain corridor will reopen next month under new inspection rules.",
  "The Kremlin said the deal protects Russian farmers from Western sanctions.",
  "Kremlin spokesman Dmitry Peskov said the grain would go first to Africa.",
  "Dmitry Peskov told reporters that Moscow had kept its side of the bargain.",
  "The Russian Foreign Ministry has repeatedly insisted that shipments be checked in Istanbul.",
  "Ships left Ukraine's port of Odesa on Monday.",
].join(" ");
const bothSides = [
  "Ukraine's ombudsman said 40 sailors were still held in Crimea.",
  "The Kremlin said the inspections would continue.",
  "Officials said the first ship had reached the Bosphorus, and analysts say prices may fall.",
].join(" ");

describe("sourcing", () => {
  it("classifies who is cited by side and kind", () => {
    expect(classify("TASS")).toEqual(["Russian state media"]);
    expect(classify("the Kremlin")).toEqual(["Russian officials"]);
    expect(classify("Ukraine's ombudsman")).toEqual(["Ukrainian officials"]);
    expect(classify("Both Moscow and Kyiv")).toEqual(["Russian officials", "Ukrainian officials"]);
    expect(classify("officials")).toEqual(["officials"]);
    expect(classify("analysts")).toEqual(["experts/analysts"]);
    expect(classify("people familiar with the talks")).toEqual(["unnamed"]);
  });
  it("counts citations per article in the sourcing table", () => {
    const docs = [docOf(bothSides)];
    const { sourcing } = signals(docs);
    expect(sourcing[0]?.cites).toEqual({ "Ukrainian officials": 1, "Russian officials": 1, officials: 1, "experts/analysts": 1 });
  });
  it("flags an article that relies on one side's media and officials", () => {
    const { lines } = run([kremlinSide, bothSides]);
    expect(ofRule(lines, "signals/one-sided-sourcing")).toEqual([
      'low signals/one-sided-sourcing 0:"According to TASS" 0:"The Kremlin said" 0:"Kremlin spokesman Dmitry Peskov said"',
    ]);
  });
  it("does not flag an article that cites both sides", () => {
    const { findings, docs } = run([bothSides]);
    expect(findings.filter((f) => f.rule === "signals/one-sided-sourcing")).toEqual([]);
    expect(findings.find((f) => f.rule === "signals/sourcing")?.articleIds).toEqual([docs[0]!.article.id]);
  });
});

describe("framing", () => {
  const kyivVoice = "Drones struck a power plant in Kharkiv overnight, the latest attack since the full-scale invasion began. Occupied territories in the south were also shelled.";
  const moscowVoice = "Drones struck a power plant in Kharkiv overnight as the special military operation entered a new phase.";
  it("compares how articles name the same war", () => {
    const { findings } = run([kyivVoice, moscowVoice]);
    const contrast = findings.find((f) => f.rule === "signals/framing-contrast");
    expect(contrast?.severity).toBe("info");
    expect(contrast?.evidence.map((e) => e.text)).toEqual(["full-scale invasion", "special military operation"]);
  });
  it("marks one-sided terms adopted in the article's own voice as low", () => {
    const { lines } = run([kyivVoice]);
    expect(ofRule(lines, "signals/loaded-terms")).toEqual(['low signals/loaded-terms 0:"full-scale invasion" 0:"Occupied territories"']);
  });
  it("does not count a term the article attributes to someone else", () => {
    const reported = "Drones struck a power plant in Kharkiv overnight. Moscow calls the war a special military operation. Residents described “a special military operation against our lights.”";
    const { lines } = run([reported]);
    expect(ofRule(lines, "signals/loaded-terms")).toEqual([]);
  });
});

describe("parties from the text", () => {
  it("derives nationality words the list lacks", async () => {
    const { countryOfWord } = await import("../../src/signals/parties.js");
    expect(countryOfWord("Malian")).toBe("Mali");
    expect(countryOfWord("Cambodian")).toBe("Cambodia");
    expect(countryOfWord("Philippine")).toBe("Philippines");
    expect(countryOfWord("Indian")).toBe("India");
    expect(countryOfWord("Italianate")).toBeNull();
  });
  it("places a later bare surname by how the article introduced the person", () => {
    const text = "Bolivian President Luis Arce met farmers in Oruro. Chile's foreign ministry said the border stays open. Arce said talks would continue. Bolivia's army said patrols were doubled. La Paz said it wanted calm.";
    const { sourcing } = signals([docOf(text)]);
    expect(sourcing[0]?.cites["Bolivia officials"] ?? sourcing[0]?.cites["Bolivian officials"]).toBe(3);
  });
});

describe("loaded terms are looked for only in texts holding one of their cue words", () => {
  // One wording per alternative of each frame's pattern, in capitals where the pattern is case-blind:
  // a cue word that misses a form would drop it here.
  const terms = [
    "this regime", "a brutal regimes", "the Varnian regime", "puppet administration", "illegitimate rulers", "rogue nations",
    "foreign masters", "the dictator’s", "tyrants", "despot", "warmongering", "ruling clique", "apartheid regime", "Zionist entity", "state terrorism",
    "TERRORISTS", "Terror Cells", "thugs", "Bandits", "savagery", "Barbaric", "vermin", "hordes", "butchered", "butcher of", "murderous",
    "bloodthirsty", "criminal gangs", "fascists", "crusaders", "infidels", "war criminal", "enemy scum",
    "freedom fighters", "martyrdom", "heroic resistance", "brave warriors", "defenders of the fatherland", "glorious revolution", "our heroes",
    "fearless troops", "sacred soil", "liberation of Varna", "liberating the province",
    "ETHNIC CLEANSING", "Genocidal", "massacres", "slaughtering villagers", "another war crime", "Atrocities", "pogroms", "bloodbath", "extermination",
    "Occupiers", "occupation authorities", "invaders", "invading soldiers", "aggressors", "unprovoked aggression", "act of aggression", "imperialist powers", "reckless provocation",
    "Special Military Operation", "denazification", "neonazis", "Kiev regime",
    "Large-Scale Invasion", "war of aggression", "unprovoked attack", "russian aggression", "illegally annexed",
    "Western encroachment", "nato expansion", "defender of Russian-speaking", "protecting the citizens of Donbass",
    "Occupied Territories", "propaganda narrative", "expansionist ambitions",
    "humanitarian breakthrough", "act of humanitarianism", "Tangible Progress", "step towards peace", "glimmer of hope", "potential goodwill",
    "strategic cunning", "delaying tactic", "stall negotiations", "facade", "illusion of productive dialogue", "buy time", "tactical maneuver", "calculated move", "geopolitical chess game",
  ];
  it.each(terms)("finds %s", (term) => {
    const doc = docOf(`Varna, Monday. The council met in the hall.\nIt spoke of ${term} at length in its statement.\n`);
    const found = adoptedFrames(doc).map((u) => u.evidence.text.toLowerCase());
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => term.toLowerCase().includes(f) || f.includes(term.toLowerCase()))).toBe(true);
  });
});
