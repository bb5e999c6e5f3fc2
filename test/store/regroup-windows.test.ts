// `regroup` one window of publication days at a time (store/regroup.ts): each window is settled
// with no lock held and written in one short transaction under the story lock, so new articles
// are placed between windows. On articles that fit one window it gives what regrouping all at
// once gives; a window whose articles moved while it was settled is settled again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/domain/article.js";
import type { Doc } from "../../src/domain/doc.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import type { RegroupSource, Settle } from "../../src/store/regroup.js";
import { settleStored } from "../../src/store/settle.js";
import type { Store } from "../../src/store/store.js";
import { groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "../stories/helpers.js";
import { backends, pgliteBackend } from "./backends.js";

// Look-alike events of one month, in our own words: two ferry groundings on one lake nine days
// apart, and two school-bus crashes in one county a week apart, each told by several outlets.
const month: Doc[] = [
  docOf("Ferry runs aground on Lake Orran, 60 passengers taken off",
    "The ferry Kestrel ran aground off Pell Island on Lake Orran on Friday, April 3, and 60 passengers were taken off by lifeboat, the Orran Ferry Company said. Captain Ines Morrow reported a loss of steering in fog. Nobody was hurt.", "2026-04-03"),
  docOf("Kestrel grounding: steering failure blamed",
    "A steering failure in thick fog put the ferry Kestrel on the rocks off Pell Island on Friday, Captain Ines Morrow told investigators. All 60 passengers were ferried to shore; the company suspended the Pell Island crossing.", "2026-04-04"),
  docOf("Second ferry grounds on Lake Orran in nine days",
    "The ferry Osprey ran aground near Danby Point on Lake Orran on Sunday, April 12, with 85 people aboard, nine days after the Kestrel grounding. Captain Lars Whitby said the vessel struck a sandbar in low water. A tug pulled it free after four hours.", "2026-04-12"),
  docOf("Osprey freed from Danby Point sandbar",
    "A tug freed the ferry Osprey from a sandbar off Danby Point on Sunday evening. The 85 passengers stayed aboard and were brought to port, Captain Lars Whitby said.", "2026-04-13"),
  docOf("School bus slides into ditch in Carver County, 3 pupils hurt",
    "A school bus carrying 22 pupils slid off Route 9 into a ditch in Carver County on Tuesday, April 7, the sheriff's office said. Three children had minor injuries. Driver Paula Greer said the road was icy.", "2026-04-07"),
  docOf("Icy Route 9 sends Carver County school bus off road",
    "Three of 22 pupils on a Carver County school bus were treated for bruises after the bus left icy Route 9 on Tuesday. The driver, Paula Greer, was not hurt.", "2026-04-08"),
  docOf("Carver County school bus hit by pickup, driver cited",
    "A pickup truck struck a Carver County school bus at the Mill Road intersection on Tuesday, April 14, injuring 5 of the 31 pupils aboard. The pickup's driver, Dale Hurst, was cited for running a red light.", "2026-04-14"),
  docOf("Five pupils hurt as pickup hits bus on Mill Road",
    "Five pupils were taken to hospital after a pickup driven by Dale Hurst ran a red light and hit their school bus at Mill Road on Tuesday. The other 26 children were picked up by their parents.", "2026-04-15"),
];

const keysOf = (d: Doc) => ({ articleId: d.article.id, title: d.article.title, keys: groupingFeatures(d) });

describe("regroup by windows on articles of one month", () => {
  it("gives what regrouping all at once gives, on stores fed in opposite orders", async () => {
    const results = [];
    for (const [windowDays, order] of [[30, month], [Infinity, month], [30, [...month].reverse()]] as const) {
      const backend = pgliteBackend();
      const store = await backend.open();
      try {
        await store.putArticles(order.map((d) => d.article));
        for (const d of order) await store.saveStoryAssignments([keysOf(d)]);
        const r = await store.regroup(settleStored, { annotator: "test", windowDays });
        expect(r.windows).toBe(1);
        const assigned = await store.storyAssignments();
        const byStory = new Map<string, string[]>();
        for (const d of month) byStory.set(assigned.get(d.article.id)!, [...(byStory.get(assigned.get(d.article.id)!) ?? []), d.article.id]);
        results.push({ r: { ...r, lockMs: 0 }, stories: [...byStory.values()].map((g) => g.sort().join(" ")).sort() });
      } finally {
        await store.close();
        await backend.cleanup();
      }
    }
    // The four events, whatever the order and the window.
    expect(results[0]!.stories).toHaveLength(4);
    for (const r of results.slice(1)) expect(r.stories).toEqual(results[0]!.stories);
    expect(results[1]!.r).toEqual(results[0]!.r);
  }, 240_000);
});

let n = 0;
/** An article of label `label` published on day `day` of 2026 (the label is the text's first word). */
const art = (label: string, day: number): Article => articleFromRecord(`w${n++}`, {
  title: label, text: `${label} ${Math.random().toString(36).slice(2)}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10),
});
const pubKey = (a: Article) => `@pub:${Math.round(Date.parse(a.publishedAt!) / 86_400_000)}`;

/** Groups by label; waits `pauseMs` first (a slow settle step), and runs `during` once, while settling. */
const byLabel = (pauseMs: number, during?: () => Promise<void>): Settle => async (batches) => {
  const groups = new Map<string, string[]>();
  for await (const batch of batches) for (const s of batch) {
    const label = s.article.text.split(" ")[0]!;
    groups.set(label, [...(groups.get(label) ?? []), s.article.id]);
  }
  await new Promise((r) => setTimeout(r, pauseMs));
  if (during) { const d = during; during = undefined; await d(); }
  return { groups: [...groups].map(([label, articleIds]) => ({ title: `story ${label}`, articleIds })), featuresOf: () => [] };
};

async function* asBatches(batches: RegroupSource[][]): AsyncIterable<RegroupSource[]> {
  yield* batches;
}

for (const backend of backends()) {
  describe.skipIf(backend.skip !== null)(`regroup by windows on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => { store = await backend.open(); }, 60_000);
    afterAll(async () => { await store?.close(); await backend.cleanup(); });

    it("settles five months window by window, never holding the story lock while it settles, and lets new articles in between", async () => {
      // Online, each month's "a" and "b" articles landed in one story (a month: 31 days, one window).
      const articles: Article[] = [];
      for (let m = 0; m < 5 * 31; m += 31) for (const day of [0, 10, 20]) articles.push(art("a", m + day), art("b", m + day));
      await store.putArticles(articles);
      for (let m = 0; m < 5 * 31; m += 31) {
        const these = articles.filter((a) => { const d = (Date.parse(a.publishedAt!) - Date.UTC(2026, 0, 1)) / 86_400_000; return d >= m && d < m + 31; });
        await store.saveStoryAssignments(these.map((a) => ({ articleId: a.id, title: a.title, keys: [`n:month${m}`, `w:month${m}`, pubKey(a)] })));
      }
      expect((await store.counts()).stories).toBe(5);
      const placed: string[] = [];
      const t = performance.now();
      const r = await store.regroup(byLabel(400), {
        annotator: "test", windowDays: 30,
        onWindow: async (done) => {
          // Between windows the story lock is free: a new article is placed at once.
          const late = art("c", 200 + done);
          await store.putArticles([late]);
          placed.push((await store.saveStoryAssignment({ articleId: late.id, title: late.title, keys: [`n:late${done}`, pubKey(late)] })).storyId);
        },
      });
      const ms = performance.now() - t;
      expect(r.windows).toBe(5);
      expect(placed).toHaveLength(5);
      // Each window took its 400 ms of settling outside the lock.
      expect(ms).toBeGreaterThan(5 * 400);
      expect(r.lockMs).toBeLessThan(400);
      const assigned = await store.storyAssignments();
      const storiesOf = (label: string) => new Set(articles.filter((a) => a.text.startsWith(`${label} `)).map((a) => assigned.get(a.id)));
      // Window by window, each month's story splits into its "a" and "b" parts.
      expect(storiesOf("a").size).toBe(5);
      expect(storiesOf("b").size).toBe(5);
      expect([...storiesOf("a")].some((s) => storiesOf("b").has(s))).toBe(false);
      expect(r).toMatchObject({ articles: 30, storiesBefore: 5, moved: 15, created: 5, removed: 0 });
    }, 120_000);

    it("settles a window again when articles moved while it was being settled", async () => {
      // Two stories of one day; while the window is settled, a new article merges them.
      const [p1, p2, q1, q2, both] = [art("p", 300), art("p", 300), art("q", 300), art("q", 300), art("q", 300)];
      await store.putArticles([p1!, p2!, q1!, q2!, both!]);
      const pk = ["n:alpha one", "n:alpha two", "n:alpha three", "w:alpha", "w:alpha", "w:ferry", pubKey(p1!)];
      const qk = ["n:beta one", "n:beta two", "n:beta three", "w:beta", "w:beta", "w:ferry", pubKey(p1!)];
      await store.saveStoryAssignments([p1!, p2!].map((a) => ({ articleId: a.id, title: a.title, keys: pk })));
      await store.saveStoryAssignments([q1!, q2!].map((a) => ({ articleId: a.id, title: a.title, keys: qk })));
      const before = await store.storyAssignments();
      expect(before.get(p1!.id)).not.toBe(before.get(q1!.id));
      let calls = 0;
      let mergedMeanwhile = false;
      const settle: Settle = async (batches) => {
        const seen: RegroupSource[][] = [];
        for await (const b of batches) seen.push([...b]);
        if (!seen.flat().some((s) => s.article.id === p1!.id)) return byLabel(0)(asBatches(seen));
        // The window of day 300: the first time, a new article is placed while it is settled.
        calls++;
        return byLabel(0, calls > 1 ? undefined : async () => {
          await store.saveStoryAssignment({ articleId: both!.id, title: both!.title, keys: [...new Set([...pk, ...qk])] });
          const m = await store.storyAssignments();
          mergedMeanwhile = m.get(p1!.id) === m.get(q1!.id);
        })(asBatches(seen));
      };
      await store.regroup(settle, { annotator: "test", windowDays: 30 });
      // The new article merged the two stories while the window was settled: the window is settled
      // again against what the store holds, and splits them apart once more.
      expect(mergedMeanwhile).toBe(true);
      expect(calls).toBe(2);
      const after = await store.storyAssignments();
      expect(new Set([p1, p2].map((a) => after.get(a!.id))).size).toBe(1);
      expect(new Set([q1, q2].map((a) => after.get(a!.id))).size).toBe(1);
      expect(after.get(p1!.id)).not.toBe(after.get(q1!.id));
    }, 120_000);
  });
}
