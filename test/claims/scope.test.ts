// The time a figure is pinned to: "N years ago" dates the story's own event; "41 years ago" is no day.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { docOf } from "../helpers.js";

const quantities = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity");

describe("quantity scope and day", () => {
  it("keeps 'charged with killing two hikers 30 years ago' in the story's own scope, with no day", () => {
    const [c] = quantities("A man charged with killing two hikers in the park 30 years ago appeared in court.");
    expect([c?.slot.scope, c?.value.day]).toEqual(["now", null]);
  });
  it("still marks 'earlier this month' as an earlier event", () => {
    const [c] = quantities("Earlier this month, 200 prisoners were released in another swap.");
    expect(c?.slot.scope).toBe("earlier");
  });
  it("pins a figure to a weekday", () => {
    const [c] = quantities("Police arrested 12 people on Friday.");
    expect(c?.value.day).toBe("friday");
  });
});

describe("age owner", () => {
  it("keys an unnamed person's age by how the article describes them", () => {
    const [a] = quantities("Police arrested a 58-year-old, retired teacher and a 60-year-old woman on Monday.").filter((c) => c.value.unit === "age").slice(1);
    const [b] = quantities("Officers detained a 61-year-old, recently retired woman at her home.");
    expect([a?.slot.key, b?.slot.key]).toEqual(["age:-:role=woman:-:any", "age:-:role=woman:-:any"]);
  });
  const ageSlots = (text: string) => quantities(text).filter((c) => c.value.unit === "age").map((c) => c.slot.noun);
  it("gives 'the 29-year-old Novak's' and 'Maria Lopez, 37,' to the name beside them", () => {
    expect(ageSlots("The win was the 29-year-old Novak's third title. Maria Lopez, 37, watched from the stands.")).toEqual(["person=novak", "person=lopez~maria"]);
  });
  it("gives '16-year-old Kostas Andreou' to Andreou, not to a noun 'kosta'", () => {
    expect(ageSlots("Police shot dead 16-year-old Kostas Andreou on Saturday.")).toEqual(["person=andreou~kostas"]);
  });
  it("does not give the age to a name in the next clause: 'the 52-year-old Welsh actor will replace Tom Baker'", () => {
    expect(ageSlots("The 52-year-old Welsh actor will replace Tom Baker, who leaves in June.")).not.toContain("person=baker");
  });
  it("reads no name in 'Cardiff-born' or 'American'", () => {
    expect(ageSlots("The 52-year-old Cardiff-born actor is a lifelong fan. It was the first fight for the 44-year-old American.")).toEqual(["-", "-"]);
  });
  it("keeps two members of one family apart: 'Ines Varga, 6' and 'her brother, 9-year-old Pal Varga'", () => {
    expect(ageSlots("Ines Varga, 6, died at the scene. Her brother, 9-year-old Pal Varga, was hurt.")).toEqual(["person=varga~ines", "person=varga~pal"]);
  });
  it("gives a surname alone the first name the article gives it: 'Varga, 41,' after 'Tomas Varga'", () => {
    expect(ageSlots("Tomas Varga owned the shop. Varga, 41, was not hurt.")).toEqual(["person=varga~tomas"]);
  });
  it("gives 'the 44-year-old American' to the person the article is about, as a guess", () => {
    const text = "Lennox Harper won on points against Dieter Kahl. Harper had not fought in three years. It was the first fight for the 44-year-old American.";
    expect(ageSlots(text)).toEqual(["main=harper~lennox"]);
  });
  it("gives no age to a show read as a person: 'Doctor Who' is named most, but 'who' is a word", () => {
    const text = "Fans of Doctor Who were delighted on Sunday. Doctor Who returns in the autumn, and Doctor Who fans who waited a year can relax. The actor Peter Harlan will star. Harlan said he was thrilled. The 55-year-old is a popular choice.";
    // "Harlan said …. The 55-year-old is …": the sentence before opens with Harlan, so the age is his by name.
    expect(ageSlots(text)).toEqual(["person=harlan~peter"]);
  });
  it("leaves an age with no name and no described person unkeyed", () => {
    const [c] = quantities("The 24-year-old was taken to hospital.");
    expect(c?.slot.key).toBe("age:-:-:-:any");
  });
});
