// Rewrites the golden files in test/golden/ from the current code: review the diff before committing.
import { writeFileSync } from "node:fs";
import { GOLDEN_CASES, analyzeFolder, goldenLines } from "../test/golden/golden.js";

for (const c of GOLDEN_CASES) {
  const lines = goldenLines(analyzeFolder(c.dir));
  writeFileSync(`test/golden/${c.name}.txt`, lines.join("\n") + "\n");
  console.log(`test/golden/${c.name}.txt: ${lines.length} lines`);
}
