// The web UI in Debian's Chromium (playwright-core, no browser download) against a server on
// 127.0.0.1 with an ephemeral port: the seeds' story, evidence highlighting, keyboard use,
// a phone-width layout, and article text that tries to be HTML. Set TRIANGULATE_SCREENSHOTS=1
// to rewrite docs/screenshots/.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contestedSeedStory, hasChromium, launchChromium, noteSkip, reducedMotionPage, warmClientModules } from "./browser.js";
import type { Report } from "../../src/domain/report.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { createApp } from "../../src/server/app.js";
import { MemoryStore } from "../../src/server/memory-store.js";
import { serve, type RunningServer } from "../../src/server/node.js";
import { analyzeAll, baseDeps, seedArticles } from "../server/helpers.js";

noteSkip("test/web");
/** Generous waits: CI machines run every suite at once. */
const POLL = { timeout: 10_000 };
const SHOTS = process.env["TRIANGULATE_SCREENSHOTS"] === "1" ? fileURLToPath(new URL("../../docs/screenshots/", import.meta.url)) : null;

const PAYLOAD_TEXT = [
  "Harbour fire closes the ferry terminal",
  'A fire broke out at the ferry terminal on Monday. <script>window.__pwned = "script";</script> Officials said 40 people were evacuated.',
  'Witnesses posted <img src=x onerror="window.__pwned = \'img\'"> on social media, and <b onmouseover="window.__pwned=1">bold</b> claims spread.',
].join("\n");

