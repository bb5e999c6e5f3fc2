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
 * When each item's event happened, as an interval of days [lo, hi] (±Infinity when unknown). A
 * cluster may only hold items whose intervals all fit in one window of `span` days: a story is
 * one event, and chains of look-alike reports a few days apart each must not grow into a story
 * of a season (pairs far apart in a chain are never scored, so no pair penalty can stop them).
 */
export interface TimeFrames {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly span: number;
}

/** Scored pairs in flat typed arrays: pair k joins a[k] and b[k] with score[k]. */
export interface EdgeList {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly score: Float64Array;
}

/**
 * averageLink over a large sparse graph, one connected component at a time. Two clusters merge
 * only when their mean link is ≥ threshold, so at least one of their pairs is: every final
 * cluster lies inside one component of the graph of pairs scoring ≥ threshold, and pairs
 * between components never count. Clustering each component alone gives the same clusters
 * while the link maps of only one component are alive at once (100k articles: 1.6M pairs).
 */
export function averageLinkSparse(n: number, edges: EdgeList, threshold: number, rank: (i: number) => number, time?: TimeFrames): number[][] {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  const m = edges.a.length;
  for (let k = 0; k < m; k++) {
    if (edges.score[k]! < threshold) continue;
    const ra = find(edges.a[k]!), rb = find(edges.b[k]!);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // Items and pairs bucketed by component (counting sort on the root).
  const root = new Int32Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) { root[i] = find(i); size[root[i]!]!++; }
  const itemStart = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) itemStart[r + 1] = itemStart[r]! + size[r]!;
  const items = new Int32Array(n);
  const fill = itemStart.slice(0, n);
  for (let i = 0; i < n; i++) items[fill[root[i]!]!++] = i;
  const pairCount = new Int32Array(n);
  for (let k = 0; k < m; k++) { const r = root[edges.a[k]!]!; if (r === root[edges.b[k]!]) pairCount[r]!++; }
  const pairStart = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) pairStart[r + 1] = pairStart[r]! + pairCount[r]!;
  const pairs = new Int32Array(pairStart[n]!);
  const pfill = pairStart.slice(0, n);
  for (let k = 0; k < m; k++) { const r = root[edges.a[k]!]!; if (r === root[edges.b[k]!]) pairs[pfill[r]!++] = k; }

  const localIndex = new Int32Array(n);
  const out: number[][] = [];
  for (let r = 0; r < n; r++) {
    const count = size[r]!;
    if (count === 0) continue;
    const members = items.subarray(itemStart[r]!, itemStart[r + 1]!);
    if (count === 1) { out.push([members[0]!]); continue; }
    members.forEach((g, l) => { localIndex[g] = l; });
    const inner: Edge[] = [];
    for (let x = pairStart[r]!; x < pairStart[r + 1]!; x++) {
      const k = pairs[x]!;
      inner.push({ a: localIndex[edges.a[k]!]!, b: localIndex[edges.b[k]!]!, score: edges.score[k]! });
    }
    const local = time && {
      lo: Float64Array.from(members, (g) => time.lo[g]!), hi: Float64Array.from(members, (g) => time.hi[g]!), span: time.span,
    };
    for (const c of averageLink(count, inner, threshold, (l) => rank(members[l]!), local)) out.push(c.map((l) => members[l]!));
  }
  return out;
}

/**
 * Merges the closest pair of clusters while their linkage (mean score over the pairs that were
 * scored between them) stays ≥ threshold. `rank` breaks ties so the result does not depend on
 * the order items arrived in. Returns clusters as lists of item indexes.
 */
export function averageLink(n: number, edges: readonly Edge[], threshold: number, rank: (i: number) => number, time?: TimeFrames): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // Per cluster: the latest start and the earliest end of its members' intervals.
  const maxLo = time ? Float64Array.from(time.lo) : null;
  const minHi = time ? Float64Array.from(time.hi) : null;
  const fits = (a: number, b: number) =>
    !maxLo || !minHi || Math.max(maxLo[a]!, maxLo[b]!) - Math.min(minHi[a]!, minHi[b]!) <= time!.span;
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
      if (score < threshold || !fits(a, c)) continue;
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
    if (maxLo && minHi) {
      maxLo[keep] = Math.max(maxLo[keep]!, maxLo[drop]!);
      minHi[keep] = Math.min(minHi[keep]!, minHi[drop]!);
    }
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
