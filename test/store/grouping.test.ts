// The store's grouping rule as pure functions: vectors, and batches placed exactly as one article
// at a time, checked against an in-memory model of the tables (story sums with their recency, df)
// that reads what assign.ts's queries read.
import { describe, expect, it } from "vitest";
import { EVENT_WEIGHT, featureCounts, lookups, planAssignments, STORED_TERMS, QUERY_TERMS, UNIT, weigh, weighBatch, WINDOW, type BatchArticle, type Found, type Plan, type Posting } from "../../src/store/grouping.js";

/** The tables assign.ts reads and writes, in memory. */
class Tables {
  private readonly terms = new Map<string, { seq: number; feature: string; weight: number }>();
  private readonly stories = new Map<string, { seq: number; articles: number }>();
  private readonly storyAt = new Map<number, string>();
  private readonly articles = new Map<string, string>();
  private readonly df = new Map<string, number>();
  private total = 0;
  private seq = 0;

  place(batch: readonly BatchArticle[]): Plan {
    const prior = new Map(batch.filter((a) => this.articles.has(a.articleId)).map((a) => [a.articleId, this.articles.get(a.articleId)!]));
    const weighed = weighBatch(batch, prior, this.df, this.total);
    const postings = new Map<string, Posting[]>();
    const named = new Map<string, { seq: number; articles: number }>();
    for (const feature of lookups(weighed)) {
      // SELECT … FROM story_terms WHERE feature = $f ORDER BY story_seq DESC LIMIT WINDOW.
      const rows = [...this.terms.values()].filter((t) => t.feature === feature).sort((x, y) => y.seq - x.seq).slice(0, WINDOW);
      if (rows.length === 0) continue;
      postings.set(feature, rows.map((r) => ({ storyId: this.storyAt.get(r.seq)!, weight: r.weight })));
      for (const r of rows) named.set(this.storyAt.get(r.seq)!, { ...this.stories.get(this.storyAt.get(r.seq)!)! });
    }
    const found: Found = { prior, postings, stories: named };
    const plan = planAssignments(batch, weighed, found);
    for (const c of plan.created) { this.stories.set(c.id, { seq: ++this.seq, articles: 0 }); this.storyAt.set(this.seq, c.id); }
    for (const [id, n] of plan.gained) this.stories.get(id)!.articles += n;
    for (const p of plan.placed) this.articles.set(p.articleId, p.storyId);
    for (const t of plan.terms) {
      const seq = this.stories.get(t.storyId)!.seq;
      const row = this.terms.get(`${seq} ${t.feature}`) ?? { seq, feature: t.feature, weight: 0 };
      row.weight += t.added;
      this.terms.set(`${seq} ${t.feature}`, row);
    }
    for (const [f, n] of plan.df) this.df.set(f, (this.df.get(f) ?? 0) + n);
    this.total += plan.placed.length;
    return plan;
  }

  /** Most stories holding one feature. */
  widest(): number {
    const per = new Map<string, number>();
    for (const t of this.terms.values()) per.set(t.feature, (per.get(t.feature) ?? 0) + 1);
    return Math.max(...per.values());
  }
}

describe("store grouping vectors", () => {
  it("are unit length, weigh event features twice and keep the heaviest terms", () => {
    const words = Array.from({ length: 100 }, (_, i) => `w:word${i}`);
    const counts = featureCounts([...words, "n:kyiv", "n:kyiv", "y:2025"]);
    const v = weigh(counts, () => 0, 1);
    expect(v.query.length).toBe(QUERY_TERMS);
    expect(v.stored.length).toBe(STORED_TERMS);
    const all = weigh(featureCounts(["w:a", "n:b"]), () => 0, 1).query;
    expect(all.reduce((s, t) => s + t.weight * t.weight, 0)).toBeCloseTo(1, 12);
    expect(all[0]!.feature).toBe("n:b");
    expect(all[0]!.weight / all[1]!.weight).toBeCloseTo(EVENT_WEIGHT, 12);
    expect(v.query[0]!.feature).toBe("n:kyiv");
    for (const t of v.stored) expect(Number.isInteger(t.weight)).toBe(true);
    expect(v.stored[0]!.weight * UNIT).toBeCloseTo(v.query[0]!.weight, 5);
  });

  it("drop features too long to index", () => {
    expect([...featureCounts(["n:ok", `n:${"x".repeat(300)}`, ""]).keys()]).toEqual(["n:ok"]);
  });
});

describe("store grouping placement", () => {
  // 120 articles: a word every article has, two more from a small vocabulary and one of 30
  // events' names; many stories share the common words, so windows of WINDOW stories are full.
  let seed = 5;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const articles: BatchArticle[] = Array.from({ length: 120 }, (_, i) => ({
    articleId: `a${String(i).padStart(3, "0")}`,
    title: `t${i}`,
    keys: ["w:report", `w:v${Math.floor(rnd() * 6)}`, `w:v${Math.floor(rnd() * 6)}`, `n:event${Math.floor(rnd() * 30)}`, `n:p${i}`],
  }));
  // Articles made of common words alone, so which stories a window holds decides where they go.
  const crowded: BatchArticle[] = Array.from({ length: 150 }, (_, i) => ({
    articleId: `c${String(i).padStart(3, "0")}`,
    title: `c${i}`,
    keys: Array.from({ length: 8 }, () => `w:c${Math.floor(rnd() * 120)}`),
  }));

  it.each([["named events", articles], ["common words only", crowded]] as const)("places a batch exactly as it would place its articles one at a time, with full windows (%s)", (_, input) => {
    // Each article's story and the exact mean similarity it was placed with.
    const outcome = (p: Plan) => p.placed.map((x) => `${x.storyId} ${x.mean}`);
    const one = new Tables();
    const single = input.flatMap((a) => outcome(one.place([a])));
    expect(one.widest()).toBeGreaterThan(WINDOW);
    for (const size of [7, 50, input.length]) {
      const t = new Tables();
      const batched: string[] = [];
      for (let i = 0; i < input.length; i += size) batched.push(...outcome(t.place(input.slice(i, i + size))));
      const k = batched.findIndex((x, i) => x !== single[i]);
      expect(k < 0 ? "same" : `size ${size} article ${k}: ${batched[k]} vs ${single[k]}`).toBe("same");
    }
    const stories = new Set(single.map((x) => x.split(" ")[0]));
    expect(stories.size).toBeGreaterThan(10);
    expect(stories.size).toBeLessThan(input.length - 10);
  });

  it("keeps articles of one event together and apart from the others", () => {
    const t = new Tables();
    const story = articles.map((a) => t.place([a]).results[0]!.storyId);
    // Articles naming the same event mostly share a story; articles of different events rarely do.
    let same = 0, sameTogether = 0, diff = 0, diffTogether = 0;
    for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) {
      const e = articles[i]!.keys[3] === articles[j]!.keys[3];
      const together = story[i] === story[j];
      if (e) { same++; if (together) sameTogether++; } else { diff++; if (together) diffTogether++; }
    }
    expect(sameTogether / same).toBeGreaterThan(0.5);
    expect(diffTogether / diff).toBeLessThan(0.05);
  });

  it("gives a retried article its story again and counts it once", () => {
    const t = new Tables();
    const first = t.place(articles.slice(0, 3));
    const again = t.place([articles[1]!, articles[1]!, articles[3]!]);
    expect(again.results[0]).toEqual({ storyId: first.results[1]!.storyId, created: false });
    expect(again.results[1]).toEqual({ storyId: first.results[1]!.storyId, created: false });
    expect(again.placed.map((p) => p.articleId)).toEqual([articles[3]!.articleId]);
  });
});
