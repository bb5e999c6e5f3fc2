// Average-link agglomerative clustering over a sparse graph of scored candidate pairs, then a
// local re-split: a first pass groups articles of one topic, and inside each group idf is
// recomputed so the words every member shares ("pirates", "Gulf of Aden") stop counting and the
// ones that split it ("INS Sukanya" vs "INS Mysore", 2011 vs 2008) decide (ECB+ topic 12).

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Merges the closest pair of clusters while their linkage (mean score over the pairs that were
 * scored between them) stays ≥ threshold. `rank` breaks ties so the result does not depend on
 * the order items arrived in. Returns clusters as lists of item indexes.
 */
export function averageLink(n: number, edges: readonly Edge[], threshold: number, rank: (i: number) => number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const minRank = Array.from({ length: n }, (_, i) => rank(i));
  const version = new Int32Array(n);
  const links: Map<number, { sum: number; count: number }>[] = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    if (e.a === e.b) continue;
    const l = links[e.a]!.get(e.b) ?? { sum: 0, count: 0 };
    l.sum += e.score;
    l.count++;
    links[e.a]!.set(e.b, l);
    links[e.b]!.set(e.a, l);
  }
  // Each live cluster keeps one heap entry: its best link. An entry whose partner has since
  // changed is recomputed when it surfaces, so every merge costs one cluster's links, not all.
  const heap = new LinkHeap();
  const pushBest = (a: number) => {
    let best: { c: number; score: number } | null = null;
    for (const [c, l] of links[a]!) {
      const score = l.sum / l.count;
      if (score < threshold) continue;
      if (!best || score > best.score || (score === best.score && minRank[c]! < minRank[best.c]!)) best = { c, score };
    }
    if (!best) return;
    const [x, y] = minRank[a]! <= minRank[best.c]! ? [a, best.c] : [best.c, a];
    heap.push({ score: best.score, a: x, b: y, ra: minRank[x]!, rb: minRank[y]!, va: version[x]!, vb: version[y]!, owner: a });
  };
  for (let a = 0; a < n; a++) pushBest(a);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { owner } = top;
    if (members[owner] === null || version[owner] !== (owner === top.a ? top.va : top.vb)) continue;
    const { a, b } = top;
    if (members[a] === null || members[b] === null || version[a] !== top.va || version[b] !== top.vb) {
      pushBest(owner);
      continue;
    }
    // Merge the smaller link map into the larger.
    const [keep, drop] = links[a]!.size >= links[b]!.size ? [a, b] : [b, a];
    members[keep] = members[keep]!.concat(members[drop]!);
    members[drop] = null;
    minRank[keep] = Math.min(minRank[keep]!, minRank[drop]!);
    version[keep]!++;
    for (const [c, l] of links[drop]!) {
      if (c === keep) continue;
      const into = links[keep]!.get(c);
      const merged = into ? { sum: into.sum + l.sum, count: into.count + l.count } : { sum: l.sum, count: l.count };
      links[keep]!.set(c, merged);
      links[c]!.set(keep, merged);
      links[c]!.delete(drop);
    }
    links[keep]!.delete(drop);
    links[drop] = new Map();
    pushBest(keep);
  }
  return members.filter((m): m is number[] => m !== null);
}

interface HeapItem {
  readonly score: number;
  readonly a: number;
  readonly b: number;
  readonly ra: number;
  readonly rb: number;
  readonly va: number;
  readonly vb: number;
  /** The cluster whose best link this is. */
  readonly owner: number;
}

/** Max-heap on score; ties go to the pair whose ranks come first. */
class LinkHeap {
  private readonly items: HeapItem[] = [];

  private before(x: HeapItem, y: HeapItem): boolean {
    if (x.score !== y.score) return x.score > y.score;
    if (x.ra !== y.ra) return x.ra < y.ra;
    return x.rb < y.rb;
  }

  push(item: HeapItem): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): HeapItem | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Splits one cluster in two when its members fall into two camps: average-link down to two
 * sub-clusters on `similarity` (computed with idf local to the cluster), kept only when the mean
 * similarity between the camps is below `ratio` × the mean within them. Recurses `depth` times.
 */
export function localSplit(
  items: readonly number[],
  similarity: (items: readonly number[]) => number[][],
  ratio: number,
  rank: (i: number) => number,
  depth = 2,
): number[][] {
  if (items.length < 4 || depth === 0) return [[...items]];
  const m = similarity(items);
  const edges: Edge[] = [];
  for (let a = 0; a < items.length; a++) for (let b = a + 1; b < items.length; b++) edges.push({ a, b, score: m[a]![b]! });
  const two = downTo(items.length, edges, 2, (i) => rank(items[i]!));
  if (two.length !== 2 || Math.min(two[0]!.length, two[1]!.length) < 2) return [[...items]];
  const side = new Int8Array(items.length);
  for (const i of two[1]!) side[i] = 1;
  let within = 0, nw = 0, between = 0, nb = 0;
  for (const e of edges) {
    if (side[e.a] === side[e.b]) { within += e.score; nw++; } else { between += e.score; nb++; }
  }
  const meanWithin = within / Math.max(1, nw);
  const meanBetween = between / Math.max(1, nb);
  if (meanWithin <= 0 || meanBetween >= ratio * meanWithin) return [[...items]];
  return two.flatMap((part) => localSplit(part.map((i) => items[i]!), similarity, ratio, rank, depth - 1));
}

/** Full average-link on a small dense graph, stopping at `k` clusters. */
function downTo(n: number, edges: readonly Edge[], k: number, rank: (i: number) => number): number[][] {
  const sum: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (const e of edges) { sum[e.a]![e.b] = e.score; sum[e.b]![e.a] = e.score; }
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => rank(x) - rank(y));
  for (let alive = n; alive > k; alive--) {
    let best = -Infinity, ba = -1, bb = -1;
    for (let x = 0; x < n; x++) {
      const a = order[x]!;
      if (!members[a]) continue;
      for (let y = x + 1; y < n; y++) {
        const b = order[y]!;
        if (!members[b]) continue;
        const s = sum[a]![b]! / (members[a]!.length * members[b]!.length);
        if (s > best) { best = s; ba = a; bb = b; }
      }
    }
    if (ba < 0) break;
    for (let c = 0; c < n; c++) { sum[ba]![c] = sum[ba]![c]! + sum[bb]![c]!; sum[c]![ba] = sum[ba]![c]!; }
    members[ba] = members[ba]!.concat(members[bb]!);
    members[bb] = null;
  }
  return members.filter((m): m is number[] => m !== null);
}
