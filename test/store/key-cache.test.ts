import { describe, expect, it } from "vitest";
import { DfCache, KeyCache } from "../../src/store/assign.js";

describe("KeyCache (stored articles' features kept by the assigning process)", () => {
  it("answers only for the article an entry was kept for", () => {
    const c = new KeyCache(10);
    c.set(7, "a1", ["e:x", "w:y"]);
    expect(c.get(7, "a1")).toEqual(["e:x", "w:y"]);
    // The same seq in another store (or after a reset) is another article: a miss, not its features.
    expect(c.get(7, "b9")).toBeUndefined();
    expect(c.get(8, "a1")).toBeUndefined();
  });

  it("drops the least recently used entry beyond its capacity", () => {
    const c = new KeyCache(2);
    c.set(1, "a", ["1"]);
    c.set(2, "b", ["2"]);
    expect(c.get(1, "a")).toEqual(["1"]); // 1 is now the most recent
    c.set(3, "c", ["3"]);
    expect(c.size).toBe(2);
    expect(c.get(2, "b")).toBeUndefined();
    expect(c.get(1, "a")).toEqual(["1"]);
    expect(c.get(3, "c")).toEqual(["3"]);
  });
});

describe("DfCache: which stored articles have all their feature counts kept", () => {
  it("says an article's counts are all kept only after it was marked, and until an entry may have gone", () => {
    const c = new DfCache(3);
    c.check("10");
    const keys = ["n:harbour board", "w:crane"];
    expect(c.covers(keys)).toBe(false);
    const g = c.mark();
    c.set("n:harbour board", 4);
    c.set("w:crane", 9);
    c.covered(keys, g);
    expect(c.covers(keys)).toBe(true);
    // Another array with the same features is another article's: not marked.
    expect(c.covers([...keys])).toBe(false);
    // Another process wrote (a new last seq): the counts are cleared, the mark goes with them.
    c.check("12");
    expect(c.get("w:crane")).toBeUndefined();
    expect(c.covers(keys)).toBe(false);
  });

  it("drops the marks when it makes room, and does not mark with a generation from before that", () => {
    const c = new DfCache(2);
    c.check("1");
    const keys = ["w:orchard", "w:frost"];
    const g = c.mark();
    c.set("w:orchard", 1);
    c.set("w:frost", 2);
    c.covered(keys, g);
    expect(c.covers(keys)).toBe(true);
    c.set("w:hail", 3); // room made: "w:orchard" is gone
    expect(c.get("w:orchard")).toBeUndefined();
    expect(c.covers(keys)).toBe(false);
    // Counts read before that drop cannot mark the article as complete.
    c.covered(keys, g);
    expect(c.covers(keys)).toBe(false);
    // The same last seq again keeps the counts and the marks made since.
    const hail = ["w:hail"];
    c.covered(hail, c.mark());
    c.check("1");
    expect(c.covers(hail)).toBe(true);
    expect(c.get("w:hail")).toBe(3);
  });
});
