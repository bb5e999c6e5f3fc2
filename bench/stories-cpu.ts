// CPU time of story clustering alone on the stories bench's corpus (bench/stories.ts), and a hash of
// the stories: on a shared machine wall-clock articles/s swing with the load, CPU time much less,
// and the hash shows a speed-up left every story as it was. Not part of `npm run bench`.
// Run: N=100000 node --max-semi-space-size=64 --no-regexp-tier-up --expose-gc --import tsx bench/stories-cpu.ts
// (the launcher's regexp flag, bin/triangulate.js: without it clustering costs 25-35 % more CPU)
import { createHash } from "node:crypto";
import type { Doc } from "../src/domain/doc.js";
import { StoryIndex } from "../src/stories/cluster.js";
import { baseDocs, clone } from "./stories.js";

const n = Number(process.env.N ?? 100_000);
const mb = (): string => {
  const m = process.memoryUsage();
  return `RSS ${(m.rss / 1_048_576).toFixed(0)} MB, heap ${(m.heapUsed / 1_048_576).toFixed(0)} MB, array buffers ${(m.arrayBuffers / 1_048_576).toFixed(0)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
};
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

const bases = baseDocs();
const docs: Doc[] = [];
for (let k = 0; docs.length < n; k++) for (const b of bases) { if (docs.length >= n) break; docs.push(clone(b, k)); }
(globalThis as { gc?: () => void }).gc?.();
console.log(`corpus of ${n} cloned articles: ${mb()}`);
const index = new StoryIndex();
let c = process.cpuUsage();
for (const d of docs) index.add(d);
const addCpu = cpuMs(process.cpuUsage(c));
console.log(`add: ${addCpu.toFixed(0)} ms CPU; ${mb()}`);
c = process.cpuUsage();
const groups = index.groups();
const groupsCpu = cpuMs(process.cpuUsage(c));
console.log(`groups(): ${groupsCpu.toFixed(0)} ms CPU; ${mb()}`);
const hash = createHash("sha256");
for (const g of groups) hash.update(`${g.id}|${g.title}|${g.docs.map((d) => d.article.id).join(",")}|${g.notes.join("/")}\n`);
console.log(`${n} articles, ${groups.length} stories (hash ${hash.digest("hex").slice(0, 16)}): ${((addCpu + groupsCpu) * 1000 / n).toFixed(0)} µs CPU an article (process CPU, GC threads included)`);
