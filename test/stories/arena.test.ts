import { describe, expect, it } from "vitest";
import { arenaCosine, DenseVector, Postings, VectorArena } from "../../src/stories/arena.js";
import { packedCosine, packedWeights } from "../../src/similarity/packed.js";

const counts = (ids: number[], tf: number[]) => ({ ids: Uint32Array.from(ids), tf: Uint16Array.from(tf) });

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

  it("scores like packedCosine, with add-time weights or weighed anew term by term", () => {
    const arena = new VectorArena();
    const a = counts([1, 3, 5], [1, 1, 2]), b = counts([3, 4, 5], [2, 1, 1]);
    const old = (id: number) => 1 + id / 10, idf = (id: number) => 2 - id / 9;
    const sa = arena.append(a, packedWeights(a, old)), sb = arena.append(b, packedWeights(b, old));
    expect(arenaCosine(arena.ids, arena.weights, sa, 3, arena.weights, sb, 3))
      .toBeCloseTo(packedCosine(a.ids, packedWeights(a, old), b.ids, packedWeights(b, old)), 6);
    // Weighed anew with another idf: the same number, bit for bit, as packedWeights' weights give.
    const byId = Float64Array.from({ length: 6 }, (_, id) => idf(id));
    const norms = arena.norms([sa, sb], [3, 3], byId);
    const dense = new DenseVector();
    dense.load(a.ids, packedWeights(a, idf), 0, 3);
    const expected = packedCosine(a.ids, packedWeights(a, idf), b.ids, packedWeights(b, idf));
    expect(dense.dotWeighed(arena.ids, arena.tf, sb, 3, byId, norms[1]!)).toBe(dense.dot(b.ids, packedWeights(b, idf), 0, 3));
    expect(dense.dotWeighed(arena.ids, arena.tf, sb, 3, byId, norms[1]!)).toBeCloseTo(expected, 6);
  });
});

describe("DenseVector", () => {
  it("gives arenaCosine's score bit for bit, one vector against many, and is all zero again after clear()", () => {
    // Random sparse vectors over a vocabulary larger than the scratch array's first size, so some
    // ids of the scored vector lie past what the loaded one grew it to.
    let seed = 7;
    const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5 | 0) >>> 0) / 4_294_967_296;
    const arena = new VectorArena();
    const vecs: [number, number][] = [];
    for (let k = 0; k < 200; k++) {
      const ids = new Set<number>();
      const n = 1 + Math.floor(rand() * 60);
      for (let x = 0; x < n; x++) ids.add(Math.floor(rand() * (k % 3 === 0 ? 5000 : 400)));
      const sorted = [...ids].sort((a, b) => a - b);
      const c = counts(sorted, sorted.map(() => 1 + Math.floor(rand() * 4)));
      vecs.push([arena.append(c, packedWeights(c, (id) => 1 + (id % 17) / 5)), sorted.length]);
    }
    const dense = new DenseVector();
    let compared = 0, nonzero = 0;
    for (const [a, an] of vecs.slice(0, 40)) {
      dense.load(arena.ids, arena.weights, a, an);
      for (const [b, bn] of vecs) {
        const expected = arenaCosine(arena.ids, arena.weights, a, an, arena.weights, b, bn);
        expect(dense.dot(arena.ids, arena.weights, b, bn)).toBe(expected);
        compared++;
        if (expected > 0) nonzero++;
      }
      dense.clear(arena.ids, a, an);
      // Cleared: it scores nothing against anything.
      for (const [b, bn] of vecs) expect(dense.dot(arena.ids, arena.weights, b, bn)).toBe(0);
    }
    expect(compared).toBe(40 * 200);
    expect(nonzero).toBeGreaterThan(1000);
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

  it("votes: adds a feature's weight to each article on its list, and lists an article once however many features it shares", () => {
    const p = new Postings(64);
    p.put(1, 4); p.put(1, 9); p.put(2, 9); p.put(3, 2);
    const votes = new Float64Array(16), touched: number[] = [];
    p.vote(1, 0.5, votes, touched);
    p.vote(2, 2, votes, touched);
    p.vote(7, 3, votes, touched);
    p.vote(99_999, 3, votes, touched);
    expect(touched.sort((x, y) => x - y)).toEqual([4, 9]);
    expect([votes[4], votes[9], votes[2]]).toEqual([0.5, 2.5, 0]);
  });
});
