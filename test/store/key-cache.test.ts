import { describe, expect, it } from "vitest";
import { KeyCache } from "../../src/store/assign.js";

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
