// Writing a report file piece by piece (a big JSON report is never one string in memory), to a
// temporary file beside it that replaces the target only when complete: a full disk or a killed process
// leaves the previous report as it was, never half a report. Special files (/dev/stdout, a pipe) are
// written directly.
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const FLUSH_AT = 1 << 20;

export async function writeChunks(path: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
  const special = await stat(path).then((s) => !s.isFile(), () => false);
  const target = special ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(target, special ? "a" : "w");
  let ok = false;
  try {
    let buffer: string[] = [];
    let size = 0;
    const flush = async () => {
      if (size > 0) await file.write(buffer.join(""));
      buffer = [];
      size = 0;
    };
    for await (const chunk of chunks) {
      // Bytes (UTF-8, encoded already) go out as they are, after the text before them.
      if (typeof chunk !== "string") { await flush(); await file.write(chunk); continue; }
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
