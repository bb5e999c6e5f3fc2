// The judged-findings evaluation's loaders (eval/findings.ts): a paraphrase pair is a two-article story.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATASETS, foldOfKey, isoWeek, loadEcbCorpus, loadFrankCorpus, loadPages, loadPolnearCorpus, loadStories } from "../../eval/findings.js";

describe("paraphrase pairs as stories", () => {
  const dir = mkdtempSync(join(tmpdir(), "findings-"));
  mkdirSync(join(dir, "paraphrase"));
  writeFileSync(join(dir, "paraphrase/dev.jsonl"), [
    { id: "pair-1", a: "The ferry carried 41 passengers.", b: "Forty-one passengers were aboard.", label: 1, aOutlet: "one.example", bOutlet: "two.example", aDate: "May 3, 2003", bDate: null },
    { id: "pair-2", a: "The bridge reopened on Monday.", b: "   ", label: 0, aOutlet: null, bOutlet: null, aDate: null, bDate: null },
  ].map((r) => JSON.stringify(r)).join("\n") + "\n");

  it("is one of the datasets", () => expect(DATASETS).toContain("paraphrase"));

  it("gives each pair two articles with their outlets and dates, folded by the pair id", () => {
    const [s] = loadStories(dir, ["paraphrase"]);
    expect(s?.id).toBe("pair-1");
    expect(s?.fold).toBe(foldOfKey("pair-1"));
    expect(s?.rows.map((r) => [r.id, r.outlet, r.date ?? null])).toEqual([["pair-1/a", "one.example", "May 3, 2003"], ["pair-1/b", "two.example", null]]);
  });

  it("skips a pair with an empty sentence", () => {
    expect(loadStories(dir, ["paraphrase"]).map((s) => s.id)).toEqual(["pair-1"]);
  });
});

describe("news pages as corpora", () => {
  const dir = mkdtempSync(join(tmpdir(), "pages-"));
  const page = (title: string, body: string) => gzipSync(Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Valley Courier">`
    + `<meta property="article:published_time" content="2021-03-04T08:00:00Z"></head><body><article><h1>${title}</h1>${body}</article></body></html>`));
  const story = "<p>The county library reopened its east wing on Thursday after a burst pipe had flooded the reading room in January.</p>"
    + "<p>Volunteers dried and sorted about 2,400 books, the head librarian said, and fewer than 90 had to be thrown away.</p>"
    + "<p>The wing will keep shorter hours until the new shelving arrives next month.</p>";
  mkdirSync(join(dir, "html-dates/html"), { recursive: true });
  writeFileSync(join(dir, "html-dates/html/b-library.html.gz"), page("Library wing reopens after flood", story));
  writeFileSync(join(dir, "html-dates/html/a-empty.html.gz"), gzipSync(Buffer.from("<html><head><title>Nothing</title></head><body></body></html>")));

  it("is one of the datasets", () => expect(DATASETS).toContain("pages"));

  it("reads each page as analyze reads an HTML file, skips a page without text, and folds by the file name", () => {
    const stories = loadPages(dir);
    const fold = foldOfKey("b-library.html");
    const s = stories.find((x) => x.fold === fold)!;
    expect(s.corpus).toBe(true);
    expect(s.rows.map((r) => [r.id, r.title, r.outlet, r.date?.slice(0, 10)])).toEqual([["html-dates/b-library.html", "Library wing reopens after flood", "Valley Courier", "2021-03-04"]]);
    expect(s.rows[0]!.text).toContain("2,400 books");
    expect(stories.reduce((n, x) => n + (x.skipped ?? 0), 0)).toBe(1);
  });
});

