// "the Republican said", "the Ohio Democrat added": the person named before who was introduced with that
// party ("Carl Reid, a Republican", "Republican Mayor Carl Reid", "Sen. Carl Reid (R-Ohio)", "Ortiz,
// D-Texas,"), even when someone else was named nearer; the nearest person when nobody's party is told.
// Wordings written for these tests (a water board, a county road).
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a party description points back to the person introduced with that party", () => {
  it("'a Republican' / 'a Democrat' in apposition", () => {
    expect(speakers("Tom Hale, a Democrat, met Carl Reid, a Republican, on Monday. “We agreed on nothing,” the Republican said.")).toEqual(["Carl Reid"]);
    expect(speakers("Tom Hale, a Democrat, met Carl Reid, a Republican, on Monday. “We agreed on nothing,” the Democrat said.")).toEqual(["Tom Hale"]);
  });
  it("'(R-Ohio)', ', D-Texas,' after the name", () => {
    expect(speakers("Sen. Carl Reid (R-Ohio) met Gov. Tom Hale, a Democrat, on Monday. “We agreed on nothing,” the Republican said.")).toEqual(["Carl Reid"]);
    expect(speakers("Rep. Ana Ortiz, D-Texas, spoke after Gov. Tom Hale, a Republican. “We agreed on nothing,” the Democrat said.")).toEqual(["Ana Ortiz"]);
  });
  it("a party adjective before the title, and a place before the party noun", () => {
    expect(speakers("Democratic Gov. Tom Hale met Republican Mayor Carl Reid on the road plan. “We agreed on nothing,” the Republican said.")).toEqual(["Carl Reid"]);
    expect(speakers("Tom Hale met Carl Reid, a Republican, about the water board. “We agreed on nothing,” the Ohio Republican said.")).toEqual(["Carl Reid"]);
  });
});

describe("look-alikes: nobody's party told, or one person only", () => {
  it("the nearest person stays the speaker", () => {
    expect(speakers("Carl Reid met voters on Monday. “We agreed on nothing,” the Republican said.")).toEqual(["Carl Reid"]);
    expect(speakers("Tom Hale met Carl Reid on Monday. “We agreed on nothing,” the Republican said.")).toEqual(["Tom Hale"]);
  });
  it("'Democratic Republic' is no party", () => {
    expect(docOf("The Democratic Republic of Congo sent envoys.").entities.some((e) => e.type === "person")).toBe(false);
  });
});

describe("a party tag in apposition (', R-Fla.,') is no name", () => {
  it("the name before the tag speaks, with or without a description after it", () => {
    expect(speakers("Sen. Dora Vance, R-Idaho, a member of the water panel, called the dam plan “a gift to the builders.”")).toEqual(["Dora Vance"]);
    expect(speakers("Rep. Luis Abad, D-N.M., said the county road was “falling apart under our feet.”")).toEqual(["Luis Abad"]);
  });
  it("look-alike: a name in apposition is still the speaker", () => {
    expect(speakers("The board's chair, Dora Vance, called the dam plan “a gift to the builders.”")).toEqual(["Dora Vance"]);
  });
});
