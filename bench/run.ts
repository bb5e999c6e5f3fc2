// `npm run bench`: speed figures (articles/s, peak RSS, growth with corpus size). Not a test.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SUITES = ["analyze", "cold", "stories", "signals", "kb", "store", "api", "year"];
const only = process.argv.slice(2);
for (const name of SUITES) {
  if (only.length && !only.includes(name)) continue;
  const file = resolve(root, "bench", `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n== bench ${name} ==`);
  const mod = (await import(file)) as { run: () => Promise<void> };
  await mod.run();
}
