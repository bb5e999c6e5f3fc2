// Classes the lead's fourth probe batch showed (issue 17), each in wordings of its own about other
// events, beside the look-alikes it must leave alone: the age of the one driver (pilot, skipper …)
// an incident has, far apart between outlets; a prison term of one unnamed defendant in months; a
// percentage of a workforce cut; a count of the killed and injured together, which is neither the
// dead nor the hurt alone.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0], type = "contradiction") =>
  findingsOf(texts).filter((f) => f.type === type && (f.severity === "medium" || f.severity === "high"));

describe("the age of the one driver of an incident, told far apart", () => {
  it("flags 67 against 76 for the one lorry driver", () => {
    expect(loud([
      "A 67-year-old lorry driver was hurt when his truck overturned on the A2 near Poznan on Friday, blocking both lanes for hours, police said.",
      "Police said a lorry driver, 76, was injured on Friday when his truck overturned on the A2 motorway near Poznan and blocked both lanes for hours.",
    ])).toHaveLength(1);
  });
  it("flags 71 against 17 for the one driver who reversed into shoppers (neither harmed nor accused)", () => {
    expect(loud([
      "A 71-year-old driver reversed his car into shoppers outside a supermarket in Aalborg on Saturday, injuring four people, police said.",
      "Police said a 17-year-old driver reversed his car into shoppers outside a supermarket in Aalborg on Saturday; four people were injured.",
    ])).toHaveLength(1);
  });
  it("leaves the drivers of the two vehicles in one crash apart", () => {
    expect(loud([
      "A 67-year-old driver died when his car collided with a delivery van on the ring road in Aalborg on Saturday. The van's driver escaped with bruises.",
      "A 34-year-old delivery driver escaped with bruises after his van collided with a car on Aalborg's ring road on Saturday; the car's driver died at the scene.",
    ])).toEqual([]);
  });
  it("leaves the driver and a passenger of other ages apart", () => {
    expect(loud([
      "A 67-year-old driver and his 34-year-old passenger were hurt when their car left the road near Poznan on Friday, police said.",
      "Police said a 34-year-old passenger was taken to hospital after a car left the road near Poznan on Friday; the driver, 67, was treated at the scene.",
    ])).toEqual([]);
  });
});

describe("the prison term of one unnamed defendant", () => {
  it("flags 30 months against three months", () => {
    expect(loud([
      "A former bank clerk who took cash from customers' accounts in Lyon was sentenced to 30 months in prison on Tuesday.",
      "A court in Lyon on Tuesday jailed a former bank clerk for three months for taking money from customers' accounts.",
    ])).toHaveLength(1);
  });
  it("leaves two defendants' terms apart", () => {
    expect(loud([
      "Two brothers who ran a fake charity in Lyon were jailed on Tuesday: the elder for 30 months and the younger for three months.",
      "A court in Lyon on Tuesday sentenced a man to 30 months in prison for running a fake charity with his brother.",
    ])).toEqual([]);
  });
});

describe("a count of the killed and injured together", () => {
  it("does not set 'eleven dead and 30 hurt' against '41 dead or injured'", () => {
    expect(loud([
      "Eleven people died and 30 were hurt when a fuel tanker exploded on a highway outside Lagos on Monday, emergency officials said.",
      "Emergency officials said 41 people were killed or injured when a fuel tanker exploded on a highway outside Lagos on Monday.",
    ])).toEqual([]);
  });
  it("still flags two outlets' different counts of the killed or injured", () => {
    expect(loud([
      "Emergency officials said 41 people were killed or injured when a fuel tanker exploded outside Lagos on Monday.",
      "A fuel tanker exploded on a highway outside Lagos on Monday; 14 people were killed or injured, emergency officials said.",
    ])).toHaveLength(1);
  });
});

describe("a percentage of a workforce cut", () => {
  it("flags 8 against 18 per cent of the staff the same firm cuts", () => {
    expect(loud([
      "The carmaker Voltra said on Monday it would cut 8 per cent of its workforce over the next two years as demand for its models falls.",
      "Voltra announced on Monday that it will shed 18 per cent of its staff within two years because of falling demand.",
    ])).toHaveLength(1);
  });
  it("leaves a share cut and a share kept apart", () => {
    expect(loud([
      "The carmaker Voltra said on Monday it would cut 8 per cent of its workforce over the next two years.",
      "Voltra said on Monday that 92 per cent of its staff would keep their jobs after the cuts.",
    ])).toEqual([]);
  });
});

describe("a total broken down by named group (parties, teams, places) that does not add up", () => {
  it("flags 35 seats told as 14 + 11 + 6 (the name before each number)", () => {
    expect(loud([
      "The new city council of Ostrava has 35 seats: Labour won 14, the Conservatives 11 and the Liberal Democrats 6, the election office said.",
    ], "arithmetic")).toHaveLength(1);
  });
  it("flags 50 seats told as 22 + 19 + 4 (the number before each name)", () => {
    expect(loud([
      "The assembly's 50 seats were shared out on Sunday — 22 went to the Social Party, 19 to the People's League and 4 to the Pirates.",
    ], "arithmetic")).toHaveLength(1);
  });
  it("leaves a breakdown that adds up alone", () => {
    expect(loud([
      "The new city council of Ostrava has 35 seats: Labour won 14, the Conservatives 11 and the Liberal Democrats 10, the election office said.",
    ], "arithmetic")).toEqual([]);
  });
  it("leaves a total whose list names only some of its parts alone", () => {
    expect(loud([
      "The club has 35 players under contract, including 14 from Brazil and 11 from Argentina, its director said.",
    ], "arithmetic")).toEqual([]);
  });
});
