// What a count counts (issue 17, "different things compared"): the harm named by the counted word
// itself ("three wounded", "the two dead"), a verb written right after the people it tells of ("two
// people shot dead"), and the whole of a partitive ("one of the six hikers survived": six is no count
// of survivors). Each with a look-alike beside it. Wordings are new and about events unlike the examples.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { docOf } from "../helpers.js";

const quantities = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity");
/** "noun-class/predicate=value" for each count. */
const counted = (text: string) => quantities(text).map((c) => { const { noun, pred } = c.slot; return `${noun}/${pred}=${c.value.number}`; });

describe("the harm a counted word names", () => {
  it("reads 'three wounded' after a death toll as three injured", () => {
    expect(counted("Rescuers found two climbers dead and three wounded below the ridge on Sunday.")).toEqual(["climber/killed=2", "people/injured=3"]);
  });
  it("reads 'five hurt' as five people injured even after a word of death", () => {
    expect(counted("The fatal bus crash near Arequipa left five hurt on Friday, police said.")).toEqual(["people/injured=5"]);
  });
  it("keeps 'three injured people' injured and 'three people killed' killed", () => {
    expect(counted("The blast left three people injured in the bakery, firefighters said.")).toEqual(["people/injured=3"]);
    expect(counted("The blast killed three people in the bakery, firefighters said.")).toEqual(["people/killed=3"]);
  });
});

describe("a verb right after the people it tells of", () => {
  it("counts 'two people shot to death' as two people killed, not as two 'shots'", () => {
    expect(counted("Deputies found two people shot to death inside the cabin near Flagstaff.")).toEqual(["people/killed=2"]);
  });
  it("still counts 'two shots' fired as gunshots", () => {
    expect(counted("Witnesses heard two shots fired near the cabin.")).toEqual(["gunshot/-=2"]);
  });
});

describe("the whole of a partitive", () => {
  it("does not read 'one of the six hikers survived' as six survivors", () => {
    const c = counted("One of the six hikers survived the avalanche near Chamonix, the gendarmerie said.");
    expect(c).not.toContain("people/survived=6");
    expect(c.filter((x) => x.endsWith("=6")).every((x) => !x.includes("/survived"))).toBe(true);
  });
  it("still reads 'six hikers survived' as six survivors", () => {
    expect(counted("Six hikers survived the avalanche near Chamonix, the gendarmerie said.")).toContain("hiker/survived=6");
  });
});

describe("links to other stories and photo furniture count nothing", () => {
  it("takes no claim from a 'Related:' line or a list under 'PREVIOUS STORIES'", () => {
    const text = "A 19-year-old man was stabbed outside a bar in Cardiff on Saturday, police said.\n\n"
      + "Related: Two teenagers stabbed in Newport last month\n\n"
      + "PREVIOUS STORIES\n\n>> Woman, 52, hurt in Swansea knife attack\n\n>> 3 arrested after Bridgend brawl\n\n"
      + "Police appealed for witnesses.";
    const nums = quantities(text).map((c) => c.value.number).sort();
    expect(nums).toEqual([19]);
  });
  it("takes no claim from a gallery caption ('Photo: … Image 1 of 8')", () => {
    const text = "Photo: Staff 12 Video Image 1 of 8 Caption Close Image 1 of 8 Police at the scene in Leeds.\n\nFour people were hurt in the crash on Friday, police said.";
    expect(counted(text)).toEqual(["people/injured=4"]);
  });
  it("keeps claims from a normal line that mentions a related case", () => {
    const nums = quantities("Police said the stabbing was related to a fight in which 3 men were hurt.").map((c) => c.value.number);
    expect(nums).toContain(3);
  });
});

describe("the make-up of a group", () => {
  it("does not read 'a group of four men' as four killed when one of them was", () => {
    expect(counted("The gunmen opened fire on the group of four men and a woman and fatally struck Leon Barr, 22, outside a Dayton bar.")).not.toContain("people/killed=4");
  });
  it("still reads 'a total of four men were killed' as killed", () => {
    expect(counted("A total of four men were killed outside a bar in Dayton, police said.")).toContain("people/killed=4");
  });
});

describe("the verb past a long complement of the counted noun", () => {
  it("reads 'about 400 residents of the hamlet of San Vito in Umbria were evacuated' as evacuated", () => {
    expect(counted("About 400 residents of the hamlet of San Vito in Umbria were evacuated on Monday as the river rose.")).toEqual(["civilian/evacuated=400"]);
  });
  it("takes no verb from another clause after a comma", () => {
    expect(counted("About 400 residents of the hamlet of San Vito in Umbria, where the river killed a farmer, met the mayor.")).toEqual(["civilian/-=400"]);
  });
});

describe("a relative clause after the counted people", () => {
  it("takes no harm from 'the shooting that killed a boy' for 'the four officers involved'", () => {
    expect(counted("The four Dunmore Police Department officers involved in the shooting that killed a 9-year-old girl have been named.")).not.toContain("officer/killed=4");
  });
});
