// Speed of the kb: snapshot load time, person and office lookups per second, heap held by the kb.
// Run: node --expose-gc --import tsx bench/kb.ts (gc exposure makes the heap figure meaningful).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kb } from "../src/domain/kb.js";
import { loadKb } from "../src/kb/load.js";

const NAMES = ["Zelensky", "Volodymyr Zelenskyy", "Antony Blinken", "Kuleba", "Sergei Shoigu", "Donald Trump", "Putin", "Macron",
  "Olaf Scholz", "Andriy Sybiga", "Mike Pompeo", "Boris Johnson", "Angela Merkel", "Xi Jinping", "Narendra Modi", "Nobody Known"];

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => { gc?.(); return process.memoryUsage().heapUsed; };

export async function run(): Promise<void> {
  const before = heap();
  const loads: number[] = [];
  let kb: Kb | null = null;
  for (let i = 0; i < 5; i++) { const t = performance.now(); kb = loadKb(); loads.push(performance.now() - t); }
  const held = heap() - before;
  const k = kb!;
  // Vary case and trailing spaces so most lookups miss the per-name cache and do the real work.
  const names = Array.from({ length: 20_000 }, (_, i) => `${NAMES[i % NAMES.length]!}${" ".repeat(i % 7)}`.replace(/^./, (c) => (i % 2 ? c.toLowerCase() : c)));
  let n = 0, t = performance.now();
  for (const name of names) n += k.termsForPerson(name).length;
  const personRate = names.length / ((performance.now() - t) / 1000);
  t = performance.now();
  const N = 200_000;
  for (let i = 0; i < N; i++) n += k.holders(i % 2 ? "United States" : "Ukraine", i % 3 ? "foreign minister" : "president", "2019-06-01").length;
  const officeRate = N / ((performance.now() - t) / 1000);
  console.log("kb speed");
  console.log(`  load (first / median of 5)   ${loads[0]!.toFixed(0)} ms / ${loads.sort((a, b) => a - b)[2]!.toFixed(0)} ms`);
  console.log(`  person lookups               ${Math.round(personRate).toLocaleString("en")} /s (cold names)`);
  console.log(`  office lookups               ${Math.round(officeRate).toLocaleString("en")} /s`);
  console.log(`  heap held by the kb          ${(held / 1e6).toFixed(1)} MB (approx., ${gc ? "after gc" : "no --expose-gc"}); rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  if (n < 0) console.log(n);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
