import { describe, expect, it } from "vitest";
import { averageLink, averageLinkSparse, localSplit, type Edge } from "../../src/stories/agglomerate.js";

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

describe("localSplit", () => {
  // Two desks' reports of two look-alike warehouse fires, items 0-4 and 5-9. Report 9 belongs to
  // the second fire but copies one paragraph of report 0 word for word (one link of 0.9); average
  // link pulls it into the first camp through that link, and the camps are set right after.
  const m = Array.from({ length: 10 }, (_, a) => Array.from({ length: 10 }, (_, b) => {
    if (a === b) return 0;
    const camp = (i: number) => (i < 5 ? 0 : 1);
    if ((a === 0 && b === 9) || (a === 9 && b === 0)) return 0.9;
    if (a === 9 || b === 9) return camp(a) === camp(b) ? 0.3 : 0;
    return camp(a) === camp(b) ? 0.5 : 0.05;
  }));
  const similarity = (items: readonly number[]) => items.map((a) => items.map((b) => m[a]![b]!));

  it("moves an item to the camp it is closest to on average, not the one its strongest link is in", () => {
    const parts = localSplit([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], similarity, 0.5, (i) => i, 1);
    expect(canonical(parts)).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
  });

  it("keeps one camp whole when nothing splits it", () => {
    const one = (items: readonly number[]) => items.map((a) => items.map((b) => (a === b ? 0 : 0.4)));
    expect(localSplit([0, 1, 2, 3, 4, 5], one, 0.5, (i) => i)).toEqual([[0, 1, 2, 3, 4, 5]]);
  });
});
