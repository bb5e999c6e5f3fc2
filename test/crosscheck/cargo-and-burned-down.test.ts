// What a vessel or a vehicle carries is its cargo, as the people aboard are its passengers: "carrying 3,400 containers"
// and "loaded with 4,300 containers" are one figure told two ways (probe batch 18, read after its final run). A fire that
// "burned down 53 houses" destroyed them, as "destroyed 35 homes" says. Wordings and events of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("cargo told as carried and as loaded", () => {
  it("a tanker carrying or laden with crude", () => {
    expect(loud([
      "The tanker, carrying 80,000 tonnes of crude, ran aground off Gibraltar on Monday.",
      "The tanker, laden with 60,000 tonnes of crude, went aground off Gibraltar on Monday.",
    ]).length).toBeGreaterThan(0);
  });
  it("a barge's containers", () => {
    expect(loud([
      "A barge carrying 120 containers sank in the Rhine near Duisburg on Thursday.",
      "The barge, loaded with 210 containers, sank in the Rhine near Duisburg on Thursday.",
    ]).length).toBeGreaterThan(0);
  });
  it("the same cargo told two ways is no dispute", () => {
    expect(loud([
      "A lorry carrying 20 tonnes of potatoes overturned on the A1 on Friday.",
      "The lorry overturned on the A1 on Friday; its driver, 20, was unhurt, and 20 tonnes of potatoes spilled.",
    ])).toEqual([]);
  });
});

describe("burned down is destroyed", () => {
  it("houses burned down against homes destroyed", () => {
    expect(loud([
      "The storm destroyed 120 homes in the valley, the mayor said.",
      "In the valley, 210 houses were burned down by the storm, the mayor said.",
    ]).length).toBeGreaterThan(0);
  });
});