describe("PolNeAR articles as corpora folded by ISO week", () => {
  it("is one of the datasets", () => expect(DATASETS).toContain("polnear-corpus"));

  it("numbers ISO weeks: the Thursday decides the year, weeks start on Monday", () => {
    expect(isoWeek("2015-12-28")).toEqual([2015, 53]);
    expect(isoWeek("2016-01-03")).toEqual([2015, 53]); // a Sunday, still the last week of 2015
    expect(isoWeek("2016-01-04")).toEqual([2016, 1]);
    expect(isoWeek("2016-03-13")).toEqual([2016, 10]);
    expect(isoWeek("2016-03-14")).toEqual([2016, 11]);
    expect(isoWeek("2018-12-31")).toEqual([2019, 1]); // a Monday whose Thursday is in 2019
  });

  it("puts a week's articles in one fold (even week = tune), with title, date and publisher as outlet", () => {
    const dir = mkdtempSync(join(tmpdir(), "polnear-"));
    mkdirSync(join(dir, "quotes"));
    const art = (id: string, date: string) => ({ id, split: "train", title: `Title ${id}`, date, publisher: "daily-example", author: null, text: `The council met on ${date}.`, attributions: [] });
    writeFileSync(join(dir, "quotes/dev.jsonl.gz"), gzipSync(Buffer.from([art("b", "2016-03-14"), art("a", "2016-03-08"), art("c", "2016-03-13")].map((r) => JSON.stringify(r)).join("\n") + "\n")));
    const stories = loadPolnearCorpus(dir);
    expect(stories.map((s) => [s.id, s.fold, s.corpus, s.rows.map((r) => r.id)])).toEqual([
      ["polnear-corpus-tune", "tune", true, ["a", "c"]], // week 10
      ["polnear-corpus-report", "report", true, ["b"]], // week 11
    ]);
    expect(stories[0]!.rows[0]).toMatchObject({ title: "Title a", date: "2016-03-08", outlet: "daily-example" });
  });
});

describe("ECB+ articles as corpora folded by topic", () => {
  it("is one of the datasets", () => expect(DATASETS).toContain("ecb-corpus"));

  it("puts every article of a topic in that topic's fold, single-article events too, one corpus a fold", () => {
    const dir = mkdtempSync(join(tmpdir(), "ecb-"));
    mkdirSync(join(dir, "news-clusters"));
    const art = (id: string, cluster: string, topic: string) => ({ id, cluster, topic, title: `Title ${id}`, text: `Report ${id} on the event.` });
    const rows = [art("t1-b", "c1", "t1"), art("t1-a", "c1", "t1"), art("t1-z", "c2", "t1"), art("t2-a", "c3", "t2")];
    writeFileSync(join(dir, "news-clusters/dev.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const stories = loadEcbCorpus(dir);
    const foldOf = (topic: string) => foldOfKey(topic);
    for (const s of stories) {
      expect(s.corpus).toBe(true);
      expect(s.id).toBe(`ecb-corpus-${s.fold}`);
      for (const r of s.rows) expect(foldOf(r.id.slice(0, 2))).toBe(s.fold);
    }
    // Every article once, a topic's articles together and in id order.
    expect(stories.flatMap((s) => s.rows.map((r) => r.id)).sort()).toEqual(["t1-a", "t1-b", "t1-z", "t2-a"]);
    const t1 = stories.find((s) => s.fold === foldOf("t1"))!.rows.map((r) => r.id).filter((id) => id.startsWith("t1"));
    expect(t1).toEqual(["t1-a", "t1-b", "t1-z"]);
  });
});

describe("FRANK articles as corpora folded by article id", () => {
  it("is one of the datasets", () => expect(DATASETS).toContain("frank-corpus"));

  it("takes each article once (by FRANK's article id, then by text), undated, in the fold of its article id", () => {
    const dir = mkdtempSync(join(tmpdir(), "frank-"));
    mkdirSync(join(dir, "factual-consistency"));
    const rec = (articleId: string, model: string, article: string) => ({ id: `frank-bbc-${articleId}-${model}`, articleId, article, claim: "a summary", label: 1, url: "http://web.archive.org/web/20170101000000/http://example.com/x" });
    const mill = "The paper mill closed its second line on Friday, and 140 workers were sent home.";
    writeFileSync(join(dir, "factual-consistency/dev.jsonl"), [
      rec("k2", "modelA", mill), rec("k2", "modelB", mill), rec("k9", "modelA", `${mill}  `), rec("k5", "modelA", "The marathon was moved to October."),
    ].map((r) => JSON.stringify(r)).join("\n") + "\n");
    const stories = loadFrankCorpus(dir);
    const rows = stories.flatMap((s) => s.rows.map((r) => [s.id, r.id, r.date ?? null, r.outlet ?? null]));
    expect(rows.map((r) => r[1]).sort()).toEqual(["k2", "k5"]); // k9 repeats k2's text
    for (const [story, id, date, outlet] of rows) {
      expect(story).toBe(`frank-corpus-${foldOfKey(id!)}`);
      expect([date, outlet]).toEqual([null, null]);
    }
    expect(stories.every((s) => s.corpus)).toBe(true);
  });
});
