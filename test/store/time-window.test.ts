// A year of news in one store (store/grouping.ts, "time window"): a story quiet for longer than
// the window is closed to new articles and its articles are not searched, unless the new article
// plainly continues it — it names the story's day, or names one of its rare people twice. Within
// one window of days nothing changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { continues, post, publishedDay, timeReach, type NewArticle, type StoredArticle } from "../../src/store/grouping.js";
import { placementReads } from "../../src/store/assign.js";
import type { Store } from "../../src/store/store.js";
import { groupingFeatures } from "../../src/stories/features.js";
import { docOf } from "../stories/helpers.js";
import { backends } from "./backends.js";

const DAY0 = 20_500; // 2026-02-15
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Crafted grouping features of a report of one kind of event, published on `day`, naming `named` days. */
function keys(day: number, named: readonly number[] = [], extra: readonly string[] = []): string[] {
  const from = Math.min(day - 30, ...named);
  return [
    "w:fire", "w:fire", "w:warehous", "w:firefight", "w:blaze", "w:dock", "w:street", "w:furnitur", "w:smoke", "w:roof",
    "n:harlan furniture", "n:dock street", "#:40:firefighters",
    `@pub:${day}`, `@w:${named.length > 0 ? Math.min(...named) : from}:${day}`, ...named.map((d) => `@d:${d}`), ...extra,
  ];
}

describe("the time window's rules", () => {
  const a = (k: string[]): NewArticle => ({ articleId: "new", title: "", keys: k });
  const s = (k: string[]): StoredArticle => ({ articleId: "old", seq: 1, storyId: "s-old", storySeq: 1, keys: k });

  it("reads the publication day and how far back a new article reaches", () => {
    expect(publishedDay(keys(DAY0))).toBe(DAY0);
    expect(publishedDay(["w:x"])).toBeNull();
    expect(timeReach(a(keys(DAY0 + 60)), 30)).toEqual({ open: DAY0 + 30, recalled: [] });
    // Naming a day two months back also searches the days its reports were published on: from
    // bridgeDays before it to a window after it; a day of the last weeks adds nothing; undated: no window.
    expect(timeReach(a(keys(DAY0 + 60, [DAY0])), 30)).toEqual({ open: DAY0 + 30, recalled: [[DAY0 - 2, DAY0 + 29]] });
    expect(timeReach(a(keys(DAY0 + 60, [DAY0 + 50])), 30)).toEqual({ open: DAY0 + 30, recalled: [] });
    expect(timeReach(a(keys(DAY0 + 400, [DAY0, DAY0 + 10, DAY0 + 200])), 30)).toEqual({ open: DAY0 + 370, recalled: [[DAY0 - 2, DAY0 + 40], [DAY0 + 198, DAY0 + 230]] });
    expect(timeReach(a(["w:x"]), 30)).toEqual({ open: null, recalled: [] });
    expect(timeReach(a(keys(DAY0)), Infinity)).toEqual({ open: null, recalled: [] });
  });

  it("continues an old story by its day, its month or a rare person, not by words alone", () => {
    const old = s(keys(DAY0, [DAY0 - 1], ["@n:n:teresa vance"]));
    expect(continues(a(keys(DAY0 + 60, [DAY0 - 1])), old, new Set())).toBe(true); // names the fire's day
    expect(continues(a(keys(DAY0 + 60, [DAY0 + 1])), old, new Set())).toBe(true); // within bridgeDays of its publication
    expect(continues(a(keys(DAY0 + 60, [DAY0 - 40])), old, new Set())).toBe(false); // another day
    expect(continues(a(keys(DAY0 + 60)), old, new Set())).toBe(false); // same words, no day
    const month = Math.floor((new Date(DAY0 * 86_400_000).getUTCFullYear()) * 12 + new Date(DAY0 * 86_400_000).getUTCMonth());
    expect(continues(a(keys(DAY0 + 60, [], [`@m:${month}`])), old, new Set())).toBe(true); // "in February"
    const trial = a(keys(DAY0 + 200, [], ["@n:n:teresa vance"]));
    expect(continues(trial, old, new Set(["n:teresa vance"]))).toBe(true);
    expect(continues(trial, old, new Set())).toBe(false); // a common name bridges nothing
  });

  it("starts a new posting period once the window has passed, never within one", () => {
    let state = { posted: 0, epochDay: null as number | null };
    for (let i = 0; i < 70; i++) state = post(state, DAY0 + (i % 31), 30).state;
    expect(state).toEqual({ posted: 64, epochDay: DAY0 });
    expect(post(state, DAY0 + 30, 30).posted).toBe(false);
    expect(post(state, DAY0 + 31, 30)).toEqual({ posted: true, state: { posted: 1, epochDay: DAY0 + 31 } });
    expect(post(state, null, 30).posted).toBe(false);
    expect(post(state, DAY0 + 400, Infinity).posted).toBe(false);
  });
});

