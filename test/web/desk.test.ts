// The desk in Chromium (playwright-core, Debian's browser): the story list searched, filtered and
// paged through the URL; a finding reviewed and then found in the ClaimReview export; a story page
// that updates while `triangulate ingest` adds articles to the embedded store the server owns; and
// a phone walking through evidence and back to the findings. Set TRIANGULATE_SCREENSHOTS=1 to
// rewrite docs/screenshots/ (scripts/screenshots.ts does).
import { mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contestedSeedStory, hasChromium, launchChromium, noteSkip, reducedMotionPage, warmClientModules } from "./browser.js";
import { freshStoreDir } from "./store-template.js";
import { parseServeArgs, startServer } from "../../src/cli/commands/serve.js";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/domain/report.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { createApp } from "../../src/server/app.js";
import type { StorySummary } from "../../src/server/deps.js";
import { MemoryStore } from "../../src/server/memory-store.js";
import { serve, type RunningServer } from "../../src/server/node.js";
import { analyzeAll, baseDeps, seedArticles, TOKEN, writableStore } from "../server/helpers.js";

noteSkip("test/web/desk");
const POLL = { timeout: 10_000 };
const SHOTS = process.env["TRIANGULATE_SCREENSHOTS"] === "1" ? fileURLToPath(new URL("../../docs/screenshots/", import.meta.url)) : null;
const SEEDS = fileURLToPath(new URL("../../examples/istanbul-2025/", import.meta.url));

/** Small unrelated stories, so the list has more than one page at limit=2. */
const OTHERS = [
  { id: "fire", title: "Harbour fire closes the ferry terminal in Piraeus", text: "A fire broke out at the ferry terminal in Piraeus on Monday, the port authority said. About 40 people were evacuated." },
  { id: "flood", title: "Floods cut the rail line to Valencia", text: "Heavy rain flooded the rail line to Valencia on Tuesday, Adif said. Trains will not run before Friday." },
];

function fakeIo(env: Record<string, string> = {}): Io & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (s) => void err.push(s), isTTY: false, cwd: process.cwd(), env, now: () => new Date("2025-06-01T12:00:00Z") };
}