describe.skipIf(!hasChromium)("web UI in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let seeds: Report;
  let hostile: Report;
  /** The seeds' story that holds the "over 500 Ukrainians" contradiction. */
  let storyTitle = "";

  beforeAll(async () => {
    seeds = analyzeAll(seedArticles().map((a, i) => articleFromRecord(`seed ${i}`, a)));
    storyTitle = contestedSeedStory(seeds)?.title ?? "(no such story)";
    hostile = analyzeAll([articleFromRecord("payload", { id: "payload", title: '<img src=x onerror="window.__pwned=\'title\'">Harbour fire', text: PAYLOAD_TEXT, url: "javascript:window.__pwned='url'" })]);
    server = await serve(createApp(baseDeps({ store: new MemoryStore({ reports: [seeds, hostile] }) })), { host: "127.0.0.1", port: 0 });
    [browser] = await Promise.all([launchChromium(), warmClientModules()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(width = 1280, height = 900): Promise<Page> {
    const p = await reducedMotionPage(browser, width, height);
    const problems: string[] = [];
    p.on("pageerror", (e) => problems.push(e.message));
    p.on("console", (m) => (m.type() === "error" ? problems.push(m.text()) : undefined));
    (p as Page & { problems: string[] }).problems = problems;
    return p;
  }

  async function openSeedsStory(p: Page): Promise<void> {
    await p.goto(`${server.url}/`);
    await p.waitForSelector("main[data-ready]");
    await p.getByRole("link", { name: storyTitle }).click();
    await p.waitForSelector("main[data-ready] .story");
  }

  it("lists the stories with article counts and findings by severity", async () => {
    const p = await page();
    await p.goto(`${server.url}/`);
    await p.waitForSelector("main[data-ready]");
    const card = p.locator(".card", { hasText: storyTitle });
    await expect.poll(() => card.textContent(), POLL).toMatch(/\d+ articles · /);
    expect(await card.locator(".sev-high").textContent()).toMatch(/^\d+ high$/);
    await p.close();
  }, 60_000);

  it("lights both sides of the 'over 500 Ukrainians' vs 390 contradiction and scrolls to them", async () => {
    const p = await page();
    await openSeedsStory(p);
    if (SHOTS) (mkdirSync(SHOTS, { recursive: true }), await p.screenshot({ path: `${SHOTS}story-desktop.png` }));
    const finding = p.locator('button.finding[data-type="contradiction"]', { hasText: "over 500 Ukrainians" });
    await finding.click();
    expect(await finding.getAttribute("aria-pressed")).toBe("true");
    const lit = p.locator("mark.lit");
    const texts = await lit.allTextContents();
    expect(texts).toContain("over 500 Ukrainians");
    expect(texts).toContain("390 Ukrainian prisoners");
    const articlesLit = await lit.evaluateAll((ms) => new Set(ms.map((m) => m.closest("article")?.getAttribute("data-article"))).size);
    expect(articlesLit).toBeGreaterThanOrEqual(2);
    await expect.poll(() => lit.first().evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }), POLL).toBe(true);
    expect(await p.locator(".status").textContent()).toMatch(/evidence spans? highlighted/);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}story-desktop-contradiction.png` });
    expect((p as Page & { problems: string[] }).problems).toEqual([]);
    await p.close();
  }, 60_000);

  it("works from the keyboard: a finding is a focusable button, Enter selects it", async () => {
    const p = await page();
    await openSeedsStory(p);
    const finding = p.locator('button.finding[data-type="corroboration"]').first();
    await finding.focus();
    await p.keyboard.press("Enter");
    expect(await finding.getAttribute("aria-pressed")).toBe("true");
    expect(await p.locator("mark.lit").count()).toBeGreaterThan(0);
    const chip = p.locator("button.chip").first();
    await chip.focus();
    await p.keyboard.press("Space");
    expect(await p.locator("mark.lit").count()).toBe(1);
    await p.close();
  }, 60_000);

  it("opens a link to a finding with that finding selected", async () => {
    const p = await page();
    await openSeedsStory(p);
    await p.locator('button.finding[data-type="contradiction"]', { hasText: "over 500 Ukrainians" }).click();
    const link = p.url();
    expect(link).toMatch(/#.+/);
    const q = await page();
    await q.goto(link);
    await q.waitForSelector("main[data-ready] .story");
    expect(await q.locator("mark.lit").allTextContents()).toContain("over 500 Ukrainians");
    await p.close();
    await q.close();
  }, 60_000);

  it("fits a phone screen without sideways scrolling of the page", async () => {
    const p = await page(390, 844);
    await openSeedsStory(p);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}story-phone.png`, fullPage: false });
    await p.locator('button.finding[data-type="contradiction"]', { hasText: "over 500 Ukrainians" }).click();
    expect(await p.locator("mark.lit").allTextContents()).toContain("over 500 Ukrainians");
    if (SHOTS) await p.screenshot({ path: `${SHOTS}story-phone-contradiction.png` });
    await p.close();
  }, 60_000);

  it("renders an article containing <script> and <img onerror> as text and runs nothing", async () => {
    const p = await page();
    await p.goto(`${server.url}/stories/${encodeURIComponent(hostile.stories[0]?.id ?? "")}`);
    await p.waitForSelector("main[data-ready] .story");
    const body = p.locator("article.art .art-text");
    expect(await body.textContent()).toContain('<script>window.__pwned = "script";</script>');
    expect(await body.textContent()).toContain('<img src=x onerror="window.__pwned = \'img\'">');
    expect(await p.locator("h1").textContent()).toContain("<img src=x onerror=");
    expect(await p.locator("main img, main script, main b").count()).toBe(0);
    expect(await p.locator('article.art a[href^="javascript:"]').count()).toBe(0);
    await p.mouse.move(400, 400);
    expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await p.close();
  }, 60_000);

  it("analyzes pasted articles on the analyze page, payload included, without running it", async () => {
    const p = await page();
    await p.goto(`${server.url}/analyze`);
    await p.waitForSelector("main[data-ready]");
    await p.fill("#paste", JSON.stringify({ articles: [{ id: "x", text: PAYLOAD_TEXT }] }));
    await p.getByRole("button", { name: "Analyze" }).click();
    await p.waitForSelector(".results .story");
    expect(await p.locator(".results .art-text").textContent()).toContain("<script>");
    expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await p.fill("#paste", "{not json");
    await p.getByRole("button", { name: "Analyze" }).click();
    await expect.poll(() => p.locator(".results .error").textContent(), POLL).toMatch(/not JSON/);
    await p.close();
  }, 60_000);

  it("analyzes pasted plain text, gives the result a link that opens it again, and offers it as JSON and Markdown files", async () => {
    const p = await page();
    await p.goto(`${server.url}/analyze`);
    await p.waitForSelector("main[data-ready]");
    const texts = seedArticles().slice(0, 3);
    await p.fill("#paste", texts.map((a) => `${a.url ? `URL: ${a.url}\n` : ""}${a.publishedAt ? `Published: ${a.publishedAt}\n` : ""}\n${a.title ?? ""}\n\n${a.text}`).join("\n---\n"));
    await p.getByRole("button", { name: "Analyze" }).click();
    await p.waitForURL(/\/analyze\/[A-Za-z0-9_-]{22}$/);
    await expect.poll(() => p.getByRole("status").first().textContent(), POLL).toMatch(/^3 articles, \d+ stor(y|ies)\.$/);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}analyze-text.png` });
    const link = (await p.locator(".results a.permalink").getAttribute("href")) ?? "";
    expect(new URL(p.url()).pathname).toBe(link);
    const md = await fetch(`${server.url}${await p.getByRole("link", { name: "Markdown" }).first().getAttribute("href")}`);
    expect(md.headers.get("Content-Disposition")).toMatch(/^attachment; .*\.md"$/);
    expect(await md.text()).toMatch(/^# Triangulate report/);
    const json = (await (await fetch(`${server.url}${await p.getByRole("link", { name: "JSON" }).first().getAttribute("href")}`)).json()) as Report;
    expect(json.articles.map((a) => a.sourceId)).toEqual(["pasted-1", "pasted-2", "pasted-3"]);
    expect(json.articles[0]?.publishedAt).toBe(texts[0]?.publishedAt?.slice(0, 10) ?? null);
    const again = await page();
    await again.goto(`${server.url}${link}`);
    await again.waitForSelector("main[data-ready] .result-links");
    expect(await again.locator("h1").first().textContent()).toBe("Analysis");
    expect(await again.locator(".results, main").first().textContent()).toContain(json.stories[0]?.title ?? "(none)");
    const gone = await page();
    await gone.goto(`${server.url}/analyze/AAAAAAAAAAAAAAAAAAAAAA`);
    await gone.waitForSelector("main[data-ready]");
    expect(await gone.locator(".error").textContent()).toMatch(/no longer kept/);
    for (const x of [p, again, gone]) expect((x as Page & { problems: string[] }).problems.filter((m) => !/404/.test(m))).toEqual([]);
    await Promise.all([p.close(), again.close(), gone.close()]);
  }, 60_000);
});