// A warehouse fire and its story, then reports two to six months later, in our own words.
const fire: Doc[] = [
  docOf("Fire guts furniture warehouse on Dock Street in Millbrook",
    "MILLBROOK — A fire tore through the Harlan Furniture warehouse on Dock Street on Tuesday, March 3, sending smoke over the harbor for hours. About 40 firefighters fought the blaze, Fire Chief Owen Pratt said. The owner, Teresa Vance, said the building held most of the company's stock. Teresa Vance thanked the crews; no one was hurt.", "2026-03-03"),
  docOf("Harlan Furniture warehouse fire leaves Dock Street closed",
    "Dock Street in Millbrook stayed closed on Wednesday after Tuesday's fire at the Harlan Furniture warehouse. Forty firefighters worked through the night, and the roof collapsed before dawn. Owner Teresa Vance said the company would rebuild; Teresa Vance estimated the loss at $4 million.", "2026-03-04"),
];
const dayNamed = docOf("Millbrook warehouse fire was arson, investigators say",
  "Investigators said on Tuesday that the March 3 fire at the Harlan Furniture warehouse on Dock Street in Millbrook was set on purpose. Accelerant was found near the loading bay, the state fire marshal's office said. No arrests have been made.", "2026-05-12");
const personNamed = docOf("Warehouse owner charged in insurance fraud case",
  "Prosecutors in Millbrook charged Teresa Vance, the owner of Harlan Furniture, with insurance fraud on Thursday. Teresa Vance is accused of paying two men to burn the company's Dock Street warehouse and of claiming $4 million from her insurer. Her lawyer said she would plead not guilty.", "2026-08-20");

for (const backend of backends()) {
  describe.skipIf(backend.skip !== null)(`the time window on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => { store = await backend.open(); }, 60_000);
    afterAll(async () => { await store?.close(); await backend.cleanup(); });

    const place = async (d: Doc, windowDays?: number) => {
      await store.putArticles([d.article]);
      return (await store.saveStoryAssignments([{ articleId: d.article.id, title: d.article.title, keys: groupingFeatures(d) }], windowDays === undefined ? {} : { windowDays }))[0]!.storyId;
    };

    it("re-opens a closed story for a report that names its day, and for one that names its rare person twice", async () => {
      const story = await place(fire[0]!);
      expect(await place(fire[1]!)).toBe(story);
      expect(await place(dayNamed)).toBe(story); // 69 days later: "the March 3 fire"
      expect(await place(personNamed)).toBe(story); // 100 days after that: no day, Teresa Vance twice
    }, 60_000);

    it("closes a story to a look-alike report once the window has passed, where the clusterer alone would join them", async () => {
      const put = async (id: string, k: string[], windowDays: number) => {
        await store.putArticles([{ id, sourceId: null, title: id, outlet: null, url: null, byline: null, publishedAt: iso(publishedDay(k)!), path: null, text: `${id} text` }]);
        return (await store.saveStoryAssignments([{ articleId: id, title: id, keys: k }], { windowDays }))[0]!.storyId;
      };
      for (const [tag, windowDays, joins, t] of [["open", Infinity, true, DAY0 + 1000], ["closed", 30, false, DAY0 + 2000]] as const) {
        const old = await put(`${tag}-1`, keys(t, [], [`n:${tag}`]), windowDays);
        // 45 days later, the same words, recalling an older, other day: their time frames overlap, so
        // without a window the clusterer joins them; with it the story is closed and nothing re-opens it.
        const later = await put(`${tag}-2`, keys(t + 45, [t - 100], [`n:${tag}`]), windowDays);
        expect(later === old).toBe(joins);
      }
      // At the last day stored, every story but the look-alike's new one is closed.
      expect(await store.closedStories(30)).toEqual({ closed: 3, undated: 0, latestDay: DAY0 + 2045 });
      expect((await store.closedStories(Infinity)).closed).toBe(0);
    }, 60_000);

    it("reads the postings of the window only, however many months of look-alike stories lie behind it", async () => {
      const put = async (id: string, day: number, windowDays: number) => {
        await store.putArticles([{ id, sourceId: null, title: id, outlet: null, url: null, byline: null, publishedAt: iso(day), path: null, text: `${id} text` }]);
        const before = placementReads.postings;
        await store.saveStoryAssignments([{ articleId: id, title: id, keys: keys(day, [], ["n:season"]) }], { windowDays });
        return placementReads.postings - before;
      };
      const t = DAY0 + 3000;
      for (let m = 0; m < 6; m++) for (let k = 0; k < 3; k++) await put(`month-${m}-${k}`, t + 40 * m + k, 30);
      // Within the last month's window: only its three articles' postings are read, not the 15 before them.
      const windowed = await put("now-30", t + 205, 30);
      const all = await put("now-all", t + 205, Infinity);
      expect(windowed).toBeGreaterThan(0);
      expect(windowed * 4).toBeLessThan(all);
    }, 60_000);

  });
}
