import { describe, expect, it } from "vitest";
import { anachronisms, docOf, seedDocs } from "../kb/helpers.js";

describe("anachronism rule on the Istanbul 2025 seeds", () => {
  const found = anachronisms(seedDocs());

  it("flags Antony Blinken as US Secretary of State in 003", () => {
    expect(found).toContain(`anachronism-role high "U.S. Secretary of State Antony Blinken"`);
  });
  it("flags Dmytro Kuleba as Ukraine's foreign minister in 003", () => {
    expect(found).toContain(`anachronism-role high "Ukraine’s Foreign Minister Dmytro Kuleba"`);
  });
  it("flags 'the fifth swap in 2023' in 004", () => {
    expect(found).toContain(`anachronism-year high "the fifth swap in 2023"`);
  });
  it("flags the G20 in New Delhi and NATO's Brussels summit as upcoming events in the wrong place", () => {
    expect(found).toContain(`anachronism-event high "G20 in New Delhi"`);
    expect(found).toContain(`anachronism-event high "NATO’s Brussels summit"`);
  });
  it("does not flag Umerov, Zelenskyy, Trump, Putin, Peskov or Macron", () => {
    expect(found.filter((f) => /Umerov|Zelensk|Trump|Putin|Peskov|Macron/.test(f))).toEqual([]);
  });
  it("does not flag background years such as 'since the war began in 2022' or 'since March 2022'", () => {
    expect(found.filter((f) => /2022/.test(f))).toEqual([]);
  });
  it("flags nothing else", () => {
    expect(found).toHaveLength(5);
  });
});

describe("anachronism rule on stories about other events", () => {
  it("does not flag Mike Pompeo as Secretary of State in a 2019 story", () => {
    const doc = docOf(`Pompeo visits Seoul
Secretary of State Mike Pompeo arrived in Seoul on Tuesday for talks on North Korea. President Donald Trump said on Twitter that the meeting would go well. South Korean President Moon Jae-in hosted a dinner.`, "2019-04-10");
    expect(anachronisms([doc])).toEqual([]);
  });

  it("flags Mike Pompeo as Secretary of State in a story published in 2023", () => {
    const doc = docOf(`Talks in Seoul
Secretary of State Mike Pompeo arrived in Seoul on Tuesday for talks on North Korea. South Korean President Yoon Suk Yeol hosted a dinner.`, "2023-03-10");
    expect(anachronisms([doc])).toEqual([`anachronism-role high "Secretary of State Mike Pompeo"`]);
  });

  it("does not flag a former officeholder named as former", () => {
    const doc = docOf(`Memoir published
Former Secretary of State Mike Pompeo published a memoir. President Joe Biden did not comment.`, "2023-01-24");
    expect(anachronisms([doc])).toEqual([]);
  });

  it("does not flag an officeholder mentioned with the year they held office", () => {
    const doc = docOf(`Anniversary of the summit
In 2018, Secretary of State Mike Pompeo travelled to Pyongyang. Today President Joe Biden marked the anniversary.`, "2023-06-12");
    expect(anachronisms([doc])).toEqual([]);
  });

  it("says nothing about an open term after the kb's as_of date", () => {
    const doc = docOf(`Defence talks
Ukraine's Defence Minister Rustem Umerov met allies in Brussels. Russian President Vladimir Putin did not comment.`, "2025-04-11");
    expect(anachronisms([doc])).toEqual([]);
  });

  it("does not flag a past summit mentioned as background", () => {
    const doc = docOf(`Trade deal
Leaders first discussed the deal at the G20 in New Delhi. President Joe Biden signed it on Monday.`, "2024-03-04");
    expect(anachronisms([doc])).toEqual([]);
  });

  it("does not flag an ordinal with a year inside the story's frame", () => {
    const doc = docOf(`Another exchange
President Volodymyr Zelensky said it was the fifth swap in 2024. Secretary of State Antony Blinken welcomed it.`, "2024-06-25");
    expect(anachronisms([doc])).toEqual([]);
  });
});
