// The time a figure is pinned to: "N years ago" dates the story's own event; "41 years ago" is no day.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract.js";
import type { QuantityClaim } from "../../src/domain/claim.js";
import { docOf } from "../helpers.js";

const quantities = (text: string) => extractClaims(docOf(text)).filter((c): c is QuantityClaim => c.kind === "quantity");

describe("quantity scope and day", () => {
  it("keeps 'charged with killing two hikers 30 years ago' in the story's own scope, with no day", () => {
    const [c] = quantities("A man charged with killing two hikers in the park 30 years ago appeared in court.");
    expect([c?.slot.split(":").pop(), c?.value.day]).toEqual(["now", null]);
  });
  it("still marks 'earlier this month' as an earlier event", () => {
    const [c] = quantities("Earlier this month, 200 prisoners were released in another swap.");
    expect(c?.slot.split(":").pop()).toBe("earlier");
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
    expect([a?.slot, b?.slot]).toEqual(["age:-:role=woman:-:any", "age:-:role=woman:-:any"]);
  });
  it("leaves an age with no name and no described person unkeyed", () => {
    const [c] = quantities("The 24-year-old was taken to hospital.");
    expect(c?.slot).toBe("age:-:-:-:any");
  });
});
