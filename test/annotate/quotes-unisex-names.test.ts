// "he said" / "she said" after a person whose first name men and women both bear ("Lindsey", "Jody", "Dana",
// "Terry") or whose surname is written first ("Kim Jong Un"): the name shows no gender, so the pronoun may
// point back to them; names mostly one sex's still tell ("Margaret … he said" skips Margaret). Wordings
// written for these tests (ferries, shelters, hearings), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a first name given to men and women alike does not stop the pronoun", () => {
  it("'he' after Lindsey, Dana, Jody, Jesse, Leslie", () => {
    expect(speakers("Sen. Lindsey Pruett met the trade envoy on Tuesday. “We need a deal before the harvest,” he said.")).toEqual(["Lindsey Pruett"]);
    expect(speakers("Rep. Dana Whitfield voted against the rule. “I was not sent here to rubber-stamp anything,” he said.")).toEqual(["Dana Whitfield"]);
    expect(speakers("Rep. Jody Harlan filed the amendment on Friday. “This closes a loophole big enough to drive a truck through,” he said.")).toEqual(["Jody Harlan"]);
    expect(speakers("Jesse Okonkwo, the county sheriff, closed the bridge at dawn. “Nobody crosses until the engineers say so,” he said.")).toEqual(["Jesse Okonkwo"]);
    expect(speakers("Leslie Marchetti, who runs the ferry line, raised fares. “Diesel costs doubled,” he said.")).toEqual(["Leslie Marchetti"]);
  });
  it("'she' after Terry, Pat, Robin", () => {
    expect(speakers("Rep. Terry Sowande chaired the hearing. “We will get answers,” she said.")).toEqual(["Terry Sowande"]);
    expect(speakers("Pat Delgado, the school board president, announced the closures. “It breaks my heart,” she said.")).toEqual(["Pat Delgado"]);
  });
  it("a Korean surname written first", () => {
    expect(speakers("North Korean leader Kim Jong Un inspected the missile site. “Our deterrent is ready,” he said, according to state media.")).toEqual(["Kim Jong Un"]);
  });
  it("a woman the text shows as one is still preferred over a subject whose name tells nothing", () => {
    expect(speakers("Lindsey Pruett introduced actress Carla Mendes at the gala. “I owe everything to this town,” she said.")).toEqual(["Carla Mendes"]);
  });
});

describe("look-alikes: names that do tell a gender", () => {
  it("'she' skips a man named Henry, 'he' skips a woman named Margaret", () => {
    expect(speakers("Henry Grant met Margaret Oyelowo at the depot. “The buses are late every day,” she said.")).toEqual(["Margaret Oyelowo"]);
    expect(speakers("Margaret Oyelowo met Henry Grant at the depot. “The buses are late every day,” he said.")).toEqual(["Henry Grant"]);
  });
  it("a name mostly one sex's keeps its reading: 'he' does not go to Kelly when a man is named", () => {
    expect(speakers("Kelly Marsh met Robert Lyle at the depot. “The fund is empty,” he said.")).toEqual(["Robert Lyle"]);
  });
  it("a unisex first name followed by a middle name that tells: 'Jo Anne'", () => {
    expect(speakers("Jo Anne Pruitt met Peter Vance at the shelter. “We need beds, not speeches,” he said.")).toEqual(["Peter Vance"]);
  });
});
