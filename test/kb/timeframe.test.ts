import { describe, expect, it } from "vitest";
import { docOf, frameOf, seedDocs } from "./helpers.js";

describe("story time frame", () => {
  it("places the Istanbul seeds in 2025 although no date is printed in them", () => {
    const tf = frameOf(seedDocs());
    expect(tf.from?.slice(0, 4)).toBe("2025");
    expect(tf.to?.slice(0, 4)).toBe("2025");
    expect(tf.basis.length).toBeGreaterThanOrEqual(2);
    expect(tf.reasons?.length).toBe(tf.basis.length);
  });

  it("is not moved by the one recycled article (003) naming Blinken and Kuleba", () => {
    const tf = frameOf(seedDocs());
    expect((tf.reasons ?? []).join("\n")).not.toMatch(/Blinken|Kuleba/);
  });

  it("rests on the publication date when there is one", () => {
    const tf = frameOf([docOf("Budget vote\nThe parliament voted on the budget on Tuesday.", "2019-11-05")]);
    expect(tf.from! >= "2019-10-06").toBe(true);
    expect(tf.to).toBe("2019-11-05");
    expect(tf.basis.some((b) => b.startsWith("published:"))).toBe(true);
  });

  it("uses a dateline heading the text", () => {
    const tf = frameOf([docOf("Red Sox offer\nDecember 15th, 2008, 7:35 am\nThe Boston Red Sox have made an offer to Mark Teixeira.")]);
    expect(tf.from! <= "2008-12-15" && tf.to! >= "2008-12-15").toBe(true);
  });

  it("intersects officeholders stated as current", () => {
    const tf = frameOf([docOf("Summit\nPresident George W. Bush met British Prime Minister Gordon Brown in Washington.")]);
    expect(tf.from).toBe("2007-06-27");
    expect(tf.to).toBe("2009-01-20");
  });

  it("knows nothing when the text carries no dated fact", () => {
    expect(frameOf([docOf("Local news\nA cat was rescued from a tree.")])).toMatchObject({ from: null, to: null, basis: [] });
  });
});
