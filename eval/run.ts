// `npm run eval`: every quality figure the issues ask for, on ../shared/eval (skips cleanly when absent).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dir = resolve(process.argv[2] ?? resolve(root, "../shared/eval"));
const SUITES = ["html-extraction", "html-dates", "year-dating", "news-clusters", "gun-violence", "mixed-feed", "paraphrase", "crosscheck", "factual-consistency", "kb", "offices", "signals", "quotes", "seeds", "findings"];

if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found (the eval data lives in ../shared/eval beside the project)`);
  process.exit(0);
}
const only = process.argv.slice(3);
for (const name of SUITES) {
  if (only.length && !only.includes(name)) continue;
  const file = resolve(root, "eval", `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n== ${name} ==`);
  const t0 = performance.now();
  const mod = (await import(file)) as { run: (d: string) => Promise<Record<string, number | string>> };
  await mod.run(dir);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
