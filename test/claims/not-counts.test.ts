// Numbers that look like counts of people but are not (issue 17, "different things compared"):
// street addresses given by the hundred block, gunshots fired, and an age that belongs to the
// person named right after it rather than to the one named before.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { docOf } from "../helpers.js";

const quantities = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity");
const slots = (text: string) => quantities(text).map((c) => `${c.slot.noun}=${c.value.number}`);

describe("addresses are no counts", () => {
  it("leaves 'the 4300 block of Vine Road' out, with or without 'of'", () => {
    expect(slots("Deputies were called to a house in the 4300 block of Vine Road on Tuesday.")).toEqual([]);
    expect(slots("Three men were wounded in the 600 block, officers said.")).toEqual(["people=3"]);
  });
  it("keeps a count of blocks", () => {
    expect(slots("Flooding closed 12 blocks of the old town.")).toEqual(["block=12"]);
  });
});

describe("gunshots are not people shot", () => {
  it("counts 'four shots' as gunshots and 'four shot' as people", () => {
    expect(slots("Neighbours said they heard four shots before the van drove off.")).toEqual(["gunshot=4"]);
    expect(slots("Four shot outside a Tulsa nightclub, police say.")).not.toContain("gunshot=4");
  });
});

describe("an age before a name belongs to that name", () => {
  it("gives '31-year-old Marta Jones' to Jones, not to the person listed before her", () => {
    const [age] = quantities("Police named the victims as Tomas Weber, 31-year-old Marta Jones and a teenage boy.").filter((c) => c.value.unit === "age");
    expect(age?.slot.key).toBe("age:-:person=jones~marta:-:any");
    const [other] = quantities("The victims were Carl Hughes, 19-year-old Rosa Daniels and a man, 40.").filter((c) => c.value.unit === "age");
    expect(other?.slot.key).toBe("age:-:person=daniels~rosa:-:any");
  });
  it("still gives 'Tomas Weber, 31,' to Weber", () => {
    const [age] = quantities("Police named the victim as Tomas Weber, 31, of Graz.").filter((c) => c.value.unit === "age");
    expect(age?.slot.key).toBe("age:-:person=weber~tomas:-:any");
  });
});
