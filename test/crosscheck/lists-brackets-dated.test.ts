// Figures of different things that look alike (issue 17, real multi-outlet news): one item of a list against
// another item of the same list that the other article also gives; "the top 10" (a bracket of a ranking, not
// a count of things); two events each dated to its own time ("since March 9, when …" / "in June 1998").
// Each comes out low at most. Beside each, the same figure really disputed stays loud. Wordings and events
// of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("an article that gives both values", () => {
  it("is quiet when the other article's figure is another item of its own list", () => {
    expect(loud([
      "About 9 percent of high school pupils and 14 percent of primary pupils must pass the reading test.",
      "In reading, 14 percent of primary and middle school pupils and 8.6 percent of high school pupils must pass the test.",
    ])).toHaveLength(0);
  });
  it("flags one list item that really differs", () => {
    expect(loud([
      "In reading, 14 percent of primary pupils must pass the test, the education board said.",
      "In reading, 41 percent of primary pupils must pass the test, the education board said.",
    ])).not.toHaveLength(0);
  });
});

describe("top and bottom brackets", () => {
  it("is quiet on 'the top 10' against 'the top three'", () => {
    expect(loud([
      "Norway placed among the top 10 countries in 12 of the 15 categories.",
      "Norway is among the top three countries in eight other categories.",
    ])).toHaveLength(0);
    expect(loud([
      "The county ranked in the bottom 20 counties for child poverty, the survey found.",
      "The county ranked in the bottom five counties for child poverty, the survey found.",
    ])).toHaveLength(0);
  });
  it("flags a count of countries that differs", () => {
    expect(loud([
      "Delegates from 10 countries signed the fisheries pact in Reykjavik on Monday.",
      "Delegates from three countries signed the fisheries pact in Reykjavik on Monday.",
    ])).not.toHaveLength(0);
  });
});

describe("events dated to their own times", () => {
  it("is quiet on two earlier attacks, each with its date", () => {
    expect(loud([
      "It was the first car bomb in the capital since March 9, when an explosion killed 17 people near the port.",
      "The first car bomb in the capital killed six people in June 1998 near the central market.",
    ])).toHaveLength(0);
  });
  it("flags one attack's toll told with the same date", () => {
    expect(loud([
      "A car bomb killed 17 people near the port on March 9, police said.",
      "A car bomb killed six people near the port on March 9, police said.",
    ])).not.toHaveLength(0);
  });
});

// An age bracket ("aged 5 and under", "under the age of 16") makes a count one group's, not the whole's.
describe("an age bracket in one sentence only", () => {
  it("is quiet on one age group's count against the whole", () => {
    expect(loud([
      "Health ministry records show there were 35 hip operations performed on patients age 90 and older last year.",
      "Statistics from the health ministry show that 9,420 hip operations were performed in the province last year.",
    ])).toHaveLength(0);
    expect(loud([
      "Hospital records show there were 41 flu admissions among children aged 5 and under in the county last winter.",
      "Hospital records show that 2,310 flu admissions were recorded in the county last winter.",
    ])).toHaveLength(0);
    expect(loud([
      "Court figures show 62 drivers under the age of 18 lost their licences in the county last year.",
      "Court figures show that 1,480 drivers lost their licences in the county last year.",
    ])).toHaveLength(0);
  });
  it("flags two counts of the same age group", () => {
    expect(loud([
      "Hospital records show there were 41 flu admissions among children aged 5 and under in the county last winter.",
      "Hospital records show there were 141 flu admissions among children aged 5 and under in the county last winter.",
    ])).not.toHaveLength(0);
  });
});

// "30 percent of the nurses on nights, or 412 nurses": a count that restates a share is that share's part of
// a group, and two such shares of two groups are no dispute.
describe("a count restating a share", () => {
  it("is quiet on two groups' shares told as counts", () => {
    expect(loud([
      "About 30 percent of the nurses who worked nights, or 412 nurses, reported back pain, the survey found.",
      "The survey found that 22 percent of the nurses who worked days, or 298 nurses, reported back pain.",
    ])).toHaveLength(0);
  });
  it("flags two counts of the same nurses told plainly", () => {
    expect(loud([
      "Some 412 nurses who worked nights reported back pain, the survey found.",
      "The survey found that 298 nurses who worked nights reported back pain.",
    ])).not.toHaveLength(0);
  });
});

// "eight of their last 10 games": the window a record is counted over, not a count of its own.
describe("a window of games", () => {
  it("is quiet on a losing run against the window of a record", () => {
    expect(loud([
      "With the club on a four-game losing run and bottom of the Northern Division, the coach was sacked on Sunday.",
      "The club, bottom of the Northern Division after losing seven of their last 12 games, sacked the coach on Sunday.",
      "The club had lost seven of its last 12 games when the coach was sacked on Sunday.",
      "The coach was sacked on Sunday, with the club on a four-game losing run.",
    ])).toHaveLength(0);
  });
  it("flags two lengths of one losing run", () => {
    expect(loud([
      "With the club on a four-game losing run, the coach was sacked on Sunday, the board said.",
      "With the club on a nine-game losing run, the coach was sacked on Sunday, the board said.",
    ])).not.toHaveLength(0);
  });
});

describe("ages are each their person's", () => {
  it("flags a girl's age told otherwise, even when the other sentence has that age for a boy", () => {
    expect(loud([
      "The dead are a 41-year-old woman and two children, a 6-year-old boy and a 9-year-old girl.",
      "Rescuers found the bodies of the children, a 6-year-old girl and a boy, about 8, beside their mother.",
    ])).not.toHaveLength(0);
  });
});
