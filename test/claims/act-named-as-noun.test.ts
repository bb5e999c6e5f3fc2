// Issue 17: what happened to the people counted after "of" when an act is named as a noun. In "A second
// teen was arrested on Tuesday in the shooting of 24 people" the 24 were shot, not arrested; a verb further
// back is said of someone else. The same holds for the whole of a part ("arrested two of the 19 people
// questioned"), for kin named before "of" ("the families of three victims attended") and for teens, who are
// counted with teenagers and children.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { findingsOf } from "../crosscheck/torture.js";
import { nounClass } from "../../src/claims/slots.js";

const slots = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity").map((c) => `${c.value.number}:${c.slot.pred}`);
const loud = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("an act named as a noun before 'of'", () => {
  it("governs the count after it, not a verb further back", () => {
    expect(slots("A second man was arrested Friday in the stabbing of three students outside a school in Leeds.")).toEqual(["3:-"]);
    expect(slots("A 17-year-old was charged Monday in the shooting of 24 people at a nightclub in Miami.")).toContain("24:-");
    expect(slots("Police detained a woman over the poisoning of 11 guests at a wedding in Izmir.")).toEqual(["11:-"]);
    expect(slots("Rebels announced the release of 40 prisoners on Sunday.")).toEqual(["40:released"]);
    expect(slots("The inquiry into the deaths of 11 miners at the Soma pit opened on Monday.")).toEqual(["11:killed"]);
  });
  it("keeps the verb when no act noun stands before 'of'", () => {
    expect(slots("Police arrested 19 people after the shooting at a bar in Tulsa.")).toEqual(["19:detained"]);
    expect(slots("Officials ordered 2,400 residents to be evacuated as the river rose in Dresden.")).toEqual(["2400:evacuated"]);
  });
  it("does not give the part's verb to the whole, nor the kin's verb to the people after 'of'", () => {
    expect(slots("Police arrested two of the 19 people questioned after the brawl.")).toContain("19:-");
    expect(slots("Police killed all of the 19 gunmen.")).toContain("19:killed");
    expect(slots("The families of three victims attended the hearing in Leeds.")).toEqual(["3:-"]);
  });
  it("no longer sets the arrest count against the count of the people shot", () => {
    expect(loud([
      "A second teen was arrested on Tuesday in the shooting of 14 people at a skating rink in Akron.",
      "Police said two teens have been arrested so far over the shooting at the skating rink in Akron on Saturday.",
    ])).toEqual([]);
  });
});

describe("teens", () => {
  it("are counted with teenagers and children", () => {
    expect(nounClass("teen")).toBe(nounClass("teenager"));
    expect(nounClass("youngster")).toBe(nounClass("children"));
  });
});
