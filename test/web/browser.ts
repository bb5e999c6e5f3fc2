// Debian's Chromium driven by playwright-core (no browser download): the web tests share its path,
// the skip when it is absent, and the launch flags.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Report } from "../../src/domain/report.js";
import { clientModule } from "../../src/web/assets.js";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** Logs why a web test file is skipped when Chromium is not installed. */
export function noteSkip(file: string): void {
  if (!hasChromium) console.log(`${file}: skipped, ${CHROMIUM} is not installed (apt-get install -y chromium)`);
}

/** Headless Chromium without a sandbox (the sandbox needs it when run as root) and without background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Transpiles the UI's client modules (served from src/, the first request of each loads the
 * TypeScript compiler): run beside the browser's launch, so the first page of a test does not wait.
 */
export async function warmClientModules(): Promise<void> {
  const dir = fileURLToPath(new URL("../../src/web/client/", import.meta.url));
  await Promise.all(readdirSync(dir).filter((f) => /^[a-z-]+\.ts$/.test(f)).map((f) => clientModule(f.replace(/\.ts$/, ".js"))));
}

/** A page of this size with motion reduced (scrolling lands at once, so positions can be read). */
export async function reducedMotionPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height } });
  await p.emulateMedia({ reducedMotion: "reduce" });
  return p;
}

/** The seeds' story that holds the "over 500 Ukrainians" contradiction. */
export function contestedSeedStory(seeds: Report): Report["stories"][number] | undefined {
  return seeds.stories.find((s) => s.findings.some((f) => f.type === "contradiction" && f.evidence.some((e) => e.text === "over 500 Ukrainians")));
}