describe.skipIf(!hasChromium)("the desk in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let seeds: Report;
  let storyId = "";
  let storyTitle = "";

  beforeAll(async () => {
    seeds = analyzeAll(seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a)));
    const story = contestedSeedStory(seeds);
    storyId = story?.id ?? "(none)";
    storyTitle = story?.title ?? "(none)";
    const others = OTHERS.map((a) => analyzeAll([articleFromRecord(a.id, { ...a, publishedAt: "2024-03-04" })]));
    server = await serve(createApp(baseDeps({ store: writableStore([seeds, ...others]), token: TOKEN })), { host: "127.0.0.1", port: 0 });
    [browser] = await Promise.all([launchChromium(), warmClientModules()]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(width = 1280, height = 900): Promise<Page> {
    const p = await reducedMotionPage(browser, width, height);
    return p;
  }
  const cards = (p: Page) => p.locator(".card > a").allTextContents();

  it("searches titles, people and places, and keeps the search in the URL", async () => {
    const all = (await (await fetch(`${server.url}/api/stories?limit=200`)).json()) as { stories: StorySummary[] };
    const place = all.stories.find((s) => s.id === storyId)?.places?.[0] ?? "Istanbul";
    const p = await page();
    await p.goto(`${server.url}/`);
    await p.waitForSelector("main[data-ready] form.filters");
    await p.getByRole("searchbox").fill(place);
    await p.getByRole("button", { name: "Apply" }).click();
    await p.waitForURL(/\?q=/);
    await p.waitForSelector("main[data-ready] .cards");
    expect(await cards(p)).toContain(storyTitle);
    expect(await cards(p)).not.toContain(OTHERS[1]!.title);
    await p.getByRole("searchbox").fill("valencia");
    await p.getByRole("button", { name: "Apply" }).click();
    await p.waitForURL(/q=valencia/);
    await p.waitForSelector("main[data-ready] .cards");
    expect(await cards(p)).toEqual([OTHERS[1]!.title]);
    if (SHOTS) (mkdirSync(SHOTS, { recursive: true }), await p.goto(`${server.url}/`), await p.waitForSelector("main[data-ready] .cards"), await p.screenshot({ path: `${SHOTS}desk-list.png` }));
    await p.close();
  }, 30_000);

  it("filters by severity and finding type, and a linked filter opens the same view", async () => {
    const p = await page();
    await p.goto(`${server.url}/`);
    await p.waitForSelector("main[data-ready] form.filters");
    await p.selectOption("select[name=severity]", "high");
    await p.waitForURL(/severity=high/);
    await p.waitForSelector("main[data-ready] .cards");
    const high = await cards(p);
    expect(high).toContain(storyTitle);
    expect(high).not.toContain(OTHERS[0]!.title);
    expect(await p.locator(".card").evaluateAll((cs) => cs.every((c) => c.querySelector(".sev-high") !== null))).toBe(true);
    const q = await page();
    await q.goto(`${server.url}/?type=arithmetic`);
    await q.waitForSelector("main[data-ready]");
    expect(await q.locator("select[name=type]").inputValue()).toBe("arithmetic");
    const arithmetic = seeds.stories.filter((s) => s.findings.some((f) => f.type === "arithmetic")).map((s) => s.title);
    expect((await cards(q)).sort()).toEqual(arithmetic.sort());
    await p.close();
    await q.close();
  }, 30_000);

  it("pages through the list with next and previous links", async () => {
    const total = seeds.stories.length + OTHERS.length;
    const p = await page();
    await p.goto(`${server.url}/?limit=2&sort=findings`);
    await p.waitForSelector("main[data-ready] .cards");
    expect(await p.getByRole("status").first().textContent()).toBe(`Stories 1–2 of ${total}`);
    const first = await cards(p);
    await p.getByRole("link", { name: "Next page →" }).click();
    await p.waitForURL(/offset=2/);
    await p.waitForSelector("main[data-ready] .cards");
    const second = await cards(p);
    expect(second.some((t) => first.includes(t))).toBe(false);
    await p.getByRole("link", { name: "← Previous page" }).click();
    await p.waitForSelector("main[data-ready] .cards");
    expect(await cards(p)).toEqual(first);
    await p.close();
  }, 30_000);

  it("confirms a finding with a note; the ClaimReview export then carries it, and the review filters of the story and the list find it", async () => {
    const p = await page();
    await p.goto(`${server.url}/stories/${encodeURIComponent(storyId)}`);
    await p.waitForSelector("main[data-ready] .story");
    expect(JSON.parse(await (await fetch(`${server.url}/api/stories/${encodeURIComponent(storyId)}/claimreview`)).text())).toMatchObject({ "@graph": [] });
    await p.fill("#review-name", "Ana Desk");
    await p.fill("#review-token", TOKEN);
    await p.locator("#review-token").dispatchEvent("change");
    const item = p.locator("li.item", { has: p.locator('button.finding[data-type="contradiction"]', { hasText: "over 500 Ukrainians" }) });
    await item.locator("details.review > summary").click();
    await item.locator("textarea.review-note").fill("Checked against the ministry's list: 390.");
    await item.getByRole("button", { name: "Confirmed" }).click();
    await expect.poll(() => item.getAttribute("data-review"), POLL).toBe("confirmed");
    expect(await item.locator(".review-state").textContent()).toBe("Confirmed");
    expect(await p.evaluate(() => sessionStorage.getItem("triangulate.token"))).toBe(TOKEN);
    const exported = await (await fetch(`${server.url}/api/stories/${encodeURIComponent(storyId)}/claimreview`)).text();
    expect((JSON.parse(exported) as { "@graph": unknown[] })["@graph"]).toHaveLength(1);
    expect(exported).toContain("Ana Desk");
    expect(exported).toContain("Checked against the ministry's list: 390.");
    await p.selectOption("select.f-review", "confirmed");
    expect(await p.locator("li.item:not([hidden])").count()).toBe(1);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}desk-review.png` });
    // the story list finds the story by the review state of its findings
    const list = await page();
    await list.goto(`${server.url}/`);
    await list.waitForSelector("main[data-ready] form.filters");
    await list.selectOption("select[name=review]", "confirmed");
    await list.waitForURL(/review=confirmed/);
    await list.waitForSelector("main[data-ready] .cards");
    expect(await cards(list)).toEqual([storyTitle]);
    expect(await list.locator(".card .reviewed").textContent()).toBe("Reviewed: 1 confirmed");
    await list.goto(`${server.url}/?review=needs-work`);
    await list.waitForSelector("main[data-ready] [role=status]");
    expect(await cards(list)).toEqual([]);
    await list.close();
    // a reload shows the stored state, and the token is not asked again in this tab
    await p.reload();
    await p.waitForSelector("main[data-ready] .story");
    expect(await p.locator("li.item[data-review=confirmed]").count()).toBe(1);
    expect(await p.locator("#review-token").inputValue()).toBe(TOKEN);
    await p.close();
  }, 30_000);

  it("on a phone: a finding scrolls to its evidence, next/previous steps across articles, one tap goes back to the finding", async () => {
    const p = await page(390, 844);
    await p.goto(`${server.url}/stories/${encodeURIComponent(storyId)}`);
    await p.waitForSelector("main[data-ready] .story");
    const finding = p.locator('button.finding[data-type="contradiction"]', { hasText: "over 500 Ukrainians" });
    await finding.click();
    const inView = (sel: string) => p.locator(sel).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    await expect.poll(() => inView("mark.here"), POLL).toBe(true);
    expect(await inView("button.finding[aria-pressed=true]")).toBe(false);
    const first = await p.locator(".ev-at").textContent();
    expect(first).toMatch(/^1 \/ \d+ · article [A-Z]+$/);
    await p.locator(".ev-next").first().click();
    expect(await p.locator(".ev-at").textContent()).toMatch(/^2 \/ /);
    await expect.poll(() => inView("mark.here"), POLL).toBe(true);
    const labels = await p.locator("mark.lit").evaluateAll((ms) => new Set(ms.map((m) => m.closest("article")?.getAttribute("data-label"))).size);
    expect(labels).toBeGreaterThanOrEqual(2);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}desk-phone-evidence.png` });
    await p.getByRole("button", { name: "Back to the findings" }).click();
    await expect.poll(() => inView("button.finding[aria-pressed=true]"), POLL).toBe(true);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await p.close();
  }, 30_000);

  it("marks the disputed value itself in the claim matrix, and its cell leads to the evidence in the texts", async () => {
    const p = await page();
    await p.goto(`${server.url}/stories/${encodeURIComponent(storyId)}`);
    await p.waitForSelector("main[data-ready] .story");
    const cell = p.locator("table.matrix button.cell.disputed", { hasText: "over 500 Ukrainians" });
    expect(await cell.count()).toBeGreaterThanOrEqual(1);
    expect(await p.locator("table.matrix tr:not(.contested) button.cell.disputed").count()).toBe(0);
    // every column is an article that states one of the figures
    const columns = await p.locator("table.matrix thead th").count();
    const filled = await p.locator("table.matrix tbody tr").evaluateAll((rows) => {
      const n = rows[0]?.children.length ?? 0;
      return Array.from({ length: n - 1 }, (_, i) => rows.some((r) => (r.children[i + 1]?.querySelectorAll("button.cell").length ?? 0) > 0)).filter(Boolean).length;
    });
    expect(filled).toBe(columns - 1);
    await cell.first().click();
    expect(await p.locator("mark.lit").allTextContents()).toContain("over 500 Ukrainians");
    await p.close();
  }, 30_000);

  it("keeps a 100-article story navigable: texts folded, the findings beside them wherever one scrolls, evidence steps open the article it is in", async () => {
    const outlets = ["harbour-times.example", "piraeus-daily.example", "aegean-post.example", "greek-wire.example"];
    const report = analyzeAll(Array.from({ length: 100 }, (_, i) => articleFromRecord(`a${i}`, {
      id: `fire-${i}`, title: `Fire at the Piraeus ferry terminal, report ${i + 1}`, url: `https://${outlets[i % 4]}/fire/${i}`, publishedAt: "2024-03-04",
      text: `Fire at the Piraeus ferry terminal, report ${i + 1}\n\nA fire broke out at the ferry terminal in Piraeus on Monday, the port authority said. ${i === 87 ? "About 400" : "About 40"} people were evacuated from the terminal building, according to the fire brigade.\n\nThe terminal will stay closed until Wednesday. ${"Ferries to the islands were moved to other piers, and passengers were told to check their tickets. ".repeat(3)}`,
    })));
    const big = report.stories[0];
    expect(big?.articleIds).toHaveLength(100);
    const local = await serve(createApp(baseDeps({ store: new MemoryStore({ reports: [report] }) })), { host: "127.0.0.1", port: 0 });
    try {
      const p = await page();
      await p.goto(`${local.url}/stories/${encodeURIComponent(big?.id ?? "")}`);
      await p.waitForSelector("main[data-ready] .story");
      expect(await p.locator("article.art").count()).toBe(100);
      expect(await p.locator("details.art-body[open]").count()).toBe(0);
      await p.locator('button.finding[data-type="contradiction"]').click();
      // step back from the first evidence span to the last: the article it sits in opens and scrolls into view
      await p.locator(".ev-prev").click();
      expect(await p.locator(".ev-at").textContent()).toMatch(/^100 \/ 100 · article CV$/);
      const inView = (sel: string) => p.locator(sel).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
      await expect.poll(() => inView("mark.here"), POLL).toBe(true);
      expect(await p.locator("details.art-body[open]").count()).toBe(2); // the first span's article and the last one's
      expect(await inView("button.finding[aria-pressed=true]")).toBe(true); // the findings stay beside the texts
      const height = await p.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(25_000); // 245,962 px before derivations were folded and listed a dozen at a time
      expect(await p.locator("details.deriv").count()).toBeLessThanOrEqual(12);
      await p.close();
    } finally {
      await local.close();
    }
  }, 60_000);

  it("updates an open story while `triangulate ingest` adds articles to the store the server owns", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "tri-desk-")), "db");
    await freshStoreDir(dir);
    const served = await startServer(parseServeArgs(["--db", dir, "--port", "0", "--threads", "0"]), fakeIo({ TRIANGULATE_API_TOKEN: TOKEN }));
    try {
      const io = () => fakeIo({ TRIANGULATE_API_TOKEN: TOKEN });
      expect(await main(["ingest", join(SEEDS, "000_9ec6dae3f8918d85.txt"), join(SEEDS, "001_0f5f042e6812f576.txt"), "--db", dir], io())).toBe(0);
      const list = (await (await fetch(`${served.url}/api/stories`)).json()) as { stories: StorySummary[] };
      const story = list.stories.find((s) => s.articleCount === 2) ?? list.stories[0];
      const p = await page();
      await p.goto(`${served.url}/stories/${encodeURIComponent(story?.id ?? "")}`);
      await p.waitForSelector("main[data-ready] .story");
      const before = Number(await p.locator(".story").getAttribute("data-articles"));
      expect(await p.locator("article.art").count()).toBe(before);
      const ingest = io();
      expect(await main(["ingest", SEEDS, "--db", dir], ingest)).toBe(0);
      expect(ingest.err.join("")).toMatch(/served by `triangulate serve`/);
      await expect.poll(() => p.locator(".live-notice").textContent(), { timeout: 15_000 }).toMatch(/^Updated: \d+ articles now \(was \d+\)\.$/);
      expect(await p.locator("article.art").count()).toBeGreaterThan(before);
      await p.close();
    } finally {
      await served.close();
      await rm(join(dir, ".."), { recursive: true, force: true });
    }
  }, 60_000);
});
