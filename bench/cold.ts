// Cold start, as a user runs it (issue 23): `/usr/bin/time -v node bin/triangulate.js analyze corpus.jsonl
// --format json --out r.json` — a fresh process with default options, module loading, kb load and
// thread start included — at 1,000 and 4,000 articles of real text (~350 words, bench/corpus.ts). Run so, the launcher
// analyzes in a child node given its flags (bin/triangulate.js); /usr/bin/time counts both processes' CPU.
// Targets: ≥ 300 articles/s and ≤ 1 GB peak RSS at 4,000; per-article cost at 4k ≤ 1.1× that at 1k.
// Runs the built CLI (dist/): skipped when it is not built or the eval texts are absent.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus, words } from "./corpus.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SIZES = [1000, 4000] as const;

export async function run(): Promise<void> {
  if (!existsSync(resolve(root, "../shared/eval/news-clusters/dev.jsonl"))) {
    console.log("cold start: skipped (no real texts: ../shared/eval/news-clusters is absent)");
    return;
  }
  if (!existsSync(resolve(root, "dist/cli/main.js"))) {
    console.log("cold start: skipped (the CLI is not built: run `npm run build` first)");
    return;
  }
  const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const out = resolve(root, "bench/out");
  mkdirSync(out, { recursive: true });
  console.log("cold `node bin/triangulate.js analyze corpus.jsonl --format json --out r.json` (fresh process, default options)");
  console.log("articles  words/article  seconds  articles/s  peak RSS MB  ms/article  CPU s (user+sys)");
  const perArticle: number[] = [];
  for (const n of SIZES) {
    const articles = corpus(n);
    const input = resolve(out, `cold-${n}.jsonl`);
    writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text })).join("\n") + "\n");
    const report = resolve(out, `cold-${n}.json`);
    const cli = [resolve(root, "bin/triangulate.js"), "analyze", input, "--format", "json", "--out", report];
    const t0 = performance.now();
    const r = time ? spawnSync(time, ["-v", process.execPath, ...cli], { encoding: "utf8", maxBuffer: 1 << 26 })
      : spawnSync(process.execPath, cli, { encoding: "utf8", maxBuffer: 1 << 26 });
    const secs = (performance.now() - t0) / 1000;
    if (r.status !== 0) { console.log(`${String(n).padStart(8)}  failed (exit ${r.status}): ${(r.stderr ?? "").split("\n").slice(-3).join(" ")}`); continue; }
    const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN);
    const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? "")?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? "")?.[1] ?? NaN);
    perArticle.push(secs / n);
    console.log(`${String(n).padStart(8)}  ${(words(articles) / n).toFixed(0).padStart(13)}  ${secs.toFixed(1).padStart(7)}  ${(n / secs).toFixed(0).padStart(10)}  ${Number.isNaN(rssKb) ? "n/a".padStart(11) : (rssKb / 1024).toFixed(0).padStart(11)}  ${(1000 * secs / n).toFixed(2).padStart(10)}  ${Number.isNaN(cpu) ? "n/a" : cpu.toFixed(1).padStart(16)}`);
    rmSync(report, { force: true });
  }
  console.log("(on a busy machine wall time swells; CPU seconds show the work itself: two threads spend up to twice the wall time)");
  if (perArticle.length === 2) console.log(`per-article cost ratio 4k/1k: ${(perArticle[1]! / perArticle[0]!).toFixed(2)} (target ≤ 1.1; targets at 4k: ≥ 300 articles/s, ≤ 1024 MB)`);
}
