// EDGE: local files and folders → Articles. .txt/.md (first non-empty line = title), .html/.htm
// (main text and metadata), .jsonl (one article a line), folders recursively. Bad inputs become
// one-line problems naming the input and the fix; the other inputs are still read.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { createInterface } from "node:readline";
import type { Article } from "../domain/article.js";
import { InputError } from "../domain/errors.js";
import type { InputProblem } from "../domain/report.js";
import { ArticleRecord, articleFromRecord, describeIssues } from "./record.js";

export const MISSING_PATH = "does not exist; check the path";

/** One article file may be at most this big; JSONL files are streamed and may be larger. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_JSONL_BYTES = 2 * 1024 * 1024 * 1024;
const TEXT_EXT = new Set([".txt", ".md", ".markdown", ".text"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

export interface ReadResult {
  readonly articles: Article[];
  readonly problems: InputProblem[];
}

export async function readPaths(paths: readonly string[]): Promise<ReadResult> {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const walk = walker(problems);
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      problems.push({ input: p, message: MISSING_PATH });
      continue;
    }
    if (info.isDirectory()) {
      const files = await walk(p);
      const supported = files.filter((f) => isSupported(f));
      if (supported.length === 0) problems.push({ input: p, message: "holds no .txt, .md, .html or .jsonl files" });
      for (const f of supported) await readOne(f, articles, problems);
    } else {
      await readOne(p, articles, problems);
    }
  }
  return { articles, problems };
}

function isSupported(f: string): boolean {
  const e = extname(f).toLowerCase();
  return TEXT_EXT.has(e) || HTML_EXT.has(e) || JSONL_EXT.has(e);
}

/**
 * The files under a folder, in name order. A symbolic link to a file is read like the file; a link
 * to a folder is not followed (it could loop) and is named as a problem, as is a broken link.
 */
function walker(problems: InputProblem[]): (dir: string) => Promise<string[]> {
  const walk = async (dir: string): Promise<string[]> => {
    const out: string[] = [];
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) out.push(...(await walk(full)));
      else if (e.isFile()) out.push(full);
      else if (e.isSymbolicLink()) {
        const target = await stat(full).catch(() => null);
        if (target?.isFile()) out.push(full);
        else if (target?.isDirectory()) problems.push({ input: full, message: "is a link to a folder, which is not followed inside a folder (it could loop); pass it as an input of its own" });
        else problems.push({ input: full, message: "is a broken link (its target does not exist); fix or remove it" });
      }
    }
    return out;
  };
  return walk;
}

async function readOne(path: string, articles: Article[], problems: InputProblem[]): Promise<void> {
  try {
    const ext = extname(path).toLowerCase();
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(path, "is not a regular file (a device, pipe or socket); give a file or folder");
    const size = info.size;
    if (JSONL_EXT.has(ext)) {
      if (size > MAX_JSONL_BYTES) throw new InputError(path, `is ${mb(size)}; the limit for a JSONL file is ${mb(MAX_JSONL_BYTES)}; split it`);
      await readJsonl(path, articles, problems);
      return;
    }
    if (size === 0) throw new InputError(path, "is empty; nothing to analyze");
    if (size > MAX_FILE_BYTES) throw new InputError(path, `is ${mb(size)}; one article file may be at most ${mb(MAX_FILE_BYTES)} (use .jsonl for many articles)`);
    const raw = await readFile(path);
    // UTF-16 (Windows editors save it) is read as text, with or without a byte-order mark.
    const utf16 = utf16Of(raw);
    const bytes = utf16 ? Buffer.from(new TextDecoder(utf16).decode(raw), "utf8") : raw;
    if (looksBinary(bytes)) throw new InputError(path, "looks like a binary file, not text; give .txt, .md, .html or .jsonl");
    if (HTML_EXT.has(ext)) {
      // A page needs a DOM, Readability and the charset tables (~0.3 s to load): loaded for the first page only.
      const [{ extractHtml }, { decodeHtmlBytes }] = await Promise.all([import("./html.js"), import("./charset.js")]);
      const page = extractHtml(utf16 ? bytes.toString("utf8") : decodeHtmlBytes(bytes));
      if (page.text.length === 0) throw new InputError(path, "has no article text (no body or only boilerplate); check that it is the article page");
      articles.push(articleFromRecord(path, { text: page.text, title: page.title, byline: page.byline, publishedAt: page.publishedAt, outlet: page.outlet }, { path }));
      return;
    }
    const text = decodeUtf8(path, bytes);
    if (text.trim().length === 0) throw new InputError(path, "has only whitespace; nothing to analyze");
    articles.push(articleFromRecord(path, { text }, { path }));
  } catch (err) {
    if (err instanceof InputError) problems.push({ input: err.input, message: err.problem });
    else throw err;
  }
}

async function readJsonl(path: string, articles: Article[], problems: InputProblem[]): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  let read = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw; // a byte-order mark is not part of the first record
    if (line.trim() === "") continue;
    const where = `${path} line ${n}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      problems.push({ input: where, message: `is not valid JSON (${(e as Error).message}); skipped` });
      continue;
    }
    const parsed = ArticleRecord.safeParse(json);
    if (!parsed.success) {
      problems.push({ input: where, message: `${describeIssues(parsed.error)}; skipped` });
      continue;
    }
    try {
      articles.push(articleFromRecord(where, parsed.data, { path }));
      read++;
    } catch (err) {
      if (err instanceof InputError) problems.push({ input: err.input, message: `${err.problem}; skipped` });
      else throw err;
    }
  }
  if (read === 0 && n === 0) problems.push({ input: path, message: "is empty; nothing to analyze" });
}

/**
 * UTF-16 by its byte-order mark, or without one by its shape: text in Latin script has a zero byte
 * in every other position (the high byte of each character), and almost none in the others.
 */
function utf16Of(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) odd++;
  }
  return n > 0 && odd / n > 0.1;
}

function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, "is not valid UTF-8 text; re-save it as UTF-8");
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/** A path relative to cwd when it lies inside it (" line 12" suffixes kept), else as given. */
export function displayPath(p: string, cwd: string): string {
  const r = relative(cwd, p);
  return r.startsWith("..") || r === "" ? p : r;
}
