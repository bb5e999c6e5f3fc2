// `triangulate analyze <paths…>`: read local files/folders/JSONL, analyze in memory, print a
// summary and write a report. Exit 2 when nothing could be read.
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, extname, resolve } from "node:path";
import { InputError } from "../../domain/errors.js";
import { SEVERITY_ORDER, type Severity } from "../../domain/finding.js";
import type { Report } from "../../domain/report.js";
import { parseArgs } from "node:util";
import { displayPath } from "../../ingest/files.js";
import { readInputs, resolveInput } from "../../ingest/inputs.js";
import { analyze } from "../../pipeline/analyze.js";
import { analyzeParallel, analyzeParallelJson } from "../../threads/parallel.js";
import { FORMATS, render, renderChunks, type Format } from "../../report/render/index.js";
import { writeChunks } from "../write-report.js";
import { EXIT, UsageError, type Command, type Io } from "../io.js";
import { cliKb, kbDir } from "../kb-dir.js";
import { progressBar } from "../progress.js";

const DEFAULT_OUT = "triangulate-report.json";
/** Threads used by default (measured on 2 cores: 241 → 322 articles/s at 10k); more were never measured. */
const DEFAULT_MAX_THREADS = 2;

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "analyze articles (files, folders, .jsonl, URLs) and write a report",
  usage: `triangulate analyze <paths|urls…> [--format text|json|markdown|html|claimreview] [--out FILE] [--allow-private]

  Reads .txt/.md (first line = title), .html, .jsonl (one article a line: id, title, text,
  url?, publishedAt?, outlet?, byline?) and folders (recursively); http(s) URLs of pages or feeds.
  Without --format/--out: prints a summary and writes ${DEFAULT_OUT}.
  --format F     print the report in format F to stdout (or to --out)
  --out FILE     write the report to FILE (format from --format, else from the extension)
  --min-severity S  print findings of severity S and above in the terminal: high, medium, low
                 (default) or info; report files always hold every finding
  --allow-private  allow URLs that resolve to private or loopback addresses
  --kb DIR       use the kb snapshot in DIR (default: .triangulate/kb when refreshed, else the shipped one)
  --threads N    analyze on N threads from 200 articles up: the same report, faster, more memory
                 (default: the machine's cores, at most ${DEFAULT_MAX_THREADS}; --threads 1 for the least memory)`,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (positionals.length === 0) throw new UsageError("give at least one file, folder or URL to analyze");
    const format = values.format as Format | undefined;
    if (values.out !== undefined) await checkWritable(resolve(io.cwd, values.out), values.out);
    const threads = values.threads === undefined ? Math.min(DEFAULT_MAX_THREADS, availableParallelism()) : Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError(`--threads must be a whole number from 1 to 64, not "${values.threads}"`);
    if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(", ")}`);
    const minSeverity = (values["min-severity"] ?? "low") as Severity;
    if (!SEVERITY_ORDER.includes(minSeverity)) throw new UsageError(`--min-severity must be one of ${SEVERITY_ORDER.join(", ")}, not "${values["min-severity"]}"`);
    const terminal = { color: io.isTTY, minSeverity };
    const read = await readInputs(positionals.map((p) => resolveInput(p, io.cwd)), { allowPrivate: values["allow-private"] === true, log: (m) => io.stderr(`${m}\n`) });
    // Paths in the report and the terminal are shown as the user gave them (relative to the working folder).
    const articles = read.articles.map((a) => (a.path ? { ...a, path: displayPath(a.path, io.cwd) } : a));
    const problems = read.problems.map((p) => ({ ...p, input: /^[a-z][a-z0-9+.-]*:/i.test(p.input) && !/^[a-z]:[\\/]/i.test(p.input) ? p.input : displayPath(p.input, io.cwd) }));
    for (const p of problems) io.stderr(`triangulate: ${p.input}: ${p.message}\n`);
    if (articles.length === 0) {
      io.stderr("triangulate: nothing to analyze (no readable article in the inputs)\n");
      return EXIT.badInput;
    }
    const base = { generatedAt: io.now().toISOString(), problems, onProgress: progressBar(io, "annotating") };
    // On threads, the kb is loaded once the workers have their articles (they annotate meanwhile).
    const parallel = { ...base, kb: () => cliKb(io, values.kb), threads, kbDir: kbDir(io, values.kb) };
    if (format === "json" && threads > 1) {
      // JSON only: each story is rendered on the thread that analyzed it, and written as it comes.
      const chunks = analyzeParallelJson(articles, parallel);
      if (values.out === undefined) {
        const text = new TextDecoder();
        for await (const chunk of chunks) io.stdout(typeof chunk === "string" ? chunk : text.decode(chunk));
        return EXIT.ok;
      }
      await writeChunks(resolve(io.cwd, values.out), chunks);
      io.stderr(`triangulate: wrote json report to ${values.out}\n`);
      return EXIT.ok;
    }
    // A JSON report file with the terminal summary (the default run, or --out *.json): the same streamed
    // path, the summary printed from what the threads send back besides each story's JSON.
    const file = values.out ?? (format === undefined ? DEFAULT_OUT : undefined);
    if (format === undefined && file !== undefined && threads > 1 && (values.out === undefined || formatFromExtension(values.out) === "json")) {
      let summary: Report | null = null;
      const chunks = analyzeParallelJson(articles, { ...parallel, onSummary: (r) => { summary = r; } });
      await writeChunks(resolve(io.cwd, file), chunks);
      if (values.out !== undefined) io.stderr(`triangulate: wrote json report to ${values.out}\n`);
      io.stdout(render(summary!, "text", terminal));
      if (values.out === undefined) io.stdout(`\nFull report (JSON, the report contract): ${DEFAULT_OUT}\n`);
      return EXIT.ok;
    }
    const report = threads > 1
      ? await analyzeParallel(articles, parallel)
      : analyze(articles, { ...base, kb: cliKb(io, values.kb) });
    const out = values.out;
    if (out !== undefined) {
      const f = format ?? formatFromExtension(out);
      await writeChunks(resolve(io.cwd, out), renderChunks(report, f));
      io.stderr(`triangulate: wrote ${f} report to ${out}\n`);
      if (format === undefined) io.stdout(render(report, "text", terminal));
      return EXIT.ok;
    }
    if (format !== undefined) {
      for (const chunk of renderChunks(report, format, { ...terminal, color: false })) io.stdout(chunk);
      return EXIT.ok;
    }
    io.stdout(render(report, "text", terminal));
    await writeChunks(resolve(io.cwd, DEFAULT_OUT), renderChunks(report, "json"));
    io.stdout(`\nFull report (JSON, the report contract): ${DEFAULT_OUT}\n`);
    return EXIT.ok;
  },
};

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args], allowPositionals: true, strict: true,
      options: { format: { type: "string", short: "f" }, out: { type: "string", short: "o" }, "allow-private": { type: "boolean" }, kb: { type: "string" }, threads: { type: "string" }, "min-severity": { type: "string" } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Fails before the analysis, not after it: the folder must exist and the path must not be a folder. */
async function checkWritable(full: string, shown: string): Promise<void> {
  const info = await stat(full).catch(() => null);
  if (info?.isDirectory()) throw new InputError(shown, "is a folder; give a file name for --out, e.g. report.json");
  const dir = await stat(dirname(full)).catch(() => null);
  if (!dir?.isDirectory()) throw new InputError(shown, `cannot be written: the folder ${dirname(shown) || "."} does not exist; create it first`);
}

function formatFromExtension(path: string): Format {
  switch (extname(path).toLowerCase()) {
    case ".md": case ".markdown": return "markdown";
    case ".html": case ".htm": return "html";
    case ".jsonld": return "claimreview";
    case ".txt": return "text";
    default: return "json";
  }
}

export type { Io };
