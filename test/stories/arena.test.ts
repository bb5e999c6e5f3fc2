import { describe, expect, it } from "vitest";
import { arenaCosine, Postings, VectorArena } from "../../src/stories/arena.js";
import { packedCosine, packedWeights } from "../../src/similarity/packed.js";

const counts = (ids: number[], tf: number[]) => ({ ids: Uint32Array.from(ids), tf: Float32Array.from(tf) });

describe("VectorArena", () => {
  it("keeps many vectors back to back across growth, with their counts and weights", () => {
    const arena = new VectorArena();
    const starts: number[] = [];
    for (let k = 0; k < 5000; k++) {
      const c = counts([k, k + 1, k + 7], [1, 2, 3]);
      starts.push(arena.append(c, packedWeights(c, () => 1)));
    }
    expect(arena.length).toBe(15000);
    expect(arena.count(starts[4321]!, 3, 4322)).toBe(2);
    expect(arena.count(starts[4321]!, 3, 4323)).toBe(0);
    expect(Array.from(arena.view(starts[10]!, 3).ids)).toEqual([10, 11, 17]);
  });

  it("scores like packedCosine, with add-time or reweighed weights", () => {
    const arena = new VectorArena();
    const a = counts([1, 3, 5], [1, 1, 2]), b = counts([3, 4, 5], [2, 1, 1]);
    const idf = (id: number) => 1 + id / 10;
    const sa = arena.append(a, packedWeights(a, idf)), sb = arena.append(b, packedWeights(b, idf));
    const expected = packedCosine(a.ids, packedWeights(a, idf), b.ids, packedWeights(b, idf));
    expect(arenaCosine(arena.ids, arena.weights, sa, 3, arena.weights, sb, 3)).toBeCloseTo(expected, 6);
    const again = arena.reweigh([sa, sb], [3, 3], idf);
    expect(arenaCosine(arena.ids, again, sa, 3, again, sb, 3)).toBeCloseTo(expected, 6);
  });
});

describe("Postings", () => {
  it("lists the articles of a feature up to its cap, and nothing for unknown features", () => {
    const p = new Postings(3);
    for (let i = 0; i < 10; i++) p.put(2000, i);
    p.put(5, 42);
    const seen = (f: number) => { const out: number[] = []; p.forEach(f, (i) => out.push(i)); return out.sort((x, y) => x - y); };
    expect(seen(2000)).toEqual([0, 1, 2]);
    expect(seen(5)).toEqual([42]);
    expect(seen(7)).toEqual([]);
    expect(seen(1_000_000)).toEqual([]);
  });
});
