// Issue 17 ("real disputes missed"): the day an event is to be held, told by the act that set it ("called a snap election for
// May 14", "set the referendum for 3 June") or by the event's own verb ("will be held on May 24", "will take place on
// 13 June"), is one day to compare. A day the texts say moved, and a state on a day ("held in custody"), are not.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const dated = (texts: string[]) => texts.map((text) => ({ text, publishedAt: "2026-03-02" }));
const eventDays = (texts: string[]) => findingsOf(dated(texts)).filter((f) => f.rule === "crosscheck/event-date" && f.severity !== "low");

describe("the day an event is held", () => {
  it("flags 'set the referendum for 3 June' against 'will take place on 13 June'", () => {
    const fs = eventDays([
      "Prime Minister Ana Lopes set the referendum on the new constitution for 3 June after weeks of talks with the opposition.",
      "The referendum on the new constitution that Prime Minister Ana Lopes agreed with the opposition will take place on 13 June.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.summary).toMatch(/for the day it is held/);
  });
  it("leaves a day the text says moved alone", () => {
    expect(eventDays([
      "Prime Minister Ana Lopes set the referendum on the new constitution for 3 June after weeks of talks with the opposition.",
      "The referendum on the new constitution, originally set for 3 June, will now take place on 13 June, Prime Minister Ana Lopes said.",
    ])).toHaveLength(0);
  });
  it("does not read 'held in custody on' as the day of an event", () => {
    expect(eventDays([
      "The suspect in the jewellery shop robbery in Porto was held in custody on Friday, police said.",
      "The suspect in the jewellery shop robbery in Porto was held in custody on Saturday, police said.",
    ])).toHaveLength(0);
  });
});
