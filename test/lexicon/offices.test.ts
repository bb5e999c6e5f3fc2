import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COUNTRIES, COUNTRY_WORDS, countryOf } from "../../src/lexicon/countries.js";
import { COUNTRY_TITLES, DEPUTY_OF, PORTFOLIO_PHRASES, TITLES, officesForPosition } from "../../src/lexicon/offices.js";
import { officesForRole, officesOfPosition } from "../../src/kb/offices.js";
import { docOf } from "../helpers.js";

const snapshot = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../data/kb/officeholders.json"), "utf8")) as { offices: string[]; countryNames: string[]; terms: unknown[][] };
const KB_OFFICES = new Set(snapshot.offices.flatMap((o) => o.split("|")));
const cap = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());

/** Every title form the annotator knows, written before a name, with a country where the title's office depends on it. */
function titleForms(): string[] {
  const forms = new Set<string>();
  for (const t of Object.keys(TITLES)) forms.add(cap(t));
  for (const p of PORTFOLIO_PHRASES) for (const w of ["Minister", "Secretary"]) { forms.add(`${cap(p)} ${w}`); forms.add(`${w} of ${cap(p)}`); }
  for (const o of DEPUTY_OF) forms.add(`Deputy ${cap(o)}`);
  for (const t of Object.keys(COUNTRY_TITLES)) for (const c of ["British", "U.S.", "German"]) forms.add(`${c} ${cap(t)}`);
  return [...forms];
}

describe("lexicon: offices the annotator can emit", () => {
  it("resolves every title form the annotator reads to an office of the shipped kb", () => {
    const unresolved: string[] = [];
    let read = 0;
    for (const form of titleForms()) {
      for (const r of docOf(`${form} Jonas Kvist said so.`).roles) {
        read++;
        if (!officesForRole(r.office, r.country).some((o) => KB_OFFICES.has(o))) unresolved.push(`${form} → ${r.office} (${r.country ?? "no country"})`);
      }
    }
    expect(read).toBeGreaterThan(300);
    expect(unresolved).toEqual([]);
  });
  it("reads no office from a title the kb does not hold (a deputy of a minor portfolio)", () => {
    expect(docOf("Deputy Tourism Minister Jonas Kvist said so.").roles).toEqual([]);
  });
});

describe("lexicon: kb position labels → offices", () => {
  const cases: [string, string, string[]][] = [
    ["Secretary of Transportation", "United States", ["transport minister"]],
    ["Secretary of State", "United States", ["foreign minister"]],
    ["Secretary of the Treasury", "United States", ["finance minister"]],
    ["Secretary of Homeland Security", "United States", ["homeland security minister"]],
    ["Chancellor of the Exchequer", "United Kingdom", ["finance minister"]],
    ["Secretary of State for the Home Department", "United Kingdom", ["interior minister"]],
    ["Secretary of State for Foreign, Commonwealth and Development Affairs", "United Kingdom", ["foreign minister", "development minister"]],
    ["Minister of Transport and Communications", "Peru", ["transport minister", "communications minister"]],
    ["Minister of Economy and Finance", "France", ["finance minister", "economy minister"]],
    ["Minister of Europe and Foreign Affairs", "France", ["foreign minister", "european affairs minister"]],
    ["Minister of Foreign Affairs of Ukraine", "Ukraine", ["foreign minister"]],
    ["Treasurer", "Australia", ["finance minister"]],
    ["Governor of the Central Bank", "Argentina", ["central bank governor"]],
    ["Chair of the Federal Reserve", "United States", ["central bank governor"]],
    ["Deputy Minister of Finance", "Ukraine", ["deputy finance minister"]],
    ["Vice-President", "Iran", ["vice president"]],
  ];
  it.each(cases)("%s (%s) → %j", (label, country, offices) => {
    expect(officesOfPosition(label, country)).toEqual(offices);
  });
  it("keeps junior and other national posts under their own label, not as the minister", () => {
    expect(officesOfPosition("Minister of State for Transport", "United Kingdom")).toEqual(["minister of state for transport"]);
    expect(officesOfPosition("Parliamentary Under-Secretary of State for Transport", "United Kingdom")).toEqual(["parliamentary under-secretary of state for transport"]);
    expect(officesOfPosition("Secretary of State for Transport", "France")).toEqual(["secretary of state for transport"]);
    expect(officesOfPosition("ambassador to France", "Japan")).toEqual(["ambassador to france"]);
  });
  it("leaves sub-national posts out: governors of states and oblasts, mayors, state premiers", () => {
    for (const [label, country] of [["Governor of Indiana", "United States"], ["Governor of Kherson Oblast", "Ukraine"], ["Mayor of Riga", "Latvia"],
      ["Chief Minister of Kerala", "India"], ["Premier of Alberta", "Canada"], ["Attorney General of California", "United States"]] as const)
      expect(officesForPosition(label, country)).toEqual([]);
  });
  it("keeps national posts whose label names an institution: the Senate's president, the central bank's governor", () => {
    expect(officesOfPosition("President of the Senate", "Italy")).toEqual(["president of the senate"]);
    expect(officesOfPosition("President of Congress", "Peru")).toEqual(["president of congress"]);
  });
});

describe("lexicon: countries and demonyms", () => {
  it("has words for every country of the shipped kb", () => {
    const kbCountries = new Set(snapshot.countryNames);
    kbCountries.delete("World");
    expect([...kbCountries].filter((c) => !COUNTRIES.includes(c))).toEqual([]);
  });
  it.each([["Ukrainian", "Ukraine"], ["Ukrainians", "Ukraine"], ["Britain's", "United Kingdom"], ["the U.S.", "United States"], ["Emirati", "United Arab Emirates"],
    ["Swedes", "Sweden"], ["Filipinos", "Philippines"], ["Türkiye", "Turkey"], ["Burkinabe", "Burkina Faso"], ["Kyiv", "Ukraine"], ["Salvadoran", "El Salvador"]])("%s → %s", (w, c) => {
    expect(countryOf(w)).toBe(c);
  });
  it("does not take ordinary words for countries", () => {
    for (const w of ["Chancellor", "Minister", "President", "talks", "Georgia Smith"]) expect(countryOf(w)).toBeNull();
  });
  it("gives most countries an adjective and a plural", () => {
    const withBoth = COUNTRY_WORDS.filter((c) => c.adjectives.length > 0 && c.plurals.length > 0).length;
    expect(withBoth / COUNTRY_WORDS.length).toBeGreaterThan(0.9);
  });
});
