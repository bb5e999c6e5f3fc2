// Debian's Chromium driven by playwright-core (no browser download): the web tests share its path,
// the skip when it is absent, and the launch flags.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

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
