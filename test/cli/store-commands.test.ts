// The store commands end to end on one PGlite folder: ingest, status, stories, report, worker.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/open.js";
import type { Io } from "../../src/cli/io.js";
import type { Report } from "../../src/domain/report.js";
import { fingerprint } from "../../src/server/reviews.js";

const SEEDS = "/work/shared/seeds";
let dir: string;
let db: string;

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd: dir, env, now: () => new Date("2025-06-01T00:00:00Z") };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

async function run(args: string[]) {
  const x = io();
  const code = await main(args, x.io);
  return { code, out: x.out(), err: x.err() };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tri-cli-"));
  db = join(dir, "db");
  const lines = [
    { id: "a", title: "Quake hits Lisbon", text: "An earthquake struck Lisbon on Monday, said Maria Silva of Portugal's civil protection agency." },
    { id: "b", title: "Lisbon quake", text: "Maria Silva said the Lisbon earthquake damaged 30 buildings in Portugal." },
    { id: "c", title: "Teixeira signs", text: "Mark Teixeira agreed to terms with the New York Yankees on Tuesday." },
    // Another quake: a desk must not take it for the Lisbon one.
    { id: "d", title: "Quake shakes central Chile", text: "A magnitude 6.1 earthquake struck central Chile on Friday, killing three people, the national emergency office ONEMI said. Its director, Pedro Rojas, said 12 buildings collapsed in Santiago and Valparaiso. President Gabriel Boric flew over the area on Saturday as aftershocks continued." },
  ];
  await writeFile(join(dir, "news.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n"));
}, 30_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe("store commands", () => {
  it("refuses inputs it can never read (another scheme, a missing path) by name, without creating a store", async () => {
    const fresh = join(dir, "never-created");
    const r = await run(["ingest", "ftp://example.org/a.html", "missing.txt", "--db", fresh]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ftp://example.org/a.html: only http(s) URLs can be fetched; save the document and pass the file");
    expect(r.err).toContain(`${join(dir, "missing.txt")}: does not exist; check the path`);
    expect(r.err).toContain("nothing to ingest; the store was not opened");
    expect(existsSync(fresh)).toBe(false);
  });

  it("ingests a corpus, groups it into stories and reports counts as JSON", async () => {
    const r = await run(["ingest", "news.jsonl", SEEDS, "--db", db]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ added: 9, existing: 0, articles: 9, queued: 0 });
    const s = await run(["status", "--format", "json", "--db", db]);
    const counts = JSON.parse(s.out);
    expect(Object.keys(counts)).toEqual(["articles", "stories", "queued", "failed", "problems"]);
    expect(counts.problems).toEqual([]);
    expect(counts.articles).toBe(9);
    expect(counts.stories).toBe(4);
  }, 120_000);

  it("ingests the same inputs again without adding anything", async () => {
    const before = JSON.parse((await run(["stories", "--format", "json", "--db", db])).out);
    const r = await run(["ingest", "news.jsonl", SEEDS, "--db", db]);
    expect(JSON.parse(r.out)).toMatchObject({ added: 0, existing: 9, articles: 9, newStories: 0 });
    expect(JSON.parse((await run(["stories", "--format", "json", "--db", db])).out)).toEqual(before);
  }, 60_000);

  it("puts articles about one event in one story and other events apart, a quake elsewhere too", async () => {
    const stories = JSON.parse((await run(["stories", "--format", "json", "--db", db])).out) as { id: string; title: string; articles: number }[];
    const lisbon = stories.find((s) => /Lisbon/i.test(s.title));
    expect(lisbon?.articles).toBe(2);
    expect(stories.find((s) => /Chile/.test(s.title))?.articles).toBe(1);
    expect(stories.find((s) => /Teixeira/.test(s.title))?.articles).toBe(1);
    // The five examples (one prisoner exchange, five outlets) are one story, as in `analyze`.
    expect(stories.find((s) => /prisoner/i.test(s.title))?.articles).toBe(5);
  }, 30_000);

  it("writes the report contract for one story", async () => {
    const stories = JSON.parse((await run(["stories", "--format", "json", "--db", db])).out) as { id: string; articles: number }[];
    const biggest = stories[0]!;
    const r = await run(["report", biggest.id, "--format", "json", "--out", "story.json", "--db", db]);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(join(dir, "story.json"), "utf8"));
    expect(report.version).toBe(1);
    expect(report.articles.length).toBe(biggest.articles);
    const md = await run(["report", biggest.id, "--format", "markdown", "--db", db]);
    expect(md.out.length).toBeGreaterThan(100);
  }, 60_000);

  it("exports a story's ClaimReview with only the confirmed findings, and the unreviewed ones with --all", async () => {
    const stories = JSON.parse((await run(["stories", "--format", "json", "--db", db])).out) as { id: string; title: string }[];
    const id = stories.find((s) => /prisoner/i.test(s.title))?.id ?? "";
    type Graph = { "@graph": { identifier: string; creativeWorkStatus: string }[] };
    const all = await run(["report", id, "--format", "claimreview", "--all", "--db", db]);
    expect(all.code).toBe(0);
    const machine = (JSON.parse(all.out) as Graph)["@graph"];
    expect(machine.length).toBeGreaterThan(1);
    const none = await run(["report", id, "--format", "claimreview", "--db", db]);
    expect((JSON.parse(none.out) as Graph)["@graph"]).toEqual([]);
    expect(none.err).toContain("exported 0 confirmed findings; --all adds the unreviewed ones");
    // a person confirms one finding (as POST …/review does)
    const report = JSON.parse((await run(["report", id, "--format", "json", "--db", db])).out) as Report;
    const finding = report.stories[0]!.findings.find((f) => f.id === machine[0]!.identifier)!;
    const store = await openStore({ db });
    await store.saveReview({ storyId: id, fingerprint: fingerprint(finding), findingId: finding.id, state: "confirmed", note: "", reviewer: "Ayşe", reviewedAt: "2025-06-01T09:00:00.000Z" });
    await store.close();
    const confirmed = (JSON.parse((await run(["report", id, "--format", "claimreview", "--db", db])).out) as Graph)["@graph"];
    expect(confirmed.map((r) => [r.identifier, r.creativeWorkStatus])).toEqual([[finding.id, "Published"]]);
  }, 60_000);

  it("names an unknown story and how to list them", async () => {
    const r = await run(["report", "s-nope", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/s-nope: is not a story in .*; run `triangulate stories` to list them/);
  }, 30_000);

  it("leaves the work queued with --queue-only and a worker finishes it", async () => {
    await writeFile(join(dir, "more.txt"), "Lisbon earthquake: Maria Silva of Portugal's civil protection says rescue work continues.");
    const r = await run(["ingest", "more.txt", "--queue-only", "--db", db]);
    expect(JSON.parse(r.out)).toMatchObject({ added: 1, queued: 1 });
    const w = await run(["worker", "--once", "--db", db]);
    expect(w.code).toBe(0);
    expect(w.err).toMatch(/2 jobs done, 0 failed; 0 still queued/);
    const stories = JSON.parse((await run(["stories", "--format", "json", "--db", db])).out) as { title: string; articles: number }[];
    expect(stories.find((s) => /Lisbon/i.test(s.title))?.articles).toBe(3);
  }, 60_000);

  it("regroups two stores fed the same articles in opposite orders into the same stories", async () => {
    const lines = (await readFile(join(dir, "news.jsonl"), "utf8")).split("\n");
    await writeFile(join(dir, "reversed.jsonl"), [...lines].reverse().join("\n"));
    const [one, two] = [join(dir, "order-1"), join(dir, "order-2")];
    expect((await run(["ingest", "news.jsonl", SEEDS, "--db", one])).code).toBe(0);
    expect((await run(["ingest", SEEDS, "reversed.jsonl", "--db", two, "--regroup"])).code).toBe(0);
    const r = await run(["regroup", "--db", one]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ articles: 9, queued: 0 });
    expect(r.err).toMatch(/9 articles in 1 window\(s\): \d+ stories before, \d+ after; .* story lock held at most \d+ ms/);
    const partition = async (path: string) => {
      const store = await openStore({ db: path });
      try {
        const members = new Map<string, string[]>();
        for (const [a, s] of await store.storyAssignments()) members.set(s, [...(members.get(s) ?? []), a].sort());
        return [...members.values()].map((m) => m.join(",")).sort();
      } finally {
        await store.close();
      }
    };
    const settled = await partition(one);
    expect(await partition(two)).toEqual(settled);
    // The five examples stay one story, and the two quakes stay apart.
    expect(settled.map((m) => m.split(",").length).sort()).toEqual([1, 1, 2, 5]);
    expect(JSON.parse((await run(["regroup", "--db", one])).out)).toMatchObject({ moved: 0, changed: 0 });
    expect((await run(["ingest", "news.jsonl", "--db", one, "--regroup", "--queue-only"])).err).toMatch(/--regroup needs the articles placed first/);
    for (const cmd of [["regroup", "--db", one], ["ingest", "news.jsonl", "--db", one], ["worker", "--once", "--db", one]]) {
      const bad = await run([...cmd, "--window", "1.5"]);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--window must be a whole number from 0/);
    }
  }, 120_000);

  it("says when jobs failed for good, lists them and queues them again with retry", async () => {
    const path = join(dir, "failing");
    const store = await openStore({ db: path });
    try {
      await store.enqueue([{ kind: "assign", key: "assign:0123456789abcdef", payload: { articleId: "0123456789abcdef" } }]);
      // A worker dies on it every time: the lease runs out until its attempts are spent.
      for (let i = 0; i < 6; i++) await store.claim("dying", { limit: 1, leaseMs: -1000 });
    } finally {
      await store.close();
    }
    const status = await run(["status", "--db", path]);
    expect(status.out).toMatch(/failed\s+1/);
    expect(status.err).toMatch(/1 failed jobs; `triangulate retry --list` shows why/);
    const list = await run(["retry", "--list", "--db", path]);
    expect(list.out).toMatch(/assign\s+assign:0123456789abcdef\s+5 attempts\s+the worker was lost 5 times/);
    expect(list.out).toMatch(/1 failed jobs \(run `triangulate retry`/);
    expect((await run(["retry", "--db", path])).out).toMatch(/1 failed jobs queued again/);
    expect(JSON.parse((await run(["status", "--format", "json", "--db", path])).out)).toMatchObject({ queued: 1, failed: 0 });
    expect((await run(["retry", "--db", path])).out).toBe("no failed jobs\n");
  }, 60_000);
});
