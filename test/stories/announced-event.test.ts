// An event announced for a day to come is the event later held: "Dockers will stop work on Wednesday, the union said on
// Monday" and "Antwerp port idle as dockers strike" on Wednesday are one story. The announcing lead reaches forward to
// the day it names; a day to come told in a side clause of a past event ("a man was shot …, and a vigil will be held
// on Saturday") does not, nor a day weeks ahead.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/stories/cluster.js";
import { dayNumber, eventFeatures } from "../../src/stories/features.js";
import { docOf } from "./helpers.js";

const together = (a: ReturnType<typeof docOf>, b: ReturnType<typeof docOf>) => clusterStories([a, b]).length === 1;
const reachesTo = (d: ReturnType<typeof docOf>) => eventFeatures(d).when?.[1];

describe("the time frame of a lead that announces its event", () => {
  it("reaches forward to the day announced, a weekday to come as well as a written date", () => {
    // Friday 2026-05-15: "on Tuesday" to come is the 19th.
    expect(reachesTo(docOf("Firefighters to strike", "Firefighters across Queensland will strike on Tuesday over staffing, their union said on Friday.", "2026-05-15"))).toBe(dayNumber("2026-05-19"));
    expect(reachesTo(docOf("Talks set", "The two foreign ministers are due to meet in Baku on May 20 to sign the border treaty, officials said.", "2026-05-14"))).toBe(dayNumber("2026-05-20"));
  });

  it("does not reach forward for a day to come in a side clause of a past event, nor for one weeks ahead", () => {
    expect(reachesTo(docOf("Woman stabbed in Cardiff", "A woman was stabbed outside a shop in Cardiff on Wednesday, and a vigil will be held on Saturday, her family said.", "2026-05-14"))).toBe(dayNumber("2026-05-14"));
    expect(reachesTo(docOf("Rail strike planned", "Rail workers will strike on June 29 unless the company raises its pay offer, the union said.", "2026-05-14"))).toBe(dayNumber("2026-05-14"));
  });
});

describe("stories: an announced event and the event held", () => {
  it("keeps together a dock strike announced on Monday and held on Wednesday", () => {
    const announced = docOf("Antwerp dockers to stop work", "Dock workers at the port of Antwerp will stop work on Wednesday in protest at plans to automate cranes, the ABVV union said on Monday.", "2026-03-16");
    const held = docOf("Antwerp port idle as dockers strike", "Ships waited off the port of Antwerp on Wednesday as dock workers stopped work against crane automation, the ABVV union said.", "2026-03-18");
    expect(together(announced, held)).toBe(true);
  });

  it("keeps together a firefighters' strike called on a Friday and held the next Tuesday", () => {
    const announced = docOf("Queensland firefighters to strike", "Firefighters across Queensland will strike on Tuesday over staffing levels, the United Firefighters Union said on Friday.", "2026-05-15");
    const held = docOf("Queensland firefighters walk out", "Firefighters across Queensland walked off the job for four hours on Tuesday in their dispute over staffing levels, the United Firefighters Union said.", "2026-05-19");
    expect(together(announced, held)).toBe(true);
  });

  it("keeps apart a stabbing whose report announces a vigil and another stabbing on the vigil's day", () => {
    const first = docOf("Woman stabbed in Cardiff", "A 40-year-old woman was stabbed outside a shop on Clifton Street in Cardiff on Wednesday, and a vigil will be held on Saturday, her family said.", "2026-05-14");
    const second = docOf("Man stabbed in Cardiff", "A 22-year-old man was stabbed outside a takeaway on City Road in Cardiff on Saturday night, South Wales Police said.", "2026-05-17");
    expect(together(first, second)).toBe(false);
  });

  it("keeps apart a strike announced in one city and another city's strike that day", () => {
    const announced = docOf("Porto nurses to strike", "Nurses at hospitals in Porto will strike on Thursday over unpaid overtime, their union said on Monday.", "2026-10-05");
    const other = docOf("Lisbon nurses strike", "Nurses at hospitals in Lisbon went on strike on Thursday over night-shift rotas, their union said.", "2026-10-08");
    expect(together(announced, other)).toBe(false);
  });
});
