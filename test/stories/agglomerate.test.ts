import { describe, expect, it } from "vitest";
import { averageLink, averageLinkSparse, type Edge } from "../../src/stories/agglomerate.js";

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9 >>> 0) / 2 ** 32);
}

const canonical = (clusters: number[][]) => clusters.map((c) => [...c].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);

describe("averageLinkSparse", () => {
  it("gives the same clusters as averageLink over the whole graph", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = random(seed);
      const n = 60;
      const edges: Edge[] = [];
      // Dense pockets of related items plus weak links across pockets, some pairs twice.
      for (let k = 0; k < 400; k++) {
        const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
        const near = Math.floor(a / 6) === Math.floor(b / 6);
        edges.push({ a, b, score: near ? 0.15 + rnd() * 0.5 : rnd() * 0.2 });
      }
      const flat = {
        a: Int32Array.from(edges, (e) => e.a), b: Int32Array.from(edges, (e) => e.b), score: Float64Array.from(edges, (e) => e.score),
      };
      const rank = (i: number) => i;
      expect(canonical(averageLinkSparse(n, flat, 0.2, rank))).toEqual(canonical(averageLink(n, edges, 0.2, rank)));
    }
  });

  it("leaves items without a strong pair on their own", () => {
    const flat = { a: Int32Array.of(0, 1), b: Int32Array.of(1, 2), score: Float64Array.of(0.9, 0.1) };
    expect(canonical(averageLinkSparse(4, flat, 0.5, (i) => i))).toEqual([[0, 1], [2], [3]]);
  });
});
