// Issue 17, thirteenth session: how a vote split, as boards, councils, committees and courts report it ("voted 5-2",
// "on a 4-3 vote", "by a narrow 5-4 vote", "by a vote of 7 to 2", "a 6-3 ruling"): one figure of the story, compared
// exactly. A game's score is no vote. Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const splits = (texts: string[]) => findingsOf(texts).filter((f) => f.type === "contradiction" && /vote split/.test(f.summary));

describe("a vote's split", () => {
  it("two splits of one vote are a dispute, whatever the wording", () => {
    const f = splits([
      "The Tulsa school board voted 5-2 late Wednesday to close three elementary schools.",
      "The Tulsa school board approved the closure of three elementary schools on a 4-3 vote late Wednesday.",
    ]);
    expect(f.map((x) => x.severity)).toEqual(["medium"]);
    expect(f[0]!.evidence.map((e) => e.text).sort()).toEqual(["a 4-3 vote", "voted 5-2"]);
    expect(splits([
      "The court's judges ruled against the government by a narrow 5-4 vote on Friday.",
      "The court ruled against the government on Friday by a vote of 6 to 3.",
    ]).map((x) => x.severity)).toEqual(["medium"]);
    expect(splits([
      "The council voted 5-2 on Tuesday to approve the bike lanes.",
      "The council approved the bike lanes on Tuesday by a 5-4 vote.",
    ]).map((x) => x.severity)).toEqual(["medium"]);
  });
  it("splits of bodies of other sizes are two votes", () => {
    expect(splits([
      "The House voted 220-207 on Wednesday to pass the spending bill.",
      "The Senate passed the spending bill on Thursday, voting 51-49.",
    ]).map((x) => `${x.severity} ${x.summary}`)).toEqual([expect.stringMatching(/^low .*bodies of different sizes/)]);
  });
  it("the same split told two ways agrees, and a game's score is no vote", () => {
    expect(splits([
      "The council voted 7-2 on Tuesday to approve the bike lanes.",
      "The council approved the bike lanes on Tuesday by a vote of 7 to 2.",
    ]).filter((x) => x.severity !== "info")).toEqual([]);
    expect(findingsOf([
      "Leeds beat Hull 5-2 on Tuesday in front of 30,000 fans.",
      "Leeds beat Hull 4-2 on Tuesday in front of 30,000 fans.",
    ]).filter((x) => /vote/.test(x.summary))).toEqual([]);
  });
});
