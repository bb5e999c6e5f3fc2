// Writing a report file piece by piece (a big JSON report is never one string in memory), to a
// temporary file beside it that replaces the target only when complete: a full disk or a killed process
// leaves the previous report as it was, never half a report. Special files (/dev/stdout, a pipe) are
// written directly.
import { writeSync } from "node:fs";
import { open, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const FLUSH_AT = 1 << 20;

export async function writeChunks(path: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
  const special = await stat(path).then((s) => !s.isFile(), () => false);
  const target = special ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(target, special ? "a" : "w");
  // A regular file is written synchronously: a chunk that is ready goes out at once, without waiting for
  // the event loop, which a busy thread (threads/parallel.ts analyzes stories on this one too) turns only
  // between stories. Written asynchronously, one write a turn, the stories rendered on the other threads
  // waited in memory until this thread was done with its own (a cold analyze of 4,000 articles held up to
  // ~100 MB of them). A pipe or terminal may block: written as before.
  const write = special ? async (chunk: string | Uint8Array) => { await (typeof chunk === "string" ? file.write(chunk) : file.write(chunk)); } : syncWriter(file);
  let ok = false;
  try {
    let buffer: string[] = [];
    let size = 0;
    const flush = async () => {
      if (size > 0) await write(buffer.join(""));
      buffer = [];
      size = 0;
    };
    for await (const chunk of chunks) {
      // Bytes (UTF-8, encoded already) go out as they are, after the text before them.
      if (typeof chunk !== "string") { await flush(); await write(chunk); continue; }
      buffer.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_AT) await flush();
    }
    await flush();
    ok = true;
  } finally {
    await file.close();
    if (!ok && !special) await rm(target, { force: true });
  }
  if (!special) await rename(target, path).catch(async (e: unknown) => { await rm(target, { force: true }); throw e; });
}

/** Writes all of a text (as UTF-8) or bytes to a regular file at once, however many calls the system takes. */
function syncWriter(file: FileHandle): (chunk: string | Uint8Array) => void {
  return (chunk) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    for (let done = 0; done < bytes.length;) done += writeSync(file.fd, bytes, done, bytes.length - done);
  };
}
