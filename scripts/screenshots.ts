// Rewrites docs/screenshots/ from the browser tests (test/web): each test that shows a view worth
// a picture takes it when TRIANGULATE_SCREENSHOTS=1, so the pictures always show tested states.
// Usage: npx tsx scripts/screenshots.ts (needs /usr/bin/chromium).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
if (!existsSync("/usr/bin/chromium")) {
  console.error("screenshots: /usr/bin/chromium is not installed (apt-get install -y chromium); nothing written");
  process.exit(2);
}
const run = spawnSync("npx", ["vitest", "run", "test/web"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, TRIANGULATE_SCREENSHOTS: "1" } });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`screenshots: ${readdirSync(`${ROOT}docs/screenshots`).filter((f) => f.endsWith(".png")).sort().join(", ")}`);
