// "Nine crew members" counts the crew, as "all 14 crew" does; "six staff members" counts staff. A compound whose
// head is "members" counts the group its first word names when that word names a kind of people (issue 17: a
// real dispute missed because "crew members" was read as "people", a wider group than "crew").
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => (f.type === "contradiction" || f.type === "arithmetic") && (f.severity === "medium" || f.severity === "high"));

describe("members of a group", () => {
  it("flags 'its 11 crew members' against 'all 17 crew'", () => {
    expect(loud([
      "A tanker caught fire in the Strait of Hormuz on Tuesday; its 11 crew members were rescued by a passing ship, the coast guard said.",
      "The coast guard said all 17 crew of a tanker that caught fire in the Strait of Hormuz on Tuesday had been rescued.",
    ])).toHaveLength(1);
  });
  it("flags 'six staff members' against 'nine staff' taken hostage", () => {
    expect(loud([
      "Gunmen took six staff members hostage at a bank in Quito on Friday, police said.",
      "Police said gunmen held nine staff hostage at a bank in Quito on Friday.",
    ])).toHaveLength(1);
  });
  it("is quiet on the same count told both ways", () => {
    expect(loud([
      "A fishing trawler sank off Shetland on Sunday; its eight crew members were picked up by a lifeboat.",
      "All eight crew of a trawler that sank off Shetland on Sunday were picked up by a lifeboat, the coastguard said.",
    ])).toHaveLength(0);
  });
  it("is quiet on crew members against everyone on board", () => {
    expect(loud([
      "A ferry ran aground near Split on Monday; its 12 crew members and 230 passengers were taken off safely.",
      "All 242 people on board a ferry that ran aground near Split on Monday were taken off safely, the harbour master said.",
    ])).toHaveLength(0);
  });
  it("is quiet on 'their three youngest children' against 'their four children' (a part of the family's children)", () => {
    expect(loud([
      "A neighbour said the couple and their four children had lived on the street in Tulsa for years.",
      "The couple and their three youngest children were found dead in the house in Tulsa on Sunday, police said.",
    ])).toHaveLength(0);
  });
  it("is quiet on 'killed their two children' against 'their four children' (the harmed may be a part)", () => {
    expect(loud([
      "The gunman killed his estranged wife and their two children at the farmhouse near Dubbo on Saturday, police said.",
      "Neighbours said the woman and their four children had moved to the farmhouse near Dubbo last year; police said the gunman shot them on Saturday.",
    ])).toHaveLength(0);
  });
  it("is quiet on 'service members', which is not a group named by its first word", () => {
    expect(loud([
      "Three service members were wounded in a drone attack on a base in Syria on Sunday, officials said.",
      "Officials said three soldiers were wounded in Sunday's drone attack on a base in Syria.",
    ])).toHaveLength(0);
  });
});

describe("an article that writes the other's figure as the part of its whole", () => {
  it("'Of the 40,000 tickets, 12,000 went to members' against '12,000 tickets went to members'", () => {
    expect(loud([
      "Of the 40,000 tickets for the cup final in Cardiff, 12,000 went to season ticket holders, the club said.",
      "A total of 12,000 tickets for the cup final in Cardiff went to season ticket holders, the club said.",
    ])).toHaveLength(0);
  });
  it("'Three of the five suspects' against 'three suspects'", () => {
    expect(loud([
      "Three of the five suspects arrested after the bank robbery in Ghent were charged on Friday, prosecutors said.",
      "Three suspects arrested after the bank robbery in Ghent were charged on Friday, prosecutors said.",
    ])).toHaveLength(0);
  });
  it("a day of a date is no figure: 'On March 5, 12 people were killed' against 'Five people' stays loud", () => {
    expect(loud([
      "On March 5, 12 people were killed when a fuel tanker exploded on the highway near Kisumu, police said.",
      "Five people were killed when a fuel tanker exploded on the highway near Kisumu on March 5, police said.",
    ]).length).toBeGreaterThan(0);
  });
  it("a whole against another figure, neither written by the other, stays loud", () => {
    expect(loud([
      "Of the 40,000 tickets for the cup final in Cardiff, 12,000 went to season ticket holders, the club said.",
      "A total of 19,000 tickets for the cup final in Cardiff went to season ticket holders, the club said.",
    ]).length).toBeGreaterThan(0);
  });
});
